//! Entry pages: one HTML page per activity over one bundle. The page's name
//! says what it opens; the query (`?mode=`, `?deck=`) still overrides it.
//!
//! | page | opens |
//! |---|---|
//! | `index.html`, `/`, any other name | [`EntryPage::Index`]: where the learner was, else home |
//! | `sort.html` | the sorting game, the learner chooses the deck |
//! | `sort-<deck id>.html` | the sorting game on that deck |
//! | `chooser.html` | the career-path chooser |
//!
//! A folder per activity works the same (`chooser/`, `chooser/index.html`,
//! `sort-myth-or-fact/`), as do names without `.html` (`/chooser`). Names are
//! percent-decoded and compared without regard to ASCII case (page names and deck ids
//! are ASCII; full Unicode lower-casing would cost the wasm 7.8 KB brotli of case tables).

use crate::config::{percent_decode, Mode};

/// What the page the widget was loaded from opens, before the query has its say.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum EntryPage {
    /// The home page: no activity of its own.
    #[default]
    Index,
    /// The sorting game, on this deck id if any (checked against the decks on offer by
    /// [`super::Route::parse_on`]).
    Sort { deck: Option<String> },
    /// The career-path chooser.
    Chooser,
}

impl EntryPage {
    /// The page a path opens: its last segment (`location.pathname` as it is).
    pub fn from_path(path: &str) -> EntryPage {
        let mut segments = path.rsplit('/').filter(|s| !s.is_empty());
        let name = match segments.next().map(page_name) {
            // A folder's index page is named by its folder.
            Some(name) if name == "index" => segments.next().map(page_name).unwrap_or_default(),
            Some(name) => name,
            None => String::new(),
        };
        match name.as_str() {
            "chooser" => EntryPage::Chooser,
            "sort" => EntryPage::Sort { deck: None },
            _ => match name.strip_prefix("sort-") {
                Some(deck) if !deck.is_empty() => EntryPage::Sort {
                    deck: Some(deck.to_string()),
                },
                _ => EntryPage::Index,
            },
        }
    }

    /// The file the build writes for this page (`index.html`, `sort-<id>.html`,
    /// `chooser.html`); [`EntryPage::from_path`] reads it back.
    pub fn file_name(&self) -> String {
        match self {
            EntryPage::Index => "index.html".to_string(),
            EntryPage::Sort { deck: None } => "sort.html".to_string(),
            EntryPage::Sort { deck: Some(id) } => format!("sort-{id}.html"),
            EntryPage::Chooser => "chooser.html".to_string(),
        }
    }

    /// The screen this page opens when the query names none.
    pub(crate) fn mode(&self) -> Option<Mode> {
        match self {
            EntryPage::Index => None,
            EntryPage::Sort { .. } => Some(Mode::Sort),
            EntryPage::Chooser => Some(Mode::Chooser),
        }
    }

    /// The deck this page opens, if it names one.
    pub(crate) fn deck(&self) -> Option<&str> {
        match self {
            EntryPage::Sort { deck } => deck.as_deref(),
            _ => None,
        }
    }
}

/// A path segment as a page name: decoded, ASCII-lowercase, without `.html`.
fn page_name(segment: &str) -> String {
    // A `+` in a path is itself, not a space as in a query.
    let name = percent_decode(&segment.replace('+', "%2B")).to_ascii_lowercase();
    match name.strip_suffix(".html") {
        Some(stem) => stem.to_string(),
        None => name,
    }
}
