//! The resume encoding: a game saved as a short versioned text and restored
//! only if it still fits the deck, so a changed or tampered save never breaks play.
//!
//! The text is `t<version>` then `;`-separated fields: deck fingerprint, feedback
//! mode (`i`/`e`), seed, round, the card queue (comma-separated indices), position,
//! the placement per card (`-` or a pile digit), the first-try and latest results
//! per card (`-`, `1` right, `0` wrong), and the phase (`s`/`f`/`r`/`e`). About
//! 60 characters plus 4 per card: a 26-card game takes under 200, far inside
//! SCORM 1.2's 4,096-character `cmi.suspend_data`.

use std::fmt;

use super::state::{FeedbackMode, Game, Phase};
use crate::deck::Deck;

/// Bumped whenever the encoding changes; older saves are then ignored.
pub const SNAPSHOT_VERSION: u32 = 2;

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
        let queue: Vec<String> = self.queue.iter().map(usize::to_string).collect();
        let placed: String = self
            .placed
            .iter()
            .map(|p| p.map_or('-', |i| char::from(b'0' + i as u8)))
            .collect();
        let fields = [
            format!("t{SNAPSHOT_VERSION}"),
            deck_fingerprint(deck),
            mode_key(self.mode).to_string(),
            self.seed.to_string(),
            self.round.to_string(),
            queue.join(","),
            self.position.to_string(),
            placed,
            encode_results(&self.first_try),
            encode_results(&self.latest),
            phase_key(self.phase).to_string(),
        ];
        fields.join(";")
    }

    /// Restores a game saved by [`Game::encode`] for this same deck.
    pub fn decode(text: &str, deck: &Deck) -> Result<Game, ResumeError> {
        let fields: Vec<&str> = text.split(';').collect();
        let version = fields[0]
            .strip_prefix('t')
            .and_then(|v| v.parse::<u32>().ok())
            .ok_or(ResumeError::Unreadable)?;
        if version != SNAPSHOT_VERSION {
            return Err(ResumeError::OtherVersion(version));
        }
        let [_, fingerprint, mode, seed, round, queue, position, placed, first, latest, phase] =
            fields[..]
        else {
            return Err(ResumeError::Unreadable);
        };
        if fingerprint != deck_fingerprint(deck) {
            return Err(ResumeError::OtherDeck);
        }
        let number = |s: &str| s.parse::<usize>().map_err(|_| ResumeError::Unreadable);
        let mode = parse_mode(mode).ok_or(ResumeError::Unreadable)?;
        let phase = parse_phase(phase).ok_or(ResumeError::Unreadable)?;
        let seed = seed.parse().map_err(|_| ResumeError::Unreadable)?;
        let round = round.parse::<u32>().map_err(|_| ResumeError::Unreadable)?;
        let position = number(position)?;
        let queue = if queue.is_empty() {
            Vec::new()
        } else {
            queue
                .split(',')
                .map(number)
                .collect::<Result<Vec<_>, _>>()?
        };
        let n = deck.cards.len();
        let piles = deck.piles.len();
        let placed = decode_placements(placed, piles).ok_or(ResumeError::Inconsistent)?;
        let first_try = decode_results(first).ok_or(ResumeError::Inconsistent)?;
        let latest = decode_results(latest).ok_or(ResumeError::Inconsistent)?;
        let mut seen = vec![false; n];
        let queue_ok = queue
            .iter()
            .all(|&c| c < n && !std::mem::replace(&mut seen[c], true));
        let lengths_ok = placed.len() == n && first_try.len() == n && latest.len() == n;
        let position_ok = match phase {
            Phase::Sorting | Phase::Feedback => position < queue.len(),
            Phase::Review | Phase::Results => position <= queue.len(),
        };
        if !(queue_ok && lengths_ok && position_ok && round >= 1) {
            return Err(ResumeError::Inconsistent);
        }
        Ok(Game {
            answers: deck.answer_key(),
            piles,
            mode,
            seed,
            round,
            queue,
            position,
            placed,
            first_try,
            latest,
            phase,
        })
    }
}

fn mode_key(mode: FeedbackMode) -> char {
    match mode {
        FeedbackMode::Immediate => 'i',
        FeedbackMode::AtEnd => 'e',
    }
}

fn parse_mode(text: &str) -> Option<FeedbackMode> {
    match text {
        "i" => Some(FeedbackMode::Immediate),
        "e" => Some(FeedbackMode::AtEnd),
        _ => None,
    }
}

fn phase_key(phase: Phase) -> char {
    match phase {
        Phase::Sorting => 's',
        Phase::Feedback => 'f',
        Phase::Review => 'r',
        Phase::Results => 'e',
    }
}

fn parse_phase(text: &str) -> Option<Phase> {
    match text {
        "s" => Some(Phase::Sorting),
        "f" => Some(Phase::Feedback),
        "r" => Some(Phase::Review),
        "e" => Some(Phase::Results),
        _ => None,
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
