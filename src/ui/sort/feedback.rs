//! Immediate feedback after a card: right or not with the button to go on beside it, then
//! where the card belongs and the explanation naming the idea behind it.

use yew::prelude::*;

use crate::deck::Deck;
use crate::i18n::{Catalog, Message, MessageId};

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
pub fn feedback_panel(catalog: &'static Catalog, props: Feedback<'_>) -> Html {
    let card = &props.deck.cards[props.card];
    let belongs = props.deck.pile_index(&card.pile).unwrap_or_default();
    let pile = |i: usize| props.deck.piles[i].label.as_str();
    let (result, class, verdict) = if props.correct {
        (
            "correct",
            "feedback--correct",
            catalog.text(MessageId::SortCorrect),
        )
    } else {
        (
            "wrong",
            "feedback--wrong",
            catalog.text(MessageId::SortIncorrect),
        )
    };
    let line = if props.correct {
        catalog.format(
            &Message::new(MessageId::SortCardBelongsIn)
                .text("card", &card.text)
                .text("pile", pile(belongs)),
        )
    } else {
        catalog.format(
            &Message::new(MessageId::SortChoseButBelongsIn)
                .text("card", &card.text)
                .text("chosen", pile(props.chosen))
                .text("pile", pile(belongs)),
        )
    };
    let (lang, dir) = crate::ui::author::text_attrs(&props.deck.lang);
    html! {
        <div class={classes!("feedback", class)} data-testid="feedback" data-result={result}>
            // The verdict and the way on first, side by side where they fit, so a phone shows
            // both on its first screen; the explanation follows (and may scroll).
            <div class="feedback__head">
                <p class="feedback__verdict">
                    <span class="feedback__icon" aria-hidden="true">{ if props.correct { "✓" } else { "✗" } }</span>
                    { verdict }
                </p>
                // Focus lands here after a placement: the button's description is the
                // explanation, so a screen reader reads the "why" the live region left out.
                <button type="button" ref={props.node.clone()} class="button button--primary"
                    data-testid="next-card" aria-describedby="feedback-explanation" onclick={props.on_next}>
                    { if props.last { catalog.text(MessageId::SortSeeResults) } else { catalog.text(MessageId::SortNextCard) } }
                </button>
            </div>
            <p class="feedback__line">{ line }</p>
            <p class="feedback__explanation" id="feedback-explanation" data-testid="explanation" lang={lang} dir={dir}>
                { &card.explanation }
            </p>
            if !card.idea.is_empty() {
                <p class="feedback__idea"><span class="tag">{ &card.idea }</span>
                    if let Some(source) = props.deck.source_title(card) {
                        <span class="feedback__source">{ source }</span>
                    }
                </p>
            }
        </div>
    }
}
