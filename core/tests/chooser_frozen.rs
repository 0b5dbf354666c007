//! The paths-as-data chooser gives exactly the two-path chooser's results: the
//! converted built-in questionnaire, under the new rule, is compared on all
//! 65,536 answer combinations with an independent re-implementation of the old
//! rule applied to the questionnaire as frozen on 2026-12-01 (old two-path form).
#![cfg(not(target_arch = "wasm32"))]

use std::cmp::Reverse;

use serde_json::Value;
use twofold_core::chooser::{builtin_model, recommend, ChooserModel, OutcomeText};

const FROZEN: &str = include_str!("fixtures/frozen-2026-12-01/career-path.json");

fn frozen() -> Value {
    serde_json::from_str(FROZEN).expect("the frozen questionnaire is JSON")
}

/// `(technical, leadership)` weights of every option, per question, in the old form.
fn old_weights(doc: &Value) -> Vec<Vec<(i64, i64)>> {
    let w = |o: &Value, k: &str| o[k].as_i64().expect("a whole-number weight");
    let questions = doc["questions"].as_array().expect("questions");
    questions
        .iter()
        .map(|q| {
            let options = q["options"].as_array().expect("options");
            options
                .iter()
                .map(|o| (w(o, "technical"), w(o, "leadership")))
                .collect()
        })
        .collect()
}

/// The old rule: `(outcome, technical, leadership, reasons as (question, option, pull))`.
type OldResult = (&'static str, i64, i64, Vec<(usize, usize, i64)>);

fn old_rule(weights: &[Vec<(i64, i64)>], margin: i64, answers: &[usize]) -> OldResult {
    let chosen: Vec<(usize, usize, i64, i64)> = answers
        .iter()
        .enumerate()
        .map(|(q, &o)| (q, o, weights[q][o].0, weights[q][o].1))
        .collect();
    let t: i64 = chosen.iter().map(|c| c.2).sum();
    let l: i64 = chosen.iter().map(|c| c.3).sum();
    let path = match (t - l).abs() <= margin {
        true => "blend",
        false if t > l => "technical",
        false => "leadership",
    };
    let toward = |pull: fn(i64, i64) -> i64, n: usize| {
        let mut r: Vec<(usize, usize, i64)> = chosen
            .iter()
            .map(|&(q, o, t, l)| (q, o, pull(t, l)))
            .filter(|r| r.2 > 0)
            .collect();
        r.sort_by_key(|r| Reverse(r.2)); // stable: question order among equals
        r.truncate(n);
        r
    };
    let reasons = match path {
        "technical" => toward(|t, l| t - l, 3),
        "leadership" => toward(|t, l| l - t, 3),
        _ => {
            let mut both = toward(|t, l| t - l, 1);
            both.extend(toward(|t, l| l - t, 1));
            if both.is_empty() {
                both = toward(|t, l| t + l, 2);
            }
            both
        }
    };
    (path, t, l, reasons)
}

/// Every combination of answers, first question fastest.
fn all_answers(model: &ChooserModel) -> Vec<Vec<usize>> {
    let sizes: Vec<usize> = model.questions.iter().map(|q| q.options.len()).collect();
    let total: usize = sizes.iter().product();
    (0..total)
        .map(|mut n| {
            sizes
                .iter()
                .map(|&s| {
                    let a = n % s;
                    n /= s;
                    a
                })
                .collect()
        })
        .collect()
}

#[test]
fn every_combination_gives_the_old_outcome_scores_and_reasons() {
    let model = builtin_model().expect("the built-in questionnaire is valid");
    let doc = frozen();
    let weights = old_weights(&doc);
    let margin = doc["blend_margin"].as_i64().expect("a margin");
    let combos = all_answers(&model);
    assert_eq!(combos.len(), 65_536);
    let mut counts = std::collections::BTreeMap::new();
    for answers in &combos {
        let rec = recommend(&model, answers).expect("complete answers give an outcome");
        let (path, t, l, reasons) = old_rule(&weights, margin, answers);
        assert_eq!(rec.outcome.key(&model), path, "{answers:?}");
        let scores: Vec<i64> = rec.scores.iter().map(|&s| i64::from(s)).collect();
        assert_eq!(scores, [t, l], "{answers:?}");
        let got: Vec<(usize, usize, i64)> = rec
            .reasons
            .iter()
            .map(|r| (r.question, r.option, r.pull))
            .collect();
        assert_eq!(got, reasons, "{answers:?}");
        *counts.entry(path).or_insert(0) += 1;
    }
    let counts: Vec<(&str, i32)> = counts.into_iter().collect();
    assert_eq!(
        counts,
        [
            ("blend", 16_576),
            ("leadership", 24_880),
            ("technical", 24_080)
        ]
    );
}

fn assert_same_text(new: &OutcomeText, old: &Value, reminder: &str) {
    assert_eq!(new.title, old["title"].as_str().unwrap_or_default());
    assert_eq!(new.summary, old["summary"].as_str().unwrap_or_default());
    let steps: Vec<&str> = old["next_steps"]
        .as_array()
        .expect("steps")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert_eq!(new.next_steps, steps);
    assert_eq!(new.reminder, reminder);
}

#[test]
fn the_converted_questionnaire_has_the_frozen_texts_ids_and_order() {
    let model = builtin_model().expect("the built-in questionnaire is valid");
    let doc = frozen();
    let s = |v: &Value| v.as_str().unwrap_or_default().to_owned();
    assert_eq!(
        (&model.id, &model.title, &model.intro),
        (&s(&doc["id"]), &s(&doc["title"]), &s(&doc["intro"]))
    );
    let reminder = s(&doc["literacy_reminder"]);
    let [technical, leadership] = model.paths.as_slice() else {
        panic!("two paths");
    };
    assert_eq!(
        (technical.id.as_str(), leadership.id.as_str()),
        ("technical", "leadership")
    );
    assert_same_text(&technical.outcome, &doc["outcomes"]["technical"], "");
    assert_same_text(
        &leadership.outcome,
        &doc["outcomes"]["leadership"],
        &reminder,
    );
    let blend = model.blend(0, 1).expect("the blend");
    assert_same_text(&blend.text, &doc["outcomes"]["blend"], &reminder);
    let weights = old_weights(&doc);
    let questions = doc["questions"].as_array().expect("questions");
    assert_eq!(model.questions.len(), questions.len());
    for ((q, old), w) in model.questions.iter().zip(questions).zip(&weights) {
        assert_eq!((&q.id, &q.prompt), (&s(&old["id"]), &s(&old["prompt"])));
        let options = old["options"].as_array().expect("options");
        assert_eq!(q.options.len(), options.len());
        for ((o, old), &(t, l)) in q.options.iter().zip(options).zip(w) {
            assert_eq!(
                (&o.id, &o.label, &o.reason),
                (&s(&old["id"]), &s(&old["label"]), &s(&old["reason"]))
            );
            assert_eq!(o.weights, [t as u32, l as u32]);
        }
    }
}
