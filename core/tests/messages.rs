//! Messages as data: the English table has exactly one entry per message id,
//! the one formatter fills placeholders, picks plural forms by the language's
//! rule, nests messages and never panics or reads an argument as a template;
//! syntax errors name where in the document they are.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::json;
use twofold_core::chooser::{parse_model, ModelPlace, ModelProblemKind};
use twofold_core::deck::{parse_deck, DeckError};
use twofold_core::i18n::{arabic_plural, english_plural, Catalog, Lang, Message, MessageId};
use twofold_core::json::{Expected, SyntaxKind};

#[test]
fn the_english_table_has_an_entry_for_every_id_and_none_other() {
    let catalog = Lang::En.catalog();
    assert_eq!(
        catalog.missing(),
        Vec::<MessageId>::new(),
        "ids without English"
    );
    assert_eq!(
        catalog.unknown_keys(),
        &[] as &[String],
        "entries no id uses"
    );
    let table: serde_json::Value =
        serde_json::from_str(include_str!("../../content/i18n/en.json")).unwrap();
    assert_eq!(table.as_object().unwrap().len(), MessageId::ALL.len());
    let mut keys: Vec<&str> = MessageId::ALL.iter().map(|id| id.key()).collect();
    keys.sort_unstable();
    keys.dedup();
    assert_eq!(keys.len(), MessageId::ALL.len(), "every key is unique");
    for &id in MessageId::ALL {
        assert!(!catalog.format(&Message::new(id)).is_empty(), "{id:?}");
    }
    // The table read at run time words every message as the one compiled in (`core/build.rs`).
    let read = Catalog::parse(include_str!("../../content/i18n/en.json"), english_plural).unwrap();
    assert_eq!(read.missing(), &[] as &[MessageId]);
    for &id in MessageId::ALL {
        for n in [0, 1, 2] {
            let m = Message::new(id).count("count", n).text("card", "“x”\n");
            assert_eq!(read.format(&m), catalog.format(&m), "{id:?}");
        }
        assert_eq!(read.text(id), catalog.text(id), "{id:?}");
    }
}

/// Every Rust file under `dir`, read.
fn sources(dir: &std::path::Path, out: &mut String) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("i18n/ids.rs") {
            out.push_str(&std::fs::read_to_string(&path).unwrap());
        }
    }
}

#[test]
fn every_id_is_used_by_the_core_or_the_widget() {
    let core = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut code = String::new();
    sources(&core.join("src"), &mut code);
    sources(&core.join("../src"), &mut code);
    // The crash screen's texts are in `index.html`, kept equal to the table by this test.
    code.push_str(&std::fs::read_to_string(core.join("../tests/crash_page.rs")).unwrap());
    let unused: Vec<MessageId> = MessageId::ALL
        .iter()
        .copied()
        .filter(|id| {
            // `MessageId::Name`, or `M::Name` where the enum is imported short.
            let name = format!("::{id:?}");
            !code.match_indices(&name).any(|(at, _)| {
                !code[at + name.len()..].starts_with(|c: char| c.is_ascii_alphanumeric())
            })
        })
        .collect();
    assert_eq!(unused, Vec::<MessageId>::new(), "ids nothing uses");
}

#[test]
fn every_interface_plural_formats_for_zero_one_two_and_many() {
    let en = Lang::En.catalog();
    let cases: [(MessageId, [&str; 4]); 3] = [
        (
            MessageId::SortCardCount,
            ["0 cards", "1 card", "2 cards", "26 cards"],
        ),
        (
            MessageId::SortShowAllMissed,
            [
                "Show all 0 cards to look at again",
                "Show the 1 card to look at again",
                "Show all 2 cards to look at again",
                "Show all 26 cards to look at again",
            ],
        ),
        (
            MessageId::NarrateRoundStarted,
            [
                "New round with 0 cards.",
                "New round with 1 card.",
                "New round with 2 cards.",
                "New round with 26 cards.",
            ],
        ),
    ];
    for (id, expected) in cases {
        let worded = [0, 1, 2, 26].map(|n| en.format(&Message::new(id).count("count", n)));
        assert_eq!(worded, expected, "{id:?}");
    }
}

#[test]
fn interface_sentences_are_one_message_each_with_named_arguments() {
    let en = Lang::En.catalog();
    let m = Message::new(MessageId::SortProgress)
        .count("n", 3)
        .count("total", 26);
    assert_eq!(en.format(&m), "Card 3 of 26");
    let m = Message::new(MessageId::SortMissedAnswers)
        .text("chosen", "Myth")
        .text("pile", "Fact");
    assert_eq!(en.format(&m), "Your answer: Myth · Belongs in: Fact");
    let m = Message::new(MessageId::SortMoveCardTo)
        .text("pile", "Fact")
        .text("card", "Cats");
    assert_eq!(en.format(&m), "Move to Fact: “Cats”");
    let m = Message::new(MessageId::ChooserBecauseYouSaid)
        .text("option", "Yes")
        .text("reason", "it helps");
    assert_eq!(en.format(&m), "Because you said “Yes”: it helps");
    let m = Message::new(MessageId::ChooserLinkProblem)
        .message("problem", Message::new(MessageId::LinkTampered))
        .message("instead", Message::new(MessageId::ChooserLinkFreshStart));
    assert_eq!(
        en.format(&m),
        "That result link could not be used: this result link was changed or cut short. \
         You can answer the questions yourself below."
    );
    // A fixed label is its text, without formatting.
    assert_eq!(en.text(MessageId::HomeHeading), "Choose an activity");
    assert_eq!(
        en.text(MessageId::SortCardCount),
        "{count} cards",
        "a plural's `other` form"
    );
}

fn table(text: &str) -> Catalog {
    Catalog::parse(text, english_plural).expect("a valid table")
}

#[test]
fn placeholders_are_filled_and_a_missing_argument_stays_as_written() {
    let c = table(
        r#"{"json.empty": "Hi {name}, {count} of {total} {missing} {not a name} {} { and {"}"#,
    );
    let m = Message::new(MessageId::JsonEmpty)
        .text("name", "Ada")
        .count("count", 3)
        .count("total", 7);
    assert_eq!(
        c.format(&m),
        "Hi Ada, 3 of 7 {missing} {not a name} {} { and {"
    );
    // An id the table lacks is worded in English, never a blank or its key.
    assert_eq!(
        c.format(&Message::new(MessageId::LinkTampered)),
        Catalog::english().format(&Message::new(MessageId::LinkTampered))
    );
    assert_ne!(c.text(MessageId::LinkTampered), "link.tampered");
    assert_eq!(c.missing().len(), MessageId::ALL.len() - 1);
}

#[test]
fn arguments_are_text_never_templates_or_markup() {
    let c = table(r#"{"json.empty": "[{a}] [{b}]"}"#);
    let m = Message::new(MessageId::JsonEmpty)
        .text("a", "{b}")
        .text("b", "<script>alert(1)</script>");
    assert_eq!(c.format(&m), "[{b}] [<script>alert(1)</script>]");
}

#[test]
fn nested_messages_are_worded_by_the_same_table() {
    let c = table(
        r#"{"deck.unreadable": "Unreadable ({place}): {problem}",
            "json.place": "L{line}:{column}", "json.empty": "empty"}"#,
    );
    let m = Message::new(MessageId::DeckUnreadable)
        .message(
            "place",
            Message::new(MessageId::JsonPlace)
                .count("line", 2)
                .count("column", 5),
        )
        .message("problem", Message::new(MessageId::JsonEmpty));
    assert_eq!(c.format(&m), "Unreadable (L2:5): empty");
}

#[test]
fn plural_forms_follow_the_count_argument_and_the_languages_rule() {
    let en = Lang::En.catalog();
    let invalid = |n| {
        Message::new(MessageId::DeckInvalid)
            .text("deck", "d")
            .count("count", n)
    };
    assert_eq!(en.format(&invalid(1)), "Deck \"d\" has 1 problem:");
    assert_eq!(en.format(&invalid(0)), "Deck \"d\" has 0 problems:");
    assert_eq!(en.format(&invalid(2)), "Deck \"d\" has 2 problems:");

    // Arabic's six categories fit: its rule and one form per category.
    let ar = Catalog::parse(
        r#"{"deck.invalid": {"zero": "z{count}", "one": "o{count}", "two": "t{count}",
                             "few": "f{count}", "many": "m{count}", "other": "x{count}"}}"#,
        arabic_plural,
    )
    .unwrap();
    let forms: Vec<String> = [0, 1, 2, 3, 11, 100, 103]
        .into_iter()
        .map(|n| ar.format(&invalid(n)))
        .collect();
    assert_eq!(forms, ["z0", "o1", "t2", "f3", "m11", "x100", "f103"]);

    // A form the table leaves out falls back to `other`; no count means `other`.
    let c = table(r#"{"deck.invalid": {"other": "many {count}"}}"#);
    assert_eq!(c.format(&invalid(1)), "many 1");
    assert_eq!(
        c.format(&Message::new(MessageId::DeckInvalid)),
        "many {count}"
    );
}

#[test]
fn a_broken_table_is_refused_with_its_place() {
    let e = Catalog::parse(r#"{"deck.invalid": {"one": "x"}}"#, english_plural)
        .err()
        .unwrap();
    assert_eq!(e.kind(), &SyntaxKind::MissingField("other"));
    assert_eq!(e.path(), "deck.invalid");
    let e = Catalog::parse(r#"{"a": {"other": "x", "lots": "y"}}"#, english_plural)
        .err()
        .unwrap();
    assert_eq!(e.path(), "a.lots");
    let e = Catalog::parse(r#"{"a": 3}"#, english_plural).err().unwrap();
    assert!(matches!(
        e.kind(),
        SyntaxKind::WrongType {
            expected: Expected::Object,
            ..
        }
    ));
    // An entry no id has is kept aside, not an error (an older table still loads).
    let c = table(r#"{"no.such.id": "x"}"#);
    assert_eq!(c.unknown_keys(), ["no.such.id"]);
}

fn deck_syntax(text: &str) -> (String, String) {
    match parse_deck(text) {
        Err(DeckError::Syntax(e)) => (e.path(), e.to_string()),
        other => panic!("expected a syntax error, got {other:?}"),
    }
}

fn valid_deck() -> serde_json::Value {
    serde_json::from_str(include_str!("fixtures/valid-deck.json")).unwrap()
}

#[test]
fn deck_syntax_errors_name_their_place_in_the_document() {
    let mut d = valid_deck();
    d["cards"][3]["text"] = 42.into();
    assert_eq!(
        deck_syntax(&d.to_string()),
        (
            "cards[3].text".into(),
            "expected text in quotes, found the number 42".into()
        )
    );
    let mut d = valid_deck();
    d["piles"][0].as_object_mut().unwrap().remove("label");
    assert_eq!(deck_syntax(&d.to_string()).0, "piles[0]");
    let mut d = valid_deck();
    d["cards"][1]["colour"] = "red".into();
    assert_eq!(deck_syntax(&d.to_string()).0, "cards[1].colour");
    let mut d = valid_deck();
    d["sources"] = json!({"a": 1});
    assert_eq!(deck_syntax(&d.to_string()).0, "sources");
    // Errors of the text itself are placed by the parser the same way.
    let text = valid_deck().to_string();
    let cut = &text[..text.find("Card text 3").unwrap()];
    assert_eq!(deck_syntax(cut).0, "cards[2].text");
    assert_eq!(deck_syntax(r#"{"id": "a", "id": "b"}"#).0, "id");
    assert_eq!(deck_syntax("{\"piles\": [1, 2 3]}").0, "piles");
    assert_eq!(deck_syntax("").0, "");

    // The summary line has the place, formatted once for every syntax error.
    let mut d = valid_deck();
    d["cards"][3]["text"] = 42.into();
    let summary = parse_deck(&d.to_string()).unwrap_err().to_string();
    assert!(
        summary.starts_with("The deck could not be read (line 1, column ")
            && summary
                .ends_with(", at cards[3].text): expected text in quotes, found the number 42"),
        "{summary}"
    );
}

#[test]
fn questionnaire_syntax_errors_name_their_place_in_the_document() {
    let doc: serde_json::Value =
        serde_json::from_str(include_str!("../../content/chooser/career-path.json")).unwrap();
    let place = |doc: &serde_json::Value| {
        let error = parse_model(&doc.to_string()).unwrap_err();
        assert_eq!(error.problems.len(), 1);
        let problem = &error.problems[0];
        assert_eq!(problem.place, ModelPlace::Document);
        match &problem.kind {
            ModelProblemKind::Unreadable(e) => (e.path(), problem.to_string()),
            other => panic!("expected a syntax error, got {other:?}"),
        }
    };
    let mut d = doc.clone();
    d["questions"][2]["options"][1]["weights"]["technical"] = "3".into();
    let (path, text) = place(&d);
    assert_eq!(path, "questions[2].options[1].weights.technical");
    assert!(
        text.starts_with("could not be read (line 1, column ")
            && text.ends_with(
                ", at questions[2].options[1].weights.technical): expected a whole number, found text"
            ),
        "{text}"
    );
    let mut d = doc.clone();
    d["paths"][1]["outcome"]["next_steps"][0] = json!(null);
    assert_eq!(place(&d).0, "paths[1].outcome.next_steps[0]");
    let mut d = doc.clone();
    d["blends"][0]["paths"] = json!("technical");
    assert_eq!(place(&d).0, "blends[0].paths");
    let mut d = doc;
    d["questions"][0]["options"][0]["weights"]["technical"] = json!(-1);
    assert_eq!(place(&d).0, "questions[0].options[0].weights.technical");
}
