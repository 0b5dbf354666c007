//! cmi5's rules for the statements the widget sends (the requirement ids in brackets):
//!
//! - every statement: an id set by the widget [9.1.0.0-1] and a UTC timestamp [9.7.0.0-2]
//!   (both the cmi5 script's, as it queues the statement: [`Statement`]), the launch's
//!   actor, and a context built on the LMS's contextTemplate (its contextActivities
//!   and session id extension kept whole [9.6.2.0-1, 9.6.3.1-4]) with the launch's
//!   registration [9.6.1.0-1];
//! - cmi5 defined statements (`initialized`, `completed`, `passed`, `failed`,
//!   `terminated`): object is the AU's activityId [8.1.5.0-6], the cmi5 category
//!   [9.6.2.1-1], the moveOn category exactly when the result has success or completion
//!   [9.6.2.2-1/-2]; `completion: true` only on completed, `success` only on passed (true) /
//!   failed (false), a score only on passed/failed, raw with min and max [9.5.x]; a duration
//!   on terminated, completed, passed and failed [9.5.4.1]; the masteryscore extension,
//!   equal to the LMS's value, on passed/failed when the LMS gave one [9.6.3.2-2];
//! - `answered` (cmi5 allowed): the context template without the cmi5 category, object a
//!   per-item activity under the AU's activityId (`<activityId>/cards/<deck>/<card>`,
//!   `…/questions/<questionnaire>/<question>`, `…/outcome/<questionnaire>`), an
//!   interaction definition (`choice` with the piles or options as `choices`; the outcome
//!   as `other`, its path scores in the result extension `<activityId>/extensions/path-scores`).
//!
//! The order and once-only rules (initialized first and once per session, completed and
//! passed once per registration, no failed after passed, terminated last) are the
//! reporter's (`reporter.rs`), which remembers what was sent in its state.

use super::answer::{path_scores, scores_text, Answer, Item};
use super::call::LmsCall;
use super::launch::Cmi5Launch;
use super::mastery::Scaled;
use super::num::uint;
use super::time::{iso_duration, EpochMs};
use super::xapi::{Context, Fields, Statement, Verb, INTERACTION_TYPE};
use crate::json::write_text;

/// The cmi5 writer for one session.
#[derive(Debug, Clone)]
pub(crate) struct Cmi5 {
    pub launch: Cmi5Launch,
    pub lang: &'static str,
}

/// A statement's result (each field written when set, in xAPI's order: score, success,
/// completion, response, duration, extensions): one writer for every statement's.
#[derive(Default)]
struct ResultFields<'a> {
    /// The first-try percentage, as the score (scaled, raw, min 0, max 100).
    score: Option<u8>,
    success: Option<bool>,
    completion: bool,
    response: Option<&'a str>,
    duration_ms: Option<u64>,
    /// The extensions object, as JSON text.
    extensions: Option<String>,
}

impl ResultFields<'_> {
    fn write(&self) -> String {
        let mut out = String::new();
        let mut f = Fields::open(&mut out);
        if let Some(percent) = self.score {
            let mut score = Fields::open(f.key("score"));
            score.raw("scaled", &Scaled::from_percent(percent).decimal());
            score.raw("raw", &uint(u64::from(percent.min(100))));
            score.raw("min", "0");
            score.raw("max", "100");
            score.close();
        }
        if let Some(success) = self.success {
            f.raw("success", if success { "true" } else { "false" });
        }
        if self.completion {
            f.raw("completion", "true");
        }
        if let Some(response) = self.response {
            f.text("response", response);
        }
        if let Some(ms) = self.duration_ms {
            f.text("duration", &iso_duration(ms));
        }
        if let Some(extensions) = &self.extensions {
            f.raw("extensions", extensions);
        }
        f.close();
        out
    }
}

impl Cmi5 {
    pub fn new(launch: Cmi5Launch, lang: &'static str) -> Self {
        Self { launch, lang }
    }

    /// The statement (its id and timestamp, `at`, are the script's): the launch's actor, `verb`, `object` (JSON text; `None`:
    /// the AU itself, `{"objectType":"Activity","id":<activityId>}`), `result`, the
    /// launch's `context`, `at`.
    fn statement(
        &mut self,
        verb: Verb,
        object: Option<&str>,
        result: Option<ResultFields>,
        context: Context,
        at: EpochMs,
    ) -> LmsCall {
        let launch = &self.launch;
        let mut text = String::with_capacity(1024);
        let mut f = Fields::open(&mut text);
        f.raw("actor", &launch.actor);
        let label = verb.label();
        let mut v = Fields::open(f.key("verb"));
        v.text("id", &["http://adlnet.gov/expapi/verbs/", label].concat());
        let mut display = Fields::open(v.key("display"));
        display.text("en-US", label);
        display.text("en", label);
        display.close();
        v.close();
        match object {
            Some(object) => f.raw("object", object),
            None => {
                let mut au = Fields::open(f.key("object"));
                au.text("objectType", "Activity");
                au.text("id", &launch.activity_id);
                au.close();
            }
        }
        if let Some(result) = result {
            f.raw("result", &result.write());
        }
        f.raw("context", &launch.contexts[context as usize]);
        f.close();
        LmsCall::Send(Box::new(Statement::new(verb, at, text)))
    }

    pub fn initialized(&mut self, at: EpochMs) -> LmsCall {
        self.statement(Verb::Initialized, None, None, Context::Cmi5, at)
    }

    pub fn completed(&mut self, at: EpochMs, duration_ms: u64) -> LmsCall {
        let result = ResultFields {
            completion: true,
            duration_ms: Some(duration_ms),
            ..ResultFields::default()
        };
        self.statement(Verb::Completed, None, Some(result), Context::MoveOn, at)
    }

    /// `passed` or `failed` with the first-try score (and the masteryscore extension
    /// when the LMS gave one).
    pub fn judged(&mut self, passed: bool, percent: u8, at: EpochMs, duration_ms: u64) -> LmsCall {
        let result = ResultFields {
            score: Some(percent),
            success: Some(passed),
            duration_ms: Some(duration_ms),
            ..ResultFields::default()
        };
        let verb = if passed { Verb::Passed } else { Verb::Failed };
        self.statement(verb, None, Some(result), Context::Judged, at)
    }

    pub fn terminated(&mut self, at: EpochMs, duration_ms: u64) -> LmsCall {
        let result = ResultFields {
            duration_ms: Some(duration_ms),
            ..ResultFields::default()
        };
        self.statement(Verb::Terminated, None, Some(result), Context::Cmi5, at)
    }

    pub fn answered(&mut self, answer: &Answer) -> LmsCall {
        let base = self.launch.activity_id.trim_end_matches('/');
        let lang = self.lang;
        // The item's activity id, its description, the correct response (a card's pile),
        // the choices (the piles or options, written here; none for the outcome), the result.
        let id: String;
        let description: &str;
        let correct: Option<&str>;
        let mut choices = String::new();
        let mut result = ResultFields {
            duration_ms: answer.latency_ms,
            ..ResultFields::default()
        };
        let outcome_description;
        match answer.item {
            Item::Card {
                card,
                pile,
                correct: right,
                piles,
            } => {
                id = [base, "/cards/", answer.activity, "/", &card.id].concat();
                description = &card.text;
                correct = Some(&card.pile);
                for p in piles {
                    choice(&mut choices, lang, &p.id, &p.label);
                }
                result.success = Some(right);
                result.response = Some(&pile.id);
            }
            Item::Question { question, option } => {
                id = [base, "/questions/", answer.activity, "/", &question.id].concat();
                description = &question.prompt;
                correct = None;
                for o in &question.options {
                    choice(&mut choices, lang, &o.id, &o.label);
                }
                result.response = Some(&option.id);
            }
            Item::Outcome {
                key,
                title,
                paths,
                scores,
            } => {
                id = [base, "/outcome/", answer.activity].concat();
                outcome_description = [title, " (", &scores_text(paths, scores), ")"].concat();
                description = &outcome_description;
                correct = None;
                result.response = Some(key);
                let mut extensions = String::new();
                let mut e = Fields::open(&mut extensions);
                let mut by_path = Fields::open(e.key(&[base, "/extensions/path-scores"].concat()));
                for (path, score) in path_scores(paths, scores) {
                    by_path.raw(&path.id, &uint(u64::from(score)));
                }
                by_path.close();
                e.close();
                result.extensions = Some(extensions);
            }
        }
        // The object: the item's activity and its interaction definition (`choice` with
        // the choices; the outcome, `other`).
        let mut object = String::new();
        let mut o = Fields::open(&mut object);
        o.text("objectType", "Activity");
        o.text("id", &id);
        let mut d = Fields::open(o.key("definition"));
        d.text("type", INTERACTION_TYPE);
        lang_map(d.key("description"), lang, description);
        d.text(
            "interactionType",
            if choices.is_empty() {
                "other"
            } else {
                "choice"
            },
        );
        if let Some(correct) = correct {
            let out = d.key("correctResponsesPattern");
            out.push('[');
            write_text(out, correct);
            out.push(']');
        }
        if !choices.is_empty() {
            let out = d.key("choices");
            out.push('[');
            out.push_str(&choices);
            out.push(']');
        }
        d.close();
        o.close();
        self.statement(
            Verb::Answered,
            Some(&object),
            Some(result),
            Context::Allowed,
            answer.at,
        )
    }
}

/// One interaction component (`{"id":…,"description":{<lang>:…}}`), after a comma if
/// `out` has one already.
fn choice(out: &mut String, lang: &str, id: &str, label: &str) {
    if !out.is_empty() {
        out.push(',');
    }
    let mut c = Fields::open(out);
    c.text("id", id);
    lang_map(c.key("description"), lang, label);
    c.close();
}

/// A language map of one text: `{"<lang>":"<text>"}`.
fn lang_map(out: &mut String, lang: &str, text: &str) {
    let mut f = Fields::open(out);
    f.text(lang, text);
    f.close();
}
