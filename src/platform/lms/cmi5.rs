//! cmi5's transport: the package's own script `cmi5.js` (a wasm-bindgen snippet, so only
//! the `lms-cmi5` build loads it) carries out the launch (the five launch parameters, the
//! one-time token, `LMS.LaunchData`, the learner's preferences, the AU's state document)
//! and each PUT, queued in order and retried while the LRS does not answer; this hands it
//! strings and reads its answers. Reading what came back, and what to send, is the core's
//! job.

use js_sys::{Array, Promise};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

use super::lifecycle::Told;

#[wasm_bindgen(module = "/src/platform/lms/cmi5.js")]
extern "C" {
    #[wasm_bindgen(js_name = launch)]
    fn js_launch(state_id: &str) -> JsValue;
    #[wasm_bindgen(js_name = send)]
    fn js_send(at: f64, body: &str, back: &str);
    #[wasm_bindgen(js_name = watch)]
    fn js_watch(answering: JsValue);
}

/// What a cmi5 launch gave, as text.
pub struct Launch {
    /// The launch URL's `actor` (JSON text), `registration` and `activityId`.
    pub actor: String,
    pub registration: String,
    pub activity_id: String,
    /// `LMS.LaunchData` (JSON text).
    pub launch_data: String,
    /// The AU's own state document, if the LRS has one.
    pub state: Option<String>,
    /// The learner preferences' `languagePreference` (`"ar,en"`), if the LRS has one.
    pub languages: Option<String>,
    /// The token is kept in memory only (storage is blocked): a reload would end the session.
    pub token_in_memory: bool,
}

/// The cmi5 launch of this page (`None`: the page's query is not one), with `state_id` the
/// AU's own state document: the launch, or why it cannot be reported against.
pub fn launch(state_id: &str) -> Option<impl std::future::Future<Output = Result<Launch, String>>> {
    let promise: Promise = Some(js_launch(state_id)).filter(|p| !p.is_null())?.into();
    Some(async move {
        let got = JsFuture::from(promise)
            .await
            .map_err(|reason| reason.as_string().unwrap_or_default())?;
        let got = Array::from(&got);
        let text = |i| got.get(i).as_string();
        Ok(Launch {
            actor: text(0).unwrap_or_default(),
            registration: text(1).unwrap_or_default(),
            activity_id: text(2).unwrap_or_default(),
            launch_data: text(3).unwrap_or_default(),
            state: text(4),
            languages: text(5),
            token_in_memory: got.get(6).as_bool().unwrap_or(false),
        })
    })
}

/// Queues the PUT of a statement that happened `at` (epoch ms; the script gives it its id
/// and timestamp) or, with no instant, of the state document, after every call queued
/// before it; then, if `back` is not empty, opens it (`returnURL`, after `terminated`).
pub fn send(at: Option<u64>, body: &str, back: &str) {
    js_send(at.map_or(-1.0, |at| at as f64), body, back)
}

/// Calls `told` for each change of the page and each time the LMS stops (a call fails) or
/// starts answering again, for as long as the page lives.
pub fn watch(mut told: impl FnMut(Told) + 'static) {
    let told = move |code: u32| told(Told::from_code(code));
    js_watch(Closure::<dyn FnMut(u32)>::new(told).into_js_value())
}
