//! The learning management system, seen from the UI: [`LmsHandle`], which the one
//! interpreter (`env/effects.rs`) hands the core's `ReportToLms` reactions to, and
//! [`lms_bar`], the learner's view of it (a calm notice when the LMS does not answer, a
//! practice note, Finish). With the `lms` feature (the package builds) it is the real link
//! (`link.rs`, started by [`start`]); without it, the handle does nothing and the bar is
//! empty, so the plain page carries none of it.

#[cfg(feature = "lms")]
mod bar;
#[cfg(feature = "lms")]
mod cmi5;
#[cfg(feature = "lms")]
mod link;
#[cfg(not(feature = "lms"))]
mod off;

#[cfg(feature = "lms")]
pub use bar::lms_bar;
#[cfg(feature = "lms")]
pub(crate) use link::start;
#[cfg(feature = "lms")]
pub use link::LmsHandle;
#[cfg(not(feature = "lms"))]
pub(crate) use off::lms_bar;
#[cfg(not(feature = "lms"))]
pub use off::LmsHandle;
