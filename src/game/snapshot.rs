//! The resume encoding: a game saved as a short versioned text and restored
//! only if it still fits the deck, so a changed or tampered save never breaks play.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::state::{FeedbackMode, Game, Phase};
use crate::deck::Deck;

/// Bumped whenever the encoding changes; older saves are then ignored.
pub const SNAPSHOT_VERSION: u32 = 1;

/// Why a saved game could not be restored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResumeError {
    /// Not a save of ours, or damaged.
    Unreadable,
    /// Written by another version of the widget.
    OtherVersion(u32),
    /// Saved for a different deck, or the deck has changed since.
    OtherDeck,
    /// Readable but inconsistent (out-of-range indices, impossible phase).
    Inconsistent,
}

impl fmt::Display for ResumeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ResumeError::Unreadable => write!(f, "the saved game is unreadable"),
            ResumeError::OtherVersion(v) => write!(f, "the saved game is from version {v}"),
            ResumeError::OtherDeck => write!(f, "the saved game belongs to another deck"),
            ResumeError::Inconsistent => write!(f, "the saved game is inconsistent"),
        }
    }
}

impl std::error::Error for ResumeError {}

#[derive(Serialize, Deserialize)]
struct Snapshot {
    v: u32,
    /// Fingerprint of the deck's ids and answers.
    d: String,
    m: FeedbackMode,
    s: String,
    r: u32,
    q: Vec<usize>,
    p: usize,
    /// Placement per card: '-' or the pile index digit.
    a: String,
    /// First-try result per card: '-', '1' right, '0' wrong.
    f: String,
    /// Latest result per card.
    l: String,
    ph: Phase,
}

/// A stable fingerprint of what a save depends on: the deck's ids and answers.
pub fn deck_fingerprint(deck: &Deck) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |bytes: &[u8]| {
        for &b in bytes.iter().chain(b"\x1f") {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    };
    feed(deck.id.as_bytes());
    for pile in &deck.piles {
        feed(pile.id.as_bytes());
    }
    for card in &deck.cards {
        feed(card.id.as_bytes());
        feed(card.pile.as_bytes());
    }
    format!("{hash:016x}")
}

impl Game {
    /// The game as a short text for browser storage or an LMS's suspend data.
    pub fn encode(&self, deck: &Deck) -> String {
        let snapshot = Snapshot {
            v: SNAPSHOT_VERSION,
            d: deck_fingerprint(deck),
            m: self.mode,
            s: self.seed.to_string(),
            r: self.round,
            q: self.queue.clone(),
            p: self.position,
            a: self
                .placed
                .iter()
                .map(|p| p.map_or('-', |i| char::from(b'0' + i as u8)))
                .collect(),
            f: encode_results(&self.first_try),
            l: encode_results(&self.latest),
            ph: self.phase,
        };
        serde_json::to_string(&snapshot).unwrap_or_default()
    }

    /// Restores a game saved by [`Game::encode`] for this same deck.
    pub fn decode(text: &str, deck: &Deck) -> Result<Game, ResumeError> {
        let snap: Snapshot = serde_json::from_str(text).map_err(|_| ResumeError::Unreadable)?;
        if snap.v != SNAPSHOT_VERSION {
            return Err(ResumeError::OtherVersion(snap.v));
        }
        if snap.d != deck_fingerprint(deck) {
            return Err(ResumeError::OtherDeck);
        }
        let n = deck.cards.len();
        let piles = deck.piles.len();
        let seed = snap.s.parse().map_err(|_| ResumeError::Unreadable)?;
        let placed = decode_placements(&snap.a, piles).ok_or(ResumeError::Inconsistent)?;
        let first_try = decode_results(&snap.f).ok_or(ResumeError::Inconsistent)?;
        let latest = decode_results(&snap.l).ok_or(ResumeError::Inconsistent)?;
        let mut seen = vec![false; n];
        let queue_ok = snap
            .q
            .iter()
            .all(|&c| c < n && !std::mem::replace(&mut seen[c], true));
        let lengths_ok = placed.len() == n && first_try.len() == n && latest.len() == n;
        let position_ok = match snap.ph {
            Phase::Sorting | Phase::Feedback => snap.p < snap.q.len(),
            Phase::Review | Phase::Results => snap.p <= snap.q.len(),
        };
        if !(queue_ok && lengths_ok && position_ok && snap.r >= 1) {
            return Err(ResumeError::Inconsistent);
        }
        Ok(Game {
            answers: deck.answer_key(),
            piles,
            mode: snap.m,
            seed,
            round: snap.r,
            queue: snap.q,
            position: snap.p,
            placed,
            first_try,
            latest,
            phase: snap.ph,
        })
    }
}

fn encode_results(results: &[Option<bool>]) -> String {
    results
        .iter()
        .map(|r| match r {
            None => '-',
            Some(true) => '1',
            Some(false) => '0',
        })
        .collect()
}

fn decode_results(text: &str) -> Option<Vec<Option<bool>>> {
    text.chars()
        .map(|c| match c {
            '-' => Some(None),
            '1' => Some(Some(true)),
            '0' => Some(Some(false)),
            _ => None,
        })
        .collect()
}

fn decode_placements(text: &str, piles: usize) -> Option<Vec<Option<usize>>> {
    text.chars()
        .map(|c| match c {
            '-' => Some(None),
            d => d
                .to_digit(10)
                .map(|i| i as usize)
                .filter(|&i| i < piles)
                .map(Some),
        })
        .collect()
}
