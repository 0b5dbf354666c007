//! The build's pre-render (the `prerender` feature, on the host only; never in the wasm):
//! an entry page's first screen in one language, rendered to HTML by Yew's server renderer
//! from the very [`App`] the wasm mounts, with what the wasm has when it mounts over it: the
//! page's name, the language's published table, the manifest at its head and the content
//! files it names (read from the build's `dist/`), a fresh learner (no saved record, storage
//! that keeps them) and no query. So the markup is the app's first render by construction;
//! `scripts/prerender.mjs` writes it into the page, and the page shows it only where nothing
//! overrides that fresh start (`js/prerender-head.js`).

use std::future::Future;
use std::pin::pin;
use std::rc::Rc;
use std::task::{Context, Poll, RawWaker, RawWakerVTable, Waker};

use super::{App, AppProps, Library, LmsHandle, StoreHandle};
use crate::content::Manifest;
use crate::i18n::{Catalog, Lang};
use crate::persist::{MemoryStore, Store};
use crate::route::{EntryPage, Route};

/// A first visit's storage: nothing saved yet, and what is saved survives (so no notice
/// that progress will be lost, as in a page with `localStorage`).
#[derive(Default)]
struct Fresh(MemoryStore);

impl Store for Fresh {
    fn load(&self, key: &str) -> Option<String> {
        self.0.load(key)
    }
    fn save(&self, key: &str, value: &str) -> bool {
        self.0.save(key, value)
    }
    fn remove(&self, key: &str) {
        self.0.remove(key)
    }
    fn is_durable(&self) -> bool {
        true
    }
}

/// A language's published table (`content/<code>/i18n.<hash>.txt`, as `js/page.js` fetches
/// it for the wasm) as its head, the manifest in that language (its decks and questionnaire,
/// English's where not translated, which the page's script puts in the page), and its texts,
/// separated by U+001D. `None` when the separator is missing.
pub fn split_table(table: &str) -> Option<(&str, &str)> {
    table.split_once('\u{1d}')
}

/// Installs `lang`'s texts (a published table less its head), read as the wasm reads them
/// (`Catalog::from_records`); English is compiled in. One language per process: a page
/// installs one table, once (`Lang::install`), so the pre-renderer runs once per language.
pub fn install(lang: Lang, texts: String) {
    lang.install(Catalog::from_records(texts.leak(), lang.plural_rule()));
}

/// The hrefs of the content files a page may open with: every deck and the questionnaire
/// the manifest names (a language's own manifest names its translations).
pub fn content_files(manifest: &Manifest) -> Vec<String> {
    let mut files: Vec<String> = manifest.decks.iter().map(|d| d.href.clone()).collect();
    files.push(manifest.chooser.clone());
    files
}

/// The markup of `page`'s (`index.html`, `sort.html`, `sort-<deck id>.html`, `chooser.html`)
/// first screen in `lang`, given the manifest in that language and the content files by href.
pub fn first_screen(
    page: &str,
    lang: Lang,
    manifest: Manifest,
    files: Vec<(String, String)>,
) -> String {
    let content = Library::from_files(Some(manifest), None, files);
    let page = EntryPage::from_path(page);
    let (mut route, problems) = Route::parse_on(&page, "", "", &content.deck_ids());
    route.config.lang = lang;
    let props = AppProps {
        route,
        problems,
        store: StoreHandle(Rc::new(Fresh::default())),
        seed: 0,
        content,
        locked: false,
        lms: LmsHandle::default(),
    };
    let render = yew::LocalServerRenderer::<App>::with_props(props)
        .hydratable(false)
        .render();
    block_on(render)
}

/// Runs a future that never waits on anything outside it (nothing in a first screen suspends).
fn block_on<T>(future: impl Future<Output = T>) -> T {
    // A waker that does nothing (`Waker::noop` is newer than the crate's rust-version).
    const VTABLE: RawWakerVTable = RawWakerVTable::new(|_| RAW, |_| {}, |_| {}, |_| {});
    const RAW: RawWaker = RawWaker::new(std::ptr::null(), &VTABLE);
    // SAFETY: every function of the vtable ignores the (null) data pointer.
    let waker = unsafe { Waker::from_raw(RAW) };
    let mut future = pin!(future);
    let mut context = Context::from_waker(&waker);
    // The server renderer hands its output over through a channel: a few polls.
    for _ in 0..10_000 {
        if let Poll::Ready(value) = future.as_mut().poll(&mut context) {
            return value;
        }
    }
    panic!("the first screen never finished rendering (a component suspended)");
}
