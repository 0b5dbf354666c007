//! One answer to report, in no standard's terms: a card placed, a question answered, the
//! chooser's outcome. The reporter builds them from game and chooser events (with the
//! time each happened); `scorm.rs` and `cmi5.rs` write them as interactions or statements.

use super::time::EpochMs;

/// Something the learner answered, and when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Answer {
    /// The deck's or the questionnaire's id.
    pub activity: String,
    pub item: Item,
    /// When it was answered (epoch ms).
    pub at: EpochMs,
    /// How long the learner took, from being shown it to answering.
    pub latency_ms: Option<u64>,
}

/// What was answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Item {
    /// A card put on a pile (by pile id), the pile it belongs in, and the piles (id, label).
    Card {
        id: String,
        text: String,
        response: String,
        correct_response: String,
        correct: bool,
        choices: Vec<(String, String)>,
    },
    /// A question of the chooser and the option chosen (id), with every option (id, label).
    Question {
        id: String,
        prompt: String,
        response: String,
        response_label: String,
        choices: Vec<(String, String)>,
    },
    /// The chooser's outcome (a path's id or `blend`) and each path's (id, title, score).
    Outcome {
        key: String,
        title: String,
        scores: Vec<(String, String, u32)>,
    },
}

impl Answer {
    /// When the question was put to the learner (its latency before the answer).
    #[cfg(feature = "scorm")]
    pub fn shown_at(&self) -> EpochMs {
        self.at.saturating_sub(self.latency_ms.unwrap_or(0))
    }
}

impl Item {
    /// Every path's score in words: `Technical training 12 · Leadership development 7`.
    pub fn scores_text(scores: &[(String, String, u32)]) -> String {
        scores
            .iter()
            .map(|(_, title, score)| format!("{title} {score}"))
            .collect::<Vec<_>>()
            .join(" · ")
    }
}
