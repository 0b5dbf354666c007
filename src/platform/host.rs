//! Content the host page supplies: an author's deck embedded as
//! `<script type="application/json" id="twofold-deck">…</script>` (inert JSON,
//! never executed; validated by `deck::parse_deck` like every deck).

/// The text of the page's embedded deck, if it has one.
pub fn host_deck_text() -> Option<String> {
    let element = web_sys::window()?
        .document()?
        .get_element_by_id("twofold-deck")?;
    if element.get_attribute("type").as_deref() != Some("application/json") {
        return None;
    }
    element.text_content()
}
