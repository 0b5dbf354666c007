//! HTTP for the xAPI side of cmi5: one request with headers and a body, `keepalive` when the
//! page may be going away, aborted after a timeout. The answer is its status and text; no
//! answer at all (offline, refused, timed out) is [`NoAnswer`]. Reading what came back is
//! the core's job.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// What the server said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    pub status: u16,
    pub text: String,
}

/// The request got no answer: offline, blocked, or not within its timeout.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NoAnswer;

/// One request. `keepalive` lets it outlive the page (for flushing when the page is hidden).
pub async fn request(
    method: &str,
    url: &str,
    headers: &[(&str, &str)],
    body: Option<&str>,
    keepalive: bool,
    timeout_ms: i32,
) -> Result<Answer, NoAnswer> {
    let window = web_sys::window().ok_or(NoAnswer)?;
    let init = web_sys::RequestInit::new();
    init.set_method(method);
    let h = web_sys::Headers::new().map_err(|_| NoAnswer)?;
    for (name, value) in headers {
        h.set(name, value).map_err(|_| NoAnswer)?;
    }
    init.set_headers(&h);
    if let Some(body) = body {
        init.set_body(&JsValue::from_str(body));
    }
    // web-sys has no setter for `keepalive` (unstable in its bindings): set the field directly.
    let _ = js_sys::Reflect::set(
        &init,
        &JsValue::from_str("keepalive"),
        &JsValue::from_bool(keepalive),
    );
    let abort = web_sys::AbortController::new().ok();
    if let Some(abort) = &abort {
        init.set_signal(Some(&abort.signal()));
        let abort = abort.clone();
        let stop = Closure::once_into_js(move || abort.abort());
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
            stop.unchecked_ref(),
            timeout_ms,
        );
    }
    let response = JsFuture::from(window.fetch_with_str_and_init(url, &init))
        .await
        .map_err(|_| NoAnswer)?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| NoAnswer)?;
    let status = response.status();
    let text = match response.text() {
        Ok(promise) => JsFuture::from(promise)
            .await
            .ok()
            .and_then(|t| t.as_string())
            .unwrap_or_default(),
        Err(_) => String::new(),
    };
    Ok(Answer { status, text })
}
