//! At-end mode: the cards already placed, pile by pile, each with buttons to
//! move it to another pile until the learner checks.

use yew::prelude::*;

use crate::deck::Deck;
use crate::game::Game;
use crate::i18n::{Catalog, Message, MessageId};

/// The placed cards pile by pile; `on_move` gets (card, to pile).
pub fn placed_lists(
    catalog: &'static Catalog,
    deck: &Deck,
    game: &Game,
    on_move: &Callback<(usize, usize)>,
) -> Html {
    let placed = game.placed_cards();
    html! {
        <div class="placed" data-testid="placed">
            { for deck.piles.iter().enumerate().map(|(p, pile)| {
                let cards: Vec<usize> = placed.iter().copied()
                    .filter(|&c| game.placement(c) == Some(p)).collect();
                html! {
                    <section class="placed__pile" key={pile.id.clone()}
                        aria-label={catalog.format(&Message::new(MessageId::SortPlacedPile).text("pile", &pile.label).count("count", cards.len()))}>
                        <h2 class="placed__title">{ &pile.label }{ " " }
                            <span class="placed__count">{ catalog.format(&Message::new(MessageId::SortPlacedCount).count("count", cards.len())) }</span></h2>
                        <ul class="placed__list">
                            { for cards.iter().map(|&c| html! {
                                <li key={deck.cards[c].id.clone()} class="placed__card"
                                    id={placed_item_id(&deck.cards[c].id)} tabindex="-1"
                                    data-testid={format!("placed-{}", deck.cards[c].id)}>
                                    <span>{ &deck.cards[c].text }</span>
                                    { for deck.piles.iter().enumerate().filter(|(q, _)| *q != p).map(|(q, other)| html! {
                                        <button type="button" class="button button--small"
                                            aria-label={catalog.format(&Message::new(MessageId::SortMoveCardTo).text("pile", &other.label).text("card", &deck.cards[c].text))}
                                            onclick={on_move.reform(move |_| (c, q))}>
                                            { catalog.format(&Message::new(MessageId::SortMoveTo).text("pile", &other.label)) }
                                        </button>
                                    }) }
                                </li>
                            }) }
                        </ul>
                    </section>
                }
            }) }
        </div>
    }
}

/// The DOM id of a placed card's list item (focused after the card moves).
pub fn placed_item_id(card_id: &str) -> String {
    format!("placed-item-{card_id}")
}
