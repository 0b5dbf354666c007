//! The cmi5 side of the link: the launch (carried out by the package's script through
//! `platform::lms::cmi5`) read into the core's [`Cmi5Start`], and each call handed to the
//! script as its PUT.

use crate::i18n::MessageId;
use crate::platform::lms::cmi5;
use crate::report::{Cmi5Start, LmsCall, STATE_ID};

/// The cmi5 launch of this page, if it is one: the start-up values and a note for the
/// learner (a reload would end the session), or why it cannot be reported against.
pub(super) fn connect(
) -> Option<impl std::future::Future<Output = Result<(Cmi5Start, Option<MessageId>), String>>> {
    let launch = cmi5::launch(STATE_ID)?;
    Some(async move {
        let launch = launch.await?;
        let note = launch
            .token_in_memory
            .then_some(MessageId::LmsTokenInMemory);
        let start = Cmi5Start {
            actor: launch.actor,
            registration: launch.registration,
            activity_id: launch.activity_id,
            launch_data: launch.launch_data,
            state: launch.state,
            languages: launch.languages,
        };
        Ok((start, note))
    })
}

/// Hands one call to the script: a statement (which the script gives its id and
/// timestamp) or the state document as its PUT (with
/// `keepalive`, so a call made as the page is hidden or left still reaches the LRS); once
/// `terminated` is stored, `back` (the LMS's `returnURL`) opens.
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
