//! The one text encoding every saved record uses (a game per deck, the chooser, the
//! session index, the LMS reporter's state): short enough for SCORM 1.2's 4,096-character `cmi.suspend_data`, and
//! safe in `localStorage`, an xAPI state document or a URL.
//!
//! A record is `<kind><version>` followed by `;name=value` fields, for example
//! `g3;d=myth-or-fact;m=i;s=42;r=1`. Names are short and fixed per kind; values never
//! contain `;`. A reader ignores fields it does not know and gives absent optional fields
//! their default, so adding a field never drops a learner's save: the version changes
//! only when a field changes meaning.

use std::fmt::{Display, Write};

/// What a record holds. Each kind has its own version, so changing the meaning of one
/// kind's field never drops the records of another.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// One deck's game (`g`).
    Game,
    /// The chooser's progress (`c`).
    Chooser,
    /// The session index (`i`).
    Index,
    /// What the LMS reporter has recorded (`r`, see [`crate::report`]).
    Report,
}

impl Kind {
    fn letter(self) -> char {
        match self {
            Kind::Game => 'g',
            Kind::Chooser => 'c',
            Kind::Index => 'i',
            Kind::Report => 'r',
        }
    }

    /// The version of this kind written today (older forms are read by the kind's reader).
    pub fn version(self) -> u32 {
        match self {
            Kind::Game | Kind::Chooser | Kind::Index => 3,
            Kind::Report => 1,
        }
    }
}

/// A record read from text: its kind, version and fields, borrowed from the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record<'a> {
    pub kind: char,
    pub version: u32,
    fields: Vec<(&'a str, &'a str)>,
}

impl<'a> Record<'a> {
    /// Reads `<kind><version>;name=value;…`; `None` if the text has another shape.
    pub fn parse(text: &'a str) -> Option<Self> {
        let mut parts = text.split(';');
        let head = parts.next()?;
        let kind = head.chars().next().filter(char::is_ascii_lowercase)?;
        let version = head[1..].parse().ok()?;
        let fields = parts
            .map(|part| part.split_once('='))
            .collect::<Option<Vec<_>>>()?;
        Some(Self {
            kind,
            version,
            fields,
        })
    }

    /// Whether this is a record of `kind` (any version).
    pub fn is(&self, kind: Kind) -> bool {
        self.kind == kind.letter()
    }

    /// Whether this is a record of `kind` in the version written today.
    pub fn is_current(&self, kind: Kind) -> bool {
        self.is(kind) && self.version == kind.version()
    }

    /// The value of a field (the first, if a damaged record repeats one).
    pub fn get(&self, name: &str) -> Option<&'a str> {
        self.fields.iter().find(|(n, _)| *n == name).map(|f| f.1)
    }
}

/// Writes a record of its kind's version today.
#[derive(Debug)]
pub struct RecordWriter(String);

impl RecordWriter {
    pub fn new(kind: Kind) -> Self {
        Self(format!("{}{}", kind.letter(), kind.version()))
    }

    /// Adds `;name=value`. The value must not contain `;` (ids, numbers and
    /// [`digit`] strings never do).
    pub fn field(mut self, name: &str, value: impl Display) -> Self {
        let _ = write!(self.0, ";{name}={value}");
        self
    }

    pub fn finish(self) -> String {
        self.0
    }
}

/// The 64 characters a record packs small numbers into, one per character.
const DIGITS: &[u8; 64] = b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";

/// The character for `value` (0..64).
pub fn digit(value: u8) -> char {
    char::from(DIGITS[usize::from(value & 63)])
}

/// The value of a [`digit`] character.
pub fn digit_value(c: char) -> Option<u8> {
    DIGITS
        .iter()
        .position(|&d| char::from(d) == c)
        .map(|i| i as u8)
}
