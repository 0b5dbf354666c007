//! Every user-visible string of the interface, in one table per language, and
//! the language's text direction. Content (cards, questions) lives in data files.
//!
//! Two kinds of table, for now:
//! - **Messages as data** ([`Message`], [`Catalog`]): an id with named arguments,
//!   worded by the language's table `content/i18n/<lang>.json` (English compiled in,
//!   others fetchable), plural forms chosen by the language's rule (`plural.rs`).
//!   Every error an author or learner sees (deck, questionnaire, JSON syntax,
//!   configuration, result link, resume) gives its `Message`; nothing parses the
//!   English back, and their `Display` only delegates to the English catalog (logs, tests).
//! - **[`Strings`]**: the interface's fixed strings and formatting functions, a Rust
//!   table per language (`en.rs`). The plan is to move them into the same JSON table,
//!   one [`MessageId`] each (`ui.*` keys, `{name}` for the values the functions take
//!   today, plural forms for counts such as `card_count`), view by view; then a
//!   language is one JSON file plus its plural rule, and `Strings` goes away.

mod catalog;
mod en;
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

    /// The string table for this language.
    pub fn strings(self) -> &'static Strings {
        match self {
            Lang::En => &en::EN,
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

/// The interface strings. Messages with values are functions in the same table.
pub struct Strings {
    /// The language of this table (its [`Lang::catalog`] has the messages).
    pub lang: Lang,
    pub app_title: &'static str,
    pub app_tagline: &'static str,
    pub home_heading: &'static str,
    pub sort_activity: &'static str,
    pub sort_activity_blurb: &'static str,
    pub chooser_activity: &'static str,
    pub chooser_activity_blurb: &'static str,
    pub back_home: &'static str,
    pub config_problem_heading: &'static str,
    pub deck_error_heading: &'static str,

    pub choose_deck: &'static str,
    pub feedback_mode: &'static str,
    pub feedback_immediate: &'static str,
    pub feedback_immediate_blurb: &'static str,
    pub feedback_at_end: &'static str,
    pub feedback_at_end_blurb: &'static str,
    pub how_to_play: &'static str,
    pub how_to_play_body: &'static str,
    pub start: &'static str,
    pub resume_notice: &'static str,
    /// A saved game of a very large deck that changed since, which cannot be mapped.
    pub resume_deck_changed: &'static str,
    /// A saved game that is damaged or from another version.
    pub resume_unreadable: &'static str,
    pub piles_label: &'static str,
    pub card_label: &'static str,
    pub card_drag_hint: &'static str,
    pub card_selected_hint: &'static str,
    pub correct: &'static str,
    pub incorrect: &'static str,
    pub next_card: &'static str,
    pub see_results: &'static str,
    pub review_heading: &'static str,
    pub review_body: &'static str,
    pub check: &'static str,
    pub move_to: &'static str,
    pub results_heading: &'static str,
    pub chart_title: &'static str,
    pub chart_right: &'static str,
    pub chart_wrong: &'static str,
    pub missed_heading: &'static str,
    pub all_right: &'static str,
    pub retry_missed: &'static str,
    pub play_again: &'static str,
    pub show_solution: &'static str,
    pub hide_solution: &'static str,
    pub solution_heading: &'static str,
    pub your_answer: &'static str,
    pub belongs_in: &'static str,
    pub storage_unavailable: &'static str,
    pub loading: &'static str,
    pub load_failed_heading: &'static str,
    pub load_failed: &'static str,
    pub try_again: &'static str,
    pub restart_game: &'static str,

    pub chooser_progress_label: &'static str,
    pub previous: &'static str,
    pub next: &'static str,
    pub show_result: &'static str,
    pub restart: &'static str,
    pub recommendation: &'static str,
    pub why_heading: &'static str,
    pub because_you_said: &'static str,
    pub next_steps_heading: &'static str,
    pub scores_title: &'static str,
    pub result_link: &'static str,
    pub result_link_hint: &'static str,
    pub link_problem: &'static str,
    pub link_problem_own_answers: &'static str,
    pub link_problem_fresh_start: &'static str,

    pub progress: fn(usize, usize) -> String,
    pub score: fn(usize, usize) -> String,
    /// After a retry: (right now, right on the first try, cards in the deck).
    pub score_overall: fn(usize, usize, usize) -> String,
    pub placed_on: fn(&str, &str) -> String,
    pub placed_correct: fn(&str, &str) -> String,
    pub placed_incorrect: fn(&str, &str, &str) -> String,
    /// The feedback panel's line under its "Correct" / "Not quite" heading.
    pub card_belongs_in: fn(&str, &str) -> String,
    pub chose_but_belongs_in: fn(&str, &str, &str) -> String,
    pub moved_to: fn(&str, &str) -> String,
    pub round_finished: fn(usize, usize) -> String,
    pub round_started: fn(usize) -> String,
    pub question_progress: fn(usize, usize) -> String,
    pub result_announcement: fn(&str) -> String,
    pub shortcut: fn(usize) -> String,
    pub card_count: fn(usize) -> String,
    pub show_all_missed: fn(usize) -> String,
}

impl Strings {
    /// The message table of the same language, for views that hold the strings.
    pub fn catalog(&self) -> &'static Catalog {
        self.lang.catalog()
    }
}
