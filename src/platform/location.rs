//! The page's address, raw: reading its query and fragment, writing the
//! fragment without a history entry or a scroll, the address without its
//! fragment (a share link's base), and hearing when the learner changes the fragment. What the parts mean is
//! the core's `route`.

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

/// The page's address without its fragment (empty if unknown).
pub fn page_base() -> String {
    let mut href = location().and_then(|l| l.href().ok()).unwrap_or_default();
    href.truncate(href.bytes().position(|b| b == b'#').unwrap_or(href.len()));
    href
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
    let Some(window) = web_sys::window() else {
        return;
    };
    let base = page_base();
    if base.is_empty() {
        return;
    }
    if let Ok(history) = window.history() {
        let url = with_fragment(&base, fragment);
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// Calls `changed` with the new fragment whenever the learner changes it in this tab
/// (pasting a link, back or forward), for as long as the returned listener lives. The
/// widget's own fragment updates use `replaceState`, which fires no `hashchange`, so
/// this never reacts to itself.
pub fn on_fragment_change(
    changed: impl Fn(String) + 'static,
) -> Option<gloo_events::EventListener> {
    let window = web_sys::window()?;
    Some(gloo_events::EventListener::new(
        &window,
        "hashchange",
        move |_| changed(page_fragment()),
    ))
}
