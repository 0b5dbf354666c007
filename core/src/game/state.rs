//! The game state machine. Every input method (mouse drag, touch drag, tap,
//! keyboard) ends in the same [`Action`]s, applied by [`Game::apply`] with the time
//! passed in; every transition (and [`Game::open`]) reports what happened as
//! [`GameEvent`]s.

use super::clock::ShownAt;
use super::events::GameEvent;
use super::score::{PileTally, RoundSummary};
use super::shuffle::shuffled;
use crate::deck::Deck;

/// When the learner learns whether a card was right.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FeedbackMode {
    /// Right or wrong, with the explanation, after every card.
    #[default]
    Immediate,
    /// Assessment style: no hints until every card is placed and checked.
    AtEnd,
}

/// Where the round is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// Waiting for the current card to be placed.
    Sorting,
    /// Immediate mode: the current card's result and explanation are shown.
    Feedback,
    /// At-end mode: every card is placed; cards may be moved until "check".
    Review,
    /// The round is over: score, chart, missed cards.
    Results,
}

impl Phase {
    /// A stable lowercase name (for `data-phase` hooks and styling).
    pub fn key(self) -> &'static str {
        match self {
            Phase::Sorting => "sorting",
            Phase::Feedback => "feedback",
            Phase::Review => "review",
            Phase::Results => "results",
        }
    }
}

/// What the learner can do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Put the current card on a pile (by pile index).
    Place(usize),
    /// At-end mode: move an already placed card to another pile before checking.
    Move { card: usize, pile: usize },
    /// Immediate mode: leave the feedback and go to the next card.
    Next,
    /// At-end mode: reveal results once every card is placed.
    Check,
    /// Play only the cards that are still wrong.
    RetryMissed,
    /// Start over with every card, in a new order.
    PlayAgain { seed: u64 },
}

/// How a game came onto the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Opening {
    /// A new game, just started.
    Fresh,
    /// A game restored from the learner's save.
    Resumed,
}

/// Why an action was not applied; the state is unchanged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rejected {
    WrongPhase,
    NoSuchPile,
    NoSuchCard,
    NotPlaced,
    NothingMissed,
}

/// The shuffle seed of one round of a game.
pub(super) fn round_seed(seed: u64, round: u32) -> u64 {
    seed.wrapping_add(u64::from(round).wrapping_mul(0x9E37_79B9_7F4A_7C15))
}

/// One game over one deck.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Game {
    pub(super) answers: Vec<usize>,
    pub(super) piles: usize,
    pub(super) mode: FeedbackMode,
    pub(super) seed: u64,
    pub(super) round: u32,
    pub(super) queue: Vec<usize>,
    pub(super) position: usize,
    pub(super) placed: Vec<Option<usize>>,
    pub(super) first_try: Vec<Option<bool>>,
    pub(super) latest: Vec<Option<bool>>,
    pub(super) phase: Phase,
    pub(super) shown_at: ShownAt,
}

impl Game {
    /// A new game: `answers[i]` is the pile card `i` belongs in.
    pub fn new(answers: Vec<usize>, piles: usize, mode: FeedbackMode, seed: u64) -> Self {
        let n = answers.len();
        let mut game = Self {
            answers,
            piles,
            mode,
            seed,
            round: 0,
            queue: Vec::new(),
            position: 0,
            placed: vec![None; n],
            first_try: vec![None; n],
            latest: vec![None; n],
            phase: Phase::Sorting,
            shown_at: ShownAt::default(),
        };
        game.start_round((0..n).collect());
        game
    }

    /// A new game over a validated deck.
    pub fn for_deck(deck: &Deck, mode: FeedbackMode, seed: u64) -> Self {
        Self::new(deck.answer_key(), deck.piles.len(), mode, seed)
    }

    pub fn phase(&self) -> Phase {
        self.phase
    }

    pub fn mode(&self) -> FeedbackMode {
        self.mode
    }

    pub fn round(&self) -> u32 {
        self.round
    }

    pub fn seed(&self) -> u64 {
        self.seed
    }

    /// The round's cards in play order.
    pub fn queue(&self) -> &[usize] {
        &self.queue
    }

    /// The card on the table (while sorting, or whose feedback is shown).
    pub fn current_card(&self) -> Option<usize> {
        match self.phase {
            Phase::Sorting | Phase::Feedback => self.queue.get(self.position).copied(),
            Phase::Review | Phase::Results => None,
        }
    }

    /// (cards dealt so far including the current one, cards in the round).
    pub fn progress(&self) -> (usize, usize) {
        let shown = match self.phase {
            Phase::Sorting | Phase::Feedback => self.position + 1,
            Phase::Review | Phase::Results => self.queue.len(),
        };
        (shown.min(self.queue.len()), self.queue.len())
    }

    /// The pile a card was put on in this round.
    pub fn placement(&self, card: usize) -> Option<usize> {
        self.placed.get(card).copied().flatten()
    }

    /// The pile a card belongs in.
    pub fn answer(&self, card: usize) -> Option<usize> {
        self.answers.get(card).copied()
    }

    /// The card's latest known result (`None` until revealed).
    pub fn result(&self, card: usize) -> Option<bool> {
        self.latest.get(card).copied().flatten()
    }

    /// Cards placed in this round so far, in play order (for at-end mode's piles).
    pub fn placed_cards(&self) -> Vec<usize> {
        self.queue
            .iter()
            .copied()
            .filter(|&c| self.placed[c].is_some())
            .collect()
    }

    /// Puts the game on the table at `now_ms` (the current card is shown then): the
    /// first event of every game the learner sees, new (`deck_id` is the deck's id) or resumed.
    pub fn open(&mut self, deck_id: &str, opening: Opening, now_ms: u64) -> Vec<GameEvent> {
        self.shown_at.set(now_ms);
        let deck = deck_id.to_string();
        vec![match opening {
            Opening::Fresh => GameEvent::Started {
                deck,
                mode: self.mode,
                cards: self.queue.len(),
            },
            Opening::Resumed => GameEvent::Resumed {
                deck,
                mode: self.mode,
                round: self.round,
            },
        }]
    }

    /// Applies one action at `now_ms` (any monotonic clock, in milliseconds); on
    /// rejection nothing changes. An applied action always reports at least one event.
    pub fn apply(&mut self, action: Action, now_ms: u64) -> Result<Vec<GameEvent>, Rejected> {
        match action {
            Action::Place(pile) => self.place(pile, now_ms),
            Action::Move { card, pile } => self.move_card(card, pile),
            Action::Next => self.next(now_ms),
            Action::Check => self.check(),
            Action::RetryMissed => self.retry_missed(now_ms),
            Action::PlayAgain { seed } => {
                *self = Self::new(
                    std::mem::take(&mut self.answers),
                    self.piles,
                    self.mode,
                    seed,
                );
                self.shown_at.set(now_ms);
                Ok(vec![GameEvent::PlayedAgain {
                    cards: self.queue.len(),
                }])
            }
        }
    }

    /// The current round's score, per-pile tallies and misses.
    pub fn summary(&self) -> RoundSummary {
        let mut per_pile = vec![PileTally::default(); self.piles];
        let mut correct = 0;
        let mut missed = Vec::new();
        for &card in &self.queue {
            let tally = &mut per_pile[self.answers[card]];
            match self.latest[card] {
                Some(true) => {
                    correct += 1;
                    tally.right += 1;
                }
                Some(false) => {
                    tally.wrong += 1;
                    missed.push(card);
                }
                None => {}
            }
        }
        let count = |v: &[Option<bool>]| v.iter().filter(|r| **r == Some(true)).count();
        RoundSummary {
            round: self.round,
            correct,
            total: self.queue.len(),
            per_pile,
            missed,
            deck_correct: count(&self.latest),
            deck_total: self.answers.len(),
            first_try_correct: count(&self.first_try),
        }
    }

    /// Deals `cards` (in card order) for a new round: the order depends only on which
    /// cards play, the seed and the round, so a compact save can recompute it.
    fn start_round(&mut self, cards: Vec<usize>) {
        self.round += 1;
        self.queue = shuffled(&cards, round_seed(self.seed, self.round));
        self.position = 0;
        for &card in &self.queue {
            self.placed[card] = None;
        }
        self.phase = if self.queue.is_empty() {
            Phase::Results
        } else {
            Phase::Sorting
        };
    }

    fn record(&mut self, card: usize, correct: bool) {
        if self.first_try[card].is_none() {
            self.first_try[card] = Some(correct);
        }
        self.latest[card] = Some(correct);
    }

    fn finish_round(&mut self) -> GameEvent {
        self.phase = Phase::Results;
        let summary = self.summary();
        GameEvent::RoundFinished {
            round: self.round,
            correct: summary.correct,
            total: summary.total,
        }
    }

    fn place(&mut self, pile: usize, now_ms: u64) -> Result<Vec<GameEvent>, Rejected> {
        if self.phase != Phase::Sorting {
            return Err(Rejected::WrongPhase);
        }
        if pile >= self.piles {
            return Err(Rejected::NoSuchPile);
        }
        let card = self.queue[self.position];
        self.placed[card] = Some(pile);
        let shown_ms = self.shown_at.elapsed(now_ms);
        match self.mode {
            FeedbackMode::Immediate => {
                let correct = self.answers[card] == pile;
                self.record(card, correct);
                self.phase = Phase::Feedback;
                Ok(vec![GameEvent::CardPlaced {
                    card,
                    pile,
                    correct: Some(correct),
                    shown_ms,
                }])
            }
            FeedbackMode::AtEnd => {
                self.position += 1;
                if self.position == self.queue.len() {
                    self.phase = Phase::Review;
                }
                // The next card (if any) is on the table at once.
                self.shown_at.set(now_ms);
                Ok(vec![GameEvent::CardPlaced {
                    card,
                    pile,
                    correct: None,
                    shown_ms,
                }])
            }
        }
    }

    fn move_card(&mut self, card: usize, pile: usize) -> Result<Vec<GameEvent>, Rejected> {
        let movable = self.mode == FeedbackMode::AtEnd
            && matches!(self.phase, Phase::Sorting | Phase::Review);
        if !movable {
            return Err(Rejected::WrongPhase);
        }
        if pile >= self.piles {
            return Err(Rejected::NoSuchPile);
        }
        if !self.queue.contains(&card) {
            return Err(Rejected::NoSuchCard);
        }
        if self.placed[card].is_none() {
            return Err(Rejected::NotPlaced);
        }
        self.placed[card] = Some(pile);
        Ok(vec![GameEvent::CardMoved { card, pile }])
    }

    fn next(&mut self, now_ms: u64) -> Result<Vec<GameEvent>, Rejected> {
        if self.phase != Phase::Feedback {
            return Err(Rejected::WrongPhase);
        }
        self.position += 1;
        if self.position == self.queue.len() {
            Ok(vec![self.finish_round()])
        } else {
            self.phase = Phase::Sorting;
            self.shown_at.set(now_ms);
            Ok(vec![GameEvent::NextCard {
                card: self.queue[self.position],
            }])
        }
    }

    fn check(&mut self) -> Result<Vec<GameEvent>, Rejected> {
        if self.phase != Phase::Review {
            return Err(Rejected::WrongPhase);
        }
        if self.queue.iter().any(|&card| self.placed[card].is_none()) {
            return Err(Rejected::NotPlaced);
        }
        let mut events = Vec::with_capacity(self.queue.len() + 1);
        for i in 0..self.queue.len() {
            let card = self.queue[i];
            let pile = self.placed[card].unwrap_or_default();
            let correct = self.answers[card] == pile;
            self.record(card, correct);
            events.push(GameEvent::CardChecked {
                card,
                pile,
                correct,
            });
        }
        events.push(self.finish_round());
        Ok(events)
    }

    fn retry_missed(&mut self, now_ms: u64) -> Result<Vec<GameEvent>, Rejected> {
        if self.phase != Phase::Results {
            return Err(Rejected::WrongPhase);
        }
        // In card order (not play order), so the next round's order depends only on
        // which cards play: a compact save recomputes it.
        let round: Vec<usize> = self
            .queue
            .iter()
            .copied()
            .filter(|&c| self.latest[c] == Some(false))
            .collect();
        if round.is_empty() {
            return Err(Rejected::NothingMissed);
        }
        let mut in_card_order = vec![false; self.answers.len()];
        for &card in &round {
            in_card_order[card] = true;
        }
        self.start_round(
            (0..self.answers.len())
                .filter(|&c| in_card_order[c])
                .collect(),
        );
        self.shown_at.set(now_ms);
        Ok(vec![GameEvent::Retried {
            round: self.round,
            cards: self.queue.len(),
        }])
    }
}
