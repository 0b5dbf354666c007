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

/// Calls `on_change` for each change until the returned listeners are dropped.
pub fn on_page_change(on_change: impl Fn(PageChange) + Clone + 'static) -> Vec<EventListener> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let mut listeners = Vec::new();
    if let Some(document) = window.document() {
        let doc = document.clone();
        let f = on_change.clone();
        listeners.push(EventListener::new(
            &document,
            "visibilitychange",
            move |_| {
                f(if doc.hidden() {
                    PageChange::Hidden
                } else {
                    PageChange::Shown
                })
            },
        ));
    }
    listeners.push(EventListener::new(&window, "pagehide", move |event| {
        let persisted = Reflect::get(event, &JsValue::from_str("persisted"))
            .ok()
            .and_then(|p| p.as_bool())
            .unwrap_or(false);
        on_change(if persisted {
            PageChange::Hidden
        } else {
            PageChange::Leaving
        })
    }));
    listeners
}

/// Sends the page to `url` (cmi5's `returnURL`, after terminating).
pub fn go_to(url: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().set_href(url);
    }
}
