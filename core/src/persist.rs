//! Saving progress: a small key–value [`Store`] trait the session writes through,
//! and an in-memory store for tests and blocked storage.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// Somewhere progress can be kept. Implementations never panic.
pub trait Store {
    fn load(&self, key: &str) -> Option<String>;
    /// Returns `false` when the value could not be kept durably.
    fn save(&self, key: &str, value: &str) -> bool;
    fn remove(&self, key: &str);
    /// Whether saved values survive a reload.
    fn is_durable(&self) -> bool;
}

/// A store that lives as long as the page (or the test).
#[derive(Debug, Clone, Default)]
pub struct MemoryStore(Rc<RefCell<HashMap<String, String>>>);

impl Store for MemoryStore {
    fn load(&self, key: &str) -> Option<String> {
        self.0.borrow().get(key).cloned()
    }

    fn save(&self, key: &str, value: &str) -> bool {
        self.0
            .borrow_mut()
            .insert(key.to_string(), value.to_string());
        true
    }

    fn remove(&self, key: &str) {
        self.0.borrow_mut().remove(key);
    }

    fn is_durable(&self) -> bool {
        false
    }
}
