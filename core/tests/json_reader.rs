//! The JSON reader decks and questionnaires go through: it accepts exactly
//! what a reference parser (serde_json) accepts, places every error where an
//! author would look, and never panics on damaged or hostile text.
#![cfg(not(target_arch = "wasm32"))]

use twofold_core::deck::{builtin_deck_ids, builtin_decks, parse_deck};
use twofold_core::json::{parse, Pos, SyntaxKind, Value, MAX_DEPTH};

/// Line, column and the English wording of the first error.
fn error_at(text: &str) -> (usize, usize, String) {
    let e = parse(text).unwrap_err();
    (e.line(), e.column(), e.to_string())
}

#[test]
fn values_come_back_with_their_positions() {
    let doc =
        parse("{\n  \"a\": [1, -2.5e3, true, null],\n  \"é\": \"x\\u00e9\\ud83d\\ude00\\n\"\n}")
            .unwrap();
    let Value::Object(members) = &doc.value else {
        panic!("not an object: {doc:?}");
    };
    assert_eq!(members[0].key, "a");
    assert_eq!(members[0].key_at, Pos { line: 2, column: 3 });
    assert_eq!(members[0].value.at, Pos { line: 2, column: 8 });
    let Value::Array(items) = &members[0].value.value else {
        panic!("not a list");
    };
    assert_eq!(items[1].value, Value::Number("-2.5e3".into()));
    assert_eq!(items[2].value, Value::Bool(true));
    assert_eq!(items[3].value, Value::Null);
    assert_eq!(members[1].key, "é");
    assert_eq!(members[1].value.value, Value::String("xé😀\n".into()));
    // Columns count characters: "é" is one column although it is two bytes.
    assert_eq!(members[1].value.at, Pos { line: 3, column: 8 });
}

#[test]
fn errors_point_at_the_offending_character() {
    assert_eq!(error_at("").2, "the text is empty");
    assert_eq!(
        error_at("{\"a\": 1,}"),
        (1, 9, "expected a field name in quotes".into())
    );
    assert!(error_at("[1, 2,]").2.starts_with("expected a value"));
    assert_eq!(
        error_at("{\"a\": 1 \"b\": 2}"),
        (1, 9, "expected `,` or `}` after a field".into())
    );
    assert_eq!(
        error_at("{\n  \"title\": \"unfinished"),
        (2, 23, "the text ends inside a quoted string".into())
    );
    assert_eq!(
        error_at("{\"a\": \"line\nbreak\"}"),
        (
            1,
            12,
            "a line break or control character inside a quoted string (write \\n instead)".into()
        )
    );
    assert_eq!(error_at("[01]").2, "expected `,` or `]` after a list item");
    assert_eq!(error_at("[1.]").2, "a malformed number");
    assert_eq!(error_at("\"\\x\"").2, "an unknown escape after `\\`");
    assert_eq!(
        error_at("\"\\ud83d\"").2,
        "an unpaired surrogate in a \\u escape"
    );
    assert_eq!(
        error_at("{\"id\": 1, \"id\": 2}"),
        (1, 11, "the field `id` appears twice".into())
    );
    assert_eq!(
        error_at("{} {}"),
        (
            1,
            4,
            "there is more text after the end of the document".into()
        )
    );
}

#[test]
fn nesting_is_capped_so_hostile_input_cannot_exhaust_the_stack() {
    let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
    assert!(parse(&ok).is_ok());
    let deep = "[".repeat(100_000);
    let (_, column, message) = error_at(&deep);
    assert_eq!(column, MAX_DEPTH + 1);
    assert_eq!(message, "the lists and objects are nested too deeply");
}

/// A small deterministic generator (SplitMix64) for the damage below.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// `text` with a few random characters deleted, duplicated or replaced by JSON punctuation.
fn damaged(text: &str, rng: &mut Rng) -> String {
    const PUNCTUATION: &[char] = &['{', '}', '[', ']', '"', ',', ':', '\\', '0', '-', 'e', ' '];
    let mut chars: Vec<char> = text.chars().collect();
    for _ in 0..1 + rng.below(3) {
        let i = rng.below(chars.len().max(1));
        match rng.below(3) {
            0 if !chars.is_empty() => {
                chars.remove(i);
            }
            1 if !chars.is_empty() => chars.insert(i, chars[i]),
            _ => chars.insert(i, PUNCTUATION[rng.below(PUNCTUATION.len())]),
        }
    }
    chars.into_iter().collect()
}

#[test]
fn damaged_decks_are_accepted_exactly_when_a_reference_parser_accepts_them() {
    let decks: Vec<String> = builtin_deck_ids()
        .map(|id| {
            std::fs::read_to_string(format!(
                "{}/../content/decks/{id}.json",
                env!("CARGO_MANIFEST_DIR")
            ))
            .unwrap()
        })
        .collect();
    let mut rng = Rng(2026);
    let (mut accepted, mut refused) = (0, 0);
    for round in 0..2000 {
        let text = damaged(&decks[round % decks.len()], &mut rng);
        let ours = parse(&text);
        let reference = serde_json::from_str::<serde_json::Value>(&text);
        match (&ours, &reference) {
            (Ok(_), Ok(_)) => accepted += 1,
            (Err(_), Err(_)) => refused += 1,
            // serde_json keeps the last of two equal keys; we refuse them on purpose.
            (Err(e), Ok(_)) if matches!(e.kind(), SyntaxKind::DuplicateKey(_)) => refused += 1,
            _ => panic!(
                "disagreement on round {round}: ours {:?}, serde_json {:?}\n{text}",
                ours.map(|_| ()),
                reference.map(|_| ())
            ),
        }
        // And the validated entry point never panics on it either.
        let _ = parse_deck(&text);
    }
    assert!(
        accepted > 100 && refused > 300,
        "{accepted} accepted, {refused} refused"
    );
}

#[test]
fn builtin_content_reads_the_same_as_with_the_reference_parser() {
    // Every text field of every built-in deck equals what serde_json reads.
    for deck in builtin_decks() {
        let deck = deck.unwrap();
        let text = std::fs::read_to_string(format!(
            "{}/../content/decks/{}.json",
            env!("CARGO_MANIFEST_DIR"),
            deck.id
        ))
        .unwrap();
        let reference: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(reference["title"], deck.title.as_str());
        for (i, card) in deck.cards.iter().enumerate() {
            let r = &reference["cards"][i];
            assert_eq!(r["text"], card.text.as_str());
            assert_eq!(r["explanation"], card.explanation.as_str());
            assert_eq!(r["pile"], card.pile.as_str());
        }
    }
}
