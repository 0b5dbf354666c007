//! What the results say about a round: the score's band and the piles worth naming
//! (the strongest, the one to look at again), natively, from tallies and from played games.
#![cfg(not(target_arch = "wasm32"))]

use twofold_core::game::{
    appraise, Action, Appraisal, Band, FeedbackMode, Game, Phase, PileTally, RoundSummary,
};
use twofold_core::i18n::{Catalog, MessageId};

/// A round summary with these (right, wrong) tallies per pile.
fn round(tallies: &[(usize, usize)]) -> RoundSummary {
    let per_pile: Vec<PileTally> = tallies
        .iter()
        .map(|&(right, wrong)| PileTally { right, wrong })
        .collect();
    let correct = tallies.iter().map(|t| t.0).sum();
    let total = tallies.iter().map(|t| t.0 + t.1).sum();
    RoundSummary {
        round: 1,
        correct,
        total,
        per_pile,
        missed: Vec::new(),
        deck_correct: correct,
        deck_total: total,
        first_try_correct: correct,
    }
}

fn appraisal(band: Band, strongest: Option<usize>, look_again: Option<usize>) -> Appraisal {
    Appraisal {
        band,
        strongest,
        look_again,
    }
}

#[test]
fn bands_split_at_every_card_eighty_percent_and_half_exactly() {
    assert_eq!(Band::of(26, 26), Band::AllRight);
    assert_eq!(Band::of(0, 0), Band::AllRight, "nothing to miss");
    assert_eq!(Band::of(4, 5), Band::Most, "80 % exactly");
    assert_eq!(Band::of(25, 26), Band::Most);
    assert_eq!(Band::of(159, 200), Band::Half, "79.5 % is not 80 %");
    assert_eq!(Band::of(13, 26), Band::Half, "half exactly");
    assert_eq!(Band::of(12, 26), Band::Start);
    assert_eq!(Band::of(0, 26), Band::Start);
}

#[test]
fn every_band_has_its_own_message_in_the_table() {
    let bands = [Band::AllRight, Band::Most, Band::Half, Band::Start];
    let ids: Vec<MessageId> = bands.iter().map(|b| b.message()).collect();
    for (i, id) in ids.iter().enumerate() {
        assert!(!ids[..i].contains(id), "{id:?} is used by two bands");
        assert!(!Catalog::english().text(*id).is_empty());
    }
}

#[test]
fn the_strongest_pile_and_the_one_to_look_at_again_are_named() {
    // 7 of 8 against 2 of 8.
    assert_eq!(
        appraise(&round(&[(7, 1), (2, 6)])),
        appraisal(Band::Half, Some(0), Some(1))
    );
    // Either way round.
    assert_eq!(
        appraise(&round(&[(2, 6), (7, 1)])),
        appraisal(Band::Half, Some(1), Some(0))
    );
    // Shares, not counts: 3 of 3 beats 9 of 12.
    assert_eq!(
        appraise(&round(&[(9, 3), (3, 0)])),
        appraisal(Band::Most, Some(1), Some(0))
    );
}

#[test]
fn a_perfect_round_names_no_pile() {
    assert_eq!(
        appraise(&round(&[(13, 0), (13, 0)])),
        appraisal(Band::AllRight, None, None)
    );
}

#[test]
fn piles_that_went_the_same_way_are_not_singled_out() {
    assert_eq!(
        appraise(&round(&[(6, 7), (6, 7)])),
        appraisal(Band::Start, None, None)
    );
    // Equal shares from different counts (1 of 2, 4 of 8): still level.
    assert_eq!(
        appraise(&round(&[(1, 1), (4, 4)])),
        appraisal(Band::Half, None, None)
    );
}

#[test]
fn no_pile_is_called_strongest_with_fewer_than_half_of_its_cards_right() {
    // 2 of 10 against 0 of 10: the second is to look at again, the first is no strength.
    assert_eq!(
        appraise(&round(&[(2, 8), (0, 10)])),
        appraisal(Band::Start, None, Some(1))
    );
    // Half exactly is enough.
    assert_eq!(
        appraise(&round(&[(4, 4), (0, 8)])),
        appraisal(Band::Start, Some(0), Some(1))
    );
}

#[test]
fn a_round_with_one_pile_names_it_to_look_at_again_only() {
    // A retry of misses that all belong in pile 1.
    assert_eq!(
        appraise(&round(&[(0, 0), (1, 2)])),
        appraisal(Band::Start, None, Some(1))
    );
}

#[test]
fn piles_with_no_cards_in_the_round_are_never_named() {
    assert_eq!(
        appraise(&round(&[(0, 0), (3, 1), (1, 3), (0, 0)])),
        appraisal(Band::Half, Some(1), Some(2))
    );
}

#[test]
fn with_more_piles_ties_go_to_the_pile_with_more_cards_then_the_first() {
    // Piles 0 and 2 share the top (all right): 2 has more cards. Piles 1 and 3 share the
    // bottom (none right): 3 has more misses.
    assert_eq!(
        appraise(&round(&[(2, 0), (0, 2), (5, 0), (0, 4)])),
        appraisal(Band::Half, Some(2), Some(3))
    );
    // Equal counts too: the first pile.
    assert_eq!(
        appraise(&round(&[(3, 0), (0, 3), (3, 0), (0, 3)])),
        appraisal(Band::Half, Some(0), Some(1))
    );
}

/// Plays a round, placing `card` right when `right(card)` says so.
fn play(game: &mut Game, right: impl Fn(usize) -> bool) {
    while let Some(card) = game.current_card() {
        let answer = game.answer(card).unwrap();
        let pile = if right(card) { answer } else { 1 - answer };
        game.apply(Action::Place(pile), 0).unwrap();
        game.apply(Action::Next, 0).unwrap();
    }
    assert_eq!(game.phase(), Phase::Results);
}

#[test]
fn a_played_game_is_appraised_by_the_pile_each_card_belongs_in() {
    // Cards 0–3 belong in pile 0, 4–7 in pile 1; every pile-1 card but one is missed
    // (5 of 8 right).
    let mut game = Game::new(vec![0, 0, 0, 0, 1, 1, 1, 1], 2, FeedbackMode::Immediate, 3);
    play(&mut game, |card| card < 4 || card == 7);
    assert_eq!(
        appraise(&game.summary()),
        appraisal(Band::Half, Some(0), Some(1))
    );
    // Retrying the three misses, all from pile 1, one still wrong (2 of 3): only pile 1 is
    // in the round.
    game.apply(Action::RetryMissed, 0).unwrap();
    play(&mut game, |card| card != 4);
    assert_eq!(
        appraise(&game.summary()),
        appraisal(Band::Half, None, Some(1))
    );
}
