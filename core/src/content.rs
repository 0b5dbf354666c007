//! Where the built-in content lives once built: the manifest the build writes into every
//! page (`<script type="application/json" id="twofold-content">`), naming each deck's and
//! the questionnaire's cache-safe file, in menu order, and per language other than English
//! its interface table and its translated files. The widget fetches those files when a
//! screen needs them, in the learner's language only; nothing of the content is compiled
//! into the wasm (English's table is: it needs no file).
//!
//! ```json
//! {"decks":[{"id":"myth-or-fact","href":"content/myth-or-fact.3f2a9c1d.json","cards":18}],
//!  "chooser":"content/career-path.0b7e44aa.json","questions":8,
//!  "langs":[{"lang":"ar","table":"content/ar/i18n.5c1e0a9b7d.json",
//!            "decks":[{"id":"myth-or-fact","href":"content/ar/myth-or-fact.77aa01b2c3.json"}],
//!            "chooser":"content/ar/career-path.e0d1c2b3a4.json"}]}
//! ```
//!
//! A language's entry may leave out a deck or the questionnaire (not translated yet): that
//! file is English's. The ids are English's in every language, so saves carry over.
//!
//! `cards` and `questions` (optional, 0 when absent) are the English files' sizes, the same
//! in every language: the home screen says how long each activity takes from them
//! ([`crate::duration`]) before any file is fetched.

use crate::i18n::Lang;
use crate::json::{self, Node, Object, SyntaxError};

/// The built-in content's files, in menu order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Manifest {
    pub decks: Vec<DeckFile>,
    /// The questionnaire's file.
    pub chooser: String,
    /// How many questions it asks (0: not said).
    pub questions: u32,
    /// Each language but English: its table and translated files (`langs`; may be absent).
    pub langs: Vec<LangFiles>,
}

/// One built-in deck: its id and the file it is fetched from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeckFile {
    pub id: String,
    pub href: String,
    /// How many cards it has (0: not said).
    pub cards: u32,
}

/// One language's files: its interface table and its translations of the content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LangFiles {
    /// The language's code as the build wrote it (`es`); a code the widget does not know
    /// is kept but never chosen.
    pub lang: String,
    /// `content/i18n/<code>.json`, published.
    pub table: String,
    /// The translated decks (any the language lacks are English's).
    pub decks: Vec<DeckFile>,
    /// The translated questionnaire; empty when there is none.
    pub chooser: String,
}

impl Manifest {
    /// Reads the manifest the build wrote; an error names the place, like any content error.
    pub fn parse(text: &str) -> Result<Manifest, SyntaxError> {
        let root = json::parse(text)?;
        let o = Object::new(&root, &["decks", "chooser", "questions", "langs"])?;
        Ok(Manifest {
            decks: o.list_of("decks", read_deck)?,
            chooser: o.text("chooser")?,
            questions: o.optional("questions", json::whole_number)?,
            langs: o.optional_list_of("langs", read_lang)?,
        })
    }

    /// The file of the deck with this id (English's).
    pub fn deck_href(&self, id: &str) -> Option<&str> {
        find(&self.decks, id)
    }

    pub fn deck_ids(&self) -> impl Iterator<Item = &str> {
        self.decks.iter().map(|d| d.id.as_str())
    }

    /// The language's interface table, if the build published one (never for English,
    /// whose table is compiled in).
    pub fn table(&self, lang: Lang) -> Option<&str> {
        self.files(lang).map(|f| f.table.as_str())
    }

    /// The file of the deck with this id in `lang`: its translation, else English's.
    pub fn deck_href_in(&self, id: &str, lang: Lang) -> Option<&str> {
        self.files(lang)
            .and_then(|f| find(&f.decks, id))
            .or_else(|| self.deck_href(id))
    }

    /// The questionnaire's file in `lang`: its translation, else English's.
    pub fn chooser_in(&self, lang: Lang) -> &str {
        self.files(lang)
            .map(|f| f.chooser.as_str())
            .filter(|c| !c.is_empty())
            .unwrap_or(&self.chooser)
    }

    fn files(&self, lang: Lang) -> Option<&LangFiles> {
        self.langs.iter().find(|f| f.lang == lang.code())
    }
}

fn find<'a>(decks: &'a [DeckFile], id: &str) -> Option<&'a str> {
    decks.iter().find(|d| d.id == id).map(|d| d.href.as_str())
}

fn read_deck(node: &Node) -> Result<DeckFile, SyntaxError> {
    let o = Object::new(node, &["id", "href", "cards"])?;
    Ok(DeckFile {
        id: o.text("id")?,
        href: o.text("href")?,
        cards: o.optional("cards", json::whole_number)?,
    })
}

fn read_lang(node: &Node) -> Result<LangFiles, SyntaxError> {
    let o = Object::new(node, &["lang", "table", "decks", "chooser"])?;
    Ok(LangFiles {
        lang: o.text("lang")?,
        table: o.text("table")?,
        decks: o.optional_list_of("decks", read_deck)?,
        chooser: o.optional_text("chooser")?,
    })
}
