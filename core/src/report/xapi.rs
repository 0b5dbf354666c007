//! xAPI statements as typed data ([`Statement`], [`Verb`], [`Activity`], [`Result`],
//! [`Context`]) and their one way out as JSON ([`Statement::to_json`], written by
//! [`crate::json::write()`]). What goes *into* them (the cmi5 rules) is `cmi5.rs`'s job.

use super::mastery::Scaled;
use super::time::{iso_duration, xapi_timestamp, EpochMs};
use super::uuid::Uuid;
use crate::json::{self, Json, Number};

/// The cmi5 category every cmi5 defined statement carries (9.6.2.1-1).
pub const CMI5_CATEGORY: &str = "https://w3id.org/xapi/cmi5/context/categories/cmi5";
/// The moveOn category, on cmi5 defined statements whose result has success or completion (9.6.2.2-1).
pub const MOVEON_CATEGORY: &str = "https://w3id.org/xapi/cmi5/context/categories/moveon";
/// The masteryscore context extension (9.6.3.2-2).
pub const MASTERY_EXTENSION: &str = "https://w3id.org/xapi/cmi5/context/extensions/masteryscore";
/// The activity type of a question (an interaction).
pub const INTERACTION_TYPE: &str = "http://adlnet.gov/expapi/activities/cmi.interaction";

/// The verbs the widget uses: cmi5's defined verbs, and `answered` (cmi5 allowed).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Verb {
    Initialized,
    Completed,
    Passed,
    Failed,
    Terminated,
    Answered,
}

impl Verb {
    pub fn id(self) -> &'static str {
        match self {
            Verb::Initialized => "http://adlnet.gov/expapi/verbs/initialized",
            Verb::Completed => "http://adlnet.gov/expapi/verbs/completed",
            Verb::Passed => "http://adlnet.gov/expapi/verbs/passed",
            Verb::Failed => "http://adlnet.gov/expapi/verbs/failed",
            Verb::Terminated => "http://adlnet.gov/expapi/verbs/terminated",
            Verb::Answered => "http://adlnet.gov/expapi/verbs/answered",
        }
    }

    /// The display label (sent as both `en-US` and `en`: Open edX reads `en`).
    pub fn label(self) -> &'static str {
        match self {
            Verb::Initialized => "initialized",
            Verb::Completed => "completed",
            Verb::Passed => "passed",
            Verb::Failed => "failed",
            Verb::Terminated => "terminated",
            Verb::Answered => "answered",
        }
    }

    /// A cmi5 defined verb (the statement about the AU itself, with the cmi5 category).
    pub fn is_cmi5_defined(self) -> bool {
        self != Verb::Answered
    }
}

/// A language map: `{"en": "…"}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LangMap(pub Vec<(String, String)>);

impl LangMap {
    pub fn one(lang: &str, text: &str) -> Self {
        LangMap(vec![(lang.to_string(), text.to_string())])
    }

    fn to_json(&self) -> Json {
        Json::object(
            self.0
                .iter()
                .map(|(l, t)| (l.clone(), Json::text(t.clone()))),
        )
    }
}

/// The kind of question an interaction activity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InteractionType {
    /// One of the listed choices (a card's pile, a question's option).
    Choice,
    /// Anything else (the chooser's outcome).
    Other,
}

impl InteractionType {
    pub fn key(self) -> &'static str {
        match self {
            InteractionType::Choice => "choice",
            InteractionType::Other => "other",
        }
    }
}

/// An interaction activity's definition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Interaction {
    pub kind: InteractionType,
    /// The choices (id, description), for [`InteractionType::Choice`].
    pub choices: Vec<(String, LangMap)>,
    /// The correct response's pattern (empty: none is correct or wrong).
    pub correct: Vec<String>,
}

/// An activity's definition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Definition {
    pub activity_type: &'static str,
    pub name: Option<LangMap>,
    pub description: Option<LangMap>,
    pub interaction: Option<Interaction>,
}

/// A statement's object.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Activity {
    pub id: String,
    pub definition: Option<Definition>,
}

/// A score: scaled with raw, min and max (9.5.1.0-3 needs min and max with raw).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Score {
    pub scaled: Scaled,
    pub raw: u32,
    pub min: u32,
    pub max: u32,
}

/// A statement's result.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Result {
    pub score: Option<Score>,
    pub success: Option<bool>,
    pub completion: Option<bool>,
    pub response: Option<String>,
    /// Milliseconds, written as an ISO 8601 duration.
    pub duration_ms: Option<u64>,
    pub extensions: Vec<(String, Json)>,
}

/// A statement's context: the LMS's context template, with what the AU adds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Context {
    /// The contextTemplate from `LMS.LaunchData`, kept whole (its contextActivities and
    /// the session id extension).
    pub template: Json,
    pub registration: String,
    /// Category activity ids added to the template's (cmi5, moveOn).
    pub categories: Vec<&'static str>,
    /// Extensions added to the template's (masteryscore).
    pub extensions: Vec<(String, Json)>,
}

/// One xAPI statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Statement {
    pub id: Uuid,
    /// The launch's Agent, as the LMS gave it.
    pub actor: Json,
    pub verb: Verb,
    pub object: Activity,
    pub result: Option<Result>,
    pub context: Context,
    pub timestamp: EpochMs,
}

impl Statement {
    /// The statement as JSON.
    pub fn to_json(&self) -> Json {
        let mut out = Json::object([
            ("id", Json::text(self.id.to_string())),
            ("actor", self.actor.clone()),
            (
                "verb",
                Json::object([
                    ("id", Json::text(self.verb.id())),
                    (
                        "display",
                        Json::object([
                            ("en-US", Json::text(self.verb.label())),
                            ("en", Json::text(self.verb.label())),
                        ]),
                    ),
                ]),
            ),
            ("object", self.object.to_json()),
        ]);
        if let Some(result) = &self.result {
            out.set("result", result.to_json());
        }
        out.set("context", self.context.to_json());
        out.set("timestamp", Json::text(xapi_timestamp(self.timestamp)));
        out
    }

    /// The statement as JSON text (the request body).
    pub fn json_text(&self) -> String {
        json::write(&self.to_json())
    }
}

impl Activity {
    fn to_json(&self) -> Json {
        let mut out = Json::object([
            ("objectType", Json::text("Activity")),
            ("id", Json::text(self.id.clone())),
        ]);
        if let Some(d) = &self.definition {
            let mut def = Json::object([("type", Json::text(d.activity_type))]);
            if let Some(name) = &d.name {
                def.set("name", name.to_json());
            }
            if let Some(description) = &d.description {
                def.set("description", description.to_json());
            }
            if let Some(i) = &d.interaction {
                def.set("interactionType", Json::text(i.kind.key()));
                if !i.correct.is_empty() {
                    def.set(
                        "correctResponsesPattern",
                        Json::Array(i.correct.iter().map(|c| Json::text(c.clone())).collect()),
                    );
                }
                if i.kind == InteractionType::Choice {
                    def.set(
                        "choices",
                        Json::Array(
                            i.choices
                                .iter()
                                .map(|(id, description)| {
                                    Json::object([
                                        ("id", Json::text(id.clone())),
                                        ("description", description.to_json()),
                                    ])
                                })
                                .collect(),
                        ),
                    );
                }
            }
            out.set("definition", def);
        }
        out
    }
}

impl Result {
    fn to_json(&self) -> Json {
        let mut out = Json::Object(Vec::new());
        if let Some(s) = &self.score {
            out.set(
                "score",
                Json::object([
                    ("scaled", Json::Number(s.scaled.number())),
                    ("raw", Json::Number(Number::uint(u64::from(s.raw)))),
                    ("min", Json::Number(Number::uint(u64::from(s.min)))),
                    ("max", Json::Number(Number::uint(u64::from(s.max)))),
                ]),
            );
        }
        if let Some(success) = self.success {
            out.set("success", Json::Bool(success));
        }
        if let Some(completion) = self.completion {
            out.set("completion", Json::Bool(completion));
        }
        if let Some(response) = &self.response {
            out.set("response", Json::text(response.clone()));
        }
        if let Some(ms) = self.duration_ms {
            out.set("duration", Json::text(iso_duration(ms)));
        }
        if !self.extensions.is_empty() {
            out.set("extensions", Json::object(self.extensions.clone()));
        }
        out
    }
}

impl Context {
    fn to_json(&self) -> Json {
        let mut out = match &self.template {
            Json::Object(_) => self.template.clone(),
            _ => Json::Object(Vec::new()),
        };
        out.set("registration", Json::text(self.registration.clone()));
        if !self.categories.is_empty() {
            let list = out
                .entry("contextActivities", Json::Object(Vec::new()))
                .entry("category", Json::Array(Vec::new()));
            if !matches!(list, Json::Array(_)) {
                // xAPI 1.0 allowed a single activity here: keep it, as a list.
                let one = std::mem::replace(list, Json::Array(Vec::new()));
                list.push(one);
            }
            for &id in &self.categories {
                let present = matches!(list, Json::Array(items)
                    if items.iter().any(|a| a.get("id").and_then(Json::as_text) == Some(id)));
                if !present {
                    list.push(Json::object([
                        ("objectType", Json::text("Activity")),
                        ("id", Json::text(id)),
                    ]));
                }
            }
        }
        if !self.extensions.is_empty() {
            let extensions = out.entry("extensions", Json::Object(Vec::new()));
            for (key, value) in &self.extensions {
                extensions.set(key, value.clone());
            }
        }
        out
    }
}
