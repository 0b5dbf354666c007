//! The crash screen: if the widget ever panics, its root is replaced by a short, friendly
//! message with a reload link instead of a frozen page. The text comes from the string
//! table (trusted), never from the panic.

use crate::i18n::Lang;
use crate::platform;

/// The id of the element the widget renders into.
pub const ROOT_ID: &str = "twofold";

/// Replaces the widget's root with the crash message.
pub fn show_crash_screen() {
    let s = Lang::default().strings();
    let html = format!(
        "<div class=\"crash\" role=\"alert\" data-testid=\"crash\"><h1>{}</h1><p>{}</p>\
         <a class=\"button\" href=\"\">{}</a></div>",
        s.crash_heading, s.crash_body, s.reload
    );
    platform::replace_content(ROOT_ID, &html);
}
