//! Where the built-in content lives once built: the manifest the build writes into every
//! page (`<script type="application/json" id="twofold-content">`), naming each deck's and
//! the questionnaire's cache-safe file, in menu order. The widget fetches those files
//! when a screen needs them; nothing of the content is compiled into the wasm.
//!
//! ```json
//! {"decks":[{"id":"myth-or-fact","href":"content/myth-or-fact.3f2a9c1d.json"}],
//!  "chooser":"content/career-path.0b7e44aa.json"}
//! ```

use crate::json::{self, Node, Object, SyntaxError};

/// The built-in content's files, in menu order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Manifest {
    pub decks: Vec<DeckFile>,
    /// The questionnaire's file.
    pub chooser: String,
}

/// One built-in deck: its id and the file it is fetched from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeckFile {
    pub id: String,
    pub href: String,
}

impl Manifest {
    /// Reads the manifest the build wrote; an error names the place, like any content error.
    pub fn parse(text: &str) -> Result<Manifest, SyntaxError> {
        let root = json::parse(text)?;
        let o = Object::new(&root, &["decks", "chooser"])?;
        Ok(Manifest {
            decks: o.list_of("decks", read_deck)?,
            chooser: o.text("chooser")?,
        })
    }

    /// The file of the deck with this id.
    pub fn deck_href(&self, id: &str) -> Option<&str> {
        self.decks
            .iter()
            .find(|d| d.id == id)
            .map(|d| d.href.as_str())
    }

    pub fn deck_ids(&self) -> impl Iterator<Item = &str> {
        self.decks.iter().map(|d| d.id.as_str())
    }
}

fn read_deck(node: &Node) -> Result<DeckFile, SyntaxError> {
    let o = Object::new(node, &["id", "href"])?;
    Ok(DeckFile {
        id: o.text("id")?,
        href: o.text("href")?,
    })
}
