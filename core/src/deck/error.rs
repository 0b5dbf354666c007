//! Deck errors: every problem found in a deck, each with its location
//! (deck id, card index and id, field), so an author can fix them all at once.

use std::fmt;

/// Which field of a deck, pile, source or card a problem is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Id,
    Title,
    Intro,
    Piles,
    Label,
    Hint,
    Sources,
    Cards,
    Text,
    Pile,
    Idea,
    Explanation,
    Source,
}

impl Field {
    pub fn name(self) -> &'static str {
        match self {
            Field::Id => "id",
            Field::Title => "title",
            Field::Intro => "intro",
            Field::Piles => "piles",
            Field::Label => "label",
            Field::Hint => "hint",
            Field::Sources => "sources",
            Field::Cards => "cards",
            Field::Text => "text",
            Field::Pile => "pile",
            Field::Idea => "idea",
            Field::Explanation => "explanation",
            Field::Source => "source",
        }
    }
}

/// Where in a deck a problem sits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    Deck,
    Pile { index: usize, id: String },
    Source { index: usize, id: String },
    Card { index: usize, id: String },
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Location::Deck => Ok(()),
            Location::Pile { index, id } => write!(f, "pile {} (\"{id}\") ", index + 1),
            Location::Source { index, id } => write!(f, "source {} (\"{id}\") ", index + 1),
            Location::Card { index, id } => write!(f, "card {} (\"{id}\") ", index + 1),
        }
    }
}

/// What is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemKind {
    Empty,
    TooLong { len: usize, max: usize },
    BadId,
    Duplicate,
    UnknownPile(String),
    UnknownSource(String),
    TooFewPiles { count: usize, min: usize },
    TooManyPiles { count: usize, max: usize },
    TooFewCards { count: usize, min: usize },
    TooManyCards { count: usize, max: usize },
}

/// One problem: where, which field, what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeckProblem {
    pub location: Location,
    pub field: Field,
    pub kind: ProblemKind,
}

impl fmt::Display for DeckProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}: ", self.location, self.field.name())?;
        match &self.kind {
            ProblemKind::Empty => write!(f, "must not be empty"),
            ProblemKind::TooLong { len, max } => {
                write!(f, "is {len} characters long, the limit is {max}")
            }
            ProblemKind::BadId => write!(
                f,
                "must use only lowercase letters, digits and hyphens (at most 48)"
            ),
            ProblemKind::Duplicate => write!(f, "is used more than once"),
            ProblemKind::UnknownPile(p) => {
                write!(f, "names pile \"{p}\", which the deck does not have")
            }
            ProblemKind::UnknownSource(s) => {
                write!(f, "names source \"{s}\", which the deck does not list")
            }
            ProblemKind::TooFewPiles { count, min } => {
                write!(f, "found {count}, a deck needs at least {min}")
            }
            ProblemKind::TooManyPiles { count, max } => {
                write!(f, "found {count}, a deck may have at most {max}")
            }
            ProblemKind::TooFewCards { count, min } => {
                write!(f, "found {count}, a deck needs at least {min}")
            }
            ProblemKind::TooManyCards { count, max } => {
                write!(f, "found {count}, a deck may have at most {max}")
            }
        }
    }
}

/// Why a deck was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeckError {
    /// The text is not a deck at all (bad JSON, a missing or unknown field).
    Syntax {
        message: String,
        line: usize,
        column: usize,
    },
    /// The deck parsed but breaks one or more rules; all are listed.
    Invalid {
        deck_id: String,
        problems: Vec<DeckProblem>,
    },
}

impl fmt::Display for DeckError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DeckError::Syntax {
                message,
                line,
                column,
            } => write!(
                f,
                "The deck could not be read (line {line}, column {column}): {message}"
            ),
            DeckError::Invalid { deck_id, problems } => {
                let name = if deck_id.is_empty() {
                    "(no id)"
                } else {
                    deck_id
                };
                write!(f, "Deck \"{name}\" has {} problem", problems.len())?;
                if problems.len() != 1 {
                    write!(f, "s")?;
                }
                write!(f, ":")?;
                for p in problems {
                    write!(f, "\n- {p}")?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for DeckError {}
