//! Yew components: they render state and send actions; the rules live in the
//! pure modules. [`mount`] starts the widget in the page's `#twofold` element.

mod announcer;
mod app;
mod bars;
mod chooser;
mod crash;
mod env;
mod home;
mod keys;
mod notices;
mod route;
mod sort;

pub use app::{App, AppProps};
pub use crash::{show_crash_screen, CRASH_ID, ROOT_ID};
pub use env::{Env, StoreHandle};
pub use sort::{SortScreen, SortScreenProps};

use crate::deck::{available_decks, DeckError};
use crate::platform;
use crate::route::{EntryPage, Route};

/// The id of an author's deck embedded in the host page as inert JSON.
const HOST_DECK_ID: &str = "twofold-deck";

/// Reads the URL once into a [`Route`] (the entry page's name, then its query) and renders
/// the app into `#twofold` (or the body when the host page has no such element).
pub fn mount() {
    let decks = available_decks(platform::page_json_text(HOST_DECK_ID).as_deref());
    let ids: Vec<String> = decks
        .iter()
        .filter_map(|d| match d {
            Ok(deck) => Some(deck.id.clone()),
            Err(DeckError::Invalid { deck_id, .. }) => Some(deck_id.clone()),
            Err(DeckError::Syntax { .. }) => None,
        })
        .collect();
    let page = EntryPage::from_path(&platform::page_path());
    let (route, problems) = Route::parse_on(
        &page,
        &platform::page_query(),
        &platform::page_fragment(),
        &ids,
    );
    let props = AppProps {
        route,
        problems,
        store: StoreHandle(platform::browser_store()),
        seed: platform::random_seed(),
        decks: std::rc::Rc::new(decks),
    };
    let root = web_sys::window().and_then(|w| w.document()).and_then(|d| {
        d.get_element_by_id(ROOT_ID)
            .or_else(|| d.body().map(Into::into))
    });
    if let Some(root) = root {
        yew::Renderer::<App>::with_root_and_props(root, props).render();
        platform::follow_result_links();
    }
}
