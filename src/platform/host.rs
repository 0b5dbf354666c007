//! Content the host page supplies as inert JSON in the page (a
//! `<script type="application/json">` element, never executed), read by the id the UI names.

/// The text of the page's inert JSON element with this id, if it has one.
pub fn page_json_text(id: &str) -> Option<String> {
    let element = web_sys::window()?.document()?.get_element_by_id(id)?;
    if element.get_attribute("type").as_deref() != Some("application/json") {
        return None;
    }
    element.text_content()
}
