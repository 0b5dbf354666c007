//! Saved games and chooser progress: the `g3` record round-trips in every phase and both
//! forms; saves made by the 2026-12-01 build (`t2`, `c1`) read back with the same cards,
//! score and answers; a save survives its deck gaining, losing and re-ordering cards; and
//! the biggest decks fit SCORM 1.2's 4,096 characters. Old games resume on today's revised
//! decks by card id, and old chooser answers on today's revised questionnaire.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/generated_deck.rs"]
mod generated;
use generated::generated_deck;
use std::collections::HashMap;

#[path = "support/frozen.rs"]
mod frozen;

use frozen::first_version;
use twofold_core::chooser::{builtin_model, recommend, Chooser};
use twofold_core::deck::{builtin_deck, parse_deck, Deck};
use twofold_core::game::{Action, FeedbackMode, Game, Phase, ResumeError, SaveForm, MAX_SAVE_LEN};

const FROZEN: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/frozen-2026-12-01"
);

fn frozen_deck(id: &str) -> Deck {
    let text = std::fs::read_to_string(format!("{FROZEN}/decks/{id}.json")).unwrap();
    parse_deck(&text).unwrap()
}

/// Places the current card, right when `right` says so, and moves on in immediate mode.
fn step(game: &mut Game, right: bool) {
    let card = game.current_card().unwrap();
    let answer = game.answer(card).unwrap();
    game.apply(Action::Place(if right { answer } else { 1 - answer }), 0)
        .unwrap();
}

/// Games in every phase of both modes, including a retry round.
fn games_in_every_phase(deck: &Deck) -> Vec<(&'static str, Game)> {
    let mut out = Vec::new();
    let mut g = Game::for_deck(deck, FeedbackMode::Immediate, 3);
    out.push(("fresh", g.clone()));
    step(&mut g, false);
    out.push(("feedback", g.clone()));
    g.apply(Action::Next, 0).unwrap();
    out.push(("sorting", g.clone()));
    while g.phase() != Phase::Results {
        let n = g.progress().0;
        step(&mut g, n % 3 != 0);
        g.apply(Action::Next, 0).unwrap();
    }
    out.push(("results", g.clone()));
    g.apply(Action::RetryMissed, 0).unwrap();
    step(&mut g, true);
    out.push(("retry feedback", g.clone()));
    let mut e = Game::for_deck(deck, FeedbackMode::AtEnd, 4);
    step(&mut e, true);
    out.push(("at-end sorting", e.clone()));
    while e.phase() == Phase::Sorting {
        step(&mut e, false);
    }
    let first = e.queue()[0];
    e.apply(
        Action::Move {
            card: first,
            pile: 1,
        },
        0,
    )
    .unwrap();
    out.push(("review", e.clone()));
    e.apply(Action::Check, 0).unwrap();
    out.push(("at-end results", e.clone()));
    e.apply(Action::RetryMissed, 0).unwrap();
    out.push(("at-end retry", e));
    out
}

#[test]
fn every_phase_round_trips_in_both_forms() {
    let deck = frozen_deck("myth-or-fact");
    for (name, game) in games_in_every_phase(&deck) {
        for form in [SaveForm::ById, SaveForm::Compact] {
            let text = game.encode_as(&deck, form);
            assert!(text.starts_with("g3;"), "{text}");
            assert_eq!(
                Game::decode(&text, &deck).as_ref(),
                Ok(&game),
                "{name} {form:?}"
            );
        }
    }
}

/// One line of `saves.txt`: what the 2026-12-01 build saved, and the facts it held.
struct OldSave {
    name: String,
    deck: String,
    text: String,
    facts: HashMap<String, String>,
}

fn old_saves() -> Vec<OldSave> {
    std::fs::read_to_string(format!("{FROZEN}/saves.txt"))
        .unwrap()
        .lines()
        .map(|line| {
            let mut parts = line.split('|');
            let (name, deck, text) = (parts.next(), parts.next(), parts.next());
            OldSave {
                name: name.unwrap().to_string(),
                deck: deck.unwrap().to_string(),
                text: text.unwrap().to_string(),
                facts: parts
                    .filter_map(|f| f.split_once('='))
                    .map(|(k, v)| (k.to_string(), v.to_string()))
                    .collect(),
            }
        })
        .collect()
}

/// The facts the generator printed, computed from a restored game.
fn facts_of(game: &Game, deck: &Deck) -> HashMap<String, String> {
    let id = |c: usize| deck.cards[c].id.clone();
    let by_card = |f: &dyn Fn(usize) -> Option<String>| {
        (0..deck.cards.len())
            .filter_map(|c| f(c).map(|v| format!("{}={v}", id(c))))
            .collect::<Vec<_>>()
            .join(",")
    };
    let summary = game.summary();
    let (shown, total) = game.progress();
    HashMap::from([
        ("phase".into(), format!("{:?}", game.phase())),
        ("mode".into(), format!("{:?}", game.mode())),
        ("round".into(), game.round().to_string()),
        (
            "current".into(),
            game.current_card().map(id).unwrap_or_default(),
        ),
        ("progress".into(), format!("{shown}/{total}")),
        ("deck_correct".into(), summary.deck_correct.to_string()),
        ("first_try".into(), summary.first_try_correct.to_string()),
        (
            "queue".into(),
            game.queue()
                .iter()
                .map(|&c| id(c))
                .collect::<Vec<_>>()
                .join(","),
        ),
        (
            "placed".into(),
            by_card(&|c| game.placement(c).map(|p| deck.piles[p].id.clone())),
        ),
        (
            "latest".into(),
            by_card(&|c| game.result(c).map(|r| u8::from(r).to_string())),
        ),
    ])
}

#[test]
fn games_saved_by_the_2026_12_01_build_resume_with_the_same_cards_and_score() {
    let saves: Vec<OldSave> = old_saves()
        .into_iter()
        .filter(|s| s.text.starts_with("t2;"))
        .collect();
    assert_eq!(saves.len(), 21);
    for save in saves {
        let deck = frozen_deck(&save.deck);
        let game = Game::decode(&save.text, &deck)
            .unwrap_or_else(|e| panic!("{} on {}: {e}", save.name, save.deck));
        assert_eq!(
            facts_of(&game, &deck),
            save.facts,
            "{} on {}",
            save.name,
            save.deck
        );
        // Saved again in today's form, it reads back as the same game.
        assert_eq!(Game::decode(&game.encode(&deck), &deck), Ok(game));
    }
}

#[test]
fn an_old_save_follows_its_cards_by_id_after_the_deck_is_re_ordered() {
    let save = old_saves()
        .into_iter()
        .find(|s| s.name == "immediate-feedback")
        .unwrap();
    let frozen = frozen_deck(&save.deck);
    let mut deck = frozen.clone();
    deck.cards.reverse();
    let game = Game::decode(&save.text, &deck).unwrap();
    let mut facts = facts_of(&game, &deck);
    let mut expected = save.facts.clone();
    // Per-card lists are printed in deck order; compare them as sets.
    for key in ["placed", "latest"] {
        let sorted = |s: &str| {
            let mut v: Vec<String> = s.split(',').map(String::from).collect();
            v.sort();
            v
        };
        assert_eq!(sorted(&facts[key]), sorted(&expected[key]), "{key}");
        facts.remove(key);
        expected.remove(key);
    }
    assert_eq!(facts, expected);
}

#[test]
fn chooser_progress_saved_by_the_2026_12_01_build_resumes_with_the_same_answers() {
    // Today's questionnaire is version 2 (#12): the frozen one with options appended only
    // and new weights (`chooser_frozen.rs`). A save from then keeps its answers; its result
    // is the one it showed, weighed as then, and today's says it comes from that version.
    let model = builtin_model().unwrap();
    let then = first_version(&model);
    let saves: Vec<OldSave> = old_saves()
        .into_iter()
        .filter(|s| s.text.starts_with("c1;"))
        .collect();
    assert_eq!(saves.len(), 2);
    for save in saves {
        let chooser = Chooser::decode(&save.text, &model).expect(&save.name);
        assert_eq!(
            chooser.raw_step().to_string(),
            save.facts["step"],
            "{}",
            save.name
        );
        assert_eq!(
            format!("{:?}", chooser.answers()),
            save.facts["answers"],
            "{}",
            save.name
        );
        assert_eq!(chooser.answered_in(), 1, "{}", save.name);
        if let Some(path) = save.facts.get("path") {
            let answers = chooser.complete_answers().unwrap();
            let rec = recommend(&then, &answers).unwrap();
            assert_eq!(rec.outcome.key(&then), path);
            let score = |id: &str| rec.scores[then.paths.iter().position(|p| p.id == id).unwrap()];
            assert_eq!(score("technical").to_string(), save.facts["technical"]);
            assert_eq!(score("leadership").to_string(), save.facts["leadership"]);
            assert!(chooser.result(&model).is_some());
            assert!(chooser.from_earlier_version(&model), "{}", save.name);
        } else {
            assert!(!chooser.from_earlier_version(&model), "no result shown yet");
        }
        let again = chooser.encode(&model);
        assert!(again.starts_with("c3;"), "{again}");
        assert_eq!(Chooser::decode(&again, &model), Some(chooser));
    }
}

#[test]
fn games_saved_by_the_2026_12_01_build_resume_on_todays_decks_by_card_id() {
    // The revised decks (#12) keep the ids of unchanged cards: an old game keeps every
    // such card's pile and result, drops the cards taken out and deals the new ones last.
    for save in old_saves()
        .into_iter()
        .filter(|s| s.text.starts_with("t2;"))
    {
        let then = frozen_deck(&save.deck);
        let now = builtin_deck(&save.deck).unwrap().unwrap();
        let game = Game::decode(&save.text, &now)
            .unwrap_or_else(|e| panic!("{} on {}: {e}", save.name, save.deck));
        let old = Game::decode(&save.text, &then).unwrap();
        for (c, card) in then.cards.iter().enumerate() {
            let Some(n) = now.cards.iter().position(|k| k.id == card.id) else {
                continue;
            };
            assert_eq!(
                game.placement(n).map(|p| &now.piles[p].id),
                old.placement(c).map(|p| &then.piles[p].id),
                "{} on {}: {}",
                save.name,
                save.deck,
                card.id
            );
            assert_eq!(game.result(n), old.result(c), "{} {}", save.name, card.id);
        }
        let kept_right = then
            .cards
            .iter()
            .enumerate()
            .filter(|(c, card)| {
                old.result(*c) == Some(true) && now.cards.iter().any(|k| k.id == card.id)
            })
            .count();
        assert_eq!(game.summary().deck_correct, kept_right, "{}", save.name);
        assert_eq!(game.queue().len(), game.progress().1);
    }
}

#[test]
fn a_save_survives_its_deck_gaining_losing_and_re_ordering_cards() {
    let deck = frozen_deck("leadership-training-or-development");
    let mut game = Game::for_deck(&deck, FeedbackMode::Immediate, 9);
    for i in 0..6 {
        step(&mut game, i % 2 == 0);
        game.apply(Action::Next, 0).unwrap();
    }
    let text = game.encode(&deck);
    let played: Vec<usize> = game.queue()[..6].to_vec();
    let removed = deck.cards[played[1]].id.clone();
    let upcoming = deck.cards[game.current_card().unwrap()].id.clone();

    let mut edited = deck.clone();
    edited.cards.retain(|c| c.id != removed);
    edited.cards.reverse();
    let mut added = edited.cards[0].clone();
    added.id = "a-brand-new-card".into();
    edited.cards.push(added);

    let restored = Game::decode(&text, &edited).unwrap();
    let id_of = |c: usize| edited.cards[c].id.clone();
    // Every played card that still exists keeps its pile and result, by id.
    for &old in &played {
        let id = &deck.cards[old].id;
        match edited.cards.iter().position(|c| c.id == *id) {
            Some(now) => {
                assert_eq!(
                    restored.placement(now).map(|p| &edited.piles[p].id),
                    game.placement(old).map(|p| &deck.piles[p].id),
                    "{id}"
                );
                assert_eq!(restored.result(now), game.result(old), "{id}");
            }
            None => assert_eq!(*id, removed),
        }
    }
    // The learner is on the same next card, one fewer played, with the new card dealt last.
    assert_eq!(restored.current_card().map(id_of), Some(upcoming));
    assert_eq!(restored.progress(), (6, 26));
    assert_eq!(
        restored.queue().last().map(|&c| id_of(c)).as_deref(),
        Some("a-brand-new-card")
    );
    let removed_was_right = usize::from(game.result(played[1]) == Some(true));
    assert_eq!(
        restored.summary().deck_correct,
        game.summary().deck_correct - removed_was_right
    );
}

#[test]
fn a_finished_round_with_new_cards_deals_them_and_a_removed_card_on_the_table_moves_on() {
    let deck = frozen_deck("myth-or-fact");
    let mut game = Game::for_deck(&deck, FeedbackMode::Immediate, 2);
    while game.phase() != Phase::Results {
        step(&mut game, true);
        game.apply(Action::Next, 0).unwrap();
    }
    let mut grown = deck.clone();
    let mut extra = grown.cards[0].clone();
    extra.id = "one-more".into();
    grown.cards.push(extra);
    let restored = Game::decode(&game.encode(&deck), &grown).unwrap();
    assert_eq!(restored.phase(), Phase::Sorting);
    assert_eq!(
        restored.current_card().map(|c| grown.cards[c].id.as_str()),
        Some("one-more")
    );

    let mut showing = Game::for_deck(&deck, FeedbackMode::Immediate, 2);
    step(&mut showing, true);
    let on_table = deck.cards[showing.current_card().unwrap()].id.clone();
    let mut shrunk = deck.clone();
    shrunk.cards.retain(|c| c.id != on_table);
    let restored = Game::decode(&showing.encode(&deck), &shrunk).unwrap();
    assert_eq!(restored.phase(), Phase::Sorting);
    assert_eq!(restored.progress(), (1, deck.cards.len() - 1));
}

#[test]
fn a_500_card_game_fits_by_id_and_a_2000_card_game_fits_compact() {
    for (n, form) in [(500, SaveForm::ById), (2000, SaveForm::Compact)] {
        let deck = generated_deck(n);
        let mut game = Game::for_deck(&deck, FeedbackMode::Immediate, 77);
        for i in 0..n {
            step(&mut game, i % 5 != 0);
            game.apply(Action::Next, 0).unwrap();
        }
        game.apply(Action::RetryMissed, 0).unwrap();
        step(&mut game, true);
        let text = game.encode(&deck);
        assert!(
            text.len() <= MAX_SAVE_LEN,
            "{n} cards: {} characters",
            text.len()
        );
        println!("{n} cards: {} characters", text.len());
        assert_eq!(
            text,
            game.encode_as(&deck, form),
            "{n} cards are saved {form:?}"
        );
        assert_eq!(Game::decode(&text, &deck).as_ref(), Ok(&game), "{n} cards");
    }
}

#[test]
fn a_compact_save_is_refused_clearly_once_its_deck_changes() {
    let deck = generated_deck(2000);
    let game = Game::for_deck(&deck, FeedbackMode::AtEnd, 1);
    let text = game.encode(&deck);
    let mut edited = deck.clone();
    edited.cards[10].pile = "right".into();
    assert_eq!(Game::decode(&text, &edited), Err(ResumeError::DeckChanged));
}

#[test]
fn a_cut_short_or_foreign_record_is_refused() {
    let deck = frozen_deck("myth-or-fact");
    let text = Game::for_deck(&deck, FeedbackMode::Immediate, 5).encode(&deck);
    for cut in [text.len() - 5, text.len() - 1] {
        assert_eq!(
            Game::decode(&text[..cut], &deck),
            Err(ResumeError::Unreadable)
        );
    }
    assert_eq!(
        Game::decode("c3;q=career-path;s=0;a=--", &deck),
        Err(ResumeError::Unreadable)
    );
    assert_eq!(
        Game::decode("t2;0;i;1", &deck),
        Err(ResumeError::Unreadable)
    );
}

#[test]
fn a_compact_save_of_a_round_not_dealt_by_the_shuffle_keeps_placed_cards_first() {
    // A by-id save restored onto a grown deck deals the new cards last, not by the shuffle;
    // saved compact, the round must still read back with every placed card ahead.
    let small = generated_deck(900);
    let mut game = Game::for_deck(&small, FeedbackMode::AtEnd, 5);
    for _ in 0..10 {
        step(&mut game, true);
    }
    let mut grown = small.clone();
    let mut extra = grown.cards[0].clone();
    extra.id = "late-card".into();
    grown.cards.insert(0, extra);
    let restored = Game::decode(&game.encode_as(&small, SaveForm::ById), &grown).unwrap();
    let again = Game::decode(&restored.encode_as(&grown, SaveForm::Compact), &grown).unwrap();
    let (placed, _) = again.progress();
    for (i, &card) in again.queue().iter().enumerate() {
        assert_eq!(
            again.placement(card).is_some(),
            i < placed - 1,
            "card {i} of the round"
        );
    }
    assert_eq!(again.summary(), restored.summary());
}
