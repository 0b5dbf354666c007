//! One visit to the chooser: where its first state comes from, what went wrong with a
//! result link, and whether the learner is looking at someone else's result. (The
//! records saved between visits are [`crate::session`]'s.)
//!
//! | at the start | shown | viewing a link |
//! |---|---|---|
//! | a result link that decodes | the link's result (saved progress is ignored) | yes |
//! | a broken link, saved progress with answers | the saved progress, and the [`LinkProblem`] says those are the learner's own answers | no |
//! | a broken link, nothing saved (or nothing answered) | a fresh start, and the problem says so | no |
//! | no link | the saved progress, else a fresh start | no |
//!
//! A link (or saved progress) from an earlier version of the questionnaire opens on its
//! answers like any other; its result says it comes from that version
//! ([`Chooser::from_earlier_version`]).
//!
//! While viewing a link nothing is saved, so someone else's answers never replace the
//! learner's own; that ends (for the rest of the visit) once an answer differs from the
//! link's. Leaving ends the visit and drops the link from the page's address.

use super::events::ChooserEvent;
use super::link::{read_link, LinkError};
use super::model::ChooserModel;
use super::state::{Chooser, ChooserAction};

/// Where the chooser's first state came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StartFrom {
    /// A result link in the page's address.
    Link,
    /// The learner's saved progress.
    Saved,
    /// Nothing: the first question, unanswered.
    Fresh,
}

/// What is shown instead of a result link that could not be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShownInstead {
    /// The learner's own answers from before.
    OwnAnswers,
    /// The questions, unanswered.
    FreshStart,
}

/// A result link that could not be used, and what is shown instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkProblem {
    pub error: LinkError,
    pub instead: ShownInstead,
}

/// The chooser during one visit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChooserSession {
    chooser: Chooser,
    link_problem: Option<LinkProblem>,
    /// While viewing someone's result link: that link's answers.
    viewing: Option<Vec<Option<usize>>>,
}

impl ChooserSession {
    /// Opens the chooser from a result link (`link`, the fragment's value), else the
    /// learner's `saved` progress, else afresh; reports [`ChooserEvent::Started`].
    pub fn start(
        model: &ChooserModel,
        link: Option<&str>,
        saved: Option<Chooser>,
    ) -> (Self, Vec<ChooserEvent>) {
        let linked = link.map(|value| {
            read_link(model, value).and_then(|linked| {
                Chooser::with_answers_in(model, &linked.answers, linked.version)
                    .ok_or(LinkError::Malformed)
            })
        });
        let (session, from) = match linked {
            Some(Ok(chooser)) => (
                Self {
                    viewing: Some(chooser.answers().to_vec()),
                    chooser,
                    link_problem: None,
                },
                StartFrom::Link,
            ),
            Some(Err(error)) => {
                let own = saved.as_ref().is_some_and(|c| c.answered() > 0);
                let instead = if own {
                    ShownInstead::OwnAnswers
                } else {
                    ShownInstead::FreshStart
                };
                Self::own(model, saved, Some(LinkProblem { error, instead }))
            }
            None => Self::own(model, saved, None),
        };
        (session, vec![ChooserEvent::Started { from }])
    }

    fn own(
        model: &ChooserModel,
        saved: Option<Chooser>,
        link_problem: Option<LinkProblem>,
    ) -> (Self, StartFrom) {
        let from = if saved.is_some() {
            StartFrom::Saved
        } else {
            StartFrom::Fresh
        };
        let session = Self {
            chooser: saved.unwrap_or_else(|| Chooser::new(model)),
            link_problem,
            viewing: None,
        };
        (session, from)
    }

    /// Applies a learner's action; returns what happened (nothing: nothing changed).
    pub fn apply(&mut self, model: &ChooserModel, action: ChooserAction) -> Vec<ChooserEvent> {
        let events = self.chooser.apply(model, action);
        if self
            .viewing
            .as_deref()
            .is_some_and(|link| link != self.chooser.answers())
        {
            self.viewing = None;
        }
        events
    }

    /// The learner leaves the chooser: the visit ends, and with it the link.
    pub fn leave(&mut self) -> Vec<ChooserEvent> {
        self.viewing = None;
        vec![ChooserEvent::Left]
    }

    pub fn chooser(&self) -> &Chooser {
        &self.chooser
    }

    /// Why the result link in the address was not used, if it was not.
    pub fn link_problem(&self) -> Option<&LinkProblem> {
        self.link_problem.as_ref()
    }

    /// Showing someone's result link: the learner's own saved progress must not be
    /// overwritten.
    pub fn viewing_link(&self) -> bool {
        self.viewing.is_some()
    }
}
