//! Immediate feedback after a card: right or not, where it belongs, and the
//! explanation naming the idea behind it; then "next".

use yew::prelude::*;

use crate::deck::Deck;
use crate::i18n::Strings;

/// What the feedback panel shows.
pub struct Feedback<'a> {
    pub deck: &'a Deck,
    pub card: usize,
    /// The pile the learner chose.
    pub chosen: usize,
    pub correct: bool,
    /// This was the round's last card.
    pub last: bool,
    pub node: NodeRef,
    pub on_next: Callback<MouseEvent>,
}

/// The verdict, where the card belongs, why, and the button to go on.
pub fn feedback_panel(s: &Strings, props: Feedback<'_>) -> Html {
    let card = &props.deck.cards[props.card];
    let belongs = props.deck.pile_index(&card.pile).unwrap_or_default();
    let pile = |i: usize| props.deck.piles[i].label.as_str();
    let (result, class, verdict) = if props.correct {
        ("correct", "feedback--correct", s.correct)
    } else {
        ("wrong", "feedback--wrong", s.incorrect)
    };
    let line = if props.correct {
        (s.card_belongs_in)(&card.text, pile(belongs))
    } else {
        (s.chose_but_belongs_in)(&card.text, pile(props.chosen), pile(belongs))
    };
    html! {
        <div class={classes!("feedback", class)} data-testid="feedback" data-result={result}>
            <p class="feedback__verdict">
                <span class="feedback__icon" aria-hidden="true">{ if props.correct { "✓" } else { "✗" } }</span>
                { verdict }
            </p>
            <p class="feedback__line">{ line }</p>
            <p class="feedback__explanation" id="feedback-explanation" data-testid="explanation">
                { &card.explanation }
            </p>
            if !card.idea.is_empty() {
                <p class="feedback__idea"><span class="tag">{ &card.idea }</span>
                    if let Some(source) = props.deck.source_title(card) {
                        <span class="feedback__source">{ source }</span>
                    }
                </p>
            }
            // Focus lands here after a placement: the button's description is the
            // explanation, so a screen reader reads the "why" the live region left out.
            <button type="button" ref={props.node.clone()} class="button button--primary"
                data-testid="next-card" aria-describedby="feedback-explanation" onclick={props.on_next}>
                { if props.last { s.see_results } else { s.next_card } }
            </button>
        </div>
    }
}
