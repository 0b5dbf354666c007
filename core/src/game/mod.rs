//! The sorting game's rules as plain Rust: state, actions, pure transitions, scoring and
//! what a round's results say (its band, the piles worth naming), the seeded shuffle, the
//! events every transition reports, and the saved record (with old saves read). Time is
//! passed in, never read. No DOM types here.

mod appraisal;
mod card_state;
mod clock;
mod events;
mod legacy;
mod legacy_decks;
mod restore;
mod save;
mod score;
mod shuffle;
mod state;

pub use appraisal::{appraise, Appraisal, Band};
pub use events::GameEvent;
pub use save::{ResumeError, SaveForm, MAX_SAVE_LEN};
pub use score::{PileTally, RoundSummary};
pub use shuffle::{shuffled, SplitMix64};
pub use state::{Action, FeedbackMode, Game, Opening, Phase, Rejected};
