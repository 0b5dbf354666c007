//! What holds a translation complete and faithful in form, for any language: its files
//! ([`Files`], laid out as in `content/`: `i18n/<code>.json`, and under `l10n/<code>/`
//! `decks/<deck id>.json`, `chooser/<id>.json`, `glossary.md`), checked against the
//! English ones by [`check`], which returns every problem as one line (empty: complete).
//!
//! - the table: read by `Catalog::parse` with the language's rule, no entry missing or
//!   unknown; each entry's placeholders are the English entry's (a form may leave out
//!   `{count}` only where its category stands for one number, as Arabic's `two`);
//!   every plural has exactly the language's categories;
//! - the decks and the questionnaire: valid (the widget's own readers), declaring the
//!   language, with the English ids, piles, sources, answers, paths, colours, blends,
//!   options and weights, in the same order; only the words differ;
//! - nothing left in English: a text equal to the English one is a problem unless it
//!   has no words outside placeholders and kept tokens, or the glossary keeps it
//!   (`## Kept as in English`, one `` - `key`: why `` line each);
//! - the glossary: every key term with its translation and why, and the pile and path
//!   labels using the chosen translation of each term their English has;
//! - the script and typography the language declares ([`Script`]): Arabic punctuation,
//!   the digit set its glossary names, no Latin words but the kept tokens; French spaces
//!   and apostrophes; Spanish opening marks.

use std::collections::BTreeSet;
use std::path::Path;

use serde_json::Value;
use twofold_core::chooser::{parse_model, ChooserModel, OutcomeText};
use twofold_core::deck::parse_deck;
use twofold_core::i18n::{Catalog, PluralCategory, PluralRule};

/// Tokens a translation keeps in Latin letters: the brand, the articles' publisher, JSON's
/// literals, the LMS launch modes an author types, language tags given as examples, the
/// pixel unit (the embed-code builder's preview widths).
pub const KEPT_TOKENS: [&str; 12] = [
    "Twofold",
    "Infopro Learning",
    "null",
    "true",
    "false",
    "normal",
    "browse",
    "review",
    "fr-CA",
    "en",
    "ar",
    "px",
];

/// The writing conventions a language's checks follow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Script {
    /// No conventions beyond the common ones (a pseudo-language, English).
    Plain,
    /// `«» ’`, a no-break space before `:` and a narrow one before `; ? !` and inside `« »`.
    French,
    /// `¿…?` and `¡…!`.
    Spanish,
    /// `، ؛ ؟`, the digits the glossary names, no Latin words but [`KEPT_TOKENS`].
    Arabic,
}

/// A language to check: its code, plural rule and categories, and its conventions.
pub struct Language<'a> {
    pub code: &'a str,
    pub rule: PluralRule,
    pub categories: &'a [PluralCategory],
    pub script: Script,
}

/// One language's files, as text.
#[derive(Clone)]
pub struct Files {
    pub table: String,
    /// `(deck id, text)` in the menu order of `content/index.json`.
    pub decks: Vec<(String, String)>,
    pub chooser: String,
    /// Empty for English, which needs none.
    pub glossary: String,
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

impl Files {
    /// The files of `code` under a content root laid out as `content/` is (English's are
    /// `i18n/en.json`, `decks/`, `chooser/`).
    pub fn load(root: &Path, code: &str) -> Files {
        let index: Value = serde_json::from_str(&read(&root.join("index.json"))).unwrap();
        let chooser = index["chooser"].as_str().unwrap();
        let dir = if code == "en" {
            root.to_path_buf()
        } else {
            root.join("l10n").join(code)
        };
        let decks = index["decks"]
            .as_array()
            .unwrap()
            .iter()
            .map(|id| {
                let id = id.as_str().unwrap();
                (id.to_owned(), read(&dir.join(format!("decks/{id}.json"))))
            })
            .collect();
        Files {
            table: read(&root.join(format!("i18n/{code}.json"))),
            decks,
            chooser: read(&dir.join(format!("chooser/{chooser}.json"))),
            glossary: if code == "en" {
                String::new()
            } else {
                read(&dir.join("glossary.md"))
            },
        }
    }

    /// Writes the files under `root` in the layout [`Files::load`] reads (`index.json`
    /// included), for a language other than English.
    pub fn write(&self, root: &Path, code: &str, english_index: &str) {
        let dir = root.join("l10n").join(code);
        for sub in ["i18n", "l10n"] {
            std::fs::create_dir_all(root.join(sub)).unwrap();
        }
        std::fs::create_dir_all(dir.join("decks")).unwrap();
        std::fs::create_dir_all(dir.join("chooser")).unwrap();
        std::fs::write(root.join("index.json"), english_index).unwrap();
        std::fs::write(root.join(format!("i18n/{code}.json")), &self.table).unwrap();
        for (id, text) in &self.decks {
            std::fs::write(dir.join(format!("decks/{id}.json")), text).unwrap();
        }
        let index: Value = serde_json::from_str(english_index).unwrap();
        let chooser = index["chooser"].as_str().unwrap();
        std::fs::write(dir.join(format!("chooser/{chooser}.json")), &self.chooser).unwrap();
        std::fs::write(dir.join("glossary.md"), &self.glossary).unwrap();
    }
}

/// The glossary as read: `| English | translation | why |` rows, the keys kept as in
/// English, and the digit set (`Digits: Western (0-9)` or `Digits: Arabic-Indic`).
pub struct Glossary {
    pub terms: Vec<(String, String, String)>,
    pub kept: Vec<String>,
    pub digits: Option<String>,
}

impl Glossary {
    pub fn parse(text: &str) -> Glossary {
        let mut terms = Vec::new();
        let mut kept = Vec::new();
        let mut digits = None;
        let mut in_kept = false;
        for line in text.lines() {
            let line = line.trim();
            if let Some(heading) = line.strip_prefix("## ") {
                in_kept = heading.trim() == "Kept as in English";
            } else if let Some(rest) = line.strip_prefix("Digits:") {
                digits = Some(rest.trim().to_owned());
            } else if in_kept {
                if let Some(key) = line.strip_prefix("- `").and_then(|l| l.split('`').next()) {
                    kept.push(key.to_owned());
                }
            } else if line.starts_with('|')
                && !line.starts_with("|-")
                && !line.starts_with("| English")
            {
                let cells: Vec<String> = line
                    .trim_matches('|')
                    .split('|')
                    .map(|c| c.trim().to_owned())
                    .collect();
                if let [english, chosen, why] = cells.as_slice() {
                    terms.push((english.clone(), chosen.clone(), why.clone()));
                }
            }
        }
        Glossary {
            terms,
            kept,
            digits,
        }
    }

    fn chosen(&self, english: &str) -> Option<&str> {
        self.terms
            .iter()
            .find(|(e, _, _)| e.eq_ignore_ascii_case(english))
            .map(|(_, c, _)| c.as_str())
    }
}

/// The key terms every glossary gives (the list, and the piles' and paths' words).
pub const REQUIRED_TERMS: [&str; 19] = [
    "training",
    "development",
    "leadership",
    "technical training",
    "leadership training",
    "leadership development",
    "blend",
    "pile",
    "path",
    "myth",
    "fact",
    "deck",
    "card",
    "score",
    "questionnaire",
    "feedback",
    "mentor",
    "stretch assignment",
    "LMS",
];

/// Every problem of `files` (language `lang`) against the English `en`.
pub fn check(lang: &Language, files: &Files, en: &Files) -> Vec<String> {
    let mut out = Vec::new();
    let glossary = Glossary::parse(&files.glossary);
    check_table(lang, &files.table, &en.table, &glossary, &mut out);
    let mut labels = Vec::new();
    for ((id, text), (en_id, en_text)) in files.decks.iter().zip(&en.decks) {
        assert_eq!(id, en_id, "decks in the English order");
        check_deck(lang, id, text, en_text, &glossary, &mut labels, &mut out);
    }
    if files.decks.len() != en.decks.len() {
        out.push(format!(
            "{} decks, English has {}",
            files.decks.len(),
            en.decks.len()
        ));
    }
    check_chooser(
        lang,
        &files.chooser,
        &en.chooser,
        &glossary,
        &mut labels,
        &mut out,
    );
    check_glossary(&glossary, &labels, &mut out);
    out.into_iter()
        .map(|p| format!("{}: {p}", lang.code))
        .collect()
}

/// `(category key, text)` of an entry: one `("", text)` for a plain text.
fn forms(value: &Value) -> Vec<(String, String)> {
    match value {
        Value::String(s) => vec![(String::new(), s.clone())],
        Value::Object(o) => o
            .iter()
            .map(|(k, v)| (k.clone(), v.as_str().unwrap_or_default().to_owned()))
            .collect(),
        _ => Vec::new(),
    }
}

/// The `{name}` placeholders of a text.
pub fn placeholders(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close)
                if close > 0
                    && after[..close]
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'_') =>
            {
                out.insert(after[..close].to_owned());
                rest = &after[close + 1..];
            }
            _ => rest = after,
        }
    }
    out
}

/// Whether exactly one whole number (of 0..=10000) takes `category` under `rule`, so a
/// form may say the number in words (Arabic `two`: "بطاقتان").
fn one_number(rule: PluralRule, category: PluralCategory) -> bool {
    (0..=10_000).filter(|&n| rule(n) == category).count() == 1
}

fn category(key: &str) -> Option<PluralCategory> {
    PluralCategory::ALL.into_iter().find(|c| c.key() == key)
}

/// The text with placeholders, `` `code` `` spans and [`KEPT_TOKENS`] taken out: what
/// must be in the language.
pub fn words(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    // Placeholders and code spans.
    loop {
        let next = [rest.find('{'), rest.find('`')].into_iter().flatten().min();
        let Some(at) = next else {
            out.push_str(rest);
            break;
        };
        out.push_str(&rest[..at]);
        let close = if rest[at..].starts_with('{') {
            '}'
        } else {
            '`'
        };
        match rest[at + 1..].find(close) {
            Some(end) => rest = &rest[at + 1 + end + 1..],
            None => {
                out.push_str(&rest[at..]);
                break;
            }
        }
    }
    // Kept tokens, as whole words.
    for token in KEPT_TOKENS {
        let mut kept = String::new();
        let mut rest = out.as_str();
        while let Some(at) = rest.find(token) {
            let before = rest[..at].chars().next_back();
            let after = rest[at + token.len()..].chars().next();
            let whole = !before.is_some_and(|c| c.is_ascii_alphanumeric())
                && !after.is_some_and(|c| c.is_ascii_alphanumeric());
            kept.push_str(&rest[..at]);
            if !whole {
                kept.push_str(token);
            }
            rest = &rest[at + token.len()..];
        }
        kept.push_str(rest);
        out = kept;
    }
    out
}

/// A run of two or more Latin letters (a word left in a Latin script).
pub fn latin_run(text: &str) -> Option<String> {
    let mut run = String::new();
    for c in text.chars().chain([' ']) {
        if c.is_ascii_alphabetic() || ('\u{C0}'..='\u{24F}').contains(&c) {
            run.push(c);
        } else if run.chars().count() >= 2 {
            return Some(run);
        } else {
            run.clear();
        }
    }
    None
}

/// Whether a text has a word of its own (not only placeholders, code and kept tokens).
fn has_words(text: &str) -> bool {
    words(text).chars().any(char::is_alphabetic)
}

/// Whether a character is of a digit set.
type DigitTest = fn(char) -> bool;

/// Problems with the script and typography of one text (`at` names it).
fn check_script(lang: &Language, glossary: &Glossary, at: &str, text: &str, out: &mut Vec<String>) {
    let own = words(text);
    match lang.script {
        Script::Plain => {}
        Script::French => {
            for (bad, why) in [
                (" :", "a no-break space before `:`"),
                (" ;", "a narrow no-break space before `;`"),
                (" ?", "a narrow no-break space before `?`"),
                (" !", "a narrow no-break space before `!`"),
                ("« ", "a narrow no-break space after `«`"),
                (" »", "a narrow no-break space before `»`"),
                ("'", "the apostrophe ’"),
                ("“", "« » quotes"),
            ] {
                if own.contains(bad) {
                    out.push(format!("{at}: write {why}: {text:?}"));
                }
            }
        }
        Script::Spanish => {
            for (close, open) in [('?', '¿'), ('!', '¡')] {
                if own.matches(close).count() != own.matches(open).count() {
                    out.push(format!("{at}: every `{close}` has its `{open}`: {text:?}"));
                }
            }
            if own.contains('“') {
                out.push(format!("{at}: write « » quotes: {text:?}"));
            }
        }
        Script::Arabic => {
            for (bad, good) in [(',', '،'), (';', '؛'), ('?', '؟'), ('“', '«')] {
                if own.contains(bad) {
                    out.push(format!("{at}: write `{good}`, not `{bad}`: {text:?}"));
                }
            }
            if let Some(run) = latin_run(&own) {
                out.push(format!("{at}: Latin letters {run:?} in Arabic: {text:?}"));
            }
            fn indic(c: char) -> bool {
                ('\u{660}'..='\u{669}').contains(&c) || ('\u{6F0}'..='\u{6F9}').contains(&c)
            }
            // The digit set the glossary names; the other one is a problem.
            let wrong: Option<(&str, DigitTest)> = match glossary.digits.as_deref() {
                Some(d) if d.starts_with("Western") => Some(("Arabic-Indic", indic)),
                Some(d) if d.starts_with("Arabic-Indic") => {
                    Some(("Western", |c| c.is_ascii_digit()))
                }
                _ => None,
            };
            if let Some((name, is)) = wrong {
                if own.chars().any(is) {
                    out.push(format!(
                        "{at}: {name} digits, the glossary says otherwise: {text:?}"
                    ));
                }
            }
        }
    }
}

fn check_table(
    lang: &Language,
    text: &str,
    en_text: &str,
    glossary: &Glossary,
    out: &mut Vec<String>,
) {
    match Catalog::parse(text, lang.rule) {
        Err(e) => {
            out.push(format!("the table cannot be read: {e}"));
            return;
        }
        Ok(catalog) => {
            for id in catalog.missing() {
                out.push(format!("{}: missing", id.key()));
            }
            for key in catalog.unknown_keys() {
                out.push(format!("{key}: no such message"));
            }
        }
    }
    let table: serde_json::Map<String, Value> = serde_json::from_str(text).unwrap();
    let english: serde_json::Map<String, Value> = serde_json::from_str(en_text).unwrap();
    let wanted: BTreeSet<&str> = lang.categories.iter().map(|c| c.key()).collect();
    for (key, en_value) in &english {
        let Some(value) = table.get(key) else {
            continue; // reported as missing
        };
        let en_forms = forms(en_value);
        let tr_forms = forms(value);
        let en_names: BTreeSet<String> =
            en_forms.iter().flat_map(|(_, t)| placeholders(t)).collect();
        if value.is_object() {
            let got: BTreeSet<&str> = tr_forms.iter().map(|(k, _)| k.as_str()).collect();
            if got != wanted {
                out.push(format!(
                    "{key}: plural forms {got:?}, the language has {wanted:?}"
                ));
            }
            if !en_value.is_object() && !en_names.contains("count") {
                out.push(format!("{key}: plural forms without a count"));
            }
        } else if en_value.is_object() {
            out.push(format!("{key}: needs plural forms {wanted:?}"));
        }
        for (form, text) in &tr_forms {
            let names = placeholders(text);
            let extra: Vec<&String> = names.difference(&en_names).collect();
            let lacking: Vec<&String> = en_names
                .difference(&names)
                .filter(|n| {
                    let words_say_it =
                        *n == "count" && category(form).is_some_and(|c| one_number(lang.rule, c));
                    !words_say_it
                })
                .collect();
            if !extra.is_empty() || !lacking.is_empty() {
                out.push(format!(
                    "{key}{}: placeholders {names:?}, English has {en_names:?}",
                    if form.is_empty() {
                        String::new()
                    } else {
                        format!(".{form}")
                    }
                ));
            }
            check_script(lang, glossary, key, text, out);
        }
        let other = |f: &[(String, String)]| {
            f.iter()
                .find(|(k, _)| k.is_empty() || k == "other")
                .map(|(_, t)| t.clone())
        };
        let same = other(&tr_forms).is_some_and(|t| Some(&t) == other(&en_forms).as_ref());
        if same && has_words(&other(&tr_forms).unwrap()) && !glossary.kept.contains(key) {
            out.push(format!("{key}: left in English"));
        }
    }
}

/// Every problem of a flat table of texts (`{"key": "text"}`, no plural forms: the
/// embed-code builder's, `content/i18n/builder/<code>.json`) against the English one: the
/// same keys, each text's placeholders the English text's, nothing left in English, the
/// language's script and typography (`` `code` `` spans, placeholders and kept tokens aside).
pub fn check_flat_table(
    lang: &Language,
    text: &str,
    en_text: &str,
    glossary: &Glossary,
) -> Vec<String> {
    let mut out = Vec::new();
    let read = |t: &str| -> Result<serde_json::Map<String, Value>, String> {
        serde_json::from_str(t).map_err(|e| e.to_string())
    };
    let (table, english) = match (read(text), read(en_text)) {
        (Ok(t), Ok(e)) => (t, e),
        (Err(e), _) | (_, Err(e)) => return vec![format!("the table cannot be read: {e}")],
    };
    for key in english.keys().filter(|k| !table.contains_key(*k)) {
        out.push(format!("{key}: missing"));
    }
    for (key, value) in &table {
        let (Some(en), Some(text)) = (english.get(key).and_then(Value::as_str), value.as_str())
        else {
            out.push(format!("{key}: no such text, or not a string"));
            continue;
        };
        if placeholders(text) != placeholders(en) {
            out.push(format!(
                "{key}: placeholders {:?}, English has {:?}",
                placeholders(text),
                placeholders(en)
            ));
        }
        if text == en && has_words(text) && !glossary.kept.contains(key) {
            out.push(format!("{key}: left in English"));
        }
        check_script(lang, glossary, key, text, &mut out);
    }
    out
}

/// A human text of the content, with its English, for the checks every text gets.
fn check_text(
    lang: &Language,
    glossary: &Glossary,
    at: &str,
    text: &str,
    en: &str,
    out: &mut Vec<String>,
) {
    if text == en && has_words(text) {
        out.push(format!("{at}: left in English: {text:?}"));
    }
    check_script(lang, glossary, at, text, out);
}

fn check_deck(
    lang: &Language,
    id: &str,
    text: &str,
    en_text: &str,
    glossary: &Glossary,
    labels: &mut Vec<(String, String)>,
    out: &mut Vec<String>,
) {
    let en = parse_deck(en_text).expect("the English deck is valid");
    let deck = match parse_deck(text) {
        Ok(deck) => deck,
        Err(e) => {
            out.push(format!("deck {id} is refused: {e}"));
            return;
        }
    };
    let at = |what: String| format!("deck {id} {what}");
    if deck.lang != lang.code {
        out.push(at(format!("declares lang {:?}", deck.lang)));
    }
    if deck.id != en.id {
        out.push(at(format!("has id {:?}", deck.id)));
    }
    let piles =
        |d: &twofold_core::deck::Deck| d.piles.iter().map(|p| p.id.clone()).collect::<Vec<_>>();
    if piles(&deck) != piles(&en) {
        out.push(at(format!(
            "piles {:?}, English {:?}",
            piles(&deck),
            piles(&en)
        )));
    }
    let sources =
        |d: &twofold_core::deck::Deck| d.sources.iter().map(|s| s.id.clone()).collect::<Vec<_>>();
    if sources(&deck) != sources(&en) {
        out.push(at(format!(
            "sources {:?}, English {:?}",
            sources(&deck),
            sources(&en)
        )));
    }
    let cards = |d: &twofold_core::deck::Deck| {
        d.cards
            .iter()
            .map(|c| (c.id.clone(), c.pile.clone(), c.source.clone()))
            .collect::<Vec<_>>()
    };
    if cards(&deck) != cards(&en) {
        let differ: Vec<_> = cards(&deck)
            .into_iter()
            .zip(cards(&en))
            .filter(|(a, b)| a != b)
            .map(|(a, b)| format!("{a:?} for {b:?}"))
            .collect();
        out.push(at(format!(
            "cards (id, pile, source) differ from English ({} vs {}): {differ:?}",
            deck.cards.len(),
            en.cards.len()
        )));
    }
    let mut pairs = vec![
        ("title".to_owned(), &deck.title, &en.title),
        ("intro".to_owned(), &deck.intro, &en.intro),
    ];
    for (p, e) in deck.piles.iter().zip(&en.piles) {
        pairs.push((format!("pile {} label", e.id), &p.label, &e.label));
        pairs.push((format!("pile {} hint", e.id), &p.hint, &e.hint));
        labels.push((e.label.clone(), p.label.clone()));
    }
    labels.push((en.title.clone(), deck.title.clone()));
    for (s, e) in deck.sources.iter().zip(&en.sources) {
        pairs.push((format!("source {} title", e.id), &s.title, &e.title));
    }
    for (c, e) in deck.cards.iter().zip(&en.cards) {
        pairs.push((format!("card {} text", e.id), &c.text, &e.text));
        pairs.push((format!("card {} idea", e.id), &c.idea, &e.idea));
        pairs.push((
            format!("card {} explanation", e.id),
            &c.explanation,
            &e.explanation,
        ));
    }
    for (what, text, en) in pairs {
        check_text(lang, glossary, &at(what), text, en, out);
    }
}

fn check_chooser(
    lang: &Language,
    text: &str,
    en_text: &str,
    glossary: &Glossary,
    labels: &mut Vec<(String, String)>,
    out: &mut Vec<String>,
) {
    let en = parse_model(en_text).expect("the English questionnaire is valid");
    let model = match parse_model(text) {
        Ok(model) => model,
        Err(e) => {
            out.push(format!("the questionnaire is refused: {e}"));
            return;
        }
    };
    let at = |what: String| format!("questionnaire {what}");
    if model.lang != lang.code {
        out.push(at(format!("declares lang {:?}", model.lang)));
    }
    if (&model.id, model.version, model.blend_margin) != (&en.id, en.version, en.blend_margin) {
        out.push(at("id, version or blend_margin differ from English".into()));
    }
    let paths = |m: &ChooserModel| {
        m.paths
            .iter()
            .map(|p| (p.id.clone(), p.colour))
            .collect::<Vec<_>>()
    };
    if paths(&model) != paths(&en) {
        out.push(at(format!(
            "paths {:?}, English {:?}",
            paths(&model),
            paths(&en)
        )));
    }
    let blends = |m: &ChooserModel| m.blends.iter().map(|b| b.paths).collect::<Vec<_>>();
    if blends(&model) != blends(&en) {
        out.push(at("blends differ from English".into()));
    }
    let answers = |m: &ChooserModel| {
        m.questions
            .iter()
            .map(|q| {
                let options: Vec<_> = q
                    .options
                    .iter()
                    .map(|o| (o.id.clone(), o.weights.clone()))
                    .collect();
                (q.id.clone(), options)
            })
            .collect::<Vec<_>>()
    };
    if answers(&model) != answers(&en) {
        out.push(at(
            "questions, options or weights differ from English".into()
        ));
    }
    let mut pairs: Vec<(String, String, String)> = vec![
        ("title".into(), model.title.clone(), en.title.clone()),
        ("intro".into(), model.intro.clone(), en.intro.clone()),
    ];
    labels.push((en.title.clone(), model.title.clone()));
    for (p, e) in model.paths.iter().zip(&en.paths) {
        pairs.push((
            format!("path {} title", e.id),
            p.title.clone(),
            e.title.clone(),
        ));
        labels.push((e.title.clone(), p.title.clone()));
        let what = format!("path {} outcome", e.id);
        outcome(&what, &p.outcome, &e.outcome, &mut pairs, labels, out);
    }
    for (i, (b, e)) in model.blends.iter().zip(&en.blends).enumerate() {
        outcome(
            &format!("blend {}", i + 1),
            &b.text,
            &e.text,
            &mut pairs,
            labels,
            out,
        );
    }
    for (q, e) in model.questions.iter().zip(&en.questions) {
        pairs.push((
            format!("question {} prompt", e.id),
            q.prompt.clone(),
            e.prompt.clone(),
        ));
        for (o, eo) in q.options.iter().zip(&e.options) {
            let at = format!("option {}/{}", e.id, eo.id);
            pairs.push((format!("{at} label"), o.label.clone(), eo.label.clone()));
            pairs.push((format!("{at} reason"), o.reason.clone(), eo.reason.clone()));
        }
    }
    for (what, text, en) in &pairs {
        check_text(lang, glossary, &at(what.clone()), text, en, out);
    }
}

/// An outcome's texts, paired with the English, and its title among the labels.
fn outcome(
    what: &str,
    t: &OutcomeText,
    e: &OutcomeText,
    pairs: &mut Vec<(String, String, String)>,
    labels: &mut Vec<(String, String)>,
    out: &mut Vec<String>,
) {
    pairs.push((format!("{what} title"), t.title.clone(), e.title.clone()));
    pairs.push((
        format!("{what} summary"),
        t.summary.clone(),
        e.summary.clone(),
    ));
    pairs.push((
        format!("{what} reminder"),
        t.reminder.clone(),
        e.reminder.clone(),
    ));
    if t.next_steps.len() != e.next_steps.len() {
        let (n, m) = (t.next_steps.len(), e.next_steps.len());
        out.push(format!("questionnaire {what}: {n} next steps, English {m}"));
    }
    for (i, (s, es)) in t.next_steps.iter().zip(&e.next_steps).enumerate() {
        pairs.push((format!("{what} step {}", i + 1), s.clone(), es.clone()));
    }
    labels.push((e.title.clone(), t.title.clone()));
}

/// Whether `text` has `term` as whole words, without regard to case.
fn has_term(text: &str, term: &str) -> bool {
    let text = text.to_lowercase();
    let term = term.to_lowercase();
    text.match_indices(&term).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + term.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

fn check_glossary(glossary: &Glossary, labels: &[(String, String)], out: &mut Vec<String>) {
    for term in REQUIRED_TERMS {
        if glossary.chosen(term).is_none() {
            out.push(format!("glossary: no entry for {term:?}"));
        }
    }
    for (english, chosen, why) in &glossary.terms {
        if chosen.is_empty() || why.is_empty() {
            out.push(format!(
                "glossary: {english:?} needs its translation and why"
            ));
        }
    }
    // A label uses the chosen words of every term its English has ("Leadership training":
    // leadership training, leadership, training).
    for (english, translated) in labels {
        for (term, chosen, _) in &glossary.terms {
            let chosen = chosen.to_lowercase();
            if has_term(english, term) && !translated.to_lowercase().contains(&chosen) {
                out.push(format!(
                    "label {translated:?} ({english:?}) does not use the glossary's {chosen:?} for {term:?}"
                ));
            }
        }
    }
}
