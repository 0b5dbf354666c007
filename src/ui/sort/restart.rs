//! The board's footer: "Start over", which asks first (the game's cards would be lost:
//! "Yes, start over" or "Keep playing", focus on the safe choice), and, where the learner
//! chose the deck, "Choose another deck", which keeps the saved game. A view over the
//! board's own state ([`use_restart`]), not a component of its own (a component costs the
//! wasm more than its view).

use yew::prelude::*;

use crate::i18n::{Catalog, MessageId};
use crate::platform;

/// Whether "Start over" is asking, and the two buttons focus moves between.
#[derive(Clone)]
pub struct Restart {
    asking: UseStateHandle<bool>,
    no: NodeRef,
    again: NodeRef,
}

/// The footer's state; focus follows the question (to "Keep playing" when asked, back to
/// "Start over" after), never on the first render.
#[hook]
pub fn use_restart() -> Restart {
    let restart = Restart {
        asking: use_state(|| false),
        no: use_node_ref(),
        again: use_node_ref(),
    };
    let first = use_mut_ref(|| true);
    let (no, again) = (restart.no.clone(), restart.again.clone());
    use_effect_with(*restart.asking, move |asking| {
        let node = if *asking { no } else { again };
        if !std::mem::replace(&mut *first.borrow_mut(), false) {
            if let Some(el) = node.cast::<web_sys::HtmlElement>() {
                platform::focus(&el);
            }
        }
    });
    restart
}

/// The footer: `on_restart` once confirmed; `on_other_deck` back to the deck choice.
pub fn restart_footer(
    catalog: &'static Catalog,
    restart: &Restart,
    on_restart: &Callback<()>,
    on_other_deck: Option<&Callback<()>>,
) -> Html {
    let set = |value: bool| {
        let asking = restart.asking.clone();
        Callback::from(move |_: MouseEvent| asking.set(value))
    };
    html! {
        <div class="board__footer">
            if *restart.asking {
                <div class="notice notice--warning" role="group" aria-labelledby="restart-question">
                    <p id="restart-question" data-testid="restart-question">{ catalog.text(MessageId::SortRestartConfirm) }</p>
                    <button type="button" class="button button--small" data-testid="restart-yes"
                        onclick={on_restart.reform(|_| ())}>{ catalog.text(MessageId::SortRestartYes) }</button>
                    { " " }
                    <button type="button" class="button button--small button--primary" data-testid="restart-no"
                        ref={restart.no.clone()} onclick={set(false)}>{ catalog.text(MessageId::SortRestartNo) }</button>
                </div>
            } else {
                <button type="button" class="button button--quiet" data-testid="restart-game"
                    ref={restart.again.clone()} onclick={set(true)}>{ catalog.text(MessageId::SortRestartGame) }</button>
            }
            if let Some(other) = on_other_deck {
                <button type="button" class="button button--quiet" data-testid="other-deck"
                    onclick={other.reform(|_| ())}>{ catalog.text(MessageId::SortOtherDeck) }</button>
            }
        </div>
    }
}
