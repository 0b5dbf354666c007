//! The LMS boundary (compiled only with LMS reporting, which the package builds use):
//! the SCORM API on an ancestor window through the package's own script (`scorm`, with
//! `lms-scorm`), the cmi5 LMS's xAPI endpoint through its own (`cmi5`, with `lms-cmi5`),
//! each queueing and retrying the calls in order, and the page-lifecycle events a session
//! needs ([`lifecycle`]). What to send, and when, is decided in the core's `report` module;
//! this only carries it out.

#[cfg(feature = "lms-cmi5")]
pub mod cmi5;
pub mod lifecycle;
#[cfg(feature = "lms-scorm")]
pub mod scorm;
