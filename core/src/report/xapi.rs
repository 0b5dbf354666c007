//! xAPI statements as the widget sends them: [`Statement`], its id and [`Verb`] beside its
//! JSON text, written once, when the statement is made (what goes *into* it, the cmi5
//! rules, is `cmi5.rs`'s job). The text is written straight, without a tree: the
//! statement's own keys are constant text, and every string and every value from the LMS
//! goes through the one JSON writer ([`crate::json::write_text`], [`crate::json::write_node`]),
//! [`Fields`] placing the commas. The LMS's context template is merged as it is copied
//! ([`write_context`]).

use super::uuid::Uuid;
use crate::json::{write_node, write_text, Member, Node, Value};

/// The cmi5 category every cmi5 defined statement carries (9.6.2.1-1).
pub const CMI5_CATEGORY: &str = "https://w3id.org/xapi/cmi5/context/categories/cmi5";
/// The moveOn category, on cmi5 defined statements whose result has success or completion (9.6.2.2-1).
pub const MOVEON_CATEGORY: &str = "https://w3id.org/xapi/cmi5/context/categories/moveon";
/// The masteryscore context extension (9.6.3.2-2).
pub const MASTERY_EXTENSION: &str = "https://w3id.org/xapi/cmi5/context/extensions/masteryscore";
/// The activity type of a question (an interaction).
pub const INTERACTION_TYPE: &str = "http://adlnet.gov/expapi/activities/cmi.interaction";

/// The verbs the widget uses: cmi5's defined verbs, and `answered` (cmi5 allowed).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Verb {
    Initialized,
    Completed,
    Passed,
    Failed,
    Terminated,
    Answered,
}

impl Verb {
    /// The display label (sent as both `en-US` and `en`: Open edX reads `en`).
    pub fn label(self) -> &'static str {
        match self {
            Verb::Initialized => "initialized",
            Verb::Completed => "completed",
            Verb::Passed => "passed",
            Verb::Failed => "failed",
            Verb::Terminated => "terminated",
            Verb::Answered => "answered",
        }
    }

    /// A cmi5 defined verb (the statement about the AU itself, with the cmi5 category).
    pub fn is_cmi5_defined(self) -> bool {
        self != Verb::Answered
    }
}

/// One xAPI statement, written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Statement {
    pub id: Uuid,
    pub verb: Verb,
    /// The statement as JSON text (the request body).
    text: String,
}

impl Statement {
    pub(crate) fn new(id: Uuid, verb: Verb, text: String) -> Self {
        Statement { id, verb, text }
    }

    /// The statement as JSON text (the request body).
    pub fn json_text(&self) -> &str {
        &self.text
    }
}

/// A JSON object being written: `{` at the start, a comma before every field but the
/// first, `}` at [`Fields::close`].
pub(crate) struct Fields<'a> {
    out: &'a mut String,
    any: bool,
}

impl<'a> Fields<'a> {
    pub fn open(out: &'a mut String) -> Self {
        out.push('{');
        Fields { out, any: false }
    }

    /// Starts the field `key`: its value is to be written to the text returned.
    pub fn key(&mut self, key: &str) -> &mut String {
        if self.any {
            self.out.push(',');
        }
        self.any = true;
        write_text(self.out, key);
        self.out.push(':');
        self.out
    }

    /// A field whose value is text.
    pub fn text(&mut self, key: &str, value: &str) {
        let out = self.key(key);
        write_text(out, value);
    }

    /// A field whose value is JSON already (a number, `true`, an object written before).
    pub fn raw(&mut self, key: &str, json: &str) {
        self.key(key).push_str(json);
    }

    pub fn close(self) {
        self.out.push('}');
    }
}

/// The members of an object (none for anything else).
fn members(node: Option<&Node>) -> &[Member] {
    match node.map(|n| &n.value) {
        Some(Value::Object(members)) => members,
        _ => &[],
    }
}

/// A statement's context: the LMS's contextTemplate (an object; kept whole: its
/// contextActivities and the session id extension) with `registration` set, each of
/// `categories` added once to `contextActivities.category`, and `extensions` (key, JSON
/// text) set in `extensions`. A field the template lacks is added after its own fields.
pub(crate) fn write_context(
    out: &mut String,
    template: &Node,
    registration: &str,
    categories: &[&str],
    extensions: &[(&str, &str)],
) {
    let mut f = Fields::open(out);
    let mut registered = false;
    let mut categorised = categories.is_empty();
    let mut extended = extensions.is_empty();
    for m in members(Some(template)) {
        match m.key.as_str() {
            "registration" => {
                f.text("registration", registration);
                registered = true;
            }
            "contextActivities" if !categorised => {
                write_activities(f.key(&m.key), Some(&m.value), categories);
                categorised = true;
            }
            "extensions" if !extended => {
                write_extensions(f.key(&m.key), Some(&m.value), extensions);
                extended = true;
            }
            _ => write_node(f.key(&m.key), &m.value),
        }
    }
    if !registered {
        f.text("registration", registration);
    }
    if !categorised {
        write_activities(f.key("contextActivities"), None, categories);
    }
    if !extended {
        write_extensions(f.key("extensions"), None, extensions);
    }
    f.close();
}

/// `contextActivities` (as the template has it, if it is an object) with `categories`
/// added to its `category`.
fn write_activities(out: &mut String, given: Option<&Node>, categories: &[&str]) {
    let mut f = Fields::open(out);
    let mut listed = false;
    for m in members(given) {
        if m.key == "category" {
            write_categories(f.key("category"), Some(&m.value), categories);
            listed = true;
        } else {
            write_node(f.key(&m.key), &m.value);
        }
    }
    if !listed {
        write_categories(f.key("category"), None, categories);
    }
    f.close();
}

/// The template's category list (xAPI 1.0 allowed a single activity here: kept, as a
/// list) with each of `categories` it lacks added.
fn write_categories(out: &mut String, given: Option<&Node>, categories: &[&str]) {
    let items: &[Node] = match given {
        Some(Node {
            value: Value::Array(items),
            ..
        }) => items,
        Some(one) => std::slice::from_ref(one),
        None => &[],
    };
    out.push('[');
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        write_node(out, item);
    }
    let mut any = !items.is_empty();
    for &id in categories {
        let present = items
            .iter()
            .any(|a| matches!(a.get("id"), Some(Node { value: Value::String(s), .. }) if s == id));
        if !present {
            if any {
                out.push(',');
            }
            any = true;
            let mut f = Fields::open(out);
            f.text("objectType", "Activity");
            f.text("id", id);
            f.close();
        }
    }
    out.push(']');
}

/// The template's `extensions` (if an object) with `extensions` set: in place, or after.
fn write_extensions(out: &mut String, given: Option<&Node>, extensions: &[(&str, &str)]) {
    let given = members(given);
    let mut f = Fields::open(out);
    for m in given {
        match extensions.iter().find(|(k, _)| *k == m.key) {
            Some((_, json)) => f.raw(&m.key, json),
            None => write_node(f.key(&m.key), &m.value),
        }
    }
    for &(key, json) in extensions {
        if !given.iter().any(|m| m.key == key) {
            f.raw(key, json);
        }
    }
    f.close();
}
