//! The cmi5 side of the link: each call handed to the package's script (through
//! `platform::lms::cmi5`, which also carries out the launch).

use crate::platform::lms::cmi5;
use crate::report::LmsCall;

/// Hands one call to the script: a statement (which the script gives its id and
/// timestamp) or the state document (sent with `keepalive`, so a call made as the page is
/// hidden or left still reaches the LRS); once `terminated` is stored, `back` (the LMS's
/// `returnURL`) opens.
pub(super) fn carry(call: LmsCall, back: Option<&str>) {
    match &call {
        LmsCall::Send(statement) => {
            let back = if call.ends_session() { back } else { None };
            cmi5::send(
                Some(statement.at),
                statement.json_text(),
                back.unwrap_or(""),
            )
        }
        LmsCall::SaveState { document } => cmi5::send(None, document, ""),
        LmsCall::Set { .. } | LmsCall::Commit | LmsCall::Terminate => {}
    }
}
