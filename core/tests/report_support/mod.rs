//! Shared by the `report_*` tests: launches, whole games played through real `Game`
//! transitions, and checks that mirror the SCORM runtime's (scorm-again 3.4.3) and the
//! xAPI validator's patterns, written out by hand (the core has no regex dependency).
#![allow(dead_code)]

use std::rc::Rc;

use twofold_core::chooser::{builtin_model, ChooserAction, ChooserModel, ChooserSession};
use twofold_core::deck::{builtin_deck, parse_deck, Deck};
use twofold_core::game::{Action, FeedbackMode, Game, Opening, Phase};
use twofold_core::i18n::Lang;
use twofold_core::report::{
    Cmi5Start, LmsCall, LmsStart, ReportOptions, Reporter, ScormStart, ScormVersion,
};
use twofold_core::session::Session;

/// 2026-12-01T09:30:00Z.
pub const T0: u64 = 1_796_117_400_000;

/// The deck the reporting tests play: the frozen 2026-12-01 build's (its myth deck has 15
/// cards), so their counts and scores do not move when the built-in content is revised.
pub fn deck(id: &str) -> Deck {
    let path = format!(
        "{}/tests/fixtures/frozen-2026-12-01/decks/{id}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    match std::fs::read_to_string(&path) {
        Ok(text) => parse_deck(&text).unwrap(),
        Err(_) => builtin_deck(id).unwrap().unwrap(),
    }
}

pub fn options() -> ReportOptions {
    ReportOptions {
        lang: Lang::En,
        url_mastery: None,
        utc_offset_minutes: 60,
    }
}

/// A first SCORM launch: nothing recorded, normal mode, for credit.
pub fn scorm_start(version: ScormVersion) -> ScormStart {
    ScormStart {
        version,
        status: match version {
            ScormVersion::V12 => "not attempted".into(),
            ScormVersion::V2004 => "unknown".into(),
        },
        success: match version {
            ScormVersion::V12 => String::new(),
            ScormVersion::V2004 => "unknown".into(),
        },
        mode: "normal".into(),
        credit: "credit".into(),
        mastery: String::new(),
        score: String::new(),
        interactions: "0".into(),
        suspend_data: String::new(),
        language: String::new(),
    }
}

pub const ACTIVITY_ID: &str = "https://lms.example/course/7/au/sort";
pub const SESSION: &str = "5d1b4e2a-8c7f-4f7e-9d3a-1c2b3a4d5e6f";
pub const REGISTRATION: &str = "760e3480-ba55-4991-94b0-01820dbd23a2";

pub fn launch_data(mode: &str, mastery: Option<&str>, session: &str) -> String {
    let mastery = mastery.map_or(String::new(), |m| format!(r#","masteryScore":{m}"#));
    format!(
        r#"{{"contextTemplate":{{"contextActivities":{{"grouping":[{{"objectType":"Activity","id":"https://publisher.example/au/sort"}}]}},
            "extensions":{{"https://w3id.org/xapi/cmi5/context/extensions/sessionid":"{session}"}}}},
            "launchMode":"{mode}","moveOn":"CompletedAndPassed","returnURL":"https://lms.example/course/7"{mastery}}}"#
    )
}

pub fn cmi5_start(mode: &str, mastery: Option<&str>, state: Option<String>) -> Cmi5Start {
    Cmi5Start {
        actor: r#"{"objectType":"Agent","account":{"homePage":"https://lms.example","name":"learner-42"},"name":"Ada"}"#.into(),
        registration: REGISTRATION.into(),
        activity_id: ACTIVITY_ID.into(),
        launch_data: launch_data(mode, mastery, SESSION),
        state,
        languages: Some("en-US".into()),
    }
}

/// A game on the table and everything reported so far. As the widget does, the game is
/// saved (through the reporter's store) before its events are reported.
pub struct Play {
    pub reporter: Reporter,
    pub session: Session,
    pub deck: Deck,
    pub game: Game,
    pub now: u64,
    pub calls: Vec<LmsCall>,
}

impl Play {
    /// Starts a reporter for `lms` and opens a new game of `deck_id` (8 s after start).
    pub fn start(lms: LmsStart, deck_id: &str, mode: FeedbackMode) -> Play {
        Self::start_with(lms, options(), deck_id, mode)
    }

    pub fn start_with(
        lms: LmsStart,
        options: ReportOptions,
        deck_id: &str,
        mode: FeedbackMode,
    ) -> Play {
        Self::on_deck(lms, options, deck(deck_id), mode, 11)
    }

    /// Starts a reporter for `lms` and opens a new game of `deck`, shuffled by `seed`.
    pub fn on_deck(
        lms: LmsStart,
        options: ReportOptions,
        deck: Deck,
        mode: FeedbackMode,
        seed: u64,
    ) -> Play {
        let (reporter, calls) = Reporter::start(lms, options, T0).unwrap();
        let game = Game::for_deck(&deck, mode, seed);
        let mut play = Play {
            session: Session::new(Rc::new(reporter.store())),
            reporter,
            deck,
            game,
            now: T0,
            calls,
        };
        play.open(Opening::Fresh);
        play
    }

    pub fn open(&mut self, opening: Opening) {
        self.now += 8_000;
        let events = self.game.open(&self.deck.id, opening, self.now);
        self.session.save_game(&self.deck, &self.game);
        let calls = self
            .reporter
            .on_game(&events, &self.deck, &self.game, self.now);
        self.calls.extend(calls);
    }

    /// Applies an action `ms` after the last one, reporting its events.
    pub fn act(&mut self, action: Action, ms: u64) -> Vec<LmsCall> {
        self.now += ms;
        let events = self.game.apply(action, self.now).unwrap();
        self.session.save_game(&self.deck, &self.game);
        let calls = self
            .reporter
            .on_game(&events, &self.deck, &self.game, self.now);
        self.calls.extend(calls.clone());
        calls
    }

    /// Places the current card, rightly when `right` says so for its place in the round;
    /// 2.5 s per card.
    pub fn place(&mut self, right: bool) -> Vec<LmsCall> {
        let card = self.game.current_card().unwrap();
        let answer = self.game.answer(card).unwrap();
        let pile = if right {
            answer
        } else {
            (answer + 1) % self.deck.piles.len()
        };
        self.act(Action::Place(pile), 2_500)
    }

    /// Plays the round to its results: card `i` of the round right when `right(i)`.
    pub fn round(&mut self, right: impl Fn(usize) -> bool) {
        let mut i = 0;
        while matches!(self.game.phase(), Phase::Sorting) {
            self.place(right(i));
            if self.game.phase() == Phase::Feedback {
                self.act(Action::Next, 1_000);
            }
            i += 1;
        }
        if self.game.phase() == Phase::Review {
            self.act(Action::Check, 1_000);
        }
        assert_eq!(self.game.phase(), Phase::Results);
    }

    /// Plays a round scoring `percent` of the deck (rounded down to whole cards).
    pub fn round_scoring(&mut self, percent: usize) {
        let n = self.game.queue().len();
        let right = n * percent / 100;
        self.round(|i| i < right);
    }
}

/// A chooser session on the built-in questionnaire with its reports (saved first, as above).
pub struct Choose {
    pub reporter: Reporter,
    pub store: Session,
    pub model: ChooserModel,
    pub session: ChooserSession,
    pub now: u64,
    pub calls: Vec<LmsCall>,
}

impl Choose {
    pub fn start(lms: LmsStart) -> Choose {
        let (reporter, calls) = Reporter::start(lms, options(), T0).unwrap();
        let model = builtin_model().unwrap();
        let (session, events) = ChooserSession::start(&model, None, None);
        let mut c = Choose {
            store: Session::new(Rc::new(reporter.store())),
            reporter,
            model,
            session,
            now: T0,
            calls,
        };
        let more = c
            .reporter
            .on_chooser(&events, &c.model, c.session.chooser(), c.now);
        c.calls.extend(more);
        c
    }

    pub fn act(&mut self, action: ChooserAction) -> Vec<LmsCall> {
        self.now += 3_000;
        let events = self.session.apply(&self.model, action);
        self.store.save_chooser(&self.model, self.session.chooser());
        let calls =
            self.reporter
                .on_chooser(&events, &self.model, self.session.chooser(), self.now);
        self.calls.extend(calls.clone());
        calls
    }

    /// Answers every question with option `pick(q)` and goes on to the result.
    pub fn answer_all(&mut self, pick: impl Fn(usize) -> usize) -> Vec<LmsCall> {
        let mut out = Vec::new();
        for q in 0..self.model.questions.len() {
            out.extend(self.act(ChooserAction::Answer(pick(q))));
            out.extend(self.act(ChooserAction::Next));
        }
        out
    }
}

/// Every `Set` as (element, value), in order.
pub fn sets(calls: &[LmsCall]) -> Vec<(String, String)> {
    calls
        .iter()
        .filter_map(|c| match c {
            LmsCall::Set { element, value } => Some((element.clone(), value.clone())),
            _ => None,
        })
        .collect()
}

/// The last value written to `element`.
pub fn last(calls: &[LmsCall], element: &str) -> Option<String> {
    sets(calls)
        .into_iter()
        .rev()
        .find(|(e, _)| e == element)
        .map(|(_, v)| v)
}

/// Every value written to `element`, in order.
pub fn all(calls: &[LmsCall], element: &str) -> Vec<String> {
    sets(calls)
        .into_iter()
        .filter(|(e, _)| e == element)
        .map(|(_, v)| v)
        .collect()
}

/// The interactions written, by index: field → value.
pub fn interactions(calls: &[LmsCall]) -> Vec<Vec<(String, String)>> {
    let mut out: Vec<Vec<(String, String)>> = Vec::new();
    for (element, value) in sets(calls) {
        let Some(rest) = element.strip_prefix("cmi.interactions.") else {
            continue;
        };
        let (n, field) = rest.split_once('.').unwrap();
        let n: usize = n.parse().unwrap();
        if out.len() <= n {
            out.resize(n + 1, Vec::new());
        }
        out[n].push((field.to_string(), value));
    }
    out
}

pub fn field<'a>(interaction: &'a [(String, String)], name: &str) -> Option<&'a str> {
    interaction
        .iter()
        .find(|(f, _)| f == name)
        .map(|(_, v)| v.as_str())
}

pub fn statements(calls: &[LmsCall]) -> Vec<serde_json::Value> {
    calls
        .iter()
        .filter_map(|c| match c {
            LmsCall::Send(s) => Some(serde_json::from_str(s.json_text()).unwrap()),
            _ => None,
        })
        .collect()
}

/// When each statement happened (the script writes it as its `timestamp`).
pub fn sent_at(calls: &[LmsCall]) -> Vec<u64> {
    calls
        .iter()
        .filter_map(|c| match c {
            LmsCall::Send(s) => Some(s.at),
            _ => None,
        })
        .collect()
}

pub fn verbs(calls: &[LmsCall]) -> Vec<String> {
    statements(calls)
        .iter()
        .map(|s| s["verb"]["display"]["en"].as_str().unwrap().to_string())
        .collect()
}

// --- The runtime's patterns, by hand -------------------------------------------------

/// SCORM 1.2 CMIIdentifier as the spec words it: letters, digits, `-`, `_`, at most 255.
pub fn is_scorm12_identifier(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 255
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// SCORM 2004 short_identifier_type (scorm-again's CMIShortIdentifier):
/// `^(?=.*\w)[\w\-\(\)\+\.\:\=\@\;\$\_\!\*\'\%\/\#]{1,250}$`.
pub fn is_scorm2004_identifier(s: &str) -> bool {
    let word = |c: char| c.is_ascii_alphanumeric() || c == '_';
    let count = s.chars().count();
    (1..=250).contains(&count)
        && s.chars().any(word)
        && s.chars().all(|c| word(c) || "-()+.:=@;$!*'%/#".contains(c))
}

fn digits(s: &str, min: usize, max: usize) -> bool {
    (min..=max).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
}

/// SCORM 1.2 CMITimespan as the spec words it: `HHHH:MM:SS.SS` (hours 2–4 digits,
/// optional 1–2 decimals).
pub fn is_scorm12_timespan(s: &str) -> bool {
    let parts: Vec<&str> = s.split(':').collect();
    if parts.len() != 3 {
        return false;
    }
    let (sec, frac) = parts[2].split_once('.').unwrap_or((parts[2], "00"));
    digits(parts[0], 2, 4)
        && digits(parts[1], 2, 2)
        && parts[1] < "60"
        && digits(sec, 2, 2)
        && sec < "60"
        && digits(frac, 1, 2)
}

/// SCORM 1.2 CMITime: `HH:MM:SS`, optional `.S`/`.SS`.
pub fn is_scorm12_time(s: &str) -> bool {
    let (hms, frac) = s.split_once('.').unwrap_or((s, "0"));
    let parts: Vec<&str> = hms.split(':').collect();
    parts.len() == 3
        && parts.iter().all(|p| digits(p, 2, 2))
        && parts[0] < "24"
        && parts[1] < "60"
        && parts[2] < "60"
        && digits(frac, 1, 2)
}

/// An ISO 8601 duration as SCORM 2004 (`timeinterval`) and xAPI accept it: `PT[nH][nM][n[.nn]S]`
/// with at least one part.
pub fn is_iso_duration(s: &str) -> bool {
    let Some(mut rest) = s.strip_prefix("PT") else {
        return false;
    };
    let mut parts = 0;
    for unit in ['H', 'M', 'S'] {
        if let Some(at) = rest.find(unit) {
            let n = &rest[..at];
            let (whole, frac) = n.split_once('.').unwrap_or((n, "0"));
            let frac_ok = unit == 'S' && digits(frac, 1, 2) || frac == "0";
            if !digits(whole, 1, 10) || !frac_ok {
                return false;
            }
            rest = &rest[at + 1..];
            parts += 1;
        }
    }
    rest.is_empty() && parts > 0
}

/// SCORM 2004 `time (second,10,0)` as scorm-again checks it: `YYYY-MM-DDThh:mm:ss.s{1,6}Z`.
pub fn is_scorm2004_time(s: &str) -> bool {
    let b = s.as_bytes();
    s.len() >= 23
        && digits(&s[0..4], 4, 4)
        && b[4] == b'-'
        && digits(&s[5..7], 2, 2)
        && b[7] == b'-'
        && digits(&s[8..10], 2, 2)
        && b[10] == b'T'
        && is_scorm12_time(&s[11..19])
        && b[19] == b'.'
        && s.ends_with('Z')
        && digits(&s[20..s.len() - 1], 1, 6)
}
