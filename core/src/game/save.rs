//! A game as a saved record (see [`crate::record`]), and back. Two forms of the `g3` record:
//!
//! - **by id** (the usual one): every card as a short hash of its id plus one state digit,
//!   the round's cards first in play order. A save read after its deck was edited keeps
//!   every card that still exists, by id (see `restore.rs`). The hash is the shortest
//!   (3 to 10 digits) that tells this deck's ids apart; a 500-card game takes about 2,050
//!   characters.
//! - **compact**, used only when the by-id form would pass SCORM 1.2's 4,096 characters
//!   (above about 800 cards): one digit per card in deck order, the round's play order
//!   recomputed from the seed, tied to the deck's fingerprint; refused with
//!   [`ResumeError::DeckChanged`] once the deck has changed. 2,000 cards take about 2,100.
//!
//! Fields: `d` deck id, `m` feedback mode (`i`/`e`), `s` seed, `r` round, `h` phase
//! (`s`/`f`/`r`/`e`), `o` position in the round, then by id: `n` cards in the round, `t`
//! cards in the deck as saved, `k` hash length, `c` the cards; compact: `f` fingerprint, `c` the cards. Saves of the
//! 2026-12-01 build (`t2`) are read too (`legacy.rs`).

use super::card_state::{CardState, STATES};
use super::legacy;
use super::restore::Saved;
use super::shuffle::shuffled;
use super::state::{round_seed, FeedbackMode, Game, Phase};
use crate::deck::Deck;
use crate::i18n::{display_in_english, Message, MessageId};
use crate::record::{digit, digit_value, Kind, Record, RecordWriter};

/// The most a save may take: SCORM 1.2's `cmi.suspend_data` (CMIString4096).
pub const MAX_SAVE_LEN: usize = 4096;

/// Why a saved game could not be restored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResumeError {
    /// Not a save of ours, or damaged.
    Unreadable,
    /// Written by another version of the widget.
    OtherVersion(u32),
    /// Saved for a different deck.
    OtherDeck,
    /// A compact save (a very large deck) whose deck has changed since: it cannot be mapped.
    DeckChanged,
    /// Readable but inconsistent (out-of-range values, impossible phase).
    Inconsistent,
}

impl ResumeError {
    pub fn message(&self) -> Message {
        Message::new(match self {
            ResumeError::Unreadable => MessageId::ResumeUnreadable,
            ResumeError::OtherVersion(v) => {
                return Message::new(MessageId::ResumeOtherVersion).count("version", *v as usize)
            }
            ResumeError::OtherDeck => MessageId::ResumeOtherDeck,
            ResumeError::DeckChanged => MessageId::ResumeDeckChanged,
            ResumeError::Inconsistent => MessageId::ResumeInconsistent,
        })
    }
}

display_in_english!(ResumeError);

impl std::error::Error for ResumeError {}

/// How a save names cards.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveForm {
    ById,
    Compact,
}

/// A stable fingerprint of what a compact save depends on: the deck's ids and answers.
pub fn deck_fingerprint(deck: &Deck) -> String {
    fingerprint(
        &deck.id,
        deck.piles.iter().map(|p| p.id.as_str()),
        deck.cards.iter().map(|c| (c.id.as_str(), c.pile.as_str())),
    )
}

fn fingerprint<'a>(
    deck_id: &str,
    piles: impl Iterator<Item = &'a str>,
    cards: impl Iterator<Item = (&'a str, &'a str)>,
) -> String {
    let mut hash = FNV_OFFSET;
    let mut feed = |bytes: &[u8]| hash = fnv1a(fnv1a(hash, bytes), b"\x1f");
    feed(deck_id.as_bytes());
    for pile in piles {
        feed(pile.as_bytes());
    }
    for (card, pile) in cards {
        feed(card.as_bytes());
        feed(pile.as_bytes());
    }
    format!("{hash:016x}")
}

impl Game {
    /// The game as a record for browser storage, an LMS's suspend data or an xAPI state
    /// document: by id when that fits in [`MAX_SAVE_LEN`], else compact.
    pub fn encode(&self, deck: &Deck) -> String {
        // At least four characters a card by id: past this it cannot fit, so skip trying.
        if deck.cards.len() * 4 < MAX_SAVE_LEN {
            let by_id = self.encode_as(deck, SaveForm::ById);
            if by_id.len() <= MAX_SAVE_LEN {
                return by_id;
            }
        }
        self.encode_as(deck, SaveForm::Compact)
    }

    /// The game as a record of the given form.
    pub fn encode_as(&self, deck: &Deck, form: SaveForm) -> String {
        let header = RecordWriter::new(Kind::Game)
            .field("d", &deck.id)
            .field("m", mode_key(self.mode))
            .field("s", self.seed)
            .field("r", self.round)
            .field("h", phase_key(self.phase))
            .field("o", self.position);
        let mut in_round = vec![false; deck.cards.len()];
        for &card in &self.queue {
            in_round[card] = true;
        }
        match form {
            SaveForm::ById => {
                let hashes: Vec<u64> = deck.cards.iter().map(|c| id_hash(&c.id)).collect();
                let width = hash_width(&hashes);
                let rest = (0..deck.cards.len()).filter(|&c| !in_round[c]);
                let cards: String = (self.queue.iter().copied())
                    .chain(rest)
                    .flat_map(|c| {
                        hash_digits(hashes[c], width)
                            .chain(std::iter::once(digit(self.state(c).pack().unwrap_or(0))))
                    })
                    .collect();
                header
                    .field("n", self.queue.len())
                    .field("t", deck.cards.len())
                    .field("k", width)
                    .field("c", cards)
                    .finish()
            }
            SaveForm::Compact => {
                let cards: String = (0..deck.cards.len())
                    .map(|c| {
                        let state = self.state(c);
                        if in_round[c] {
                            digit(state.pack().unwrap_or(0))
                        } else {
                            // Out of this round means right at the end of an earlier one.
                            digit(STATES + u8::from(state.first_try == Some(true)))
                        }
                    })
                    .collect();
                header
                    .field("f", deck_fingerprint(deck))
                    .field("c", cards)
                    .finish()
            }
        }
    }

    /// Restores a game saved by [`Game::encode`] (or by the 2026-12-01 build) on `deck`.
    pub fn decode(text: &str, deck: &Deck) -> Result<Game, ResumeError> {
        if text.starts_with("t2;") {
            return legacy::decode_t2(text, deck)?.into_game(deck);
        }
        let record = Record::parse(text).ok_or(ResumeError::Unreadable)?;
        if !record.is(Kind::Game) {
            return Err(ResumeError::Unreadable);
        }
        if record.version != Kind::Game.version() {
            return Err(ResumeError::OtherVersion(record.version));
        }
        let field = |name| record.get(name).ok_or(ResumeError::Unreadable);
        if field("d")? != deck.id {
            return Err(ResumeError::OtherDeck);
        }
        let number = |name| {
            field(name)?
                .parse::<usize>()
                .map_err(|_| ResumeError::Unreadable)
        };
        let mut saved = Saved {
            mode: parse_mode(field("m")?).ok_or(ResumeError::Unreadable)?,
            seed: field("s")?.parse().map_err(|_| ResumeError::Unreadable)?,
            round: u32::try_from(number("r")?).map_err(|_| ResumeError::Unreadable)?,
            phase: parse_phase(field("h")?).ok_or(ResumeError::Unreadable)?,
            position: number("o")?,
            queue: Vec::new(),
            cards: vec![None; deck.cards.len()],
        };
        let cards: Vec<char> = field("c")?.chars().collect();
        match record.get("f") {
            Some(fingerprint) => {
                if fingerprint != deck_fingerprint(deck) {
                    return Err(ResumeError::DeckChanged);
                }
                read_compact(&mut saved, &cards, deck)?;
            }
            None => {
                let expected = number("t")?.checked_mul(number("k")?.saturating_add(1));
                if expected != Some(cards.len()) {
                    // Cut short or damaged: never mistaken for a deck that lost cards.
                    return Err(ResumeError::Unreadable);
                }
                read_by_id(&mut saved, &cards, number("n")?, number("k")?, deck)?
            }
        }
        saved.into_game(deck)
    }

    fn state(&self, card: usize) -> CardState {
        CardState {
            placed: self.placed[card],
            first_try: self.first_try[card],
            latest: self.latest[card],
        }
    }
}

fn read_by_id(
    saved: &mut Saved,
    cards: &[char],
    in_round: usize,
    width: usize,
    deck: &Deck,
) -> Result<(), ResumeError> {
    if !(3..=10).contains(&width) || cards.len() % (width + 1) != 0 {
        return Err(ResumeError::Unreadable);
    }
    let mask = hash_mask(width);
    let today: Vec<u64> = deck.cards.iter().map(|c| id_hash(&c.id) & mask).collect();
    for (i, entry) in cards.chunks(width + 1).enumerate() {
        let hash = entry[..width]
            .iter()
            .rev()
            .try_fold(0u64, |h, &c| Some(h << 6 | u64::from(digit_value(c)?)))
            .ok_or(ResumeError::Unreadable)?;
        let state = digit_value(entry[width])
            .and_then(CardState::unpack)
            .ok_or(ResumeError::Unreadable)?;
        // Two of today's cards with this hash: neither is taken to be the saved one.
        let mut matching = today.iter().enumerate().filter(|(_, h)| **h == hash);
        let card = match (matching.next(), matching.next()) {
            (Some((card, _)), None) => Some(card),
            _ => None,
        };
        if i < in_round {
            saved.queue.push(card);
        }
        if let Some(card) = card {
            saved.cards[card] = Some(state);
        }
    }
    if in_round > cards.len() / (width + 1) {
        return Err(ResumeError::Inconsistent);
    }
    Ok(())
}

fn read_compact(saved: &mut Saved, cards: &[char], deck: &Deck) -> Result<(), ResumeError> {
    if cards.len() != deck.cards.len() {
        return Err(ResumeError::Inconsistent);
    }
    let answers = deck.answer_key();
    let mut in_round = Vec::new();
    for (card, &c) in cards.iter().enumerate() {
        let value = digit_value(c).ok_or(ResumeError::Unreadable)?;
        let state = match value.checked_sub(STATES) {
            None => {
                in_round.push(card);
                CardState::unpack(value).ok_or(ResumeError::Unreadable)?
            }
            Some(first_right @ 0..=1) => CardState {
                placed: Some(answers[card]),
                first_try: Some(first_right == 1),
                latest: Some(true),
            },
            Some(_) => return Err(ResumeError::Unreadable),
        };
        saved.cards[card] = Some(state);
    }
    // The order the round was dealt in; a round that was not dealt that way (restored onto
    // an edited deck) still keeps its placed cards ahead of its unplaced ones, as play does.
    let order = shuffled(&in_round, round_seed(saved.seed, saved.round));
    let (placed, unplaced): (Vec<usize>, Vec<usize>) = order
        .into_iter()
        .partition(|&card| saved.cards[card].is_some_and(|s| s.placed.is_some()));
    saved.queue = placed.into_iter().chain(unplaced).map(Some).collect();
    Ok(())
}

/// The shortest hash width (3 to 10 digits) that tells every card id of the deck apart.
/// Quadratic, but only run for decks small enough to be saved by id (under 1,024 cards).
fn hash_width(hashes: &[u64]) -> usize {
    (3..10)
        .find(|&width| {
            let mask = hash_mask(width);
            hashes
                .iter()
                .enumerate()
                .all(|(i, a)| hashes[..i].iter().all(|b| (a ^ b) & mask != 0))
        })
        .unwrap_or(10)
}

/// A card id's hash; a save keeps its low 6 bits per digit.
pub(super) fn id_hash(id: &str) -> u64 {
    fnv1a(FNV_OFFSET, id.as_bytes())
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// FNV-1a (64-bit) over `bytes`, continuing from `hash`: the one hash saves use.
fn fnv1a(hash: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(hash, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

fn hash_mask(width: usize) -> u64 {
    (1u64 << (6 * width)) - 1
}

/// The low `width` digits of a hash, lowest first.
fn hash_digits(hash: u64, width: usize) -> impl Iterator<Item = char> {
    (0..width).map(move |i| digit((hash >> (6 * i)) as u8 & 63))
}

pub(super) fn mode_key(mode: FeedbackMode) -> char {
    match mode {
        FeedbackMode::Immediate => 'i',
        FeedbackMode::AtEnd => 'e',
    }
}

pub(super) fn parse_mode(text: &str) -> Option<FeedbackMode> {
    match text {
        "i" => Some(FeedbackMode::Immediate),
        "e" => Some(FeedbackMode::AtEnd),
        _ => None,
    }
}

pub(super) fn phase_key(phase: Phase) -> char {
    match phase {
        Phase::Sorting => 's',
        Phase::Feedback => 'f',
        Phase::Review => 'r',
        Phase::Results => 'e',
    }
}

pub(super) fn parse_phase(text: &str) -> Option<Phase> {
    match text {
        "s" => Some(Phase::Sorting),
        "f" => Some(Phase::Feedback),
        "r" => Some(Phase::Review),
        "e" => Some(Phase::Results),
        _ => None,
    }
}
