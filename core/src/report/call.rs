//! What the platform must do, as data: the calls the reporter returns, carried out in
//! order (each standard's script in `src/platform/lms/` queues them and retries them while
//! the LMS does not answer).

#[cfg(feature = "cmi5")]
use super::xapi::{Statement, Verb};

/// The cmi5 state document (State API `stateId`) that holds the session records.
pub const STATE_ID: &str = "twofold-session";

/// One call to the LMS or LRS.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LmsCall {
    /// SCORM `SetValue` (2004) / `LMSSetValue` (1.2). Element names are each version's.
    Set { element: String, value: String },
    /// SCORM `Commit` / `LMSCommit`.
    Commit,
    /// SCORM `Terminate` / `LMSFinish`: the last call of the session.
    Terminate,
    /// cmi5: PUT this statement (its id is set: `statements?statementId=<id>`).
    #[cfg(feature = "cmi5")]
    Send(Box<Statement>),
    /// cmi5: PUT the state document [`STATE_ID`] (`text/plain`) for the registration.
    SaveState { document: String },
}

impl LmsCall {
    /// A `Set` of `element` to `value`.
    pub fn set(element: impl Into<String>, value: impl Into<String>) -> LmsCall {
        LmsCall::Set {
            element: element.into(),
            value: value.into(),
        }
    }

    /// Whether nothing may follow it: SCORM `Terminate`, cmi5 `terminated`.
    pub fn ends_session(&self) -> bool {
        match self {
            LmsCall::Terminate => true,
            #[cfg(feature = "cmi5")]
            LmsCall::Send(statement) => statement.verb == Verb::Terminated,
            _ => false,
        }
    }
}
