//! A small JSON reader for decks, questionnaires and language tables: [`parse`]
//! turns text into a tree that remembers where each value is, and [`Object`]
//! and friends read that tree into typed values with located errors
//! ([`SyntaxError`]: a kind, line and column, and the path in the document). It
//! stands in for serde_json to keep the shipped wasm small, and it is the one
//! parser hostile input meets (depth-capped, no recursion without a bound).
//!
//! Writing goes the other way (`write.rs`, the one writer): [`write_text`] and [`write_node`]
//! write a string or a parsed [`Node`] as the xAPI statements are written, straight to text;
//! [`Json`] (`value.rs`) is a tree to build and [`write()`] writes it.

mod error;
mod parse;
mod read;
mod value;
mod write;

pub use error::{Expected, Found, SyntaxError, SyntaxKind};
pub use parse::{parse, Member, Node, Pos, Value, MAX_DEPTH};
pub use read::{list, members, text, whole_number, Object};
pub use value::{decimal_text, Json, Number};
pub use write::{write, write_node, write_text};
