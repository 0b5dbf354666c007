//! The SCORM data model, per version: element names, vocabularies and formats. The only
//! place that knows `cmi.core.*` from `cmi.*`.
//!
//! | what | SCORM 1.2 | SCORM 2004 |
//! |---|---|---|
//! | started, nothing recorded yet | `cmi.core.lesson_status=incomplete` (`browsed` in browse mode) | `cmi.completion_status=incomplete` |
//! | deck finished (first try of every card) | `cmi.core.score.min/max/raw` (0–100), `cmi.core.lesson_status=passed`/`failed` | `cmi.score.scaled/raw/min/max`, `cmi.success_status`, `cmi.completion_status=completed`, `cmi.progress_measure=1` |
//! | chooser finished | `cmi.core.lesson_status=completed` (no score) | `cmi.completion_status=completed`, `cmi.progress_measure=1` (no score, no success) |
//! | a card placed | interaction `fill-in`, response = pile id, result `correct`/`wrong` | interaction `choice`, response = pile id, result `correct`/`incorrect`, description = the card |
//! | a question answered | `fill-in`, response = option id, `neutral` | `choice`, response = option id, `neutral`, description = prompt — option |
//! | the chooser's outcome | `fill-in` response `blend` (or the path id), plus one `numeric` per path with its score | `other`, response `blend`, description `Technical training 12 · Leadership development 7` |
//! | session time | `cmi.core.session_time` `HHHH:MM:SS.SS` | `cmi.session_time` `PT3M12S` |
//! | leaving unfinished / finished | `cmi.core.exit=suspend` / `""` | `cmi.exit=suspend` / `normal` |
//!
//! **Why `fill-in` in 1.2:** a 1.2 `choice` response is one character (`a`–`z`, `0`–`9`),
//! so a pile would have to be written `a`/`b`, which no teacher can read; `fill-in` takes a
//! CMIString255, where the pile's id (`training`) is legal and the correct response is a
//! pattern of the same form. `performance` would also allow it but means a sequence of steps.
//! **Why `choice` in 2004:** there a choice response is a short identifier, which the
//! pile's id is, so the type says what the question is and the response stays readable.
//!
//! Interaction ids are `<deck>_<card>`, `<questionnaire>_question_<question>`,
//! `<questionnaire>_outcome` and `<questionnaire>_score_<path>`: letters, digits, `-` and
//! `_` only, which is SCORM 1.2's strict CMIIdentifier and also a 2004 identifier (ids of
//! decks, cards, questions and paths are lowercase letters, digits and `-`, at most 48).
//! A card played again journals a new interaction with the same id (one id per question,
//! one entry per attempt). At most [`MAX_INTERACTIONS`] are written per attempt: SCORM 2004
//! LMSs need keep only 250, and past that an LMS may refuse or drop them; later answers
//! are counted ([`Scorm::skipped`]) instead, while scores and statuses are still written.

use super::answer::{path_scores, scores_text, Answer, Item};
use super::call::LmsCall;
use super::launch::ScormVersion;
use super::mastery::Scaled;
use super::num::{push_uint, uint};
use super::time::{iso_duration, scorm12_time, scorm12_timespan, scorm2004_time};

/// Interactions written per attempt at most (SCORM 2004's smallest permitted maximum).
pub const MAX_INTERACTIONS: u32 = 250;

/// Longest 2004 `description` (a localized string of 250 characters).
const MAX_DESCRIPTION: usize = 250;

/// The SCORM writer for one session.
#[derive(Debug, Clone)]
pub(crate) struct Scorm {
    pub version: ScormVersion,
    pub lang: &'static str,
    offset_minutes: i32,
    next_index: u32,
    skipped: u32,
}

impl Scorm {
    pub fn new(
        version: ScormVersion,
        lang: &'static str,
        offset_minutes: i32,
        recorded: u32,
    ) -> Self {
        Self {
            version,
            lang,
            offset_minutes,
            next_index: recorded,
            skipped: 0,
        }
    }

    fn v12(&self) -> bool {
        self.version == ScormVersion::V12
    }

    /// Answers not written because [`MAX_INTERACTIONS`] were.
    pub fn skipped(&self) -> u32 {
        self.skipped
    }

    /// `incomplete` (or 1.2 `browsed`) for a first launch.
    pub fn status_at_start(&self, browse: bool, out: &mut Vec<LmsCall>) {
        match (self.v12(), browse) {
            (true, false) => sets(out, &[("cmi.core.lesson_status", "incomplete")]),
            (true, true) => sets(out, &[("cmi.core.lesson_status", "browsed")]),
            (false, false) => sets(out, &[("cmi.completion_status", "incomplete")]),
            (false, true) => {}
        }
    }

    /// A deck's first-try score (0–100) and whether it passed; 2004 also completes it.
    pub fn result(&self, percent: u8, passed: bool, out: &mut Vec<LmsCall>) {
        let raw = uint(u64::from(percent.min(100)));
        let success = if passed { "passed" } else { "failed" };
        if self.v12() {
            sets(
                out,
                &[
                    ("cmi.core.score.min", "0"),
                    ("cmi.core.score.max", "100"),
                    ("cmi.core.score.raw", &raw),
                    ("cmi.core.lesson_status", success),
                ],
            )
        } else {
            sets(
                out,
                &[
                    ("cmi.score.scaled", &Scaled::from_percent(percent).decimal()),
                    ("cmi.score.min", "0"),
                    ("cmi.score.max", "100"),
                    ("cmi.score.raw", &raw),
                    ("cmi.success_status", success),
                    ("cmi.progress_measure", "1"),
                    ("cmi.completion_status", "completed"),
                ],
            )
        }
    }

    /// Completion without a score (the chooser).
    pub fn completed(&self, out: &mut Vec<LmsCall>) {
        if self.v12() {
            sets(out, &[("cmi.core.lesson_status", "completed")])
        } else {
            sets(
                out,
                &[
                    ("cmi.progress_measure", "1"),
                    ("cmi.completion_status", "completed"),
                ],
            )
        }
    }

    pub fn suspend_data(&self, text: String) -> LmsCall {
        LmsCall::Set {
            element: String::from("cmi.suspend_data"),
            value: text,
        }
    }

    pub fn session_time(&self, span_ms: u64) -> LmsCall {
        let element = if self.v12() {
            "cmi.core.session_time"
        } else {
            "cmi.session_time"
        };
        set(element, &self.span(span_ms))
    }

    /// `suspend` while unfinished (the next launch resumes), else a normal exit.
    pub fn exit(&self, finished: bool) -> LmsCall {
        let (element, value) = match (self.v12(), finished) {
            (true, false) => ("cmi.core.exit", "suspend"),
            (true, true) => ("cmi.core.exit", ""),
            (false, false) => ("cmi.exit", "suspend"),
            (false, true) => ("cmi.exit", "normal"),
        };
        set(element, value)
    }

    /// The interactions for one answer (none past the cap).
    pub fn answer(&mut self, answer: &Answer, out: &mut Vec<LmsCall>) {
        let v12 = self.v12();
        let activity = identifier(answer.activity);
        let id = |parts: &[&str]| {
            let mut id = activity.clone();
            id.extend(parts.iter().copied());
            id
        };
        let choice = if v12 { "fill-in" } else { "choice" };
        match answer.item {
            Item::Card {
                card,
                pile,
                correct,
                ..
            } => {
                let result = match (correct, v12) {
                    (true, _) => "correct",
                    (false, true) => "wrong",
                    (false, false) => "incorrect",
                };
                let id = id(&["_", &identifier(&card.id)]);
                let correct = Some(card.pile.as_str());
                self.interaction(
                    out,
                    answer,
                    [&id, choice, &card.text, &pile.id, result],
                    correct,
                );
            }
            Item::Question { question, option } => {
                let id = id(&["_question_", &identifier(&question.id)]);
                let description = [question.prompt.as_str(), " — ", &option.label].concat();
                self.interaction(
                    out,
                    answer,
                    [&id, choice, &description, &option.id, "neutral"],
                    None,
                );
            }
            Item::Outcome {
                key, paths, scores, ..
            } => {
                let kind = if v12 { "fill-in" } else { "other" };
                let description = scores_text(paths, scores);
                self.interaction(
                    out,
                    answer,
                    [&id(&["_outcome"]), kind, &description, key, "neutral"],
                    None,
                );
                if v12 {
                    // 1.2 has no description: each path's score is its own interaction.
                    for (path, score) in path_scores(paths, scores) {
                        let id = id(&["_score_", &identifier(&path.id)]);
                        let score = uint(u64::from(score));
                        self.interaction(
                            out,
                            answer,
                            [&id, "numeric", &path.title, &score, "neutral"],
                            None,
                        );
                    }
                }
            }
        }
    }

    /// One interaction: `[id, type, description, response, result]` and the correct
    /// response, if there is one; written field by field in the order 2004 needs (`id`,
    /// then `type`, before any other field, else error 408).
    fn interaction(
        &mut self,
        out: &mut Vec<LmsCall>,
        answer: &Answer,
        [id, kind, description, response, result]: [&str; 5],
        correct: Option<&str>,
    ) {
        if self.next_index >= MAX_INTERACTIONS {
            self.skipped += 1;
            return;
        }
        let v12 = self.v12();
        let mut prefix = String::from("cmi.interactions.");
        push_uint(&mut prefix, u64::from(self.next_index), 1);
        prefix.push('.');
        self.next_index += 1;
        let time = if v12 {
            scorm12_time(answer.shown_at(), self.offset_minutes)
        } else {
            scorm2004_time(answer.shown_at())
        };
        let description = (!v12).then(|| lang_string(self.lang, description));
        let latency = answer.latency_ms.map(|ms| self.span(ms));
        let fields = [
            ("id", Some(id)),
            ("type", Some(kind)),
            (if v12 { "time" } else { "timestamp" }, Some(time.as_str())),
            ("description", description.as_deref()),
            (
                if v12 {
                    "student_response"
                } else {
                    "learner_response"
                },
                Some(response),
            ),
            ("correct_responses.0.pattern", correct),
            ("result", Some(result)),
            ("latency", latency.as_deref()),
        ];
        for (field, value) in fields {
            if let Some(value) = value {
                out.push(set2(&prefix, field, value));
            }
        }
    }

    /// A span in the version's format: 1.2 `HHHH:MM:SS.SS`, 2004 an ISO 8601 duration.
    fn span(&self, ms: u64) -> String {
        if self.v12() {
            scorm12_timespan(ms)
        } else {
            iso_duration(ms)
        }
    }
}

/// A `Set` of `element` to `value` (one function for every SCORM write: each call site
/// would otherwise carry its own copy).
#[inline(never)]
fn set(element: &str, value: &str) -> LmsCall {
    set2(element, "", value)
}

/// A `Set` of the element `prefix` + `field`.
#[inline(never)]
fn set2(prefix: &str, field: &str, value: &str) -> LmsCall {
    LmsCall::Set {
        element: [prefix, field].concat(),
        value: value.to_string(),
    }
}

/// A `Set` of each (element, value), in order, onto `out`.
fn sets(out: &mut Vec<LmsCall>, pairs: &[(&str, &str)]) {
    for &(element, value) in pairs {
        out.push(set(element, value));
    }
}

/// `id` with anything but ASCII letters, digits, `-` and `_` made `-`, at most 120
/// characters (validated ids pass unchanged).
pub(crate) fn identifier(id: &str) -> String {
    id.chars()
        .take(120)
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect()
}

/// A 2004 localized string: `{lang=en}` and the text on one line, at most 250 UTF-16 code
/// units (what a JavaScript runtime counts), cut with `…` when longer; a text starting with
/// `{` gets a space first, so it is not read as a language tag.
pub(crate) fn lang_string(lang: &str, text: &str) -> String {
    let one_line: String = text
        .chars()
        .map(|c| match c {
            '\n' | '\r' | '\u{2028}' | '\u{2029}' => ' ',
            c if c.is_control() => ' ',
            c => c,
        })
        .collect();
    let mut body = if one_line.starts_with('{') {
        [" ", &one_line].concat()
    } else {
        one_line
    };
    if body.encode_utf16().count() > MAX_DESCRIPTION {
        let mut cut = String::new();
        let mut units = 0;
        for c in body.chars() {
            if units + c.len_utf16() > MAX_DESCRIPTION - 1 {
                break;
            }
            units += c.len_utf16();
            cut.push(c);
        }
        cut.push('…');
        body = cut;
    }
    ["{lang=", lang, "}", &body].concat()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_description_is_one_line_of_at_most_250_units_and_never_looks_like_a_tag() {
        assert_eq!(lang_string("en", "Cats"), "{lang=en}Cats");
        assert_eq!(lang_string("en", "a\nb\u{2028}c"), "{lang=en}a b c");
        assert_eq!(lang_string("en", "{x} y"), "{lang=en} {x} y");
        let long = "😀".repeat(200);
        let cut = lang_string("en", &long);
        let body = cut.strip_prefix("{lang=en}").unwrap();
        assert!(
            body.encode_utf16().count() <= 250,
            "{}",
            body.encode_utf16().count()
        );
        assert!(body.ends_with('…'));
        assert!(body.starts_with("😀"), "never a broken surrogate pair");
    }

    #[test]
    fn identifiers_keep_valid_ids_and_mend_others() {
        assert_eq!(identifier("myth-or-fact"), "myth-or-fact");
        assert_eq!(identifier("a.b c/é"), "a-b-c--");
        assert_eq!(identifier(&"x".repeat(300)).len(), 120);
    }
}
