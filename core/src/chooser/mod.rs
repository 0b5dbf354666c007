//! The career-path chooser: the questionnaire model (data, validated: 2 to 4
//! paths, a blend text for every pair, weights per path), the weighted
//! recommendation with its reasons, the answer-stepping state, and the
//! shareable result link. No DOM types here.

mod link;
mod model;
mod problem;
mod read;
mod recommend;
mod state;
mod validate;

pub use link::{decode_link, encode_link, LinkError};
pub use model::{
    builtin_model, parse_model, Blend, ChoiceOption, ChooserModel, ChooserPath, OutcomeText,
    PathColour, Question,
};
pub use problem::{ModelError, ModelField, ModelPlace, ModelProblem, ModelProblemKind};
pub use recommend::{recommend, Outcome, Reason, Recommendation};
pub use state::{Chooser, ChooserAction};
