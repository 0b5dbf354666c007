//! What the game reports after each transition, as data: the UI turns it into
//! reactions (saving, announcing, focus, LMS and host reporting) through
//! [`crate::react`], so the rules stay pure.

use super::state::FeedbackMode;

/// Something that happened in the game that others may need to know.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GameEvent {
    /// A new game was put on the table ([`super::Game::open`]): its deck's id, its
    /// feedback mode and the cards dealt.
    Started {
        deck: String,
        mode: FeedbackMode,
        cards: usize,
    },
    /// A saved game was put back on the table.
    Resumed {
        deck: String,
        mode: FeedbackMode,
        round: u32,
    },
    /// A card was put on a pile. `correct` is `None` while answers are hidden
    /// (at-end mode before "check"); `shown_ms` is the time since the card was shown
    /// (`None` if the game was never given a clock).
    CardPlaced {
        card: usize,
        pile: usize,
        correct: Option<bool>,
        shown_ms: Option<u64>,
    },
    /// A placed card was moved to another pile before checking.
    CardMoved { card: usize, pile: usize },
    /// A card's result became known (after "check" in at-end mode).
    CardChecked {
        card: usize,
        pile: usize,
        correct: bool,
    },
    /// Immediate mode: the learner left the feedback and this card is shown.
    NextCard { card: usize },
    /// Every card of the round has a result.
    RoundFinished {
        round: u32,
        correct: usize,
        total: usize,
    },
    /// A round of the missed cards started.
    Retried { round: u32, cards: usize },
    /// The game started over with every card, in a new order.
    PlayedAgain { cards: usize },
}
