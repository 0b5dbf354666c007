//! The board's Yew reducer: wraps the pure [`Game`] with the events of the last
//! action (or of opening the game), so the board's one effect can react to them.

use std::rc::Rc;

use yew::prelude::*;

use crate::deck::Deck;
use crate::game::{Action, Game, GameEvent, Opening};

/// The game on the board and what the last action produced.
#[derive(Debug, Clone, PartialEq)]
pub struct GameModel {
    pub deck: Rc<Deck>,
    pub game: Game,
    pub events: Rc<Vec<GameEvent>>,
    /// Bumped on every applied action.
    pub revision: u32,
}

impl GameModel {
    /// The game put on the table at `now_ms`: its first events say started or resumed.
    pub fn new(deck: Rc<Deck>, mut game: Game, opening: Opening, now_ms: u64) -> Self {
        let events = game.open(&deck.id, opening, now_ms);
        Self {
            deck,
            game,
            events: Rc::new(events),
            revision: 0,
        }
    }
}

impl Reducible for GameModel {
    /// An action and when it happened (the page's clock, in ms).
    type Action = (Action, u64);

    fn reduce(self: Rc<Self>, (action, now_ms): (Action, u64)) -> Rc<Self> {
        let mut game = self.game.clone();
        match game.apply(action, now_ms) {
            Ok(events) => Rc::new(GameModel {
                deck: self.deck.clone(),
                game,
                events: Rc::new(events),
                revision: self.revision.wrapping_add(1),
            }),
            Err(_) => self,
        }
    }
}
