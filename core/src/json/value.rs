//! JSON as data to write: [`Json`], a tree to build or to copy from a parsed document
//! ([`Json::from_node`]), and [`Number`], whose text is valid JSON by construction. (The
//! xAPI statements are written straight to text, `report/xapi.rs`, through the same string
//! writer; the tree is for building a document a piece at a time.) There is
//! no floating point: numbers are integers or decimals of a fixed scale, written exactly.

use super::parse::{Node, Value};

/// A JSON value to be written by [`super::write()`]. Objects keep their fields in order;
/// [`Json::set`] replaces a field rather than repeating it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(Number),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

/// A JSON number's text, valid by construction (from an integer, a fixed-scale decimal,
/// or a number a parsed document already checked against the grammar).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Number(String);

impl Number {
    pub fn int(value: i64) -> Self {
        Number(value.to_string())
    }

    pub fn uint(value: u64) -> Self {
        Number(value.to_string())
    }

    /// `units / 10^scale`, in its shortest exact form: `decimal(8000, 4)` is `0.8`,
    /// `decimal(10000, 4)` is `1`, `decimal(-5, 2)` is `-0.05`.
    pub fn decimal(units: i64, scale: u32) -> Self {
        Number(decimal_text(units, scale))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// `units / 10^scale` written exactly, without trailing zeros (shared with the SCORM values).
pub fn decimal_text(units: i64, scale: u32) -> String {
    let negative = units < 0;
    let digits = units.unsigned_abs().to_string();
    let scale = scale as usize;
    let (whole, fraction) = if digits.len() > scale {
        let (w, f) = digits.split_at(digits.len() - scale);
        (w.to_string(), f.to_string())
    } else {
        ("0".to_string(), format!("{digits:0>scale$}"))
    };
    let fraction = fraction.trim_end_matches('0');
    let mut out = String::new();
    if negative && (whole != "0" || !fraction.is_empty()) {
        out.push('-');
    }
    out.push_str(&whole);
    if !fraction.is_empty() {
        out.push('.');
        out.push_str(fraction);
    }
    out
}

impl Json {
    /// Text.
    pub fn text(value: impl Into<String>) -> Json {
        Json::String(value.into())
    }

    pub fn int(value: i64) -> Json {
        Json::Number(Number::int(value))
    }

    /// An object of these fields, in this order.
    pub fn object<K: Into<String>>(fields: impl IntoIterator<Item = (K, Json)>) -> Json {
        Json::Object(fields.into_iter().map(|(k, v)| (k.into(), v)).collect())
    }

    /// A copy of a parsed value (numbers keep their text as written).
    pub fn from_node(node: &Node) -> Json {
        match &node.value {
            Value::Null => Json::Null,
            Value::Bool(b) => Json::Bool(*b),
            Value::Number(n) => Json::Number(Number(n.clone())),
            Value::String(s) => Json::String(s.clone()),
            Value::Array(items) => Json::Array(items.iter().map(Json::from_node).collect()),
            Value::Object(members) => Json::Object(
                members
                    .iter()
                    .map(|m| (m.key.clone(), Json::from_node(&m.value)))
                    .collect(),
            ),
        }
    }

    /// The field `key` of an object.
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(fields) => fields.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// The text, if this is a string.
    pub fn as_text(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }

    /// Sets field `key` of an object (replacing it in place, or adding it last) and
    /// returns it; a value that is not an object becomes an empty object first.
    pub fn set(&mut self, key: &str, value: Json) -> &mut Json {
        let fields = self.fields_mut();
        let at = match fields.iter().position(|(k, _)| k == key) {
            Some(at) => {
                fields[at].1 = value;
                at
            }
            None => {
                fields.push((key.to_string(), value));
                fields.len() - 1
            }
        };
        &mut fields[at].1
    }

    /// Field `key` of an object, added as `default` when absent (or when this is not an object).
    pub fn entry(&mut self, key: &str, default: Json) -> &mut Json {
        let fields = self.fields_mut();
        match fields.iter().position(|(k, _)| k == key) {
            Some(at) => &mut fields[at].1,
            None => {
                fields.push((key.to_string(), default));
                let last = fields.len() - 1;
                &mut fields[last].1
            }
        }
    }

    /// Adds `item` to a list (a value that is not a list becomes one first).
    pub fn push(&mut self, item: Json) {
        if !matches!(self, Json::Array(_)) {
            *self = Json::Array(Vec::new());
        }
        if let Json::Array(items) = self {
            items.push(item);
        }
    }

    fn fields_mut(&mut self) -> &mut Vec<(String, Json)> {
        if !matches!(self, Json::Object(_)) {
            *self = Json::Object(Vec::new());
        }
        match self {
            Json::Object(fields) => fields,
            _ => unreachable!("made an object above"),
        }
    }
}

impl From<&str> for Json {
    fn from(value: &str) -> Self {
        Json::text(value)
    }
}

impl From<String> for Json {
    fn from(value: String) -> Self {
        Json::String(value)
    }
}

impl From<bool> for Json {
    fn from(value: bool) -> Self {
        Json::Bool(value)
    }
}

impl From<Number> for Json {
    fn from(value: Number) -> Self {
        Json::Number(value)
    }
}
