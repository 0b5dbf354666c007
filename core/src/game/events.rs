//! What a transition reports to the outside world (announcements, saving,
//! LMS reporting), recorded as data so the rules stay pure.

/// Something that happened in the game that others may need to know.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GameEvent {
    /// A card was put on a pile. `correct` is `None` while answers are hidden
    /// (at-end mode before "check").
    CardPlaced {
        card: usize,
        pile: usize,
        correct: Option<bool>,
    },
    /// A placed card was moved to another pile before checking.
    CardMoved { card: usize, pile: usize },
    /// A card's result became known (after "check" in at-end mode).
    CardChecked {
        card: usize,
        pile: usize,
        correct: bool,
    },
    /// Every card of the round has a result.
    RoundFinished {
        round: u32,
        correct: usize,
        total: usize,
    },
    /// A new round started (first play, retry of misses, or play again).
    RoundStarted { round: u32, cards: usize },
}
