//! Browser storage behind the [`Store`] trait: `localStorage` when the page may
//! use it, otherwise (sandboxed or third-party iframes) an in-memory store.

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
}
