//! SCORM 1.2 and 2004 as an LMS receives them from real games: the values and their
//! formats per version, interactions that are legal and readable, the score and statuses,
//! the 250-interaction cap, browse/review/no-credit, the lifecycle's session time and exit.
#![cfg(not(target_arch = "wasm32"))]

mod report_support;

use report_support::*;
use twofold_core::game::{Action, FeedbackMode};
use twofold_core::report::{
    LaunchMode, LmsCall, LmsStart, Practice, ScormVersion, MAX_INTERACTIONS,
};

const MYTH: &str = "myth-or-fact";

fn scorm(version: ScormVersion) -> LmsStart {
    LmsStart::Scorm(scorm_start(version))
}

#[test]
fn a_first_launch_is_marked_incomplete_and_committed_and_a_resumed_one_is_not_touched() {
    for (version, element) in [
        (ScormVersion::V12, "cmi.core.lesson_status"),
        (ScormVersion::V2004, "cmi.completion_status"),
    ] {
        let play = Play::start(scorm(version), MYTH, FeedbackMode::Immediate);
        assert_eq!(last(&play.calls, element).as_deref(), Some("incomplete"));
        assert!(
            last(&play.calls, "cmi.core.lesson_status") != Some("not attempted".into()),
            "the content never sets not attempted"
        );
        assert!(play.calls.contains(&LmsCall::Commit));
        let mut resumed = scorm_start(version);
        resumed.status = "incomplete".into();
        let play = Play::start(LmsStart::Scorm(resumed), MYTH, FeedbackMode::Immediate);
        assert_eq!(last(&play.calls, element), None, "{version:?}");
    }
}

#[test]
fn scorm12_interactions_are_fill_in_with_pile_ids_and_right_or_wrong() {
    let mut play = Play::start(scorm(ScormVersion::V12), MYTH, FeedbackMode::Immediate);
    play.round(|i| i % 3 != 0);
    let list = interactions(&play.calls);
    assert_eq!(list.len(), 15, "one interaction per card placed");
    let piles: Vec<&str> = play.deck.piles.iter().map(|p| p.id.as_str()).collect();
    let mut wrong = 0;
    for (n, i) in list.iter().enumerate() {
        assert_eq!(i[0].0, "id", "{n}: id first");
        assert_eq!(i[1], ("type".to_string(), "fill-in".to_string()), "{n}");
        let id = field(i, "id").unwrap();
        assert!(is_scorm12_identifier(id), "{id}");
        let card_id = id.strip_prefix("myth-or-fact_").unwrap();
        let card = play.deck.cards.iter().find(|c| c.id == card_id).unwrap();
        let response = field(i, "student_response").unwrap();
        assert!(piles.contains(&response), "{response} is a pile id");
        assert_eq!(
            field(i, "correct_responses.0.pattern"),
            Some(card.pile.as_str())
        );
        let result = field(i, "result").unwrap();
        assert_eq!(result == "correct", response == card.pile, "{n}");
        assert!(
            ["correct", "wrong"].contains(&result),
            "1.2 never says {result}"
        );
        wrong += usize::from(result == "wrong");
        assert_eq!(field(i, "latency"), Some("0000:00:02.50"), "2.5 s to place");
        assert!(is_scorm12_time(field(i, "time").unwrap()));
        assert_eq!(field(i, "description"), None, "1.2 has no description");
    }
    assert_eq!(wrong, 5);
    // The first card was shown 8 s after start, at 09:30:08 UTC, 10:30:08 in UTC+1.
    assert_eq!(field(&list[0], "time"), Some("10:30:08"));
}

#[test]
fn scorm2004_interactions_are_choices_with_the_card_as_description() {
    let mut play = Play::start(scorm(ScormVersion::V2004), MYTH, FeedbackMode::Immediate);
    play.round(|i| i % 3 != 0);
    let list = interactions(&play.calls);
    assert_eq!(list.len(), 15);
    for (n, i) in list.iter().enumerate() {
        assert_eq!(i[0].0, "id", "{n}: id then type, else error 408");
        assert_eq!(i[1], ("type".to_string(), "choice".to_string()));
        let id = field(i, "id").unwrap();
        assert!(
            is_scorm2004_identifier(id) && is_scorm12_identifier(id),
            "{id}"
        );
        let card = &play.deck.cards[play
            .deck
            .cards
            .iter()
            .position(|c| id.ends_with(&c.id))
            .unwrap()];
        let description = field(i, "description").unwrap();
        assert_eq!(description, format!("{{lang=en}}{}", card.text));
        assert!(description.encode_utf16().count() <= 250 + "{lang=en}".len());
        let response = field(i, "learner_response").unwrap();
        assert!(is_scorm2004_identifier(response));
        let result = field(i, "result").unwrap();
        assert!(["correct", "incorrect"].contains(&result), "{result}");
        assert_eq!(result == "correct", response == card.pile);
        assert_eq!(field(i, "latency"), Some("PT2.5S"));
        assert!(is_scorm2004_time(field(i, "timestamp").unwrap()));
    }
    assert_eq!(
        field(&list[0], "timestamp"),
        Some("2026-12-01T09:30:08.00Z")
    );
}

#[test]
fn the_score_is_the_first_try_percent_with_min_max_and_status_against_mastery() {
    let mut play = Play::start(scorm(ScormVersion::V12), MYTH, FeedbackMode::Immediate);
    play.round_scoring(80);
    let c = &play.calls;
    assert_eq!(last(c, "cmi.core.score.raw").as_deref(), Some("80"));
    assert_eq!(last(c, "cmi.core.score.min").as_deref(), Some("0"));
    assert_eq!(last(c, "cmi.core.score.max").as_deref(), Some("100"));
    assert_eq!(
        last(c, "cmi.core.lesson_status").as_deref(),
        Some("passed"),
        "80 % is the default mastery"
    );
    let mut play = Play::start(scorm(ScormVersion::V2004), MYTH, FeedbackMode::Immediate);
    play.round_scoring(70);
    let c = &play.calls;
    assert_eq!(last(c, "cmi.score.raw").as_deref(), Some("67"), "10 of 15");
    assert_eq!(last(c, "cmi.score.scaled").as_deref(), Some("0.67"));
    assert_eq!(last(c, "cmi.success_status").as_deref(), Some("failed"));
    assert_eq!(
        last(c, "cmi.completion_status").as_deref(),
        Some("completed")
    );
    assert_eq!(last(c, "cmi.progress_measure").as_deref(), Some("1"));
    let raw: u32 = last(c, "cmi.score.raw").unwrap().parse().unwrap();
    let max: u32 = last(c, "cmi.score.max").unwrap().parse().unwrap();
    assert!(raw <= max);
    // Nothing about the score is written before the round ends.
    let mut play = Play::start(scorm(ScormVersion::V2004), MYTH, FeedbackMode::Immediate);
    play.place(true);
    assert_eq!(last(&play.calls, "cmi.score.raw"), None);
}

#[test]
fn at_end_mode_reports_each_card_when_checked_with_the_time_it_was_placed() {
    let mut play = Play::start(scorm(ScormVersion::V2004), MYTH, FeedbackMode::AtEnd);
    let first = play.game.current_card().unwrap();
    let mut placed = Vec::new();
    for _ in 0..15 {
        placed.extend(play.place(true));
    }
    assert!(
        interactions(&placed).is_empty(),
        "no result is known before checking"
    );
    play.act(
        Action::Move {
            card: first,
            pile: 1 - play.game.answer(first).unwrap(),
        },
        4_000,
    );
    let checked = play.act(Action::Check, 5_000);
    let list = interactions(&checked);
    assert_eq!(list.len(), 15);
    let moved = list
        .iter()
        .find(|i| {
            field(i, "id")
                .unwrap()
                .ends_with(&play.deck.cards[first].id)
        })
        .unwrap();
    assert_eq!(
        field(moved, "result"),
        Some("incorrect"),
        "the pile it ended on counts"
    );
    assert_eq!(field(moved, "latency"), Some("PT2.5S"));
    assert_eq!(
        field(moved, "timestamp"),
        Some("2026-12-01T09:30:08.00Z"),
        "when it was shown, not checked"
    );
    assert_eq!(last(&checked, "cmi.score.raw").as_deref(), Some("93"));
}

#[test]
fn after_a_pass_replays_never_record_a_fail_and_scorm_keeps_the_best_attempt() {
    let mut play = Play::start(scorm(ScormVersion::V12), MYTH, FeedbackMode::Immediate);
    play.round_scoring(40);
    assert_eq!(
        last(&play.calls, "cmi.core.lesson_status").as_deref(),
        Some("failed")
    );
    assert_eq!(
        play.reporter.practice(),
        None,
        "a failed learner may try again for real"
    );
    // A worse game is not recorded.
    play.act(Action::PlayAgain { seed: 2 }, 1_000);
    let before = play.calls.len();
    play.round_scoring(20);
    assert_eq!(last(&play.calls[before..], "cmi.core.score.raw"), None);
    // A better fail is.
    play.act(Action::PlayAgain { seed: 3 }, 1_000);
    let before = play.calls.len();
    play.round_scoring(60);
    assert_eq!(
        last(&play.calls[before..], "cmi.core.score.raw").as_deref(),
        Some("60")
    );
    // Retrying missed cards is practice: the score counts the first try.
    play.act(Action::RetryMissed, 1_000);
    assert_eq!(play.reporter.practice(), Some(Practice::Retry));
    let before = play.calls.len();
    let earlier = interactions(&play.calls).len();
    play.round(|_| true);
    assert_eq!(last(&play.calls[before..], "cmi.core.score.raw"), None);
    let retried: Vec<usize> = interactions(&play.calls[before..])
        .iter()
        .enumerate()
        .filter(|(_, i)| !i.is_empty())
        .map(|(n, _)| n)
        .collect();
    assert_eq!(
        retried,
        (earlier..earlier + 6).collect::<Vec<_>>(),
        "the 6 retried cards are journaled after the others"
    );
    // A pass replaces the fail.
    play.act(Action::PlayAgain { seed: 4 }, 1_000);
    let before = play.calls.len();
    play.round_scoring(100);
    assert_eq!(
        last(&play.calls[before..], "cmi.core.lesson_status").as_deref(),
        Some("passed")
    );
    assert_eq!(
        last(&play.calls[before..], "cmi.core.score.raw").as_deref(),
        Some("100")
    );
    // After the pass, nothing turns it back.
    play.act(Action::PlayAgain { seed: 5 }, 1_000);
    assert_eq!(play.reporter.practice(), Some(Practice::AlreadyPassed));
    let before = play.calls.len();
    play.round_scoring(0);
    let after = &play.calls[before..];
    assert_eq!(last(after, "cmi.core.lesson_status"), None);
    assert_eq!(last(after, "cmi.core.score.raw"), None);
    assert_eq!(
        all(&play.calls, "cmi.core.lesson_status")
            .last()
            .map(String::as_str),
        Some("passed")
    );
}

#[test]
fn a_pass_the_lms_already_holds_is_kept_even_without_our_record() {
    let mut start = scorm_start(ScormVersion::V2004);
    start.status = "completed".into();
    start.success = "passed".into();
    start.score = "85".into();
    let mut play = Play::start(LmsStart::Scorm(start), MYTH, FeedbackMode::Immediate);
    assert_eq!(play.reporter.practice(), Some(Practice::AlreadyPassed));
    play.round_scoring(0);
    assert_eq!(last(&play.calls, "cmi.success_status"), None);
    assert_eq!(last(&play.calls, "cmi.score.raw"), None);
}

#[test]
fn browse_review_and_no_credit_record_no_result_but_keep_the_lifecycle() {
    let cases = [
        (ScormVersion::V12, "browse", "credit", Some("browsed")),
        (ScormVersion::V12, "review", "credit", None),
        (ScormVersion::V12, "normal", "no-credit", None),
        (ScormVersion::V2004, "browse", "credit", None),
        (ScormVersion::V2004, "review", "credit", None),
        (ScormVersion::V2004, "normal", "no-credit", None),
    ];
    for (version, mode, credit, first_status) in cases {
        let mut start = scorm_start(version);
        start.mode = mode.into();
        start.credit = credit.into();
        let mut play = Play::start(LmsStart::Scorm(start), MYTH, FeedbackMode::Immediate);
        assert_eq!(
            play.reporter.practice(),
            Some(Practice::NotForCredit),
            "{mode} {credit}"
        );
        play.round_scoring(100);
        let end = play.reporter.finish(play.now + 1_000);
        play.calls.extend(end);
        let c = &play.calls;
        let case = format!("{version:?} {mode} {credit}");
        assert!(interactions(c).is_empty(), "{case}");
        for element in [
            "cmi.core.score.raw",
            "cmi.score.raw",
            "cmi.score.scaled",
            "cmi.success_status",
        ] {
            assert_eq!(last(c, element), None, "{case}: {element}");
        }
        assert_eq!(
            last(c, "cmi.core.lesson_status").as_deref(),
            first_status,
            "{case}"
        );
        assert_eq!(last(c, "cmi.completion_status"), None, "{case}");
        assert!(
            last(c, "cmi.core.session_time").is_some() || last(c, "cmi.session_time").is_some(),
            "{case}"
        );
        assert!(
            last(c, "cmi.suspend_data").is_some(),
            "{case}: progress is still kept"
        );
        assert_eq!(c.last(), Some(&LmsCall::Terminate));
    }
    let mut start = scorm_start(ScormVersion::V2004);
    start.mode = "REVIEW".into();
    let play = Play::start(LmsStart::Scorm(start), MYTH, FeedbackMode::Immediate);
    assert_eq!(play.reporter.launch_mode(), LaunchMode::Review);
}

#[test]
fn hidden_commits_without_terminating_and_finish_terminates_exactly_once() {
    for version in [ScormVersion::V12, ScormVersion::V2004] {
        let mut play = Play::start(scorm(version), MYTH, FeedbackMode::Immediate);
        play.place(true);
        let hidden = play.reporter.on_hidden(T0 + 192_000);
        assert_eq!(hidden.last(), Some(&LmsCall::Commit));
        assert!(!hidden.contains(&LmsCall::Terminate));
        let (time, exit) = match version {
            ScormVersion::V12 => ("cmi.core.session_time", "cmi.core.exit"),
            ScormVersion::V2004 => ("cmi.session_time", "cmi.exit"),
        };
        let expected_time = match version {
            ScormVersion::V12 => "0000:03:12.00",
            ScormVersion::V2004 => "PT3M12S",
        };
        assert_eq!(last(&hidden, time).as_deref(), Some(expected_time));
        assert_eq!(
            last(&hidden, exit).as_deref(),
            Some("suspend"),
            "unfinished"
        );
        let end = play.reporter.finish(T0 + 192_000);
        assert_eq!(
            &end[end.len() - 2..],
            &[LmsCall::Commit, LmsCall::Terminate]
        );
        assert_eq!(last(&end, exit).as_deref(), Some("suspend"));
        assert_eq!(end.iter().filter(|c| **c == LmsCall::Terminate).count(), 1);
        assert!(
            play.reporter.finish(T0 + 200_000).is_empty(),
            "terminate exactly once"
        );
        assert!(
            play.reporter.on_hidden(T0 + 200_000).is_empty(),
            "nothing after it"
        );
        assert!(play.act(Action::Next, 1_000).is_empty());
        // A finished game exits normally.
        let mut play = Play::start(scorm(version), MYTH, FeedbackMode::Immediate);
        play.round_scoring(100);
        let end = play.reporter.finish(play.now);
        let done = if version == ScormVersion::V12 {
            ""
        } else {
            "normal"
        };
        assert_eq!(last(&end, exit).as_deref(), Some(done));
    }
}

#[test]
fn every_milestone_commits() {
    let mut play = Play::start(scorm(ScormVersion::V12), MYTH, FeedbackMode::Immediate);
    assert_eq!(
        play.calls.last(),
        Some(&LmsCall::Commit),
        "after start and opening"
    );
    let placed = play.place(true);
    assert!(
        !placed.contains(&LmsCall::Commit),
        "a single card is not a milestone"
    );
    assert!(
        last(&placed, "cmi.suspend_data").is_some(),
        "but its progress is written"
    );
    play.act(Action::Next, 1_000);
    play.round(|_| false);
    let finished = play
        .calls
        .iter()
        .rposition(
            |c| matches!(c, LmsCall::Set { element, .. } if element == "cmi.core.lesson_status"),
        )
        .unwrap();
    assert!(
        play.calls[finished..].contains(&LmsCall::Commit),
        "the result is committed at once"
    );
    let commits = play.calls.iter().filter(|c| **c == LmsCall::Commit).count();
    assert!(
        commits >= 3,
        "start, every 10 answers, the round's end: {commits}"
    );
    let retry = play.act(Action::RetryMissed, 1_000);
    assert_eq!(retry.last(), Some(&LmsCall::Commit));
}

#[test]
fn past_250_interactions_answers_are_counted_not_written_and_the_score_still_is() {
    let mut start = scorm_start(ScormVersion::V2004);
    start.interactions = "240".into();
    let mut play = Play::start(
        LmsStart::Scorm(start),
        "leadership-training-or-development",
        FeedbackMode::Immediate,
    );
    play.round(|_| true);
    let list = interactions(&play.calls);
    let written: Vec<usize> = (0..list.len()).filter(|&n| !list[n].is_empty()).collect();
    assert_eq!(
        written,
        (240..250).collect::<Vec<_>>(),
        "indices go on from the LMS's count"
    );
    assert_eq!(MAX_INTERACTIONS, 250);
    let (skipped, message) = play.reporter.interactions_skipped().unwrap();
    assert_eq!(skipped, 16);
    assert_eq!(
        message.to_string_english(),
        "Only the first 250 answers are kept in the LMS; 16 more were not sent."
    );
    assert_eq!(last(&play.calls, "cmi.score.raw").as_deref(), Some("100"));
    assert_eq!(
        last(&play.calls, "cmi.success_status").as_deref(),
        Some("passed")
    );
}

trait English {
    fn to_string_english(&self) -> String;
}

impl English for twofold_core::i18n::Message {
    fn to_string_english(&self) -> String {
        twofold_core::i18n::Catalog::english().format(self)
    }
}

#[test]
fn the_learners_language_is_read_from_each_versions_preference() {
    let read = |version, value: &str| {
        let start = twofold_core::report::ScormStart::read(version, |element| match element {
            "cmi.student_preference.language" if version == ScormVersion::V12 => value.into(),
            "cmi.learner_preference.language" if version == ScormVersion::V2004 => value.into(),
            _ => String::new(),
        });
        LmsStart::Scorm(start).languages()
    };
    for version in [ScormVersion::V12, ScormVersion::V2004] {
        assert_eq!(read(version, "fr").as_deref(), Some("fr"), "{version:?}");
        assert_eq!(read(version, "es-MX").as_deref(), Some("es-MX"));
        assert_eq!(read(version, ""), None, "none given");
        assert_eq!(read(version, "  "), None);
    }
    // Each version reads its own element only.
    let elements = |v| twofold_core::report::ScormStart::elements(v);
    assert!(elements(ScormVersion::V12).contains(&"cmi.student_preference.language"));
    assert!(!elements(ScormVersion::V12).contains(&"cmi.learner_preference.language"));
    assert!(elements(ScormVersion::V2004).contains(&"cmi.learner_preference.language"));
}

#[test]
fn descriptions_are_sent_in_the_language_start_up_settles_on() {
    // Reporting starts before the language is known (the LMS may name it); the widget
    // then tells the reporter the language it shows.
    let mut play = Play::start(scorm(ScormVersion::V2004), MYTH, FeedbackMode::Immediate);
    play.reporter.set_lang(twofold_core::i18n::Lang::Fr);
    play.place(true);
    let list = interactions(&play.calls);
    let description = field(&list[0], "description").unwrap();
    assert!(description.starts_with("{lang=fr}"), "{description}");
}
