//! The content manifest the build writes into every page, and the content index it is
//! built from (`content/index.json`: the decks in menu order, the questionnaire).
#![cfg(not(target_arch = "wasm32"))]

use twofold_core::content::{DeckFile, Manifest};
use twofold_core::deck::builtin_deck_ids;

#[test]
fn a_manifest_names_each_deck_file_in_menu_order() {
    let m = Manifest::parse(
        r#"{"decks":[{"id":"a-deck","href":"content/a-deck.0123456789.json"},
                      {"id":"b-deck","href":"content/b-deck.abcdef0123.json"}],
            "chooser":"content/career-path.99.json"}"#,
    )
    .unwrap();
    assert_eq!(m.deck_ids().collect::<Vec<_>>(), ["a-deck", "b-deck"]);
    assert_eq!(
        m.deck_href("b-deck"),
        Some("content/b-deck.abcdef0123.json")
    );
    assert_eq!(m.deck_href("c-deck"), None);
    assert_eq!(m.chooser, "content/career-path.99.json");
    assert_eq!(
        m.decks[0],
        DeckFile {
            id: "a-deck".into(),
            href: "content/a-deck.0123456789.json".into(),
            cards: 0
        }
    );
}

#[test]
fn a_manifest_may_say_each_decks_cards_and_the_questionnaires_questions() {
    let m = Manifest::parse(
        r#"{"decks":[{"id":"a","href":"a.json","cards":26},{"id":"b","href":"b.json"}],
            "chooser":"c.json","questions":8}"#,
    )
    .unwrap();
    assert_eq!(m.decks.iter().map(|d| d.cards).collect::<Vec<_>>(), [26, 0]);
    assert_eq!(m.questions, 8);
    assert_eq!(
        Manifest::parse(r#"{"decks":[],"chooser":"x"}"#)
            .unwrap()
            .questions,
        0
    );
    let e = Manifest::parse(r#"{"decks":[{"id":"a","href":"a","cards":"many"}],"chooser":"x"}"#)
        .unwrap_err();
    assert_eq!(e.path(), "decks[0].cards");
}

#[test]
fn a_broken_manifest_is_refused_with_its_place() {
    let e = Manifest::parse(r#"{"decks":[{"id":"a"}],"chooser":"x"}"#).unwrap_err();
    assert!(e.to_string().contains("href"), "{e}");
    assert_eq!(e.path(), "decks[0]");
    assert_eq!(e.line(), 1);
    assert!(Manifest::parse("").is_err());
    assert!(Manifest::parse(r#"{"decks":[],"chooser":"x","extra":1}"#).is_err());
}

#[test]
fn the_content_index_lists_the_built_in_decks_in_menu_order() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    let index: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(format!("{root}/content/index.json")).unwrap(),
    )
    .unwrap();
    let listed: Vec<&str> = index["decks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d.as_str().unwrap())
        .collect();
    assert_eq!(listed, builtin_deck_ids().collect::<Vec<_>>());
    let chooser = index["chooser"].as_str().unwrap();
    assert!(std::path::Path::new(&format!("{root}/content/chooser/{chooser}.json")).exists());
}

/// English's content: every deck and the questionnaire validated by the widget's own
/// readers, and its message table complete. The other languages' content is checked
/// against it in `translations.rs`.
const LANGUAGES: [twofold_core::i18n::Lang; 1] = [twofold_core::i18n::Lang::En];

fn read(path: &str) -> String {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    std::fs::read_to_string(format!("{root}/{path}")).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn each_languages_content_is_valid() {
    for lang in LANGUAGES {
        assert_eq!(lang.catalog().missing(), [], "{lang:?} messages");
        for id in builtin_deck_ids() {
            let text = read(&format!("content/decks/{id}.json"));
            let deck = twofold_core::deck::parse_deck(&text)
                .unwrap_or_else(|e| panic!("{lang:?} {id}: {e}"));
            assert_eq!(deck.id, id);
        }
        twofold_core::chooser::parse_model(&read("content/chooser/career-path.json"))
            .unwrap_or_else(|e| panic!("{lang:?} questionnaire: {e}"));
    }
}

/// Cards of the 2026-12-01 decks that the #12 revision replaced by a different idea: their
/// ids are retired, so an old save drops them rather than scores them against new words.
const RETIRED: [(&str, &str); 5] = [
    (
        "leadership-training-or-development",
        "fixed-syllabus-course",
    ),
    ("leadership-training-or-development", "reading-the-room"),
    ("myth-or-fact", "technical-skills-forever"),
    ("myth-or-fact", "pick-one-not-both"),
    ("myth-or-fact", "bad-leaders-drive-quitting"),
];

fn frozen_deck(id: &str) -> twofold_core::deck::Deck {
    let path = format!("core/tests/fixtures/frozen-2026-12-01/decks/{id}.json");
    twofold_core::deck::parse_deck(&read(&path)).unwrap()
}

#[test]
fn revised_decks_keep_their_size_balance_and_the_ids_of_cards_that_kept_their_meaning() {
    use twofold_core::deck::builtin_deck;
    for id in builtin_deck_ids() {
        let (then, now) = (frozen_deck(id), builtin_deck(id).unwrap().unwrap());
        assert!(now.cards.len() >= then.cards.len(), "{id}: no fewer cards");
        let per_pile: Vec<usize> = (0..now.piles.len())
            .map(|p| now.answer_key().iter().filter(|&&a| a == p).count())
            .collect();
        let (min, max) = (per_pile.iter().min(), per_pile.iter().max());
        assert!(max.unwrap() - min.unwrap() <= 1, "{id}: {per_pile:?}");
        for card in &then.cards {
            let retired = RETIRED.contains(&(id, card.id.as_str()));
            match now.cards.iter().find(|c| c.id == card.id) {
                Some(kept) => {
                    assert!(!retired, "{id}/{} is retired", card.id);
                    assert_eq!(
                        kept.pile, card.pile,
                        "{id}/{}: an old save scores it",
                        card.id
                    );
                }
                None => assert!(retired, "{id}/{} vanished without being retired", card.id),
            }
        }
    }
}

#[test]
fn the_english_content_review_findings_stay_fixed() {
    use twofold_core::deck::builtin_decks;
    for deck in builtin_decks().into_iter().map(Result::unwrap) {
        for card in &deck.cards {
            let at = format!("{}/{}", deck.id, card.id);
            assert!(
                !card.idea.contains("roi"),
                "{at}: ROI is written in capitals"
            );
            for unsupported in ["cites data", "citing data"] {
                assert!(
                    !card.explanation.contains(unsupported),
                    "{at}: the article names no source for its data"
                );
            }
            assert!(
                !card.text.to_lowercase().contains("instructor-led"),
                "{at}: a card does not carry its characteristic's label"
            );
        }
    }
}
