//! The JSON reader: text in, a [`Node`] tree with the line and column of every
//! value out, or the first [`SyntaxError`] with its place (line, column and
//! path). Strict RFC 8259 (no
//! comments, no trailing commas), nesting capped at [`MAX_DEPTH`] so hostile
//! input cannot exhaust the stack, and no floating-point machinery: numbers
//! keep their text.

use super::error::{SyntaxError, SyntaxKind as K};

/// Deeper nesting than this is refused (decks need 4 levels).
pub const MAX_DEPTH: usize = 32;

/// Where a value starts: 1-based line, and 1-based column in characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pos {
    pub line: usize,
    pub column: usize,
}

/// A value and where it starts.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub value: Value,
    pub at: Pos,
}

/// A JSON value. Objects keep their members in document order.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    /// The number exactly as written (already checked against the grammar).
    Number(String),
    String(String),
    Array(Vec<Node>),
    Object(Vec<Member>),
}

impl Node {
    /// The member `key` of an object (`None` for anything else).
    pub fn get(&self, key: &str) -> Option<&Node> {
        match &self.value {
            Value::Object(members) => members.iter().find(|m| m.key == key).map(|m| &m.value),
            _ => None,
        }
    }
}

/// One `"key": value` pair of an object.
#[derive(Debug, Clone, PartialEq)]
pub struct Member {
    pub key: String,
    /// Where the key's opening quote is.
    pub key_at: Pos,
    pub value: Node,
}

/// Reads one JSON document; anything but whitespace after it is an error.
pub fn parse(text: &str) -> Result<Node, SyntaxError> {
    // A byte order mark some editors write first is not part of the document (RFC 8259 §8.1).
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = Reader {
        src: text,
        text: text.as_bytes(),
        index: 0,
        pos: Pos { line: 1, column: 1 },
        depth: 0,
    };
    reader.skip_space();
    if reader.peek().is_none() {
        return Err(reader.error(K::Empty));
    }
    let node = reader.value()?;
    reader.skip_space();
    if reader.peek().is_some() {
        return Err(reader.error(K::TrailingText));
    }
    Ok(node)
}

struct Reader<'a> {
    src: &'a str,
    text: &'a [u8],
    index: usize,
    pos: Pos,
    depth: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.get(self.index).copied()
    }

    fn bump(&mut self) -> Option<u8> {
        let byte = self.peek()?;
        self.index += 1;
        if byte == b'\n' {
            self.pos.line += 1;
            self.pos.column = 1;
        } else if byte & 0xC0 != 0x80 {
            // Count characters, not bytes: UTF-8 continuation bytes do not move the column.
            self.pos.column += 1;
        }
        Some(byte)
    }

    fn error(&self, kind: K) -> SyntaxError {
        SyntaxError::new(kind, self.pos)
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.bump();
        }
    }

    fn expect(&mut self, byte: u8, kind: K) -> Result<(), SyntaxError> {
        if self.peek() == Some(byte) {
            self.bump();
            Ok(())
        } else {
            Err(self.error(kind))
        }
    }

    fn value(&mut self) -> Result<Node, SyntaxError> {
        let at = self.pos;
        let value = match self.peek() {
            Some(b'{') => self.nested(Self::object)?,
            Some(b'[') => self.nested(Self::array)?,
            Some(b'"') => Value::String(self.string()?),
            Some(b'-' | b'0'..=b'9') => Value::Number(self.number()?),
            Some(b't') => self.word("true", Value::Bool(true))?,
            Some(b'f') => self.word("false", Value::Bool(false))?,
            Some(b'n') => self.word("null", Value::Null)?,
            Some(_) => return Err(self.error(K::ExpectedValue)),
            None => return Err(self.error(K::EndsBeforeValue)),
        };
        Ok(Node { value, at })
    }

    fn nested(
        &mut self,
        read: fn(&mut Self) -> Result<Value, SyntaxError>,
    ) -> Result<Value, SyntaxError> {
        if self.depth == MAX_DEPTH {
            return Err(self.error(K::TooDeep));
        }
        self.depth += 1;
        let value = read(self);
        self.depth -= 1;
        value
    }

    fn word(&mut self, word: &str, value: Value) -> Result<Value, SyntaxError> {
        if self.text[self.index..].starts_with(word.as_bytes()) {
            for _ in 0..word.len() {
                self.bump();
            }
            Ok(value)
        } else {
            Err(self.error(K::ExpectedValue))
        }
    }

    fn array(&mut self) -> Result<Value, SyntaxError> {
        self.bump();
        let mut items = Vec::new();
        self.skip_space();
        if self.peek() == Some(b']') {
            self.bump();
            return Ok(Value::Array(items));
        }
        loop {
            self.skip_space();
            let index = items.len();
            items.push(self.value().map_err(|e| e.at_index(index))?);
            self.skip_space();
            match self.peek() {
                Some(b',') => {
                    self.bump();
                }
                Some(b']') => {
                    self.bump();
                    return Ok(Value::Array(items));
                }
                _ => return Err(self.error(K::ExpectedItemEnd)),
            }
        }
    }

    fn object(&mut self) -> Result<Value, SyntaxError> {
        self.bump();
        let mut members: Vec<Member> = Vec::new();
        self.skip_space();
        if self.peek() == Some(b'}') {
            self.bump();
            return Ok(Value::Object(members));
        }
        loop {
            self.skip_space();
            let key_at = self.pos;
            if self.peek() != Some(b'"') {
                return Err(self.error(K::ExpectedKey));
            }
            let key = self.string()?;
            if members.iter().any(|m| m.key == key) {
                return Err(SyntaxError::new(K::DuplicateKey(key.clone()), key_at).in_field(&key));
            }
            self.skip_space();
            self.expect(b':', K::ExpectedColon)?;
            self.skip_space();
            let value = self.value().map_err(|e| e.in_field(&key))?;
            members.push(Member { key, key_at, value });
            self.skip_space();
            match self.peek() {
                Some(b',') => {
                    self.bump();
                }
                Some(b'}') => {
                    self.bump();
                    return Ok(Value::Object(members));
                }
                _ => return Err(self.error(K::ExpectedFieldEnd)),
            }
        }
    }

    fn string(&mut self) -> Result<String, SyntaxError> {
        self.bump();
        let mut out = Vec::new();
        loop {
            let at = self.pos;
            match self.bump() {
                None => return Err(self.error(K::UnterminatedString)),
                Some(b'"') => break,
                Some(b'\\') => self.escape(&mut out, at)?,
                Some(byte) if byte < 0x20 => return Err(SyntaxError::new(K::ControlCharacter, at)),
                Some(byte) => out.push(byte),
            }
        }
        // The input is a &str and escapes push whole characters, so this cannot fail.
        Ok(String::from_utf8(out).unwrap_or_default())
    }

    fn escape(&mut self, out: &mut Vec<u8>, at: Pos) -> Result<(), SyntaxError> {
        let bad = || SyntaxError::new(K::BadEscape, at);
        let ch = match self.bump().ok_or_else(bad)? {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let first = self.hex4(at)?;
                let code = if (0xD800..0xDC00).contains(&first) {
                    // A high surrogate must be followed by an escaped low surrogate.
                    let pair = self.bump() == Some(b'\\') && self.bump() == Some(b'u');
                    let second = if pair { self.hex4(at)? } else { 0 };
                    if !(0xDC00..0xE000).contains(&second) {
                        return Err(SyntaxError::new(K::UnpairedSurrogate, at));
                    }
                    0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
                } else {
                    first
                };
                char::from_u32(code).ok_or_else(|| SyntaxError::new(K::UnpairedSurrogate, at))?
            }
            _ => return Err(bad()),
        };
        let mut buf = [0; 4];
        out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
        Ok(())
    }

    fn hex4(&mut self, at: Pos) -> Result<u32, SyntaxError> {
        let mut code = 0;
        for _ in 0..4 {
            let digit = self
                .bump()
                .and_then(|b| char::from(b).to_digit(16))
                .ok_or_else(|| SyntaxError::new(K::ShortUnicodeEscape, at))?;
            code = code * 16 + digit;
        }
        Ok(code)
    }

    fn number(&mut self) -> Result<String, SyntaxError> {
        let start = self.index;
        let bad = |r: &Self| r.error(K::BadNumber);
        if self.peek() == Some(b'-') {
            self.bump();
        }
        match self.peek() {
            Some(b'0') => {
                self.bump();
            }
            Some(b'1'..=b'9') => self.digits(),
            _ => return Err(bad(self)),
        }
        if self.peek() == Some(b'.') {
            self.bump();
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(bad(self));
            }
            self.digits();
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.bump();
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.bump();
            }
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(bad(self));
            }
            self.digits();
        }
        // Only ASCII was consumed since `start`, so both ends are character boundaries.
        Ok(self.src[start..self.index].to_owned())
    }

    fn digits(&mut self) {
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.bump();
        }
    }
}
