//! The questionnaire document's shape: the fields each object may have, with
//! the right types, read into a draft whose path ids are still text. The first
//! shape error stops (with its line, column and path); what the values mean is
//! checked afterwards, completely, by `validate.rs`.

use super::model::OutcomeText;
use crate::json::{self, Node, Object, SyntaxError};

/// A questionnaire as written, before its references between paths are checked.
pub(super) struct Draft {
    pub id: String,
    pub lang: String,
    pub title: String,
    pub intro: String,
    pub version: u32,
    pub blend_margin: u32,
    pub paths: Vec<DraftPath>,
    pub blends: Vec<DraftBlend>,
    pub questions: Vec<DraftQuestion>,
}

pub(super) struct DraftPath {
    pub id: String,
    pub title: String,
    pub colour: String,
    pub outcome: OutcomeText,
}

pub(super) struct DraftBlend {
    /// The path ids as written (two, if the author got it right).
    pub paths: Vec<String>,
    pub text: OutcomeText,
}

pub(super) struct DraftQuestion {
    pub id: String,
    pub prompt: String,
    pub options: Vec<DraftOption>,
}

pub(super) struct DraftOption {
    pub id: String,
    pub label: String,
    /// `(path id, weight)` in document order (the reader refuses repeated keys).
    pub weights: Vec<(String, u32)>,
    pub reason: String,
}

const OUTCOME_FIELDS: [&str; 4] = ["title", "summary", "next_steps", "reminder"];
const BLEND_FIELDS: [&str; 5] = ["paths", "title", "summary", "next_steps", "reminder"];

pub(super) fn read_draft(text: &str) -> Result<Draft, SyntaxError> {
    let root = json::parse(text)?;
    let o = Object::new(
        &root,
        &[
            "id",
            "lang",
            "title",
            "intro",
            "version",
            "blend_margin",
            "paths",
            "blends",
            "questions",
        ],
    )?;
    Ok(Draft {
        id: o.text("id")?,
        lang: o.optional_text("lang")?,
        title: o.text("title")?,
        intro: o.optional_text("intro")?,
        // Absent (or 0): the first version.
        version: o.optional("version", json::whole_number)?.max(1),
        blend_margin: o.whole_number("blend_margin")?,
        paths: o.list_of("paths", read_path)?,
        blends: o.list_of("blends", read_blend)?,
        questions: o.list_of("questions", read_question)?,
    })
}

fn read_path(node: &Node) -> Result<DraftPath, SyntaxError> {
    let o = Object::new(node, &["id", "title", "colour", "outcome"])?;
    Ok(DraftPath {
        id: o.text("id")?,
        title: o.text("title")?,
        colour: o.text("colour")?,
        outcome: o.field("outcome", |node| {
            outcome_text(&Object::new(node, &OUTCOME_FIELDS)?)
        })?,
    })
}

fn read_blend(node: &Node) -> Result<DraftBlend, SyntaxError> {
    let o = Object::new(node, &BLEND_FIELDS)?;
    Ok(DraftBlend {
        paths: o.list_of("paths", json::text)?,
        text: outcome_text(&o)?,
    })
}

fn outcome_text(o: &Object<'_>) -> Result<OutcomeText, SyntaxError> {
    Ok(OutcomeText {
        title: o.text("title")?,
        summary: o.text("summary")?,
        next_steps: o.list_of("next_steps", json::text)?,
        reminder: o.optional_text("reminder")?,
    })
}

fn read_question(node: &Node) -> Result<DraftQuestion, SyntaxError> {
    let o = Object::new(node, &["id", "prompt", "options"])?;
    Ok(DraftQuestion {
        id: o.text("id")?,
        prompt: o.text("prompt")?,
        options: o.list_of("options", read_option)?,
    })
}

fn read_option(node: &Node) -> Result<DraftOption, SyntaxError> {
    let o = Object::new(node, &["id", "label", "weights", "reason"])?;
    let weights = o.field("weights", |node| {
        json::members(node)?
            .iter()
            .map(|m| {
                let weight = json::whole_number(&m.value).map_err(|e| e.in_field(&m.key))?;
                Ok((m.key.clone(), weight))
            })
            .collect::<Result<_, SyntaxError>>()
    })?;
    Ok(DraftOption {
        id: o.text("id")?,
        label: o.text("label")?,
        weights,
        reason: o.text("reason")?,
    })
}
