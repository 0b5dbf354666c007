//! One answer to report, in no standard's terms: a card placed, a question answered, the
//! chooser's outcome. The reporter builds them from game and chooser events (with the
//! time each happened); `scorm.rs` and `cmi5.rs` write them as interactions or statements.

use super::time::EpochMs;
use crate::chooser::{ChoiceOption, ChooserPath, Question};
use crate::deck::{Card, Pile};

/// Something the learner answered, and when. It borrows what it names (the deck, the
/// questionnaire, the batch of events): it lives only while the reporter writes it.
#[derive(Debug)]
pub(crate) struct Answer<'a> {
    /// The deck's or the questionnaire's id.
    pub activity: &'a str,
    pub item: Item<'a>,
    /// When it was answered (epoch ms).
    pub at: EpochMs,
    /// How long the learner took, from being shown it to answering.
    pub latency_ms: Option<u64>,
}

/// What was answered.
#[derive(Debug)]
pub(crate) enum Item<'a> {
    /// A card put on `pile` (its own is `card.pile`), whether that is right, and the
    /// deck's piles (the choices, which only cmi5 sends).
    Card {
        card: &'a Card,
        pile: &'a Pile,
        correct: bool,
        #[cfg(feature = "cmi5")]
        piles: &'a [Pile],
    },
    /// A question of the chooser and the option chosen (the choices: `question.options`).
    Question {
        question: &'a Question,
        option: &'a ChoiceOption,
    },
    /// The chooser's outcome (a path's id or `blend`), its title (cmi5's description), and
    /// each path's score.
    Outcome {
        key: &'a str,
        #[cfg(feature = "cmi5")]
        title: &'a str,
        paths: &'a [ChooserPath],
        scores: &'a [u32],
    },
}

impl Answer<'_> {
    /// When the question was put to the learner (its latency before the answer).
    #[cfg(feature = "scorm")]
    pub fn shown_at(&self) -> EpochMs {
        self.at.saturating_sub(self.latency_ms.unwrap_or(0))
    }
}

/// Every path's (id, title) with its score.
pub(crate) fn path_scores<'a>(
    paths: &'a [ChooserPath],
    scores: &'a [u32],
) -> impl Iterator<Item = (&'a ChooserPath, u32)> {
    paths.iter().zip(scores.iter().copied())
}

/// Every path's score in words: `Technical training 12 · Leadership development 7`.
pub(crate) fn scores_text(paths: &[ChooserPath], scores: &[u32]) -> String {
    let mut out = String::new();
    for (path, score) in path_scores(paths, scores) {
        if !out.is_empty() {
            out.push_str(" · ");
        }
        out.push_str(&path.title);
        out.push(' ');
        super::num::push_uint(&mut out, u64::from(score), 1);
    }
    out
}
