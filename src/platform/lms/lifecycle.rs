//! The page's lifecycle as an LMS session needs it: `visibilitychange` to hidden (commit and
//! flush, never finish: tab switches and screen locks fire it) and `pagehide` when the page
//! is not kept for back/forward (`persisted` false: finish, once).

use gloo_events::EventListener;
use js_sys::Reflect;
use wasm_bindgen::JsValue;

/// What happened to the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageChange {
    /// The page was hidden (it may come back).
    Hidden,
    /// The page was shown again.
    Shown,
    /// The page is going away for good (`pagehide`, not kept for back/forward).
    Leaving,
}

/// Calls `on_change` for each change until the returned listeners are dropped (one handler
/// for both events, so one closure type).
pub fn on_page_change(on_change: impl Fn(PageChange) + Clone + 'static) -> Vec<EventListener> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let document = window.document();
    let handler = move |event: &web_sys::Event| {
        let hidden = document.as_ref().is_some_and(|d| d.hidden());
        let change = if event.type_() != "pagehide" {
            if hidden {
                PageChange::Hidden
            } else {
                PageChange::Shown
            }
        } else if Reflect::get(event, &JsValue::from_str("persisted"))
            .ok()
            .and_then(|p| p.as_bool())
            .unwrap_or(false)
        {
            PageChange::Hidden
        } else {
            PageChange::Leaving
        };
        on_change(change)
    };
    let mut listeners = vec![EventListener::new(&window, "pagehide", handler.clone())];
    if let Some(document) = window.document() {
        listeners.push(EventListener::new(&document, "visibilitychange", handler));
    }
    listeners
}

/// Sends the page to `url` (cmi5's `returnURL`, after terminating).
pub fn go_to(url: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().set_href(url);
    }
}
