//! What the screen reader hears after each move: game events turned into
//! messages (worded later by the learner's catalog), as plain data.

use crate::deck::Deck;
use crate::game::GameEvent;
use crate::i18n::{Message, MessageId};

/// The message for the live region summarising `events`, if any is worth saying:
/// one sentence per event, joined by the table's `narrate.then`.
pub fn narrate(events: &[GameEvent], deck: &Deck) -> Option<Message> {
    let text = |card: usize| deck.cards.get(card).map_or("", |c| c.text.as_str());
    let pile = |pile: usize| deck.piles.get(pile).map_or("", |p| p.label.as_str());
    let answer = |card: usize| {
        deck.cards
            .get(card)
            .and_then(|c| deck.pile_index(&c.pile))
            .unwrap_or(0)
    };
    let placed = |id: MessageId, card: usize, p: usize| {
        Message::new(id)
            .text("card", text(card))
            .text("pile", pile(p))
    };
    events
        .iter()
        .filter_map(|event| match *event {
            GameEvent::Started { .. } | GameEvent::NextCard { .. } => None,
            // The notice on screen says so; say it to screen readers too.
            GameEvent::Resumed { .. } => Some(Message::new(MessageId::SortResumeNotice)),
            GameEvent::CardPlaced {
                card,
                pile: p,
                correct,
                ..
            } => Some(match correct {
                None => placed(MessageId::NarratePlacedOn, card, p),
                Some(true) => placed(MessageId::NarratePlacedCorrect, card, p),
                Some(false) => placed(MessageId::NarratePlacedIncorrect, card, answer(card))
                    .text("chosen", pile(p)),
            }),
            GameEvent::CardMoved { card, pile: p } => {
                Some(placed(MessageId::NarrateMovedTo, card, p))
            }
            GameEvent::CardChecked { .. } => None,
            GameEvent::RoundFinished { correct, total, .. } => Some(
                Message::new(MessageId::NarrateRoundFinished)
                    .count("right", correct)
                    .count("total", total),
            ),
            GameEvent::Retried { cards, .. } | GameEvent::PlayedAgain { cards } => {
                Some(Message::new(MessageId::NarrateRoundStarted).count("count", cards))
            }
        })
        .reduce(|first, then| {
            Message::new(MessageId::NarrateThen)
                .message("first", first)
                .message("then", then)
        })
}
