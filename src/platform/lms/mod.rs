//! The LMS boundary (compiled only with the `lms` feature, which the package builds use):
//! the SCORM API on an ancestor window ([`scorm`]), HTTP to the cmi5 LMS's xAPI endpoint
//! ([`http`]), and the page-lifecycle events a session needs ([`lifecycle`]). What to send,
//! and when, is decided in the core's `report` module; this only carries it out.

pub mod http;
pub mod lifecycle;
pub mod scorm;
pub mod timer;
