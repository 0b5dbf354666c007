//! Twofold's core: every rule of the widget as plain Rust, with no web
//! dependency, tested natively. The widget crate (`twofold`) renders this
//! state with Yew and is the only code that talks to JavaScript.
//!
//! # Layout
//! - [`deck`]: card decks: the model, the one validated entry point, and the built-in decks
//!   read from `content/` for native tests (the widget fetches them as files).
//! - [`content`]: the manifest naming each built-in deck's and the questionnaire's fetched file.
//! - [`duration`]: how long an activity takes, from its number of cards or questions.
//! - [`json`]: the small JSON reader decks, questionnaires and language tables are parsed with;
//!   its errors carry their kind, line, column and path in the document.
//! - [`game`]: the sorting game: state machine and its events, scoring and what a round's
//!   results say (band, piles to name), seeded shuffle, resume encoding.
//! - [`chart`]: chart geometry in whole pixels (bar lengths).
//! - [`chooser`]: the career-path questionnaire: model, weighted recommendation, events, one visit's session, result link.
//! - [`config`]: URL query parameters read into a typed configuration with reported problems.
//! - [`accent`]: the embedder's accent colour: parsed, and checked with WCAG's contrast in the themes shown.
//! - [`host`]: telling the host page what happens (`ready`, `progress`, `completed`), as data.
//! - [`route`]: the URL read once (configuration, entry page, fragment) and the fragment written back.
//! - [`i18n`]: messages as data (an id with arguments, worded by a language's JSON table with
//!   its plural rule): every interface text and error; text direction.
//! - [`narrate`]: game events turned into screen-reader announcements, as messages.
//! - [`react`]: what to do about events (save, announce, focus, report), as data: the reaction table.
//! - [`report`] (the `lms` feature, on by default; `scorm` or `cmi5` for one family): LMS reporting as data: events to SCORM 1.2 / 2004 values and cmi5 statements,
//!   the replay rules, the suspend-data store (the package's script for each standard queues
//!   and retries the calls).
//! - [`persist`]: the storage trait progress is saved through, and an in-memory store.
//! - [`session`]: the learner's saved records (a game per deck, the chooser) and the index.
//! - [`record`]: the one versioned text encoding (named fields) every saved record uses.

pub mod accent;
pub mod chart;
pub mod chooser;
pub mod config;
pub mod content;
pub mod deck;
pub mod duration;
pub mod game;
pub mod host;
pub mod i18n;
pub mod json;
pub mod narrate;
pub mod persist;
pub mod react;
pub mod record;
#[cfg(feature = "reporting")]
pub mod report;
pub mod route;
pub mod session;
