//! The cmi5 side of the link: the launch (carried out by the package's script through
//! `platform::lms::cmi5`) read into the core's [`Cmi5Start`], and each call carried out as
//! its PUT.

use crate::i18n::MessageId;
use crate::platform::lms::cmi5;
use crate::report::{Cmi5Start, LmsCall, Sent, STATE_ID};

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
            preferences: launch.preferences,
        };
        Ok((start, note))
    })
}

/// Carries out one call: a statement or the state document goes as its PUT (with
/// `keepalive`, so a call made as the page is hidden or left still reaches the LRS).
pub(super) async fn carry(call: LmsCall) -> Sent {
    let (id, body) = match &call {
        LmsCall::Send(statement) => (statement.id.text(), statement.json_text()),
        LmsCall::SaveState { document } => (String::new(), document.as_str()),
        LmsCall::Set { .. } | LmsCall::Commit | LmsCall::Terminate => return Sent::Done,
    };
    Sent::from_http(cmi5::send(&id, body).await)
}
