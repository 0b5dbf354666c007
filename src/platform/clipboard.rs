//! Copying text for the learner, at once and without asking: the field holding the text is
//! focused and selected, then copied the way every browser allows on a click, with no
//! permission (a frame without `allow="clipboard-write"`, as WordPress frames a pasted link,
//! is refused the Clipboard API, not this). Where the browser refuses even that, the text
//! stays selected for the learner to copy with the keyboard or the browser's menu.

use wasm_bindgen::JsCast;

/// Selects all of the text field with this id (focusing it) and copies it; `false` when
/// the browser would not copy (the text is then selected, for the learner to copy).
pub fn copy_field(id: &str) -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let Some(field) = document
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return false;
    };
    super::focus(&field);
    field.select();
    // document.execCommand("copy"), which web-sys gives only with the whole HtmlDocument.
    js_sys::Reflect::get(&document, &"execCommand".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call1(&document, &"copy".into()).ok())
        .is_some_and(|done| done.is_truthy())
}
