//! The crash screen: if the widget ever stops, its root gives way to a short, friendly
//! message with a reload link instead of a frozen page. The message is the page's own
//! (`index.html`, every entry page: `#twofold-crash`, hidden, one block per language),
//! revealed by the page's loader (`js/page.js`) on any uncaught error, and by the
//! panic hook through [`show_crash_screen`], so it shows even if one of them never runs. Never built
//! from the error; `tests/crash_page.rs` checks that every language has its texts there.

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
