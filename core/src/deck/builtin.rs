//! The built-in decks read from `content/` at compile time, through the same validation as
//! any author's deck, for native and browser tests. The widget itself does not link them:
//! it fetches them as files (`scripts/publish-content.mjs`, `ui/content.rs`).

use super::{parse_deck, Deck, DeckError};

const BUILTIN: [(&str, &str); 3] = [
    (
        "leadership-training-or-development",
        include_str!("../../../content/decks/leadership-training-or-development.json"),
    ),
    (
        "technical-training-or-leadership-development",
        include_str!("../../../content/decks/technical-training-or-leadership-development.json"),
    ),
    (
        "myth-or-fact",
        include_str!("../../../content/decks/myth-or-fact.json"),
    ),
];

/// The ids of the built-in decks, in menu order.
pub fn builtin_deck_ids() -> impl Iterator<Item = &'static str> {
    BUILTIN.iter().map(|(id, _)| *id)
}

/// A built-in deck by id: `None` for an unknown id, `Some(Err)` if its data is broken.
pub fn builtin_deck(id: &str) -> Option<Result<Deck, DeckError>> {
    BUILTIN
        .iter()
        .find(|(deck_id, _)| *deck_id == id)
        .map(|(_, text)| parse_deck(text))
}

/// Every built-in deck, parsed and validated, in menu order.
pub fn builtin_decks() -> Vec<Result<Deck, DeckError>> {
    BUILTIN.iter().map(|(_, text)| parse_deck(text)).collect()
}

/// The decks on offer: an author's deck supplied by the host page first (if
/// any, validated like every other), then the built-in decks.
pub fn available_decks(host_deck: Option<&str>) -> Vec<Result<Deck, DeckError>> {
    host_deck
        .map(parse_deck)
        .into_iter()
        .chain(builtin_decks())
        .collect()
}
