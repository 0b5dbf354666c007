//! The cmi5 side of the link: the launch read from the page's query, the session's token
//! (fetched once by POST and kept for this tab, so a reload goes on with the same session;
//! in memory only where storage is blocked, and the learner is told a reload would end it),
//! `LMS.LaunchData`, the learner's preferences and the widget's own state document read,
//! then each call carried out as its xAPI request.

use crate::i18n::MessageId;
use crate::platform;
use crate::platform::lms::http::{request, Answer};
use crate::report::{
    read_token, token_request, Cmi5Params, Cmi5Start, Endpoint, LmsCall, Request, Sent,
};

/// How long an LRS request may take before it counts as no answer.
const TIMEOUT_MS: i32 = 10_000;

/// An open cmi5 session.
pub(crate) struct Cmi5Connection {
    endpoint: Endpoint,
}

/// The cmi5 launch in a page's query, if it is one.
pub(super) fn launch_parameters(query: &str) -> Option<Cmi5Params> {
    Cmi5Params::from_query(query)
}

/// Opens the session: the token, `LMS.LaunchData` and the saved records. `Err`: why the
/// launch cannot be reported (the widget then runs standalone).
pub(super) async fn connect(
    params: Cmi5Params,
) -> Result<(Cmi5Connection, Cmi5Start, Option<MessageId>), String> {
    let key = format!(
        "twofold:cmi5-token:{}:{}",
        params.registration, params.fetch
    );
    let (kept, storable) = match platform::tab_value(&key) {
        Ok(value) => (value, true),
        Err(_) => (None, false),
    };
    let token = match kept {
        Some(token) => token,
        None => {
            let answer = send(&token_request(&params), false).await;
            let answer = answer.ok_or("the fetch URL did not answer")?;
            let token = read_token(answer.status, &answer.text)?;
            if storable {
                platform::set_tab_value(&key, &token);
            }
            token
        }
    };
    let note = (!storable).then_some(MessageId::LmsTokenInMemory);
    let endpoint = Endpoint { params, token };
    let launch = send(&endpoint.launch_data(), false)
        .await
        .ok_or("the LRS did not answer for LMS.LaunchData")?;
    if launch.status != 200 {
        return Err(format!("LMS.LaunchData: HTTP {}", launch.status));
    }
    // The AU reads the learner's preferences before it sends anything (cmi5 11.0.0.0-3):
    // their language is the learner's; none is fine (the LMS may have written no profile).
    let preferences = match send(&endpoint.learner_preferences(), false).await {
        Some(Answer { status: 200, text }) => Some(text),
        _ => None,
    };
    let state = match send(&endpoint.own_state(), false).await {
        Some(Answer { status: 200, text }) => Some(text),
        _ => None,
    };
    let start = Cmi5Start {
        actor: endpoint.params.actor.clone(),
        registration: endpoint.params.registration.clone(),
        activity_id: endpoint.params.activity_id.clone(),
        launch_data: launch.text,
        state,
        preferences,
    };
    Ok((Cmi5Connection { endpoint }, start, note))
}

impl Cmi5Connection {
    /// Carries out one call; statements and state go with `keepalive`, so a call made as
    /// the page is hidden or left still reaches the LRS.
    pub(super) async fn carry(&self, call: &LmsCall) -> Sent {
        match self.endpoint.request(call) {
            Some(req) => Sent::from_http(send(&req, true).await.map(|a| a.status)),
            None => Sent::Done,
        }
    }
}

async fn send(req: &Request, keepalive: bool) -> Option<Answer> {
    let headers: Vec<(&str, &str)> = req.headers.iter().map(|(k, v)| (*k, v.as_str())).collect();
    request(
        req.method,
        &req.url,
        &headers,
        req.body.as_deref(),
        keepalive,
        TIMEOUT_MS,
    )
    .await
    .ok()
}
