//! The SCORM side of the link: the session opened through `platform::lms::scorm` (the
//! version `?lms=` asks for, else 2004 first, then 1.2), the start-up values read into the
//! core's [`ScormStart`], and each call handed to the package's script, which queues it.

use crate::platform::lms::scorm::{self, Opened, COMMIT, SET_VALUE, TERMINATE};
use crate::report::{LmsCall, LmsChoice, ScormStart, ScormVersion, Standard};

/// Opens a session on the API `choice` allows and reads its start-up values; `None`: no
/// SCORM session (no API, or it refused `Initialize`: said in the console and to the
/// learner).
pub(super) fn connect(choice: Option<LmsChoice>) -> Option<ScormStart> {
    let version = match choice {
        Some(LmsChoice::Use(Standard::Scorm12)) => Some(ScormVersion::V12),
        Some(LmsChoice::Use(Standard::Scorm2004)) => Some(ScormVersion::V2004),
        Some(LmsChoice::Use(Standard::Cmi5)) => return None,
        _ => None,
    };
    match scorm::open(version) {
        Opened::Session(version) => Some(ScormStart::read(version, scorm::get)),
        Opened::NoApi => None,
        Opened::Refused => {
            super::link::unreported("the SCORM API refused Initialize; running standalone");
            None
        }
    }
}

/// Hands one call to the script (not a SCORM call: nothing to do).
pub(super) fn carry(call: &LmsCall) {
    match call {
        LmsCall::Set { element, value } => scorm::send(SET_VALUE, element, value),
        LmsCall::Commit => scorm::send(COMMIT, "", ""),
        LmsCall::Terminate => scorm::send(TERMINATE, "", ""),
        #[allow(unreachable_patterns)] // a SCORM-only build has no cmi5 calls
        _ => {}
    }
}
