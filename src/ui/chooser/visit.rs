//! The chooser screen's Yew reducer: wraps the core's [`ChooserSession`] with the
//! events of the last change (or of opening), so the screen's one effect can react.

use std::rc::Rc;

use yew::prelude::*;

use crate::chooser::{Chooser, ChooserAction, ChooserEvent, ChooserModel, ChooserSession};

/// The chooser on screen and what the last change reported.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Visit {
    pub model: Rc<ChooserModel>,
    pub session: ChooserSession,
    pub events: Rc<Vec<ChooserEvent>>,
    /// Bumped on every change that reported events.
    pub revision: u32,
}

impl Visit {
    /// Opens the chooser from the route's result link, else the saved progress.
    pub fn start(model: Rc<ChooserModel>, link: Option<&str>, saved: Option<Chooser>) -> Self {
        let (session, events) = ChooserSession::start(&model, link, saved);
        Self {
            model,
            session,
            events: Rc::new(events),
            revision: 0,
        }
    }
}

impl Reducible for Visit {
    type Action = ChooserAction;

    fn reduce(self: Rc<Self>, action: ChooserAction) -> Rc<Self> {
        let mut session = self.session.clone();
        let events = session.apply(&self.model, action);
        if events.is_empty() {
            return self;
        }
        Rc::new(Visit {
            model: self.model.clone(),
            session,
            events: Rc::new(events),
            revision: self.revision.wrapping_add(1),
        })
    }
}
