//! The sorting game's rules as plain Rust: state, actions, pure transitions,
//! scoring, the seeded shuffle and the resume encoding. No DOM types here.

mod events;
mod score;
mod shuffle;
mod snapshot;
mod state;

pub use events::GameEvent;
pub use score::{PileTally, RoundSummary};
pub use shuffle::{shuffled, SplitMix64};
pub use snapshot::{ResumeError, SNAPSHOT_VERSION};
pub use state::{Action, FeedbackMode, Game, Phase, Rejected};
