//! What the reporter must remember across reloads, as a record of the project's one
//! encoding ([`crate::record`]): `r1;s=<session>;t=<start>;v=<session flags>;g=<flags>;b=<best>`.
//!
//! | field | holds |
//! |---|---|
//! | `s` | a hash of the cmi5 session id the session flags belong to (absent for SCORM) |
//! | `t` | when that cmi5 session began (epoch ms), so durations span a reload |
//! | `v` | this cmi5 session: `i` initialized sent, `j` passed or failed sent, `t` terminated sent |
//! | `g` | the registration (cmi5) or attempt (SCORM): `c` completed, `p` passed, `f` failed recorded |
//! | `b` | the best first-try percentage recorded |
//!
//! It lives in the same suspend data or state document as the game's own record
//! ([`super::SuspendStore`]), under [`super::keys::REPORT`], about 40 characters.

use super::num::{parse_uint, uint};
use super::time::EpochMs;
use crate::record::{Kind, Record, RecordWriter};

/// The reporter's memory (see the module doc).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct ReportState {
    pub session: Option<u64>,
    pub session_start: Option<EpochMs>,
    pub initialized: bool,
    pub judged: bool,
    pub terminated: bool,
    pub completed: bool,
    pub passed: bool,
    pub failed: bool,
    pub best: Option<u8>,
}

impl ReportState {
    pub fn encode(&self) -> String {
        let flags = |pairs: &[(bool, char)]| -> String {
            pairs
                .iter()
                .filter(|(on, _)| *on)
                .map(|(_, c)| *c)
                .collect()
        };
        let mut w = RecordWriter::new(Kind::Report);
        if let Some(session) = self.session {
            let hex: String = (0..16)
                .rev()
                .map(|i| char::from(b"0123456789abcdef"[(session >> (i * 4)) as usize & 15]))
                .collect();
            w = w.field("s", hex);
        }
        if let Some(start) = self.session_start {
            w = w.field("t", uint(start));
        }
        w = w
            .field(
                "v",
                flags(&[
                    (self.initialized, 'i'),
                    (self.judged, 'j'),
                    (self.terminated, 't'),
                ]),
            )
            .field(
                "g",
                flags(&[
                    (self.completed, 'c'),
                    (self.passed, 'p'),
                    (self.failed, 'f'),
                ]),
            );
        if let Some(best) = self.best {
            w = w.field("b", uint(u64::from(best)));
        }
        w.finish()
    }

    /// A record written by [`ReportState::encode`]; anything else is a fresh state.
    pub fn decode(text: &str) -> ReportState {
        let Some(r) = Record::parse(text).filter(|r| r.is_current(Kind::Report)) else {
            return ReportState::default();
        };
        let has = |field: &str, c: char| r.get(field).is_some_and(|f| f.contains(c));
        ReportState {
            session: r.get("s").filter(|s| s.len() == 16).and_then(|s| {
                s.chars()
                    .try_fold(0u64, |n, c| Some(n << 4 | u64::from(c.to_digit(16)?)))
            }),
            session_start: r.get("t").and_then(parse_uint),
            initialized: has("v", 'i'),
            judged: has("v", 'j'),
            terminated: has("v", 't'),
            completed: has("g", 'c'),
            passed: has("g", 'p'),
            failed: has("g", 'f'),
            best: r
                .get("b")
                .and_then(parse_uint)
                .filter(|b| *b <= 100)
                .map(|b| b as u8),
        }
    }

    /// The session flags, reset when `session` (a hash) is not the one they belong to.
    #[cfg(feature = "cmi5")]
    pub fn enter_session(&mut self, session: u64, now: EpochMs) {
        if self.session != Some(session) {
            self.session = Some(session);
            self.session_start = Some(now);
            self.initialized = false;
            self.judged = false;
            self.terminated = false;
        }
    }
}

/// FNV-1a over `text`: a session id in 16 hex digits, whatever characters it has.
#[cfg(feature = "cmi5")]
pub(crate) fn hash(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}
