//! Reading the URL configuration (defaults, bad values reported) and the
//! sentences screen readers hear after moves.
#![cfg(not(target_arch = "wasm32"))]

use twofold_core::config::{Config, Mode, Theme};
use twofold_core::deck::{builtin_deck, builtin_deck_ids};
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

#[test]
fn moves_are_narrated_with_card_and_pile() {
    let deck = builtin_deck("myth-or-fact").unwrap().unwrap();
    let s = Lang::En.strings();
    let card = &deck.cards[0];
    let right = deck.pile_index(&card.pile).unwrap();
    let wrong = 1 - right;
    let said = narrate(
        &[GameEvent::CardPlaced {
            card: 0,
            pile: right,
            correct: Some(true),
            shown_ms: Some(1_200),
        }],
        &deck,
        s,
    )
    .unwrap();
    assert!(
        said.starts_with("Correct:") && said.contains(&card.text),
        "{said}"
    );
    let said = narrate(
        &[GameEvent::CardPlaced {
            card: 0,
            pile: wrong,
            correct: Some(false),
            shown_ms: Some(1_200),
        }],
        &deck,
        s,
    )
    .unwrap();
    assert!(
        said.contains(&deck.piles[wrong].label) && said.contains(&deck.piles[right].label),
        "{said}"
    );
    let said = narrate(
        &[GameEvent::CardPlaced {
            card: 0,
            pile: wrong,
            correct: None,
            shown_ms: Some(1_200),
        }],
        &deck,
        s,
    )
    .unwrap();
    assert!(
        !said.contains("Correct") && !said.contains("Not quite"),
        "no hint in at-end mode: {said}"
    );
    let said = narrate(
        &[GameEvent::RoundFinished {
            round: 1,
            correct: 9,
            total: 15,
        }],
        &deck,
        s,
    )
    .unwrap();
    assert_eq!(said, "Round finished: 9 of 15 right.");
    assert_eq!(narrate(&[], &deck, s), None);
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
