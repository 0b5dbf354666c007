//! Typed reading of a parsed document: objects with a fixed set of fields, text,
//! lists and small whole numbers. Every mismatch is a [`SyntaxError`] placed at
//! the offending value; the field accessors and [`all`] add their step to its
//! path as it bubbles up, so it ends up naming `cards[3].text`.

use super::error::{Expected, Found, SyntaxError, SyntaxKind};
use super::parse::{Member, Node, Pos, Value};

/// An object whose field names have been checked against the allowed ones.
pub struct Object<'a> {
    members: &'a [Member],
    at: Pos,
}

impl<'a> Object<'a> {
    /// `node` as an object; a field not in `known` is an error.
    pub fn new(node: &'a Node, known: &'static [&'static str]) -> Result<Self, SyntaxError> {
        let Value::Object(members) = &node.value else {
            return Err(wrong_type(node, Expected::Object));
        };
        if let Some(unknown) = members.iter().find(|m| !known.contains(&m.key.as_str())) {
            let kind = SyntaxKind::UnknownField {
                field: unknown.key.clone(),
                allowed: known,
            };
            return Err(SyntaxError::new(kind, unknown.key_at).in_field(&unknown.key));
        }
        Ok(Object {
            members,
            at: node.at,
        })
    }

    fn get(&self, name: &str) -> Option<&'a Node> {
        self.members
            .iter()
            .find(|m| m.key == name)
            .map(|m| &m.value)
    }

    /// A field that must be present, read with `read` (its errors placed inside the field).
    pub fn field<T>(
        &self,
        name: &'static str,
        read: impl FnOnce(&'a Node) -> Result<T, SyntaxError>,
    ) -> Result<T, SyntaxError> {
        let node = self
            .get(name)
            .ok_or_else(|| SyntaxError::new(SyntaxKind::MissingField(name), self.at))?;
        read(node).map_err(|e| e.in_field(name))
    }

    /// A field that may be absent (then `T::default()`), read with `read`.
    pub fn optional<T: Default>(
        &self,
        name: &'static str,
        read: impl FnOnce(&'a Node) -> Result<T, SyntaxError>,
    ) -> Result<T, SyntaxError> {
        match self.get(name) {
            None => Ok(T::default()),
            Some(_) => self.field(name, read),
        }
    }

    /// Required text.
    pub fn text(&self, name: &'static str) -> Result<String, SyntaxError> {
        self.field(name, text)
    }

    /// Optional text; absent means empty.
    pub fn optional_text(&self, name: &'static str) -> Result<String, SyntaxError> {
        self.optional(name, text)
    }

    /// A required list, each item read with `read`.
    pub fn list_of<T>(
        &self,
        name: &'static str,
        read: fn(&Node) -> Result<T, SyntaxError>,
    ) -> Result<Vec<T>, SyntaxError> {
        let items = self.field(name, list)?;
        all(items, read).map_err(|e| e.in_field(name))
    }

    /// An optional list (absent means empty), each item read with `read`.
    pub fn optional_list_of<T>(
        &self,
        name: &'static str,
        read: fn(&Node) -> Result<T, SyntaxError>,
    ) -> Result<Vec<T>, SyntaxError> {
        let items = self.optional(name, |node| list(node).map(Some))?;
        all(items.unwrap_or_default(), read).map_err(|e| e.in_field(name))
    }

    /// A required whole number from 0 to `u32::MAX`.
    pub fn whole_number(&self, name: &'static str) -> Result<u32, SyntaxError> {
        self.field(name, whole_number)
    }
}

/// Every node read with `read`; the first error stops, placed at its item.
pub fn all<T>(
    nodes: &[Node],
    read: fn(&Node) -> Result<T, SyntaxError>,
) -> Result<Vec<T>, SyntaxError> {
    let mut out = Vec::with_capacity(nodes.len());
    for (i, node) in nodes.iter().enumerate() {
        out.push(read(node).map_err(|e| e.at_index(i))?);
    }
    Ok(out)
}

/// `node` as text.
pub fn text(node: &Node) -> Result<String, SyntaxError> {
    match &node.value {
        Value::String(s) => Ok(s.clone()),
        _ => Err(wrong_type(node, Expected::Text)),
    }
}

/// `node` as an object whose field names are data (not a fixed set), in document order.
pub fn members(node: &Node) -> Result<&[Member], SyntaxError> {
    match &node.value {
        Value::Object(members) => Ok(members),
        _ => Err(wrong_type(node, Expected::Object)),
    }
}

/// `node` as a list.
pub fn list(node: &Node) -> Result<&[Node], SyntaxError> {
    match &node.value {
        Value::Array(items) => Ok(items),
        _ => Err(wrong_type(node, Expected::List)),
    }
}

/// `node` as a whole number that fits in a `u32`.
pub fn whole_number(node: &Node) -> Result<u32, SyntaxError> {
    match &node.value {
        Value::Number(n) => n
            .parse()
            .map_err(|_| SyntaxError::new(SyntaxKind::NotWholeNumber(n.clone()), node.at)),
        _ => Err(wrong_type(node, Expected::WholeNumber)),
    }
}

fn wrong_type(node: &Node, expected: Expected) -> SyntaxError {
    let found = match &node.value {
        Value::Null => Found::Null,
        Value::Bool(b) => Found::Bool(*b),
        Value::Number(n) => Found::Number(n.clone()),
        Value::String(_) => Found::Text,
        Value::Array(_) => Found::List,
        Value::Object(_) => Found::Object,
    };
    SyntaxError::new(SyntaxKind::WrongType { expected, found }, node.at)
}
