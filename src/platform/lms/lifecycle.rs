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
    let document = window.document();
    let mut listeners = vec![listen(&window, "pagehide", None, on_change.clone())];
    if let Some(d) = &document {
        listeners.push(listen(d, "visibilitychange", document.clone(), on_change));
    }
    listeners
}

/// A listener for `pagehide` (no `document`) or `visibilitychange` (one function, so one
/// closure type for both).
fn listen(
    target: &web_sys::EventTarget,
    name: &'static str,
    document: Option<web_sys::Document>,
    on_change: impl Fn(PageChange) + 'static,
) -> EventListener {
    EventListener::new(target, name, move |event| {
        on_change(match &document {
            Some(d) if d.hidden() => PageChange::Hidden,
            Some(_) => PageChange::Shown,
            None if Reflect::get(event, &JsValue::from_str("persisted"))
                .ok()
                .and_then(|p| p.as_bool())
                .unwrap_or(false) =>
            {
                PageChange::Hidden
            }
            None => PageChange::Leaving,
        })
    })
}

/// Sends the page to `url` (cmi5's `returnURL`, after terminating).
pub fn go_to(url: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().set_href(url);
    }
}
