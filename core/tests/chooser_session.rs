//! One visit to the chooser, natively: where it starts (link beats saved, a broken
//! link falls back and says whose answers show), viewing someone's link saves nothing
//! until an answer changes, leaving ends the visit; and the events every change reports.
#![cfg(not(target_arch = "wasm32"))]

use twofold_core::chooser::{
    builtin_model, encode_link, recommend, Chooser, ChooserAction, ChooserEvent, ChooserModel,
    ChooserSession, LinkError, LinkProblem, ShownInstead, StartFrom,
};

fn model() -> ChooserModel {
    builtin_model().unwrap()
}

/// Saved progress: the first question answered with `option`, on question 2.
fn saved(model: &ChooserModel, option: usize) -> Chooser {
    let mut chooser = Chooser::new(model);
    chooser.apply(model, ChooserAction::Answer(option));
    chooser.apply(model, ChooserAction::Next);
    chooser
}

fn last_options(model: &ChooserModel) -> Vec<usize> {
    model
        .questions
        .iter()
        .map(|q| q.options.len() - 1)
        .collect()
}

/// A link that decodes to nothing: its checksum is wrong.
fn tampered(model: &ChooserModel) -> String {
    let link = encode_link(model, &last_options(model));
    let (body, sum) = link.rsplit_once('-').unwrap();
    let other = if sum == "00" { "01" } else { "00" };
    format!("{body}-{other}")
}

#[test]
fn a_result_link_beats_saved_progress() {
    let model = model();
    let answers = last_options(&model);
    let link = encode_link(&model, &answers);
    let (session, events) = ChooserSession::start(&model, Some(&link), Some(saved(&model, 0)));
    assert_eq!(
        events,
        vec![ChooserEvent::Started {
            from: StartFrom::Link
        }]
    );
    assert_eq!(session.chooser().complete_answers(), Some(answers));
    assert_eq!(session.chooser().step(), None, "the result is shown");
    assert!(session.viewing_link());
    assert_eq!(session.link_problem(), None);
}

#[test]
fn a_broken_link_falls_back_to_saved_answers_and_says_they_are_the_learners_own() {
    let model = model();
    let own = saved(&model, 1);
    let (session, events) =
        ChooserSession::start(&model, Some(&tampered(&model)), Some(own.clone()));
    assert_eq!(session.chooser(), &own);
    assert_eq!(
        session.link_problem(),
        Some(&LinkProblem {
            error: LinkError::Tampered,
            instead: ShownInstead::OwnAnswers,
        })
    );
    assert!(!session.viewing_link());
    assert_eq!(
        events,
        vec![ChooserEvent::Started {
            from: StartFrom::Saved
        }]
    );
}

#[test]
fn a_broken_link_with_no_answers_of_their_own_says_it_is_a_fresh_start() {
    let model = model();
    for nothing_answered in [None, Some(Chooser::new(&model))] {
        let (session, _) = ChooserSession::start(&model, Some("cp1-nonsense"), nothing_answered);
        assert_eq!(session.chooser(), &Chooser::new(&model));
        assert_eq!(
            session.link_problem(),
            Some(&LinkProblem {
                error: LinkError::Malformed,
                instead: ShownInstead::FreshStart,
            })
        );
    }
}

#[test]
fn without_a_link_saved_progress_else_a_fresh_start() {
    let model = model();
    let own = saved(&model, 2);
    let (session, events) = ChooserSession::start(&model, None, Some(own.clone()));
    assert_eq!((session.chooser(), session.viewing_link()), (&own, false));
    assert_eq!(
        events,
        vec![ChooserEvent::Started {
            from: StartFrom::Saved
        }]
    );
    let (session, events) = ChooserSession::start(&model, None, None);
    assert_eq!(session.chooser(), &Chooser::new(&model));
    assert_eq!(
        events,
        vec![ChooserEvent::Started {
            from: StartFrom::Fresh
        }]
    );
}

#[test]
fn viewing_a_link_lasts_until_an_answer_changes_and_then_for_good() {
    let model = model();
    let answers = last_options(&model);
    let link = encode_link(&model, &answers);
    let (mut session, _) = ChooserSession::start(&model, Some(&link), Some(saved(&model, 0)));
    session.apply(&model, ChooserAction::Back);
    session.apply(&model, ChooserAction::Back);
    session.apply(&model, ChooserAction::Next);
    assert!(session.viewing_link(), "stepping around changes no answer");
    let question = session.chooser().step().unwrap();
    let events = session.apply(&model, ChooserAction::Answer(0));
    assert!(matches!(events[..], [ChooserEvent::AnswerChanged { .. }]));
    assert!(!session.viewing_link(), "the learner's own answers now");
    session.apply(&model, ChooserAction::Answer(answers[question]));
    assert!(
        !session.viewing_link(),
        "changing it back does not make them someone else's"
    );
}

#[test]
fn restarting_someone_elses_result_makes_the_answers_the_learners() {
    let model = model();
    let link = encode_link(&model, &last_options(&model));
    let (mut session, _) = ChooserSession::start(&model, Some(&link), None);
    assert_eq!(
        session.apply(&model, ChooserAction::Restart),
        vec![ChooserEvent::Restarted]
    );
    assert!(!session.viewing_link());
}

#[test]
fn leaving_ends_the_visit() {
    let model = model();
    let link = encode_link(&model, &last_options(&model));
    let (mut session, _) = ChooserSession::start(&model, Some(&link), None);
    assert_eq!(session.leave(), vec![ChooserEvent::Left]);
    assert!(!session.viewing_link());
}

#[test]
fn answering_reports_a_first_answer_a_changed_one_or_nothing() {
    let model = model();
    let mut chooser = Chooser::new(&model);
    assert_eq!(
        chooser.apply(&model, ChooserAction::Answer(1)),
        vec![ChooserEvent::Answered {
            question: 0,
            option: 1
        }]
    );
    assert_eq!(
        chooser.apply(&model, ChooserAction::Answer(1)),
        vec![],
        "the same answer again changes nothing"
    );
    assert_eq!(
        chooser.apply(&model, ChooserAction::Answer(0)),
        vec![ChooserEvent::AnswerChanged {
            question: 0,
            from: 1,
            to: 0
        }]
    );
    assert_eq!(
        chooser.apply(&model, ChooserAction::Answer(99)),
        vec![],
        "no such option"
    );
}

#[test]
fn stepping_reports_the_question_shown_and_the_last_next_completes_with_the_scores() {
    let model = model();
    let answers = last_options(&model);
    let mut chooser = Chooser::new(&model);
    chooser.apply(&model, ChooserAction::Answer(answers[0]));
    assert_eq!(
        chooser.apply(&model, ChooserAction::Next),
        vec![ChooserEvent::QuestionShown { question: 1 }]
    );
    assert_eq!(
        chooser.apply(&model, ChooserAction::Back),
        vec![ChooserEvent::QuestionShown { question: 0 }]
    );
    assert_eq!(chooser.apply(&model, ChooserAction::Back), vec![]);
    let mut last = Vec::new();
    for &option in &answers {
        chooser.apply(&model, ChooserAction::Answer(option));
        last = chooser.apply(&model, ChooserAction::Next);
    }
    let rec = recommend(&model, &answers).unwrap();
    assert_eq!(
        last,
        vec![ChooserEvent::Completed {
            outcome: rec.outcome,
            scores: rec.scores
        }]
    );
    assert_eq!(
        chooser.apply(&model, ChooserAction::Back),
        vec![ChooserEvent::QuestionShown {
            question: answers.len() - 1
        }]
    );
}

#[test]
fn a_link_problem_is_worded_by_the_message_table() {
    let catalog = twofold_core::i18n::Lang::En.catalog();
    let error = LinkError::NoSuchOption { question: 2 };
    assert_eq!(
        catalog.format(&error.message()),
        "this result link gives an answer question 3 does not have",
        "questions count from 1"
    );
    assert_eq!(
        error.to_string(),
        catalog.format(&error.message()),
        "Display is the English table's"
    );
    assert_eq!(
        catalog.format(&LinkError::Tampered.message()),
        "this result link was changed or cut short"
    );
}
