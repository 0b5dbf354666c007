//! Which pile lies under a pointer, from the piles' on-screen rectangles
//! (works for mouse, pen and touch alike, and while the card is captured).

use wasm_bindgen::JsCast;

/// The index of the pile (an element with `data-pile-index`) under `(x, y)`.
pub fn pile_at(x: f64, y: f64) -> Option<usize> {
    let document = web_sys::window()?.document()?;
    let piles = document.query_selector_all("[data-pile-index]").ok()?;
    (0..piles.length()).find_map(|i| {
        let element: web_sys::Element = piles.item(i)?.dyn_into().ok()?;
        let rect = element.get_bounding_client_rect();
        let inside = x >= rect.left() && x <= rect.right() && y >= rect.top() && y <= rect.bottom();
        if inside {
            element.get_attribute("data-pile-index")?.parse().ok()
        } else {
            None
        }
    })
}
