//! The build's pre-render (the `prerender` feature, on the host only; never in the wasm):
//! an entry page's first screen in one language, rendered to HTML by Yew's server renderer
//! from the very [`App`] the wasm mounts, with what the wasm has when it mounts over it: the
//! page's name, the language's published table and content files (read from the build's
//! `dist/`), a fresh learner (no saved record, storage that keeps them) and no query. So the
//! markup is the app's first render by construction; `scripts/prerender.mjs` writes it into
//! the page, and the page shows it only where nothing overrides that fresh start
//! (`js/prerender-head.js`).

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

/// Installs `lang`'s published table (`content/<code>/i18n.<hash>.json`, as the wasm reads
/// it); English is compiled in. Once per language for the process.
pub fn install(lang: Lang, table: &str) -> Result<(), String> {
    let catalog = Catalog::from_list(table, lang.plural_rule())
        .map_err(|e| format!("the {} table cannot be read: {e:?}", lang.code()))?;
    lang.install(catalog);
    Ok(())
}

/// The hrefs of the content files a page in `lang` may open with (every deck and the
/// questionnaire, in that language's translation where the manifest has one).
pub fn content_files(manifest: &Manifest, lang: Lang) -> Vec<String> {
    let mut files: Vec<String> = manifest
        .deck_ids()
        .filter_map(|id| manifest.deck_href_in(id, lang).map(str::to_string))
        .collect();
    files.push(manifest.chooser_in(lang).to_string());
    files
}

/// The markup of `page`'s (`index.html`, `sort.html`, `sort-<deck id>.html`, `chooser.html`)
/// first screen in `lang`, given the page's manifest and the content files by href.
pub fn first_screen(
    page: &str,
    lang: Lang,
    manifest: Manifest,
    files: Vec<(String, String)>,
) -> String {
    let content = Library::from_files(Some(manifest), None, files);
    content.set_lang(lang);
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
