//! Telling the page's developer something went wrong without troubling the learner.

/// `console.warn("Twofold: …")`.
pub fn warn(text: &str) {
    web_sys::console::warn_1(&format!("Twofold: {text}").into());
}

/// `console.info("Twofold: …")` (what an LMS session reports to, package builds).
#[cfg(feature = "reporting")]
pub fn info(text: &str) {
    web_sys::console::info_1(&["Twofold: ", text].concat().into());
}
