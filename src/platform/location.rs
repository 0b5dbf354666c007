//! The page's address, raw: reading its query and fragment, writing the
//! fragment without a history entry or a scroll, and a link with another
//! fragment. What the parts mean is the core's `route`; the only rule here is
//! following a result link the learner navigates to in the same tab.

use crate::route::Fragment;

fn location() -> Option<web_sys::Location> {
    web_sys::window().map(|w| w.location())
}

/// The path of the page (`location.pathname`, e.g. `/twofold/sort-myth-or-fact.html`).
pub fn page_path() -> String {
    location()
        .and_then(|l| l.pathname().ok())
        .unwrap_or_default()
}

/// The query string, including the leading `?` (empty if none).
pub fn page_query() -> String {
    location().and_then(|l| l.search().ok()).unwrap_or_default()
}

/// The fragment without the leading `#` (empty if none).
pub fn page_fragment() -> String {
    location()
        .and_then(|l| l.hash().ok())
        .map(|h| h.strip_prefix('#').map(str::to_string).unwrap_or(h))
        .unwrap_or_default()
}

/// The page's address without its fragment.
fn page_base() -> Option<String> {
    let href = location()?.href().ok()?;
    Some(href.split('#').next().unwrap_or_default().to_string())
}

/// The page's address with this fragment (given without `#`; empty gives none).
fn with_fragment(base: &str, fragment: &str) -> String {
    if fragment.is_empty() {
        base.to_string()
    } else {
        format!("{base}#{fragment}")
    }
}

/// Replaces the fragment (given without `#`; empty removes it) with
/// `replaceState`: no history entry, no scroll, no `hashchange`.
pub fn set_page_fragment(fragment: &str) {
    let (Some(window), Some(base)) = (web_sys::window(), page_base()) else {
        return;
    };
    if let Ok(history) = window.history() {
        let url = with_fragment(&base, fragment);
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// The page's address with this fragment instead of its own (for a link to share).
pub fn page_url_with_fragment(fragment: &str) -> String {
    with_fragment(&page_base().unwrap_or_default(), fragment)
}

/// Reloads the page when the learner goes to a result link in the same tab
/// (pasting a link, back or forward), so it opens that result exactly as a fresh
/// load does. The widget's own fragment updates use `replaceState`, which fires
/// no `hashchange`, so this never reacts to itself.
pub fn follow_result_links() {
    let Some(window) = web_sys::window() else {
        return;
    };
    // Listens for the life of the page (gloo-events, which Yew already links).
    gloo_events::EventListener::new(&window, "hashchange", |_| {
        if Fragment::parse(&page_fragment()).result().is_some() {
            if let Some(location) = location() {
                let _ = location.reload();
            }
        }
    })
    .forget();
}
