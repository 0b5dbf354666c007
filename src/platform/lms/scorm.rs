//! SCORM's transport: the package's own script `scorm.js` (a wasm-bindgen snippet, so only
//! the `lms-scorm` build loads it) finds the runtime an LMS puts on an ancestor window
//! (`API_1484_11` for SCORM 2004, `API` for 1.2, by the standard walk of `window.parent`
//! and then the `window.opener` chain, each step guarded), opens the session, reads values,
//! and carries out each write, queued in order and retried while the LMS does not answer
//! (a refused value, by its error code, is dropped with its reason in the console); this
//! hands it strings. What to write, and when, is the core's job.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsValue;

use super::lifecycle::Told;

pub use crate::report::ScormVersion;

#[wasm_bindgen(module = "/src/platform/lms/scorm.js")]
extern "C" {
    #[wasm_bindgen(js_name = open)]
    fn js_open(want: i32) -> i32;
    #[wasm_bindgen(js_name = get)]
    fn js_get(element: &str) -> String;
    #[wasm_bindgen(js_name = send)]
    fn js_send(call: u32, element: &str, value: &str);
    #[wasm_bindgen(js_name = watch)]
    fn js_watch(answering: JsValue);
}

/// The calls [`send`] queues (their index in the script's names for each version).
pub const TERMINATE: u32 = 2;
pub const SET_VALUE: u32 = 4;
pub const COMMIT: u32 = 5;

/// How looking for a session went.
pub enum Opened {
    /// A session on the API of this version.
    Session(ScormVersion),
    /// No API on any ancestor window or opener.
    NoApi,
    /// An API that refused `Initialize`.
    Refused,
}

/// Finds the API (`version` only if given, else SCORM 2004 first, then 1.2) and calls
/// `Initialize`.
pub fn open(version: Option<ScormVersion>) -> Opened {
    let want = match version {
        None => 0,
        Some(ScormVersion::V12) => 1,
        Some(ScormVersion::V2004) => 2,
    };
    match js_open(want) {
        1 => Opened::Session(ScormVersion::V12),
        2 => Opened::Session(ScormVersion::V2004),
        0 => Opened::NoApi,
        _ => Opened::Refused,
    }
}

/// The value of a data-model element (`""` when the LMS has none or reports an error).
pub fn get(element: &str) -> String {
    js_get(element)
}

/// Queues a call ([`SET_VALUE`] with its element and value, [`COMMIT`], [`TERMINATE`]) after
/// every call queued before it.
pub fn send(call: u32, element: &str, value: &str) {
    js_send(call, element, value)
}

/// Calls `told` for each change of the page and each time the LMS stops (a call fails) or
/// starts answering again, for as long as the page lives.
pub fn watch(mut told: impl FnMut(Told) + 'static) {
    let told = move |code: u32| told(Told::from_code(code));
    js_watch(Closure::<dyn FnMut(u32)>::new(told).into_js_value())
}
