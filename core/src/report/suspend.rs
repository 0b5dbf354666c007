//! The learner's session records kept in one LMS string: SCORM's `cmi.suspend_data` or
//! the cmi5 state document [`super::STATE_ID`]. [`SuspendStore`] is a [`Store`], so the
//! UI hands it to [`crate::session::Session::new`] and games and the chooser save through
//! it exactly as they do to browser storage; the reporter's own record
//! ([`crate::session::keys::REPORT`]) sits beside them.
//!
//! The text is `key=value` entries joined by `|`, keys without their common
//! `twofold:v1:` prefix, in key order: `game:myth-or-fact=g3;d=myth-or-fact;…|index=i3;o=sort|report=r1;…`.
//! Records never contain `|` ([`crate::record`]).
//!
//! With a limit (SCORM 1.2: 4,096 characters; 2004: 64,000), a save that would make the
//! text longer is kept for this page only and [`Store::save`] returns `false`; the text
//! keeps the last value that fitted. ([`crate::session::Session::save_game`] then tries
//! the game's compact form, which fits: a 2,000-card game takes about 2,050 characters.)

use std::cell::RefCell;
use std::rc::Rc;

use crate::persist::Store;

const PREFIX: &str = "twofold:v1:";
const SEPARATOR: char = '|';

/// SCORM 1.2's `cmi.suspend_data` is a CMIString4096.
pub const SCORM12_SUSPEND_LIMIT: usize = 4096;
/// SCORM 2004's `cmi.suspend_data` holds at least 64,000 characters.
pub const SCORM2004_SUSPEND_LIMIT: usize = 64_000;

/// Session records in one string (see the module doc). Clones share the records.
#[derive(Debug, Clone)]
pub struct SuspendStore(Rc<RefCell<Inner>>);

/// A handful of records, so a plain vector (no map code in the wasm), sorted by key, each
/// key once.
#[derive(Debug)]
struct Inner {
    entries: Vec<Entry>,
    limit: Option<usize>,
    changes: u64,
}

/// One key's record: its value in the text, and a newer one kept for this page only (it
/// did not fit, or may not go into the text).
#[derive(Debug)]
struct Entry {
    key: String,
    text: Option<String>,
    page: Option<String>,
}

impl Inner {
    /// The index of `key`'s entry, made (empty) in its place if there is none.
    fn entry(&mut self, key: &str) -> usize {
        let at = self
            .entries
            .iter()
            .position(|e| e.key.as_str() >= key)
            .unwrap_or(self.entries.len());
        if self.entries.get(at).is_none_or(|e| e.key != key) {
            let key = key.to_string();
            self.entries.insert(
                at,
                Entry {
                    key,
                    text: None,
                    page: None,
                },
            );
        }
        at
    }

    fn text(&self) -> String {
        let mut out = String::new();
        for e in &self.entries {
            if let Some(value) = &e.text {
                if !out.is_empty() {
                    out.push(SEPARATOR);
                }
                out.push_str(e.key.strip_prefix(PREFIX).unwrap_or(&e.key));
                out.push('=');
                out.push_str(value);
            }
        }
        out
    }
}

impl SuspendStore {
    /// The records in `text` (as [`SuspendStore::text`] wrote it; anything else is
    /// ignored; of a key given twice, the last), holding at most `limit` characters.
    pub fn new(text: &str, limit: Option<usize>) -> Self {
        let mut inner = Inner {
            entries: Vec::new(),
            limit,
            changes: 0,
        };
        for (key, value) in text.split(SEPARATOR).filter_map(|e| e.split_once('=')) {
            if !key.is_empty() && !value.is_empty() {
                let at = inner.entry(&[PREFIX, key].concat());
                inner.entries[at].text = Some(value.to_string());
            }
        }
        SuspendStore(Rc::new(RefCell::new(inner)))
    }

    /// The text to write into the LMS.
    pub fn text(&self) -> String {
        self.0.borrow().text()
    }

    /// How many times the text has changed (the reporter writes it when this moves).
    pub fn changes(&self) -> u64 {
        self.0.borrow().changes
    }
}

impl Store for SuspendStore {
    fn load(&self, key: &str) -> Option<String> {
        let inner = self.0.borrow();
        let e = inner.entries.iter().find(|e| e.key == key)?;
        e.page.as_ref().or(e.text.as_ref()).cloned()
    }

    fn save(&self, key: &str, value: &str) -> bool {
        let inner = &mut *self.0.borrow_mut();
        let at = inner.entry(key);
        inner.entries[at].page = None;
        let storable = key.starts_with(PREFIX)
            && key.len() > PREFIX.len()
            && !key.contains(['=', SEPARATOR])
            && !value.is_empty()
            && !value.contains(SEPARATOR);
        if storable {
            let old = inner.entries[at].text.replace(value.to_string());
            if inner.limit.is_none_or(|limit| inner.text().len() <= limit) {
                if old.as_deref() != Some(value) {
                    inner.changes += 1;
                }
                return true;
            }
            // Too long: the text keeps the last value that fitted.
            inner.entries[at].text = old;
        }
        inner.entries[at].page = Some(value.to_string());
        false
    }

    fn remove(&self, key: &str) {
        let inner = &mut *self.0.borrow_mut();
        if let Some(at) = inner.entries.iter().position(|e| e.key == key) {
            if inner.entries.remove(at).text.is_some() {
                inner.changes += 1;
            }
        }
    }

    fn is_durable(&self) -> bool {
        true
    }
}
