//! Reading the page's query and fragment, writing the fragment without adding
//! a history entry (for the chooser's result link), and following a result
//! link the learner navigates to in the same tab.

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

/// Reloads the page when the learner goes to a `#result=` link in the same tab
/// (pasting a link, back or forward), so it opens that result exactly as a fresh
/// load does. The widget's own hash updates use `replaceState`, which fires no
/// `hashchange`, so this never reacts to itself.
pub fn follow_result_links() {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else {
        return;
    };
    let on_change = Closure::<dyn Fn()>::new(|| {
        if page_hash().starts_with("result=") {
            if let Some(location) = location() {
                let _ = location.reload();
            }
        }
    });
    let _ =
        window.add_event_listener_with_callback("hashchange", on_change.as_ref().unchecked_ref());
    // Listens for the life of the page.
    on_change.forget();
}
