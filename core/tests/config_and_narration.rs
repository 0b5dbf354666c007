//! Reading the URL configuration (defaults, bad values reported) and the
//! sentences screen readers hear after moves.
#![cfg(not(target_arch = "wasm32"))]

use twofold_core::config::{Config, Mode, Theme};
use twofold_core::deck::{builtin_deck, builtin_deck_ids, Deck};
use twofold_core::game::{FeedbackMode, GameEvent};
use twofold_core::i18n::Lang;
use twofold_core::narrate::narrate;

fn decks() -> Vec<String> {
    builtin_deck_ids().map(String::from).collect()
}

#[test]
fn no_query_gives_the_defaults() {
    let (config, problems) = Config::from_query("", &decks());
    assert_eq!(config, Config::default());
    assert_eq!(config.mode, None);
    assert!(problems.is_empty());
}

#[test]
fn every_parameter_is_read() {
    let (config, problems) = Config::from_query(
        "?mode=sort&deck=myth-or-fact&lang=EN&theme=dark&feedback=end&utm=x",
        &decks(),
    );
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(config.mode, Some(Mode::Sort));
    assert_eq!(config.deck.as_deref(), Some("myth-or-fact"));
    assert_eq!(config.lang, Lang::En);
    assert_eq!(config.theme, Theme::Dark);
    assert_eq!(config.feedback, Some(FeedbackMode::AtEnd));
}

#[test]
fn author_1_opens_the_authors_view_and_another_value_is_named() {
    let (config, problems) = Config::from_query("?author=1", &decks());
    assert!(config.author && problems.is_empty(), "{problems:?}");
    let (config, problems) = Config::from_query("?author=yes", &decks());
    assert!(!config.author);
    assert_eq!(
        problems[0].to_string(),
        "author=\"yes\" is not recognised (use one of: 1, 0); the default is used."
    );
}

#[test]
fn words_ignore_case_and_at_end_is_understood() {
    let (config, problems) = Config::from_query(
        "?mode=Sort&theme=DARK&feedback=at-end&deck=Myth-Or-Fact",
        &decks(),
    );
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(config.mode, Some(Mode::Sort));
    assert_eq!(config.theme, Theme::Dark);
    assert_eq!(config.feedback, Some(FeedbackMode::AtEnd));
    assert_eq!(config.deck.as_deref(), Some("myth-or-fact"));
    let (config, _) = Config::from_query("", &decks());
    assert_eq!(
        config.feedback, None,
        "without the parameter the learner chooses"
    );
}

#[test]
fn a_deck_alone_opens_the_sorting_game() {
    let (config, _) = Config::from_query("deck=myth-or-fact", &decks());
    assert_eq!(config.mode, Some(Mode::Sort));
    let (config, _) = Config::from_query("deck=myth-or-fact&mode=chooser", &decks());
    assert_eq!(config.mode, Some(Mode::Chooser));
}

#[test]
fn bad_values_are_reported_with_what_is_allowed_and_defaults_kept() {
    let (config, problems) =
        Config::from_query("?mode=quiz&theme=neon&deck=%3Cscript%3E&lang=xx", &decks());
    assert_eq!(config.mode, None);
    assert_eq!(config.theme, Theme::Auto);
    assert_eq!(config.deck, None);
    let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(text.len(), 4, "{text:?}");
    assert_eq!(
        text[0],
        "mode=\"quiz\" is not recognised (use one of: home, sort, chooser); the default is used."
    );
    assert!(
        text[2].starts_with("deck=\"<script>\""),
        "percent-decoded: {}",
        text[2]
    );
    assert!(text[2].contains("myth-or-fact"));
}

/// What the screen reader hears after `events`, in English.
fn said(events: &[GameEvent], deck: &Deck) -> Option<String> {
    narrate(events, deck).map(|message| Lang::En.catalog().format(&message))
}

fn placed(pile: usize, correct: Option<bool>) -> GameEvent {
    GameEvent::CardPlaced {
        card: 0,
        pile,
        correct,
        shown_ms: Some(1_200),
    }
}

#[test]
fn moves_are_narrated_with_card_and_pile() {
    let deck = builtin_deck("myth-or-fact").unwrap().unwrap();
    let card = &deck.cards[0];
    let right = deck.pile_index(&card.pile).unwrap();
    let wrong = 1 - right;
    let (text, right_label, wrong_label) = (
        &card.text,
        &deck.piles[right].label,
        &deck.piles[wrong].label,
    );
    assert_eq!(
        said(&[placed(right, Some(true))], &deck).unwrap(),
        format!("Correct: “{text}” belongs in {right_label}.")
    );
    assert_eq!(
        said(&[placed(wrong, Some(false))], &deck).unwrap(),
        format!("Not quite: you chose {wrong_label}, but “{text}” belongs in {right_label}.")
    );
    assert_eq!(
        said(&[placed(wrong, None)], &deck).unwrap(),
        format!("“{text}” placed on {wrong_label}."),
        "no hint in at-end mode"
    );
    assert_eq!(
        said(
            &[GameEvent::CardMoved {
                card: 0,
                pile: right
            }],
            &deck
        )
        .unwrap(),
        format!("“{text}” moved to {right_label}.")
    );
    let finished = GameEvent::RoundFinished {
        round: 1,
        correct: 9,
        total: 15,
    };
    assert_eq!(
        said(std::slice::from_ref(&finished), &deck).unwrap(),
        "Round finished: 9 of 15 right."
    );
    assert_eq!(
        said(&[placed(right, None), finished], &deck).unwrap(),
        format!("“{text}” placed on {right_label}. Round finished: 9 of 15 right."),
        "several events, one sentence each"
    );
    assert_eq!(narrate(&[], &deck), None);
}

#[test]
fn a_new_round_is_narrated_with_its_card_count() {
    let deck = builtin_deck("myth-or-fact").unwrap().unwrap();
    for (cards, sentence) in [
        (0, "New round with 0 cards."),
        (1, "New round with 1 card."),
        (2, "New round with 2 cards."),
        (26, "New round with 26 cards."),
    ] {
        assert_eq!(
            said(&[GameEvent::PlayedAgain { cards }], &deck).unwrap(),
            sentence
        );
    }
    assert_eq!(
        said(
            &[GameEvent::Resumed {
                deck: deck.id.clone(),
                mode: FeedbackMode::Immediate,
                round: 1,
            }],
            &deck
        )
        .unwrap(),
        "Welcome back: your game continues where you left it."
    );
}

#[test]
fn a_host_supplied_deck_id_is_accepted_when_offered() {
    let mut ids = decks();
    let (_, problems) = Config::from_query("deck=our-onboarding-deck", &ids);
    assert_eq!(problems.len(), 1);
    ids.insert(0, "our-onboarding-deck".to_string());
    let (config, problems) = Config::from_query("deck=our-onboarding-deck", &ids);
    assert!(problems.is_empty());
    assert_eq!(config.deck.as_deref(), Some("our-onboarding-deck"));
}
