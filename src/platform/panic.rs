//! Panics: a hook that logs the panic and then runs the crash screen the UI hands in, and
//! swapping one element of the page for another (the page's own crash screen for the
//! widget's root), by the ids the UI passes in.

/// Installs the hook; call once before mounting. `on_panic` must not panic itself.
pub fn install_panic_hook(on_panic: fn()) {
    std::panic::set_hook(Box::new(move |info| {
        web_sys::console::error_1(&format!("Twofold stopped: {info}").into());
        on_panic();
    }));
}

/// Shows the page's hidden element `show_id` (removes its `hidden` attribute) and hides
/// `hide_id` in its place. Returns whether `show_id` exists; a missing `hide_id` is fine.
pub fn reveal_instead(show_id: &str, hide_id: &str) -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let Some(shown) = document.get_element_by_id(show_id) else {
        return false;
    };
    if let Some(hidden) = document.get_element_by_id(hide_id) {
        let _ = hidden.set_attribute("hidden", "");
    }
    let _ = shown.remove_attribute("hidden");
    true
}
