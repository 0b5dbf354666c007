//! The chooser's questions, weights and outcome texts as data, parsed and
//! validated through one entry point with located, complete error lists.

use std::fmt;

use crate::deck::limits::MAX_ID;
use crate::json::{self, Node, Object, SyntaxError};

const BUILTIN: &str = include_str!("../../../content/chooser/career-path.json");

pub const MIN_QUESTIONS: usize = 3;
pub const MAX_QUESTIONS: usize = 12;
pub const MIN_OPTIONS: usize = 2;
pub const MAX_OPTIONS: usize = 5;
pub const MAX_WEIGHT: u32 = 5;
const MAX_PROMPT: usize = 160;
const MAX_LABEL: usize = 100;
const MAX_REASON: usize = 240;
const MAX_SUMMARY: usize = 400;
const MAX_STEP: usize = 200;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChooserModel {
    pub id: String,
    pub title: String,
    pub intro: String,
    /// Scores this close or closer recommend a blend.
    pub blend_margin: u32,
    pub questions: Vec<Question>,
    pub outcomes: Outcomes,
    pub literacy_reminder: String,
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
    /// Weight towards technical training.
    pub technical: u32,
    /// Weight towards leadership development.
    pub leadership: u32,
    /// Why this answer points where it does ("Because you said …: <reason>").
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcomes {
    pub technical: OutcomeText,
    pub leadership: OutcomeText,
    pub blend: OutcomeText,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutcomeText {
    pub title: String,
    pub summary: String,
    pub next_steps: Vec<String>,
}

/// Why a chooser model was refused: every problem, each with its location.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModelError {
    pub problems: Vec<String>,
}

impl fmt::Display for ModelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "The questionnaire has {} problem(s):",
            self.problems.len()
        )?;
        for p in &self.problems {
            write!(f, "\n- {p}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ModelError {}

/// The questionnaire shipped with the widget.
pub fn builtin_model() -> Result<ChooserModel, ModelError> {
    parse_model(BUILTIN)
}

/// Parses and validates a questionnaire; the only way the app obtains one.
pub fn parse_model(text: &str) -> Result<ChooserModel, ModelError> {
    let model = json::parse(text)
        .and_then(|root| read_model(&root))
        .map_err(|e| ModelError {
            problems: vec![format!(
                "could not be read (line {}, column {}): {}",
                e.at.line, e.at.column, e.message
            )],
        })?;
    let mut p = Vec::new();
    check_id(&mut p, "questionnaire", &model.id);
    check_text(&mut p, "questionnaire title", &model.title, MAX_LABEL, true);
    check_text(
        &mut p,
        "questionnaire intro",
        &model.intro,
        MAX_SUMMARY,
        false,
    );
    check_text(
        &mut p,
        "literacy_reminder",
        &model.literacy_reminder,
        MAX_SUMMARY,
        false,
    );
    let n = model.questions.len();
    if !(MIN_QUESTIONS..=MAX_QUESTIONS).contains(&n) {
        p.push(format!(
            "questions: there are {n}, a questionnaire needs {MIN_QUESTIONS} to {MAX_QUESTIONS}"
        ));
    }
    let mut question_ids = std::collections::HashSet::new();
    for (qi, q) in model.questions.iter().enumerate() {
        let at = format!("question {} (\"{}\")", qi + 1, q.id);
        check_id(&mut p, &at, &q.id);
        if !question_ids.insert(q.id.as_str()) {
            p.push(format!("{at} id: is used more than once"));
        }
        check_text(&mut p, &format!("{at} prompt"), &q.prompt, MAX_PROMPT, true);
        let k = q.options.len();
        if !(MIN_OPTIONS..=MAX_OPTIONS).contains(&k) {
            p.push(format!(
                "{at} options: there are {k}, a question needs {MIN_OPTIONS} to {MAX_OPTIONS}"
            ));
        }
        let mut option_ids = std::collections::HashSet::new();
        for (oi, o) in q.options.iter().enumerate() {
            let at = format!("{at} option {} (\"{}\")", oi + 1, o.id);
            check_id(&mut p, &at, &o.id);
            if !option_ids.insert(o.id.as_str()) {
                p.push(format!("{at} id: is used more than once"));
            }
            check_text(&mut p, &format!("{at} label"), &o.label, MAX_LABEL, true);
            check_text(&mut p, &format!("{at} reason"), &o.reason, MAX_REASON, true);
            for (name, w) in [("technical", o.technical), ("leadership", o.leadership)] {
                if w > MAX_WEIGHT {
                    p.push(format!(
                        "{at} {name}: weight {w} is above the limit of {MAX_WEIGHT}"
                    ));
                }
            }
        }
    }
    for (name, outcome) in [
        ("technical", &model.outcomes.technical),
        ("leadership", &model.outcomes.leadership),
        ("blend", &model.outcomes.blend),
    ] {
        let at = format!("outcome \"{name}\"");
        check_text(
            &mut p,
            &format!("{at} title"),
            &outcome.title,
            MAX_LABEL,
            true,
        );
        check_text(
            &mut p,
            &format!("{at} summary"),
            &outcome.summary,
            MAX_SUMMARY,
            true,
        );
        if outcome.next_steps.is_empty() || outcome.next_steps.len() > 5 {
            p.push(format!("{at} next_steps: needs 1 to 5 steps"));
        }
        for (si, step) in outcome.next_steps.iter().enumerate() {
            check_text(
                &mut p,
                &format!("{at} step {}", si + 1),
                step,
                MAX_STEP,
                true,
            );
        }
    }
    if p.is_empty() {
        Ok(model)
    } else {
        Err(ModelError { problems: p })
    }
}

/// The document's shape: the fields a questionnaire may have, with the right types.
fn read_model(root: &Node) -> Result<ChooserModel, SyntaxError> {
    let o = Object::new(
        root,
        &[
            "id",
            "title",
            "intro",
            "blend_margin",
            "questions",
            "outcomes",
            "literacy_reminder",
        ],
    )?;
    let outcomes = Object::new(
        o.required("outcomes")?,
        &["technical", "leadership", "blend"],
    )?;
    Ok(ChooserModel {
        id: o.text("id")?,
        title: o.text("title")?,
        intro: o.optional_text("intro")?,
        blend_margin: o.whole_number("blend_margin")?,
        questions: json::all(o.list("questions")?, read_question)?,
        outcomes: Outcomes {
            technical: read_outcome(outcomes.required("technical")?)?,
            leadership: read_outcome(outcomes.required("leadership")?)?,
            blend: read_outcome(outcomes.required("blend")?)?,
        },
        literacy_reminder: o.optional_text("literacy_reminder")?,
    })
}

fn read_question(node: &Node) -> Result<Question, SyntaxError> {
    let o = Object::new(node, &["id", "prompt", "options"])?;
    Ok(Question {
        id: o.text("id")?,
        prompt: o.text("prompt")?,
        options: json::all(o.list("options")?, read_option)?,
    })
}

fn read_option(node: &Node) -> Result<ChoiceOption, SyntaxError> {
    let o = Object::new(node, &["id", "label", "technical", "leadership", "reason"])?;
    Ok(ChoiceOption {
        id: o.text("id")?,
        label: o.text("label")?,
        technical: o.whole_number("technical")?,
        leadership: o.whole_number("leadership")?,
        reason: o.text("reason")?,
    })
}

fn read_outcome(node: &Node) -> Result<OutcomeText, SyntaxError> {
    let o = Object::new(node, &["title", "summary", "next_steps"])?;
    Ok(OutcomeText {
        title: o.text("title")?,
        summary: o.text("summary")?,
        next_steps: json::all(o.list("next_steps")?, json::text)?,
    })
}

fn check_id(p: &mut Vec<String>, at: &str, id: &str) {
    if !crate::deck::is_valid_id(id) {
        p.push(format!(
            "{at} id: must be 1 to {MAX_ID} lowercase letters, digits or hyphens"
        ));
    }
}

fn check_text(p: &mut Vec<String>, at: &str, value: &str, max: usize, required: bool) {
    let len = value.chars().count();
    if required && value.trim().is_empty() {
        p.push(format!("{at}: must not be empty"));
    } else if len > max {
        p.push(format!(
            "{at}: is {len} characters long, the limit is {max}"
        ));
    }
}

impl ChooserModel {
    /// The texts for a recommended path.
    pub fn outcome(&self, path: super::Path) -> &OutcomeText {
        match path {
            super::Path::Technical => &self.outcomes.technical,
            super::Path::Leadership => &self.outcomes.leadership,
            super::Path::Blend => &self.outcomes.blend,
        }
    }
}
