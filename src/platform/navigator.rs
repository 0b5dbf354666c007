//! What the browser says about the learner: the languages they prefer.

/// `navigator.languages`, in the browser's order, joined by commas (`fr-CA,fr,en`; BCP 47
/// tags have none); empty when the browser says nothing.
pub fn browser_languages() -> String {
    web_sys::window()
        .map(|w| w.navigator().languages().join(",").into())
        .unwrap_or_default()
}
