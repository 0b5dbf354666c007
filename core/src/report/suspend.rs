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
use std::collections::{BTreeMap, HashMap};
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

#[derive(Debug)]
struct Inner {
    durable: BTreeMap<String, String>,
    page_only: HashMap<String, String>,
    limit: Option<usize>,
    changes: u64,
}

impl SuspendStore {
    /// The records in `text` (as [`SuspendStore::text`] wrote it; anything else is
    /// ignored), holding at most `limit` characters.
    pub fn new(text: &str, limit: Option<usize>) -> Self {
        let durable = text
            .split(SEPARATOR)
            .filter_map(|entry| entry.split_once('='))
            .filter(|(key, value)| !key.is_empty() && !value.is_empty())
            .map(|(key, value)| (format!("{PREFIX}{key}"), value.to_string()))
            .collect();
        SuspendStore(Rc::new(RefCell::new(Inner {
            durable,
            page_only: HashMap::new(),
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

fn render(records: &BTreeMap<String, String>) -> String {
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
        inner
            .page_only
            .get(key)
            .or_else(|| inner.durable.get(key))
            .cloned()
    }

    fn save(&self, key: &str, value: &str) -> bool {
        let mut inner = self.0.borrow_mut();
        let storable = key.starts_with(PREFIX)
            && key.len() > PREFIX.len()
            && !key.contains(['=', SEPARATOR])
            && !value.is_empty()
            && !value.contains(SEPARATOR);
        if storable {
            let mut next = inner.durable.clone();
            next.insert(key.to_string(), value.to_string());
            let fits = inner.limit.is_none_or(|limit| render(&next).len() <= limit);
            if fits {
                if inner.durable.get(key).map(String::as_str) != Some(value) {
                    inner.changes += 1;
                }
                inner.durable = next;
                inner.page_only.remove(key);
                return true;
            }
        }
        inner.page_only.insert(key.to_string(), value.to_string());
        false
    }

    fn remove(&self, key: &str) {
        let mut inner = self.0.borrow_mut();
        inner.page_only.remove(key);
        if inner.durable.remove(key).is_some() {
            inner.changes += 1;
        }
    }

    fn is_durable(&self) -> bool {
        true
    }
}
