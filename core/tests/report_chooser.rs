//! The chooser in SCORM: completion with no score (so no LMS shows 0), the outcome and
//! each path's score where a teacher can read them, one interaction per answered question,
//! and nothing repeated when the learner looks at the same result again.
#![cfg(not(target_arch = "wasm32"))]

mod report_support;

use report_support::*;
use twofold_core::chooser::ChooserAction;
use twofold_core::report::{LmsCall, LmsStart, ScormVersion};

fn scorm(version: ScormVersion) -> LmsStart {
    LmsStart::Scorm(scorm_start(version))
}

#[test]
fn scorm12_completes_without_a_score_and_writes_outcome_and_path_scores() {
    let mut c = Choose::start(scorm(ScormVersion::V12));
    let calls = c.answer_all(|q| q % 2);
    let rec = c.session.chooser().result(&c.model).unwrap();
    assert_eq!(
        last(&calls, "cmi.core.lesson_status").as_deref(),
        Some("completed")
    );
    assert!(
        sets(&c.calls)
            .iter()
            .all(|(e, _)| !e.starts_with("cmi.core.score")),
        "no score at all"
    );
    assert!(calls.contains(&LmsCall::Commit));
    let list = interactions(&calls);
    let n = c.model.questions.len();
    assert_eq!(list.len(), n + 1 + c.model.paths.len());
    for (q, i) in list[..n].iter().enumerate() {
        let question = &c.model.questions[q];
        assert_eq!(
            field(i, "id"),
            Some(format!("career-path_question_{}", question.id).as_str())
        );
        assert_eq!(field(i, "type"), Some("fill-in"));
        assert_eq!(
            field(i, "student_response"),
            Some(question.options[q % 2].id.as_str())
        );
        assert_eq!(field(i, "result"), Some("neutral"));
        assert!(is_scorm12_identifier(field(i, "id").unwrap()));
    }
    let outcome = &list[n];
    assert_eq!(field(outcome, "id"), Some("career-path_outcome"));
    assert_eq!(
        field(outcome, "student_response"),
        Some(rec.outcome.key(&c.model))
    );
    for (p, path) in c.model.paths.iter().enumerate() {
        let i = &list[n + 1 + p];
        assert_eq!(
            field(i, "id"),
            Some(format!("career-path_score_{}", path.id).as_str())
        );
        assert_eq!(field(i, "type"), Some("numeric"));
        assert_eq!(
            field(i, "student_response"),
            Some(rec.scores[p].to_string().as_str())
        );
    }
}

#[test]
fn scorm2004_describes_the_outcome_with_every_paths_score() {
    let mut c = Choose::start(scorm(ScormVersion::V2004));
    let calls = c.answer_all(|_| 0);
    let rec = c.session.chooser().result(&c.model).unwrap();
    assert_eq!(
        last(&calls, "cmi.completion_status").as_deref(),
        Some("completed")
    );
    assert_eq!(last(&calls, "cmi.success_status"), None);
    assert_eq!(last(&calls, "cmi.score.scaled"), None);
    let list = interactions(&calls);
    let n = c.model.questions.len();
    assert_eq!(list.len(), n + 1, "2004 puts the scores in the description");
    let q0 = &c.model.questions[0];
    assert_eq!(field(&list[0], "type"), Some("choice"));
    assert_eq!(
        field(&list[0], "learner_response"),
        Some(q0.options[0].id.as_str())
    );
    assert_eq!(
        field(&list[0], "description").unwrap(),
        format!("{{lang=en}}{} — {}", q0.prompt, q0.options[0].label)
    );
    let outcome = &list[n];
    assert_eq!(field(outcome, "type"), Some("other"));
    assert_eq!(
        field(outcome, "learner_response"),
        Some(rec.outcome.key(&c.model))
    );
    let expected = c
        .model
        .paths
        .iter()
        .zip(&rec.scores)
        .map(|(p, s)| format!("{} {s}", p.title))
        .collect::<Vec<_>>()
        .join(" · ");
    assert_eq!(
        field(outcome, "description").unwrap(),
        format!("{{lang=en}}{expected}")
    );
    assert!(field(outcome, "description").unwrap().contains(" · "));
}

#[test]
fn seeing_the_same_result_again_writes_nothing_new_and_a_changed_answer_writes_only_it() {
    let mut c = Choose::start(scorm(ScormVersion::V2004));
    c.answer_all(|_| 0);
    let before = interactions(&c.calls).len();
    c.act(ChooserAction::Back);
    let again = c.act(ChooserAction::Next);
    assert!(
        interactions(&again).is_empty(),
        "same answers, same outcome"
    );
    assert_eq!(
        last(&again, "cmi.completion_status"),
        None,
        "completed once"
    );
    c.act(ChooserAction::Back);
    c.act(ChooserAction::Answer(1));
    let changed = c.act(ChooserAction::Next);
    let list = interactions(&changed);
    let written: Vec<&Vec<(String, String)>> = list.iter().filter(|i| !i.is_empty()).collect();
    let last_question = c.model.questions.last().unwrap();
    assert_eq!(
        field(written[0], "id"),
        Some(format!("career-path_question_{}", last_question.id).as_str())
    );
    assert!(
        list.iter().position(|i| !i.is_empty()) == Some(before),
        "journaled after the others"
    );
}
