//! Panics: a hook that logs the panic and then runs the crash screen the UI hands in, and
//! replacing an element's content with trusted markup (the UI's crash screen).

/// Installs the hook; call once before mounting. `on_panic` must not panic itself.
pub fn install_panic_hook(on_panic: fn()) {
    std::panic::set_hook(Box::new(move |info| {
        web_sys::console::error_1(&format!("Twofold stopped: {info}").into());
        on_panic();
    }));
}

/// Replaces the content of the element with this id by `html` (trusted markup, never
/// text from a panic or from content). Returns whether the element exists.
pub fn replace_content(id: &str, html: &str) -> bool {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id));
    match root {
        Some(root) => {
            root.set_inner_html(html);
            true
        }
        None => false,
    }
}
