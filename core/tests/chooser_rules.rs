//! The career-path chooser, natively: every answer combination is enumerated;
//! outcomes are defined, deterministic, a blend exactly within the margin, and
//! the reasons are the heaviest answers. Links round-trip; tampering is caught.
#![cfg(not(target_arch = "wasm32"))]

use twofold_core::chooser::{
    builtin_model, decode_link, encode_link, parse_model, recommend, Chooser, ChooserAction,
    ChooserModel, LinkError, Outcome,
};

const TECHNICAL: Outcome = Outcome::Path(0);
const LEADERSHIP: Outcome = Outcome::Path(1);
const BLEND: Outcome = Outcome::Blend(0, 1);

fn model() -> ChooserModel {
    builtin_model().expect("the built-in questionnaire is valid")
}

/// Every combination of answers, as an odometer over the options.
fn all_answers(model: &ChooserModel) -> Vec<Vec<usize>> {
    let sizes: Vec<usize> = model.questions.iter().map(|q| q.options.len()).collect();
    let mut out = Vec::new();
    let mut current = vec![0; sizes.len()];
    loop {
        out.push(current.clone());
        let mut i = 0;
        loop {
            if i == sizes.len() {
                return out;
            }
            current[i] += 1;
            if current[i] < sizes[i] {
                break;
            }
            current[i] = 0;
            i += 1;
        }
    }
}

fn weights(model: &ChooserModel, q: usize, o: usize) -> (i64, i64) {
    let option = &model.questions[q].options[o];
    (i64::from(option.weight(0)), i64::from(option.weight(1)))
}

#[test]
fn the_questionnaire_has_the_promised_shape() {
    let model = model();
    assert!((7..=10).contains(&model.questions.len()));
    for q in &model.questions {
        assert!((3..=5).contains(&q.options.len()), "{}", q.id);
    }
    let ids: Vec<&str> = model.paths.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["technical", "leadership"]);
    for path in [TECHNICAL, LEADERSHIP, BLEND] {
        let steps = model.outcome_text(path).unwrap().next_steps.len();
        assert!((3..=4).contains(&steps), "{path:?} has {steps} next steps");
    }
}

#[test]
fn every_combination_has_a_defined_deterministic_outcome_with_true_reasons() {
    let model = model();
    let combos = all_answers(&model);
    let expected: usize = model.questions.iter().map(|q| q.options.len()).product();
    assert_eq!(combos.len(), expected);
    let mut seen = std::collections::HashMap::new();
    for answers in &combos {
        let rec = recommend(&model, answers).expect("complete answers give an outcome");
        assert_eq!(
            Some(&rec),
            recommend(&model, answers).as_ref(),
            "deterministic"
        );
        let (t, l) = answers
            .iter()
            .enumerate()
            .map(|(q, &o)| weights(&model, q, o))
            .fold((0, 0), |(a, b), (t, l)| (a + t, b + l));
        assert_eq!(
            rec.scores,
            [u32::try_from(t).unwrap(), u32::try_from(l).unwrap()]
        );
        let within = (t - l).abs() <= i64::from(model.blend_margin);
        assert_eq!(
            rec.outcome == BLEND,
            within,
            "blend exactly within the margin: {answers:?}"
        );
        if !within {
            assert_eq!(rec.outcome == TECHNICAL, t > l);
        }
        // Reasons are the heaviest contributing answers toward the outcome.
        let pull = |q: usize, o: usize, path: Outcome| {
            let (t, l) = weights(&model, q, o);
            match path {
                TECHNICAL => t - l,
                LEADERSHIP => l - t,
                _ => t + l,
            }
        };
        assert!(
            !rec.reasons.is_empty() || rec.outcome == BLEND,
            "{answers:?}"
        );
        match rec.outcome {
            Outcome::Path(_) => {
                assert!(rec.reasons.len() <= 3);
                let listed: Vec<i64> = rec.reasons.iter().map(|r| r.pull).collect();
                let mut all: Vec<i64> = answers
                    .iter()
                    .enumerate()
                    .map(|(q, &o)| pull(q, o, rec.outcome))
                    .filter(|&p| p > 0)
                    .collect();
                all.sort_by(|a, b| b.cmp(a));
                all.truncate(listed.len());
                assert_eq!(listed, all, "{answers:?}");
                for r in &rec.reasons {
                    assert_eq!(answers[r.question], r.option);
                    assert_eq!(r.pull, pull(r.question, r.option, rec.outcome));
                }
            }
            Outcome::Blend(..) => {
                assert!(rec.reasons.len() <= 2);
                for r in &rec.reasons {
                    assert_eq!(answers[r.question], r.option);
                }
            }
        }
        *seen.entry(rec.outcome).or_insert(0) += 1;
    }
    assert_eq!(seen.len(), 3, "every outcome is reachable: {seen:?}");
}

/// The option of each question whose weights lean furthest one way.
fn leaning(model: &ChooserModel, toward_technical: bool) -> Vec<usize> {
    model
        .questions
        .iter()
        .enumerate()
        .map(|(q, question)| {
            (0..question.options.len())
                .max_by_key(|&o| {
                    let (t, l) = weights(model, q, o);
                    if toward_technical {
                        t - l
                    } else {
                        l - t
                    }
                })
                .unwrap()
        })
        .collect()
}

#[test]
fn mastering_a_craft_as_an_individual_contributor_means_technical_training() {
    let model = model();
    let answers = leaning(&model, true);
    let labels: Vec<&str> = answers
        .iter()
        .enumerate()
        .map(|(q, &o)| model.questions[q].options[o].label.as_str())
        .collect();
    assert!(
        labels.iter().any(|l| l.to_lowercase().contains("craft")),
        "{labels:?}"
    );
    assert_eq!(recommend(&model, &answers).unwrap().outcome, TECHNICAL);
}

#[test]
fn moving_into_management_or_the_c_suite_means_leadership_development() {
    let model = model();
    let answers = leaning(&model, false);
    assert_eq!(recommend(&model, &answers).unwrap().outcome, LEADERSHIP);
}

#[test]
fn stepping_back_and_changing_an_answer_changes_the_result() {
    let model = model();
    let mut chooser = Chooser::new(&model);
    assert!(
        chooser.apply(&model, ChooserAction::Next).is_empty(),
        "cannot skip a question"
    );
    for &o in &leaning(&model, true) {
        assert!(!chooser.apply(&model, ChooserAction::Answer(o)).is_empty());
        assert!(!chooser.apply(&model, ChooserAction::Next).is_empty());
    }
    assert_eq!(chooser.step(), None);
    assert_eq!(chooser.result(&model).unwrap().outcome, TECHNICAL);
    let leadership = leaning(&model, false);
    let n = model.questions.len();
    for q in (0..n).rev() {
        assert!(!chooser.apply(&model, ChooserAction::Back).is_empty());
        assert_eq!(chooser.step(), Some(q));
        chooser.apply(&model, ChooserAction::Answer(leadership[q]));
    }
    assert!(
        chooser.apply(&model, ChooserAction::Back).is_empty(),
        "no step before the first"
    );
    for _ in 0..n {
        chooser.apply(&model, ChooserAction::Next);
    }
    assert_eq!(chooser.result(&model).unwrap().outcome, LEADERSHIP);
    chooser.apply(&model, ChooserAction::Restart);
    assert_eq!((chooser.step(), chooser.answered()), (Some(0), 0));
}

#[test]
fn saved_progress_round_trips_and_foreign_saves_are_ignored() {
    let model = model();
    let mut chooser = Chooser::new(&model);
    chooser.apply(&model, ChooserAction::Answer(1));
    chooser.apply(&model, ChooserAction::Next);
    chooser.apply(&model, ChooserAction::Answer(2));
    let restored = Chooser::decode(&chooser.encode(&model), &model).unwrap();
    assert_eq!(restored, chooser);
    assert_eq!(Chooser::decode("{\"v\":1}", &model), None);
    let saved = chooser.encode(&model);
    let mut fields: Vec<&str> = saved.split(';').collect();
    fields[2] = "7";
    let tampered = fields.join(";");
    assert_eq!(Chooser::decode(&tampered, &model), None);
}

#[test]
fn result_links_round_trip_for_every_combination() {
    let model = model();
    for answers in all_answers(&model).iter().step_by(97) {
        let link = encode_link(&model, answers);
        assert_eq!(decode_link(&model, &link).as_ref(), Ok(answers));
    }
}

#[test]
fn tampered_or_truncated_links_are_refused_clearly() {
    let model = model();
    let answers = leaning(&model, true);
    let link = encode_link(&model, &answers);
    let n = model.questions.len();
    // Change one answer without fixing the checksum.
    let (digits, sum) = link.rsplit_once('-').unwrap();
    let mut changed: Vec<char> = digits.chars().collect();
    let last = changed.len() - 1;
    changed[last] = if changed[last] == '0' { '1' } else { '0' };
    let changed = format!("{}-{sum}", changed.into_iter().collect::<String>());
    assert_eq!(decode_link(&model, &changed), Err(LinkError::Tampered));
    assert_eq!(
        decode_link(&model, &link[..link.len() - 4]),
        Err(LinkError::Malformed)
    );
    assert_eq!(decode_link(&model, "hello"), Err(LinkError::Malformed));
    assert_eq!(decode_link(&model, ""), Err(LinkError::Malformed));
    let short = encode_link(&model, &answers[..n - 1]);
    assert_eq!(
        decode_link(&model, &short),
        Err(LinkError::WrongLength {
            expected: n,
            found: n - 1
        })
    );
    let mut bad = answers.clone();
    bad[0] = 9;
    assert_eq!(
        decode_link(&model, &encode_link(&model, &bad)),
        Err(LinkError::NoSuchOption { question: 0 })
    );
    assert!(LinkError::Tampered.to_string().contains("changed"));
}

#[test]
fn a_broken_questionnaire_lists_every_problem_with_its_place() {
    let text = include_str!("../../content/chooser/career-path.json").replacen(
        "\"blend_margin\"",
        "\"blend_margin\": 1, \"x_margin\"",
        1,
    );
    let err = parse_model(&text).unwrap_err();
    assert!(
        err.problems[0]
            .to_string()
            .contains("unknown field `x_margin`"),
        "{err}"
    );

    let mut doc: serde_json::Value =
        serde_json::from_str(include_str!("../../content/chooser/career-path.json")).unwrap();
    doc["questions"][1]["options"][0]["label"] = "".into();
    doc["questions"][2]["options"][1]["weights"]["technical"] = 9.into();
    let text = doc.to_string();
    let err = parse_model(&text).unwrap_err();
    assert_eq!(err.problems.len(), 2, "{err}");
    assert!(
        err.problems[0].to_string().starts_with("question 2 ("),
        "{err}"
    );
    assert!(
        err.problems[0]
            .to_string()
            .ends_with("label: must not be empty"),
        "{err}"
    );
    assert!(
        err.problems[1].to_string().ends_with(
            "option 2 (\"not-sure\") weights \"technical\": weight 9 is above the limit of 5"
        ),
        "{err}"
    );
}

/// The index of the question and option with these ids.
fn find(model: &ChooserModel, question: &str, option: &str) -> (usize, usize) {
    let q = model
        .questions
        .iter()
        .position(|q| q.id == question)
        .unwrap();
    let o = model.questions[q]
        .options
        .iter()
        .position(|o| o.id == option)
        .unwrap_or_else(|| panic!("{question} has no option {option}"));
    (q, o)
}

#[test]
fn the_goal_and_role_questions_outweigh_every_other_question_toward_each_path() {
    // A2's rule (technical training to master a craft or for one's own productivity;
    // leadership development when moving into management or the C-suite) rests on them.
    let model = model();
    for path in 0..model.paths.len() {
        let top = |q: &twofold_core::chooser::Question| {
            q.options.iter().map(|o| o.weight(path)).max().unwrap_or(0)
        };
        let ruling = ["goal", "role"];
        let others = model
            .questions
            .iter()
            .filter(|q| !ruling.contains(&q.id.as_str()))
            .map(top)
            .max()
            .unwrap();
        for id in ruling {
            let q = model.questions.iter().find(|q| q.id == id).unwrap();
            assert!(
                top(q) > others,
                "{id}'s top weight toward {} is {}, another question's {others}",
                model.paths[path].id,
                top(q)
            );
        }
    }
}

#[test]
fn the_reviews_new_manager_gets_leadership_development() {
    // Content review 2026-12-01, #24: this learner used to get a blend.
    let model = model();
    let answers: Vec<usize> = [
        ("goal", "lead-or-run-projects"),
        ("role", "new-manager"),
        ("ceiling", "not-sure"),
        ("horizon", "next-few-weeks"),
        ("learning-style", "structured-course"),
        ("improve", "people"),
        ("success", "faster-results"),
        ("team-asks", "expert-answers"),
    ]
    .iter()
    .enumerate()
    .map(|(i, (q, o))| {
        let (at, option) = find(&model, q, o);
        assert_eq!(at, i, "questions in order");
        option
    })
    .collect();
    assert_eq!(recommend(&model, &answers).unwrap().outcome, LEADERSHIP);
}

#[test]
fn unsupported_weights_are_gone_and_the_ceiling_question_can_be_set_aside() {
    let model = model();
    let weights_of = |q: &str, o: &str| {
        let (q, o) = find(&model, q, o);
        weights(&model, q, o)
    };
    // Neither article ties a structured course to technical training (A1 names it a trait
    // of leadership training), nor self-direction to it; quick wins weigh only a little.
    assert_eq!(weights_of("learning-style", "structured-course"), (1, 1));
    assert_eq!(weights_of("learning-style", "self-directed"), (0, 2));
    assert_eq!(weights_of("horizon", "next-few-weeks"), (1, 0));
    // Someone not on a technical track can say so, and it tips nothing.
    assert_eq!(weights_of("ceiling", "does-not-apply"), (0, 0));
    let technical = model.outcome_text(TECHNICAL).unwrap();
    assert!(
        technical.reminder.contains("ceiling"),
        "{}",
        technical.reminder
    );
    assert!(
        technical.reminder.contains("balance of both"),
        "{}",
        technical.reminder
    );
}
