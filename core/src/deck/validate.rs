//! The single validated entry point for decks: text in, a [`Deck`] that obeys
//! every rule out, or a [`DeckError`] listing every problem with its location.

use super::error::{DeckError, DeckProblem, Field, Location, ProblemKind};
use super::model::{Card, Deck, Pile, Source};
use crate::json::{self, Node, Object, Pos, SyntaxError, SyntaxKind};

/// The rules a deck must obey. Lengths count Unicode characters.
pub mod limits {
    pub const MIN_PILES: usize = 2;
    pub const MAX_PILES: usize = 4;
    pub const MIN_CARDS: usize = 4;
    pub const MAX_CARDS: usize = 2000;
    pub const MAX_ID: usize = 48;
    /// A language tag's length (RFC 5646 asks every implementation to take 35).
    pub const MAX_LANG: usize = 35;
    pub const MAX_TITLE: usize = 120;
    pub const MAX_INTRO: usize = 400;
    pub const MAX_LABEL: usize = 40;
    pub const MAX_HINT: usize = 100;
    pub const MAX_TEXT: usize = 160;
    pub const MAX_IDEA: usize = 60;
    pub const MAX_EXPLANATION: usize = 500;
    /// Larger input is refused before parsing.
    pub const MAX_BYTES: usize = 2 * 1024 * 1024;
}

/// An author's deck from the page's inert `<script type="application/json">` block:
/// [`refuse_built_in_id`], and a text that ends inside a quoted string is
/// [`DeckError::CutShort`]: the browser ends such a block at the first `</script>`, even
/// inside a JSON string, and shows the rest of the deck as text on the page.
pub fn check_page_deck(
    deck: Result<Deck, DeckError>,
    built_in: &[&str],
) -> Result<Deck, DeckError> {
    match refuse_built_in_id(deck, built_in) {
        Err(DeckError::Syntax(e)) if *e.kind() == SyntaxKind::UnterminatedString => {
            Err(DeckError::CutShort(e))
        }
        other => other,
    }
}

/// An author's deck, refused when it takes the id of a built-in deck (`built_in`): its
/// saved games would be mixed with that deck's. Every other problem it has is kept.
pub fn refuse_built_in_id(
    deck: Result<Deck, DeckError>,
    built_in: &[&str],
) -> Result<Deck, DeckError> {
    let taken = DeckError::id_of(&deck).is_some_and(|id| built_in.contains(&id));
    if !taken {
        return deck;
    }
    let problem = DeckProblem {
        location: Location::Deck,
        field: Field::Id,
        kind: ProblemKind::BuiltInId,
    };
    match deck {
        Ok(d) => Err(DeckError::Invalid {
            deck_id: d.id,
            problems: vec![problem],
        }),
        Err(DeckError::Invalid {
            deck_id,
            mut problems,
        }) => {
            problems.insert(0, problem);
            Err(DeckError::Invalid { deck_id, problems })
        }
        syntax => syntax,
    }
}

/// Parses and validates a deck. This is the only way the app obtains a deck.
pub fn parse_deck(text: &str) -> Result<Deck, DeckError> {
    if text.len() > limits::MAX_BYTES {
        let kind = SyntaxKind::TooLarge {
            bytes: text.len(),
            limit: limits::MAX_BYTES,
        };
        return Err(DeckError::Syntax(SyntaxError::new(
            kind,
            Pos { line: 1, column: 1 },
        )));
    }
    let deck = json::parse(text)
        .and_then(|root| read_deck(&root))
        .map_err(DeckError::Syntax)?;
    let problems = problems(&deck);
    if problems.is_empty() {
        Ok(deck)
    } else {
        Err(DeckError::Invalid {
            deck_id: deck.id.clone(),
            problems,
        })
    }
}

/// The document's shape: the fields a deck may have, with the right types.
fn read_deck(root: &Node) -> Result<Deck, SyntaxError> {
    let o = Object::new(
        root,
        &["id", "lang", "title", "intro", "piles", "sources", "cards"],
    )?;
    Ok(Deck {
        id: o.text("id")?,
        lang: o.optional_text("lang")?,
        title: o.text("title")?,
        intro: o.optional_text("intro")?,
        piles: o.list_of("piles", read_pile)?,
        sources: o.optional_list_of("sources", read_source)?,
        cards: o.list_of("cards", read_card)?,
    })
}

fn read_pile(node: &Node) -> Result<Pile, SyntaxError> {
    let o = Object::new(node, &["id", "label", "hint"])?;
    Ok(Pile {
        id: o.text("id")?,
        label: o.text("label")?,
        hint: o.optional_text("hint")?,
    })
}

fn read_source(node: &Node) -> Result<Source, SyntaxError> {
    let o = Object::new(node, &["id", "title"])?;
    Ok(Source {
        id: o.text("id")?,
        title: o.text("title")?,
    })
}

fn read_card(node: &Node) -> Result<Card, SyntaxError> {
    let o = Object::new(
        node,
        &["id", "text", "pile", "idea", "explanation", "source"],
    )?;
    Ok(Card {
        id: o.text("id")?,
        text: o.text("text")?,
        pile: o.text("pile")?,
        idea: o.optional_text("idea")?,
        explanation: o.text("explanation")?,
        source: o.optional_text("source")?,
    })
}

/// Every rule the deck breaks, in document order.
fn problems(deck: &Deck) -> Vec<DeckProblem> {
    let mut out = Problems::default();
    let at = Location::Deck;
    out.id(&at, &deck.id);
    if !deck.lang.is_empty() && !crate::i18n::is_language_tag(&deck.lang) {
        out.push(&at, Field::Lang, ProblemKind::BadLang);
    }
    out.text(&at, Field::Title, &deck.title, limits::MAX_TITLE, true);
    out.text(&at, Field::Intro, &deck.intro, limits::MAX_INTRO, false);

    let piles = deck.piles.len();
    if piles < limits::MIN_PILES {
        out.push(
            &at,
            Field::Piles,
            ProblemKind::TooFewPiles {
                count: piles,
                min: limits::MIN_PILES,
            },
        );
    } else if piles > limits::MAX_PILES {
        out.push(
            &at,
            Field::Piles,
            ProblemKind::TooManyPiles {
                count: piles,
                max: limits::MAX_PILES,
            },
        );
    }
    // Ids seen so far, in plain lists: a deck is small, and a hash set costs the wasm more
    // code than a linear search costs time (1,000 cards: well under a millisecond).
    let mut pile_ids: Vec<&str> = Vec::new();
    for (index, pile) in deck.piles.iter().enumerate() {
        let at = Location::Pile {
            index,
            id: pile.id.clone(),
        };
        out.id(&at, &pile.id);
        if pile_ids.contains(&pile.id.as_str()) {
            out.push(&at, Field::Id, ProblemKind::Duplicate);
        } else {
            pile_ids.push(&pile.id);
        }
        out.text(&at, Field::Label, &pile.label, limits::MAX_LABEL, true);
        out.text(&at, Field::Hint, &pile.hint, limits::MAX_HINT, false);
    }

    let mut source_ids: Vec<&str> = Vec::new();
    for (index, source) in deck.sources.iter().enumerate() {
        let at = Location::Source {
            index,
            id: source.id.clone(),
        };
        out.id(&at, &source.id);
        if source_ids.contains(&source.id.as_str()) {
            out.push(&at, Field::Id, ProblemKind::Duplicate);
        } else {
            source_ids.push(&source.id);
        }
        out.text(&at, Field::Title, &source.title, limits::MAX_TITLE, true);
    }

    let cards = deck.cards.len();
    if cards < limits::MIN_CARDS {
        out.push(
            &at,
            Field::Cards,
            ProblemKind::TooFewCards {
                count: cards,
                min: limits::MIN_CARDS,
            },
        );
    } else if cards > limits::MAX_CARDS {
        out.push(
            &at,
            Field::Cards,
            ProblemKind::TooManyCards {
                count: cards,
                max: limits::MAX_CARDS,
            },
        );
    }
    let mut card_ids: Vec<&str> = Vec::with_capacity(cards);
    for (index, card) in deck.cards.iter().enumerate() {
        let at = Location::Card {
            index,
            id: card.id.clone(),
        };
        out.id(&at, &card.id);
        if card_ids.contains(&card.id.as_str()) {
            out.push(&at, Field::Id, ProblemKind::Duplicate);
        } else {
            card_ids.push(&card.id);
        }
        out.text(&at, Field::Text, &card.text, limits::MAX_TEXT, true);
        if !pile_ids.contains(&card.pile.as_str()) {
            out.push(
                &at,
                Field::Pile,
                ProblemKind::UnknownPile(card.pile.clone()),
            );
        }
        out.text(&at, Field::Idea, &card.idea, limits::MAX_IDEA, false);
        out.text(
            &at,
            Field::Explanation,
            &card.explanation,
            limits::MAX_EXPLANATION,
            true,
        );
        let names_source = !card.source.is_empty() || !deck.sources.is_empty();
        if names_source && !source_ids.contains(&card.source.as_str()) {
            out.push(
                &at,
                Field::Source,
                ProblemKind::UnknownSource(card.source.clone()),
            );
        }
    }
    out.0
}

#[derive(Default)]
struct Problems(Vec<DeckProblem>);

impl Problems {
    fn push(&mut self, at: &Location, field: Field, kind: ProblemKind) {
        self.0.push(DeckProblem {
            location: at.clone(),
            field,
            kind,
        });
    }

    fn id(&mut self, at: &Location, id: &str) {
        if id.is_empty() {
            self.push(at, Field::Id, ProblemKind::Empty);
        } else if !is_valid_id(id) {
            self.push(at, Field::Id, ProblemKind::BadId);
        }
    }

    fn text(&mut self, at: &Location, field: Field, value: &str, max: usize, required: bool) {
        let len = value.chars().count();
        if required && value.trim().is_empty() {
            self.push(at, field, ProblemKind::Empty);
        } else if len > max {
            self.push(at, field, ProblemKind::TooLong { len, max });
        }
    }
}

/// Lowercase ASCII letters, digits and hyphens, at most [`limits::MAX_ID`] long.
pub(crate) fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= limits::MAX_ID
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}
