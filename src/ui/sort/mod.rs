//! The sorting game's screens: deck choice and start, the board (card, piles,
//! feedback, at-end review), and the results with chart, misses and solution.

mod board;
mod card;
mod chart;
mod deck_error;
mod feedback;
mod load;
mod model;
mod piles;
mod placed;
mod restart;
mod results;
mod screen;
mod solution;
mod start;

pub use load::SortLoader;
pub(crate) use placed::placed_item_id;
pub use screen::{SortScreen, SortScreenProps};
