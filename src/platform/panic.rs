//! The panic screen: if the widget ever panics, its root is replaced by a short,
//! friendly message with a reload link instead of a frozen page.

use crate::i18n::Lang;

/// Installs the hook; call once before mounting.
pub fn install_panic_screen() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("Twofold stopped: {info}").into());
        show_crash_screen();
    }));
}

/// Replaces the widget (`#twofold`) with the crash message. The text comes
/// from the string table (trusted), never from the panic.
pub fn show_crash_screen() {
    let s = Lang::default().strings();
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(root) = document.get_element_by_id("twofold") else {
        return;
    };
    let html = format!(
        "<div class=\"crash\" role=\"alert\" data-testid=\"crash\"><h1>{}</h1><p>{}</p>\
         <a class=\"button\" href=\"\">{}</a></div>",
        s.crash_heading, s.crash_body, s.reload
    );
    root.set_inner_html(&html);
}
