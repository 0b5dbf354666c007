//! Stepping through the questionnaire: answers (changeable), back and forward,
//! restart, and the result step. Pure state; every change reports [`ChooserEvent`]s.
//!
//! The chooser remembers which version of the questionnaire its answers were last
//! changed in (see [`ChooserModel::version`]): a result link or saved progress from an
//! earlier version opens on the same answers, and its result is marked as coming from
//! that version ([`Chooser::from_earlier_version`]) until an answer changes, when the
//! answers become today's.

use super::events::ChooserEvent;
use super::link::encode_link_in;
use super::model::ChooserModel;
use super::recommend::{recommend, Recommendation};
use crate::record::{Kind, Record, RecordWriter};

/// What the learner can do in the chooser.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChooserAction {
    /// Choose `option` for the current question.
    Answer(usize),
    /// Go to the next question (or the result after the last).
    Next,
    /// Go back one question (from the result: to the last question).
    Back,
    /// Clear every answer and start again.
    Restart,
}

/// The learner's way through the questionnaire.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chooser {
    answers: Vec<Option<usize>>,
    step: usize,
    /// The questionnaire version the answers were last changed in.
    version: u32,
}

impl Chooser {
    pub fn new(model: &ChooserModel) -> Self {
        Self {
            answers: vec![None; model.questions.len()],
            step: 0,
            version: model.version,
        }
    }

    /// A chooser showing the result for complete answers (from a result link).
    pub fn with_answers(model: &ChooserModel, answers: &[usize]) -> Option<Self> {
        Self::with_answers_in(model, answers, model.version)
    }

    /// A chooser showing the result for complete answers given to version `version` of
    /// the questionnaire (a result link of that version); `None` if they do not fit.
    pub fn with_answers_in(model: &ChooserModel, answers: &[usize], version: u32) -> Option<Self> {
        recommend(model, answers)?;
        Some(Self {
            answers: answers.iter().copied().map(Some).collect(),
            step: answers.len(),
            version: version.clamp(1, model.version),
        })
    }

    /// Restores saved progress; anything that does not fit the model gives a fresh start.
    pub fn restore(model: &ChooserModel, answers: Vec<Option<usize>>, step: usize) -> Self {
        let fits = answers.len() == model.questions.len()
            && answers
                .iter()
                .zip(&model.questions)
                .all(|(a, q)| a.is_none_or(|o| o < q.options.len()))
            && step <= answers.len()
            && answers[..step].iter().all(Option::is_some);
        if fits {
            Self {
                answers,
                step,
                version: model.version,
            }
        } else {
            Self::new(model)
        }
    }

    /// The question shown, or `None` on the result step.
    pub fn step(&self) -> Option<usize> {
        (self.step < self.answers.len()).then_some(self.step)
    }

    pub fn raw_step(&self) -> usize {
        self.step
    }

    pub fn answers(&self) -> &[Option<usize>] {
        &self.answers
    }

    /// Every answer, once all are given.
    pub fn complete_answers(&self) -> Option<Vec<usize>> {
        self.answers.iter().copied().collect()
    }

    /// Questions answered so far.
    pub fn answered(&self) -> usize {
        self.answers.iter().filter(|a| a.is_some()).count()
    }

    /// The questionnaire version the answers were last changed in.
    pub fn answered_in(&self) -> u32 {
        self.version
    }

    /// On the result step, whether the answers were given to an earlier version of the
    /// questionnaire than `model` (then the result must say so: today's weights may
    /// recommend something other than what was shown then).
    pub fn from_earlier_version(&self, model: &ChooserModel) -> bool {
        self.step().is_none() && self.version < model.version
    }

    /// The result link for complete answers, in the version they were given in (so an
    /// earlier version's link, reloaded or passed on, still says where it comes from).
    pub fn result_link(&self, model: &ChooserModel) -> Option<String> {
        Some(encode_link_in(
            model,
            &self.complete_answers()?,
            self.version,
        ))
    }

    /// The recommendation, on the result step.
    pub fn result(&self, model: &ChooserModel) -> Option<Recommendation> {
        if self.step().is_some() {
            return None;
        }
        recommend(model, &self.complete_answers()?)
    }

    /// Applies an action; returns what happened (nothing: nothing changed).
    pub fn apply(&mut self, model: &ChooserModel, action: ChooserAction) -> Vec<ChooserEvent> {
        match action {
            ChooserAction::Answer(option) => match self.step() {
                Some(question) if option < model.questions[question].options.len() => {
                    let events = match self.answers[question].replace(option) {
                        None => vec![ChooserEvent::Answered { question, option }],
                        Some(from) if from != option => vec![ChooserEvent::AnswerChanged {
                            question,
                            from,
                            to: option,
                        }],
                        Some(_) => Vec::new(),
                    };
                    if !events.is_empty() {
                        self.version = model.version;
                    }
                    events
                }
                _ => Vec::new(),
            },
            ChooserAction::Next => match self.step() {
                Some(q) if self.answers[q].is_some() => {
                    self.step += 1;
                    vec![self.shown(model)]
                }
                _ => Vec::new(),
            },
            ChooserAction::Back => {
                if self.step == 0 {
                    Vec::new()
                } else {
                    self.step -= 1;
                    vec![self.shown(model)]
                }
            }
            ChooserAction::Restart => {
                *self = Self::new(model);
                vec![ChooserEvent::Restarted]
            }
        }
    }

    /// The event for arriving on the current step: a question, or the result.
    fn shown(&self, model: &ChooserModel) -> ChooserEvent {
        match (self.step(), self.result(model)) {
            (None, Some(rec)) => ChooserEvent::Completed {
                outcome: rec.outcome,
                scores: rec.scores,
            },
            _ => ChooserEvent::QuestionShown {
                question: self.step.min(self.answers.len().saturating_sub(1)),
            },
        }
    }
}

impl Chooser {
    /// Progress as a saved record (see [`crate::record`]):
    /// `c3;q=<model id>;s=<step>;a=<answers>;v=<version>`, one digit per question (`-`
    /// unanswered, else the option's index), and the questionnaire version the answers
    /// were given in (a record without `v` was saved before versions existed: version 1).
    pub fn encode(&self, model: &ChooserModel) -> String {
        let answers: String = self
            .answers
            .iter()
            .map(|a| a.map_or('-', |i| crate::record::digit(i as u8)))
            .collect();
        RecordWriter::new(Kind::Chooser)
            .field("q", &model.id)
            .field("s", self.step)
            .field("a", answers)
            .field("v", self.version)
            .finish()
    }

    /// Progress saved by [`Chooser::encode`], or by the 2026-12-01 build
    /// (`c1;<model id>;<step>;<answers>`); `None` if it does not fit this model.
    pub fn decode(text: &str, model: &ChooserModel) -> Option<Self> {
        let (id, step, answers, version) = match text.strip_prefix("c1;") {
            Some(rest) => {
                let mut fields = rest.split(';');
                match (fields.next(), fields.next(), fields.next(), fields.next()) {
                    (Some(id), Some(step), Some(answers), None) => (id, step, answers, 1),
                    _ => return None,
                }
            }
            None => {
                let record = Record::parse(text).filter(|r| r.is_current(Kind::Chooser))?;
                let version = match record.get("v") {
                    None => 1,
                    Some(v) => v.parse::<u32>().ok()?,
                };
                (
                    record.get("q")?,
                    record.get("s")?,
                    record.get("a")?,
                    version,
                )
            }
        };
        if id != model.id {
            return None;
        }
        let step: usize = step.parse().ok()?;
        let answers: Vec<Option<usize>> = answers
            .chars()
            .map(|c| match c {
                '-' => Some(None),
                d => crate::record::digit_value(d).map(|i| Some(usize::from(i))),
            })
            .collect::<Option<_>>()?;
        let mut restored = Self::restore(model, answers.clone(), step);
        restored.version = version.clamp(1, model.version);
        (restored.answers == answers && restored.step == step).then_some(restored)
    }
}
