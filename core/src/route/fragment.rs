//! The URL fragment: the one part the widget owns (`result=`, the chooser's
//! result link) and every other part, the host's, kept verbatim,
//! read and written. The grammar is in the [route module](super)'s documentation.

use crate::config::percent_decode;

/// The key of the widget's own part.
const RESULT_KEY: &str = "result";

/// A parsed fragment. Parsing is total; writing then parsing gives the same value.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Fragment {
    /// The chooser's result link value (`cp1-…`), decoded; not checked here.
    result: Option<String>,
    /// Parts the widget does not own, verbatim, in their order (none empty).
    foreign: Vec<String>,
    /// The fragment began with `?` and foreign parts remain.
    question_mark: bool,
}

impl Fragment {
    /// Reads a fragment (with or without its leading `#`); never fails.
    pub fn parse(raw: &str) -> Fragment {
        let raw = raw.strip_prefix('#').unwrap_or(raw);
        let (question_mark, body) = match raw.strip_prefix('?') {
            Some(rest) => (true, rest),
            None => (false, raw),
        };
        let mut fragment = Fragment::default();
        for part in body.split('&').filter(|p| !p.is_empty()) {
            let (key, value) = part.split_once('=').unwrap_or((part, ""));
            if percent_decode(key) == RESULT_KEY {
                fragment.result = Some(percent_decode(value));
            } else {
                fragment.foreign.push(part.to_string());
            }
        }
        fragment.question_mark = question_mark && !fragment.foreign.is_empty();
        fragment
    }

    /// The result link value, if the fragment has one.
    pub fn result(&self) -> Option<&str> {
        self.result.as_deref()
    }

    /// The host's parts, verbatim, in their order.
    pub fn foreign(&self) -> &[String] {
        &self.foreign
    }

    /// The same fragment with this result link (or none); foreign parts kept.
    pub fn with_result(self, result: Option<String>) -> Fragment {
        Fragment { result, ..self }
    }

    /// What the page's fragment should be, without `#`; empty when there is nothing.
    pub fn write(&self) -> String {
        let mut out = String::new();
        if self.question_mark {
            out.push('?');
        } else if self
            .foreign
            .first()
            .is_some_and(|p| p.starts_with(['?', '#']))
        {
            // A foreign part that itself starts with `?` or `#` must not read as
            // the marker (or the `#`) next time: an empty part goes first.
            out.push('&');
        }
        let ours = self.share();
        let parts = self
            .foreign
            .iter()
            .map(String::as_str)
            .chain(ours.as_deref());
        for (i, part) in parts.enumerate() {
            if i > 0 {
                out.push('&');
            }
            out.push_str(part);
        }
        out
    }

    /// The fragment for a shared link: the result link alone, never the host's parts.
    pub fn share(&self) -> Option<String> {
        self.result
            .as_deref()
            .map(|value| format!("{RESULT_KEY}={}", percent_encode(value)))
    }
}

/// Percent-encodes everything but the URL's unreserved characters, so the
/// value reads back exactly (`+` and space included).
fn percent_encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}
