//! The reaction table of `twofold_core::react`, natively: one test per row, in the
//! table's order (the sorting game, then the chooser).
#![cfg(not(target_arch = "wasm32"))]

use twofold_core::chooser::{
    builtin_model, encode_link, Chooser, ChooserAction, ChooserEvent, ChooserModel, ChooserSession,
};
use twofold_core::deck::{builtin_deck, Deck};
use twofold_core::game::{Action, FeedbackMode, Game, GameEvent, Opening, Phase};
use twofold_core::i18n::{Lang, Message};
use twofold_core::react::{
    chooser_reactions, game_reactions, Focus, Happened, Reaction, SavedRecord,
};

/// A message in English, as the learner reads it.
fn english(message: &Message) -> String {
    Lang::En.catalog().format(message)
}

fn deck() -> Deck {
    builtin_deck("myth-or-fact").unwrap().unwrap()
}

/// A game on `deck`, opened, with the events of opening it.
fn opened(deck: &Deck, mode: FeedbackMode, opening: Opening) -> (Game, Vec<GameEvent>) {
    let mut game = Game::for_deck(deck, mode, 11);
    let events = game.open(&deck.id, opening, 0);
    (game, events)
}

/// Applies `action` and returns its reactions.
/// Applies `action` and returns its reactions (the events are leaked: reactions borrow them).
fn react<'d>(game: &mut Game, deck: &'d Deck, action: Action) -> Vec<Reaction<'d>> {
    let events = Vec::leak(game.apply(action, 100).unwrap());
    game_reactions(events, deck, game)
}

fn right_pile(game: &Game) -> usize {
    game.answer(game.current_card().unwrap()).unwrap()
}

fn focus_of<'r>(reactions: &'r [Reaction<'_>]) -> Option<&'r Focus<'r>> {
    reactions.iter().find_map(|r| match r {
        Reaction::Focus(f) => Some(f),
        _ => None,
    })
}

/// The announced message, worded in English.
fn announced(reactions: &[Reaction<'_>]) -> Option<String> {
    reactions.iter().find_map(|r| match r {
        Reaction::Announce(message) => Some(english(message)),
        _ => None,
    })
}

// The sorting game.

#[test]
fn game_no_events_no_reactions() {
    let deck = deck();
    let (game, _) = opened(&deck, FeedbackMode::Immediate, Opening::Fresh);
    assert_eq!(game_reactions(&[], &deck, &game), vec![]);
}

#[test]
fn game_any_events_save_the_decks_game_record() {
    let deck = deck();
    let (mut game, _) = opened(&deck, FeedbackMode::Immediate, Opening::Fresh);
    let pile = right_pile(&game);
    let reactions = react(&mut game, &deck, Action::Place(pile));
    assert_eq!(
        reactions[0],
        Reaction::Save(SavedRecord::Game { deck: &deck.id })
    );
}

#[test]
fn game_started_or_resumed_remembers_the_deck_and_nothing_else_does() {
    let deck = deck();
    for opening in [Opening::Fresh, Opening::Resumed] {
        let (game, events) = opened(&deck, FeedbackMode::AtEnd, opening);
        let reactions = game_reactions(&events, &deck, &game);
        assert!(reactions.contains(&Reaction::RememberDeck(&deck.id)));
    }
    let (mut game, _) = opened(&deck, FeedbackMode::AtEnd, Opening::Fresh);
    let reactions = react(&mut game, &deck, Action::Place(0));
    assert!(!reactions
        .iter()
        .any(|r| matches!(r, Reaction::RememberDeck(_))));
}

#[test]
fn game_narrated_events_are_announced_and_a_resume_says_welcome_back() {
    let deck = deck();
    let (mut game, started) = opened(&deck, FeedbackMode::Immediate, Opening::Fresh);
    assert_eq!(
        announced(&game_reactions(&started, &deck, &game)),
        None,
        "a new game is not narrated"
    );
    let card = game.current_card().unwrap();
    let pile = right_pile(&game);
    let reactions = react(&mut game, &deck, Action::Place(pile));
    let expected = format!(
        "Correct: “{}” belongs in {}.",
        deck.cards[card].text, deck.piles[pile].label
    );
    assert_eq!(announced(&reactions), Some(expected));

    let (game, resumed) = opened(&deck, FeedbackMode::Immediate, Opening::Resumed);
    assert_eq!(
        announced(&game_reactions(&resumed, &deck, &game)),
        Some("Welcome back: your game continues where you left it.".to_owned())
    );
}

#[test]
fn game_a_moved_card_keeps_focus_in_its_new_pile() {
    let deck = deck();
    let (mut game, _) = opened(&deck, FeedbackMode::AtEnd, Opening::Fresh);
    let card = game.current_card().unwrap();
    game.apply(Action::Place(0), 10).unwrap();
    let reactions = react(&mut game, &deck, Action::Move { card, pile: 1 });
    assert_eq!(
        focus_of(&reactions),
        Some(&Focus::PlacedCard {
            card_id: &deck.cards[card].id
        })
    );
}

#[test]
fn game_resumed_does_not_grab_focus() {
    let deck = deck();
    let (game, events) = opened(&deck, FeedbackMode::Immediate, Opening::Resumed);
    assert_eq!(focus_of(&game_reactions(&events, &deck, &game)), None);
}

#[test]
fn game_while_sorting_focus_goes_to_the_card() {
    let deck = deck();
    let (mut game, started) = opened(&deck, FeedbackMode::Immediate, Opening::Fresh);
    assert_eq!(
        focus_of(&game_reactions(&started, &deck, &game)),
        Some(&Focus::Card),
        "a game the learner just started"
    );
    let pile = right_pile(&game);
    game.apply(Action::Place(pile), 10).unwrap();
    let reactions = react(&mut game, &deck, Action::Next);
    assert_eq!(game.phase(), Phase::Sorting);
    assert_eq!(focus_of(&reactions), Some(&Focus::Card));
}

#[test]
fn game_on_feedback_focus_goes_to_the_next_button() {
    let deck = deck();
    let (mut game, _) = opened(&deck, FeedbackMode::Immediate, Opening::Fresh);
    let pile = right_pile(&game);
    let reactions = react(&mut game, &deck, Action::Place(pile));
    assert_eq!(focus_of(&reactions), Some(&Focus::NextButton));
}

#[test]
fn game_on_review_or_results_focus_goes_to_the_heading() {
    let deck = deck();
    let (mut game, _) = opened(&deck, FeedbackMode::AtEnd, Opening::Fresh);
    let mut last = Vec::new();
    while game.current_card().is_some() {
        last = react(&mut game, &deck, Action::Place(0));
    }
    assert_eq!(game.phase(), Phase::Review);
    assert_eq!(focus_of(&last), Some(&Focus::Heading));
    let reactions = react(&mut game, &deck, Action::Check);
    assert_eq!(game.phase(), Phase::Results);
    assert_eq!(focus_of(&reactions), Some(&Focus::Heading));
}

#[test]
fn game_any_events_are_reported_to_the_lms_and_the_host() {
    let deck = deck();
    let (mut game, _) = opened(&deck, FeedbackMode::Immediate, Opening::Fresh);
    let pile = right_pile(&game);
    let events = game.apply(Action::Place(pile), 700).unwrap();
    let reactions = game_reactions(&events, &deck, &game);
    let n = reactions.len();
    assert_eq!(
        reactions[n - 2..],
        [
            Reaction::ReportToLms(Happened::Game(&events)),
            Reaction::NotifyHost(Happened::Game(&events)),
        ]
    );
}

// The chooser.

fn model() -> ChooserModel {
    builtin_model().unwrap()
}

/// A session opened afresh (nothing saved, no link).
fn fresh(model: &ChooserModel) -> ChooserSession {
    ChooserSession::start(model, None, None).0
}

/// Complete answers: the first option of every question.
fn firsts(model: &ChooserModel) -> Vec<usize> {
    vec![0; model.questions.len()]
}

/// A session opened from a result link for `answers`.
fn from_link(model: &ChooserModel, answers: &[usize]) -> (ChooserSession, Vec<ChooserEvent>) {
    ChooserSession::start(model, Some(&encode_link(model, answers)), None)
}

/// Applies `action` and returns its reactions (the events are leaked: reactions borrow them).
fn apply(
    session: &mut ChooserSession,
    model: &ChooserModel,
    action: ChooserAction,
) -> Vec<Reaction<'static>> {
    let events = Vec::leak(session.apply(model, action));
    chooser_reactions(events, session, model)
}

fn saves(reactions: &[Reaction]) -> bool {
    reactions.contains(&Reaction::Save(SavedRecord::Chooser))
}

#[test]
fn chooser_no_events_no_reactions() {
    let model = model();
    let mut session = fresh(&model);
    let reactions = apply(&mut session, &model, ChooserAction::Next);
    assert_eq!(reactions, vec![], "Next without an answer changes nothing");
}

#[test]
fn chooser_leaving_drops_the_result_link_and_saves_nothing() {
    let model = model();
    let (mut session, _) = from_link(&model, &firsts(&model));
    let events = session.leave();
    let reactions = chooser_reactions(&events, &session, &model);
    assert_eq!(reactions[0], Reaction::ShowResultLink(None));
    assert!(!saves(&reactions));
    assert_eq!(focus_of(&reactions), None);
}

#[test]
fn chooser_changes_are_saved_when_not_viewing_a_link() {
    let model = model();
    let (session, started) = ChooserSession::start(&model, None, None);
    assert!(saves(&chooser_reactions(&started, &session, &model)));
    let mut session = session;
    assert!(saves(&apply(
        &mut session,
        &model,
        ChooserAction::Answer(1)
    )));
}

#[test]
fn chooser_nothing_is_saved_while_viewing_someones_link() {
    let model = model();
    let (mut session, started) = from_link(&model, &firsts(&model));
    assert!(!saves(&chooser_reactions(&started, &session, &model)));
    assert!(!saves(&apply(&mut session, &model, ChooserAction::Back)));
}

#[test]
fn chooser_on_the_result_the_link_is_shown_and_the_result_announced() {
    let model = model();
    let answers = firsts(&model);
    let mut session = fresh(&model);
    let mut last = Vec::new();
    for &option in &answers {
        apply(&mut session, &model, ChooserAction::Answer(option));
        last = apply(&mut session, &model, ChooserAction::Next);
    }
    let rec = session.chooser().result(&model).expect("on the result");
    let title = &model.outcome_text(rec.outcome).unwrap().title;
    assert!(last.contains(&Reaction::ShowResultLink(Some(encode_link(
        &model, &answers
    )))));
    assert_eq!(announced(&last), Some(format!("Your result: {title}.")));
    let (session, started) = from_link(&model, &answers);
    let opened = chooser_reactions(&started, &session, &model);
    assert!(opened.contains(&Reaction::ShowResultLink(Some(encode_link(
        &model, &answers
    )))));
    assert!(
        announced(&opened).is_some(),
        "opening on a result says it too"
    );
}

#[test]
fn chooser_on_a_question_the_result_link_is_removed() {
    let model = model();
    let (mut session, _) = from_link(&model, &firsts(&model));
    let reactions = apply(&mut session, &model, ChooserAction::Back);
    assert!(reactions.contains(&Reaction::ShowResultLink(None)));
    assert_eq!(announced(&reactions), None);
}

#[test]
fn chooser_a_new_step_takes_focus_to_its_heading_an_answer_or_the_start_does_not() {
    let model = model();
    let (mut session, started) = ChooserSession::start(&model, None, None);
    assert_eq!(
        focus_of(&chooser_reactions(&started, &session, &model)),
        None
    );
    let answered = apply(&mut session, &model, ChooserAction::Answer(0));
    assert_eq!(
        focus_of(&answered),
        None,
        "arrow keys keep moving in the radio group"
    );
    let changed = apply(&mut session, &model, ChooserAction::Answer(1));
    assert_eq!(focus_of(&changed), None);
    let next = apply(&mut session, &model, ChooserAction::Next);
    assert_eq!(focus_of(&next), Some(&Focus::Heading));
    let back = apply(&mut session, &model, ChooserAction::Back);
    assert_eq!(focus_of(&back), Some(&Focus::Heading));

    let (mut on_result, _) = from_link(&model, &firsts(&model));
    let restart = apply(&mut on_result, &model, ChooserAction::Restart);
    assert_eq!(focus_of(&restart), Some(&Focus::Heading));
    let mut to_result = fresh(&model);
    let mut last = Vec::new();
    for _ in &model.questions {
        apply(&mut to_result, &model, ChooserAction::Answer(0));
        last = apply(&mut to_result, &model, ChooserAction::Next);
    }
    assert_eq!(focus_of(&last), Some(&Focus::Heading), "completed");
}

#[test]
fn chooser_any_events_are_reported_to_the_lms_and_the_host() {
    let model = model();
    let saved = Chooser::new(&model);
    let (session, events) = ChooserSession::start(&model, None, Some(saved));
    let reactions = chooser_reactions(&events, &session, &model);
    let n = reactions.len();
    assert_eq!(
        reactions[n - 2..],
        [
            Reaction::ReportToLms(Happened::Chooser(&events)),
            Reaction::NotifyHost(Happened::Chooser(&events)),
        ]
    );
}
