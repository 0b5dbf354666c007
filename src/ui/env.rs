//! What every screen needs from its surroundings, shared through a Yew context:
//! the store and the session saved through it, the language, the announcer, the LMS and a seed source;
//! and [`effects`], the one interpreter that hands the core's reactions to them.

pub(crate) mod effects;

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::game::SplitMix64;
use crate::i18n::{Catalog, Lang, MessageId};
use crate::persist::Store;
use crate::session::Session;
use crate::ui::lms::LmsHandle;

/// A store handle that compares by identity, so it can live in props.
#[derive(Clone)]
pub struct StoreHandle(pub Rc<dyn Store>);

impl PartialEq for StoreHandle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The shared environment.
#[derive(Clone, PartialEq)]
pub struct Env {
    pub store: StoreHandle,
    /// The learner's saved records, kept in `store`.
    pub session: SessionHandle,
    pub lang: Lang,
    /// Says a sentence in the polite live region.
    pub announce: Callback<String>,
    /// The LMS reports go to (none outside the package builds).
    pub lms: LmsHandle,
    /// The host page's origin (`?parentOrigin=`), which alone hears the widget's events.
    pub parent_origin: Option<std::rc::Rc<str>>,
    /// `?author=1`: a deck's problems are shown in full (learners see one short line).
    pub author: bool,
    seeds: SeedSource,
}

impl Env {
    pub fn new(
        store: StoreHandle,
        lang: Lang,
        announce: Callback<String>,
        seed: u64,
        lms: LmsHandle,
        parent_origin: Option<std::rc::Rc<str>>,
    ) -> Self {
        Self {
            lms,
            parent_origin,
            author: false,
            session: SessionHandle(Session::new(store.0.clone())),
            store,
            lang,
            announce,
            seeds: SeedSource(Rc::new(RefCell::new(SplitMix64::new(seed)))),
        }
    }

    /// The learner's language table.
    pub fn catalog(&self) -> &'static Catalog {
        self.lang.catalog()
    }

    /// A fixed text of the interface (a message without arguments).
    pub fn t(&self, id: MessageId) -> &'static str {
        self.catalog().text(id)
    }

    /// A fresh seed for a new shuffle (deterministic given the app's seed).
    pub fn next_seed(&self) -> u64 {
        self.seeds.0.borrow_mut().next_u64()
    }
}

/// The session, compared by its store's identity (it is a view of that store).
#[derive(Clone)]
pub struct SessionHandle(pub Session);

impl PartialEq for SessionHandle {
    fn eq(&self, _: &Self) -> bool {
        // Env compares its store already; the session is derived from it.
        true
    }
}

#[derive(Clone)]
struct SeedSource(Rc<RefCell<SplitMix64>>);

impl PartialEq for SeedSource {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The environment of the component calling it (inside [`super::App`]).
#[hook]
pub fn use_env() -> Env {
    use_context::<Env>().expect("Env is provided by App")
}
