//! Old result links and saved answers after the questionnaire's revision (#12, version 2):
//! a link or save from the first version opens on the same answers (options are only
//! appended) and its result says plainly that it comes from an earlier version, never
//! silently another recommendation; the link stays in its version when shown again.
//! New links carry their version under the checksum; a link from a newer version is
//! refused with its reason.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/frozen.rs"]
mod frozen;

use frozen::first_version;
use twofold_core::chooser::ChooserEvent;
use twofold_core::chooser::{
    builtin_model, decode_link, encode_link, read_link, recommend, Chooser, ChooserAction,
    ChooserModel, ChooserSession, LinkError, LinkedAnswers, StartFrom,
};

fn model() -> ChooserModel {
    builtin_model().expect("the built-in questionnaire is valid")
}

/// Result links made by the build before versions existed (checked against that build's
/// `encode_link`), with their answers and the recommendation they showed then.
const OLD_LINKS: [(&str, [usize; 8], &str); 3] = [
    ("cp1-01230123-6a", [0, 1, 2, 3, 0, 1, 2, 3], "blend"),
    ("cp1-22003000-fe", [2, 2, 0, 0, 3, 0, 0, 0], "technical"),
    ("cp1-20331233-e6", [2, 0, 3, 3, 1, 2, 3, 3], "leadership"),
];

#[test]
fn the_revision_is_version_2_and_new_links_say_so() {
    let model = model();
    assert_eq!(model.version, 2);
    let answers = [0, 1, 2, 3, 0, 1, 2, 3];
    let link = encode_link(&model, &answers);
    assert!(link.starts_with("cp2-01230123-"), "{link}");
    assert_eq!(
        read_link(&model, &link),
        Ok(LinkedAnswers {
            answers: answers.to_vec(),
            version: 2
        })
    );
    // The checksum covers the version: a link cannot be passed off as another version's.
    let relabelled = link.replacen("cp2-", "cp1-", 1);
    assert_eq!(decode_link(&model, &relabelled), Err(LinkError::Tampered));
}

#[test]
fn an_old_link_opens_on_its_answers_and_says_it_comes_from_an_earlier_version() {
    let model = model();
    let then = first_version(&model);
    for (link, answers, shown_then) in OLD_LINKS {
        assert_eq!(
            read_link(&model, link),
            Ok(LinkedAnswers {
                answers: answers.to_vec(),
                version: 1
            }),
            "{link}"
        );
        assert_eq!(
            recommend(&then, &answers).unwrap().outcome.key(&then),
            shown_then,
            "{link} showed this when it was made"
        );
        let (session, events) = ChooserSession::start(&model, Some(link), None);
        assert_eq!(
            events,
            [ChooserEvent::Started {
                from: StartFrom::Link
            }]
        );
        let chooser = session.chooser();
        assert_eq!(chooser.complete_answers().as_deref(), Some(&answers[..]));
        assert!(chooser.result(&model).is_some(), "the result is shown");
        assert!(
            chooser.from_earlier_version(&model),
            "{link}: and says where it comes from"
        );
        assert_eq!(chooser.answered_in(), 1);
        assert_eq!(
            chooser.result_link(&model).as_deref(),
            Some(link),
            "shown again, the link stays the one that was opened"
        );
    }
}

#[test]
fn changing_an_answer_makes_the_answers_todays() {
    let model = model();
    let (mut session, _) = ChooserSession::start(&model, Some(OLD_LINKS[0].0), None);
    session.apply(&model, ChooserAction::Back);
    assert!(
        !session.chooser().from_earlier_version(&model),
        "only a result is marked"
    );
    session.apply(&model, ChooserAction::Next);
    assert!(
        session.chooser().from_earlier_version(&model),
        "stepping changes no answer"
    );
    session.apply(&model, ChooserAction::Back);
    session.apply(&model, ChooserAction::Answer(0));
    session.apply(&model, ChooserAction::Next);
    let chooser = session.chooser();
    assert!(!chooser.from_earlier_version(&model));
    assert_eq!(chooser.answered_in(), 2);
    assert!(chooser.result_link(&model).unwrap().starts_with("cp2-"));
}

#[test]
fn a_link_from_a_newer_version_or_with_a_broken_version_is_refused() {
    let model = model();
    let mut newer = model.clone();
    newer.version = 3;
    let link = encode_link(&newer, &[0; 8]);
    assert!(link.starts_with("cp3-"), "{link}");
    assert_eq!(decode_link(&model, &link), Err(LinkError::NewerVersion));
    assert_eq!(
        LinkError::NewerVersion.to_string(),
        "this result link comes from a newer version of the questionnaire"
    );
    for broken in [
        "cp-01230123-6a",
        "cp01-01230123-6a",
        "cpx-01230123-6a",
        "cp1x-01230123-6a",
        "cp1-01230123",
        "xp1-01230123-6a",
    ] {
        assert_eq!(
            decode_link(&model, broken),
            Err(LinkError::Malformed),
            "{broken}"
        );
    }
}

#[test]
fn saved_progress_remembers_the_version_its_answers_were_given_in() {
    let model = model();
    // Finished under the 2026-12-01 build (`c1`, before versions existed).
    let old = Chooser::decode("c1;career-path;8;01230123", &model).unwrap();
    assert_eq!(old.answered_in(), 1);
    assert!(old.from_earlier_version(&model));
    let saved = old.encode(&model);
    assert!(saved.ends_with(";v=1"), "{saved}");
    assert_eq!(Chooser::decode(&saved, &model), Some(old.clone()));
    // Today's record without `v` was written before versions existed too.
    let unversioned = Chooser::decode("c3;q=career-path;s=8;a=01230123", &model).unwrap();
    assert_eq!(unversioned, old);
    // A version the questionnaire does not know yet reads as today's.
    let ahead = Chooser::decode("c3;q=career-path;s=8;a=01230123;v=9", &model).unwrap();
    assert_eq!(ahead.answered_in(), 2);
    assert_eq!(
        Chooser::decode("c3;q=career-path;s=8;a=01230123;v=x", &model),
        None
    );
    // Begun under the old build, finished today: today's answers.
    let mut midway = Chooser::decode("c1;career-path;3;1021----", &model).unwrap();
    for option in [0, 1, 2, 3, 0] {
        midway.apply(&model, ChooserAction::Answer(option));
        midway.apply(&model, ChooserAction::Next);
    }
    assert!(midway.result(&model).is_some());
    assert!(!midway.from_earlier_version(&model));
    assert!(midway.encode(&model).ends_with(";v=2"));
    // A fresh start is today's.
    assert_eq!(Chooser::new(&model).answered_in(), 2);
}
