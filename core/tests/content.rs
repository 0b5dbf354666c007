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
            href: "content/a-deck.0123456789.json".into()
        }
    );
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
