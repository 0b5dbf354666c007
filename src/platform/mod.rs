//! The only code that touches JavaScript and the browser: storage with an
//! in-memory fallback, the clipboard, the page location, console warnings, fetching files, inert JSON the page carries (an
//! author's deck, the content manifest, content inline), the clock, randomness, pointer
//! geometry, and custom properties through the CSSOM. Everything here degrades quietly when the browser refuses.

pub mod clipboard;
mod clock;
mod console;
mod fetch;
pub mod frame;
mod geometry;
mod host;
#[cfg(feature = "reporting")]
pub mod lms;
mod location;
mod storage;
mod style;

pub use clock::{epoch_ms, now_ms, utc_offset_minutes};
pub use console::warn;
pub use fetch::{fetch_text, language_table, FetchError};
pub use geometry::marked_element_at;
pub use host::{page_json_by_attribute, page_json_text};
pub(crate) use location::{
    on_fragment_change, page_base, page_fragment, page_path, page_query, set_page_fragment,
};
pub use storage::{browser_store, on_storage_change};
pub use style::set_properties;

/// Whether an element inside `root` matches `selector` (the UI's).
pub fn holds(root: &web_sys::Element, selector: &str) -> bool {
    matches!(root.query_selector(selector), Ok(Some(_)))
}

/// Moves keyboard focus to the element with this id, if it exists.
pub fn focus_element(id: &str) {
    use wasm_bindgen::JsCast;
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        focus(&element);
    }
}

/// Focuses `element`. In a frame, without scrolling the host page: the frame's own document
/// scrolls, if it must, to show the element (the host sized the frame to the window, as
/// Moodle's SCORM player does); a frame fitted to its content never scrolls.
pub fn focus(element: &web_sys::HtmlElement) {
    if !frame::is_framed() {
        let _ = element.focus();
        return;
    }
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = element.focus_with_options(&options);
    if let Some(window) = web_sys::window() {
        let rect = element.get_bounding_client_rect();
        let view = window
            .inner_height()
            .ok()
            .and_then(|h| h.as_f64())
            .unwrap_or(0.0);
        if rect.top() < 0.0 {
            window.scroll_by_with_x_and_y(0.0, rect.top());
        } else if rect.bottom() > view && view > 0.0 {
            window.scroll_by_with_x_and_y(0.0, (rect.bottom() - view).min(rect.top()));
        }
    }
}

/// Scrolls the page's own document (never the host page's) so that `element`'s top is in
/// view when it is above the window: a new card comes with its board's title.
pub fn show_top(element: &web_sys::Element) {
    let top = element.get_bounding_client_rect().top();
    if let (true, Some(window)) = (top < 0.0, web_sys::window()) {
        window.scroll_by_with_x_and_y(0.0, top);
    }
}

/// Takes the touch moves on `element` for the page while `dragging()` says so (a
/// non-passive `touchmove` listener calling `preventDefault`; Yew's own touch listeners are
/// passive, and a tap's small moves stay the browser's), for as long as the returned
/// listener lives. Without it Chromium still runs its scroll gesture for a touch
/// drag of the card (even under `touch-action: none`), and a drag lifted while moving ends
/// in a fling; the learner's next tap then only stops that fling, and Chromium drops the tap
/// that stops a fling: the first tap on "Next card" after a quick drag did nothing. A
/// consumed touch sequence gives no scroll, so no fling.
pub fn take_touch_moves(
    element: &web_sys::EventTarget,
    dragging: impl Fn() -> bool + 'static,
) -> gloo_events::EventListener {
    gloo_events::EventListener::new_with_options(
        element,
        "touchmove",
        gloo_events::EventListenerOptions::enable_prevent_default(),
        move |e| {
            if dragging() {
                e.prevent_default();
            }
        },
    )
}

/// Moves keyboard focus to the first element matching `selector` (the UI's), making it
/// focusable by script only if it is not already focusable.
pub fn focus_first(selector: &str) {
    use wasm_bindgen::JsCast;
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(selector).ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        if !element.has_attribute("tabindex") {
            let _ = element.set_attribute("tabindex", "-1");
        }
        focus(&element);
    }
}

/// A seed for shuffling, from the browser's random source (tests pass their own).
pub fn random_seed() -> u64 {
    let hi = (js_sys::Math::random() * 4_294_967_296.0) as u64;
    let lo = (js_sys::Math::random() * 4_294_967_296.0) as u64;
    (hi << 32) | lo
}
