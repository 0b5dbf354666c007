//! Compiles the English message table `content/i18n/en.json` into the core: its keys
//! become the [`MessageId`] enum (`sort.card_count` → `SortCardCount`, in table order), its
//! texts a static array in the same order. The table is the one list of messages, English
//! is complete by construction, and neither the keys nor any JSON reach the widget's wasm
//! for English (the keys stay, for reading another language's table, only where that is done).
//! A malformed table fails the build, with its line. The `lms.*` messages exist only with
//! LMS reporting (the `reporting` feature, which `lms`, `scorm` and `cmi5` turn on), so the
//! plain page carries none of their text.
//!
//! The reader here takes what a language table is: one object whose values are strings or
//! objects of strings (plural forms), with JSON's escapes.

use std::fmt::Write as _;
use std::{env, fs, path::Path};

const TABLE: &str = "../content/i18n/en.json";

fn main() {
    println!("cargo:rerun-if-changed={TABLE}");
    println!("cargo:rerun-if-changed=build.rs");
    let text = fs::read_to_string(TABLE).expect("content/i18n/en.json is readable");
    let entries = Reader::new(&text)
        .table()
        .unwrap_or_else(|(at, what)| panic!("{TABLE}: line {}: {what}", line_of(&text, at)));
    let mut ids = String::from("message_ids! {\n");
    let mut english = String::from("&[\n");
    let lms = env::var_os("CARGO_FEATURE_REPORTING").is_some();
    // The `lms.*` entries last, so the plain build's ids are the first of the package
    // builds': a published table lists its entries in this order, without keys
    // (`scripts/publish-content.mjs`, read by `Catalog::from_records`), and serves both.
    let is_lms = |key: &String| key.starts_with("lms.");
    let ordered = entries
        .iter()
        .filter(|(key, _)| !is_lms(key))
        .chain(entries.iter().filter(|(key, _)| lms && is_lms(key)));
    for (key, value) in ordered {
        writeln!(ids, "    {} = {key:?},", variant(key)).unwrap();
        match value {
            Value::Text(t) => writeln!(english, "    Entry::Text({t:?}),").unwrap(),
            Value::Plural(forms) => {
                english.push_str("    Entry::Plural(&[");
                for (category, t) in forms {
                    let category = plural_category(category).unwrap_or_else(|| {
                        panic!("{TABLE}: {key}: unknown plural form `{category}`")
                    });
                    write!(english, "(PluralCategory::{category}, {t:?}), ").unwrap();
                }
                english.push_str("]),\n");
                assert!(
                    forms.iter().any(|(c, _)| c == "other"),
                    "{TABLE}: {key}: a plural needs its `other` form"
                );
            }
        }
    }
    ids.push_str("}\n");
    english.push_str("]\n");
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    fs::write(Path::new(&out).join("message_ids.rs"), ids).unwrap();
    fs::write(Path::new(&out).join("english.rs"), english).unwrap();
}

/// `sort.card_count` → `SortCardCount`.
fn variant(key: &str) -> String {
    assert!(
        !key.is_empty()
            && key
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'.' || b == b'_'),
        "{TABLE}: key `{key}` is not `area.what` in lowercase letters, digits, `.` and `_`"
    );
    key.split(['.', '_'])
        .map(|part| {
            let mut chars = part.chars();
            chars.next().map_or(String::new(), |first| {
                first.to_ascii_uppercase().to_string() + chars.as_str()
            })
        })
        .collect()
}

fn plural_category(key: &str) -> Option<&'static str> {
    Some(match key {
        "zero" => "Zero",
        "one" => "One",
        "two" => "Two",
        "few" => "Few",
        "many" => "Many",
        "other" => "Other",
        _ => return None,
    })
}

fn line_of(text: &str, at: usize) -> usize {
    text[..at.min(text.len())].matches('\n').count() + 1
}

enum Value {
    Text(String),
    Plural(Vec<(String, String)>),
}

type Failure = (usize, &'static str);

struct Reader<'a> {
    text: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn new(text: &'a str) -> Self {
        Reader {
            text: text.as_bytes(),
            at: 0,
        }
    }

    fn table(mut self) -> Result<Vec<(String, Value)>, Failure> {
        let entries = self.object(|r| {
            if r.peek() == Some(b'{') {
                r.object(Reader::string).map(Value::Plural)
            } else {
                r.string().map(Value::Text)
            }
        })?;
        self.space();
        if self.at != self.text.len() {
            return Err((self.at, "text after the table"));
        }
        let mut keys: Vec<&str> = entries.iter().map(|(k, _)| k.as_str()).collect();
        keys.sort_unstable();
        if let Some(w) = keys.windows(2).find(|w| w[0] == w[1]) {
            panic!("{TABLE}: key `{}` appears twice", w[0]);
        }
        Ok(entries)
    }

    fn object<T>(
        &mut self,
        mut value: impl FnMut(&mut Self) -> Result<T, Failure>,
    ) -> Result<Vec<(String, T)>, Failure> {
        self.expect(b'{')?;
        let mut members = Vec::new();
        if self.peek() == Some(b'}') {
            self.at += 1;
            return Ok(members);
        }
        loop {
            let key = self.string()?;
            self.expect(b':')?;
            members.push((key, value(self)?));
            match self.next() {
                Some(b',') => {}
                Some(b'}') => return Ok(members),
                _ => return Err((self.at, "expected `,` or `}`")),
            }
        }
    }

    fn string(&mut self) -> Result<String, Failure> {
        self.expect(b'"')?;
        let mut out = Vec::new();
        loop {
            match self.text.get(self.at).copied() {
                None => return Err((self.at, "the text ends inside a string")),
                Some(b'"') => {
                    self.at += 1;
                    return String::from_utf8(out).map_err(|_| (self.at, "not UTF-8"));
                }
                Some(b'\\') => {
                    let escape = self.text.get(self.at + 1).copied();
                    self.at += 2;
                    let c = match escape {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'n') => '\n',
                        Some(b't') => '\t',
                        Some(b'r') => '\r',
                        Some(b'u') => {
                            let hex = self
                                .text
                                .get(self.at..self.at + 4)
                                .ok_or((self.at, "short \\u escape"))?;
                            let code = std::str::from_utf8(hex)
                                .ok()
                                .and_then(|h| u32::from_str_radix(h, 16).ok())
                                .and_then(char::from_u32)
                                .ok_or((
                                    self.at,
                                    "a \\u escape outside the basic plane or malformed",
                                ))?;
                            self.at += 4;
                            code
                        }
                        _ => return Err((self.at, "unknown escape")),
                    };
                    out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
                }
                Some(b) if b < 0x20 => return Err((self.at, "a control character in a string")),
                Some(b) => {
                    out.push(b);
                    self.at += 1;
                }
            }
        }
    }

    fn space(&mut self) {
        while self.text.get(self.at).is_some_and(u8::is_ascii_whitespace) {
            self.at += 1;
        }
    }

    fn peek(&mut self) -> Option<u8> {
        self.space();
        self.text.get(self.at).copied()
    }

    fn next(&mut self) -> Option<u8> {
        let b = self.peek();
        self.at += 1;
        b
    }

    fn expect(&mut self, byte: u8) -> Result<(), Failure> {
        if self.next() == Some(byte) {
            Ok(())
        } else {
            self.at -= 1;
            Err((self.at, "unexpected character"))
        }
    }
}
