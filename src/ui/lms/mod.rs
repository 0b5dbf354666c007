//! The learning management system, seen from the UI: [`LmsHandle`], which the one
//! interpreter (`env/effects.rs`) hands the core's `ReportToLms` reactions to, and
//! [`lms_bar`], the learner's view of it (a calm notice when the LMS does not answer, a
//! practice note, Finish, or a note that a launch it cannot report to is not recorded).
//! With LMS reporting (the package builds) it is the real link (`link.rs`, [`start`]ed
//! before the language is chosen, since the LMS may name the learner's) over SCORM
//! (`scorm.rs`, the `lms-scorm` feature) or cmi5 (`cmi5.rs`, `lms-cmi5`); without it, the
//! handle does nothing and the bar is empty, so the plain page carries none of it.

#[cfg(feature = "reporting")]
mod bar;
#[cfg(feature = "lms-cmi5")]
mod cmi5;
#[cfg(feature = "reporting")]
mod link;
#[cfg(not(feature = "reporting"))]
mod off;
#[cfg(feature = "lms-scorm")]
mod scorm;

#[cfg(feature = "reporting")]
pub use bar::lms_bar;
#[cfg(feature = "reporting")]
pub use link::LmsHandle;
#[cfg(feature = "reporting")]
pub(crate) use link::{is_unreported, start};
#[cfg(not(feature = "reporting"))]
pub(crate) use off::lms_bar;
#[cfg(not(feature = "reporting"))]
pub use off::LmsHandle;
