//! The ordered outbox: the reporter's calls go out one at a time, in order, and a failure
//! never loses one.
//!
//! The platform takes the next call ([`Outbox::take_next`]), carries it out, and says how it
//! went ([`Outbox::settle`]):
//! - [`Sent::Done`]: it is removed; the next one may go.
//! - [`Sent::Failed`] (SetValue returned `"false"` for a reason that may pass, Commit threw,
//!   the API vanished, the LRS answered 5xx or timed out): it and everything after it stay
//!   queued, in order, and go again later ([`Outbox::retry_in_ms`] says when); the notice
//!   is raised. The calls are data made when their event happened, so a retried call
//!   carries its original times (interaction timestamps, statement timestamps, latencies).
//! - [`Sent::Refused`] (an LRS 4xx for one statement; a SCORM data-model error, see
//!   [`Sent::from_scorm_error`]): it cannot succeed however often it is sent, so it is
//!   dropped with its reason ([`Outbox::take_dropped`], for the log) and the queue moves on.
//!
//! Nothing is queued after a call that ends the session (SCORM `Terminate`, cmi5
//! `terminated`): later calls are dropped at once. The notice ([`Outbox::notice`]: "Your
//! LMS is not answering; your progress is kept and will be sent") stays until a call
//! succeeds again or the UI dismisses it.

use std::collections::VecDeque;

use super::call::LmsCall;
use super::launch::ScormVersion;
use super::num::{parse_uint, uint};
use crate::i18n::{display_in_english, Message, MessageId};

/// How one call went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Sent {
    Done,
    /// Try again later (the LMS may answer then).
    Failed,
    /// The LMS will never take it: drop it, with the reason.
    Refused {
        reason: String,
    },
}

impl Sent {
    /// How a SCORM call that returned `"false"` went, by `GetLastError`'s code: data-model
    /// errors (the value or element is wrong: 1.2 `201`–`203`, `401`–`405`; 2004 `201`,
    /// `351`, `401`–`408`) and calls after termination (2004 `104`, `133`, `143`) are refused;
    /// everything else (`101` general exception, `301`, `391` commit failure, an API gone) may
    /// pass, so it is retried.
    pub fn from_scorm_error(version: ScormVersion, code: &str) -> Sent {
        let code = parse_uint(code.trim()).unwrap_or(101);
        let refused = match version {
            ScormVersion::V12 => matches!(code, 201..=203 | 401..=405),
            ScormVersion::V2004 => matches!(code, 104 | 133 | 143 | 201 | 351 | 401..=408),
        };
        if refused {
            Sent::Refused {
                reason: ["error ", &uint(code)].concat(),
            }
        } else {
            Sent::Failed
        }
    }

    /// How an LRS request went, by its HTTP status (`None`: no answer, a timeout or a
    /// network error): 2xx done, 4xx refused, anything else retried.
    pub fn from_http(status: Option<u16>) -> Sent {
        match status {
            Some(200..=299) => Sent::Done,
            Some(code @ 400..=499) => Sent::Refused {
                reason: ["HTTP ", &uint(u64::from(code))].concat(),
            },
            _ => Sent::Failed,
        }
    }
}

/// A call the LMS refused, and why (for the log).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dropped {
    pub call: LmsCall,
    pub reason: String,
}

impl Dropped {
    pub fn message(&self) -> Message {
        Message::new(MessageId::LmsRefused)
            .text("what", &self.call.what())
            .text("reason", &self.reason)
    }
}

display_in_english!(Dropped);

/// The first retry waits this long; each failure in a row doubles it, up to [`MAX_RETRY_MS`].
pub const FIRST_RETRY_MS: u64 = 1_000;
pub const MAX_RETRY_MS: u64 = 60_000;

/// Calls waiting to go, in order (see the module doc).
#[derive(Debug, Clone, Default)]
pub struct Outbox {
    queue: VecDeque<LmsCall>,
    in_flight: bool,
    closed: bool,
    failures: u32,
    notice: bool,
    dropped: Vec<Dropped>,
}

impl Outbox {
    pub fn new() -> Self {
        Self::default()
    }

    /// Queues calls in order; after one that ends the session, nothing more is queued.
    pub fn push(&mut self, calls: impl IntoIterator<Item = LmsCall>) {
        for call in calls {
            if self.closed {
                self.dropped.push(Dropped {
                    call,
                    reason: "after the end of the session".to_string(),
                });
                continue;
            }
            self.closed = call.ends_session();
            self.queue.push_back(call);
        }
    }

    /// The next call to carry out, if none is under way. Until it is settled,
    /// `take_next` returns `None` (one call at a time, so order holds even for asynchronous requests).
    pub fn take_next(&mut self) -> Option<LmsCall> {
        if self.in_flight {
            return None;
        }
        let call = self.queue.front()?.clone();
        self.in_flight = true;
        Some(call)
    }

    /// How the call from [`Outbox::take_next`] went.
    pub fn settle(&mut self, sent: Sent) {
        if !self.in_flight {
            return;
        }
        self.in_flight = false;
        match sent {
            Sent::Done => {
                self.queue.pop_front();
                self.failures = 0;
                self.notice = false;
            }
            Sent::Failed => {
                self.failures = self.failures.saturating_add(1);
                self.notice = true;
            }
            Sent::Refused { reason } => {
                if let Some(call) = self.queue.pop_front() {
                    self.dropped.push(Dropped { call, reason });
                }
            }
        }
    }

    /// After a failure, how long to wait before trying the queue again (`None`: no
    /// failure to wait out).
    pub fn retry_in_ms(&self) -> Option<u64> {
        (self.failures > 0 && !self.queue.is_empty()).then(|| {
            let doublings = (self.failures - 1).min(6);
            (FIRST_RETRY_MS << doublings).min(MAX_RETRY_MS)
        })
    }

    /// Calls waiting (including one under way).
    pub fn pending(&self) -> usize {
        self.queue.len()
    }

    /// The queued calls, in order.
    pub fn queued(&self) -> impl Iterator<Item = &LmsCall> {
        self.queue.iter()
    }

    /// Whether a call that ends the session has been queued.
    pub fn is_closed(&self) -> bool {
        self.closed
    }

    /// The calm notice to show while the LMS is not answering.
    pub fn notice(&self) -> Option<Message> {
        self.notice
            .then(|| Message::new(MessageId::LmsNotAnswering))
    }

    /// The learner dismissed the notice (it comes back with the next failure).
    pub fn dismiss_notice(&mut self) {
        self.notice = false;
    }

    /// Calls dropped since last asked, with their reasons.
    pub fn take_dropped(&mut self) -> Vec<Dropped> {
        std::mem::take(&mut self.dropped)
    }
}
