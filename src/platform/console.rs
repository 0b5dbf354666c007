//! Telling the page's developer something went wrong without troubling the learner.

/// `console.warn("Twofold: …")`.
pub fn warn(text: &str) {
    web_sys::console::warn_1(&format!("Twofold: {text}").into());
}
