//! cmi5's transport: the package's own script `cmi5.js` (a wasm-bindgen snippet, so only
//! the `lms-cmi5` build loads it) carries out the launch (the five launch parameters, the
//! one-time token, `LMS.LaunchData`, the learner's preferences, the AU's state document)
//! and each call, queued in order, retried while the LRS does not answer and sent at once
//! when the page is hidden or left; this hands it strings and reads its answers into the
//! core's [`Cmi5Start`]. Reading what came back, and what to send, is the core's job.

use js_sys::{Array, Promise};
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

use super::lifecycle::{callback, Told};
use crate::report::Cmi5Start;

#[wasm_bindgen(module = "/src/platform/lms/cmi5.js")]
extern "C" {
    #[wasm_bindgen(js_name = launch)]
    fn js_launch(state_id: &str) -> JsValue;
    #[wasm_bindgen(js_name = send)]
    fn js_send(at: f64, body: &str, back: &str);
    #[wasm_bindgen(js_name = watch)]
    fn js_watch(answering: JsValue);
}

/// The cmi5 launch of this page (`None`: the page's query is not one), with `state_id` the
/// AU's own state document: the start-up values and whether the token is kept in memory
/// only (storage is blocked: a reload would end the session), or why the launch cannot be
/// reported against.
pub fn launch(
    state_id: &str,
) -> Option<impl std::future::Future<Output = Result<(Cmi5Start, bool), String>>> {
    let promise: Promise = Some(js_launch(state_id))
        .filter(|p| !p.is_undefined())?
        .into();
    Some(async move {
        let got = JsFuture::from(promise)
            .await
            .map_err(|reason| reason.as_string().unwrap_or_default())?;
        let got = Array::from(&got);
        let text = |i| got.get(i).as_string();
        let start = Cmi5Start {
            actor: text(0).unwrap_or_default(),
            registration: text(1).unwrap_or_default(),
            activity_id: text(2).unwrap_or_default(),
            launch_data: text(3).unwrap_or_default(),
            state: text(4),
            // Text only: the LMS's preferences may hold any JSON there.
            languages: text(5),
        };
        Ok((start, got.get(6).is_truthy()))
    })
}

/// Queues the POST of a statement that happened `at` (epoch ms; the script gives it its id
/// and timestamp) or, with no instant, of the state document, after every call queued
/// before it; then, if `back` is not empty, opens it (`returnURL`, after `terminated`).
pub fn send(at: Option<u64>, body: &str, back: &str) {
    js_send(at.map_or(-1.0, |at| at as f64), body, back)
}

/// Calls `told` for each change of the page and each time the LMS stops (a call fails) or
/// starts answering again, for as long as the page lives.
pub fn watch(told: impl FnMut(Told) + 'static) {
    js_watch(callback(told))
}
