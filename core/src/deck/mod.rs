//! Card decks: the types authors write (as JSON), the one validated entry point
//! ([`parse_deck`]) every deck goes through, and the built-in decks (for tests).

mod builtin;
mod error;
mod model;
mod validate;

pub use builtin::{available_decks, builtin_deck, builtin_deck_ids, builtin_decks};
pub use error::{DeckError, DeckProblem, Field, Location, ProblemKind};
pub use model::{Card, Deck, Pile, Source};
pub(crate) use validate::is_valid_id;
pub use validate::{check_page_deck, limits, parse_deck, refuse_built_in_id};
