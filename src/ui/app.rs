//! The top-level component: picks the screen (from the route's configuration,
//! a result link, or where the learner was), applies theme and language, and
//! provides the shared [`Env`].

use yew::prelude::*;

use super::announcer::{announcer, Announcement};
use super::chooser::ChooserLoader;
use super::content::Library;
use super::env::{Env, StoreHandle};
use super::home::home;
use super::lms::{lms_bar, LmsHandle};
use super::notices::config_notice;
use super::route::RouteHandle;
use super::sort::SortLoader;
use crate::config::{Config, ConfigProblem};
use crate::i18n::{Lang, MessageId};
use crate::route::Route;
use crate::session::{Screen, Session};

/// The open screen's heading, where focus goes when the learner changes screen.
pub(crate) const SCREEN_HEADING: &str = "main.screen h1";

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The page's URL, read once at mount (tests pass one made from a `Config`).
    pub route: Route,
    #[prop_or_default]
    pub problems: Vec<ConfigProblem>,
    pub store: StoreHandle,
    /// Seeds every shuffle; the page passes a random one, tests a fixed one.
    pub seed: u64,
    /// The decks and the questionnaire, fetched when a screen needs them (or ready, in tests).
    pub content: Library,
    /// Locked to the entry page's activity (an LMS launched it): no home screen, no other
    /// activity.
    #[prop_or_default]
    pub locked: bool,
    /// The LMS the widget reports to (package builds; none otherwise).
    #[prop_or_default]
    pub lms: LmsHandle,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    // The announcer's dispatcher is stable, so the shared Env (and every
    // screen reading it) does not change when a sentence is announced.
    let message = use_reducer(Announcement::default);
    let config = &props.route.config;
    let env = {
        let announce = message.dispatcher();
        let lang = config.lang;
        let seed = props.seed;
        let origin: Option<std::rc::Rc<str>> = config.parent_origin.as_deref().map(Into::into);
        let author = config.author;
        use_memo((props.store.clone(), props.lms), move |(store, lms)| {
            let announce = Callback::from(move |text: String| announce.dispatch(text));
            let mut env = Env::new(store.clone(), lang, announce, seed, *lms, origin);
            env.author = author;
            env
        })
    };
    let env = (*env).clone();

    // The fragment as the widget last wrote it; every write goes through it.
    let route = use_memo(props.route.clone(), |route| RouteHandle::new(route.clone()));
    let screen = use_state(|| initial_screen(config, route.result().is_some(), &env.session.0));
    {
        let session = env.session.0.clone();
        let first = use_mut_ref(|| true);
        use_effect_with(*screen, move |screen| {
            session.set_screen(*screen);
            // Not on page load (an embedded widget must not grab focus from the host page).
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                crate::platform::focus_first(SCREEN_HEADING);
            }
        });
    }
    // Stable callbacks (made once), so an announcement re-rendering the App
    // does not re-render the open screen through changed props.
    // Whether the learner has changed screen (so a screen whose content arrives later
    // moves focus to its heading then; never on page load).
    let learner_moved = use_mut_ref(|| false);
    let go = {
        let setter = screen.setter();
        let moved = learner_moved.clone();
        use_memo((), move |_| {
            let to = |target: Screen| {
                let (setter, moved) = (setter.clone(), moved.clone());
                Callback::from(move |_: ()| {
                    *moved.borrow_mut() = true;
                    setter.set(target)
                })
            };
            (to(Screen::Home), to(Screen::Sort), to(Screen::Chooser))
        })
    };
    let (to_home, to_sort, to_chooser) = (*go).clone();
    // A result link the learner goes to in this tab (pasted, back or forward) opens that
    // result in place: the route takes the new fragment and the chooser starts over from it.
    let followed = use_reducer(Followed::default);
    {
        let (route, setter, followed) = ((*route).clone(), screen.setter(), followed.dispatcher());
        use_effect_with((), move |_| {
            let read = route.result();
            let changed = std::rc::Rc::new(move |fragment: String| {
                let before = route.result();
                route.follow(&fragment);
                let now = route.result();
                if now.is_some() {
                    setter.set(Screen::Chooser);
                }
                // A new link, or the link gone (back to before it): the chooser starts
                // over from the route, so the screen and the address agree.
                if now != before {
                    followed.dispatch(());
                }
            });
            let listener = {
                let changed = changed.clone();
                crate::platform::on_fragment_change(move |fragment| changed(fragment))
            };
            // A result link given to the frame after the page read its address and before this
            // listener existed (embed.js passing a host page's #result=… to a frame that was
            // already loading) is taken now.
            let fragment = crate::platform::page_fragment();
            if crate::route::Fragment::parse(&fragment).result() != read.as_deref() {
                changed(fragment);
            }
            move || drop(listener)
        });
    }
    let catalog = env.catalog();
    // The LMS bar shows what the link says now: the app renders again whenever that may
    // have changed (package builds).
    #[cfg(feature = "reporting")]
    {
        let update = use_force_update();
        props
            .lms
            .watch(Callback::from(move |_| update.force_update()));
    }
    // An activity an LMS launched is locked to itself: no way home, so no other activity.
    let way_home = (!props.locked).then_some(to_home);
    let body = match *screen {
        Screen::Home => home(
            catalog,
            props.content.sizes(),
            to_sort.reform(|_| ()),
            to_chooser.reform(|_| ()),
        ),
        Screen::Sort => html! {
            <SortLoader library={props.content.clone()} deck={config.deck.clone()}
                focus_on_ready={*learner_moved.borrow()}
                feedback={config.feedback} on_home={way_home.clone()} />
        },
        Screen::Chooser => html! {
            <ChooserLoader key={followed.0} library={props.content.clone()} route={(*route).clone()}
                focus_on_ready={*learner_moved.borrow()} on_home={way_home} />
        },
    };

    html! {
        <ContextProvider<Env> context={env.clone()}>
            // `data-screen`: the open screen, for the page's frame-fitting script (js/page.js).
            // `data-title`: in a language other than English, the page's title, which the
            // page's script completes with the screen's heading (the build wrote English's).
            <div class="twofold" data-screen={screen.key()} data-theme={config.theme.attr()}
                lang={config.lang.code()} dir={config.lang.dir()}
                data-title={(config.lang != Lang::En).then(|| catalog.text(MessageId::PageTitle))}>
                <header class="masthead">
                    <p class="masthead__title">{ catalog.text(MessageId::AppTitle) }</p>
                </header>
                { config_notice(catalog, &props.problems) }
                <main class="screen" data-testid={format!("screen-{}", screen.key())}>
                    { body }
                </main>
                { lms_bar(&props.lms, catalog) }
                { announcer(&message.text, message.serial) }
            </div>
        </ContextProvider<Env>>
    }
}

/// How many result links the learner has followed in this tab (keys the chooser, so it
/// starts over from each).
#[derive(Default, PartialEq)]
struct Followed(u32);

impl Reducible for Followed {
    type Action = ();

    fn reduce(self: std::rc::Rc<Self>, _: ()) -> std::rc::Rc<Self> {
        std::rc::Rc::new(Followed(self.0.wrapping_add(1)))
    }
}

/// The screen to open: the configured one, a chooser result link, or the last one used.
pub(crate) fn initial_screen(config: &Config, has_result_link: bool, session: &Session) -> Screen {
    match config.mode {
        Some(screen) => screen,
        None if has_result_link => Screen::Chooser,
        None => session.index().screen.unwrap_or_default(),
    }
}
