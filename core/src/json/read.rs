//! Typed reading of a parsed document: objects with a fixed set of fields, text,
//! lists and small whole numbers. Every mismatch is a [`SyntaxError`] placed at
//! the offending value, worded for the author who wrote the file.

use super::parse::{Member, Node, Pos, SyntaxError, Value};

/// An object whose field names have been checked against the allowed ones.
pub struct Object<'a> {
    members: &'a [Member],
    at: Pos,
}

impl<'a> Object<'a> {
    /// `node` as an object; a field not in `known` is an error.
    pub fn new(node: &'a Node, known: &[&str]) -> Result<Self, SyntaxError> {
        let Value::Object(members) = &node.value else {
            return Err(wrong_type(node, "an object in braces"));
        };
        if let Some(unknown) = members.iter().find(|m| !known.contains(&m.key.as_str())) {
            let expected = known
                .iter()
                .map(|k| ["`", k, "`"].concat())
                .collect::<Vec<_>>()
                .join(", ");
            return Err(SyntaxError::new(
                format!(
                    "unknown field `{}`, expected one of {expected}",
                    unknown.key
                ),
                unknown.key_at,
            ));
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

    /// A field that must be present.
    pub fn required(&self, name: &str) -> Result<&'a Node, SyntaxError> {
        self.get(name).ok_or_else(|| {
            SyntaxError::new(
                format!("the object that starts here has no `{name}` field"),
                self.at,
            )
        })
    }

    /// Required text.
    pub fn text(&self, name: &str) -> Result<String, SyntaxError> {
        text(self.required(name)?)
    }

    /// Optional text; absent means empty.
    pub fn optional_text(&self, name: &str) -> Result<String, SyntaxError> {
        self.get(name).map_or(Ok(String::new()), text)
    }

    /// A required list.
    pub fn list(&self, name: &str) -> Result<&'a [Node], SyntaxError> {
        list(self.required(name)?)
    }

    /// An optional list; absent means empty.
    pub fn optional_list(&self, name: &str) -> Result<&'a [Node], SyntaxError> {
        self.get(name).map_or(Ok(&[]), list)
    }

    /// A required whole number from 0 to `u32::MAX`.
    pub fn whole_number(&self, name: &str) -> Result<u32, SyntaxError> {
        whole_number(self.required(name)?)
    }
}

/// Every node read with `read`; the first error stops.
pub fn all<T>(
    nodes: &[Node],
    read: fn(&Node) -> Result<T, SyntaxError>,
) -> Result<Vec<T>, SyntaxError> {
    nodes.iter().map(read).collect()
}

/// `node` as text.
pub fn text(node: &Node) -> Result<String, SyntaxError> {
    match &node.value {
        Value::String(s) => Ok(s.clone()),
        _ => Err(wrong_type(node, "text in quotes")),
    }
}

/// `node` as an object whose field names are data (not a fixed set), in document order.
pub fn members(node: &Node) -> Result<&[Member], SyntaxError> {
    match &node.value {
        Value::Object(members) => Ok(members),
        _ => Err(wrong_type(node, "an object in braces")),
    }
}

/// `node` as a list.
pub fn list(node: &Node) -> Result<&[Node], SyntaxError> {
    match &node.value {
        Value::Array(items) => Ok(items),
        _ => Err(wrong_type(node, "a list in brackets")),
    }
}

/// `node` as a whole number that fits in a `u32`.
pub fn whole_number(node: &Node) -> Result<u32, SyntaxError> {
    match &node.value {
        Value::Number(n) => n
            .parse()
            .map_err(|_| SyntaxError::new(format!("expected a whole number, found {n}"), node.at)),
        _ => Err(wrong_type(node, "a whole number")),
    }
}

fn wrong_type(node: &Node, expected: &str) -> SyntaxError {
    let found = match &node.value {
        Value::Null => "null".to_owned(),
        Value::Bool(b) => if *b { "true" } else { "false" }.to_owned(),
        Value::Number(n) => ["the number ", n].concat(),
        Value::String(_) => "text".to_owned(),
        Value::Array(_) => "a list".to_owned(),
        Value::Object(_) => "an object".to_owned(),
    };
    SyntaxError::new(format!("expected {expected}, found {found}"), node.at)
}
