//! cmi5 as an LMS receives it: the statement sequence for each launch mode and outcome,
//! every cmi5 rule a statement must follow (as LMS.md lists them, with the spec's ids),
//! reloads that repeat neither `initialized` nor `completed`, and launches that cannot be
//! reported against.
#![cfg(not(target_arch = "wasm32"))]

mod report_support;

use report_support::*;
use serde_json::Value;
use twofold_core::game::{Action, FeedbackMode, Opening};
use twofold_core::report::{
    Cmi5Start, LaunchError, LmsCall, LmsStart, MasterySource, Practice, Reporter, STATE_ID,
};

const MYTH: &str = "myth-or-fact";
const CMI5: &str = "https://w3id.org/xapi/cmi5/context/categories/cmi5";
const MOVEON: &str = "https://w3id.org/xapi/cmi5/context/categories/moveon";
const SESSION_EXT: &str = "https://w3id.org/xapi/cmi5/context/extensions/sessionid";
const MASTERY_EXT: &str = "https://w3id.org/xapi/cmi5/context/extensions/masteryscore";

fn cmi5(mode: &str, mastery: Option<&str>, state: Option<String>) -> LmsStart {
    LmsStart::Cmi5(cmi5_start(mode, mastery, state))
}

fn categories(s: &Value) -> Vec<String> {
    s["context"]["contextActivities"]["category"]
        .as_array()
        .map(|list| {
            list.iter()
                .map(|a| a["id"].as_str().unwrap().to_string())
                .collect()
        })
        .unwrap_or_default()
}

/// The last state document saved.
fn state_document(calls: &[LmsCall]) -> Option<String> {
    calls.iter().rev().find_map(|c| match c {
        LmsCall::SaveState { document } => Some(document.clone()),
        _ => None,
    })
}

/// Plays a whole session: start, one round scoring `percent`, finish.
fn session(mode: &str, mastery: Option<&str>, percent: usize) -> Play {
    let mut play = Play::start(cmi5(mode, mastery, None), MYTH, FeedbackMode::Immediate);
    play.round_scoring(percent);
    let end = play.reporter.finish(play.now + 1_000);
    play.calls.extend(end);
    play
}

/// Every rule every statement of a session must follow.
fn check_rules(calls: &[LmsCall]) {
    let all = statements(calls);
    for (n, s) in all.iter().enumerate() {
        let verb = s["verb"]["display"]["en"].as_str().unwrap();
        let at = format!("statement {n} ({verb})");
        // The id [9.1.0.0-1] and the UTC timestamp [9.7.0.0-2] are the script's
        // (tests/lms/cmi5-transport.test.mjs); the statement carries its instant.
        assert!(
            s.get("id").is_none() && s.get("timestamp").is_none(),
            "{at}: no id or timestamp of its own"
        );
        assert_eq!(
            s["actor"]["account"]["name"], "learner-42",
            "{at}: the launch's actor"
        );
        assert_eq!(
            s["verb"]["display"]["en-US"], verb,
            "{at}: en-US and en labels"
        );
        assert!(s["verb"]["id"]
            .as_str()
            .unwrap()
            .starts_with("http://adlnet.gov/expapi/verbs/"));
        let context = &s["context"];
        assert_eq!(context["registration"], REGISTRATION, "{at} [9.6.1.0-1]");
        assert_eq!(
            context["extensions"][SESSION_EXT], SESSION,
            "{at} [9.6.3.1-4]"
        );
        assert_eq!(
            context["contextActivities"]["grouping"][0]["id"], "https://publisher.example/au/sort",
            "{at}: the context template is the base [9.6.2.0-1]"
        );
        let cats = categories(s);
        let result = &s["result"];
        let has_success_or_completion =
            !result["success"].is_null() || !result["completion"].is_null();
        if verb == "answered" {
            assert!(
                !cats.contains(&CMI5.to_string()),
                "{at}: cmi5 allowed, not defined"
            );
            assert!(!cats.contains(&MOVEON.to_string()), "{at} [9.6.2.2-2]");
            let id = s["object"]["id"].as_str().unwrap();
            assert!(
                id.starts_with(&format!("{ACTIVITY_ID}/")),
                "{at}: {id} under the AU"
            );
            assert_eq!(
                s["object"]["definition"]["type"],
                "http://adlnet.gov/expapi/activities/cmi.interaction"
            );
            continue;
        }
        assert_eq!(s["object"]["id"], ACTIVITY_ID, "{at} [8.1.5.0-6]");
        assert!(cats.contains(&CMI5.to_string()), "{at} [9.6.2.1-1]");
        assert_eq!(
            cats.contains(&MOVEON.to_string()),
            has_success_or_completion,
            "{at} [9.6.2.2-1]"
        );
        assert_eq!(
            result["completion"].as_bool(),
            (verb == "completed").then_some(true),
            "{at}: completion only on completed"
        );
        match verb {
            "passed" => assert_eq!(result["success"], true, "{at}"),
            "failed" => assert_eq!(result["success"], false, "{at}"),
            _ => assert!(
                result["success"].is_null(),
                "{at}: success only on passed/failed"
            ),
        }
        if matches!(verb, "passed" | "failed") {
            let score = &result["score"];
            for k in ["scaled", "raw", "min", "max"] {
                assert!(score[k].is_number(), "{at}: score.{k}");
            }
            assert!(score["raw"].as_f64() <= score["max"].as_f64());
            assert_eq!(
                score["scaled"].as_f64().unwrap() * 100.0,
                score["raw"].as_f64().unwrap()
            );
        } else {
            assert!(
                result["score"].is_null(),
                "{at}: score only on passed/failed [9.5.1.0-2]"
            );
        }
        if matches!(verb, "terminated" | "completed" | "passed" | "failed") {
            assert!(
                is_iso_duration(result["duration"].as_str().unwrap()),
                "{at} [9.5.4.1]"
            );
        }
    }
    // Order: initialized first, terminated last, nothing twice in a session, never both
    // passed and failed.
    let verbs = verbs(calls);
    if let Some(first) = verbs.first() {
        assert_eq!(first, "initialized", "{verbs:?} [9.3.0.0-4]");
    }
    if let Some(i) = verbs.iter().position(|v| v == "terminated") {
        assert_eq!(i, verbs.len() - 1, "{verbs:?} [9.3.0.0-5]");
        assert_eq!(
            calls.last().unwrap(),
            calls
                .iter()
                .rev()
                .find(|c| matches!(c, LmsCall::Send(_)))
                .unwrap(),
            "nothing after terminated"
        );
    }
    for v in ["initialized", "completed", "passed", "failed", "terminated"] {
        assert!(
            verbs.iter().filter(|x| *x == v).count() <= 1,
            "{v} twice: {verbs:?}"
        );
    }
    assert!(!(verbs.contains(&"passed".into()) && verbs.contains(&"failed".into())));
}

fn without_answered(calls: &[LmsCall]) -> Vec<String> {
    verbs(calls)
        .into_iter()
        .filter(|v| v != "answered")
        .collect()
}

#[test]
fn a_normal_session_that_passes_sends_initialized_answers_completed_passed_terminated() {
    let play = session("Normal", None, 100);
    check_rules(&play.calls);
    let verbs = verbs(&play.calls);
    assert_eq!(
        verbs.iter().filter(|v| *v == "answered").count(),
        15,
        "one per card"
    );
    assert_eq!(
        without_answered(&play.calls),
        ["initialized", "completed", "passed", "terminated"]
    );
    let all = statements(&play.calls);
    let passed = all
        .iter()
        .find(|s| s["verb"]["display"]["en"] == "passed")
        .unwrap();
    assert_eq!(passed["result"]["score"]["raw"], 100);
    assert_eq!(passed["result"]["score"]["scaled"], 1);
    assert!(
        passed["context"]["extensions"][MASTERY_EXT].is_null(),
        "the LMS gave no masteryScore"
    );
    assert_eq!(play.reporter.mastery().source, MasterySource::Default);
    assert_eq!(
        play.reporter.return_url(),
        Some("https://lms.example/course/7")
    );
}

#[test]
fn an_answered_statement_names_the_card_its_piles_and_the_learners_pile() {
    let mut play = Play::start(cmi5("Normal", None, None), MYTH, FeedbackMode::Immediate);
    let card = &play.deck.cards[play.game.current_card().unwrap()].clone();
    let calls = play.place(false);
    let s = &statements(&calls)[0];
    assert_eq!(s["verb"]["display"]["en"], "answered");
    assert_eq!(
        s["object"]["id"],
        format!("{ACTIVITY_ID}/cards/myth-or-fact/{}", card.id)
    );
    let def = &s["object"]["definition"];
    assert_eq!(def["interactionType"], "choice");
    assert_eq!(def["description"]["en"], card.text.as_str());
    let choices: Vec<&str> = def["choices"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    assert_eq!(choices, ["myth", "fact"]);
    assert_eq!(def["choices"][0]["description"]["en"], "Myth");
    assert_eq!(def["correctResponsesPattern"][0], card.pile.as_str());
    assert_ne!(s["result"]["response"], card.pile.as_str());
    assert_eq!(s["result"]["success"], false);
    assert_eq!(s["result"]["duration"], "PT2.5S");
    assert_eq!(
        sent_at(&calls)[0],
        T0 + 10_500,
        "when the card was placed (its timestamp, 2026-12-01T09:30:10.500Z)"
    );
}

#[test]
fn a_failing_score_against_the_lmss_mastery_sends_failed_with_the_masteryscore_it_gave() {
    let play = session("Normal", Some("0.9"), 80);
    check_rules(&play.calls);
    assert_eq!(
        without_answered(&play.calls),
        ["initialized", "completed", "failed", "terminated"]
    );
    let failed = statements(&play.calls)
        .into_iter()
        .find(|s| s["verb"]["display"]["en"] == "failed")
        .unwrap();
    assert_eq!(failed["context"]["extensions"][MASTERY_EXT], 0.9);
    assert_eq!(failed["result"]["score"]["scaled"], 0.8);
    assert_eq!(play.reporter.mastery().source, MasterySource::Lms);
    // The same score passes against a lower mastery, with that extension.
    let play = session("Normal", Some("0.8"), 80);
    let passed = statements(&play.calls)
        .into_iter()
        .find(|s| s["verb"]["display"]["en"] == "passed")
        .unwrap();
    assert_eq!(passed["context"]["extensions"][MASTERY_EXT], 0.8);
}

#[test]
fn browse_and_review_send_only_initialized_and_terminated() {
    for mode in ["Browse", "Review"] {
        let play = session(mode, Some("0.5"), 100);
        check_rules(&play.calls);
        assert_eq!(verbs(&play.calls), ["initialized", "terminated"], "{mode}");
        assert_eq!(play.reporter.practice(), Some(Practice::NotForCredit));
        assert!(
            state_document(&play.calls).is_some(),
            "{mode}: progress is still saved"
        );
    }
}

#[test]
fn the_chooser_completes_with_no_score_and_reports_its_outcome_and_answers() {
    let mut c = Choose::start(cmi5("Normal", None, None));
    c.answer_all(|_| 0);
    let end = c.reporter.finish(c.now + 1_000);
    c.calls.extend(end);
    check_rules(&c.calls);
    assert_eq!(
        without_answered(&c.calls),
        ["initialized", "completed", "terminated"]
    );
    let all = statements(&c.calls);
    assert!(
        all.iter().all(|s| s["result"]["score"].is_null()),
        "no LMS shows 0"
    );
    let questions: Vec<&Value> = all
        .iter()
        .filter(|s| s["object"]["id"].as_str().unwrap().contains("/questions/"))
        .collect();
    assert_eq!(questions.len(), c.model.questions.len());
    let q0 = &c.model.questions[0];
    assert_eq!(
        questions[0]["object"]["id"],
        format!("{ACTIVITY_ID}/questions/career-path/{}", q0.id)
    );
    assert_eq!(
        questions[0]["result"]["response"],
        q0.options[0].id.as_str()
    );
    assert_eq!(
        questions[0]["object"]["definition"]["description"]["en"],
        q0.prompt.as_str()
    );
    let outcome = all
        .iter()
        .find(|s| s["object"]["id"] == format!("{ACTIVITY_ID}/outcome/career-path"))
        .unwrap();
    assert_eq!(outcome["object"]["definition"]["interactionType"], "other");
    let rec = c.session.chooser().result(&c.model).unwrap();
    assert_eq!(outcome["result"]["response"], rec.outcome.key(&c.model));
    let scores = &outcome["result"]["extensions"][format!("{ACTIVITY_ID}/extensions/path-scores")];
    for (path, score) in c.model.paths.iter().zip(&rec.scores) {
        assert_eq!(scores[&path.id], *score, "{}", path.id);
    }
}

#[test]
fn a_reload_in_the_same_session_sends_no_second_initialized_or_completed() {
    let mut first = Play::start(cmi5("Normal", None, None), MYTH, FeedbackMode::Immediate);
    first.round_scoring(40);
    assert_eq!(
        without_answered(&first.calls),
        ["initialized", "completed", "failed"]
    );
    // The page reloads: the state document comes back from the LRS.
    let state = state_document(&first.calls).unwrap();
    assert!(state.contains("report="), "{state}");
    let mut again = Play::start(
        cmi5("Normal", None, Some(state)),
        MYTH,
        FeedbackMode::Immediate,
    );
    assert!(
        verbs(&again.calls).is_empty(),
        "no second initialized: {:?}",
        verbs(&again.calls)
    );
    assert_eq!(
        again.reporter.practice(),
        Some(Practice::AlreadyJudged),
        "one verdict per session"
    );
    again.round_scoring(100);
    assert!(
        without_answered(&again.calls).is_empty(),
        "{:?}",
        verbs(&again.calls)
    );
    let end = again.reporter.finish(again.now);
    assert_eq!(verbs(&end), ["terminated"]);
    // A reload after terminated: this session is over.
    let state = state_document(&end).unwrap();
    let (closed, calls) = Reporter::start(
        cmi5("Normal", None, Some(state.clone())),
        options(),
        T0 + 9_000_000,
    )
    .unwrap();
    assert!(calls.is_empty() && closed.is_finished());
    // The LMS launches a new session: initialized again, a pass may now be sent, never a
    // second completed.
    let mut next = cmi5_start("Normal", None, Some(state));
    next.launch_data = launch_data("Normal", None, "a-new-session-id");
    let mut third = Play::start(LmsStart::Cmi5(next), MYTH, FeedbackMode::Immediate);
    assert_eq!(verbs(&third.calls), ["initialized"]);
    assert_eq!(third.reporter.practice(), None);
    third.round_scoring(100);
    assert_eq!(without_answered(&third.calls), ["initialized", "passed"]);
}

#[test]
fn after_a_pass_no_later_session_sends_failed_and_play_again_is_practice() {
    let mut play = Play::start(cmi5("Normal", None, None), MYTH, FeedbackMode::Immediate);
    play.round_scoring(100);
    play.act(Action::PlayAgain { seed: 9 }, 1_000);
    assert_eq!(play.reporter.practice(), Some(Practice::AlreadyPassed));
    play.round_scoring(0);
    assert_eq!(
        without_answered(&play.calls),
        ["initialized", "completed", "passed"]
    );
    let state = state_document(&play.calls).unwrap();
    let mut next = cmi5_start("Normal", None, Some(state));
    next.launch_data = launch_data("Normal", None, "session-2");
    let mut later = Play::start(LmsStart::Cmi5(next), MYTH, FeedbackMode::Immediate);
    later.round_scoring(0);
    assert_eq!(
        without_answered(&later.calls),
        ["initialized"],
        "no failed after passed [9.3.0.0-8]"
    );
    // Retry rounds keep reporting answers (practice, but the learner's work is recorded).
    later.act(Action::RetryMissed, 1_000);
    let before = later.calls.len();
    later.place(true);
    assert_eq!(verbs(&later.calls[before..]), ["answered"]);
}

#[test]
fn a_resumed_game_reports_on_where_it_was() {
    let mut play = Play::start(cmi5("Normal", None, None), MYTH, FeedbackMode::Immediate);
    for _ in 0..5 {
        play.place(true);
        play.act(Action::Next, 500);
    }
    let state = state_document(&play.calls).unwrap();
    let (reporter, calls) = Reporter::start(
        cmi5("Normal", None, Some(state)),
        options(),
        play.now + 60_000,
    )
    .unwrap();
    assert!(verbs(&calls).is_empty());
    let session = twofold_core::session::Session::new(std::rc::Rc::new(reporter.store()));
    let game = session
        .game(&play.deck)
        .unwrap()
        .expect("the game is in the state document");
    assert_eq!(game, play.game);
    let mut resumed = Play {
        reporter,
        session,
        game,
        now: play.now + 60_000,
        deck: play.deck.clone(),
        calls,
    };
    resumed.open(Opening::Resumed);
    resumed.round(|_| true);
    let end = resumed.reporter.finish(resumed.now);
    resumed.calls.extend(end);
    assert_eq!(
        without_answered(&resumed.calls),
        ["completed", "passed", "terminated"]
    );
    assert_eq!(
        verbs(&resumed.calls)
            .iter()
            .filter(|v| *v == "answered")
            .count(),
        10
    );
    let terminated = statements(&resumed.calls).pop().unwrap();
    let duration = terminated["result"]["duration"].as_str().unwrap();
    assert!(
        duration.starts_with("PT1M") || duration.starts_with("PT2M"),
        "the session spans the reload: {duration}"
    );
}

#[test]
fn a_launch_without_what_statements_need_is_refused_with_its_reason() {
    let base = cmi5_start("Normal", None, None);
    let cases: [(Cmi5Start, &str); 4] = [
        (
            Cmi5Start {
                actor: "{not json".into(),
                ..base.clone()
            },
            "The LMS's actor could not be read",
        ),
        (
            Cmi5Start {
                actor: "[]".into(),
                ..base.clone()
            },
            "The LMS's actor could not be read",
        ),
        (
            Cmi5Start {
                launch_data: r#"{"launchMode":"Normal"}"#.into(),
                ..base.clone()
            },
            "The LMS's launch does not give contextTemplate, so results are not reported.",
        ),
        (
            Cmi5Start {
                registration: String::new(),
                ..base.clone()
            },
            "The LMS's launch does not give registration",
        ),
    ];
    for (start, words) in cases {
        let err: LaunchError = Reporter::start(LmsStart::Cmi5(start), options(), T0).unwrap_err();
        assert!(err.to_string().starts_with(words), "{err}");
    }
    // A masteryScore that is not one is ignored with a problem, and the default used.
    let mut start = cmi5_start("Normal", Some("1.5"), None);
    start.launch_data = start.launch_data.replace("1.5", "\"high\"");
    let (r, _) = Reporter::start(LmsStart::Cmi5(start), options(), T0).unwrap();
    assert_eq!(r.mastery().source, MasterySource::Default);
    assert_eq!(
        r.problems()[0].to_string(),
        "The LMS gave masteryScore=\"\"high\"\", which is not a mastery score (0 to 1); it is ignored."
    );
    assert_eq!(STATE_ID, "twofold-session");
}

#[test]
fn the_learners_languages_are_the_preferences_language_list() {
    // The platform reads `languagePreference` out of the preferences (tests/lms/).
    let with = |languages: Option<&str>| {
        let mut start = cmi5_start("Normal", None, None);
        start.languages = languages.map(str::to_string);
        LmsStart::Cmi5(start).languages()
    };
    assert_eq!(with(Some("ar,en")).as_deref(), Some("ar,en"));
    // None given, or only blanks: no LMS language (the browser's is used).
    for languages in [None, Some(""), Some("  ")] {
        assert_eq!(with(languages), None, "{languages:?}");
    }
    let languages = with(Some("de, ar ,en")).unwrap();
    assert_eq!(
        twofold_core::i18n::Lang::negotiate(None, Some(&languages), &["fr"]),
        twofold_core::i18n::Lang::Ar
    );
}

#[test]
fn answers_are_described_in_the_language_start_up_settles_on() {
    let mut play = Play::start(cmi5("Normal", None, None), MYTH, FeedbackMode::Immediate);
    play.reporter.set_lang(twofold_core::i18n::Lang::Ar);
    play.place(true);
    let answered = statements(&play.calls)
        .into_iter()
        .find(|s| s["verb"]["id"].as_str().unwrap().ends_with("/answered"))
        .unwrap();
    let description = &answered["object"]["definition"]["description"];
    assert!(description["ar"].is_string(), "{description}");
    assert!(description.get("en").is_none());
}
