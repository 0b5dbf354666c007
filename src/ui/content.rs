//! The content the screens need, fetched once each and shared: the built-in decks and the
//! questionnaire named by the page's manifest (see `twofold_core::content`; in a language
//! other than English, the page's script has pointed it at that language's files), plus an
//! author's deck from the page,
//! offered first. Each is loading, ready, or failed (and a failed file is fetched again on
//! "try again"). Tests hand in content that is ready.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::chooser::{parse_model, ChooserModel, ModelError};
use crate::content::Manifest;
use crate::deck::{check_page_deck, parse_deck, Deck, DeckError};
use crate::platform::{self, FetchError};

/// Where a piece of content is.
#[derive(Debug, Clone, PartialEq)]
pub enum Load<T> {
    Loading,
    Ready(T),
    /// A file could not be fetched (the screen offers "try again").
    Failed,
}

/// Decks on offer: the author's (if any) first, then the built-in ones asked for.
pub type Decks = Rc<Vec<Result<Deck, DeckError>>>;
/// The questionnaire, or why it was refused.
pub type Questionnaire = Result<Rc<ChooserModel>, ModelError>;

/// The shared content, compared by identity.
#[derive(Clone)]
pub struct Library(Rc<Inner>);

impl PartialEq for Library {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

struct Inner {
    host_deck: Option<Result<Deck, DeckError>>,
    source: Source,
}

enum Source {
    /// Everything already at hand (tests, and pages that embed their content).
    Ready {
        decks: Decks,
        chooser: Questionnaire,
    },
    /// Fetched from the files the manifest names; `None` when the page has no manifest.
    Files {
        manifest: Option<Manifest>,
        files: RefCell<Files>,
    },
}

/// Each requested file by its address (a handful: a plain list beats a hash map's code).
#[derive(Default)]
struct Files(Vec<(String, Slot)>);

impl Files {
    fn get(&self, href: &str) -> Option<&Slot> {
        self.0.iter().find(|(h, _)| h == href).map(|f| &f.1)
    }

    fn get_mut(&mut self, href: &str) -> Option<&mut Slot> {
        self.0.iter_mut().find(|(h, _)| h == href).map(|f| &mut f.1)
    }

    /// Sets the file's slot, returning what it held.
    fn insert(&mut self, href: String, slot: Slot) -> Option<Slot> {
        match self.get_mut(&href) {
            Some(old) => Some(std::mem::replace(old, slot)),
            None => {
                self.0.push((href, slot));
                None
            }
        }
    }
}

enum Slot {
    Pending(Vec<Callback<()>>),
    Done(Result<Rc<str>, FetchError>),
}

impl Library {
    /// Content that is ready: every deck on offer and the questionnaire.
    pub fn ready(decks: Vec<Result<Deck, DeckError>>, chooser: Questionnaire) -> Self {
        Self(Rc::new(Inner {
            host_deck: None,
            source: Source::Ready {
                decks: Rc::new(decks),
                chooser,
            },
        }))
    }

    /// Content fetched from the manifest's files, after the page's own deck if it has one.
    /// `carried` are files the page already holds (an activity's entry page carries the
    /// content it opens with): (address, text), taken as fetched.
    pub fn from_files(
        manifest: Option<Manifest>,
        host_deck: Option<Result<Deck, DeckError>>,
        carried: Vec<(String, String)>,
    ) -> Self {
        // An author's deck may not take a built-in deck's id (their saves would mix), and
        // one cut short by a raw `</script>` says so.
        let built_in: Vec<&str> = manifest.iter().flat_map(Manifest::deck_ids).collect();
        let host_deck = host_deck.map(|d| check_page_deck(d, &built_in));
        let files = carried
            .into_iter()
            .map(|(href, text)| (href, Slot::Done(Ok(Rc::from(text)))))
            .collect();
        Self(Rc::new(Inner {
            host_deck,
            source: Source::Files {
                manifest,
                files: RefCell::new(Files(files)),
            },
        }))
    }

    /// The ids of every deck on offer (settings such as `?deck=` are checked against them).
    pub fn deck_ids(&self) -> Vec<String> {
        let host = self
            .0
            .host_deck
            .iter()
            .filter_map(|d| DeckError::id_of(d).map(str::to_string));
        let built_in: Vec<String> = match &self.0.source {
            Source::Ready { decks, .. } => decks
                .iter()
                .filter_map(|d| d.as_ref().ok().map(|d| d.id.clone()))
                .collect(),
            Source::Files { manifest, .. } => manifest
                .iter()
                .flat_map(|m| m.deck_ids().map(str::to_string))
                .collect(),
        };
        host.chain(built_in).collect()
    }

    /// The sizes the home screen's durations come from, known before anything is fetched:
    /// the cards of every deck on offer (the author's, if it could be read, and the
    /// manifest's) and the questionnaire's questions (0 where unknown).
    pub fn sizes(&self) -> (Vec<u32>, u32) {
        let host = self
            .0
            .host_deck
            .iter()
            .flatten()
            .map(|d| d.cards.len() as u32);
        let (built_in, questions): (Vec<u32>, u32) = match &self.0.source {
            Source::Ready { decks, chooser } => (
                decks
                    .iter()
                    .flatten()
                    .map(|d| d.cards.len() as u32)
                    .collect(),
                chooser.as_ref().map_or(0, |m| m.questions.len() as u32),
            ),
            Source::Files { manifest, .. } => manifest.as_ref().map_or((Vec::new(), 0), |m| {
                (m.decks.iter().map(|d| d.cards).collect(), m.questions)
            }),
        };
        (host.chain(built_in).collect(), questions)
    }

    /// Starts fetching the decks a sorting screen needs (`only`: the one the host fixed),
    /// calling `changed` whenever one arrives.
    pub fn request_decks(&self, only: Option<&str>, changed: &Callback<()>) {
        for href in self.deck_files(only) {
            self.request(&href, changed);
        }
    }

    /// Starts fetching the questionnaire, calling `changed` when it arrives.
    pub fn request_chooser(&self, changed: &Callback<()>) {
        if let Some(href) = self.chooser_file() {
            self.request(&href, changed);
        }
    }

    /// The decks a sorting screen needs, once every one has arrived.
    pub fn decks(&self, only: Option<&str>) -> Load<Decks> {
        let files = match &self.0.source {
            Source::Ready { decks, .. } => return Load::Ready(decks.clone()),
            // A page without the manifest still offers the author's deck, if it has one.
            Source::Files { manifest: None, .. } if self.0.host_deck.is_none() => {
                return Load::Failed
            }
            Source::Files { files, .. } => files,
        };
        let host = self
            .0
            .host_deck
            .iter()
            .filter(|d| only.is_none_or(|id| DeckError::id_of(d) == Some(id)))
            .cloned();
        let mut built_in = Vec::new();
        for href in self.deck_files(only) {
            match files.borrow().get(&href) {
                Some(Slot::Done(Ok(text))) => built_in.push(parse_deck(text)),
                Some(Slot::Done(Err(_))) => return Load::Failed,
                _ => return Load::Loading,
            }
        }
        Load::Ready(Rc::new(host.chain(built_in).collect()))
    }

    /// The questionnaire, once it has arrived.
    pub fn chooser(&self) -> Load<Questionnaire> {
        let (files, href) = match &self.0.source {
            Source::Ready { chooser, .. } => return Load::Ready(chooser.clone()),
            Source::Files {
                manifest: Some(m),
                files,
            } => (files, m.chooser.as_str()),
            Source::Files { manifest: None, .. } => return Load::Failed,
        };
        match files.borrow().get(href) {
            Some(Slot::Done(Ok(text))) => Load::Ready(parse_model(text).map(Rc::new)),
            Some(Slot::Done(Err(_))) => Load::Failed,
            _ => Load::Loading,
        }
    }

    /// Forgets every failed fetch, so the next request tries again.
    pub fn forget_failures(&self) {
        if let Source::Files { files, .. } = &self.0.source {
            files
                .borrow_mut()
                .0
                .retain(|(_, slot)| !matches!(slot, Slot::Done(Err(_))));
        }
    }

    fn deck_files(&self, only: Option<&str>) -> Vec<String> {
        let Source::Files {
            manifest: Some(m), ..
        } = &self.0.source
        else {
            return Vec::new();
        };
        m.decks
            .iter()
            .filter(|d| only.is_none_or(|only| only == d.id))
            .map(|d| d.href.clone())
            .collect()
    }

    fn chooser_file(&self) -> Option<String> {
        match &self.0.source {
            Source::Files {
                manifest: Some(m), ..
            } => Some(m.chooser.clone()),
            _ => None,
        }
    }

    fn request(&self, href: &str, changed: &Callback<()>) {
        let Source::Files { files, .. } = &self.0.source else {
            return;
        };
        let arrived = match files.borrow_mut().get_mut(href) {
            Some(Slot::Pending(waiting)) => {
                waiting.push(changed.clone());
                return;
            }
            Some(Slot::Done(_)) => true,
            None => false,
        };
        if arrived {
            // It may have arrived after the caller last looked: tell it.
            changed.emit(());
            return;
        }
        files
            .borrow_mut()
            .insert(href.to_string(), Slot::Pending(vec![changed.clone()]));
        let (library, href) = (self.clone(), href.to_string());
        wasm_bindgen_futures::spawn_local(async move {
            let result = platform::fetch_text(&href).await.map(Rc::from);
            let Source::Files { files, .. } = &library.0.source else {
                return;
            };
            let previous = files.borrow_mut().insert(href, Slot::Done(result));
            if let Some(Slot::Pending(waiting)) = previous {
                for callback in waiting {
                    callback.emit(());
                }
            }
        });
    }
}

/// The decks a sorting screen needs, re-rendering as they arrive, and a "try again".
#[hook]
pub fn use_decks(library: &Library, only: Option<String>) -> (Load<Decks>, Callback<()>) {
    let update = use_force_update();
    let changed = {
        let update = update.clone();
        use_memo((), move |_| Callback::from(move |_| update.force_update()))
    };
    {
        let (library, changed) = (library.clone(), (*changed).clone());
        use_effect_with(only.clone(), move |only| {
            library.request_decks(only.as_deref(), &changed);
        });
    }
    let retry = {
        let (library, changed, only) = (library.clone(), (*changed).clone(), only.clone());
        Callback::from(move |_| {
            library.forget_failures();
            library.request_decks(only.as_deref(), &changed);
            changed.emit(());
        })
    };
    (library.decks(only.as_deref()), retry)
}

/// The questionnaire, re-rendering when it arrives, and a "try again".
#[hook]
pub fn use_questionnaire(library: &Library) -> (Load<Questionnaire>, Callback<()>) {
    let update = use_force_update();
    let changed = {
        let update = update.clone();
        use_memo((), move |_| Callback::from(move |_| update.force_update()))
    };
    {
        let (library, changed) = (library.clone(), (*changed).clone());
        use_effect_with((), move |_| library.request_chooser(&changed));
    }
    let retry = {
        let (library, changed) = (library.clone(), (*changed).clone());
        Callback::from(move |_| {
            library.forget_failures();
            library.request_chooser(&changed);
            changed.emit(());
        })
    };
    (library.chooser(), retry)
}
