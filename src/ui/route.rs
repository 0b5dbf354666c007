//! The page's route while the widget runs: read once at mount, and the one
//! place the fragment is written from, so the host's parts (a WordPress
//! `#?secret=`) survive every write and stay out of shared links.

use std::cell::RefCell;
use std::rc::Rc;

use crate::platform;
use crate::route::{Fragment, Route};

/// The current route, shared by the screens; compares by identity, so it can
/// live in props without re-rendering anything when the fragment changes.
#[derive(Clone)]
pub(crate) struct RouteHandle(Rc<RefCell<Route>>);

impl PartialEq for RouteHandle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl RouteHandle {
    pub(crate) fn new(route: Route) -> Self {
        Self(Rc::new(RefCell::new(route)))
    }

    /// The chooser's result link value in the page's fragment, if any.
    pub(crate) fn result(&self) -> Option<String> {
        self.0.borrow().result().map(str::to_string)
    }

    /// Shows this result link in the page's fragment (or none), keeping the host's parts;
    /// not while the page holds a result link this route has not followed yet (embed.js
    /// gave a framed chooser the host page's `#result=…` as it started, its `hashchange`
    /// still to come or come before the app listened): the route's older fragment would
    /// erase it before it is heard. The app follows it, and the chooser writes it then.
    pub(crate) fn set_result(&self, result: Option<String>) {
        let page = platform::page_fragment();
        let unheard = Fragment::parse(&page).result().map(str::to_string);
        if unheard.is_some() && unheard != self.result() {
            return;
        }
        let mut route = self.0.borrow_mut();
        *route = std::mem::take(&mut *route).with_result(result);
        platform::set_page_fragment(&route.fragment());
    }

    /// Takes the page's new fragment (the learner pasted a link, or went back or forward).
    pub(crate) fn follow(&self, fragment: &str) {
        let mut route = self.0.borrow_mut();
        *route = std::mem::take(&mut *route).with_fragment(fragment);
    }

    /// The link to share this result: the embedder's page (`?shareUrl=`) or this one, with
    /// the result and no host parts.
    pub(crate) fn share_link(&self, result: String) -> String {
        let route = self.0.borrow().clone().with_result(Some(result));
        route.share_link(&platform::page_base()).unwrap_or_default()
    }
}
