//! The questionnaire's revisions keep old answers' meaning: version 2 (#12) only appends
//! options, so every question and option of the questionnaire frozen on 2026-12-01 keeps
//! its id and place. And the paths-as-data chooser still gives exactly the two-path
//! chooser's results for that first version: today's questionnaire taken back to it
//! (its options and weights then), under today's rule, is compared on all 65,536 answer
//! combinations with an independent re-implementation of the old rule applied to the
//! frozen questionnaire (old two-path form).
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/frozen.rs"]
mod frozen;

use std::cmp::Reverse;

use frozen::{first_version, frozen, old_weights};
use serde_json::Value;
use twofold_core::chooser::{builtin_model, recommend, ChooserModel};

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
fn the_first_version_gives_the_old_outcome_scores_and_reasons_for_every_combination() {
    let model = first_version(&builtin_model().expect("the built-in questionnaire is valid"));
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

/// Options whose label was reworded in a revision, with its meaning kept: `(id, why)`.
const REWORDED: [(&str, &str); 1] = [(
    "smoother-transitions",
    "made concrete (#12): handovers and reorganisations between departments",
)];

#[test]
fn a_revision_only_appends_options_so_old_answers_keep_their_meaning() {
    let model = builtin_model().expect("the built-in questionnaire is valid");
    let doc = frozen();
    let s = |v: &Value| v.as_str().unwrap_or_default().to_owned();
    assert!(model.version > 1, "the weights changed, so the version did");
    assert!(doc.get("version").is_none(), "the frozen one is version 1");
    assert_eq!(
        (&model.id, &model.title),
        (&s(&doc["id"]), &s(&doc["title"]))
    );
    let questions = doc["questions"].as_array().expect("questions");
    assert_eq!(
        model.questions.len(),
        questions.len(),
        "no question added or removed: a result link has one answer per question"
    );
    for (q, old) in model.questions.iter().zip(questions) {
        assert_eq!((&q.id, &q.prompt), (&s(&old["id"]), &s(&old["prompt"])));
        let options = old["options"].as_array().expect("options");
        assert!(q.options.len() >= options.len(), "{}: none removed", q.id);
        for (o, old) in q.options.iter().zip(options) {
            assert_eq!(
                o.id,
                s(&old["id"]),
                "{}: same option in the same place",
                q.id
            );
            if !REWORDED.iter().any(|(id, _)| *id == o.id) {
                assert_eq!(o.label, s(&old["label"]), "{}", o.id);
            }
        }
    }
    let appended: Vec<&str> = model
        .questions
        .iter()
        .zip(questions)
        .flat_map(|(q, old)| q.options[old["options"].as_array().unwrap().len()..].iter())
        .map(|o| o.id.as_str())
        .collect();
    assert_eq!(appended, ["does-not-apply"]);
    let old_paths = ["technical", "leadership", "blend"];
    for (path, key) in model.paths.iter().zip(old_paths) {
        assert_eq!(path.outcome.title, s(&doc["outcomes"][key]["title"]));
    }
}
