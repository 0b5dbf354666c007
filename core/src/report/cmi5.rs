//! cmi5's rules for the statements the widget sends (the requirement ids in brackets):
//!
//! - every statement: an id set here [9.1.0.0-1], the launch's actor, a UTC timestamp
//!   [9.7.0.0-2], and a context built on the LMS's contextTemplate (its contextActivities
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
use super::time::{iso_duration, xapi_timestamp, EpochMs};
use super::uuid::UuidSource;
use super::xapi::{
    write_context, Fields, Statement, Verb, CMI5_CATEGORY, INTERACTION_TYPE, MASTERY_EXTENSION,
    MOVEON_CATEGORY,
};
use crate::json::write_text;

/// The categories of a cmi5 defined statement whose result has no success or completion
/// (`initialized`, `terminated`), and of one whose result has (`completed`, `passed`,
/// `failed`: moveOn too).
const CMI5_ONLY: &[&str] = &[CMI5_CATEGORY];
const CMI5_MOVEON: &[&str] = &[CMI5_CATEGORY, MOVEON_CATEGORY];

/// The cmi5 writer for one session.
#[derive(Debug, Clone)]
pub(crate) struct Cmi5 {
    pub launch: Cmi5Launch,
    uuids: UuidSource,
    pub lang: &'static str,
}

/// A statement's result, written field by field (in xAPI's order: score, success,
/// completion, response, duration, extensions).
struct ResultText(String);

impl ResultText {
    fn new() -> Self {
        ResultText(String::from("{"))
    }

    fn key(&mut self, key: &str) -> &mut String {
        if self.0.len() > 1 {
            self.0.push(',');
        }
        write_text(&mut self.0, key);
        self.0.push(':');
        &mut self.0
    }

    fn flag(mut self, key: &str, on: bool) -> Self {
        self.key(key).push_str(if on { "true" } else { "false" });
        self
    }

    fn text(mut self, key: &str, text: &str) -> Self {
        write_text(self.key(key), text);
        self
    }

    fn duration(self, ms: Option<u64>) -> Self {
        match ms {
            Some(ms) => self.text("duration", &iso_duration(ms)),
            None => self,
        }
    }

    fn close(mut self) -> String {
        self.0.push('}');
        self.0
    }
}

impl Cmi5 {
    pub fn new(launch: Cmi5Launch, seed: [u8; 16], lang: &'static str) -> Self {
        Self {
            launch,
            uuids: UuidSource::new(seed),
            lang,
        }
    }

    fn base(&self) -> &str {
        self.launch.activity_id.trim_end_matches('/')
    }

    /// The statement: a fresh id, the launch's actor, `verb`, `object` and `result` (JSON
    /// text), the context (the template with `categories` and `extensions`), `at`.
    fn statement(
        &mut self,
        verb: Verb,
        object: &str,
        result: Option<String>,
        categories: &[&str],
        extensions: &[(&str, &str)],
        at: EpochMs,
    ) -> LmsCall {
        let id = self.uuids.next_uuid();
        let mut text = String::with_capacity(1024);
        let mut f = Fields::open(&mut text);
        f.text("id", &id.text());
        f.raw("actor", &self.launch.actor);
        let label = verb.label();
        let mut v = Fields::open(f.key("verb"));
        v.text("id", &["http://adlnet.gov/expapi/verbs/", label].concat());
        let mut display = Fields::open(v.key("display"));
        display.text("en-US", label);
        display.text("en", label);
        display.close();
        v.close();
        f.raw("object", object);
        if let Some(result) = &result {
            f.raw("result", result);
        }
        let launch = &self.launch;
        write_context(
            f.key("context"),
            &launch.context_template,
            &launch.registration,
            categories,
            extensions,
        );
        f.text("timestamp", &xapi_timestamp(at));
        f.close();
        LmsCall::Send(Box::new(Statement::new(id, verb, text)))
    }

    /// The AU itself as the object: `{"objectType":"Activity","id":<activityId>}`.
    fn au(&self) -> String {
        let mut out = String::new();
        let mut f = Fields::open(&mut out);
        f.text("objectType", "Activity");
        f.text("id", &self.launch.activity_id);
        f.close();
        out
    }

    pub fn initialized(&mut self, at: EpochMs) -> LmsCall {
        let au = self.au();
        self.statement(Verb::Initialized, &au, None, CMI5_ONLY, &[], at)
    }

    pub fn completed(&mut self, at: EpochMs, duration_ms: u64) -> LmsCall {
        let au = self.au();
        let result = ResultText::new()
            .flag("completion", true)
            .duration(Some(duration_ms))
            .close();
        self.statement(Verb::Completed, &au, Some(result), CMI5_MOVEON, &[], at)
    }

    /// `passed` or `failed` with the first-try score.
    pub fn judged(&mut self, passed: bool, percent: u8, at: EpochMs, duration_ms: u64) -> LmsCall {
        let au = self.au();
        let mut result = ResultText::new();
        let mut score = Fields::open(result.key("score"));
        score.raw("scaled", &Scaled::from_percent(percent).decimal());
        score.raw("raw", &uint(u64::from(percent.min(100))));
        score.raw("min", "0");
        score.raw("max", "100");
        score.close();
        let result = result
            .flag("success", passed)
            .duration(Some(duration_ms))
            .close();
        let mastery = self
            .launch
            .mastery
            .as_ref()
            .map(|(number, _)| number.clone());
        let extensions: &[(&str, &str)] = match &mastery {
            Some(number) => &[(MASTERY_EXTENSION, number)],
            None => &[],
        };
        let verb = if passed { Verb::Passed } else { Verb::Failed };
        self.statement(verb, &au, Some(result), CMI5_MOVEON, extensions, at)
    }

    pub fn terminated(&mut self, at: EpochMs, duration_ms: u64) -> LmsCall {
        let au = self.au();
        let result = ResultText::new().duration(Some(duration_ms)).close();
        self.statement(Verb::Terminated, &au, Some(result), CMI5_ONLY, &[], at)
    }

    /// The path-scores result extension's IRI.
    pub fn path_scores_extension(&self) -> String {
        [self.base(), "/extensions/path-scores"].concat()
    }

    pub fn answered(&mut self, answer: &Answer) -> LmsCall {
        let base = self.base();
        let lang = self.lang;
        // The object: the item's activity, its description, its interaction type, the
        // correct response (a card's pile) and the choices (none for the outcome).
        let mut object = String::new();
        let mut o = Fields::open(&mut object);
        o.text("objectType", "Activity");
        let id: String;
        let description: &str;
        let kind: &str;
        let correct: Option<&str>;
        let choices: Vec<(&str, &str)>;
        let result: ResultText;
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
                kind = "choice";
                correct = Some(&card.pile);
                choices = piles
                    .iter()
                    .map(|p| (p.id.as_str(), p.label.as_str()))
                    .collect();
                result = ResultText::new()
                    .flag("success", right)
                    .text("response", &pile.id)
                    .duration(answer.latency_ms);
            }
            Item::Question { question, option } => {
                id = [base, "/questions/", answer.activity, "/", &question.id].concat();
                description = &question.prompt;
                kind = "choice";
                correct = None;
                choices = question
                    .options
                    .iter()
                    .map(|o| (o.id.as_str(), o.label.as_str()))
                    .collect();
                result = ResultText::new()
                    .text("response", &option.id)
                    .duration(answer.latency_ms);
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
                kind = "other";
                correct = None;
                choices = Vec::new();
                let mut r = ResultText::new().text("response", key);
                let mut extension = Fields::open(r.key("extensions"));
                let mut by_path = Fields::open(extension.key(&self.path_scores_extension()));
                for (path, score) in path_scores(paths, scores) {
                    by_path.raw(&path.id, &uint(u64::from(score)));
                }
                by_path.close();
                extension.close();
                result = r;
            }
        }
        o.text("id", &id);
        let mut d = Fields::open(o.key("definition"));
        d.text("type", INTERACTION_TYPE);
        lang_map(d.key("description"), lang, description);
        d.text("interactionType", kind);
        if let Some(correct) = correct {
            let out = d.key("correctResponsesPattern");
            out.push('[');
            write_text(out, correct);
            out.push(']');
        }
        if kind == "choice" {
            let out = d.key("choices");
            out.push('[');
            for (i, (id, label)) in choices.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                let mut c = Fields::open(out);
                c.text("id", id);
                lang_map(c.key("description"), lang, label);
                c.close();
            }
            out.push(']');
        }
        d.close();
        o.close();
        self.statement(
            Verb::Answered,
            &object,
            Some(result.close()),
            &[],
            &[],
            answer.at,
        )
    }
}

/// A language map of one text: `{"<lang>":"<text>"}`.
fn lang_map(out: &mut String, lang: &str, text: &str) {
    let mut f = Fields::open(out);
    f.text(lang, text);
    f.close();
}
