//! A language's messages as data: the table `content/i18n/<lang>.json` maps
//! each [`MessageId`] key to a text with `{name}` placeholders, or to plural
//! forms (`{"one": "…", "other": "…"}`) chosen by the language's
//! [`PluralRule`] from the `count` argument. [`Catalog::format`] is the one
//! formatter: it never panics (an unknown placeholder stays as written) and
//! inserts arguments as plain text. An entry a table lacks is English's (listed by
//! [`Catalog::missing`]), so a learner never sees a blank or a key.
//!
//! English is compiled in ([`Catalog::english`]): `core/build.rs` turns its table
//! into the ids and a static array of texts, so English is complete, read at build
//! time, and carries no keys. Another language's table is read keyed with
//! [`Catalog::parse`] (tests, tools), or as the build publishes it, without keys, with
//! [`Catalog::from_records`] (the widget).

use super::plural::{self, PluralCategory, PluralRule};
use super::{Arg, Message, MessageId};
use crate::json::{self, Node, Object, SyntaxError, Value};

/// What separates the entries of a published table ([`Catalog::from_records`]): ASCII's record
/// separator, which no text has.
pub const RECORD: char = '\u{1e}';
/// What starts a published plural entry and ends each of its forms: ASCII's unit separator.
pub const FORM: char = '\u{1f}';

/// One entry per [`MessageId`], in [`MessageId::ALL`] order, as `core/build.rs` compiles
/// English's.
const ENGLISH: &[Entry] = include!(concat!(env!("OUT_DIR"), "/english.rs"));

/// The compiled-in English table: its entries are the build's static texts, as they are.
static EN: Catalog = Catalog {
    entries: ENGLISH,
    missing: Vec::new(),
    unknown: Vec::new(),
    rule: plural::english,
};

/// A language table, read and checked. Its texts live as long as the page: English's are
/// compiled in, and another language's table is read once and kept for the page's life
/// (see [`super::Lang::install`]), so each entry is a `&'static str` (a table read at run
/// time is leaked, once), never copied.
pub struct Catalog {
    /// One entry per [`MessageId`], in [`MessageId::ALL`] order (a missing one is English's).
    entries: &'static [Entry],
    /// The ids the table has no entry for.
    missing: Vec<MessageId>,
    /// Keys of the table that no id has (left over from an older table).
    unknown: Vec<String>,
    rule: PluralRule,
}

#[derive(Clone, Copy)]
enum Entry {
    Text(&'static str),
    /// The forms the table gives, `other` among them.
    Plural(&'static [(PluralCategory, &'static str)]),
}

impl Catalog {
    /// The compiled-in English table.
    pub fn english() -> &'static Catalog {
        &EN
    }

    /// Reads a language table (an object of key → text or plural forms).
    pub fn parse(text: &str, rule: PluralRule) -> Result<Catalog, SyntaxError> {
        let root = json::parse(text)?;
        let mut entries: Vec<Option<Entry>> = MessageId::ALL.iter().map(|_| None).collect();
        let mut unknown = Vec::new();
        for member in json::members(&root)? {
            let entry = read_entry(&member.value).map_err(|e| e.in_field(&member.key))?;
            match MessageId::ALL.iter().position(|id| id.key() == member.key) {
                Some(i) => entries[i] = Some(entry),
                None => unknown.push(member.key.clone()),
            }
        }
        // A missing entry is English's: the learner reads English there, never a key.
        let missing: Vec<MessageId> = MessageId::ALL
            .iter()
            .zip(&entries)
            .filter(|(_, e)| e.is_none())
            .map(|(&id, _)| id)
            .collect();
        let entries = entries
            .into_iter()
            .zip(ENGLISH)
            .map(|(e, &en)| e.unwrap_or(en))
            .collect::<Vec<_>>()
            .leak();
        Ok(Catalog {
            entries,
            missing,
            unknown,
            rule,
        })
    }

    /// Reads a table as the build publishes it for the widget (`scripts/publish-content.mjs`,
    /// `content/<code>/i18n.<hash>.txt`): its entries in [`MessageId::ALL`] order (the source
    /// table's keys in `content/i18n/en.json` order, the `lms.*` ones last), separated by
    /// [`RECORD`]; a plural one is [`FORM`], then its forms in [`PluralCategory::ALL`] order
    /// separated by [`FORM`] (empty where it has none); an empty entry is one the table
    /// lacks. No keys and no JSON, so the widget carries neither. Entries past this build's
    /// last id (the `lms.*` ones, in a build without LMS reporting) are not read; any text
    /// reads (at worst with English in its gaps).
    pub fn from_records(text: &'static str, rule: PluralRule) -> Catalog {
        let mut records = text.split(RECORD);
        let mut missing = Vec::new();
        let mut entries = Vec::with_capacity(MessageId::ALL.len());
        for (&english, &id) in ENGLISH.iter().zip(MessageId::ALL) {
            let record = records.next().unwrap_or_default();
            entries.push(match record.strip_prefix(FORM) {
                _ if record.is_empty() => {
                    missing.push(id);
                    english
                }
                Some(forms) => Entry::Plural(
                    PluralCategory::ALL
                        .into_iter()
                        .zip(forms.split(FORM))
                        .filter(|(_, text)| !text.is_empty())
                        .collect::<Vec<_>>()
                        .leak(),
                ),
                None => Entry::Text(record),
            });
        }
        Catalog {
            entries: entries.leak(),
            missing,
            unknown: Vec::new(),
            rule,
        }
    }

    /// The ids this table has no entry for.
    pub fn missing(&self) -> &[MessageId] {
        &self.missing
    }

    /// The table's keys that no id has.
    pub fn unknown_keys(&self) -> &[String] {
        &self.unknown
    }

    /// The text of a message without arguments, as the table has it (its
    /// `other` form if plural; the key if the table lacks it). For fixed labels.
    pub fn text(&self, id: MessageId) -> &str {
        match self.entry(id) {
            // Only a table made in this module lacks an entry; English has them all.
            None => "",
            Some(Entry::Text(text)) => text,
            Some(Entry::Plural(forms)) => self.plural_form(forms, &Message::new(id)),
        }
    }

    /// The message in this language.
    pub fn format(&self, message: &Message) -> String {
        let mut out = String::new();
        self.write(&mut out, message);
        out
    }

    /// A summary line followed by one `- item` line per item (plain-text reports, logs).
    pub fn report(&self, summary: &Message, items: &[Message]) -> String {
        let mut out = self.format(summary);
        for item in items {
            out.push_str("\n- ");
            self.write(&mut out, item);
        }
        out
    }

    fn entry(&self, id: MessageId) -> Option<&Entry> {
        self.entries.get(id as usize)
    }

    fn write(&self, out: &mut String, message: &Message) {
        let template = match self.entry(message.id) {
            None => return,
            Some(Entry::Text(text)) => text,
            Some(Entry::Plural(forms)) => self.plural_form(forms, message),
        };
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            let name = after.find('}').map(|close| &after[..close]);
            match name.filter(|n| is_name(n)) {
                Some(name) => {
                    match message.get(name) {
                        Some(Arg::Text(text)) => out.push_str(text),
                        Some(Arg::Count(n)) => out.push_str(&n.to_string()),
                        Some(Arg::Message(inner)) => self.write(out, inner),
                        None => out.push_str(&rest[open..open + name.len() + 2]),
                    }
                    rest = &after[name.len() + 1..];
                }
                None => {
                    out.push('{');
                    rest = after;
                }
            }
        }
        out.push_str(rest);
    }

    fn plural_form(
        &self,
        forms: &'static [(PluralCategory, &'static str)],
        message: &Message,
    ) -> &'static str {
        let category = match message.get("count") {
            Some(Arg::Count(n)) => (self.rule)(*n),
            _ => PluralCategory::Other,
        };
        let form = |c: PluralCategory| forms.iter().find(|(k, _)| *k == c);
        form(category)
            .or_else(|| form(PluralCategory::Other))
            .map_or("", |&(_, text)| text)
    }
}

/// A placeholder name: ASCII letters, digits and `_`.
fn is_name(name: &str) -> bool {
    !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

fn read_entry(node: &Node) -> Result<Entry, SyntaxError> {
    if let Value::String(text) = &node.value {
        return Ok(Entry::Text(text.clone().leak()));
    }
    const KEYS: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];
    let o = Object::new(node, &KEYS)?;
    o.text("other")?;
    let mut forms = Vec::new();
    for category in PluralCategory::ALL {
        let text = o.optional_text(category.key())?;
        if !text.is_empty() {
            forms.push((category, &*text.leak()));
        }
    }
    Ok(Entry::Plural(forms.leak()))
}
