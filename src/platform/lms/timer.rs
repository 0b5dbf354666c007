//! A one-shot timer: runs a closure once after a delay (the outbox's retries).

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Runs `f` once, `ms` milliseconds from now (never, if the page has no window).
pub fn after_ms(ms: u64, f: impl FnOnce() + 'static) {
    if let Some(window) = web_sys::window() {
        let f = Closure::once_into_js(f);
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
            f.unchecked_ref(),
            ms.min(i32::MAX as u64) as i32,
        );
    }
}
