//! The polite live region screen readers read after each move. A new key per
//! message makes a repeated sentence be announced again.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AnnouncerProps {
    pub message: AttrValue,
    pub serial: u32,
}

#[function_component(Announcer)]
pub fn announcer(props: &AnnouncerProps) -> Html {
    html! {
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="announcer">
            <span key={props.serial}>{ props.message.clone() }</span>
        </div>
    }
}
