//! Every user-visible string of the interface, in one table per language, and
//! the language's text direction. Content (cards, questions) lives in data files.
//!
//! Messages as data ([`Message`], [`Catalog`]): an id with named arguments,
//! worded by the language's table `content/i18n/<lang>.json` (English compiled in,
//! others fetchable), plural forms chosen by the language's rule (`plural.rs`).
//! Everything a learner or an author reads is one: the interface's labels and
//! sentences (`app.*`, `home.*`, `sort.*`, `chooser.*`, ...), what the screen
//! reader hears ([`crate::narrate`], `narrate.*`), the crash screen's copy in
//! `index.html` (`crash.*`), and every error. A sentence is one message with
//! named arguments, never glued in English word order, so a translator can
//! reorder it; nothing parses the English back, and errors' `Display` only
//! delegates to the English catalog (logs, tests). A language is one JSON file
//! plus its plural rule.

mod catalog;
mod ids;
mod message;
mod plural;

pub use catalog::Catalog;
pub use ids::MessageId;
pub use message::{Arg, Message};
pub use plural::{english as english_plural, PluralCategory, PluralRule};

/// A supported interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
}

impl Lang {
    pub const ALL: [Lang; 1] = [Lang::En];

    /// The BCP 47 code (`lang` attribute and `?lang=` value).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code))
    }

    /// `ltr` or `rtl`, for the `dir` attribute; styles use logical properties.
    pub fn dir(self) -> &'static str {
        match self {
            Lang::En => "ltr",
        }
    }

    /// The message table for this language.
    pub fn catalog(self) -> &'static Catalog {
        match self {
            Lang::En => Catalog::english(),
        }
    }
}

/// `Display` for a type with `fn message(&self) -> Message`: its English wording
/// (for logs and tests; what the learner sees goes through their language's catalog).
macro_rules! display_in_english {
    ($type:ty) => {
        impl std::fmt::Display for $type {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&crate::i18n::Catalog::english().format(&self.message()))
            }
        }
    };
}
pub(crate) use display_in_english;
