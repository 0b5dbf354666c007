//! The career-path chooser: the questionnaire model (data, validated), the
//! weighted recommendation with its reasons, the answer-stepping state, and
//! the shareable result link. No DOM types here.

mod link;
mod model;
mod recommend;
mod state;

pub use link::{decode_link, encode_link, LinkError};
pub use model::{
    builtin_model, parse_model, ChoiceOption, ChooserModel, ModelError, OutcomeText, Question,
};
pub use recommend::{recommend, Path, Reason, Recommendation};
pub use state::{Chooser, ChooserAction};
