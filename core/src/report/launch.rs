//! What the LMS says at start-up, read into typed values: the few SCORM data-model values
//! the platform reads with `GetValue` ([`ScormStart`], elements listed by
//! [`ScormStart::elements`]), or cmi5's launch parameters and `LMS.LaunchData` document
//! ([`Cmi5Start`]). Bad values are reported ([`LaunchProblem`]) and a default used; a
//! cmi5 launch that cannot be reported against at all is a [`LaunchError`] (the platform
//! then runs standalone).

use super::mastery::Scaled;
#[cfg(feature = "scorm")]
use super::standard::Credit;
use super::standard::{LaunchMode, Standard};
use crate::i18n::{display_in_english, Message, MessageId};
use crate::json::SyntaxError;
#[cfg(feature = "cmi5")]
use crate::json::{self, write_node, Node, Value};

/// The SCORM version of an API found on the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScormVersion {
    /// `window.API`.
    V12,
    /// `window.API_1484_11`.
    V2004,
}

impl ScormVersion {
    pub fn standard(self) -> Standard {
        match self {
            ScormVersion::V12 => Standard::Scorm12,
            ScormVersion::V2004 => Standard::Scorm2004,
        }
    }
}

/// The SCORM values read right after `Initialize` (the `scorm` feature). Each is the text `GetValue` returned
/// (`""` when the LMS has none or the call failed).
#[cfg(feature = "scorm")]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScormStart {
    pub version: ScormVersion,
    /// 1.2 `cmi.core.lesson_status`; 2004 `cmi.completion_status`.
    pub status: String,
    /// 2004 `cmi.success_status` (always `""` for 1.2).
    pub success: String,
    /// 1.2 `cmi.core.lesson_mode`; 2004 `cmi.mode`.
    pub mode: String,
    /// 1.2 `cmi.core.credit`; 2004 `cmi.credit`.
    pub credit: String,
    /// 1.2 `cmi.student_data.mastery_score`; 2004 `cmi.scaled_passing_score`.
    pub mastery: String,
    /// 1.2 `cmi.core.score.raw`; 2004 `cmi.score.raw`: the best score so far, if any.
    pub score: String,
    /// `cmi.interactions._count`: interactions recorded in earlier sessions of the attempt.
    pub interactions: String,
    /// `cmi.suspend_data`.
    pub suspend_data: String,
    /// The learner's language: 1.2 `cmi.student_preference.language`, 2004
    /// `cmi.learner_preference.language` (a tag, `fr` or `es-MX`; `""` for none).
    pub language: String,
}

#[cfg(feature = "scorm")]
impl ScormStart {
    /// The elements to read, in the order of [`ScormStart`]'s fields.
    pub fn elements(version: ScormVersion) -> [&'static str; 9] {
        match version {
            ScormVersion::V12 => [
                "cmi.core.lesson_status",
                "",
                "cmi.core.lesson_mode",
                "cmi.core.credit",
                "cmi.student_data.mastery_score",
                "cmi.core.score.raw",
                "cmi.interactions._count",
                "cmi.suspend_data",
                "cmi.student_preference.language",
            ],
            ScormVersion::V2004 => [
                "cmi.completion_status",
                "cmi.success_status",
                "cmi.mode",
                "cmi.credit",
                "cmi.scaled_passing_score",
                "cmi.score.raw",
                "cmi.interactions._count",
                "cmi.suspend_data",
                "cmi.learner_preference.language",
            ],
        }
    }

    /// Reads every value with `get` (the API's `GetValue`/`LMSGetValue`); an element the
    /// version does not have is not read.
    pub fn read(version: ScormVersion, mut get: impl FnMut(&'static str) -> String) -> Self {
        let [status, success, mode, credit, mastery, score, interactions, suspend_data, language] =
            Self::elements(version).map(|e| if e.is_empty() { String::new() } else { get(e) });
        ScormStart {
            version,
            status,
            success,
            mode,
            credit,
            mastery,
            score,
            interactions,
            suspend_data,
            language,
        }
    }

    fn element(&self, index: usize) -> &'static str {
        Self::elements(self.version)[index]
    }

    /// The launch mode (an empty or unknown value is `Normal`, the unknown one reported).
    pub(crate) fn launch_mode(&self, problems: &mut Vec<LaunchProblem>) -> LaunchMode {
        let word = self.mode.trim();
        if word.is_empty() {
            return LaunchMode::Normal;
        }
        LaunchMode::from_word(word).unwrap_or_else(|| {
            problems.push(LaunchProblem::UnknownMode {
                element: self.element(2),
                value: self.mode.clone(),
            });
            LaunchMode::Normal
        })
    }

    pub(crate) fn credit(&self) -> Credit {
        match self.credit.trim() {
            "no-credit" => Credit::NoCredit,
            _ => Credit::Credit,
        }
    }

    /// The LMS's mastery score, if it gives a usable one.
    pub(crate) fn mastery(&self, problems: &mut Vec<LaunchProblem>) -> Option<Scaled> {
        let text = self.mastery.trim();
        if text.is_empty() {
            return None;
        }
        let (parsed, range) = match self.version {
            ScormVersion::V12 => (Scaled::parse_percent(text), "0 to 100"),
            // A negative passing score is met by every score this activity gives (0 or more).
            ScormVersion::V2004 => match super::mastery::ceil_scaled(text, 4) {
                Some(units) if (-10_000..0).contains(&units) => (Some(Scaled::ZERO), ""),
                _ => (Scaled::parse_fraction(text), "-1 to 1"),
            },
        };
        if parsed.is_none() {
            problems.push(LaunchProblem::MasteryIgnored {
                element: self.element(4),
                value: self.mastery.clone(),
                range,
            });
        }
        parsed
    }

    /// The score the LMS holds, as a whole percentage (0–100), if it holds one.
    pub(crate) fn score(&self) -> Option<u8> {
        let units = super::mastery::ceil_scaled(self.score.trim(), 0)?;
        u8::try_from(units).ok().filter(|s| *s <= 100)
    }

    /// Interactions already recorded (`0` when the LMS does not say).
    pub(crate) fn interaction_count(&self) -> u32 {
        super::num::parse_uint(self.interactions.trim())
            .and_then(|n| u32::try_from(n).ok())
            .unwrap_or(0)
    }

    /// 1.2 `not attempted`, 2004 `not attempted`/`unknown` (or nothing): nothing recorded yet.
    pub(crate) fn not_attempted(&self) -> bool {
        matches!(self.status.trim(), "" | "not attempted" | "unknown")
    }

    /// Whether the LMS already holds a completion (1.2 `completed`/`passed`/`failed`).
    pub(crate) fn completed(&self) -> bool {
        matches!(self.status.trim(), "completed" | "passed" | "failed")
    }

    /// Whether the LMS already holds a pass.
    pub(crate) fn passed(&self) -> bool {
        self.status.trim() == "passed" || self.success.trim() == "passed"
    }
}

/// What a cmi5 launch gives the AU, as the platform received it (the `cmi5` feature).
#[cfg(feature = "cmi5")]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cmi5Start {
    /// The launch URL's `actor` (JSON text of an Agent).
    pub actor: String,
    pub registration: String,
    pub activity_id: String,
    /// The `LMS.LaunchData` state document (JSON text).
    pub launch_data: String,
    /// The widget's own state document ([`super::STATE_ID`]), if the LRS has one.
    pub state: Option<String>,
    /// The learner's languages, the `languagePreference` text of the agent profile
    /// `cmi5LearnerPreferences` (`"ar,en"`), if the LRS has one (the platform reads it out
    /// of the profile's JSON).
    pub languages: Option<String>,
}

/// The IRI of cmi5's session id context extension.
#[cfg(feature = "cmi5")]
pub const SESSION_ID_EXTENSION: &str = "https://w3id.org/xapi/cmi5/context/extensions/sessionid";

/// A cmi5 launch, read.
#[cfg(feature = "cmi5")]
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Cmi5Launch {
    /// The launch's Agent, as JSON text (written again from the parsed `actor`).
    pub actor: String,
    pub activity_id: String,
    /// Every statement's context (9.6.3.1-4), written from the contextTemplate with the
    /// registration (9.6.1.0-1), by [`super::xapi::Context`].
    pub contexts: [String; 4],
    pub session_id: String,
    pub mode: LaunchMode,
    /// `masteryScore`, read (the LMS's number text is in the judged context).
    pub mastery: Option<Scaled>,
    pub return_url: Option<String>,
}

#[cfg(feature = "cmi5")]
impl Cmi5Start {
    pub(crate) fn read(
        &self,
        problems: &mut Vec<LaunchProblem>,
    ) -> Result<Cmi5Launch, LaunchError> {
        // Parsed, and an object: one error mapping for both (the cmi5 build's size).
        let actor = json::parse(&self.actor)
            .and_then(|actor| {
                json::members(&actor)?;
                Ok(actor)
            })
            .map_err(|e| LaunchError::Unreadable {
                what: "actor",
                error: e,
            })?;
        if self.registration.trim().is_empty() {
            return Err(LaunchError::Missing("registration"));
        }
        if self.activity_id.trim().is_empty() {
            return Err(LaunchError::Missing("activityId"));
        }
        let mut data = json::parse(&self.launch_data).map_err(|e| LaunchError::Unreadable {
            what: "LMS.LaunchData",
            error: e,
        })?;
        // Taken out of the document (not copied): the rest is read below.
        let template = match &mut data.value {
            Value::Object(members) => members
                .iter_mut()
                .find(|m| m.key == "contextTemplate")
                .map(|m| std::mem::replace(&mut m.value.value, Value::Null)),
            _ => None,
        };
        let template = match template {
            Some(value @ Value::Object(_)) => Node { value, at: data.at },
            _ => return Err(LaunchError::Missing("contextTemplate")),
        };
        let session_id = match template
            .get("extensions")
            .and_then(|e| e.get(SESSION_ID_EXTENSION))
        {
            Some(Node {
                value: Value::String(id),
                ..
            }) if !id.is_empty() => id.clone(),
            _ => return Err(LaunchError::Missing("the session id")),
        };
        let mode = match data.get("launchMode").map(|n| &n.value) {
            Some(Value::String(word)) => LaunchMode::from_word(word).unwrap_or_else(|| {
                problems.push(LaunchProblem::UnknownMode {
                    element: "launchMode",
                    value: word.clone(),
                });
                // Unknown: record nothing the LMS might reject (Browse sends only the lifecycle).
                LaunchMode::Browse
            }),
            _ => LaunchMode::Normal,
        };
        let mastery = match data.get("masteryScore") {
            None
            | Some(Node {
                value: Value::Null, ..
            }) => None,
            Some(node) => {
                let read = match &node.value {
                    Value::Number(text) => Scaled::parse_fraction(text).map(|s| (text.as_str(), s)),
                    _ => None,
                };
                if read.is_none() {
                    let mut text = String::new();
                    write_node(&mut text, node);
                    problems.push(LaunchProblem::MasteryIgnored {
                        element: "masteryScore",
                        value: text,
                        range: "0 to 1",
                    });
                }
                read
            }
        };
        let return_url = match data.get("returnURL").map(|n| &n.value) {
            Some(Value::String(url)) if !url.is_empty() => Some(url.clone()),
            _ => None,
        };
        let mut actor_text = String::new();
        write_node(&mut actor_text, &actor);
        Ok(Cmi5Launch {
            actor: actor_text,
            activity_id: self.activity_id.clone(),
            contexts: super::xapi::contexts(
                template,
                &self.registration,
                mastery.map(|(text, _)| text),
            ),
            session_id,
            mode,
            mastery: mastery.map(|(_, scaled)| scaled),
            return_url,
        })
    }
}

impl super::LmsStart {
    /// The learner's languages as the LMS gives them, most preferred first, comma-separated
    /// (for [`crate::i18n::Lang::negotiate`]): SCORM's one language preference, cmi5's
    /// `languagePreference` (`"ar,en"`) from the learner preferences; `None` when the LMS
    /// gives none (or only blanks).
    pub fn languages(&self) -> Option<String> {
        let text = match self {
            #[cfg(feature = "scorm")]
            super::LmsStart::Scorm(start) => Some(start.language.clone()),
            #[cfg(feature = "cmi5")]
            super::LmsStart::Cmi5(start) => start.languages.clone(),
        };
        text.filter(|t| !t.trim().is_empty())
    }
}

/// Something the LMS gave at start-up that is not used (a default is used instead).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LaunchProblem {
    /// Not a mastery score: the next source is used.
    MasteryIgnored {
        element: &'static str,
        value: String,
        range: &'static str,
    },
    /// Not a launch mode: SCORM uses `normal`, cmi5 `browse` (nothing is recorded that
    /// the LMS might refuse).
    UnknownMode {
        element: &'static str,
        value: String,
    },
}

impl LaunchProblem {
    pub fn message(&self) -> Message {
        match self {
            LaunchProblem::MasteryIgnored {
                element,
                value,
                range,
            } => Message::new(MessageId::LmsMasteryIgnored)
                .text("element", element)
                .text("value", value)
                .text("range", range),
            LaunchProblem::UnknownMode { element, value } => {
                let used = if *element == "launchMode" {
                    "browse"
                } else {
                    "normal"
                };
                Message::new(MessageId::LmsModeUnknown)
                    .text("element", element)
                    .text("value", value)
                    .text("used", used)
            }
        }
    }
}

display_in_english!(LaunchProblem);

/// Why a cmi5 launch cannot be reported against: the platform runs standalone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LaunchError {
    /// `actor` or `LMS.LaunchData` is not the JSON expected.
    Unreadable {
        what: &'static str,
        error: SyntaxError,
    },
    /// A launch parameter or launch-data field that every statement needs.
    Missing(&'static str),
}

impl LaunchError {
    pub fn message(&self) -> Message {
        match self {
            LaunchError::Unreadable { what, error } => Message::new(MessageId::LmsLaunchUnreadable)
                .text("what", what)
                .message("problem", error.message()),
            LaunchError::Missing(what) => {
                Message::new(MessageId::LmsLaunchMissing).text("what", what)
            }
        }
    }
}

display_in_english!(LaunchError);

impl std::error::Error for LaunchError {}
