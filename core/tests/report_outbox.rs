//! The outbox under failures: calls go in order; a failed call and everything after it
//! wait and go again, in order, with the times of when they happened; a refused statement
//! is dropped with its reason and the rest goes on; a calm notice shows while the LMS is
//! silent; nothing is written after Terminate.
#![cfg(not(target_arch = "wasm32"))]

mod report_support;

use report_support::*;
use twofold_core::game::{Action, FeedbackMode};
use twofold_core::i18n::Catalog;
use twofold_core::report::{LmsCall, LmsStart, Outbox, ScormVersion, Sent};

/// Carries out queued calls with `answer` until the queue is empty or a call fails;
/// returns the calls that were tried, in order.
fn drain(outbox: &mut Outbox, mut answer: impl FnMut(&LmsCall) -> Sent) -> Vec<LmsCall> {
    let mut tried = Vec::new();
    while let Some(call) = outbox.take_next() {
        let sent = answer(&call);
        tried.push(call);
        let failed = sent == Sent::Failed;
        outbox.settle(sent);
        if failed {
            break;
        }
    }
    tried
}

#[test]
fn a_failure_keeps_it_and_everything_after_it_queued_and_sends_them_later_in_order() {
    let mut play = Play::start(
        LmsStart::Cmi5(cmi5_start("Normal", None, None)),
        "myth-or-fact",
        FeedbackMode::Immediate,
    );
    let mut outbox = Outbox::new();
    outbox.push(play.calls.clone());
    let mut delivered = drain(&mut outbox, |_| Sent::Done);
    // The LRS goes away while the learner plays three cards.
    for _ in 0..3 {
        let calls = play.place(true);
        outbox.push(calls);
        play.act(Action::Next, 1_000);
        let tried = drain(&mut outbox, |_| Sent::Failed);
        assert_eq!(tried.len(), 1, "one attempt, then wait");
    }
    assert!(outbox.pending() >= 3);
    let notice = outbox.notice().expect("the learner is told, calmly");
    assert_eq!(
        Catalog::english().format(&notice),
        "Your LMS is not answering; your progress is kept and will be sent."
    );
    assert_eq!(
        outbox.retry_in_ms(),
        Some(4_000),
        "waits longer after each failure"
    );
    // An hour later it answers: everything goes, in the order it happened, with its own times.
    let resent = drain(&mut outbox, |_| Sent::Done);
    delivered.extend(resent.clone());
    assert_eq!(outbox.pending(), 0);
    assert!(
        outbox.notice().is_none(),
        "the notice goes once the LMS answers"
    );
    assert_eq!(outbox.retry_in_ms(), None);
    let sent: Vec<LmsCall> = play
        .calls
        .iter()
        .filter(|c| !matches!(c, LmsCall::SaveState { .. }))
        .cloned()
        .collect();
    let got: Vec<LmsCall> = delivered
        .iter()
        .filter(|c| !matches!(c, LmsCall::SaveState { .. }))
        .cloned()
        .collect();
    assert_eq!(got, sent, "every statement, once, in order");
    let stamps: Vec<String> = statements(&resent)
        .iter()
        .map(|s| s["timestamp"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        stamps,
        [
            "2026-12-01T09:30:10.500Z",
            "2026-12-01T09:30:14.000Z",
            "2026-12-01T09:30:17.500Z"
        ],
        "the times the cards were placed, not the time they were sent"
    );
}

#[test]
fn a_refused_statement_is_dropped_with_its_reason_and_the_queue_moves_on() {
    let play = {
        let mut p = Play::start(
            LmsStart::Cmi5(cmi5_start("Normal", None, None)),
            "myth-or-fact",
            FeedbackMode::Immediate,
        );
        p.round_scoring(100);
        p
    };
    let mut outbox = Outbox::new();
    outbox.push(play.calls.clone());
    let mut n = 0;
    let tried = drain(&mut outbox, |call| {
        n += 1;
        match call {
            LmsCall::Send(s) if n == 4 => {
                assert_eq!(s.verb.label(), "answered");
                Sent::from_http(Some(400))
            }
            _ => Sent::from_http(Some(204)),
        }
    });
    assert_eq!(tried.len(), play.calls.len(), "the rest still went");
    let dropped = outbox.take_dropped();
    assert_eq!(dropped.len(), 1);
    assert_eq!(
        dropped[0].to_string(),
        "The LMS refused the \"answered\" statement (HTTP 400); it was dropped and the rest is sent."
    );
    assert!(
        outbox.notice().is_none(),
        "a refusal is not the LMS being away"
    );
    assert!(outbox.take_dropped().is_empty());
    assert_eq!(Sent::from_http(Some(503)), Sent::Failed);
    assert_eq!(Sent::from_http(None), Sent::Failed, "a timeout is retried");
}

#[test]
fn scorm_failures_are_retried_unless_the_value_itself_is_wrong() {
    use ScormVersion::{V12, V2004};
    assert_eq!(Sent::from_scorm_error(V12, "101"), Sent::Failed);
    assert_eq!(Sent::from_scorm_error(V12, "301"), Sent::Failed);
    assert_eq!(
        Sent::from_scorm_error(V2004, "391"),
        Sent::Failed,
        "commit failure"
    );
    assert_eq!(
        Sent::from_scorm_error(V2004, ""),
        Sent::Failed,
        "the API is gone"
    );
    assert!(matches!(
        Sent::from_scorm_error(V12, "405"),
        Sent::Refused { .. }
    ));
    assert!(matches!(
        Sent::from_scorm_error(V2004, "406"),
        Sent::Refused { .. }
    ));
    assert!(matches!(
        Sent::from_scorm_error(V2004, "408"),
        Sent::Refused { .. }
    ));
    // A SetValue that returned "false" for a passing reason holds back the Commit behind it.
    let mut play = Play::start(
        LmsStart::Scorm(scorm_start(V2004)),
        "myth-or-fact",
        FeedbackMode::Immediate,
    );
    play.round_scoring(100);
    let mut outbox = Outbox::new();
    outbox.push(play.calls.clone());
    let mut first = true;
    let tried = drain(&mut outbox, |call| match call {
        LmsCall::Set { element, .. } if element == "cmi.score.raw" && first => {
            first = false;
            Sent::Failed
        }
        _ => Sent::Done,
    });
    assert!(
        matches!(tried.last(), Some(LmsCall::Set { element, .. }) if element == "cmi.score.raw")
    );
    let queued: Vec<LmsCall> = outbox.queued().cloned().collect();
    assert!(matches!(&queued[0], LmsCall::Set { element, .. } if element == "cmi.score.raw"));
    assert!(
        queued.contains(&LmsCall::Commit),
        "the commit waits for the score"
    );
    let rest = drain(&mut outbox, |_| Sent::Done);
    assert_eq!(rest.len(), queued.len());
}

#[test]
fn nothing_is_queued_after_terminate_and_one_call_goes_at_a_time() {
    let mut play = Play::start(
        LmsStart::Scorm(scorm_start(ScormVersion::V12)),
        "myth-or-fact",
        FeedbackMode::Immediate,
    );
    let mut outbox = Outbox::new();
    outbox.push(play.calls.clone());
    let first = outbox.take_next().unwrap();
    assert_eq!(outbox.take_next(), None, "the first is still under way");
    outbox.settle(Sent::Done);
    assert_ne!(outbox.take_next(), Some(first));
    outbox.settle(Sent::Done);
    outbox.push(play.reporter.finish(play.now));
    assert!(outbox.is_closed());
    outbox.push(vec![
        LmsCall::set("cmi.core.exit", "suspend"),
        LmsCall::Commit,
    ]);
    let tried = drain(&mut outbox, |_| Sent::Done);
    assert_eq!(
        tried.last(),
        Some(&LmsCall::Terminate),
        "Terminate is the last call"
    );
    assert_eq!(
        outbox.take_dropped().len(),
        2,
        "what came after it was dropped"
    );
    assert!(
        play.place(true).is_empty(),
        "and the reporter writes nothing more"
    );
}
