//! The career-path chooser: the questionnaire model (data, validated: 2 to 4
//! paths, a blend text for every pair, weights per path), the weighted
//! recommendation with its reasons, the answer-stepping state with the events it
//! reports, one visit's session (link, saved progress or fresh), and the shareable
//! result link. No DOM types here.

mod events;
mod link;
mod model;
mod problem;
mod read;
mod recommend;
mod session;
mod state;
mod validate;

pub use events::ChooserEvent;
pub use link::{decode_link, encode_link, read_link, LinkError, LinkedAnswers};
pub use model::{
    builtin_model, parse_model, Blend, ChoiceOption, ChooserModel, ChooserPath, OutcomeText,
    PathColour, Question,
};
pub use problem::{ModelError, ModelField, ModelPlace, ModelProblem, ModelProblemKind};
pub use recommend::{recommend, Outcome, Reason, Recommendation};
pub use session::{ChooserSession, LinkProblem, ShownInstead, StartFrom};
pub use state::{Chooser, ChooserAction};
