//! Everything the widget reads from its URL, as one [`Route`] parsed once: the
//! [`Config`] from the query (and the [`EntryPage`] the widget was loaded
//! from), and the [`Fragment`]: the chooser's result link plus the host's own
//! parts, kept verbatim. Writing the fragment back happens here too, so the
//! host's parts (a WordPress `#?secret=`) survive and never reach a share link.
//!
//! Entry pages are described on [`EntryPage`].
//!
//! # The fragment
//!
//! ```text
//! fragment = [ "#" ] [ "?" ] part *( "&" part )
//! part     = key [ "=" value ]        ; any text but "&"; empty parts are dropped
//! ```
//!
//! - One leading `#` is skipped, so `location.hash` can be passed as it is.
//! - One leading `?` marks the host's parts (WordPress's oEmbed iframe opens
//!   `…#?secret=abc123`); it is written back when host parts remain.
//! - A part whose key, percent-decoded like the query's, is exactly `result` is
//!   ours: its percent-decoded value (empty when there is no `=`) is the result
//!   link. When there are several, the last one counts (as in the query, a later
//!   value overrides); only that one is written back.
//! - Every other part (`secret=abc123`, `=x`, `utm`, `Result=…`, unicode, a
//!   stray `#`…) is foreign and kept byte for byte, in its order.
//!
//! Written back: the `?` marker if the fragment had one and foreign parts
//! remain, the foreign parts in their order, then `result=<value>`
//! (percent-encoded), joined by `&`; empty when there is nothing. (Should the
//! first foreign part itself begin with `?` or `#`, an empty part goes first, so
//! it reads back the same.) A shared link
//! carries only `result=`: a host's secret never leaves its page.

mod entry;
mod fragment;

pub use entry::EntryPage;
pub use fragment::Fragment;

use crate::config::{Config, ConfigProblem};

/// The page's URL, read: configuration and fragment.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Route {
    /// What the query (and the entry page) set.
    pub config: Config,
    fragment: Fragment,
}

impl From<Config> for Route {
    /// A route with this configuration and an empty fragment.
    fn from(config: Config) -> Route {
        Route {
            config,
            fragment: Fragment::default(),
        }
    }
}

impl Route {
    /// Reads a query (`?mode=chooser`, as [`Config::from_query`] does) and a
    /// fragment (with or without `#`); `decks` are the deck ids on offer. Total:
    /// bad values are reported, never fatal.
    pub fn parse(query: &str, fragment: &str, decks: &[String]) -> (Route, Vec<ConfigProblem>) {
        Route::parse_on(&EntryPage::Index, query, fragment, decks)
    }

    /// As [`Route::parse`], on an entry page: the page's activity and deck
    /// apply where the query sets none (`?mode=`, `?deck=` override them). A
    /// page deck not on offer is reported as a `page` problem and the learner
    /// chooses the deck.
    pub fn parse_on(
        page: &EntryPage,
        query: &str,
        fragment: &str,
        decks: &[String],
    ) -> (Route, Vec<ConfigProblem>) {
        let (mut config, mut problems) = Config::from_query(query, decks);
        // A query deck alone already set `mode` to the sorting game.
        config.mode = config.mode.or(page.mode());
        match page.deck() {
            Some(deck) if config.deck.is_none() => {
                if decks.iter().any(|d| d == deck) {
                    config.deck = Some(deck.to_string());
                } else {
                    problems.push(page_problem(page, decks));
                }
            }
            _ => {}
        }
        let route = Route {
            config,
            fragment: Fragment::parse(fragment),
        };
        (route, problems)
    }

    /// The chooser's result link value (`cp1-…`) in the fragment, if any.
    pub fn result(&self) -> Option<&str> {
        self.fragment.result()
    }

    /// The same route with this result link (or none); the host's parts are kept.
    pub fn with_result(self, result: Option<String>) -> Route {
        Route {
            fragment: self.fragment.with_result(result),
            ..self
        }
    }

    /// What the page's fragment should be (without `#`): the host's parts, then
    /// ours; empty when there is nothing.
    pub fn fragment(&self) -> String {
        self.fragment.write()
    }

    /// The fragment of a link to share this result: `result=…` alone, never the
    /// host's parts; `None` without a result.
    pub fn share_fragment(&self) -> Option<String> {
        self.fragment.share()
    }

    /// The link to share this result: the embedder's page (`?shareUrl=`), else `page` (the
    /// widget's own address without its fragment), then `#result=…` alone (never the host's
    /// parts); `None` without a result.
    pub fn share_link(&self, page: &str) -> Option<String> {
        let fragment = self.share_fragment()?;
        let base = self.config.share_url.as_deref().unwrap_or(page);
        Some(format!("{base}#{fragment}"))
    }

    /// The same route after the page's fragment changed to `fragment` (the learner pasted
    /// a link, or went back or forward): the configuration stays as the page opened.
    pub fn with_fragment(self, fragment: &str) -> Route {
        Route {
            fragment: Fragment::parse(fragment),
            ..self
        }
    }

    /// The host's fragment parts, verbatim, in their order.
    pub fn foreign(&self) -> &[String] {
        self.fragment.foreign()
    }
}

/// An entry page naming a deck that is not on offer, with every page there is.
fn page_problem(page: &EntryPage, decks: &[String]) -> ConfigProblem {
    let mut pages = vec![EntryPage::Index, EntryPage::Sort { deck: None }];
    pages.extend(decks.iter().map(|id| EntryPage::Sort {
        deck: Some(id.clone()),
    }));
    pages.push(EntryPage::Chooser);
    ConfigProblem {
        key: "page".to_string(),
        value: page.file_name(),
        allowed: pages.iter().map(EntryPage::file_name).collect(),
        why: None,
    }
}
