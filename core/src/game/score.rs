//! Scoring: how many cards are right, per round and per pile, computed from
//! the game's results and never stored twice.

/// Right and wrong counts for one pile (by the pile the card belongs in).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PileTally {
    pub right: usize,
    pub wrong: usize,
}

/// The outcome of the round just finished.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoundSummary {
    pub round: u32,
    /// Cards right in this round.
    pub correct: usize,
    /// Cards played in this round.
    pub total: usize,
    /// Per pile, for this round's cards.
    pub per_pile: Vec<PileTally>,
    /// Cards of this round that are still wrong, in play order.
    pub missed: Vec<usize>,
    /// Cards right across the whole deck (latest result of each card).
    pub deck_correct: usize,
    /// Cards in the deck.
    pub deck_total: usize,
    /// Cards right on the first attempt (what is reported as the score).
    pub first_try_correct: usize,
}

impl RoundSummary {
    /// The first-attempt score as a whole percentage (0–100).
    pub fn first_try_percent(&self) -> u8 {
        percent(self.first_try_correct, self.deck_total)
    }
}

/// `part` of `whole` as a rounded whole percentage; 0 when `whole` is 0.
pub fn percent(part: usize, whole: usize) -> u8 {
    if whole == 0 {
        return 0;
    }
    ((part * 100 + whole / 2) / whole).min(100) as u8
}
