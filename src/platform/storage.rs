//! Browser storage behind the [`Store`] trait: `localStorage` when the page may
//! use it, otherwise (sandboxed or third-party iframes) an in-memory store; and the
//! `storage` events by which another tab's writes become known.

use std::rc::Rc;

use crate::persist::{MemoryStore, Store};

/// The best store this page can have. Every call is guarded: a storage that
/// throws later (quota, revoked permission) falls back to memory for that value.
pub fn browser_store() -> Rc<dyn Store> {
    match local_storage() {
        Some(storage) => Rc::new(LocalStore {
            storage,
            fallback: MemoryStore::default(),
        }),
        None => Rc::new(MemoryStore::default()),
    }
}

fn local_storage() -> Option<web_sys::Storage> {
    // Accessing `localStorage` itself throws in sandboxed iframes.
    let storage = web_sys::window()?.local_storage().ok()??;
    let probe = "twofold:probe";
    storage.set_item(probe, "1").ok()?;
    storage.remove_item(probe).ok()?;
    Some(storage)
}

struct LocalStore {
    storage: web_sys::Storage,
    fallback: MemoryStore,
}

impl Store for LocalStore {
    fn load(&self, key: &str) -> Option<String> {
        self.fallback
            .load(key)
            .or_else(|| self.storage.get_item(key).ok().flatten())
    }

    fn save(&self, key: &str, value: &str) -> bool {
        if self.storage.set_item(key, value).is_ok() {
            self.fallback.remove(key);
            true
        } else {
            self.fallback.save(key, value);
            false
        }
    }

    fn remove(&self, key: &str) {
        self.fallback.remove(key);
        let _ = self.storage.remove_item(key);
    }

    fn is_durable(&self) -> bool {
        true
    }

    fn is_shared(&self) -> bool {
        true
    }
}

/// Calls `changed` with the key of each record another tab (or frame) of this origin writes
/// or removes in `localStorage`, for as long as the returned listener lives. A tab's own
/// writes fire no such event in it.
pub fn on_storage_change(changed: impl Fn(String) + 'static) -> Option<gloo_events::EventListener> {
    use wasm_bindgen::JsCast;
    let window = web_sys::window()?;
    Some(gloo_events::EventListener::new(
        &window,
        "storage",
        move |e| {
            if let Some(key) = e.dyn_ref::<web_sys::StorageEvent>().and_then(|e| e.key()) {
                changed(key);
            }
        },
    ))
}
