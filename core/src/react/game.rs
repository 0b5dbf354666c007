//! The sorting game's row of the reaction table (see [`super`]).

use super::{Focus, Happened, Reaction, SavedRecord};
use crate::deck::Deck;
use crate::game::{Game, GameEvent, Phase};
use crate::narrate::narrate;

/// What to do after `events` left `game` (on `deck`) as it is.
pub fn game_reactions<'a>(
    events: &'a [GameEvent],
    deck: &'a Deck,
    game: &Game,
) -> Vec<Reaction<'a>> {
    if events.is_empty() {
        return Vec::new();
    }
    let mut out = vec![Reaction::Save(SavedRecord::Game { deck: &deck.id })];
    let opened = events.iter().find_map(|e| match e {
        GameEvent::Started { deck, .. } | GameEvent::Resumed { deck, .. } => Some(deck),
        _ => None,
    });
    if let Some(id) = opened {
        out.push(Reaction::RememberDeck(id));
    }
    if let Some(message) = narrate(events, deck) {
        out.push(Reaction::Announce(message));
    }
    if let Some(focus) = focus(events, deck, game) {
        out.push(Reaction::Focus(focus));
    }
    out.push(Reaction::ReportToLms(Happened::Game(events)));
    out.push(Reaction::NotifyHost(Happened::Game(events)));
    out
}

/// Where the learner's next action is.
fn focus<'a>(events: &[GameEvent], deck: &'a Deck, game: &Game) -> Option<Focus<'a>> {
    let moved = events.iter().find_map(|e| match e {
        GameEvent::CardMoved { card, .. } => deck.cards.get(*card),
        _ => None,
    });
    if let Some(card) = moved {
        return Some(Focus::PlacedCard { card_id: &card.id });
    }
    if events
        .iter()
        .any(|e| matches!(e, GameEvent::Resumed { .. }))
    {
        return None;
    }
    Some(next_action(game.phase()))
}

/// Where the learner's next action is in this phase (also where "Continue" after a
/// resumed game takes them).
pub fn next_action(phase: Phase) -> Focus<'static> {
    match phase {
        Phase::Sorting => Focus::Card,
        Phase::Feedback => Focus::NextButton,
        Phase::Review | Phase::Results => Focus::Heading,
    }
}
