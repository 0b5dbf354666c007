//! Which element lies under a pointer, from on-screen rectangles (works for mouse, pen and
//! touch alike, and while the card is captured). The UI names the attribute that marks
//! its drop targets.

use wasm_bindgen::JsCast;

/// The value of attribute `attr` on the element carrying it that lies under `(x, y)`.
pub fn marked_element_at(x: f64, y: f64, attr: &str) -> Option<String> {
    let document = web_sys::window()?.document()?;
    let marked = document.query_selector_all(&format!("[{attr}]")).ok()?;
    (0..marked.length()).find_map(|i| {
        let element: web_sys::Element = marked.item(i)?.dyn_into().ok()?;
        let rect = element.get_bounding_client_rect();
        let inside = x >= rect.left() && x <= rect.right() && y >= rect.top() && y <= rect.bottom();
        if inside {
            element.get_attribute(attr)
        } else {
            None
        }
    })
}
