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
use super::time::EpochMs;
use super::uuid::UuidSource;
use super::xapi::{
    Activity, Context, Definition, Interaction, InteractionType, LangMap, Result, Score, Statement,
    Verb, CMI5_CATEGORY, INTERACTION_TYPE, MASTERY_EXTENSION, MOVEON_CATEGORY,
};
use crate::json::Json;

/// The cmi5 writer for one session.
#[derive(Debug, Clone)]
pub(crate) struct Cmi5 {
    pub launch: Cmi5Launch,
    uuids: UuidSource,
    lang: &'static str,
}

impl Cmi5 {
    pub fn new(launch: Cmi5Launch, seed: [u8; 16], lang: &'static str) -> Self {
        Self {
            launch,
            uuids: UuidSource::new(seed),
            lang,
        }
    }

    fn base(&self) -> String {
        self.launch.activity_id.trim_end_matches('/').to_string()
    }

    fn statement(
        &mut self,
        verb: Verb,
        object: Activity,
        result: Option<Result>,
        extensions: Vec<(String, Json)>,
        at: EpochMs,
    ) -> LmsCall {
        let mut categories = Vec::new();
        if verb.is_cmi5_defined() {
            categories.push(CMI5_CATEGORY);
            if result
                .as_ref()
                .is_some_and(|r| r.success.is_some() || r.completion.is_some())
            {
                categories.push(MOVEON_CATEGORY);
            }
        }
        LmsCall::Send(Box::new(Statement {
            id: self.uuids.next_uuid(),
            actor: self.launch.actor.clone(),
            verb,
            object,
            result,
            context: Context {
                template: self.launch.context_template.clone(),
                registration: self.launch.registration.clone(),
                categories,
                extensions,
            },
            timestamp: at,
        }))
    }

    fn au(&self) -> Activity {
        Activity {
            id: self.launch.activity_id.clone(),
            definition: None,
        }
    }

    pub fn initialized(&mut self, at: EpochMs) -> LmsCall {
        let au = self.au();
        self.statement(Verb::Initialized, au, None, Vec::new(), at)
    }

    pub fn completed(&mut self, at: EpochMs, duration_ms: u64) -> LmsCall {
        let au = self.au();
        let result = Result {
            completion: Some(true),
            duration_ms: Some(duration_ms),
            ..Result::default()
        };
        self.statement(Verb::Completed, au, Some(result), Vec::new(), at)
    }

    /// `passed` or `failed` with the first-try score.
    pub fn judged(&mut self, passed: bool, percent: u8, at: EpochMs, duration_ms: u64) -> LmsCall {
        let au = self.au();
        let result = Result {
            score: Some(Score {
                scaled: Scaled::from_percent(percent),
                raw: u32::from(percent.min(100)),
                min: 0,
                max: 100,
            }),
            success: Some(passed),
            duration_ms: Some(duration_ms),
            ..Result::default()
        };
        let extensions = match &self.launch.mastery {
            Some((number, _)) => {
                vec![(MASTERY_EXTENSION.to_string(), Json::Number(number.clone()))]
            }
            None => Vec::new(),
        };
        let verb = if passed { Verb::Passed } else { Verb::Failed };
        self.statement(verb, au, Some(result), extensions, at)
    }

    pub fn terminated(&mut self, at: EpochMs, duration_ms: u64) -> LmsCall {
        let au = self.au();
        let result = Result {
            duration_ms: Some(duration_ms),
            ..Result::default()
        };
        self.statement(Verb::Terminated, au, Some(result), Vec::new(), at)
    }

    /// The path-scores result extension's IRI.
    pub fn path_scores_extension(&self) -> String {
        format!("{}/extensions/path-scores", self.base())
    }

    pub fn answered(&mut self, answer: &Answer) -> LmsCall {
        let base = self.base();
        let lang = self.lang;
        let choices = |list: &mut dyn Iterator<Item = (&String, &String)>| {
            list.map(|(id, label)| (id.clone(), LangMap::one(lang, label)))
                .collect()
        };
        let (id, description, interaction, result) =
            match answer.item {
                Item::Card {
                    card,
                    pile,
                    correct,
                    piles,
                } => (
                    format!("{base}/cards/{}/{}", answer.activity, card.id),
                    card.text.clone(),
                    Interaction {
                        kind: InteractionType::Choice,
                        choices: choices(&mut piles.iter().map(|p| (&p.id, &p.label))),
                        correct: vec![card.pile.clone()],
                    },
                    Result {
                        success: Some(correct),
                        response: Some(pile.id.clone()),
                        duration_ms: answer.latency_ms,
                        ..Result::default()
                    },
                ),
                Item::Question { question, option } => (
                    format!("{base}/questions/{}/{}", answer.activity, question.id),
                    question.prompt.clone(),
                    Interaction {
                        kind: InteractionType::Choice,
                        choices: choices(&mut question.options.iter().map(|o| (&o.id, &o.label))),
                        correct: Vec::new(),
                    },
                    Result {
                        response: Some(option.id.clone()),
                        duration_ms: answer.latency_ms,
                        ..Result::default()
                    },
                ),
                Item::Outcome {
                    key,
                    title,
                    paths,
                    scores,
                } => (
                    format!("{base}/outcome/{}", answer.activity),
                    format!("{title} ({})", scores_text(paths, scores)),
                    Interaction {
                        kind: InteractionType::Other,
                        choices: Vec::new(),
                        correct: Vec::new(),
                    },
                    Result {
                        response: Some(key.to_string()),
                        extensions: vec![(
                            self.path_scores_extension(),
                            Json::object(path_scores(paths, scores).map(|(path, score)| {
                                (path.id.clone(), Json::int(i64::from(score)))
                            })),
                        )],
                        ..Result::default()
                    },
                ),
            };
        let object = Activity {
            id,
            definition: Some(Definition {
                activity_type: INTERACTION_TYPE,
                name: None,
                description: Some(LangMap::one(lang, &description)),
                interaction: Some(interaction),
            }),
        };
        self.statement(Verb::Answered, object, Some(result), Vec::new(), answer.at)
    }
}
