//! The frame a host page puts the widget in, as the widget itself needs it: whether there is
//! one. Fitting the frame to the content is the page's own script (`js/page.js`), which
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
