//! Yew components: they render state and send actions; the rules live in the
//! pure modules. [`mount`] starts the widget in the page's `#twofold` element, over the
//! first screen the build pre-rendered there if the page kept it (`prerender`, the
//! `prerender` feature: the same components through Yew's server renderer, at build time).

mod announcer;
mod app;
mod author;
mod bars;
mod chooser;
mod content;
mod crash;
mod env;
mod home;
mod keys;
mod language;
mod lms;
mod loading;
mod notices;
#[cfg(feature = "prerender")]
pub mod prerender;
mod route;
mod sort;

pub use app::{App, AppProps};
pub use content::Library;
use content::Load;
pub use crash::{CRASH_ID, ROOT_ID};
pub use env::{Env, StoreHandle};
pub use lms::LmsHandle;
pub use sort::{SortScreen, SortScreenProps};

use std::cell::Cell;
use std::rc::Rc;

use crate::content::Manifest;
use crate::deck::parse_deck;
use crate::i18n::Lang;
use crate::platform;
use crate::route::{EntryPage, Route};
use crate::session::{Screen, Session};

/// The id of an author's deck embedded in the host page as inert JSON.
const HOST_DECK_ID: &str = "twofold-deck";
/// The attribute of a content file an entry page carries inline (its value: the file's address).
const CARRIED_FILE: &str = "data-twofold-file";
/// The page's pre-rendered first screen, the variant its head script kept (the build writes
/// one per language into the root, each marked `data-pre`: `scripts/prerender.mjs`).
const PRERENDERED: &str = ":scope>[data-pre]";
/// The id of the manifest of the built-in content the build writes into every page.
const CONTENT_ID: &str = "twofold-content";

/// Reads the URL once into a [`Route`] (the entry page's name, then its query), looks for an
/// LMS and starts reporting to it (package builds only: it may give the learner's
/// language), chooses the language and loads its table, and renders the app into
/// `#twofold` (or the body when the host page has no such element).
pub fn mount() {
    let content = library();
    let page = EntryPage::from_path(&platform::page_path());
    let (route, problems) = Route::parse_on(
        &page,
        &platform::page_query(),
        &platform::page_fragment(),
        &content.deck_ids(),
    );
    // An LMS (package builds) may name the learner's language: it is looked for first.
    #[cfg(feature = "reporting")]
    lms::start(
        route.config.lms,
        route.config.mastery,
        Box::new(move |found, languages| {
            speak(page, route, problems, content, languages.as_deref(), found)
        }),
    );
    #[cfg(not(feature = "reporting"))]
    speak(page, route, problems, content, None, None);
}

/// The content the page names: its manifest, an author's deck and the files it carries.
/// Read again once another language's table has arrived: the page's script has then pointed
/// the manifest at that language's files.
fn library() -> Library {
    let host_deck = platform::page_json_text(HOST_DECK_ID).map(|text| parse_deck(&text));
    let manifest = platform::page_json_text(CONTENT_ID).and_then(|t| Manifest::parse(&t).ok());
    let carried = platform::page_json_by_attribute(CARRIED_FILE);
    Library::from_files(manifest, host_deck, carried)
}

/// An LMS reported to, and the store the learner's records go to (its suspend data or
/// state document); the plain build looks for none.
#[cfg(feature = "reporting")]
type Found = Option<(LmsHandle, std::rc::Rc<dyn crate::persist::Store>)>;
#[cfg(not(feature = "reporting"))]
type Found = Option<()>;

/// Has the language chosen (`?lang=`, else the LMS's learner preference `lms_languages`,
/// else the browser's, else English: the rule of [`crate::i18n::Lang::negotiate`], applied
/// by the page's script, `js/page.js`, which already fetched the table of its guess without
/// an LMS as the wasm downloaded), loads its table, then renders.
fn speak(
    page: EntryPage,
    mut route: Route,
    problems: Vec<crate::config::ConfigProblem>,
    content: Library,
    lms_languages: Option<&str>,
    found: Found,
) {
    let loaded = move |lang| {
        route.config.lang = lang;
        // In another language, the manifest now names that language's files.
        let content = if lang == Lang::En { content } else { library() };
        start(page, route, problems, content, found);
    };
    language::load(lms_languages.unwrap_or_default(), Box::new(loaded));
}

/// Renders, with the LMS found, if any (package builds), told the language shown.
fn start(
    page: EntryPage,
    route: Route,
    problems: Vec<crate::config::ConfigProblem>,
    content: Library,
    found: Found,
) {
    // With an LMS (package builds), the learner's records live in the LMS, and the activity
    // the LMS launched is the only one on offer.
    #[cfg(feature = "reporting")]
    {
        let activity_page = page != EntryPage::Index;
        let (lms, store, locked) = match found {
            Some((lms, store)) => {
                lms.set_lang(route.config.lang);
                (lms, store, activity_page)
            }
            // Launched by an LMS it cannot report to: still that activity alone, kept in
            // the browser.
            None => (
                LmsHandle::default(),
                platform::browser_store(),
                activity_page && lms::is_unreported(),
            ),
        };
        render(route, problems, content, StoreHandle(store), lms, locked);
    }
    #[cfg(not(feature = "reporting"))]
    {
        let _ = (page, found);
        let store = StoreHandle(platform::browser_store());
        render(route, problems, content, store, LmsHandle::default(), false);
    }
}

/// Renders the app with what start-up found. Over a pre-rendered first screen (the build
/// wrote it into `#twofold`, and the page's head script kept it), the app mounts only once
/// that screen's content has arrived (or failed), so its first render is that very screen,
/// never the loading line in its place: Yew's renderer empties the root and renders in the
/// same task, so the swap paints nothing in between. Without one it mounts at once.
fn render(
    route: Route,
    problems: Vec<crate::config::ConfigProblem>,
    content: Library,
    store: StoreHandle,
    lms: LmsHandle,
    locked: bool,
) {
    // Ask for what the first screen needs before it renders.
    let session = Session::new(store.0.clone());
    let config = &route.config;
    let screen = app::initial_screen(config, route.result().is_some(), &session);
    let root = web_sys::window().and_then(|w| w.document()).and_then(|d| {
        d.get_element_by_id(ROOT_ID)
            .or_else(|| d.body().map(Into::into))
    });
    let waits = root
        .as_ref()
        .is_some_and(|r| platform::holds(r, PRERENDERED));
    let ready = {
        let (content, deck) = (content.clone(), config.deck.clone());
        move || match screen {
            Screen::Sort => !matches!(content.decks(deck.as_deref()), Load::Loading),
            Screen::Chooser => !matches!(content.chooser(), Load::Loading),
            Screen::Home => true,
        }
    };
    let deck = config.deck.clone();
    let props = AppProps {
        route,
        problems,
        store,
        seed: platform::random_seed(),
        content: content.clone(),
        locked,
        lms,
    };
    // The app's props and root until it mounts (once).
    let pending = Rc::new(Cell::new(Some((props, root))));
    let arrived = if waits {
        let (pending, ready) = (pending.clone(), ready.clone());
        yew::Callback::from(move |()| {
            if ready() {
                if let Some((props, root)) = pending.take() {
                    mount_app(props, root, screen);
                }
            }
        })
    } else {
        yew::Callback::noop()
    };
    match screen {
        Screen::Sort => content.request_decks(deck.as_deref(), &arrived),
        Screen::Chooser => content.request_chooser(&arrived),
        Screen::Home => {}
    }
    if !waits || ready() {
        if let Some((props, root)) = pending.take() {
            mount_app(props, root, screen);
        }
    }
}

/// Mounts the app into `root` and tells a host page that named its origin it is ready.
fn mount_app(props: AppProps, root: Option<web_sys::Element>, screen: Screen) {
    // The host page named its origin: tell it the widget is ready.
    let ready = props.route.config.parent_origin.clone().map(|origin| {
        let mut activity = String::from(screen.key());
        if let (Screen::Sort, Some(deck)) = (screen, props.route.config.deck.as_deref()) {
            activity.push(':');
            activity.push_str(deck);
        }
        (origin, activity)
    });
    if let Some(root) = root {
        // The embedder's accent, checked by the configuration: the tokens read it from here.
        if let Some(accent) = &props.route.config.accent {
            platform::set_properties(&root, &accent.properties());
        }
        yew::Renderer::<App>::with_root_and_props(root, props).render();
    }
    if let Some((origin, activity)) = ready {
        platform::frame::post_to_parent(&crate::host::HostEvent::Ready.json(&activity), &origin);
    }
}
