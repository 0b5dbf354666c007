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

/// A handful of records, so plain vectors (no map code in the wasm): `durable` sorted by
/// key, each key once; `page_only` in no order, each key once.
#[derive(Debug)]
struct Inner {
    durable: Vec<(String, String)>,
    page_only: Vec<(String, String)>,
    limit: Option<usize>,
    changes: u64,
}

impl SuspendStore {
    /// The records in `text` (as [`SuspendStore::text`] wrote it; anything else is
    /// ignored; of a key given twice, the last), holding at most `limit` characters.
    pub fn new(text: &str, limit: Option<usize>) -> Self {
        let mut durable = Vec::new();
        for (key, value) in text.split(SEPARATOR).filter_map(|e| e.split_once('=')) {
            if !key.is_empty() && !value.is_empty() {
                let mut full = String::from(PREFIX);
                full.push_str(key);
                put(&mut durable, full, value.to_string());
            }
        }
        SuspendStore(Rc::new(RefCell::new(Inner {
            durable,
            page_only: Vec::new(),
            limit,
            changes: 0,
        })))
    }

    /// The text to write into the LMS.
    pub fn text(&self) -> String {
        render(&self.0.borrow().durable)
    }

    /// How many times the text has changed (the reporter writes it when this moves).
    pub fn changes(&self) -> u64 {
        self.0.borrow().changes
    }
}

/// Where `key` is in the sorted `records` (`Err`: where it would go).
fn locate(records: &[(String, String)], key: &str) -> Result<usize, usize> {
    records.binary_search_by(|(k, _)| k.as_str().cmp(key))
}

/// Sets `key` to `value` in the sorted `records`; the value it had, if any.
fn put(records: &mut Vec<(String, String)>, key: String, value: String) -> Option<String> {
    match locate(records, &key) {
        Ok(at) => Some(std::mem::replace(&mut records[at].1, value)),
        Err(at) => {
            records.insert(at, (key, value));
            None
        }
    }
}

/// Removes `key` from the unsorted `records`, if it is there.
fn drop_page_only(records: &mut Vec<(String, String)>, key: &str) {
    if let Some(at) = records.iter().position(|(k, _)| k == key) {
        records.swap_remove(at);
    }
}

fn render(records: &[(String, String)]) -> String {
    let mut out = String::new();
    for (key, value) in records {
        if !out.is_empty() {
            out.push(SEPARATOR);
        }
        out.push_str(key.strip_prefix(PREFIX).unwrap_or(key));
        out.push('=');
        out.push_str(value);
    }
    out
}

impl Store for SuspendStore {
    fn load(&self, key: &str) -> Option<String> {
        let inner = self.0.borrow();
        let page_only = inner.page_only.iter().find(|(k, _)| k == key);
        let durable = || {
            locate(&inner.durable, key)
                .ok()
                .map(|at| &inner.durable[at])
        };
        page_only.or_else(durable).map(|(_, v)| v.clone())
    }

    fn save(&self, key: &str, value: &str) -> bool {
        let inner = &mut *self.0.borrow_mut();
        drop_page_only(&mut inner.page_only, key);
        let storable = key.starts_with(PREFIX)
            && key.len() > PREFIX.len()
            && !key.contains(['=', SEPARATOR])
            && !value.is_empty()
            && !value.contains(SEPARATOR);
        if storable {
            let old = put(&mut inner.durable, key.to_string(), value.to_string());
            let fits = inner
                .limit
                .is_none_or(|limit| render(&inner.durable).len() <= limit);
            if fits {
                if old.as_deref() != Some(value) {
                    inner.changes += 1;
                }
                return true;
            }
            // Too long: the text keeps the last value that fitted.
            match old {
                Some(old) => {
                    put(&mut inner.durable, key.to_string(), old);
                }
                None => {
                    if let Ok(at) = locate(&inner.durable, key) {
                        inner.durable.remove(at);
                    }
                }
            }
        }
        inner.page_only.push((key.to_string(), value.to_string()));
        false
    }

    fn remove(&self, key: &str) {
        let inner = &mut *self.0.borrow_mut();
        drop_page_only(&mut inner.page_only, key);
        if let Ok(at) = locate(&inner.durable, key) {
            inner.durable.remove(at);
            inner.changes += 1;
        }
    }

    fn is_durable(&self) -> bool {
        true
    }
}
