//! The crash screen: if the widget ever stops, its root gives way to a short, friendly
//! message with a reload link instead of a frozen page. The message is the page's own
//! (`index.html`, every entry page: `#twofold-crash`, hidden, one block per language),
//! revealed by the page's loader (`js/page.js`) on any uncaught error, a panic's trap
//! included (the wasm has no panic hook). Never built from the error;
//! `tests/crash_page.rs` checks that every language has its texts there.

/// The id of the element the widget renders into.
pub const ROOT_ID: &str = "twofold";

/// The id of the page's hidden crash screen.
pub const CRASH_ID: &str = "twofold-crash";
