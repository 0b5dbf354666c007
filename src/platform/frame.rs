//! The frame a host page puts the widget in, as the widget itself needs it: whether there is
//! one, and posting the host's events to its parent (at the origin the host named). Fitting the frame to the content is the page's own script (`js/page.js`), which
//! needs nothing from the wasm but the open screen on the root (`data-screen`).

/// Whether the page is in a frame (its parent window is another window).
pub fn is_framed() -> bool {
    web_sys::window()
        .and_then(|w| {
            let parent = w.parent().ok().flatten()?;
            Some(!js_sys::Object::is(&parent, &w))
        })
        .unwrap_or(false)
}

/// Posts a message (its JSON text, read back into an object) to the parent window, at
/// `origin` only: if the parent is not at that origin, the browser drops it.
pub fn post_to_parent(json: &str, origin: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    if let Ok(data) = js_sys::JSON::parse(json) {
        let _ = parent.post_message(&data, origin);
    }
}
