//! Reading games saved by the 2026-12-01 build (`t2;…`), so no learner loses a game to
//! the new encoding. Those saves name cards and piles by index and carry the deck's
//! fingerprint, so each is mapped through the deck as that build knew it: a built-in deck's
//! frozen card order (`legacy_decks.rs`), or, for an author's deck, today's deck if its
//! fingerprint is unchanged. From there on cards are matched by id, like any save.
//!
//! `t2` fields: fingerprint, mode (`i`/`e`), seed, round, queue (comma-separated
//! indices), position, placement per card (`-` or a pile digit), first-try and latest
//! results per card (`-`, `1` right, `0` wrong), phase (`s`/`f`/`r`/`e`).

use super::card_state::CardState;
use super::legacy_decks::LEGACY_DECKS;
use super::restore::Saved;
use super::save::{deck_fingerprint, id_hash, parse_mode, parse_phase, ResumeError};
use crate::deck::Deck;

/// The deck a `t2` save was made on: its pile ids, and each card as its [`short_hash`].
struct Known {
    piles: Vec<String>,
    cards: Vec<u32>,
}

/// The low 32 bits of a card id's hash: how the frozen order names cards.
fn short_hash(id: &str) -> u32 {
    id_hash(id) as u32
}

pub(super) fn decode_t2(text: &str, deck: &Deck) -> Result<Saved, ResumeError> {
    let fields: Vec<&str> = text.split(';').collect();
    let ["t2", sum, mode, seed, round, queue, position, placed, first, latest, phase] = fields[..]
    else {
        return Err(ResumeError::Unreadable);
    };
    let known = known_deck(sum, deck).ok_or(ResumeError::OtherDeck)?;
    let n = known.cards.len();
    let number = |s: &str| s.parse::<usize>().map_err(|_| ResumeError::Unreadable);
    let queue: Vec<usize> = if queue.is_empty() {
        Vec::new()
    } else {
        queue.split(',').map(number).collect::<Result<_, _>>()?
    };
    let placed: Vec<char> = placed.chars().collect();
    let first: Vec<char> = first.chars().collect();
    let latest: Vec<char> = latest.chars().collect();
    if placed.len() != n || first.len() != n || latest.len() != n || queue.iter().any(|&c| c >= n) {
        return Err(ResumeError::Inconsistent);
    }
    // Today's index of each card and pile the save names.
    let today: Vec<u32> = deck.cards.iter().map(|c| short_hash(&c.id)).collect();
    let card_now: Vec<Option<usize>> = known
        .cards
        .iter()
        .map(|hash| today.iter().position(|h| h == hash))
        .collect();
    let pile_now = |c: char| -> Result<Option<usize>, ResumeError> {
        match c {
            '-' => Ok(None),
            d => {
                let i = d.to_digit(10).ok_or(ResumeError::Unreadable)? as usize;
                let id = known.piles.get(i).ok_or(ResumeError::Inconsistent)?;
                Ok(deck.pile_index(id))
            }
        }
    };
    let mut cards = vec![None; deck.cards.len()];
    for (old, now) in card_now.iter().enumerate() {
        if let Some(now) = *now {
            cards[now] = Some(CardState {
                placed: pile_now(placed[old])?,
                first_try: result(first[old])?,
                latest: result(latest[old])?,
            });
        }
    }
    Ok(Saved {
        mode: parse_mode(mode).ok_or(ResumeError::Unreadable)?,
        seed: seed.parse().map_err(|_| ResumeError::Unreadable)?,
        round: round.parse().map_err(|_| ResumeError::Unreadable)?,
        phase: parse_phase(phase).ok_or(ResumeError::Unreadable)?,
        position: number(position)?,
        queue: queue.iter().map(|&old| card_now[old]).collect(),
        cards,
    })
}

/// The deck a save with this fingerprint was made on, if it is one we know.
fn known_deck(sum: &str, deck: &Deck) -> Option<Known> {
    let frozen = LEGACY_DECKS
        .iter()
        .find(|d| d.id == deck.id && d.fingerprint == sum);
    match frozen {
        Some(d) => Some(Known {
            piles: d.piles.iter().map(|p| p.to_string()).collect(),
            cards: d.cards.iter().map(|&(hash, _)| hash).collect(),
        }),
        None => (deck_fingerprint(deck) == sum).then(|| Known {
            piles: deck.piles.iter().map(|p| p.id.clone()).collect(),
            cards: deck.cards.iter().map(|c| short_hash(&c.id)).collect(),
        }),
    }
}

fn result(c: char) -> Result<Option<bool>, ResumeError> {
    match c {
        '-' => Ok(None),
        '1' => Ok(Some(true)),
        '0' => Ok(Some(false)),
        _ => Err(ResumeError::Unreadable),
    }
}

#[cfg(test)]
mod tests {
    use super::deck_fingerprint;
    use super::{short_hash, LEGACY_DECKS};

    /// The frozen order is exactly the 2026-12-01 decks' order.
    #[test]
    fn the_frozen_card_orders_match_the_frozen_decks() {
        for legacy in LEGACY_DECKS {
            let path = format!(
                "{}/tests/fixtures/frozen-2026-12-01/decks/{}.json",
                env!("CARGO_MANIFEST_DIR"),
                legacy.id
            );
            let text = std::fs::read_to_string(path).unwrap();
            let deck = crate::deck::parse_deck(&text).unwrap();
            let piles: Vec<&str> = deck.piles.iter().map(|p| p.id.as_str()).collect();
            assert_eq!(piles, legacy.piles);
            let cards: Vec<(u32, u8)> = deck
                .cards
                .iter()
                .map(|c| (short_hash(&c.id), deck.pile_index(&c.pile).unwrap() as u8))
                .collect();
            assert_eq!(cards, legacy.cards);
            assert_eq!(deck_fingerprint(&deck), legacy.fingerprint);
            let mut hashes: Vec<u32> = cards.iter().map(|c| c.0).collect();
            hashes.sort_unstable();
            hashes.dedup();
            assert_eq!(
                hashes.len(),
                cards.len(),
                "{}: hashes tell cards apart",
                legacy.id
            );
        }
    }
}
