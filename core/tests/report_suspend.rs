//! Resume through the LMS: every session record and the reporter's own in one suspend-data
//! string, a 2,000-card game fitting SCORM 1.2's 4,096 characters with them, and a reload
//! that restores the game and remembers what was recorded.
#![cfg(not(target_arch = "wasm32"))]

mod report_support;

#[path = "support/generated_deck.rs"]
mod generated;
use generated::generated_deck;
use std::rc::Rc;

use report_support::*;
use twofold_core::deck::Deck;
use twofold_core::game::{Action, FeedbackMode, Game, Opening, SaveForm, MAX_SAVE_LEN};
use twofold_core::persist::Store;
use twofold_core::report::{
    LmsCall, LmsStart, Reporter, ScormVersion, SuspendStore, SCORM12_SUSPEND_LIMIT,
};
use twofold_core::session::{keys, Session};

fn play_on(deck: Deck, start: LmsStart) -> Play {
    Play::on_deck(start, options(), deck, FeedbackMode::Immediate, 5)
}

#[test]
fn a_2000_card_game_and_the_reporters_record_fit_scorm12s_4096_characters_and_resume() {
    let mut play = play_on(
        generated_deck(2000),
        LmsStart::Scorm(scorm_start(ScormVersion::V12)),
    );
    play.round(|i| i % 4 != 0);
    play.act(Action::RetryMissed, 1_000);
    for _ in 0..7 {
        play.place(true);
        play.act(Action::Next, 500);
    }
    let written = all(&play.calls, "cmi.suspend_data");
    assert!(written.len() > 2000, "progress is written as the game goes");
    let longest = written.iter().map(String::len).max().unwrap();
    assert!(longest <= SCORM12_SUSPEND_LIMIT, "{longest} characters");
    println!("2,000 cards with the reporter's record: {longest} characters");
    let suspend_data = written.last().unwrap().clone();
    assert!(
        suspend_data.contains("report=r1;"),
        "{}",
        &suspend_data[..80]
    );
    assert!(suspend_data.contains("game:big=g3;"));
    assert_eq!(
        last(&play.calls, "cmi.core.lesson_status").as_deref(),
        Some("failed"),
        "75 % on the first try"
    );
    // The learner comes back: the LMS hands the suspend data (and its status) back.
    let mut start = scorm_start(ScormVersion::V12);
    start.status = "failed".into();
    start.score = "75".into();
    start.suspend_data = suspend_data;
    start.interactions = "250".into();
    let (reporter, calls) = Reporter::start(LmsStart::Scorm(start), options(), T0 + 1).unwrap();
    assert_eq!(
        last(&calls, "cmi.core.lesson_status"),
        None,
        "not marked incomplete again"
    );
    let session = Session::new(Rc::new(reporter.store()));
    let restored = session.game(&play.deck).unwrap().unwrap();
    assert_eq!(restored, play.game, "the game continues where it was");
    // Its record remembers the recorded result: a worse game later is not written.
    let mut again = Play {
        reporter,
        session,
        game: Game::for_deck(&play.deck, FeedbackMode::Immediate, 6),
        deck: play.deck.clone(),
        now: T0 + 10,
        calls,
    };
    again.open(Opening::Fresh);
    again.round(|i| i % 2 == 0);
    assert_eq!(
        last(&again.calls, "cmi.core.score.raw"),
        None,
        "50 % < the 75 % recorded"
    );
}

#[test]
fn a_save_that_fits_alone_but_not_beside_the_other_records_is_kept_compact() {
    // A deck whose by-id save is just under 4,096 characters on its own.
    let by_id_len = |n: usize| {
        let deck = generated_deck(n);
        Game::for_deck(&deck, FeedbackMode::Immediate, 1)
            .encode_as(&deck, SaveForm::ById)
            .len()
    };
    // The largest deck whose by-id save fits (the length grows with the deck).
    let (mut fits, mut too_big) = (500, 1500);
    while too_big - fits > 1 {
        let mid = (fits + too_big) / 2;
        if by_id_len(mid) <= MAX_SAVE_LEN {
            fits = mid;
        } else {
            too_big = mid;
        }
    }
    let n = fits;
    assert!(by_id_len(n) > MAX_SAVE_LEN - 30, "{}", by_id_len(n));
    let deck = generated_deck(n);
    let game = Game::for_deck(&deck, FeedbackMode::Immediate, 1);
    assert_eq!(game.encode(&deck), game.encode_as(&deck, SaveForm::ById));
    let store = SuspendStore::new("", Some(SCORM12_SUSPEND_LIMIT));
    store.save(keys::REPORT, "r1;v=i;g=");
    store.save(keys::INDEX, "i3;o=sort;l=big");
    let session = Session::new(Rc::new(store.clone()));
    assert!(
        session.save_game(&deck, &game),
        "kept durably, in the compact form"
    );
    assert!(store.text().len() <= SCORM12_SUSPEND_LIMIT);
    assert_eq!(
        store.load(&keys::game("big")),
        Some(game.encode_as(&deck, SaveForm::Compact))
    );
    assert_eq!(session.game(&deck).unwrap(), Some(game));
}

#[test]
fn the_suspend_store_keeps_records_in_one_string_and_never_writes_past_its_limit() {
    let store = SuspendStore::new("", Some(60));
    assert!(store.is_durable());
    assert!(store.save("twofold:v1:index", "i3;o=sort"));
    assert!(store.save("twofold:v1:game:myth-or-fact", "g3;d=myth-or-fact;m=i"));
    assert_eq!(
        store.text(),
        "game:myth-or-fact=g3;d=myth-or-fact;m=i|index=i3;o=sort"
    );
    let before = store.changes();
    assert!(
        store.save("twofold:v1:index", "i3;o=sort"),
        "the same value again"
    );
    assert_eq!(store.changes(), before, "is no change");
    // Too long: kept for this page, the text keeps what fitted.
    assert!(!store.save("twofold:v1:chooser", &"c3;q=career-path;s=0;a=".repeat(3)));
    assert!(store.load("twofold:v1:chooser").is_some());
    assert!(!store.text().contains("chooser"));
    assert!(store.text().len() <= 60);
    // A record with the separator, or a key of someone else's, never enters the text.
    assert!(!store.save("twofold:v1:index", "a|b"));
    assert!(!store.save("other:key", "x"));
    assert_eq!(store.load("other:key").as_deref(), Some("x"));
    // Read back from the text: the same records, clones share them.
    let back = SuspendStore::new(&store.text(), Some(60));
    assert_eq!(back.load("twofold:v1:index").as_deref(), Some("i3;o=sort"));
    let clone = back.clone();
    clone.remove("twofold:v1:index");
    assert_eq!(back.load("twofold:v1:index"), None);
    // Foreign or damaged suspend data is ignored, not fatal.
    let foreign = SuspendStore::new("{\"slide\":4}|=x|junk", Some(4096));
    assert_eq!(foreign.load("twofold:v1:index"), None);
}

#[test]
fn scorm_writes_the_suspend_data_only_when_it_changed() {
    let mut play = play_on(
        twofold_core::deck::builtin_deck("myth-or-fact")
            .unwrap()
            .unwrap(),
        LmsStart::Scorm(scorm_start(ScormVersion::V2004)),
    );
    let placed = play.place(true);
    assert_eq!(all(&placed, "cmi.suspend_data").len(), 1);
    let hidden = play.reporter.on_hidden(play.now);
    assert!(
        all(&hidden, "cmi.suspend_data").is_empty(),
        "nothing new to write"
    );
    assert_eq!(hidden.last(), Some(&LmsCall::Commit));
}
