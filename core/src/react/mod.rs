//! What the widget does about what happened: a pure function from an activity's
//! events (and the state they left) to [`Reaction`]s, as data. The UI hands each
//! reaction to the browser in one place (`src/ui/env/effects.rs`); the rules are here,
//! tested natively (`core/tests/reactions.rs`, one test per row).
//!
//! # The sorting game ([`game_reactions`])
//!
//! | after these events | reactions |
//! |---|---|
//! | none | nothing |
//! | any | [`Reaction::Save`] the deck's game record |
//! | [`Started`](GameEvent::Started) or [`Resumed`](GameEvent::Resumed) | [`Reaction::RememberDeck`]: the deck last played |
//! | any that [`narrate`] has words for | [`Reaction::Announce`] that message (for `Resumed`, the "welcome back" notice) |
//! | [`CardMoved`](GameEvent::CardMoved) | focus the moved card, in its new pile ([`Focus::PlacedCard`]) |
//! | [`Resumed`](GameEvent::Resumed) | no focus (the learner may be elsewhere on the host page) |
//! | any other, while sorting | focus the card on the table ([`Focus::Card`]) |
//! | any other, on feedback | focus the Next button ([`Focus::NextButton`]) |
//! | any other, on review or results | focus that step's heading ([`Focus::Heading`]) |
//! | any | [`Reaction::ReportToLms`] and [`Reaction::NotifyHost`], carrying the events |
//!
//! # The chooser ([`chooser_reactions`])
//!
//! | after these events | reactions |
//! |---|---|
//! | none | nothing |
//! | [`Left`](ChooserEvent::Left) | [`Reaction::ShowResultLink`] `None` (nothing saved) |
//! | any other, not viewing someone's link | [`Reaction::Save`] the chooser record |
//! | any other, viewing someone's link | no save |
//! | any other, on the result | [`Reaction::ShowResultLink`] with this result's link, and [`Reaction::Announce`] the result |
//! | any other, on a question | [`Reaction::ShowResultLink`] `None` |
//! | [`QuestionShown`](ChooserEvent::QuestionShown), [`Completed`](ChooserEvent::Completed) or [`Restarted`](ChooserEvent::Restarted) | focus the new step's heading ([`Focus::Heading`]); never on [`Started`](ChooserEvent::Started) or a new answer |
//! | any | [`Reaction::ReportToLms`] and [`Reaction::NotifyHost`], carrying the events |
//!
//! [`narrate`]: crate::narrate::narrate

mod chooser;
mod game;

pub use chooser::chooser_reactions;
pub use game::{game_reactions, next_action};

use crate::chooser::ChooserEvent;
use crate::game::GameEvent;
use crate::i18n::Message;

/// Something the widget must do outside its state, in the order given. It borrows the
/// events and state it was computed from: reactions are carried out at once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reaction<'a> {
    /// Save this record of the learner's session.
    Save(SavedRecord<'a>),
    /// Remember this deck (by id) as the one last played.
    RememberDeck(&'a str),
    /// Say this message (worded by the learner's catalog) in the polite live region.
    Announce(Message),
    /// Move keyboard focus here.
    Focus(Focus<'a>),
    /// Write the chooser's result link into the page's address (or remove it).
    ShowResultLink(Option<String>),
    /// Report to the learning management system, when there is one.
    ReportToLms(Happened<'a>),
    /// Tell the host page, when it listens.
    NotifyHost(Happened<'a>),
}

/// Which record of [`crate::session::Session`] to save.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SavedRecord<'a> {
    /// The game on this deck (by id).
    Game { deck: &'a str },
    /// The chooser's answers and step.
    Chooser,
}

/// Where keyboard focus goes, named; the UI knows the elements.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Focus<'a> {
    /// The card on the table.
    Card,
    /// The feedback's Next button.
    NextButton,
    /// The heading of what is shown now (review, results, a question, the chooser's result).
    Heading,
    /// A placed card in its pile, by card id (at-end mode, after a move).
    PlacedCard { card_id: &'a str },
}

/// The events a report carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Happened<'a> {
    Game(&'a [GameEvent]),
    Chooser(&'a [ChooserEvent]),
}
