//! The one JSON writer statements go out through: whatever text it is given reads back
//! (with serde_json, a reference parser) as exactly that text, numbers read back as the
//! values meant, and a parsed document written again keeps its meaning.
#![cfg(not(target_arch = "wasm32"))]

use twofold_core::json::{parse, write, Json, Number};

fn round_trip(s: &str) -> serde_json::Value {
    let text = write(&Json::object([("k", Json::text(s))]));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{text:?}: {e}"))
}

#[test]
fn every_awkward_string_reads_back_as_written() {
    let cases = [
        "plain",
        "say \"hi\"",
        "back\\slash \\\" both",
        "line\nbreak\r\ttab",
        "\u{0}\u{1}\u{8}\u{c}\u{1f}\u{7f}",
        "emoji 😀 and 𝄞 (non-BMP)",
        "separators \u{2028} and \u{2029}",
        "",
        "/ slash and </script>",
        "ünïcödé — “quotes”",
    ];
    for s in cases {
        assert_eq!(round_trip(s)["k"], serde_json::Value::from(s), "{s:?}");
    }
}

#[test]
fn control_characters_and_line_separators_are_escaped_so_the_text_is_one_safe_line() {
    let text = write(&Json::text("a\nb\u{2028}c\u{1}\"\\"));
    assert_eq!(text, r#""a\nb\u2028c\u0001\"\\""#);
    assert!(!text.chars().any(|c| c.is_control() || c == '\u{2028}'));
    // Where serde_json writes the same thing, the two agree byte for byte.
    for s in ["tab\there", "q\"b\\", "\u{1f}", "😀"] {
        assert_eq!(
            write(&Json::text(s)),
            serde_json::to_string(s).unwrap(),
            "{s:?}"
        );
    }
}

#[test]
fn numbers_are_written_exactly() {
    let cases: [(Number, f64); 9] = [
        (Number::int(0), 0.0),
        (Number::int(-42), -42.0),
        (Number::int(i64::MIN), i64::MIN as f64),
        (Number::uint(u64::MAX), u64::MAX as f64),
        (Number::decimal(8000, 4), 0.8),
        (Number::decimal(10000, 4), 1.0),
        (Number::decimal(-5, 2), -0.05),
        (Number::decimal(1, 4), 0.0001),
        (Number::decimal(123456, 3), 123.456),
    ];
    for (n, value) in cases {
        let text = write(&Json::Number(n.clone()));
        let read: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(read.as_f64(), Some(value), "{text}");
    }
    assert_eq!(Number::decimal(8000, 4).as_str(), "0.8");
    assert_eq!(Number::decimal(10000, 4).as_str(), "1");
    assert_eq!(Number::decimal(0, 2).as_str(), "0");
    assert_eq!(Number::decimal(-0, 2).as_str(), "0");
    assert_eq!(Number::decimal(83, 2).as_str(), "0.83");
    assert_eq!(
        write(&Json::Number(Number::uint(u64::MAX))),
        "18446744073709551615",
        "integers are never rounded through a float"
    );
}

#[test]
fn a_parsed_document_written_again_means_the_same() {
    let source = r#"{"name":"A \"quoted\" \u00e9 \ud83d\ude00","n":[1,-2.5e3,0.125,true,false,null],
        "nested":{"empty":{},"list":[]}}"#;
    let written = write(&Json::from_node(&parse(source).unwrap()));
    let a: serde_json::Value = serde_json::from_str(source).unwrap();
    let b: serde_json::Value = serde_json::from_str(&written).unwrap();
    assert_eq!(a, b);
    assert!(
        written.contains("-2.5e3"),
        "numbers keep their text: {written}"
    );
    assert!(!written.contains('\n'), "compact: {written}");
}

#[test]
fn set_replaces_a_field_in_place_and_entry_adds_one_once() {
    let mut o = Json::object([("a", Json::int(1)), ("b", Json::int(2))]);
    o.set("a", Json::int(3));
    o.entry("c", Json::Array(Vec::new())).push(Json::int(4));
    o.entry("c", Json::Null).push(Json::int(5));
    assert_eq!(write(&o), r#"{"a":3,"b":2,"c":[4,5]}"#);
    assert_eq!(o.get("b"), Some(&Json::int(2)));
}
