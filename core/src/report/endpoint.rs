//! The cmi5 LMS's side as requests, pure: the launch URL's five parameters read, the one
//! token fetch and its answer, the state documents and statements as method, URL, headers
//! and body. The platform carries each [`Request`] out (`src/platform/lms/http.rs`) and
//! hands the status back ([`super::Sent::from_http`]).
//!
//! Every xAPI request carries `Authorization: Basic <token>` and
//! `X-Experience-API-Version: 1.0.3` (what cmi5 names); query values are percent-encoded
//! (RFC 3986 unreserved characters kept).

use super::call::{LmsCall, STATE_ID};
use crate::config::query_pairs;
use crate::json::{self, Value};

/// The cmi5 state document the LMS writes before launch.
pub const LAUNCH_DATA: &str = "LMS.LaunchData";
/// The agent profile with the learner's language and audio preferences.
pub const LEARNER_PREFERENCES: &str = "cmi5LearnerPreferences";
/// The xAPI version cmi5 AUs speak.
pub const XAPI_VERSION: &str = "1.0.3";

/// The launch URL's cmi5 parameters (all five, or it is not a cmi5 launch).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cmi5Params {
    pub endpoint: String,
    pub fetch: String,
    /// The Agent, as JSON text.
    pub actor: String,
    pub registration: String,
    pub activity_id: String,
}

impl Cmi5Params {
    /// The parameters in a page's query, if every one is there and not empty.
    pub fn from_query(query: &str) -> Option<Cmi5Params> {
        let pairs = query_pairs(query);
        let get = |name: &str| {
            pairs
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
                .filter(|v| !v.is_empty())
        };
        Some(Cmi5Params {
            endpoint: get("endpoint")?,
            fetch: get("fetch")?,
            actor: get("actor")?,
            registration: get("registration")?,
            activity_id: get("activityId")?,
        })
    }
}

/// One HTTP request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub method: &'static str,
    pub url: String,
    pub headers: Vec<(&'static str, String)>,
    pub body: Option<String>,
}

/// The request for the session's token: a POST to the `fetch` URL, once per session.
pub fn token_request(params: &Cmi5Params) -> Request {
    Request {
        method: "POST",
        url: params.fetch.clone(),
        headers: Vec::new(),
        body: None,
    }
}

/// The token in the fetch URL's answer, or why there is none (the LMS answers errors with
/// HTTP 200 and an `error-code`).
pub fn read_token(status: u16, text: &str) -> Result<String, String> {
    if !(200..300).contains(&status) {
        return Err(format!("the fetch URL answered HTTP {status}"));
    }
    let node = json::parse(text).map_err(|_| "the fetch URL's answer is not JSON".to_string())?;
    let field = |name: &str| node.get(name).map(|n| &n.value);
    match (field("auth-token"), field("error-code")) {
        (Some(Value::String(token)), _) if !token.is_empty() => Ok(token.clone()),
        (_, Some(code)) => {
            let text = match field("error-text") {
                Some(Value::String(t)) => t.as_str(),
                _ => "",
            };
            let code = match code {
                Value::String(c) | Value::Number(c) => c.as_str(),
                _ => "",
            };
            Err(format!("the fetch URL refused: error {code} {text}")
                .trim_end()
                .to_string())
        }
        _ => Err("the fetch URL's answer has no auth-token".to_string()),
    }
}

/// The xAPI endpoint of one session, with its token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    pub params: Cmi5Params,
    pub token: String,
}

impl Endpoint {
    /// `LMS.LaunchData` (read-only for the AU).
    pub fn launch_data(&self) -> Request {
        self.get(&self.state_url(LAUNCH_DATA))
    }

    /// The widget's own state document ([`STATE_ID`]): the session's records.
    pub fn own_state(&self) -> Request {
        self.get(&self.state_url(STATE_ID))
    }

    /// The learner's preferences (agent profile `cmi5LearnerPreferences`).
    pub fn learner_preferences(&self) -> Request {
        let url = format!(
            "{}?agent={}&profileId={}",
            self.resource("agents/profile"),
            encode(&self.params.actor),
            encode(LEARNER_PREFERENCES)
        );
        self.get(&url)
    }

    /// The request carrying out `call`, for the calls that go to an LRS.
    pub fn request(&self, call: &LmsCall) -> Option<Request> {
        match call {
            LmsCall::Send(statement) => Some(Request {
                method: "PUT",
                url: format!(
                    "{}?statementId={}",
                    self.resource("statements"),
                    encode(&statement.id.to_string())
                ),
                headers: self.headers(Some("application/json")),
                body: Some(statement.json_text().to_string()),
            }),
            LmsCall::SaveState { document } => Some(Request {
                method: "PUT",
                url: self.state_url(STATE_ID),
                headers: self.headers(Some("text/plain")),
                body: Some(document.clone()),
            }),
            LmsCall::Set { .. } | LmsCall::Commit | LmsCall::Terminate => None,
        }
    }

    fn get(&self, url: &str) -> Request {
        Request {
            method: "GET",
            url: url.to_string(),
            headers: self.headers(None),
            body: None,
        }
    }

    fn headers(&self, content_type: Option<&str>) -> Vec<(&'static str, String)> {
        let mut headers = vec![
            ("Authorization", format!("Basic {}", self.token)),
            ("X-Experience-API-Version", XAPI_VERSION.to_string()),
        ];
        if let Some(t) = content_type {
            headers.push(("Content-Type", t.to_string()));
        }
        headers
    }

    fn resource(&self, path: &str) -> String {
        let base = &self.params.endpoint;
        if base.ends_with('/') {
            format!("{base}{path}")
        } else {
            format!("{base}/{path}")
        }
    }

    fn state_url(&self, state_id: &str) -> String {
        format!(
            "{}?stateId={}&activityId={}&agent={}&registration={}",
            self.resource("activities/state"),
            encode(state_id),
            encode(&self.params.activity_id),
            encode(&self.params.actor),
            encode(&self.params.registration)
        )
    }
}

/// `text` percent-encoded for a query value: RFC 3986 unreserved characters kept.
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}
