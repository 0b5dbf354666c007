//! Why a text is not the JSON that was expected, as data: what kind of
//! mistake ([`SyntaxKind`]), the line and column, and where in the document it
//! is (`cards[3].text`), the path being built as the error bubbles up through
//! the parser and the typed readers. The words are in the language tables
//! ([`SyntaxError::message`]).

use crate::i18n::{display_in_english, Message, MessageId};

use super::parse::Pos;

/// The first mistake in a document. Opaque and boxed (as serde_json's), so a
/// `Result` of the readers stays one word wide on the happy path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError(Box<Inner>);

#[derive(Debug, Clone, PartialEq, Eq)]
struct Inner {
    kind: SyntaxKind,
    at: Pos,
    /// From the innermost step out (errors gain their outer steps as they bubble up).
    steps: Vec<Step>,
}

/// What the mistake is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SyntaxKind {
    /// Nothing but whitespace.
    Empty,
    /// More than whitespace after the document.
    TrailingText,
    /// Something that cannot start a value.
    ExpectedValue,
    /// The text ends where a value should be.
    EndsBeforeValue,
    /// Nested deeper than [`super::MAX_DEPTH`].
    TooDeep,
    /// Neither `,` nor `]` after a list item.
    ExpectedItemEnd,
    /// A field name that is not in quotes.
    ExpectedKey,
    /// A field name given twice in one object.
    DuplicateKey(String),
    ExpectedColon,
    /// Neither `,` nor `}` after a field.
    ExpectedFieldEnd,
    UnterminatedString,
    /// A raw line break or control character inside a string.
    ControlCharacter,
    BadEscape,
    UnpairedSurrogate,
    ShortUnicodeEscape,
    BadNumber,
    /// A value of the wrong type.
    WrongType {
        expected: Expected,
        found: Found,
    },
    /// A number that is not a whole number fitting 32 bits (as written).
    NotWholeNumber(String),
    /// A field the object may not have, with the ones it may.
    UnknownField {
        field: String,
        allowed: &'static [&'static str],
    },
    /// A required field that is absent (placed at the object's start).
    MissingField(&'static str),
    /// The text is larger than its reader accepts (in bytes).
    TooLarge {
        bytes: usize,
        limit: usize,
    },
}

/// The type a reader expected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    Object,
    Text,
    List,
    WholeNumber,
}

/// The value found instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    Null,
    Bool(bool),
    /// The number as written.
    Number(String),
    Text,
    List,
    Object,
}

/// One step of a path into a document.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Step {
    Field(String),
    Index(usize),
}

impl SyntaxError {
    pub(crate) fn new(kind: SyntaxKind, at: Pos) -> Self {
        SyntaxError(Box::new(Inner {
            kind,
            at,
            steps: Vec::new(),
        }))
    }

    /// What kind of mistake (the category, with its data).
    pub fn kind(&self) -> &SyntaxKind {
        &self.0.kind
    }

    /// Where the mistake is in the text.
    pub fn at(&self) -> Pos {
        self.0.at
    }

    pub fn line(&self) -> usize {
        self.0.at.line
    }

    pub fn column(&self) -> usize {
        self.0.at.column
    }

    /// Where in the document: `cards[3].text`, `piles[0]`; empty at the top level.
    pub fn path(&self) -> String {
        let mut out = String::new();
        for step in self.0.steps.iter().rev() {
            match step {
                Step::Field(name) => {
                    if !out.is_empty() {
                        out.push('.');
                    }
                    out.push_str(name);
                }
                Step::Index(i) => {
                    out.push('[');
                    out.push_str(&i.to_string());
                    out.push(']');
                }
            }
        }
        out
    }

    /// The error, one level out: inside field `name` of an object.
    pub(crate) fn in_field(mut self, name: &str) -> Self {
        self.0.steps.push(Step::Field(name.to_owned()));
        self
    }

    /// The error, one level out: inside item `index` of a list.
    pub(crate) fn at_index(mut self, index: usize) -> Self {
        self.0.steps.push(Step::Index(index));
        self
    }

    /// Where, for a reader: `line 26, column 15, at cards[3].text`.
    pub fn place(&self) -> Message {
        let path = self.path();
        let id = if path.is_empty() {
            MessageId::JsonPlace
        } else {
            MessageId::JsonPlaceAt
        };
        Message::new(id)
            .count("line", self.line())
            .count("column", self.column())
            .text("path", &path)
    }

    /// What is wrong, without the place.
    pub fn message(&self) -> Message {
        use MessageId as M;
        let id = match self.kind() {
            SyntaxKind::Empty => M::JsonEmpty,
            SyntaxKind::TrailingText => M::JsonTrailingText,
            SyntaxKind::ExpectedValue => M::JsonExpectedValue,
            SyntaxKind::EndsBeforeValue => M::JsonEndsBeforeValue,
            SyntaxKind::TooDeep => M::JsonTooDeep,
            SyntaxKind::ExpectedItemEnd => M::JsonExpectedItemEnd,
            SyntaxKind::ExpectedKey => M::JsonExpectedKey,
            SyntaxKind::DuplicateKey(field) => {
                return Message::new(M::JsonDuplicateKey).text("field", field)
            }
            SyntaxKind::ExpectedColon => M::JsonExpectedColon,
            SyntaxKind::ExpectedFieldEnd => M::JsonExpectedFieldEnd,
            SyntaxKind::UnterminatedString => M::JsonUnterminatedString,
            SyntaxKind::ControlCharacter => M::JsonControlCharacter,
            SyntaxKind::BadEscape => M::JsonBadEscape,
            SyntaxKind::UnpairedSurrogate => M::JsonUnpairedSurrogate,
            SyntaxKind::ShortUnicodeEscape => M::JsonShortUnicodeEscape,
            SyntaxKind::BadNumber => M::JsonBadNumber,
            SyntaxKind::WrongType { expected, found } => {
                return Message::new(M::JsonWrongType)
                    .message("expected", expected.message())
                    .message("found", found.message())
            }
            SyntaxKind::NotWholeNumber(n) => {
                return Message::new(M::JsonNotWholeNumber).text("number", n)
            }
            SyntaxKind::UnknownField { field, allowed } => {
                let allowed: Vec<String> = allowed.iter().map(|k| ["`", k, "`"].concat()).collect();
                return Message::new(M::JsonUnknownField)
                    .text("field", field)
                    .text("allowed", &allowed.join(", "));
            }
            SyntaxKind::MissingField(field) => {
                return Message::new(M::JsonMissingField).text("field", field)
            }
            SyntaxKind::TooLarge { bytes, limit } => {
                return Message::new(M::JsonTooLarge)
                    .count("bytes", *bytes)
                    .count("limit", *limit)
            }
        };
        Message::new(id)
    }
}

display_in_english!(SyntaxError);

impl std::error::Error for SyntaxError {}

impl Expected {
    fn message(self) -> Message {
        Message::new(match self {
            Expected::Object => MessageId::JsonExpectedObject,
            Expected::Text => MessageId::JsonExpectedText,
            Expected::List => MessageId::JsonExpectedList,
            Expected::WholeNumber => MessageId::JsonExpectedWholeNumber,
        })
    }
}

impl Found {
    fn message(&self) -> Message {
        let id = match self {
            Found::Null => MessageId::JsonFoundNull,
            Found::Bool(true) => MessageId::JsonFoundTrue,
            Found::Bool(false) => MessageId::JsonFoundFalse,
            Found::Number(n) => return Message::new(MessageId::JsonFoundNumber).text("number", n),
            Found::Text => MessageId::JsonFoundText,
            Found::List => MessageId::JsonFoundList,
            Found::Object => MessageId::JsonFoundObject,
        };
        Message::new(id)
    }
}
