//! The polite live region screen readers read after each move. A new key per
//! message makes a repeated sentence be announced again.

use yew::prelude::*;

/// The live region with its latest message.
pub fn announcer(message: &AttrValue, serial: u32) -> Html {
    html! {
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="announcer">
            <span key={serial}>{ message.clone() }</span>
        </div>
    }
}
