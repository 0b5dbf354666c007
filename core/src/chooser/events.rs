//! What the chooser reports after each change, as data: the UI turns it into
//! reactions (saving, the result link, announcing, focus, LMS and host reporting)
//! through [`crate::react`]. No events means nothing changed.

use super::recommend::Outcome;
use super::session::StartFrom;

/// Something that happened in the chooser that others may need to know.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChooserEvent {
    /// The chooser opened, from a result link, saved progress or afresh.
    Started { from: StartFrom },
    /// A question got its first answer.
    Answered { question: usize, option: usize },
    /// An answered question got another answer.
    AnswerChanged {
        question: usize,
        from: usize,
        to: usize,
    },
    /// The learner stepped (forward or back) to this question.
    QuestionShown { question: usize },
    /// Every question is answered and the result is shown: the outcome and each
    /// path's score (in the model's path order).
    Completed { outcome: Outcome, scores: Vec<u32> },
    /// Every answer was cleared, to start again.
    Restarted,
    /// The learner left the chooser.
    Left,
}
