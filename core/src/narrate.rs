//! What the screen reader hears after each move: game events turned into
//! short sentences from the string table, as plain data.

use crate::deck::Deck;
use crate::game::GameEvent;
use crate::i18n::Strings;

/// One sentence for the live region summarising `events`, if any is worth saying.
pub fn narrate(events: &[GameEvent], deck: &Deck, s: &Strings) -> Option<String> {
    let text = |card: usize| deck.cards.get(card).map_or("", |c| c.text.as_str());
    let pile = |pile: usize| deck.piles.get(pile).map_or("", |p| p.label.as_str());
    let answer = |card: usize| deck.pile_index(&deck.cards[card].pile).unwrap_or(0);
    let sentences: Vec<String> = events
        .iter()
        .filter_map(|event| match *event {
            GameEvent::Started { .. } | GameEvent::NextCard { .. } => None,
            // The notice on screen says so; say it to screen readers too.
            GameEvent::Resumed { .. } => Some(s.resume_notice.to_string()),
            GameEvent::CardPlaced {
                card,
                pile: p,
                correct,
                ..
            } => Some(match correct {
                None => (s.placed_on)(text(card), pile(p)),
                Some(true) => (s.placed_correct)(text(card), pile(p)),
                Some(false) => (s.placed_incorrect)(text(card), pile(p), pile(answer(card))),
            }),
            GameEvent::CardMoved { card, pile: p } => Some((s.moved_to)(text(card), pile(p))),
            GameEvent::CardChecked { .. } => None,
            GameEvent::RoundFinished { correct, total, .. } => {
                Some((s.round_finished)(correct, total))
            }
            GameEvent::Retried { cards, .. } | GameEvent::PlayedAgain { cards } => {
                Some((s.round_started)(cards))
            }
        })
        .collect();
    (!sentences.is_empty()).then(|| sentences.join(" "))
}
