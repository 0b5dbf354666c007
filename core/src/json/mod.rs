//! A small JSON reader for decks and questionnaires: [`parse`] turns text into
//! a tree that remembers where each value is, and [`Object`] and friends read
//! that tree into typed values with author-friendly, located errors. It stands
//! in for serde_json to keep the shipped wasm small, and it is the one parser
//! hostile input meets (depth-capped, no recursion without a bound).

mod parse;
mod read;

pub use parse::{parse, Member, Node, Pos, SyntaxError, Value, MAX_DEPTH};
pub use read::{all, list, members, text, whole_number, Object};
