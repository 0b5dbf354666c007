//! The LMS boundary (compiled only with LMS reporting, which the package builds use):
//! the SCORM API on an ancestor window (`scorm`, with `lms-scorm`), HTTP to the cmi5 LMS's
//! xAPI endpoint (`http`, with `lms-cmi5`), and the page-lifecycle events a session needs
//! ([`lifecycle`]). What to send, and when, is decided in the core's `report` module; this
//! only carries it out.

#[cfg(feature = "lms-cmi5")]
pub mod http;
pub mod lifecycle;
#[cfg(feature = "lms-scorm")]
pub mod scorm;
pub mod timer;
