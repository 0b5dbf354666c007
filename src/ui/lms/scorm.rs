//! The SCORM side of the link: the API found by the standard walk (the version `?lms=`
//! asks for, else 2004 first, then 1.2), `Initialize`, the start-up values read, then each
//! call carried out on the API, its `"false"` read through `GetLastError`.

use crate::platform::lms::scorm::{ScormApi, ScormFault};
use crate::report::{LmsCall, LmsChoice, ScormStart, ScormVersion, Sent, Standard};

/// Finds the API `choice` allows and starts a session on it; `None`: no SCORM session
/// (no API, or it refused `Initialize`, said in the console).
pub(super) fn connect(choice: Option<LmsChoice>) -> Option<(ScormApi, ScormStart)> {
    let version = match choice {
        Some(LmsChoice::Use(Standard::Scorm12)) => Some(ScormVersion::V12),
        Some(LmsChoice::Use(Standard::Scorm2004)) => Some(ScormVersion::V2004),
        Some(LmsChoice::Use(Standard::Cmi5)) => return None,
        _ => None,
    };
    let api = ScormApi::find(version)?;
    if api.initialize().is_err() {
        crate::platform::warn("the SCORM API refused Initialize; running standalone");
        return None;
    }
    let start = ScormStart::read(api.version(), |element| {
        api.get(element).unwrap_or_default()
    });
    Some((api, start))
}

/// One call to the SCORM API, and how it went.
pub(super) fn carry(api: &ScormApi, call: &LmsCall) -> Sent {
    let result = match call {
        LmsCall::Set { element, value } => api.set(element, value),
        LmsCall::Commit => api.commit(),
        LmsCall::Terminate => api.terminate(),
        // Not SCORM calls: nothing to do.
        _ => Ok(()),
    };
    match result {
        Ok(()) => Sent::Done,
        Err(ScormFault::Refused(code)) => Sent::from_scorm_error(api.version(), &code),
        Err(ScormFault::Gone | ScormFault::Threw) => Sent::Failed,
    }
}
