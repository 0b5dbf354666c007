//! Reading the page's query and fragment, and writing the fragment without
//! adding a history entry (for the chooser's result link).

fn location() -> Option<web_sys::Location> {
    web_sys::window().map(|w| w.location())
}

/// The query string, including the leading `?` (empty if none).
pub fn page_query() -> String {
    location().and_then(|l| l.search().ok()).unwrap_or_default()
}

/// The fragment without the leading `#` (empty if none).
pub fn page_hash() -> String {
    location()
        .and_then(|l| l.hash().ok())
        .map(|h| h.trim_start_matches('#').to_string())
        .unwrap_or_default()
}

/// Replaces the fragment (empty removes it) without scrolling or a history entry.
pub fn set_page_hash(hash: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(href) = window.location().href() else {
        return;
    };
    let base = href.split('#').next().unwrap_or_default();
    let url = if hash.is_empty() {
        base.to_string()
    } else {
        format!("{base}#{hash}")
    };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// The page's address with `hash` as its fragment.
pub fn page_url_with_hash(hash: &str) -> String {
    let href = location().and_then(|l| l.href().ok()).unwrap_or_default();
    let base = href.split('#').next().unwrap_or_default();
    format!("{base}#{hash}")
}
