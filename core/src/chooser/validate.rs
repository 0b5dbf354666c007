//! What a questionnaire's values mean, checked completely: every problem is
//! listed with its place (`question 3 ("role") option 2 ("x") weights: …`),
//! and path ids named by weights and blends are resolved to path indices.

use std::collections::HashSet;

use super::model::{
    Blend, ChoiceOption, ChooserModel, ChooserPath, ModelError, OutcomeText, PathColour, Question,
    MAX_OPTIONS, MAX_PATHS, MAX_QUESTIONS, MAX_WEIGHT, MIN_OPTIONS, MIN_PATHS, MIN_QUESTIONS,
};
use super::read::{Draft, DraftBlend, DraftOption, DraftPath, DraftQuestion};
use crate::deck::limits::MAX_ID;

const MAX_PROMPT: usize = 160;
const MAX_LABEL: usize = 100;
const MAX_REASON: usize = 240;
const MAX_SUMMARY: usize = 400;
const MAX_STEP: usize = 200;
const MAX_STEPS: usize = 5;

/// The model a draft describes, or every problem with it.
pub(super) fn validate(draft: Draft) -> Result<ChooserModel, ModelError> {
    let mut p = Vec::new();
    check_id(&mut p, "questionnaire", &draft.id);
    check_text(&mut p, "questionnaire title", &draft.title, MAX_LABEL, true);
    let intro = "questionnaire intro";
    check_text(&mut p, intro, &draft.intro, MAX_SUMMARY, false);
    let paths = check_paths(&mut p, draft.paths);
    let ids: Vec<&str> = paths.iter().map(|path| path.id.as_str()).collect();
    let blends = check_blends(&mut p, &ids, draft.blends);
    let questions = check_questions(&mut p, &ids, draft.questions);
    if !p.is_empty() {
        return Err(ModelError { problems: p });
    }
    Ok(ChooserModel {
        id: draft.id,
        title: draft.title,
        intro: draft.intro,
        blend_margin: draft.blend_margin,
        paths,
        blends,
        questions,
    })
}

fn check_paths(p: &mut Vec<String>, drafts: Vec<DraftPath>) -> Vec<ChooserPath> {
    let n = drafts.len();
    if !(MIN_PATHS..=MAX_PATHS).contains(&n) {
        p.push(format!(
            "paths: there are {n}, a questionnaire needs {MIN_PATHS} to {MAX_PATHS}"
        ));
    }
    let mut paths: Vec<ChooserPath> = Vec::with_capacity(n);
    for (i, d) in drafts.into_iter().enumerate() {
        let at = format!("path {} (\"{}\")", i + 1, d.id);
        check_id(p, &at, &d.id);
        if paths.iter().any(|earlier| earlier.id == d.id) {
            p.push(format!("{at} id: is used more than once"));
        }
        check_text(p, &format!("{at} title"), &d.title, MAX_LABEL, true);
        let colour = PathColour::from_token(&d.colour);
        match colour {
            None => {
                let tokens: Vec<&str> = PathColour::ALL.iter().map(|c| c.token()).collect();
                p.push(format!(
                    "{at} colour: \"{}\" is not one of {}",
                    d.colour,
                    tokens.join(", ")
                ));
            }
            Some(c) => {
                if let Some(j) = paths.iter().position(|earlier| earlier.colour == c) {
                    p.push(format!(
                        "{at} colour: \"{}\" is already the colour of path {} (\"{}\")",
                        d.colour,
                        j + 1,
                        paths[j].id
                    ));
                }
            }
        }
        check_outcome(p, &format!("{at} outcome"), &d.outcome);
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

fn unknown_path(at: &str, field: &str, id: &str) -> String {
    format!("{at} {field}: names path \"{id}\", which the questionnaire does not have")
}

fn check_blends(p: &mut Vec<String>, ids: &[&str], drafts: Vec<DraftBlend>) -> Vec<Blend> {
    let mut blends: Vec<Blend> = Vec::with_capacity(drafts.len());
    for (i, d) in drafts.into_iter().enumerate() {
        let named: Vec<String> = d.paths.iter().map(|id| format!("\"{id}\"")).collect();
        let at = format!("blend {} ({})", i + 1, named.join(" + "));
        check_outcome(p, &at, &d.text);
        let [a, b] = d.paths.as_slice() else {
            p.push(format!(
                "{at} paths: names {} path(s), a blend is of exactly 2",
                d.paths.len()
            ));
            continue;
        };
        let (ia, ib) = (path_index(ids, a), path_index(ids, b));
        for (id, index) in [(a, ia), (b, ib)] {
            if index.is_none() {
                p.push(unknown_path(&at, "paths", id));
            }
        }
        let (Some(ia), Some(ib)) = (ia, ib) else {
            continue;
        };
        if ia == ib {
            p.push(format!(
                "{at} paths: names path \"{a}\" twice, a blend is of two different paths"
            ));
            continue;
        }
        let pair = [ia.min(ib), ia.max(ib)];
        if let Some(j) = blends.iter().position(|earlier| earlier.paths == pair) {
            p.push(format!(
                "{at} paths: blend {} is of the same two paths",
                j + 1
            ));
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
                p.push(format!(
                    "blends: there is no blend of \"{}\" and \"{}\", and every pair of paths needs one",
                    ids[a], ids[b]
                ));
            }
        }
    }
    blends
}

fn check_questions(p: &mut Vec<String>, ids: &[&str], drafts: Vec<DraftQuestion>) -> Vec<Question> {
    let n = drafts.len();
    if !(MIN_QUESTIONS..=MAX_QUESTIONS).contains(&n) {
        p.push(format!(
            "questions: there are {n}, a questionnaire needs {MIN_QUESTIONS} to {MAX_QUESTIONS}"
        ));
    }
    let mut question_ids = HashSet::new();
    let mut questions = Vec::with_capacity(n);
    for (qi, q) in drafts.into_iter().enumerate() {
        let at = format!("question {} (\"{}\")", qi + 1, q.id);
        check_id(p, &at, &q.id);
        if !question_ids.insert(q.id.clone()) {
            p.push(format!("{at} id: is used more than once"));
        }
        check_text(p, &format!("{at} prompt"), &q.prompt, MAX_PROMPT, true);
        let k = q.options.len();
        if !(MIN_OPTIONS..=MAX_OPTIONS).contains(&k) {
            p.push(format!(
                "{at} options: there are {k}, a question needs {MIN_OPTIONS} to {MAX_OPTIONS}"
            ));
        }
        let mut option_ids = HashSet::new();
        let mut options = Vec::with_capacity(k);
        for (oi, o) in q.options.into_iter().enumerate() {
            let at = format!("{at} option {} (\"{}\")", oi + 1, o.id);
            check_id(p, &at, &o.id);
            if !option_ids.insert(o.id.clone()) {
                p.push(format!("{at} id: is used more than once"));
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

fn check_option(p: &mut Vec<String>, at: &str, ids: &[&str], o: DraftOption) -> ChoiceOption {
    check_text(p, &format!("{at} label"), &o.label, MAX_LABEL, true);
    check_text(p, &format!("{at} reason"), &o.reason, MAX_REASON, true);
    // A path the option does not name weighs 0 for it.
    let mut weights = vec![0; ids.len()];
    for (id, w) in &o.weights {
        match path_index(ids, id) {
            None => p.push(unknown_path(at, "weights", id)),
            Some(i) => {
                if *w > MAX_WEIGHT {
                    p.push(format!(
                        "{at} weights \"{id}\": weight {w} is above the limit of {MAX_WEIGHT}"
                    ));
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

fn check_outcome(p: &mut Vec<String>, at: &str, text: &OutcomeText) {
    check_text(p, &format!("{at} title"), &text.title, MAX_LABEL, true);
    check_text(
        p,
        &format!("{at} summary"),
        &text.summary,
        MAX_SUMMARY,
        true,
    );
    if text.next_steps.is_empty() || text.next_steps.len() > MAX_STEPS {
        p.push(format!("{at} next_steps: needs 1 to {MAX_STEPS} steps"));
    }
    for (si, step) in text.next_steps.iter().enumerate() {
        check_text(p, &format!("{at} step {}", si + 1), step, MAX_STEP, true);
    }
    let reminder = format!("{at} reminder");
    check_text(p, &reminder, &text.reminder, MAX_SUMMARY, false);
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
