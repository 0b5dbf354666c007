//! The deck data model as authors write it (JSON; see `content/deck.schema.json`).
//! Nothing here is trusted until [`super::parse_deck`] has read and validated it.

/// A complete deck: a title, two to four piles, and the cards to sort into them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deck {
    pub id: String,
    /// The BCP 47 tag of the language the deck is written in (`fr`, `ar`); empty when the
    /// deck does not say (the page's language is assumed). For the `lang` and `dir` of
    /// its texts and the language of its LMS descriptions.
    pub lang: String,
    pub title: String,
    pub intro: String,
    pub piles: Vec<Pile>,
    pub sources: Vec<Source>,
    pub cards: Vec<Card>,
}

/// A pile a card can be sorted into.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pile {
    pub id: String,
    pub label: String,
    /// A neutral one-line description shown under the pile; never the answer.
    pub hint: String,
}

/// Where a card's idea comes from (an article, a policy, a book).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    pub id: String,
    pub title: String,
}

/// One card: what the learner reads, where it belongs, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Card {
    pub id: String,
    pub text: String,
    /// The id of the pile this card belongs in.
    pub pile: String,
    /// The short name of the idea the card hinges on ("skill-centric", ...).
    pub idea: String,
    /// One to three sentences saying why the card belongs in its pile.
    pub explanation: String,
    /// The id of one of the deck's sources (optional for author decks without sources).
    pub source: String,
}

impl Deck {
    /// The index of the pile with this id.
    pub fn pile_index(&self, pile_id: &str) -> Option<usize> {
        self.piles.iter().position(|p| p.id == pile_id)
    }

    /// The index of the pile each card belongs in (valid decks only).
    pub fn answer_key(&self) -> Vec<usize> {
        self.cards
            .iter()
            .map(|c| self.pile_index(&c.pile).unwrap_or(0))
            .collect()
    }

    /// The source title for a card, if the deck names one.
    pub fn source_title(&self, card: &Card) -> Option<&str> {
        self.sources
            .iter()
            .find(|s| s.id == card.source)
            .map(|s| s.title.as_str())
    }
}
