//! Stepping through the questionnaire: answers (changeable), back and forward,
//! restart, and the result step. Pure state; every change reports [`ChooserEvent`]s.

use super::events::ChooserEvent;
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
}

impl Chooser {
    pub fn new(model: &ChooserModel) -> Self {
        Self {
            answers: vec![None; model.questions.len()],
            step: 0,
        }
    }

    /// A chooser showing the result for complete answers (from a result link).
    pub fn with_answers(model: &ChooserModel, answers: &[usize]) -> Option<Self> {
        recommend(model, answers)?;
        Some(Self {
            answers: answers.iter().copied().map(Some).collect(),
            step: answers.len(),
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
            Self { answers, step }
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
                    match self.answers[question].replace(option) {
                        None => vec![ChooserEvent::Answered { question, option }],
                        Some(from) if from != option => vec![ChooserEvent::AnswerChanged {
                            question,
                            from,
                            to: option,
                        }],
                        Some(_) => Vec::new(),
                    }
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
    /// Progress as a saved record (see [`crate::record`]): `c3;q=<model id>;s=<step>;a=<answers>`,
    /// one digit per question (`-` unanswered, else the option's index).
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
            .finish()
    }

    /// Progress saved by [`Chooser::encode`], or by the 2026-12-01 build
    /// (`c1;<model id>;<step>;<answers>`); `None` if it does not fit this model.
    pub fn decode(text: &str, model: &ChooserModel) -> Option<Self> {
        let (id, step, answers) = match text.strip_prefix("c1;") {
            Some(rest) => {
                let mut fields = rest.split(';');
                match (fields.next(), fields.next(), fields.next(), fields.next()) {
                    (Some(id), Some(step), Some(answers), None) => (id, step, answers),
                    _ => return None,
                }
            }
            None => {
                let record = Record::parse(text).filter(|r| r.is_current(Kind::Chooser))?;
                (record.get("q")?, record.get("s")?, record.get("a")?)
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
        let restored = Self::restore(model, answers.clone(), step);
        (restored.answers == answers && restored.step == step).then_some(restored)
    }
}
