//! The one JSON writer: a [`Json`] tree (or a parsed [`Node`], [`write_node`]) in, compact
//! RFC 8259 text out. Every string and every value copied from the LMS in an xAPI statement
//! is written here ([`write_text`], [`write_node`]), never by string formatting; the
//! statements' own keys are constant text. Strings escape `"` and `\`, every control character (the short forms
//! `\n`, `\r`, `\t`, `\b`, `\f`, else `\u00XX`) and U+2028/U+2029 (legal JSON, but not
//! legal in older JavaScript source, so a statement can be pasted into a script); all
//! other characters, non-BMP ones included, are written as UTF-8.

use super::parse::{Node, Value};
use super::value::Json;

/// `value` as compact JSON text.
pub fn write(value: &Json) -> String {
    let mut out = String::new();
    write_into(&mut out, value);
    out
}

fn write_into(out: &mut String, value: &Json) {
    match value {
        Json::Null => out.push_str("null"),
        Json::Bool(true) => out.push_str("true"),
        Json::Bool(false) => out.push_str("false"),
        Json::Number(n) => out.push_str(n.as_str()),
        Json::String(s) => write_text(out, s),
        Json::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_into(out, item);
            }
            out.push(']');
        }
        Json::Object(fields) => {
            out.push('{');
            for (i, (key, item)) in fields.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_text(out, key);
                out.push(':');
                write_into(out, item);
            }
            out.push('}');
        }
    }
}

/// A parsed value written again, compact (numbers keep their text as written).
pub fn write_node(out: &mut String, node: &Node) {
    match &node.value {
        Value::Null => out.push_str("null"),
        Value::Bool(true) => out.push_str("true"),
        Value::Bool(false) => out.push_str("false"),
        Value::Number(n) => out.push_str(n),
        Value::String(s) => write_text(out, s),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_node(out, item);
            }
            out.push(']');
        }
        Value::Object(members) => {
            out.push('{');
            for (i, m) in members.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_text(out, &m.key);
                out.push(':');
                write_node(out, &m.value);
            }
            out.push('}');
        }
    }
}

/// `s` as a JSON string (quoted and escaped), appended to `out`.
pub fn write_text(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if c < ' ' || c == '\u{2028}' || c == '\u{2029}' => {
                // `\u` and four hex digits, by hand (no formatter in the wasm).
                out.push_str("\\u");
                let n = c as u32;
                for shift in [12, 8, 4, 0] {
                    out.push(char::from(b"0123456789abcdef"[(n >> shift) as usize & 15]));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}
