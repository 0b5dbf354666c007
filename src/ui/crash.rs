//! The crash screen: if the widget ever stops, its root gives way to a short, friendly
//! message with a reload link instead of a frozen page. The message is the page's own
//! (`index.html`, every entry page: `#twofold-crash`, hidden, one block per language),
//! revealed by the page's loader (`js/crash-screen.js`) on any uncaught error, and by the
//! panic hook here, so it shows even when one of the two never runs. It is never built
//! from the error; `tests/crash_page.rs` keeps its texts equal to the string table's.

use crate::platform;

/// The id of the element the widget renders into.
pub const ROOT_ID: &str = "twofold";

/// The id of the page's hidden crash screen.
pub const CRASH_ID: &str = "twofold-crash";

/// Shows the page's crash screen in place of the widget's root (nothing happens on a
/// page without one).
pub fn show_crash_screen() {
    platform::reveal_instead(CRASH_ID, ROOT_ID);
}
