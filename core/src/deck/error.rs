//! Deck errors: every problem found in a deck, each with its location
//! (deck id, card index and id, field), so an author can fix them all at once.
//! Each gives its [`Message`]; the words are in the language tables.

use std::fmt;

use super::validate::limits::MAX_ID;
use crate::i18n::{display_in_english, Catalog, Message, MessageId};
use crate::json::SyntaxError;

/// Which field of a deck, pile, source or card a problem is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Id,
    Lang,
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
            Field::Lang => "lang",
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

impl Location {
    /// The place, for the start of a problem's line (`card 3 ("card-1")`); `None` for the deck.
    pub fn message(&self) -> Option<Message> {
        let (id, index, card_id) = match self {
            Location::Deck => return None,
            Location::Pile { index, id } => (MessageId::DeckAtPile, index, id),
            Location::Source { index, id } => (MessageId::DeckAtSource, index, id),
            Location::Card { index, id } => (MessageId::DeckAtCard, index, id),
        };
        Some(
            Message::new(id)
                .count("number", index + 1)
                .text("id", card_id),
        )
    }
}

/// What is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemKind {
    Empty,
    TooLong {
        len: usize,
        max: usize,
    },
    BadId,
    /// `lang` is not a language tag (`en`, `fr-CA`, `ar`).
    BadLang,
    /// An author's deck uses the id of a built-in deck (their saves would mix).
    BuiltInId,
    Duplicate,
    UnknownPile(String),
    UnknownSource(String),
    TooFewPiles {
        count: usize,
        min: usize,
    },
    TooManyPiles {
        count: usize,
        max: usize,
    },
    TooFewCards {
        count: usize,
        min: usize,
    },
    TooManyCards {
        count: usize,
        max: usize,
    },
}

/// One problem: where, which field, what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeckProblem {
    pub location: Location,
    pub field: Field,
    pub kind: ProblemKind,
}

impl ProblemKind {
    pub fn message(&self) -> Message {
        use MessageId as M;
        match self {
            ProblemKind::Empty => Message::new(M::ProblemEmpty),
            ProblemKind::TooLong { len, max } => Message::new(M::ProblemTooLong)
                .count("length", *len)
                .count("max", *max),
            ProblemKind::BadId => Message::new(M::DeckBadId).count("max", MAX_ID),
            ProblemKind::BadLang => Message::new(M::ProblemBadLang),
            ProblemKind::BuiltInId => Message::new(M::DeckBuiltinId),
            ProblemKind::Duplicate => Message::new(M::ProblemDuplicate),
            ProblemKind::UnknownPile(p) => Message::new(M::DeckUnknownPile).text("pile", p),
            ProblemKind::UnknownSource(s) => Message::new(M::DeckUnknownSource).text("source", s),
            ProblemKind::TooFewPiles { count, min } | ProblemKind::TooFewCards { count, min } => {
                Message::new(M::DeckTooFew)
                    .count("count", *count)
                    .count("min", *min)
            }
            ProblemKind::TooManyPiles { count, max } | ProblemKind::TooManyCards { count, max } => {
                Message::new(M::DeckTooMany)
                    .count("count", *count)
                    .count("max", *max)
            }
        }
    }
}

impl DeckProblem {
    /// The whole line: `card 3 ("card-1") id: is used more than once`.
    pub fn message(&self) -> Message {
        let base = match self.location.message() {
            None => Message::new(MessageId::DeckProblem),
            Some(place) => Message::new(MessageId::DeckProblemAt).message("place", place),
        };
        base.text("field", self.field.name())
            .message("problem", self.kind.message())
    }
}

display_in_english!(DeckProblem);

/// Why a deck was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeckError {
    /// The text is not a deck at all (bad JSON, a missing or unknown field), or too large.
    Syntax(SyntaxError),
    /// A deck from the page whose text ends inside a quoted string: most likely a raw
    /// `</script>` in it ended its script block early ([`super::check_page_deck`]).
    CutShort(SyntaxError),
    /// The deck parsed but breaks one or more rules; all are listed.
    Invalid {
        deck_id: String,
        problems: Vec<DeckProblem>,
    },
}

impl DeckError {
    /// The id the refused deck gave itself (`None` when it could not be read).
    pub fn deck_id(&self) -> Option<&str> {
        match self {
            DeckError::Invalid { deck_id, .. } => Some(deck_id),
            DeckError::Syntax(_) | DeckError::CutShort(_) => None,
        }
    }

    /// The id of a deck on offer, valid or refused (`None` when it could not be read).
    pub fn id_of(deck: &Result<super::Deck, DeckError>) -> Option<&str> {
        match deck {
            Ok(d) => Some(&d.id),
            Err(e) => e.deck_id(),
        }
    }

    /// The summary: the unreadable deck's place and mistake, or how many problems there are.
    pub fn message(&self) -> Message {
        match self {
            DeckError::Syntax(e) | DeckError::CutShort(e) => {
                Message::new(MessageId::DeckUnreadable)
                    .message("place", e.place())
                    .message("problem", e.message())
            }
            DeckError::Invalid { deck_id, problems } => {
                let base = Message::new(MessageId::DeckInvalid).count("count", problems.len());
                if deck_id.is_empty() {
                    base.message("deck", Message::new(MessageId::DeckNoId))
                } else {
                    base.text("deck", deck_id)
                }
            }
        }
    }

    /// One message per problem (none for a deck that could not be read; for one cut short,
    /// what most likely cut it).
    pub fn problem_messages(&self) -> Vec<Message> {
        match self {
            DeckError::Syntax(_) => Vec::new(),
            DeckError::CutShort(_) => vec![Message::new(MessageId::DeckScriptEnd)],
            DeckError::Invalid { problems, .. } => {
                problems.iter().map(DeckProblem::message).collect()
            }
        }
    }
}

/// The English report: the summary, then one `- problem` line each.
impl fmt::Display for DeckError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&Catalog::english().report(&self.message(), &self.problem_messages()))
    }
}

impl std::error::Error for DeckError {}
