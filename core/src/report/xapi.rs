//! xAPI statements as the widget sends them: [`Statement`], its [`Verb`] and instant beside
//! its JSON text, written once, when the statement is made (what goes *into* it, the cmi5
//! rules, is `cmi5.rs`'s job). The text is written straight, without a tree: the
//! statement's own keys are constant text, and every string and every value from the LMS
//! goes through the one JSON writer ([`crate::json::write_text`], [`crate::json::write_node`]),
//! [`Fields`] placing the commas. The LMS's context template is merged once, at launch,
//! into the four contexts statements carry ([`contexts`]).

use super::time::EpochMs;
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

/// One xAPI statement, written. The cmi5 script (`src/platform/lms/cmi5.js`) completes it
/// as it queues it: a fresh version 4 UUID as its `id` (cmi5 9.1.0.0-1: the AU sets it; the
/// same id on every retry) and [`Statement::at`] as its `timestamp`, UTC with milliseconds
/// (`Date.toISOString`, 9.7.0.0-2), both first in the object.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Statement {
    pub verb: Verb,
    /// When it happened (epoch ms): its `timestamp`.
    pub at: EpochMs,
    /// The statement as JSON text, without `id` and `timestamp`.
    text: String,
}

impl Statement {
    pub(crate) fn new(verb: Verb, at: EpochMs, text: String) -> Self {
        Statement { verb, at, text }
    }

    /// The statement as JSON text, without `id` and `timestamp` (the script adds them).
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

/// The member `key` of `node`, added (null) when it has none; `node` is made an object
/// first if it is not one.
fn member<'a>(node: &'a mut Node, key: &str) -> &'a mut Node {
    let at = node.at;
    if !matches!(node.value, Value::Object(_)) {
        node.value = Value::Object(Vec::new());
    }
    let Value::Object(members) = &mut node.value else {
        unreachable!()
    };
    let i = match members.iter().position(|m| m.key == key) {
        Some(i) => i,
        None => {
            members.push(Member {
                key: key.to_string(),
                key_at: at,
                value: Node {
                    value: Value::Null,
                    at,
                },
            });
            members.len() - 1
        }
    };
    &mut members[i].value
}

/// Sets the member `key` of `node` (see [`member`]) to `value`.
fn set(node: &mut Node, key: &str, value: Value) {
    member(node, key).value = value;
}

/// Each statement's context, written once at launch, in [`Context`]'s order: the LMS's
/// contextTemplate (kept whole: its contextActivities and the session id extension) with
/// `registration` set; then with the cmi5 category added to `contextActivities.category`
/// (once; xAPI 1.0 allowed a single activity there: kept, in a list), then the moveOn
/// category too, then the masteryscore extension (`mastery`, the LMS's number text) too,
/// if the LMS gave one. A field the template lacks is added after its own fields.
pub(crate) fn contexts(
    mut template: Node,
    registration: &str,
    mastery: Option<&str>,
) -> [String; 4] {
    set(
        &mut template,
        "registration",
        Value::String(registration.to_string()),
    );
    let mut out: [String; 4] = Default::default();
    for (i, text) in out.iter_mut().enumerate() {
        match i {
            1 | 2 => {
                let id = if i == 1 {
                    CMI5_CATEGORY
                } else {
                    MOVEON_CATEGORY
                };
                let list = member(member(&mut template, "contextActivities"), "category");
                let at = list.at;
                let mut items = match std::mem::replace(&mut list.value, Value::Null) {
                    Value::Array(items) => items,
                    Value::Null => Vec::new(),
                    one => vec![Node { value: one, at }],
                };
                let present = items.iter().any(
                    |a| matches!(a.get("id"), Some(Node { value: Value::String(s), .. }) if s == id),
                );
                if !present {
                    let mut activity = Node {
                        value: Value::Null,
                        at,
                    };
                    set(
                        &mut activity,
                        "objectType",
                        Value::String("Activity".into()),
                    );
                    set(&mut activity, "id", Value::String(id.to_string()));
                    items.push(activity);
                }
                list.value = Value::Array(items);
            }
            3 => {
                if let Some(number) = mastery {
                    set(
                        member(&mut template, "extensions"),
                        MASTERY_EXTENSION,
                        Value::Number(number.to_string()),
                    );
                }
            }
            _ => {}
        }
        write_node(text, &template);
    }
    out
}

/// Which of the launch's [`contexts`] a statement carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Context {
    /// `answered` (cmi5 allowed): the template with the registration.
    Allowed = 0,
    /// `initialized`, `terminated`: the cmi5 category.
    Cmi5 = 1,
    /// `completed`: the cmi5 and moveOn categories.
    MoveOn = 2,
    /// `passed`, `failed`: the moveOn categories and the masteryscore extension.
    Judged = 3,
}
