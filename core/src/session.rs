//! The learner's session as it is stored: **one record per activity** (each deck's game,
//! the chooser) plus a small **index** (the screen open, the deck last played), each a
//! [`crate::record`] under its own key. Two tabs on different decks, or one SCO per
//! activity in an LMS, therefore never overwrite each other's games.
//!
//! Keys (unchanged since the 2026-12-01 build, whose values are still read):
//! `twofold:v1:game:<deck id>`, `twofold:v1:chooser`, and `twofold:v1:index`, which
//! replaces that build's `twofold:v1:screen` and `twofold:v1:last-deck` (read when the
//! index is missing).

use std::rc::Rc;

use crate::chooser::{Chooser, ChooserModel};
use crate::deck::Deck;
use crate::game::{Game, ResumeError, SaveForm};
use crate::persist::Store;
use crate::record::{Kind, Record, RecordWriter};

/// The storage keys, all under one prefix.
pub mod keys {
    /// The saved game for one deck.
    pub fn game(deck_id: &str) -> String {
        format!("twofold:v1:game:{deck_id}")
    }
    /// The chooser's answers and step.
    pub const CHOOSER: &str = "twofold:v1:chooser";
    /// The session index ([`super::Index`]).
    pub const INDEX: &str = "twofold:v1:index";
    /// What the LMS reporter has recorded ([`crate::report`]; kept only in the LMS's store).
    pub const REPORT: &str = "twofold:v1:report";
    /// Written by the 2026-12-01 build; read when there is no index.
    pub const OLD_SCREEN: &str = "twofold:v1:screen";
    /// Written by the 2026-12-01 build; read when there is no index.
    pub const OLD_LAST_DECK: &str = "twofold:v1:last-deck";
}

/// Which screen is open (and, as [`crate::config::Mode`], which one a host asks for).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Screen {
    /// The start screen offering both activities.
    #[default]
    Home,
    /// The sorting game.
    Sort,
    /// The career-path chooser.
    Chooser,
}

impl Screen {
    /// A stable name (stored in the index, and the `screen-<key>` test hook).
    pub fn key(self) -> &'static str {
        match self {
            Screen::Home => "home",
            Screen::Sort => "sort",
            Screen::Chooser => "chooser",
        }
    }

    pub const ALL: [Screen; 3] = [Screen::Home, Screen::Sort, Screen::Chooser];

    pub fn from_key(key: &str) -> Option<Screen> {
        Screen::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// Where the learner was: `i3;o=<screen>;l=<last deck>`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Index {
    pub screen: Option<Screen>,
    pub last_deck: Option<String>,
}

impl Index {
    pub fn encode(&self) -> String {
        let mut w = RecordWriter::new(Kind::Index);
        if let Some(screen) = self.screen {
            w = w.field("o", screen.key());
        }
        if let Some(deck) = &self.last_deck {
            w = w.field("l", deck);
        }
        w.finish()
    }

    /// An index record; anything else reads as an empty index.
    pub fn decode(text: &str) -> Index {
        match Record::parse(text).filter(|r| r.is_current(Kind::Index)) {
            Some(r) => Index {
                screen: r.get("o").and_then(Screen::from_key),
                last_deck: r.get("l").map(str::to_string),
            },
            None => Index::default(),
        }
    }
}

/// The session's records in a [`Store`]: what the widget saves and resumes through.
#[derive(Clone)]
pub struct Session {
    store: Rc<dyn Store>,
}

impl Session {
    pub fn new(store: Rc<dyn Store>) -> Self {
        Self { store }
    }

    /// Whether saved records survive a reload.
    pub fn is_durable(&self) -> bool {
        self.store.is_durable()
    }

    /// The index, or the 2026-12-01 build's two keys when there is none yet.
    pub fn index(&self) -> Index {
        match self.store.load(keys::INDEX) {
            Some(text) => Index::decode(&text),
            None => Index {
                screen: self
                    .store
                    .load(keys::OLD_SCREEN)
                    .and_then(|k| Screen::from_key(&k)),
                last_deck: self.store.load(keys::OLD_LAST_DECK),
            },
        }
    }

    /// Records the open screen, keeping the rest of the index.
    pub fn set_screen(&self, screen: Screen) {
        let index = Index {
            screen: Some(screen),
            ..self.index()
        };
        self.store.save(keys::INDEX, &index.encode());
    }

    /// Records the deck last played, keeping the rest of the index.
    pub fn set_last_deck(&self, deck_id: &str) {
        let index = Index {
            last_deck: Some(deck_id.to_string()),
            ..self.index()
        };
        self.store.save(keys::INDEX, &index.encode());
    }

    /// The saved game for this deck: `Ok(None)` when there is none.
    pub fn game(&self, deck: &Deck) -> Result<Option<Game>, ResumeError> {
        self.store
            .load(&keys::game(&deck.id))
            .map(|text| Game::decode(&text, deck))
            .transpose()
    }

    /// Saves the game; `false` when it could be kept for this page only. A store that
    /// refuses the usual save for want of room (an LMS's suspend data, shared with other
    /// records: [`crate::report::SuspendStore`]) is given the compact form, which is shorter
    /// for big decks.
    pub fn save_game(&self, deck: &Deck, game: &Game) -> bool {
        let key = keys::game(&deck.id);
        let text = game.encode(deck);
        if self.store.save(&key, &text) {
            return true;
        }
        let compact = game.encode_as(deck, SaveForm::Compact);
        compact.len() < text.len() && self.store.save(&key, &compact)
    }

    pub fn forget_game(&self, deck_id: &str) {
        self.store.remove(&keys::game(deck_id));
    }

    /// The chooser's saved progress, if it fits this questionnaire.
    pub fn chooser(&self, model: &ChooserModel) -> Option<Chooser> {
        self.store
            .load(keys::CHOOSER)
            .and_then(|text| Chooser::decode(&text, model))
    }

    pub fn save_chooser(&self, model: &ChooserModel, chooser: &Chooser) -> bool {
        self.store.save(keys::CHOOSER, &chooser.encode(model))
    }
}
