//! The piles: real buttons (click, tap, Enter, Space, or the number key shown),
//! and drop targets that light up under a dragged card without revealing anything.

use yew::prelude::*;

use crate::deck::Pile;
use crate::ui::env::use_env;

#[derive(Properties, PartialEq)]
pub struct PilesProps {
    pub piles: Vec<Pile>,
    /// The pile under a dragged card.
    pub hover: Option<usize>,
    /// Whether a card can be placed now.
    pub enabled: bool,
    pub on_place: Callback<usize>,
}

#[function_component(Piles)]
pub fn piles(props: &PilesProps) -> Html {
    let s = use_env().strings();
    html! {
        <div class="piles" role="group" aria-label={s.piles_label}
            style={format!("--pile-count: {}", props.piles.len())}>
            { for props.piles.iter().enumerate().map(|(i, pile)| {
                let class = classes!("pile", (props.hover == Some(i)).then_some("is-target"));
                html! {
                    <button type="button" key={pile.id.clone()} class={class}
                        data-pile-index={i.to_string()} data-testid={format!("pile-{}", pile.id)}
                        aria-keyshortcuts={(i + 1).to_string()}
                        disabled={!props.enabled}
                        onclick={props.on_place.reform(move |_| i)}>
                        <span class="pile__key" aria-hidden="true">{ i + 1 }</span>
                        <span class="pile__label">{ &pile.label }</span>
                        if !pile.hint.is_empty() {
                            <span class="pile__hint">{ &pile.hint }</span>
                        }
                    </button>
                }
            }) }
        </div>
    }
}
