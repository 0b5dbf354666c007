//! Custom properties set on an element through the CSSOM (`element.style.setProperty`),
//! which a strict `style-src 'self'` allows (it refuses `style` attributes in markup, not the
//! CSSOM).

use wasm_bindgen::JsCast;

/// Sets each `(name, value)` on `element`'s inline style; quietly nothing where it cannot.
pub fn set_properties(element: &web_sys::Element, properties: &[(&str, String)]) {
    if let Some(element) = element.dyn_ref::<web_sys::HtmlElement>() {
        let style = element.style();
        for (name, value) in properties {
            let _ = style.set_property(name, value);
        }
    }
}
