//! Where the built-in content lives once built: the manifest the build writes into every
//! page (`<script type="application/json" id="twofold-content">`), naming each deck's and
//! the questionnaire's cache-safe file, in menu order, and per language other than English
//! its interface table. The widget fetches those files when a
//! screen needs them, in the learner's language only; nothing of the content is compiled
//! into the wasm (English's table is: it needs no file).
//!
//! ```json
//! {"decks":[{"id":"myth-or-fact","href":"content/myth-or-fact.3f2a9c1d.json","cards":18}],
//!  "chooser":"content/career-path.0b7e44aa.json","questions":8,
//!  "langs":{"ar":"content/ar/i18n.5c1e0a9b7d.txt"}}
//! ```
//!
//! The `langs` (each language's table, which names the language's translated files at its
//! head) are for the page's own script (`js/page.js`): when the widget asks for a
//! language, it fetches that language's table and points `decks` and `chooser` at the
//! language's files (a file not translated stays English's) before the widget reads this
//! manifest again, so the widget never looks at `langs` (it is accepted, not read). The ids
//! are English's in every language, so saves carry over.
//!
//! `cards` and `questions` (optional, 0 when absent) are the English files' sizes, the same
//! in every language: the home screen says how long each activity takes from them
//! ([`crate::duration`]) before any file is fetched.

use crate::json::{self, Node, Object, SyntaxError};

/// The built-in content's files, in menu order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Manifest {
    pub decks: Vec<DeckFile>,
    /// The questionnaire's file.
    pub chooser: String,
    /// How many questions it asks (0: not said).
    pub questions: u32,
}

/// One built-in deck: its id and the file it is fetched from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeckFile {
    pub id: String,
    pub href: String,
    /// How many cards it has (0: not said).
    pub cards: u32,
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
        })
    }

    /// The file of the deck with this id (English's).
    pub fn deck_href(&self, id: &str) -> Option<&str> {
        find(&self.decks, id)
    }

    pub fn deck_ids(&self) -> impl Iterator<Item = &str> {
        self.decks.iter().map(|d| d.id.as_str())
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
