//! Questionnaires with three and four paths: the top path, a blend of the top
//! two within the margin, ties broken by the paths' file order, reasons pulled
//! towards a path over all the others; every problem in the paths, weights and
//! blends listed with its place; result links round-trip.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::{json, Value};
use twofold_core::chooser::{
    decode_link, encode_link, parse_model, recommend, ChooserModel, Outcome, PathColour,
};

/// A valid questionnaire with these paths (colours `path-1` … in order, a blend
/// for every pair) and one question per entry of `questions`, each option's
/// weights given per path in file order (zeros left out, as absent means 0).
fn document(paths: &[&str], margin: u32, questions: &[&[&[u32]]]) -> Value {
    let text = |title: &str| json!({"title": title, "summary": "Why.", "next_steps": ["Do it."]});
    let paths_json: Vec<Value> = paths
        .iter()
        .enumerate()
        .map(|(i, id)| {
            json!({"id": id, "title": id.to_uppercase(), "colour": format!("path-{}", i + 1),
                   "outcome": text(id)})
        })
        .collect();
    let mut blends = Vec::new();
    for (i, a) in paths.iter().enumerate() {
        for b in &paths[i + 1..] {
            let mut blend = text(&format!("{a} and {b}"));
            blend["paths"] = json!([a, b]);
            blends.push(blend);
        }
    }
    let questions: Vec<Value> = questions
        .iter()
        .enumerate()
        .map(|(qi, options)| {
            let options: Vec<Value> = options
                .iter()
                .enumerate()
                .map(|(oi, weights)| {
                    let weights: serde_json::Map<String, Value> = paths
                        .iter()
                        .zip(weights.iter())
                        .filter(|(_, &w)| w > 0)
                        .map(|(id, &w)| ((*id).to_owned(), w.into()))
                        .collect();
                    json!({"id": format!("o{}", oi + 1), "label": "An answer",
                           "weights": weights, "reason": "it says so."})
                })
                .collect();
            json!({"id": format!("q{}", qi + 1), "prompt": "Which?", "options": options})
        })
        .collect();
    json!({"id": "many-paths", "title": "Which path?", "blend_margin": margin,
           "paths": paths_json, "blends": blends, "questions": questions})
}

fn model(doc: &Value) -> ChooserModel {
    parse_model(&doc.to_string()).unwrap_or_else(|e| panic!("{e}"))
}

/// The problems in English.
fn problems(doc: &Value) -> Vec<String> {
    let error = parse_model(&doc.to_string()).expect_err("the questionnaire is refused");
    error.problems.iter().map(ToString::to_string).collect()
}

/// Reasons as `(question, option, pull)`.
fn reasons(model: &ChooserModel, answers: &[usize]) -> (Outcome, Vec<(usize, usize, i64)>) {
    let rec = recommend(model, answers).expect("an outcome");
    let reasons = rec.reasons.iter().map(|r| (r.question, r.option, r.pull));
    (rec.outcome, reasons.collect())
}

#[test]
fn three_paths_the_top_path_with_reasons_over_every_other_path() {
    // Pulls towards "a": 3-3 = 0 (not a reason), 4, 3-2 = 1, 5-1 = 4.
    let m = model(&document(
        &["a", "b", "c"],
        2,
        &[
            &[&[3, 0, 3], &[0, 1, 0]],
            &[&[4, 0, 0], &[0, 1, 0]],
            &[&[3, 2, 0], &[0, 1, 0]],
            &[&[5, 1, 0], &[0, 1, 0]],
        ],
    ));
    let rec = recommend(&m, &[0, 0, 0, 0]).expect("an outcome");
    assert_eq!(rec.outcome, Outcome::Path(0));
    assert_eq!(rec.scores, [15, 3, 3]);
    assert_eq!(rec.outcome.key(&m), "a");
    assert_eq!(
        reasons(&m, &[0, 0, 0, 0]).1,
        [(1, 0, 4), (3, 0, 4), (2, 0, 1)]
    );
    assert_eq!(
        m.outcome_text(rec.outcome).map(|t| t.title.as_str()),
        Some("a")
    );
}

#[test]
fn three_paths_a_later_path_can_win_and_blends_pair_the_top_two() {
    let m = model(&document(
        &["a", "b", "c"],
        2,
        &[
            &[&[3, 0, 0], &[0, 3, 0], &[0, 0, 3], &[2, 2, 0]],
            &[&[3, 0, 0], &[0, 3, 0], &[0, 0, 3], &[2, 2, 0]],
            &[&[3, 0, 0], &[0, 3, 0], &[0, 0, 3], &[2, 2, 0]],
        ],
    ));
    // c 6, b 3: c alone.
    assert_eq!(reasons(&m, &[2, 2, 1]).0, Outcome::Path(2));
    assert_eq!(reasons(&m, &[2, 2, 1]).1, [(0, 2, 3), (1, 2, 3)]);
    // b 5, c 3, a 2: a blend of b and c; the answer weighing a 2, b 2 pulls
    // towards b by 0, so it is no reason.
    let (outcome, why) = reasons(&m, &[1, 2, 3]);
    assert_eq!(outcome, Outcome::Blend(1, 2));
    assert_eq!(why, [(0, 1, 3), (1, 2, 3)]);
    assert_eq!(
        m.outcome_text(outcome).map(|t| t.title.as_str()),
        Some("b and c")
    );
    assert_eq!(outcome.key(&m), "blend");
}

#[test]
fn ties_are_broken_by_the_paths_order_in_the_file() {
    let m = model(&document(
        &["a", "b", "c"],
        2,
        &[
            &[&[3, 0, 0], &[0, 0, 0], &[0, 0, 4], &[0, 1, 3]],
            &[&[0, 2, 2], &[0, 0, 0]],
            &[&[1, 0, 0], &[0, 0, 0]],
        ],
    ));
    // a 4, b 2, c 2: b and c tie for second, b is listed first.
    assert_eq!(reasons(&m, &[0, 0, 0]).0, Outcome::Blend(0, 1));
    // a 1, b 2, c 6: c clearly.
    assert_eq!(reasons(&m, &[2, 0, 0]).0, Outcome::Path(2));
    // a 0, b 3, c 5: c top, b second within the margin; the pair in file order.
    let (outcome, why) = reasons(&m, &[3, 0, 1]);
    assert_eq!(outcome, Outcome::Blend(1, 2));
    assert_eq!(why, [(0, 3, 2)], "nothing pulls towards b over c");

    // All three equal: the first two in the file.
    let even = model(&document(
        &["a", "b", "c"],
        0,
        &[
            &[&[3, 0, 0], &[0, 1, 0]],
            &[&[0, 3, 0], &[0, 1, 0]],
            &[&[0, 0, 3], &[1, 0, 0]],
        ],
    ));
    assert_eq!(reasons(&even, &[0, 0, 0]).0, Outcome::Blend(0, 1));
    assert_eq!(reasons(&even, &[0, 0, 0]).1, [(0, 0, 3), (1, 0, 3)]);
}

#[test]
fn four_paths_top_path_blend_of_the_last_two_and_a_four_way_tie() {
    let q: &[&[u32]] = &[
        &[5, 0, 0, 0],
        &[0, 5, 0, 0],
        &[0, 0, 5, 0],
        &[0, 0, 0, 5],
        &[0, 0, 0, 0],
    ];
    let m = model(&document(&["w", "x", "y", "z"], 0, &[q, q, q, q]));
    assert_eq!(m.paths.len(), 4);
    assert_eq!(m.blends.len(), 6);
    assert_eq!(m.paths[3].colour, PathColour::Path4);
    let rec = recommend(&m, &[3, 3, 2, 4]).expect("an outcome");
    assert_eq!(
        (rec.outcome, rec.scores),
        (Outcome::Path(3), vec![0, 0, 5, 10])
    );
    assert_eq!(reasons(&m, &[3, 2, 3, 2]).0, Outcome::Blend(2, 3));
    assert_eq!(reasons(&m, &[3, 2, 1, 0]).0, Outcome::Blend(0, 1));
    // Nothing chosen weighs anything: every score 0, the first two paths.
    assert_eq!(reasons(&m, &[4, 4, 4, 4]), (Outcome::Blend(0, 1), vec![]));
    assert_eq!(
        m.outcome_text(Outcome::Blend(2, 3))
            .map(|t| t.title.as_str()),
        Some("y and z")
    );
}

#[test]
fn a_blend_with_no_pull_either_way_gives_the_answers_weighing_most_on_the_pair() {
    let m = model(&document(
        &["a", "b", "c"],
        1,
        &[
            &[&[2, 2, 0], &[0, 0, 0]],
            &[&[1, 1, 0], &[0, 0, 0]],
            &[&[3, 3, 3], &[0, 0, 0]],
        ],
    ));
    assert_eq!(
        reasons(&m, &[0, 0, 0]),
        (Outcome::Blend(0, 1), vec![(2, 0, 6), (0, 0, 4)])
    );
}

#[test]
fn a_path_an_option_leaves_out_weighs_nothing_for_it() {
    let doc = document(
        &["a", "b", "c"],
        0,
        &[
            &[&[1, 0, 0], &[0, 1, 0]],
            &[&[1, 0, 0], &[0, 1, 0]],
            &[&[1, 0, 0], &[0, 0, 1]],
        ],
    );
    assert_eq!(
        doc["questions"][0]["options"][0]["weights"],
        json!({"a": 1})
    );
    let m = model(&doc);
    assert_eq!(m.questions[0].options[0].weights, [1, 0, 0]);
}

#[test]
fn result_links_round_trip_with_four_paths() {
    let q: &[&[u32]] = &[&[5, 0, 0, 0], &[0, 5, 0, 0], &[0, 0, 5, 0], &[0, 0, 0, 5]];
    let m = model(&document(&["w", "x", "y", "z"], 1, &[q, q, q]));
    for answers in [[0, 0, 0], [3, 2, 1], [3, 3, 3], [1, 2, 0]] {
        let link = encode_link(&m, &answers);
        assert_eq!(decode_link(&m, &link), Ok(answers.to_vec()));
    }
}

fn three_paths() -> Value {
    let q: &[&[u32]] = &[&[3, 0, 0], &[0, 3, 0], &[0, 0, 3]];
    document(&["technical", "leadership", "craft"], 2, &[q, q, q])
}

#[test]
fn an_unknown_path_in_weights_is_named_with_its_place() {
    let mut doc = three_paths();
    doc["questions"][2]["options"][1]["weights"]["foo"] = 2.into();
    assert_eq!(
        problems(&doc),
        ["question 3 (\"q3\") option 2 (\"o2\") weights: names path \"foo\", which the questionnaire does not have"]
    );
    let mut doc = three_paths();
    doc["questions"][0]["options"][0]["weights"]["craft"] = 6.into();
    assert_eq!(
        problems(&doc),
        ["question 1 (\"q1\") option 1 (\"o1\") weights \"craft\": weight 6 is above the limit of 5"]
    );
}

#[test]
fn two_to_four_paths() {
    let q: &[&[u32]] = &[&[3], &[0]];
    let one = document(&["only"], 2, &[q, q, q]);
    assert_eq!(
        problems(&one),
        ["paths: there are 1, a questionnaire needs 2 to 4"]
    );
    let q: &[&[u32]] = &[&[3, 0, 0, 0, 0], &[0, 0, 0, 0, 3]];
    let mut five = document(&["a", "b", "c", "d", "e"], 2, &[q, q, q]);
    // Only four colour tokens exist: the fifth path borrows one.
    five["paths"][4]["colour"] = "path-1".into();
    assert_eq!(
        problems(&five),
        [
            "paths: there are 5, a questionnaire needs 2 to 4",
            "path 5 (\"e\") colour: \"path-1\" is already the colour of path 1 (\"a\")",
        ]
    );
}

#[test]
fn colour_tokens_come_from_the_fixed_set_once_each() {
    let mut doc = three_paths();
    doc["paths"][1]["colour"] = "#ff0000".into();
    doc["paths"][2]["colour"] = "path-1".into();
    assert_eq!(
        problems(&doc),
        [
            "path 2 (\"leadership\") colour: \"#ff0000\" is not one of path-1, path-2, path-3, path-4",
            "path 3 (\"craft\") colour: \"path-1\" is already the colour of path 1 (\"technical\")",
        ]
    );
    let tokens: Vec<&str> = PathColour::ALL.iter().map(|c| c.token()).collect();
    assert_eq!(tokens, ["path-1", "path-2", "path-3", "path-4"]);
}

#[test]
fn a_path_id_used_twice_is_refused() {
    let mut doc = three_paths();
    doc["paths"][2]["id"] = "technical".into();
    let found = problems(&doc);
    assert_eq!(
        found[0],
        "path 3 (\"technical\") id: is used more than once"
    );
    // The blends naming "craft" now name a path the questionnaire does not have.
    assert!(
        found.iter().skip(1).all(|p| p.starts_with("blend ")
            || p.ends_with("names path \"craft\", which the questionnaire does not have")),
        "{found:?}"
    );
}

#[test]
fn every_pair_of_paths_needs_exactly_one_blend() {
    let mut doc = three_paths();
    let blends = doc["blends"].as_array_mut().expect("blends");
    let removed = blends.remove(1); // technical + craft
    assert_eq!(removed["paths"], json!(["technical", "craft"]));
    assert_eq!(
        problems(&doc),
        ["blends: there is no blend of \"technical\" and \"craft\", and every pair of paths needs one"]
    );

    let mut doc = three_paths();
    doc["blends"][1]["paths"] = json!(["leadership", "technical"]);
    doc["blends"][2]["paths"] = json!(["craft", "craft"]);
    assert_eq!(
        problems(&doc),
        [
            "blend 2 (\"leadership\" + \"technical\") paths: blend 1 is of the same two paths",
            "blend 3 (\"craft\" + \"craft\") paths: names path \"craft\" twice, a blend is of two different paths",
            "blends: there is no blend of \"technical\" and \"craft\", and every pair of paths needs one",
            "blends: there is no blend of \"leadership\" and \"craft\", and every pair of paths needs one",
        ]
    );

    let mut doc = three_paths();
    doc["blends"][0]["paths"] = json!(["technical", "foo"]);
    doc["blends"][2]["paths"] = json!(["craft"]);
    assert_eq!(
        problems(&doc),
        [
            "blend 1 (\"technical\" + \"foo\") paths: names path \"foo\", which the questionnaire does not have",
            "blend 3 (\"craft\") paths: names 1 path, a blend is of exactly 2",
            "blends: there is no blend of \"technical\" and \"leadership\", and every pair of paths needs one",
            "blends: there is no blend of \"leadership\" and \"craft\", and every pair of paths needs one",
        ]
    );
}

#[test]
fn every_problem_in_paths_outcomes_and_blends_is_listed_at_once() {
    let mut doc = three_paths();
    doc["paths"][0]["title"] = "".into();
    doc["paths"][1]["outcome"]["next_steps"] = json!([]);
    doc["paths"][2]["outcome"]["reminder"] = "x".repeat(401).into();
    doc["blends"][0]["summary"] = " ".into();
    doc["questions"][1]["options"][0]["weights"]["leadership"] = 9.into();
    assert_eq!(
        problems(&doc),
        [
            "path 1 (\"technical\") title: must not be empty",
            "path 2 (\"leadership\") outcome next_steps: needs 1 to 5 steps",
            "path 3 (\"craft\") outcome reminder: is 401 characters long, the limit is 400",
            "blend 1 (\"technical\" + \"leadership\") summary: must not be empty",
            "question 2 (\"q2\") option 1 (\"o1\") weights \"leadership\": weight 9 is above the limit of 5",
        ]
    );
}

#[test]
fn the_shape_is_checked_first_with_line_and_column() {
    let mut doc = three_paths();
    doc["questions"][0]["options"][0]["weights"] = json!([3, 0]);
    let found = problems(&doc);
    assert_eq!(found.len(), 1);
    assert!(
        found[0].contains("expected an object in braces, found a list"),
        "{found:?}"
    );
    let mut doc = three_paths();
    doc["literacy_reminder"] = "no longer a top-level field".into();
    assert!(problems(&doc)[0].contains("unknown field `literacy_reminder`"));
}
