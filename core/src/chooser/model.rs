//! The chooser's questionnaire as data: its paths (2 to 4, each with a title,
//! a colour token and its own outcome text), the blend text for every pair of
//! paths, and the questions whose options weigh towards the paths. A model is
//! only obtained through [`parse_model`] (read by `read.rs`, checked by
//! `validate.rs`), which lists every problem with its place (`problem.rs`).
//!
//! # The format
//! ```json
//! { "id": "…", "lang": "fr", "title": "…", "intro": "…", "version": 2, "blend_margin": 2,
//!   "paths": [{ "id": "technical", "title": "…", "colour": "path-1",
//!               "outcome": { "title": "…", "summary": "…", "next_steps": ["…"], "reminder": "…" } }, …],
//!   "blends": [{ "paths": ["technical", "leadership"], "title": "…", "summary": "…", "next_steps": ["…"] }],
//!   "questions": [{ "id": "…", "prompt": "…", "options": [
//!       { "id": "…", "label": "…", "weights": { "technical": 3, "leadership": 0 }, "reason": "…" }, …] }, …] }
//! ```
//! - `colour` is one of [`PathColour`]'s tokens (`path-1` … `path-4`), each used once.
//! - `weights` names paths by id; a path left out weighs 0, an unknown id is an error.
//! - Every pair of paths needs exactly one blend (one pair for 2 paths, 3 for 3,
//!   6 for 4): a blend of any two paths can be recommended, so every one needs its text.
//! - `lang` (optional) is the BCP 47 tag of the language the questionnaire is written in.
//! - `reminder` (optional, on a path's outcome or a blend) is shown with that outcome.
//! - `version` (optional, 1 when absent) is the revision of the weights. A revision only
//!   appends options, never inserts, removes or reorders them, so an answer given to an
//!   earlier version names the same option today; result links and saved progress carry
//!   the version they were answered in, and a result from an earlier version says so.

use super::problem::{ModelError, ModelPlace, ModelProblem, ModelProblemKind};
use super::read::read_draft;
use super::validate::validate;
use super::Outcome;

const BUILTIN: &str = include_str!("../../../content/chooser/career-path.json");

pub(crate) const MIN_QUESTIONS: usize = 3;
pub(crate) const MAX_QUESTIONS: usize = 12;
pub(crate) const MIN_OPTIONS: usize = 2;
pub(crate) const MAX_OPTIONS: usize = 5;
pub(crate) const MIN_PATHS: usize = 2;
pub(crate) const MAX_PATHS: usize = 4;
pub(crate) const MAX_WEIGHT: u32 = 5;

/// A validated questionnaire.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChooserModel {
    pub id: String,
    /// The BCP 47 tag of the questionnaire's language (`fr`, `ar`); empty when it does not
    /// say (the page's language is assumed).
    pub lang: String,
    pub title: String,
    pub intro: String,
    /// The revision of the weights (1 when the file does not say): see the module doc.
    pub version: u32,
    /// The top two scores this close or closer recommend a blend of both.
    pub blend_margin: u32,
    /// The paths, in file order (which also breaks ties between equal scores).
    pub paths: Vec<ChooserPath>,
    /// One blend per pair of paths.
    pub blends: Vec<Blend>,
    pub questions: Vec<Question>,
}

/// One path a learner can be recommended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChooserPath {
    pub id: String,
    /// The path's name, as its bar in the result's chart is labelled.
    pub title: String,
    pub colour: PathColour,
    /// What is shown when this path alone is recommended.
    pub outcome: OutcomeText,
}

/// The colour a path's bar is drawn in: a design token of the widget's styles
/// (`--c-path-1` …), so a questionnaire cannot bring colours of its own and
/// every token has its contrast checked in both themes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PathColour {
    Path1,
    Path2,
    Path3,
    Path4,
}

impl PathColour {
    pub const ALL: [PathColour; 4] = [
        PathColour::Path1,
        PathColour::Path2,
        PathColour::Path3,
        PathColour::Path4,
    ];

    /// The token as written in a questionnaire (`path-1` …).
    pub fn token(self) -> &'static str {
        match self {
            PathColour::Path1 => "path-1",
            PathColour::Path2 => "path-2",
            PathColour::Path3 => "path-3",
            PathColour::Path4 => "path-4",
        }
    }

    /// The colour a token names, if it is one of [`PathColour::ALL`].
    pub fn from_token(token: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.token() == token)
    }
}

/// The text for a blend of two paths.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Blend {
    /// The two paths' indices in [`ChooserModel::paths`], in file order.
    pub paths: [usize; 2],
    pub text: OutcomeText,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    pub id: String,
    pub prompt: String,
    pub options: Vec<ChoiceOption>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChoiceOption {
    pub id: String,
    pub label: String,
    /// The weight towards each path, in the order of [`ChooserModel::paths`].
    pub weights: Vec<u32>,
    /// Why this answer points where it does ("Because you said …: <reason>").
    pub reason: String,
}

impl ChoiceOption {
    /// The weight towards path `path` (0 for a path the model does not have).
    pub fn weight(&self, path: usize) -> u32 {
        self.weights.get(path).copied().unwrap_or(0)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutcomeText {
    pub title: String,
    pub summary: String,
    pub next_steps: Vec<String>,
    /// Shown with this outcome when not empty (e.g. keep your technical literacy up).
    pub reminder: String,
}

/// The built-in questionnaire, read from `content/` at compile time, for tests (the widget
/// fetches it as a file).
pub fn builtin_model() -> Result<ChooserModel, ModelError> {
    parse_model(BUILTIN)
}

/// Parses and validates a questionnaire; the only way the app obtains one.
pub fn parse_model(text: &str) -> Result<ChooserModel, ModelError> {
    let draft = read_draft(text).map_err(|e| ModelError {
        problems: vec![ModelProblem::new(
            &ModelPlace::Document,
            None,
            ModelProblemKind::Unreadable(e),
        )],
    })?;
    validate(draft)
}

impl ChooserModel {
    /// The texts for a recommended outcome; `None` only for a model not made by
    /// [`parse_model`] (a path or blend it does not have).
    pub fn outcome_text(&self, outcome: Outcome) -> Option<&OutcomeText> {
        match outcome {
            Outcome::Path(p) => self.paths.get(p).map(|p| &p.outcome),
            Outcome::Blend(a, b) => self.blend(a, b).map(|blend| &blend.text),
        }
    }

    /// The blend of paths `a` and `b` (in either order).
    pub fn blend(&self, a: usize, b: usize) -> Option<&Blend> {
        let pair = [a.min(b), a.max(b)];
        self.blends.iter().find(|blend| blend.paths == pair)
    }
}
