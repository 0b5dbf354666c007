//! At-end mode: the cards already placed, as a compact sort with a column per pile (two
//! columns for a two-pile deck, even on a phone). Each card is one button: activating it
//! (click, tap, Enter, Space) moves it to the other pile, or with three or four piles to the
//! next one; its name says where it goes. Cards move freely until the learner checks.

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
    let piles = deck.piles.len();
    let (lang, dir) = crate::ui::author::text_attrs(&deck.lang);
    html! {
        <div class={format!("placed placed--{piles}")} data-testid="placed">
            { for deck.piles.iter().enumerate().map(|(p, pile)| {
                let cards: Vec<usize> = placed.iter().copied()
                    .filter(|&c| game.placement(c) == Some(p)).collect();
                // The pile a card here goes to: the other one, or the next (around).
                let q = (p + 1) % piles;
                let to = &deck.piles[q].label;
                html! {
                    <section class="placed__pile" key={pile.id.clone()}
                        aria-label={catalog.format(&Message::new(MessageId::SortPlacedPile).text("pile", &pile.label).count("count", cards.len()))}>
                        <h2 class="placed__title"><span class="pile__key" aria-hidden="true">{ p + 1 }</span>
                            <span lang={lang.clone()} dir={dir}>{ &pile.label }</span>{ " " }
                            <span class="placed__count">{ catalog.format(&Message::new(MessageId::SortPlacedCount).count("count", cards.len())) }</span></h2>
                        <ul class="placed__list">
                            { for cards.iter().map(|&c| {
                                let card = &deck.cards[c];
                                html! {
                                    <li key={card.id.clone()}>
                                        <button type="button" class="placed__card" id={placed_item_id(&card.id)}
                                            data-testid={format!("placed-{}", card.id)}
                                            aria-label={catalog.format(&Message::new(MessageId::SortMoveCardTo).text("pile", to).text("card", &card.text))}
                                            onclick={on_move.reform(move |_| (c, q))}>
                                            <span lang={lang.clone()} dir={dir}>{ &card.text }</span>
                                        </button>
                                    </li>
                                }
                            }) }
                        </ul>
                    </section>
                }
            }) }
        </div>
    }
}

/// The DOM id of a placed card's button (focused after the card moves).
pub fn placed_item_id(card_id: &str) -> String {
    format!("placed-item-{card_id}")
}
