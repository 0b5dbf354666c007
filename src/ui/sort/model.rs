//! The board's Yew reducer: wraps the pure [`Game`] with the events of the last
//! action, so effects (saving, announcing, focus) can react to them.

use std::rc::Rc;

use yew::prelude::*;

use crate::deck::Deck;
use crate::game::{Action, Game, GameEvent};

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
    pub fn new(deck: Rc<Deck>, game: Game) -> Self {
        Self {
            deck,
            game,
            events: Rc::default(),
            revision: 0,
        }
    }
}

impl Reducible for GameModel {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut game = self.game.clone();
        match game.apply(action) {
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
