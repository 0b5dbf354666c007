//! Deck validation: every malformed deck in `tests/fixtures/decks/` is refused
//! with exactly the error recorded beside it, and the built-in decks pass.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::Path;

use twofold_core::deck::{builtin_decks, parse_deck, DeckError};
use twofold_core::i18n::Lang;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/decks");

#[test]
fn every_malformed_deck_gets_its_exact_error() {
    let mut checked = 0;
    let mut entries: Vec<_> = fs::read_dir(FIXTURES).unwrap().flatten().collect();
    entries.sort_by_key(|e| e.path());
    for entry in entries {
        let path = entry.path();
        if path.extension().and_then(|e| e.to_str()) != Some("json") {
            continue;
        }
        let text = fs::read_to_string(&path).unwrap();
        let expected_path = path.with_extension("expected");
        let error = parse_deck(&text).expect_err(&format!("{} should be refused", path.display()));
        // Worded through the English catalog, as the widget shows it.
        let catalog = Lang::En.catalog();
        let actual = catalog.report(&error.message(), &error.problem_messages());
        assert_eq!(actual, error.to_string(), "Display is the English report");
        // `BLESS=1 cargo test --test deck_validation` rewrites the expectations (review the diff).
        if std::env::var_os("BLESS").is_some() {
            fs::write(&expected_path, &actual).unwrap();
        }
        let expected = fs::read_to_string(&expected_path).unwrap();
        assert_eq!(actual, expected, "{}", path.display());
        checked += 1;
    }
    assert!(
        checked >= 15,
        "the corpus has only {checked} malformed decks"
    );
}

#[test]
fn the_valid_fixture_parses() {
    let text = fs::read_to_string(Path::new(FIXTURES).join("../valid-deck.json")).unwrap();
    let deck = parse_deck(&text).unwrap();
    assert_eq!(deck.cards.len(), 5);
    assert_eq!(deck.answer_key(), vec![0, 1, 0, 1, 0]);
}

#[test]
fn syntax_errors_carry_their_position() {
    let err = parse_deck("{\n  \"id\": \"x\",\n  oops\n}").unwrap_err();
    match err {
        DeckError::Syntax(e) => assert_eq!((e.line(), e.column()), (3, 3)),
        other => panic!("expected a syntax error, got {other:?}"),
    }
}

#[test]
fn oversized_input_is_refused_before_parsing() {
    let text = " ".repeat(twofold_core::deck::limits::MAX_BYTES + 1);
    let err = parse_deck(&text).unwrap_err().to_string();
    assert!(err.contains("the limit is"), "{err}");
}

#[test]
fn hostile_text_is_kept_as_plain_data() {
    let text = fs::read_to_string(Path::new(FIXTURES).join("../valid-deck.json"))
        .unwrap()
        .replace("Card text 1", "<img src=x onerror=alert(1)>")
        .replace("Card text 2", "<script>alert(2)</script>");
    let deck = parse_deck(&text).unwrap();
    assert_eq!(deck.cards[0].text, "<img src=x onerror=alert(1)>");
    assert_eq!(deck.cards[1].text, "<script>alert(2)</script>");
}

#[test]
fn builtin_decks_are_valid_and_large_enough() {
    let decks: Vec<_> = builtin_decks().into_iter().map(Result::unwrap).collect();
    let minimum = [24, 24, 12];
    assert_eq!(decks.len(), minimum.len());
    for (deck, min) in decks.iter().zip(minimum) {
        assert!(
            deck.cards.len() >= min,
            "{} has {} cards",
            deck.id,
            deck.cards.len()
        );
        assert_eq!(deck.piles.len(), 2, "{}", deck.id);
        let first = deck.answer_key().iter().filter(|&&p| p == 0).count();
        let second = deck.cards.len() - first;
        assert!(
            first.abs_diff(second) <= 3,
            "{} is unbalanced: {first}/{second}",
            deck.id
        );
        for card in &deck.cards {
            assert!(
                !card.source.is_empty(),
                "{}/{} names no source",
                deck.id,
                card.id
            );
            assert!(
                !card.idea.is_empty(),
                "{}/{} names no idea",
                deck.id,
                card.id
            );
            let sentences = card.explanation.matches(['.', '!', '?']).count();
            assert!(
                (1..=4).contains(&sentences),
                "{}/{}: {sentences} sentences",
                deck.id,
                card.id
            );
        }
    }
}

#[test]
fn the_published_json_schema_states_the_same_limits_as_the_validator() {
    use twofold_core::deck::limits;
    let schema: serde_json::Value =
        serde_json::from_str(include_str!("../../content/deck.schema.json")).unwrap();
    let props = &schema["properties"];
    let card = &props["cards"]["items"]["properties"];
    let pile = &props["piles"]["items"]["properties"];
    let checks = [
        (&props["title"]["maxLength"], limits::MAX_TITLE),
        (&props["intro"]["maxLength"], limits::MAX_INTRO),
        (&props["piles"]["minItems"], limits::MIN_PILES),
        (&props["piles"]["maxItems"], limits::MAX_PILES),
        (&props["cards"]["minItems"], limits::MIN_CARDS),
        (&props["cards"]["maxItems"], limits::MAX_CARDS),
        (&pile["label"]["maxLength"], limits::MAX_LABEL),
        (&pile["hint"]["maxLength"], limits::MAX_HINT),
        (&card["text"]["maxLength"], limits::MAX_TEXT),
        (&card["idea"]["maxLength"], limits::MAX_IDEA),
        (&card["explanation"]["maxLength"], limits::MAX_EXPLANATION),
    ];
    for (value, limit) in checks {
        assert_eq!(
            value.as_u64(),
            Some(limit as u64),
            "schema {value} vs validator {limit}"
        );
    }
    let id_pattern = schema["$defs"]["id"]["pattern"].as_str().unwrap();
    assert_eq!(id_pattern, format!("^[a-z0-9-]{{1,{}}}$", limits::MAX_ID));
    // `lang`: the grammar `i18n::is_language_tag` reads, and its length.
    assert_eq!(
        props["lang"]["pattern"].as_str(),
        Some("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")
    );
    assert_eq!(
        props["lang"]["maxLength"].as_u64(),
        Some(limits::MAX_LANG as u64)
    );
}

#[test]
fn a_deck_may_declare_its_language_as_a_bcp_47_tag() {
    use twofold_core::deck::{DeckProblem, Field, Location, ProblemKind};
    use twofold_core::i18n::is_language_tag;
    let valid = fs::read_to_string(Path::new(FIXTURES).join("../valid-deck.json")).unwrap();
    assert_eq!(
        parse_deck(&valid).unwrap().lang,
        "",
        "absent: the page's language"
    );
    let with = |lang: &str| valid.replacen("{", &format!("{{\"lang\": {lang:?},"), 1);
    for tag in ["en", "fr-CA", "ar", "es-419", "zh-Hant-TW", "AR"] {
        assert!(is_language_tag(tag), "{tag}");
        assert_eq!(parse_deck(&with(tag)).unwrap().lang, tag);
    }
    for tag in [
        "French",
        "f",
        "fr-",
        "-fr",
        "fr--CA",
        "fr CA",
        "fr_CA",
        "fr-abcdefghi",
        "ع",
    ] {
        assert!(!is_language_tag(tag), "{tag}");
        let error = parse_deck(&with(tag)).unwrap_err();
        let DeckError::Invalid { problems, .. } = error else {
            panic!("{tag}: {error:?}");
        };
        let expected = DeckProblem {
            location: Location::Deck,
            field: Field::Lang,
            kind: ProblemKind::BadLang,
        };
        assert_eq!(problems, [expected], "{tag}");
    }
    assert!(
        !is_language_tag(&format!("en-{}", ["abcdefgh"; 4].join("-"))),
        "over 35"
    );
}

#[test]
fn an_authors_deck_from_the_page_comes_first_and_is_validated() {
    use twofold_core::deck::available_decks;
    let valid = fs::read_to_string(Path::new(FIXTURES).join("../valid-deck.json")).unwrap();
    let decks = available_decks(Some(&valid));
    assert_eq!(decks.len(), builtin_decks().len() + 1);
    assert_eq!(decks[0].as_ref().unwrap().id, "fixture-deck");
    let decks = available_decks(Some("{\"id\": \"broken\"}"));
    assert!(matches!(decks[0], Err(DeckError::Syntax { .. })));
    assert!(
        decks[1..].iter().all(Result::is_ok),
        "built-in decks still offered"
    );
    assert_eq!(available_decks(None).len(), builtin_decks().len());
}

#[test]
fn a_deck_saved_with_a_byte_order_mark_is_read() {
    let text = fs::read_to_string(Path::new(FIXTURES).join("../valid-deck.json")).unwrap();
    let deck =
        parse_deck(&format!("\u{feff}{text}")).expect("a leading BOM is not part of the deck");
    assert_eq!(Ok(deck), parse_deck(&text));
}

#[test]
fn an_authors_deck_may_not_take_a_built_in_decks_id() {
    use twofold_core::deck::{refuse_built_in_id, ProblemKind};
    let text = fs::read_to_string(Path::new(FIXTURES).join("../valid-deck.json")).unwrap();
    let mut deck = parse_deck(&text).unwrap();
    let own = refuse_built_in_id(Ok(deck.clone()), &["myth-or-fact"]);
    assert_eq!(
        own.as_ref().map(|d| d.id.as_str()),
        Ok(deck.id.as_str()),
        "its own id is fine"
    );
    deck.id = "myth-or-fact".into();
    let Err(error) = refuse_built_in_id(Ok(deck), &["myth-or-fact"]) else {
        panic!("a built-in id is refused");
    };
    let DeckError::Invalid { problems, .. } = &error else {
        panic!("{error:?}");
    };
    assert_eq!(problems[0].kind, ProblemKind::BuiltInId);
    assert_eq!(
        twofold_core::i18n::Lang::En
            .catalog()
            .format(&problems[0].message()),
        "id: is the id of a built-in deck; give your deck an id of its own"
    );
}

#[test]
fn a_page_deck_cut_short_by_a_raw_script_end_tag_says_so() {
    use twofold_core::deck::check_page_deck;
    let text = fs::read_to_string(Path::new(FIXTURES).join("../valid-deck.json")).unwrap();
    // What the browser hands over when a card's text holds a raw `</script>`: the block
    // ends there, inside the string.
    let at = text.find("\"text\": \"").unwrap() + 12;
    let cut = &text[..at];
    let Err(error) = check_page_deck(parse_deck(cut), &[]) else {
        panic!("a cut deck is refused");
    };
    assert!(matches!(error, DeckError::CutShort(_)), "{error:?}");
    let report = error.to_string();
    assert!(
        report.contains("the text ends inside a quoted string"),
        "{report}"
    );
    assert!(
        report.contains(
            "Did a `</script>` in the deck end its script block early? Write it as `<\\/script>`."
        ),
        "{report}"
    );
    // Any other mistake, or a fetched deck, reads as before.
    let other = check_page_deck(parse_deck(&text.replacen('{', "[", 1)), &[]);
    assert!(matches!(other, Err(DeckError::Syntax(_))), "{other:?}");
    assert!(matches!(parse_deck(cut), Err(DeckError::Syntax(_))));
    assert!(check_page_deck(parse_deck(&text), &[]).is_ok());
}
