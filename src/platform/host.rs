//! Content the page carries as inert JSON (`<script type="application/json">` elements,
//! never executed), read by the id or the attribute the UI names.

use wasm_bindgen::JsCast;

/// The text of the page's inert JSON element with this id, if it has one.
pub fn page_json_text(id: &str) -> Option<String> {
    let element = web_sys::window()?.document()?.get_element_by_id(id)?;
    is_inert_json(&element).then(|| element.text_content())?
}

/// Every inert JSON element carrying attribute `attr`: (the attribute's value, the text).
pub fn page_json_by_attribute(attr: &str) -> Vec<(String, String)> {
    let Some(found) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector_all(&format!("script[{attr}]")).ok())
    else {
        return Vec::new();
    };
    (0..found.length())
        .filter_map(|i| found.item(i)?.dyn_into::<web_sys::Element>().ok())
        .filter(is_inert_json)
        .filter_map(|e| Some((e.get_attribute(attr)?, e.text_content()?)))
        .collect()
}

fn is_inert_json(element: &web_sys::Element) -> bool {
    element.get_attribute("type").as_deref() == Some("application/json")
}
