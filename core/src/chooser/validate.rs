//! What a questionnaire's values mean, checked completely: every problem is
//! listed with its place (question 3 ("role") option 2 ("x") weights), and
//! path ids named by weights and blends are resolved to path indices.

use super::model::{
    Blend, ChoiceOption, ChooserModel, ChooserPath, OutcomeText, PathColour, Question, MAX_OPTIONS,
    MAX_PATHS, MAX_QUESTIONS, MAX_WEIGHT, MIN_OPTIONS, MIN_PATHS, MIN_QUESTIONS,
};
use super::problem::{
    ModelError, ModelField as F, ModelPlace, ModelProblem, ModelProblemKind as K,
};
use super::read::{Draft, DraftBlend, DraftOption, DraftPath, DraftQuestion};
use crate::deck::limits::MAX_ID;

const MAX_PROMPT: usize = 160;
const MAX_LABEL: usize = 100;
const MAX_REASON: usize = 240;
const MAX_SUMMARY: usize = 400;
const MAX_STEP: usize = 200;
const MAX_STEPS: usize = 5;

/// The problems found so far, in document order.
#[derive(Default)]
struct Problems(Vec<ModelProblem>);

impl Problems {
    fn push(&mut self, at: &ModelPlace, field: Option<F>, kind: K) {
        self.0.push(ModelProblem::new(at, field, kind));
    }

    fn id(&mut self, at: &ModelPlace, id: &str) {
        if !crate::deck::is_valid_id(id) {
            self.push(at, Some(F::Id), K::BadId { max: MAX_ID });
        }
    }

    fn text(&mut self, at: &ModelPlace, field: F, value: &str, max: usize, required: bool) {
        let len = value.chars().count();
        if required && value.trim().is_empty() {
            self.push(at, Some(field), K::Empty);
        } else if len > max {
            self.push(at, Some(field), K::TooLong { len, max });
        }
    }
}

/// The model a draft describes, or every problem with it.
pub(super) fn validate(draft: Draft) -> Result<ChooserModel, ModelError> {
    let mut p = Problems::default();
    let at = ModelPlace::Questionnaire;
    p.id(&at, &draft.id);
    if !draft.lang.is_empty() && !crate::i18n::is_language_tag(&draft.lang) {
        p.push(&at, Some(F::Lang), K::BadLang);
    }
    p.text(&at, F::Title, &draft.title, MAX_LABEL, true);
    p.text(&at, F::Intro, &draft.intro, MAX_SUMMARY, false);
    let paths = check_paths(&mut p, draft.paths);
    let ids: Vec<&str> = paths.iter().map(|path| path.id.as_str()).collect();
    let blends = check_blends(&mut p, &ids, draft.blends);
    let questions = check_questions(&mut p, &ids, draft.questions);
    if !p.0.is_empty() {
        return Err(ModelError { problems: p.0 });
    }
    Ok(ChooserModel {
        id: draft.id,
        lang: draft.lang,
        title: draft.title,
        intro: draft.intro,
        version: draft.version,
        blend_margin: draft.blend_margin,
        paths,
        blends,
        questions,
    })
}

fn check_paths(p: &mut Problems, drafts: Vec<DraftPath>) -> Vec<ChooserPath> {
    let n = drafts.len();
    if !(MIN_PATHS..=MAX_PATHS).contains(&n) {
        let (min, max) = (MIN_PATHS, MAX_PATHS);
        p.push(&ModelPlace::Paths, None, K::ListSize { count: n, min, max });
    }
    let mut paths: Vec<ChooserPath> = Vec::with_capacity(n);
    for (index, d) in drafts.into_iter().enumerate() {
        let id = d.id.clone();
        let at = ModelPlace::Path { index, id };
        p.id(&at, &d.id);
        if paths.iter().any(|earlier| earlier.id == d.id) {
            p.push(&at, Some(F::Id), K::Duplicate);
        }
        p.text(&at, F::Title, &d.title, MAX_LABEL, true);
        let colour = PathColour::from_token(&d.colour);
        match colour {
            None => p.push(&at, Some(F::Colour), K::UnknownColour(d.colour.clone())),
            Some(c) => {
                if let Some(j) = paths.iter().position(|earlier| earlier.colour == c) {
                    let kind = K::ColourTaken {
                        colour: d.colour.clone(),
                        path: j,
                        id: paths[j].id.clone(),
                    };
                    p.push(&at, Some(F::Colour), kind);
                }
            }
        }
        let id = d.id.clone();
        check_outcome(p, &ModelPlace::Outcome { index, id }, &d.outcome);
        paths.push(ChooserPath {
            id: d.id,
            title: d.title,
            // A placeholder for an unknown token: the problem is already listed.
            colour: colour.unwrap_or(PathColour::Path1),
            outcome: d.outcome,
        });
    }
    paths
}

/// The index of the path with this id (the first, if an id is repeated).
fn path_index(ids: &[&str], id: &str) -> Option<usize> {
    ids.iter().position(|&known| known == id)
}

fn check_blends(p: &mut Problems, ids: &[&str], drafts: Vec<DraftBlend>) -> Vec<Blend> {
    let mut blends: Vec<Blend> = Vec::with_capacity(drafts.len());
    for (index, d) in drafts.into_iter().enumerate() {
        let at = ModelPlace::Blend {
            index,
            paths: d.paths.clone(),
        };
        check_outcome(p, &at, &d.text);
        let [a, b] = d.paths.as_slice() else {
            p.push(&at, Some(F::Paths), K::BlendArity(d.paths.len()));
            continue;
        };
        let (ia, ib) = (path_index(ids, a), path_index(ids, b));
        for (id, index) in [(a, ia), (b, ib)] {
            if index.is_none() {
                p.push(&at, Some(F::Paths), K::UnknownPath(id.clone()));
            }
        }
        let (Some(ia), Some(ib)) = (ia, ib) else {
            continue;
        };
        if ia == ib {
            p.push(&at, Some(F::Paths), K::SamePathTwice(a.clone()));
            continue;
        }
        let pair = [ia.min(ib), ia.max(ib)];
        if let Some(earlier) = blends.iter().position(|blend| blend.paths == pair) {
            p.push(&at, Some(F::Paths), K::SameBlend { earlier });
            continue;
        }
        blends.push(Blend {
            paths: pair,
            text: d.text,
        });
    }
    // Any two paths can come out on top within the margin, so each pair needs its text.
    let distinct: Vec<usize> = (0..ids.len())
        .filter(|&i| path_index(ids, ids[i]) == Some(i))
        .collect();
    for (k, &a) in distinct.iter().enumerate() {
        for &b in &distinct[k + 1..] {
            if !blends.iter().any(|blend| blend.paths == [a, b]) {
                let kind = K::MissingBlend {
                    first: ids[a].to_owned(),
                    second: ids[b].to_owned(),
                };
                p.push(&ModelPlace::Blends, None, kind);
            }
        }
    }
    blends
}

fn check_questions(p: &mut Problems, ids: &[&str], drafts: Vec<DraftQuestion>) -> Vec<Question> {
    let n = drafts.len();
    if !(MIN_QUESTIONS..=MAX_QUESTIONS).contains(&n) {
        let (min, max) = (MIN_QUESTIONS, MAX_QUESTIONS);
        p.push(
            &ModelPlace::Questions,
            None,
            K::ListSize { count: n, min, max },
        );
    }
    // Ids seen so far, in plain lists (a few dozen at most: a hash set costs more code).
    let mut question_ids: Vec<String> = Vec::with_capacity(n);
    let mut questions = Vec::with_capacity(n);
    for (qi, q) in drafts.into_iter().enumerate() {
        let at = ModelPlace::Question {
            index: qi,
            id: q.id.clone(),
        };
        p.id(&at, &q.id);
        if question_ids.contains(&q.id) {
            p.push(&at, Some(F::Id), K::Duplicate);
        } else {
            question_ids.push(q.id.clone());
        }
        p.text(&at, F::Prompt, &q.prompt, MAX_PROMPT, true);
        let k = q.options.len();
        if !(MIN_OPTIONS..=MAX_OPTIONS).contains(&k) {
            let (min, max) = (MIN_OPTIONS, MAX_OPTIONS);
            p.push(&at, Some(F::Options), K::OptionCount { count: k, min, max });
        }
        let mut option_ids: Vec<String> = Vec::with_capacity(k);
        let mut options = Vec::with_capacity(k);
        for (oi, o) in q.options.into_iter().enumerate() {
            let at = ModelPlace::Option {
                question: qi,
                question_id: q.id.clone(),
                index: oi,
                id: o.id.clone(),
            };
            p.id(&at, &o.id);
            if option_ids.contains(&o.id) {
                p.push(&at, Some(F::Id), K::Duplicate);
            } else {
                option_ids.push(o.id.clone());
            }
            options.push(check_option(p, &at, ids, o));
        }
        questions.push(Question {
            id: q.id,
            prompt: q.prompt,
            options,
        });
    }
    questions
}

fn check_option(p: &mut Problems, at: &ModelPlace, ids: &[&str], o: DraftOption) -> ChoiceOption {
    p.text(at, F::Label, &o.label, MAX_LABEL, true);
    p.text(at, F::Reason, &o.reason, MAX_REASON, true);
    // A path the option does not name weighs 0 for it.
    let mut weights = vec![0; ids.len()];
    for (id, w) in &o.weights {
        match path_index(ids, id) {
            None => p.push(at, Some(F::Weights), K::UnknownPath(id.clone())),
            Some(i) => {
                if *w > MAX_WEIGHT {
                    let kind = K::WeightTooHigh {
                        weight: *w,
                        max: MAX_WEIGHT,
                    };
                    p.push(at, Some(F::Weight(id.clone())), kind);
                }
                weights[i] = *w;
            }
        }
    }
    ChoiceOption {
        id: o.id,
        label: o.label,
        weights,
        reason: o.reason,
    }
}

fn check_outcome(p: &mut Problems, at: &ModelPlace, text: &OutcomeText) {
    p.text(at, F::Title, &text.title, MAX_LABEL, true);
    p.text(at, F::Summary, &text.summary, MAX_SUMMARY, true);
    if text.next_steps.is_empty() || text.next_steps.len() > MAX_STEPS {
        p.push(at, Some(F::NextSteps), K::NextSteps { max: MAX_STEPS });
    }
    for (si, step) in text.next_steps.iter().enumerate() {
        p.text(at, F::Step(si), step, MAX_STEP, true);
    }
    p.text(at, F::Reminder, &text.reminder, MAX_SUMMARY, false);
}
