//! Putting a saved game back onto a deck that may have changed since: placements are
//! matched by card id (the save forms map ids to today's indices before this), cards that
//! no longer exist are dropped, new cards are dealt unplaced at the end of the round.
//!
//! | saved phase | after the edit | restored as |
//! |---|---|---|
//! | sorting | cards ahead were removed, none left | the round's end: results (immediate) or review (at end) |
//! | feedback | the card on the table was removed | sorting, on the next card |
//! | review, results | new cards | sorting, on the first new card |
//! | any | every card of the round removed, no new ones | results |

use super::card_state::CardState;
use super::clock::ShownAt;
use super::save::ResumeError;
use super::state::{FeedbackMode, Game, Phase};
use crate::deck::Deck;

/// A save, read and mapped onto today's deck but not yet checked against it.
pub(super) struct Saved {
    pub mode: FeedbackMode,
    pub seed: u64,
    pub round: u32,
    pub phase: Phase,
    pub position: usize,
    /// The round's cards in play order, as today's indices (`None`: no longer in the deck).
    pub queue: Vec<Option<usize>>,
    /// Per card of today's deck: its saved state, `None` for a card the save did not know.
    pub cards: Vec<Option<CardState>>,
}

impl Saved {
    /// The game this save describes on `deck`, or why it cannot be one.
    pub fn into_game(self, deck: &Deck) -> Result<Game, ResumeError> {
        let n = deck.cards.len();
        let piles = deck.piles.len();
        if self.round == 0 || self.cards.len() != n || self.position > self.queue.len() {
            return Err(ResumeError::Inconsistent);
        }
        let mut seen = vec![false; n];
        let mut queue = Vec::with_capacity(self.queue.len());
        let mut position = 0;
        let mut current_dropped = false;
        for (i, entry) in self.queue.iter().enumerate() {
            match *entry {
                Some(card) if card < n && !std::mem::replace(&mut seen[card], true) => {
                    queue.push(card);
                    if i < self.position {
                        position += 1;
                    }
                }
                Some(card) if card < n => return Err(ResumeError::Inconsistent),
                _ => current_dropped |= i == self.position,
            }
        }
        let known = queue.len();
        // Cards the save never saw join this round, unplaced.
        queue.extend((0..n).filter(|&c| self.cards[c].is_none() && !seen[c]));
        let state = |c: usize| self.cards[c].unwrap_or_default();
        let placed: Vec<Option<usize>> = (0..n)
            .map(|c| state(c).placed.filter(|&p| p < piles))
            .collect();
        let mut phase = self.phase;
        if matches!(phase, Phase::Review | Phase::Results) && queue.len() > known {
            phase = Phase::Sorting;
            position = known;
        }
        if phase == Phase::Feedback && current_dropped {
            phase = Phase::Sorting;
        }
        if matches!(phase, Phase::Sorting | Phase::Feedback) && position >= queue.len() {
            phase = match self.mode {
                FeedbackMode::Immediate => Phase::Results,
                FeedbackMode::AtEnd => Phase::Review,
            };
        }
        if queue.is_empty() {
            phase = Phase::Results;
            position = 0;
        }
        if phase == Phase::Feedback && placed[queue[position]].is_none() {
            return Err(ResumeError::Inconsistent);
        }
        let mut game = Game {
            answers: deck.answer_key(),
            piles,
            mode: self.mode,
            seed: self.seed,
            round: self.round,
            queue,
            position,
            placed,
            first_try: (0..n).map(|c| state(c).first_try).collect(),
            latest: (0..n).map(|c| state(c).latest).collect(),
            phase,
            shown_at: ShownAt::default(),
        };
        if matches!(phase, Phase::Review | Phase::Results) {
            game.position = game.queue.len();
        }
        Ok(game)
    }
}
