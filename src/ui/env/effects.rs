//! The one interpreter of reactions: hands each [`Reaction`] the core computed
//! ([`crate::react`]) to the session, the announcer, focus, the route, the LMS and the host page. Screens
//! compute reactions from their events and call [`Effects::run`]; nothing else here
//! decides anything.

use yew::prelude::*;

use super::Env;
use crate::chooser::{Chooser, ChooserModel};
use crate::deck::Deck;
use crate::game::Game;
use crate::host;
use crate::platform;
use crate::react::{Focus, Happened, Reaction, SavedRecord};
use crate::ui::route::RouteHandle;
use crate::ui::sort::placed_item_id;

/// The state a [`Reaction::Save`] writes.
pub(crate) enum Saving<'a> {
    Game(&'a Deck, &'a Game),
    Chooser(&'a ChooserModel, &'a Chooser),
}

/// The elements the named focus targets are on the interpreting screen (unset
/// ones are skipped).
#[derive(Clone, Default, PartialEq)]
pub(crate) struct FocusTargets {
    pub card: NodeRef,
    pub next: NodeRef,
    pub heading: NodeRef,
    /// The screen's top, brought into view with a new card (so its title shows with it).
    pub top: NodeRef,
}

/// What one screen's reactions act on.
pub(crate) struct Effects<'a> {
    pub env: &'a Env,
    pub saving: Saving<'a>,
    pub focus: &'a FocusTargets,
    /// The page's route, for the chooser's result link.
    pub route: Option<&'a RouteHandle>,
}

impl Effects<'_> {
    /// Carries out `reactions`, in order.
    pub(crate) fn run(&self, reactions: &[Reaction<'_>]) {
        for reaction in reactions {
            match reaction {
                Reaction::Save(record) => self.save(record),
                Reaction::RememberDeck(id) => self.env.session.0.set_last_deck(id),
                Reaction::Announce(message) => {
                    self.env.announce.emit(self.env.catalog().format(message))
                }
                Reaction::Focus(target) => self.focus.move_to(target),
                Reaction::ShowResultLink(link) => {
                    if let Some(route) = self.route {
                        route.set_result(link.clone());
                    }
                }
                Reaction::ReportToLms(happened) => self.report(happened),
                Reaction::NotifyHost(happened) => self.notify_host(happened),
            }
        }
    }

    /// Hands the events to the LMS with the state they left (after the save before them).
    fn report(&self, happened: &Happened<'_>) {
        match (happened, &self.saving) {
            (Happened::Game(events), Saving::Game(deck, game)) => {
                self.env.lms.game(events, deck, game)
            }
            (Happened::Chooser(events), Saving::Chooser(model, chooser)) => {
                self.env.lms.chooser(events, model, chooser)
            }
            _ => {}
        }
    }

    /// Posts the host events for these events to the parent, when the host named its origin.
    fn notify_host(&self, happened: &Happened<'_>) {
        let Some(origin) = self.env.parent_origin.as_deref() else {
            return;
        };
        let (activity, events) = match (happened, &self.saving) {
            (Happened::Game(events), Saving::Game(deck, game)) => (
                ["sort:", deck.id.as_str()].concat(),
                host::game_events(events, game),
            ),
            (Happened::Chooser(events), Saving::Chooser(model, chooser)) => (
                "chooser".to_string(),
                host::chooser_events(events, model, chooser),
            ),
            _ => return,
        };
        for event in events {
            platform::frame::post_to_parent(&event.json(&activity), origin);
        }
    }

    fn save(&self, record: &SavedRecord<'_>) {
        let session = &self.env.session.0;
        match (record, &self.saving) {
            (SavedRecord::Game { deck: id }, Saving::Game(deck, game))
                if *id == deck.id.as_str() =>
            {
                session.save_game(deck, game);
            }
            (SavedRecord::Chooser, Saving::Chooser(model, chooser)) => {
                session.save_chooser(model, chooser);
            }
            _ => {}
        }
    }
}

impl FocusTargets {
    /// Moves keyboard focus to the named target.
    pub(crate) fn move_to(&self, target: &Focus<'_>) {
        let node = match target {
            Focus::Card => {
                if let Some(top) = self.top.cast::<web_sys::Element>() {
                    platform::show_top(&top);
                }
                &self.card
            }
            Focus::NextButton => &self.next,
            Focus::Heading => &self.heading,
            Focus::PlacedCard { card_id } => {
                platform::focus_element(&placed_item_id(card_id));
                return;
            }
        };
        if let Some(element) = node.cast::<web_sys::HtmlElement>() {
            platform::focus(&element);
        }
    }
}
