//! Every user-visible string of the interface, in one table per language, and
//! the language's text direction. Content (cards, questions) lives in data files.
//!
//! Messages as data ([`Message`], [`Catalog`]): an id with named arguments,
//! worded by the language's table `content/i18n/<lang>.json` (English compiled in,
//! the others fetched at start and installed, [`Lang::install`]), plural forms chosen by the language's rule (`plural.rs`).
//! Everything a learner or an author reads is one: the interface's labels and
//! sentences (`app.*`, `home.*`, `sort.*`, `chooser.*`, ...), what the screen
//! reader hears ([`crate::narrate`], `narrate.*`), the crash screen's copy in
//! `index.html` (`crash.*`), and every error. A sentence is one message with
//! named arguments, never glued in English word order, so a translator can
//! reorder it; nothing parses the English back, and errors' `Display` only
//! delegates to the English catalog (logs, tests). A language is one JSON file
//! plus its plural rule (and its content: `content/l10n/<code>/`); [`Lang`] names
//! the languages, their direction and rule, and picks one ([`Lang::negotiate`]).

mod catalog;
mod ids;
mod message;
mod plural;

pub use catalog::{Catalog, FORM, RECORD};
pub use ids::MessageId;
pub use message::{Arg, Message};
pub use plural::{
    arabic as arabic_plural, english as english_plural, french as french_plural,
    spanish as spanish_plural, PluralCategory, PluralRule,
};

use std::sync::OnceLock;

use PluralCategory::{Few, Many, One, Other, Two, Zero};

/// The table [`Lang::install`] was given first, and its language (never English).
static TABLE: OnceLock<(Lang, Catalog)> = OnceLock::new();

/// A language the widget has a table and content for (`content/i18n/<code>.json`, and
/// `content/l10n/<code>/` for every language but English; see the README, "Adding a
/// language").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    Es,
    Fr,
    Ar,
}

impl Lang {
    /// Every language with a table and content, English first.
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Es, Lang::Fr, Lang::Ar];

    /// The BCP 47 code (`lang` attribute, `?lang=` value, the tables' file names).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Fr => "fr",
            Lang::Ar => "ar",
        }
    }

    /// The language a BCP 47 tag names: the tag itself (`fr`, any case), else its primary
    /// subtag (`fr-CA`, `fr_ca` → French; `_` as some LMSs write it); `None` for a
    /// language without a table.
    pub fn from_code(tag: &str) -> Option<Lang> {
        let tag = tag.trim();
        let primary = tag.split(['-', '_']).next().unwrap_or(tag);
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(primary))
    }

    /// The language to show: the first of the page's `?lang=`, the LMS's learner
    /// preference and the browser's languages (in the browser's order) that names a
    /// language with a table; else English. The LMS's is a list of tags in its order of
    /// preference, comma-separated (cmi5's `languagePreference`, `"ar,en"`; a SCORM LMS
    /// gives one). A value naming none is passed over (the configuration reports a bad
    /// `?lang=` itself). The plain build, with no LMS, applies the same rule in the page's
    /// script (`js/page.js`, `twofoldLang.guess`), before the wasm has arrived.
    pub fn negotiate(query: Option<&str>, lms: Option<&str>, browser: &[&str]) -> Lang {
        query
            .into_iter()
            .chain(lms.into_iter().flat_map(|list| list.split(',')))
            .chain(browser.iter().copied())
            .find_map(Lang::from_code)
            .unwrap_or_default()
    }

    /// `ltr` or `rtl`, for the `dir` attribute; styles use logical properties.
    pub fn dir(self) -> &'static str {
        match self {
            Lang::Ar => "rtl",
            Lang::En | Lang::Es | Lang::Fr => "ltr",
        }
    }

    /// The language's plural rule (CLDR, `plural.rs`).
    pub fn plural_rule(self) -> PluralRule {
        match self {
            Lang::En => plural::english,
            Lang::Es => plural::spanish,
            Lang::Fr => plural::french,
            Lang::Ar => plural::arabic,
        }
    }

    /// The categories the rule gives, so the forms every plural entry of the language's
    /// table has (CLDR's list for the language, in [`PluralCategory::ALL`] order).
    pub fn plural_categories(self) -> &'static [PluralCategory] {
        match self {
            Lang::En => &[One, Other],
            Lang::Es | Lang::Fr => &[One, Many, Other],
            Lang::Ar => &[Zero, One, Two, Few, Many, Other],
        }
    }

    /// The language's message table: the one [`Lang::install`] gave it, else English's
    /// (compiled in; the wasm carries no other table). Another language's table is a file,
    /// `content/i18n/<code>.json`, that the widget fetches at start and installs before it
    /// shows anything, so every view reads its words from here.
    pub fn catalog(self) -> &'static Catalog {
        match TABLE.get() {
            Some((lang, table)) if *lang == self => table,
            _ => Catalog::english(),
        }
    }

    /// Makes `catalog` (read with this language's rule) the
    /// language's table for the rest of the page's life, and returns the language's table. A
    /// page loads one language, once: the table lives in a static, as long as the page (this
    /// is what lets every view hold it as `&'static Catalog`). Only the first table
    /// installed counts: a second one, for any language, is dropped; English's cannot be
    /// replaced.
    pub fn install(self, catalog: Catalog) -> &'static Catalog {
        if self != Lang::En {
            let _ = TABLE.set((self, catalog));
        }
        self.catalog()
    }
}

/// A well-formed BCP 47 language tag as decks and questionnaires may declare it: a 2- or
/// 3-letter primary language subtag, then `-` and subtags of 1 to 8 letters or digits
/// (`en`, `fr-CA`, `ar`, `zh-Hant-TW`, `es-419`), at most 35 characters. Whether the
/// subtags are registered is not checked.
pub fn is_language_tag(tag: &str) -> bool {
    let mut subtags = tag.split('-');
    let primary = subtags.next().unwrap_or_default();
    tag.len() <= crate::deck::limits::MAX_LANG
        && (2..=3).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_alphabetic())
        && subtags
            .all(|s| (1..=8).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric()))
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
