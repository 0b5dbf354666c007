//! Saving progress: a small key–value [`Store`] trait the session writes through,
//! and an in-memory store for tests and blocked storage.

use std::cell::RefCell;
use std::rc::Rc;

/// Somewhere progress can be kept. Implementations never panic.
pub trait Store {
    fn load(&self, key: &str) -> Option<String>;
    /// Returns `false` when the value could not be kept durably.
    fn save(&self, key: &str, value: &str) -> bool;
    fn remove(&self, key: &str);
    /// Whether saved values survive a reload.
    fn is_durable(&self) -> bool;
    /// Whether other tabs of the page's origin read and write the same records (browser
    /// storage; never an LMS's, whose record of this attempt is the one that counts).
    fn is_shared(&self) -> bool {
        false
    }
}

/// A store that lives as long as the page (or the test). Its few keys (a record per deck,
/// the chooser's, the index) are kept in a plain list: a hash map would cost the wasm more
/// code than it saves time.
#[derive(Debug, Clone, Default)]
pub struct MemoryStore(Rc<RefCell<Vec<(String, String)>>>);

impl Store for MemoryStore {
    fn load(&self, key: &str) -> Option<String> {
        let entries = self.0.borrow();
        entries
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
    }

    fn save(&self, key: &str, value: &str) -> bool {
        let mut entries = self.0.borrow_mut();
        match entries.iter_mut().find(|(k, _)| k == key) {
            Some((_, v)) => *v = value.to_string(),
            None => entries.push((key.to_string(), value.to_string())),
        }
        true
    }

    fn remove(&self, key: &str) {
        self.0.borrow_mut().retain(|(k, _)| k != key);
    }

    fn is_durable(&self) -> bool {
        false
    }
}
