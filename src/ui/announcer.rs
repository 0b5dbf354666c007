//! The polite live region screen readers read after each move. A new key per
//! message makes a repeated sentence be announced again.

use std::rc::Rc;

use yew::prelude::*;

/// The latest sentence and a serial that changes with every announcement.
#[derive(Debug, Default, PartialEq)]
pub struct Announcement {
    pub text: AttrValue,
    pub serial: u32,
}

impl Reducible for Announcement {
    type Action = String;

    fn reduce(self: Rc<Self>, text: String) -> Rc<Self> {
        Rc::new(Announcement {
            text: text.into(),
            serial: self.serial.wrapping_add(1),
        })
    }
}

/// The live region with its latest message.
pub fn announcer(message: &AttrValue, serial: u32) -> Html {
    html! {
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="announcer">
            <span key={serial}>{ message.clone() }</span>
        </div>
    }
}
