//! The questionnaire as the 2026-12-01 build shipped it (`fixtures/frozen-2026-12-01/`,
//! in its old two-path form), and today's questionnaire taken back to that first
//! version: the options it had then, with the weights and margin it had then.

use serde_json::Value;
use twofold_core::chooser::ChooserModel;

pub const FROZEN: &str = include_str!("../fixtures/frozen-2026-12-01/career-path.json");

pub fn frozen() -> Value {
    serde_json::from_str(FROZEN).expect("the frozen questionnaire is JSON")
}

/// `(technical, leadership)` weights of every option, per question, in the old form.
pub fn old_weights(doc: &Value) -> Vec<Vec<(i64, i64)>> {
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

/// Today's questionnaire with only the options of the first version, weighed as then.
/// (A revision only appends options, so the first ones are the frozen ones, in order;
/// `chooser_frozen.rs` checks that.)
pub fn first_version(today: &ChooserModel) -> ChooserModel {
    let doc = frozen();
    let weights = old_weights(&doc);
    let mut model = today.clone();
    model.version = 1;
    model.blend_margin = doc["blend_margin"].as_u64().expect("a margin") as u32;
    for (question, old) in model.questions.iter_mut().zip(&weights) {
        question.options.truncate(old.len());
        for (option, &(t, l)) in question.options.iter_mut().zip(old) {
            option.weights = vec![t as u32, l as u32];
        }
    }
    model
}
