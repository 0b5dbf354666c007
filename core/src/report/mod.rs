//! Reporting to a learning management system, as pure data: a session's game and chooser
//! events in, the SCORM 1.2 / SCORM 2004 data-model writes or cmi5 (xAPI) statements out,
//! in order. Nothing here knows JavaScript: the platform (`src/platform/lms/`, each
//! standard's script) finds the API, reads a few values, and carries out the [`LmsCall`]s
//! it is given in order, queueing them and retrying while the LMS does not answer. The
//! calls are data made when their event happened, so a call sent late carries its original
//! times.
//!
//! # How the platform uses it
//! ```ignore
//! let start = LmsStart::Scorm(ScormStart::read(ScormVersion::V12, |e| api.get_value(e)));
//! let options = ReportOptions { lang, url_mastery: config.mastery, utc_offset_minutes };
//! let (mut reporter, calls) = Reporter::start(start, options, Date::now())?; // Err: standalone
//! let session = Session::new(Rc::new(reporter.store()));   // saves land in suspend data
//! send(calls);                       // the script queues them, in order
//! // for each Reaction::ReportToLms(Happened::Game(events)), after the Save reaction:
//! send(reporter.on_game(events, deck, game, Date::now()));
//! // visibilitychange → hidden: send(reporter.on_hidden(now)) (cmi5: keepalive)
//! // pagehide (persisted false) or Finish: send(reporter.finish(now))
//! ```
//!
//! # Layout
//! - `standard.rs`: [`Standard`], [`LaunchMode`], [`Credit`], and `?lms=`'s [`LmsChoice`].
//! - `launch.rs`: the LMS's start-up values ([`ScormStart`], [`Cmi5Start`]) read into typed
//!   ones, with [`LaunchProblem`]s and the [`LaunchError`] that means "run standalone".
//! - `mastery.rs`: [`Mastery`] (LMS, then `?mastery=`, then 80 %) in exact ten-thousandths.
//! - `reporter.rs`: the [`Reporter`]: lifecycle, replay rules, practice, once-only statements.
//! - `answer.rs`: an answer (card, question, outcome) in no standard's terms.
//! - `scorm.rs`: SCORM 1.2 and 2004 element names, vocabularies, interaction types and the cap.
//! - `cmi5.rs`: the cmi5 statement rules; `xapi.rs`: statements, written straight to JSON text.
//! - `time.rs`: timestamps and durations in each standard's format, with the date arithmetic;
//!   `num.rs`: whole numbers written and read by hand.
//! - `state.rs`: what the reporter remembers (a [`crate::record`]); `suspend.rs`: the
//!   [`SuspendStore`] that keeps every session record in one suspend-data string.
//! - `call.rs`: [`LmsCall`], what the platform carries out.
//!
//! # Features
//! `scorm` compiles the SCORM writer (`scorm.rs`), `cmi5` the cmi5 one (`cmi5.rs`, `xapi.rs`,
//! the cmi5 launch); `lms` is both. Everything else is shared. A
//! package build for one family carries only its code (the reporter's adapter has only
//! that family's variant).

#[cfg(not(any(feature = "scorm", feature = "cmi5")))]
compile_error!("the `reporting` feature needs `scorm` or `cmi5` (or `lms`, both)");

mod answer;
mod call;
#[cfg(feature = "cmi5")]
mod cmi5;
mod launch;
mod mastery;
mod num;
mod reporter;
#[cfg(feature = "scorm")]
mod scorm;
mod standard;
mod state;
mod suspend;
pub mod time;
#[cfg(feature = "cmi5")]
pub mod xapi;

pub use call::{LmsCall, STATE_ID};
#[cfg(feature = "scorm")]
pub use launch::ScormStart;
#[cfg(feature = "cmi5")]
pub use launch::{Cmi5Start, SESSION_ID_EXTENSION};
pub use launch::{LaunchError, LaunchProblem, ScormVersion};
pub use mastery::{Mastery, MasterySource, Scaled, DEFAULT_MASTERY};
pub use reporter::{LmsStart, Practice, ReportOptions, Reporter, COMMIT_EVERY};
#[cfg(feature = "scorm")]
pub use scorm::MAX_INTERACTIONS;
pub use standard::{Credit, LaunchMode, LmsChoice, Standard};
pub use suspend::{SuspendStore, SCORM12_SUSPEND_LIMIT, SCORM2004_SUSPEND_LIMIT};
