//! How long an activity takes, for the home screen: derived from its size, never written
//! by hand, so an author's deck or a longer questionnaire says its own length. A card is
//! read, placed and its feedback read in about [`SECONDS_PER_CARD`]; a question of the
//! chooser is read and answered in about [`SECONDS_PER_QUESTION`]. Minutes are rounded to
//! the nearest whole one, never below one (an activity of no known size has none: 0).

use crate::i18n::{Message, MessageId};

/// A card: its text read, a pile chosen, the verdict and the explanation read.
pub const SECONDS_PER_CARD: u32 = 12;
/// A question of the chooser: read, and an answer chosen.
pub const SECONDS_PER_QUESTION: u32 = 15;

/// Whole minutes for so many seconds: the nearest, at least one; 0 for none (not known).
pub fn minutes(seconds: u32) -> u32 {
    match seconds {
        0 => 0,
        _ => (seconds.saturating_add(30) / 60).max(1),
    }
}

/// The minutes a sort of `cards` cards takes.
pub fn sort_minutes(cards: u32) -> u32 {
    minutes(cards.saturating_mul(SECONDS_PER_CARD))
}

/// The minutes a questionnaire of `questions` questions takes.
pub fn chooser_minutes(questions: u32) -> u32 {
    minutes(questions.saturating_mul(SECONDS_PER_QUESTION))
}

/// "About N minutes", or for several decks "N–M minutes" from the shortest to the longest;
/// `None` when nothing is known (no sizes, or every size 0).
pub fn estimate(minutes: &[u32]) -> Option<Message> {
    let (mut low, mut high) = (u32::MAX, 0);
    for &m in minutes.iter().filter(|m| **m > 0) {
        low = low.min(m);
        high = high.max(m);
    }
    match high {
        0 => None,
        _ if low == high => {
            Some(Message::new(MessageId::HomeDuration).count("count", high as usize))
        }
        _ => Some(
            Message::new(MessageId::HomeDurationRange)
                .count("min", low as usize)
                .count("count", high as usize),
        ),
    }
}
