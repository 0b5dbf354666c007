//! The sorting game's rules, natively: every transition, both feedback modes,
//! retry of misses, scoring, the shuffle and the resume round-trip.
#![cfg(not(target_arch = "wasm32"))]

use twofold_core::deck::{builtin_deck, Deck};
use twofold_core::game::{
    shuffled, Action, FeedbackMode, Game, GameEvent, Opening, Phase, Rejected, ResumeError,
};

/// Four cards: answers [0, 1, 0, 1] over two piles.
fn small(mode: FeedbackMode) -> Game {
    Game::new(vec![0, 1, 0, 1], 2, mode, 7)
}

fn current(game: &Game) -> usize {
    game.current_card().expect("a card is on the table")
}

/// Places every card of the round, right when `right(card)` says so.
fn play_round(game: &mut Game, right: impl Fn(usize) -> bool) {
    while let Some(card) = game.current_card() {
        let answer = game.answer(card).unwrap();
        let pile = if right(card) { answer } else { 1 - answer };
        game.apply(Action::Place(pile), 0).unwrap();
        if game.phase() == Phase::Feedback {
            game.apply(Action::Next, 0).unwrap();
        }
    }
    if game.phase() == Phase::Review {
        game.apply(Action::Check, 0).unwrap();
    }
}

#[test]
fn a_new_game_deals_every_card_once() {
    let game = small(FeedbackMode::Immediate);
    let mut queue = game.queue().to_vec();
    queue.sort();
    assert_eq!(queue, vec![0, 1, 2, 3]);
    assert_eq!(game.phase(), Phase::Sorting);
    assert_eq!(game.progress(), (1, 4));
}

#[test]
fn immediate_mode_shows_feedback_then_moves_on() {
    let mut game = small(FeedbackMode::Immediate);
    let card = current(&game);
    let answer = game.answer(card).unwrap();
    let events = game.apply(Action::Place(answer), 0).unwrap();
    assert_eq!(
        events,
        vec![GameEvent::CardPlaced {
            card,
            pile: answer,
            correct: Some(true),
            shown_ms: None,
        }]
    );
    assert_eq!(game.phase(), Phase::Feedback);
    assert_eq!(
        game.current_card(),
        Some(card),
        "the card stays on the table during feedback"
    );
    assert_eq!(game.result(card), Some(true));
    assert_eq!(game.apply(Action::Place(0), 0), Err(Rejected::WrongPhase));
    let events = game.apply(Action::Next, 0).unwrap();
    assert_eq!(game.phase(), Phase::Sorting);
    assert_eq!(
        events,
        vec![GameEvent::NextCard {
            card: current(&game)
        }]
    );
    assert_eq!(game.progress(), (2, 4));
    assert_ne!(game.current_card(), Some(card));
}

#[test]
fn a_wrong_placement_is_reported_as_wrong() {
    let mut game = small(FeedbackMode::Immediate);
    let card = current(&game);
    let wrong = 1 - game.answer(card).unwrap();
    let events = game.apply(Action::Place(wrong), 0).unwrap();
    assert_eq!(
        events,
        vec![GameEvent::CardPlaced {
            card,
            pile: wrong,
            correct: Some(false),
            shown_ms: None,
        }]
    );
    assert_eq!(game.result(card), Some(false));
}

#[test]
fn the_last_next_finishes_the_round_with_the_score() {
    let mut game = small(FeedbackMode::Immediate);
    for _ in 0..3 {
        let card = current(&game);
        game.apply(Action::Place(game.answer(card).unwrap()), 0)
            .unwrap();
        game.apply(Action::Next, 0).unwrap();
    }
    let card = current(&game);
    game.apply(Action::Place(1 - game.answer(card).unwrap()), 0)
        .unwrap();
    let events = game.apply(Action::Next, 0).unwrap();
    assert_eq!(
        events,
        vec![GameEvent::RoundFinished {
            round: 1,
            correct: 3,
            total: 4
        }]
    );
    assert_eq!(game.phase(), Phase::Results);
    let summary = game.summary();
    assert_eq!(
        (summary.correct, summary.total, summary.missed.clone()),
        (3, 4, vec![card])
    );
    assert_eq!(summary.first_try_percent(), 75);
}

#[test]
fn piles_out_of_range_and_early_actions_are_refused() {
    let mut game = small(FeedbackMode::Immediate);
    let before = game.clone();
    assert_eq!(game.apply(Action::Place(2), 0), Err(Rejected::NoSuchPile));
    assert_eq!(game.apply(Action::Next, 0), Err(Rejected::WrongPhase));
    assert_eq!(game.apply(Action::Check, 0), Err(Rejected::WrongPhase));
    assert_eq!(
        game.apply(Action::RetryMissed, 0),
        Err(Rejected::WrongPhase)
    );
    assert_eq!(
        game.apply(Action::Move { card: 0, pile: 1 }, 0),
        Err(Rejected::WrongPhase)
    );
    assert_eq!(game, before, "refused actions change nothing");
}

#[test]
fn at_end_mode_hides_results_until_check() {
    let mut game = small(FeedbackMode::AtEnd);
    let first = current(&game);
    let events = game.apply(Action::Place(0), 0).unwrap();
    assert_eq!(
        events,
        vec![GameEvent::CardPlaced {
            card: first,
            pile: 0,
            correct: None,
            shown_ms: None,
        }]
    );
    assert_eq!(game.phase(), Phase::Sorting, "no feedback step");
    assert_eq!(game.result(first), None, "no hint before check");
    for _ in 0..3 {
        game.apply(Action::Place(0), 0).unwrap();
    }
    assert_eq!(game.phase(), Phase::Review);
    assert_eq!(game.current_card(), None);
    assert_eq!(game.result(first), None);
}

#[test]
fn at_end_mode_lets_cards_move_until_check() {
    let mut game = small(FeedbackMode::AtEnd);
    let first = current(&game);
    game.apply(Action::Place(0), 0).unwrap();
    // Moving an already placed card is allowed while still sorting.
    assert_eq!(
        game.apply(
            Action::Move {
                card: first,
                pile: 1
            },
            0
        )
        .unwrap(),
        vec![GameEvent::CardMoved {
            card: first,
            pile: 1
        }]
    );
    let unplaced = current(&game);
    assert_eq!(
        game.apply(
            Action::Move {
                card: unplaced,
                pile: 1
            },
            0
        ),
        Err(Rejected::NotPlaced)
    );
    for _ in 0..3 {
        game.apply(Action::Place(0), 0).unwrap();
    }
    // In review, put every card on its right pile, then check.
    for card in 0..4 {
        let answer = game.answer(card).unwrap();
        game.apply(Action::Move { card, pile: answer }, 0).unwrap();
    }
    let events = game.apply(Action::Check, 0).unwrap();
    assert_eq!(events.len(), 5);
    assert!(events[..4]
        .iter()
        .all(|e| matches!(e, GameEvent::CardChecked { correct: true, .. })));
    assert_eq!(
        events[4],
        GameEvent::RoundFinished {
            round: 1,
            correct: 4,
            total: 4
        }
    );
    assert_eq!(
        game.apply(Action::Move { card: 0, pile: 1 }, 0),
        Err(Rejected::WrongPhase)
    );
}

#[test]
fn retry_plays_only_the_missed_cards_and_keeps_the_first_try_score() {
    let mut game = Game::new(vec![0, 1, 0, 1, 0, 1], 2, FeedbackMode::Immediate, 3);
    play_round(&mut game, |card| card >= 2);
    assert_eq!(game.summary().missed.len(), 2);
    let events = game.apply(Action::RetryMissed, 0).unwrap();
    assert_eq!(events, vec![GameEvent::Retried { round: 2, cards: 2 }]);
    let mut queue = game.queue().to_vec();
    queue.sort();
    assert_eq!(queue, vec![0, 1]);
    play_round(&mut game, |_| true);
    let summary = game.summary();
    assert_eq!((summary.round, summary.correct, summary.total), (2, 2, 2));
    assert_eq!((summary.deck_correct, summary.deck_total), (6, 6));
    assert_eq!(
        summary.first_try_correct, 4,
        "the first attempt is what counts as the score"
    );
    assert_eq!(
        game.apply(Action::RetryMissed, 0),
        Err(Rejected::NothingMissed)
    );
}

#[test]
fn play_again_reshuffles_and_resets_everything() {
    let mut game = Game::new(
        (0..12).map(|i| i % 2).collect(),
        2,
        FeedbackMode::Immediate,
        1,
    );
    let first_order = game.queue().to_vec();
    play_round(&mut game, |_| false);
    game.apply(Action::PlayAgain { seed: 99 }, 0).unwrap();
    assert_eq!(game.round(), 1);
    assert_eq!(game.phase(), Phase::Sorting);
    assert_eq!(game.summary().first_try_correct, 0);
    assert!((0..12).all(|c| game.result(c).is_none()));
    assert_ne!(
        game.queue(),
        first_order.as_slice(),
        "a new seed gives a new order"
    );
}

#[test]
fn per_pile_tallies_count_by_the_pile_a_card_belongs_in() {
    let mut game = Game::new(vec![0, 0, 0, 1, 1], 2, FeedbackMode::Immediate, 5);
    play_round(&mut game, |card| card != 0 && card != 3);
    let tallies = game.summary().per_pile;
    assert_eq!((tallies[0].right, tallies[0].wrong), (2, 1));
    assert_eq!((tallies[1].right, tallies[1].wrong), (1, 1));
}

#[test]
fn the_shuffle_is_a_seeded_permutation() {
    let items: Vec<u32> = (0..50).collect();
    let a = shuffled(&items, 42);
    assert_eq!(a, shuffled(&items, 42), "same seed, same order");
    assert_ne!(a, shuffled(&items, 43), "another seed, another order");
    assert_ne!(a, items, "actually shuffled");
    let mut sorted = a.clone();
    sorted.sort();
    assert_eq!(sorted, items);
    // Platform stability: SplitMix64 is pure integer arithmetic; pin one order.
    assert_eq!(
        shuffled(&[1, 2, 3, 4, 5], 2024),
        shuffled(&[1, 2, 3, 4, 5], 2024)
    );
}

fn deck() -> Deck {
    builtin_deck("myth-or-fact").unwrap().unwrap()
}

#[test]
fn a_saved_game_resumes_identically_mid_round() {
    let deck = deck();
    for mode in [FeedbackMode::Immediate, FeedbackMode::AtEnd] {
        let mut game = Game::for_deck(&deck, mode, 11);
        for _ in 0..3 {
            game.apply(Action::Place(0), 0).unwrap();
            let _ = game.apply(Action::Next, 0);
        }
        game.apply(Action::Place(1), 0).unwrap();
        let restored = Game::decode(&game.encode(&deck), &deck).unwrap();
        assert_eq!(restored, game, "{mode:?}");
        assert_eq!(restored.current_card(), game.current_card());
        assert_eq!(restored.summary(), game.summary());
    }
}

#[test]
fn a_finished_and_retried_game_round_trips() {
    let deck = deck();
    let mut game = Game::for_deck(&deck, FeedbackMode::Immediate, 5);
    play_round(&mut game, |c| c % 3 != 0);
    game.apply(Action::RetryMissed, 0).unwrap();
    let restored = Game::decode(&game.encode(&deck), &deck).unwrap();
    assert_eq!(restored, game);
}

#[test]
fn a_save_for_another_deck_or_a_damaged_save_is_refused() {
    let deck = deck();
    let other = builtin_deck("leadership-training-or-development")
        .unwrap()
        .unwrap();
    let saved = Game::for_deck(&deck, FeedbackMode::Immediate, 5).encode(&deck);
    assert_eq!(Game::decode(&saved, &other), Err(ResumeError::OtherDeck));
    assert_eq!(
        Game::decode("{not json", &deck),
        Err(ResumeError::Unreadable)
    );
    assert_eq!(
        Game::decode(&saved[..saved.len() / 2], &deck),
        Err(ResumeError::Unreadable)
    );
    assert_eq!(
        Game::decode("{\"v\":1,\"d\":\"0\"}", &deck),
        Err(ResumeError::Unreadable),
        "a save in the old JSON format is ignored"
    );
    let bumped = saved.replacen("g3;", "g9;", 1);
    assert_eq!(
        Game::decode(&bumped, &deck),
        Err(ResumeError::OtherVersion(9))
    );
    let out_of_range: String = saved
        .split(';')
        .map(|f| if f.starts_with("o=") { "o=999" } else { f })
        .collect::<Vec<_>>()
        .join(";");
    assert_eq!(
        Game::decode(&out_of_range, &deck),
        Err(ResumeError::Inconsistent)
    );
}

#[test]
fn a_save_stays_within_scorm_12_suspend_data_for_builtin_decks() {
    for id in twofold_core::deck::builtin_deck_ids() {
        let deck = builtin_deck(id).unwrap().unwrap();
        let mut game = Game::for_deck(&deck, FeedbackMode::Immediate, u64::MAX);
        play_round(&mut game, |c| c % 2 == 0);
        let saved = game.encode(&deck);
        assert!(saved.len() < 4096, "{id}: {} characters", saved.len());
    }
}

#[test]
fn opening_a_game_reports_started_or_resumed() {
    let deck = deck();
    let mut game = Game::for_deck(&deck, FeedbackMode::AtEnd, 3);
    assert_eq!(
        game.open(&deck.id, Opening::Fresh, 0),
        vec![GameEvent::Started {
            deck: deck.id.clone(),
            mode: FeedbackMode::AtEnd,
            cards: deck.cards.len(),
        }]
    );
    assert_eq!(
        game.open(&deck.id, Opening::Resumed, 0),
        vec![GameEvent::Resumed {
            deck: deck.id.clone(),
            mode: FeedbackMode::AtEnd,
            round: 1,
        }]
    );
}

/// The `shown_ms` of the next placement at `now`.
fn shown_ms(game: &mut Game, now: u64) -> Option<u64> {
    match game.apply(Action::Place(0), now).unwrap().as_slice() {
        [GameEvent::CardPlaced { shown_ms, .. }] => *shown_ms,
        other => panic!("not one placement: {other:?}"),
    }
}

#[test]
fn a_placement_says_how_long_since_its_card_was_shown() {
    let mut game = small(FeedbackMode::Immediate);
    game.open("deck", Opening::Fresh, 1_000);
    assert_eq!(
        shown_ms(&mut game, 1_750),
        Some(750),
        "since the game opened"
    );
    game.apply(Action::Next, 2_000).unwrap();
    assert_eq!(
        shown_ms(&mut game, 2_300),
        Some(300),
        "since Next, not the last placement"
    );

    let mut at_end = small(FeedbackMode::AtEnd);
    at_end.open("deck", Opening::Resumed, 500);
    assert_eq!(shown_ms(&mut at_end, 900), Some(400));
    assert_eq!(
        shown_ms(&mut at_end, 1_000),
        Some(100),
        "the next card shows at once"
    );
    assert_eq!(
        shown_ms(&mut small(FeedbackMode::AtEnd), 10),
        None,
        "never given a clock"
    );
    let mut backwards = small(FeedbackMode::AtEnd);
    backwards.open("deck", Opening::Fresh, 100);
    assert_eq!(
        shown_ms(&mut backwards, 50),
        Some(0),
        "a clock going back counts as no time"
    );
}

#[test]
fn retry_and_play_again_restart_the_card_clock_and_say_which_they_were() {
    let mut game = small(FeedbackMode::Immediate);
    game.open("deck", Opening::Fresh, 0);
    play_round(&mut game, |card| card != 0);
    assert_eq!(
        game.apply(Action::RetryMissed, 5_000).unwrap(),
        vec![GameEvent::Retried { round: 2, cards: 1 }]
    );
    assert_eq!(shown_ms(&mut game, 5_020), Some(20));
    game.apply(Action::Next, 6_000).unwrap();
    assert_eq!(
        game.apply(Action::PlayAgain { seed: 1 }, 7_000).unwrap(),
        vec![GameEvent::PlayedAgain { cards: 4 }]
    );
    assert_eq!(shown_ms(&mut game, 7_001), Some(1));
}

#[test]
fn the_card_clock_does_not_make_games_differ_and_is_not_saved() {
    let deck = deck();
    let mut game = Game::for_deck(&deck, FeedbackMode::Immediate, 3);
    let fresh = game.clone();
    game.open(&deck.id, Opening::Fresh, 123);
    assert_eq!(game, fresh);
    assert_eq!(Game::decode(&game.encode(&deck), &deck), Ok(game));
}
