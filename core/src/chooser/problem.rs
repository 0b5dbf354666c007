//! A questionnaire's problems as data: where (a [`ModelPlace`] and, within
//! it, a [`ModelField`]) and what ([`ModelProblemKind`]), each giving its
//! [`Message`] (`question 3 ("role") option 2 ("x") weights: …` in English).

use std::fmt;

use super::model::PathColour;
use crate::i18n::{display_in_english, Arg, Catalog, Message, MessageId};
use crate::json::SyntaxError;

/// Why a chooser model was refused: every problem, each with its location.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModelError {
    pub problems: Vec<ModelProblem>,
}

/// One problem: where, which field, what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModelProblem {
    pub place: ModelPlace,
    /// `None` for a problem with the place as a whole (`paths: there are 5, …`).
    pub field: Option<ModelField>,
    pub kind: ModelProblemKind,
}

/// Where in the questionnaire. Indices count from 0; messages count from 1.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ModelPlace {
    /// The document as a whole (it could not be read).
    Document,
    /// The questionnaire's own fields (`id`, `title`, `intro`).
    Questionnaire,
    /// The list of paths, of blends, of questions.
    Paths,
    Blends,
    Questions,
    Path {
        index: usize,
        id: String,
    },
    /// A path's outcome text.
    Outcome {
        index: usize,
        id: String,
    },
    /// A blend, with the path ids it names as written.
    Blend {
        index: usize,
        paths: Vec<String>,
    },
    Question {
        index: usize,
        id: String,
    },
    Option {
        question: usize,
        question_id: String,
        index: usize,
        id: String,
    },
}

/// Which field of the place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ModelField {
    Id,
    Lang,
    Title,
    Intro,
    Colour,
    Summary,
    NextSteps,
    /// One of the next steps (index from 0).
    Step(usize),
    Reminder,
    Paths,
    Prompt,
    Options,
    Label,
    Reason,
    Weights,
    /// The weight towards the path with this id.
    Weight(String),
}

/// What is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ModelProblemKind {
    /// The shape is wrong (the first such mistake; nothing else is checked).
    Unreadable(SyntaxError),
    Empty,
    TooLong {
        len: usize,
        max: usize,
    },
    BadId {
        max: usize,
    },
    /// `lang` is not a language tag (`en`, `fr-CA`, `ar`).
    BadLang,
    Duplicate,
    /// Paths or questions: too few or too many.
    ListSize {
        count: usize,
        min: usize,
        max: usize,
    },
    /// A question's options: too few or too many.
    OptionCount {
        count: usize,
        min: usize,
        max: usize,
    },
    NextSteps {
        max: usize,
    },
    UnknownColour(String),
    /// The colour is already path `path`'s (index from 0, with its id).
    ColourTaken {
        colour: String,
        path: usize,
        id: String,
    },
    UnknownPath(String),
    /// A blend names this many paths instead of two.
    BlendArity(usize),
    SamePathTwice(String),
    /// The same two paths as blend `earlier` (index from 0).
    SameBlend {
        earlier: usize,
    },
    MissingBlend {
        first: String,
        second: String,
    },
    WeightTooHigh {
        weight: u32,
        max: u32,
    },
}

impl ModelError {
    /// `The questionnaire has 2 problems:`
    pub fn message(&self) -> Message {
        Message::new(MessageId::ChooserInvalid).count("count", self.problems.len())
    }
}

/// The English report: the summary, then one `- problem` line each.
impl fmt::Display for ModelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let items: Vec<Message> = self.problems.iter().map(ModelProblem::message).collect();
        f.write_str(&Catalog::english().report(&self.message(), &items))
    }
}

impl std::error::Error for ModelError {}

impl ModelProblem {
    pub(super) fn new(
        place: &ModelPlace,
        field: Option<ModelField>,
        kind: ModelProblemKind,
    ) -> Self {
        ModelProblem {
            place: place.clone(),
            field,
            kind,
        }
    }

    /// The whole line, place first.
    pub fn message(&self) -> Message {
        let problem = self.kind.message();
        let Some(place) = self.place.arg() else {
            return problem;
        };
        match &self.field {
            None => Message::new(MessageId::ChooserProblemIn),
            Some(field) => Message::new(MessageId::ChooserProblem).arg("field", field.arg()),
        }
        .arg("place", place)
        .message("problem", problem)
    }
}

display_in_english!(ModelProblem);

/// A document key, shown as written (`paths`, `next_steps`).
fn key(name: &str) -> Arg {
    Arg::Text(name.to_owned())
}

impl ModelPlace {
    fn arg(&self) -> Option<Arg> {
        use MessageId as M;
        let numbered = |id, index: &usize, name: &String| {
            Message::new(id).count("number", index + 1).text("id", name)
        };
        let message = match self {
            ModelPlace::Document => return None,
            ModelPlace::Paths => return Some(key("paths")),
            ModelPlace::Blends => return Some(key("blends")),
            ModelPlace::Questions => return Some(key("questions")),
            ModelPlace::Questionnaire => Message::new(M::ChooserAtQuestionnaire),
            ModelPlace::Path { index, id } => numbered(M::ChooserAtPath, index, id),
            ModelPlace::Outcome { index, id } => numbered(M::ChooserAtOutcome, index, id),
            ModelPlace::Blend { index, paths } => {
                let named: Vec<String> = paths.iter().map(|id| ["\"", id, "\""].concat()).collect();
                Message::new(M::ChooserAtBlend)
                    .count("number", index + 1)
                    .text("paths", &named.join(" + "))
            }
            ModelPlace::Question { index, id } => numbered(M::ChooserAtQuestion, index, id),
            ModelPlace::Option {
                question,
                question_id,
                index,
                id,
            } => numbered(M::ChooserAtOption, index, id)
                .count("question", question + 1)
                .text("question_id", question_id),
        };
        Some(Arg::Message(message))
    }
}

impl ModelField {
    fn arg(&self) -> Arg {
        key(match self {
            ModelField::Id => "id",
            ModelField::Lang => "lang",
            ModelField::Title => "title",
            ModelField::Intro => "intro",
            ModelField::Colour => "colour",
            ModelField::Summary => "summary",
            ModelField::NextSteps => "next_steps",
            ModelField::Reminder => "reminder",
            ModelField::Paths => "paths",
            ModelField::Prompt => "prompt",
            ModelField::Options => "options",
            ModelField::Label => "label",
            ModelField::Reason => "reason",
            ModelField::Weights => "weights",
            ModelField::Step(i) => {
                let step = Message::new(MessageId::ChooserFieldStep).count("number", i + 1);
                return Arg::Message(step);
            }
            ModelField::Weight(path) => {
                let weight = Message::new(MessageId::ChooserFieldWeight).text("path", path);
                return Arg::Message(weight);
            }
        })
    }
}

impl ModelProblemKind {
    pub fn message(&self) -> Message {
        use MessageId as M;
        use ModelProblemKind as K;
        let sized = |id, count: &usize, min: &usize, max: &usize| {
            Message::new(id)
                .count("count", *count)
                .count("min", *min)
                .count("max", *max)
        };
        match self {
            K::Unreadable(e) => Message::new(M::ChooserUnreadable)
                .message("place", e.place())
                .message("problem", e.message()),
            K::Empty => Message::new(M::ProblemEmpty),
            K::TooLong { len, max } => Message::new(M::ProblemTooLong)
                .count("length", *len)
                .count("max", *max),
            K::BadId { max } => Message::new(M::ChooserBadId).count("max", *max),
            K::BadLang => Message::new(M::ProblemBadLang),
            K::Duplicate => Message::new(M::ProblemDuplicate),
            K::ListSize { count, min, max } => sized(M::ChooserListSize, count, min, max),
            K::OptionCount { count, min, max } => sized(M::ChooserOptionCount, count, min, max),
            K::NextSteps { max } => Message::new(M::ChooserNextSteps).count("max", *max),
            K::UnknownColour(colour) => {
                let tokens: Vec<&str> = PathColour::ALL.iter().map(|c| c.token()).collect();
                Message::new(M::ChooserUnknownColour)
                    .text("colour", colour)
                    .text("allowed", &tokens.join(", "))
            }
            K::ColourTaken { colour, path, id } => Message::new(M::ChooserColourTaken)
                .text("colour", colour)
                .count("number", path + 1)
                .text("id", id),
            K::UnknownPath(id) => Message::new(M::ChooserUnknownPath).text("path", id),
            K::BlendArity(count) => Message::new(M::ChooserBlendArity).count("count", *count),
            K::SamePathTwice(id) => Message::new(M::ChooserSamePathTwice).text("path", id),
            K::SameBlend { earlier } => {
                Message::new(M::ChooserSameBlend).count("number", earlier + 1)
            }
            K::MissingBlend { first, second } => Message::new(M::ChooserMissingBlend)
                .text("first", first)
                .text("second", second),
            K::WeightTooHigh { weight, max } => Message::new(M::ChooserWeightTooHigh)
                .count("weight", *weight as usize)
                .count("max", *max as usize),
        }
    }
}
