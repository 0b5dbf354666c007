//! The [`Reporter`]: one per launched activity (a sorting deck or the chooser). It turns
//! each batch of events into the [`LmsCall`]s for its standard and applies the rules that
//! span a session: what is written at start, at each milestone, when the page is hidden
//! and at the finish; once-only statements; and replays.
//!
//! # Replays
//! The score is the **first try** of every card, decided when the first round ends
//! (`RoundFinished { round: 1 }`: every card has a first result). Retrying missed cards
//! never changes it. "Play again" and "Start over" begin a new game whose first round is
//! judged again, but:
//! - a recorded pass is never turned into a fail: after a pass, nothing about score or
//!   success is written again (cmi5 forbids `failed` after `passed`, 9.3.0.0-8);
//! - SCORM keeps the best attempt: a new result is written only when its score is higher
//!   (so a fail can become a pass, or a better fail);
//! - cmi5 allows one `passed`/`failed` per session (9.3.0.0-3): after a fail, later games
//!   of this session are practice; a new launch (a new session) is judged again;
//! - `completed` is sent once per registration (cmi5) and written once per attempt (SCORM).
//!
//! [`Reporter::practice`] says when the current round cannot change what is recorded, and
//! why, so the UI can tell the learner. What was sent is remembered in the reporter's
//! record (`state.rs`), saved in the same suspend data / state document as the game, so a
//! reload repeats neither `initialized` (same session) nor `completed`.
//!
//! # Lifecycle
//! - [`Reporter::start`] (the platform has called `Initialize`; for cmi5 it has fetched the
//!   token and read `LMS.LaunchData` and the state document): SCORM `incomplete` when
//!   nothing is recorded yet, then `Commit`; cmi5 `initialized` once per session.
//! - [`Reporter::on_game`] / [`Reporter::on_chooser`] for each batch of events: the
//!   interactions or `answered` statements, results the moment they are known, the suspend
//!   data / state document when it changed, and a SCORM `Commit` at every milestone (a game
//!   opened, a round finished, a retry, the chooser's result) and every
//!   [`COMMIT_EVERY`] answers.
//! - [`Reporter::on_hidden`]: commit and flush (SCORM session time and exit so far), never
//!   terminate: tab switches fire it too.
//! - [`Reporter::finish`] (pagehide with `persisted` false, or an explicit finish): exactly
//!   once; SCORM session time, exit, `Commit`, `Terminate`; cmi5 the state, then
//!   `terminated`. After it every method returns nothing.
//!
//! # Browse, review, no credit
//! In cmi5 Browse/Review only `initialized` and `terminated` are sent (10.2.2.0-9/-11); SCORM
//! browse/review and `credit=no-credit` are honoured the same way: no interactions, score,
//! success or completion (1.2 browse marks a first launch `browsed`). The learner's
//! progress (suspend data, state document) is still saved, and session time written.

use super::answer::{Answer, Item};
use super::call::LmsCall;
#[cfg(feature = "cmi5")]
use super::cmi5::Cmi5;
#[cfg(feature = "cmi5")]
use super::launch::Cmi5Start;
use super::launch::{LaunchError, LaunchProblem};
#[cfg(feature = "scorm")]
use super::launch::{ScormStart, ScormVersion};
use super::mastery::{Mastery, Scaled};
#[cfg(feature = "scorm")]
use super::scorm::{Scorm, MAX_INTERACTIONS};
use super::standard::{Credit, LaunchMode, Standard};
#[cfg(feature = "cmi5")]
use super::state::hash;
use super::state::ReportState;
use super::suspend::SuspendStore;
#[cfg(feature = "scorm")]
use super::suspend::{SCORM12_SUSPEND_LIMIT, SCORM2004_SUSPEND_LIMIT};
use super::time::{span, EpochMs};
use crate::chooser::{Chooser, ChooserEvent, ChooserModel};
use crate::deck::Deck;
use crate::game::{Game, GameEvent, Phase};
use crate::i18n::{Lang, Message, MessageId};
use crate::persist::Store;
use crate::session::keys;

/// A SCORM `Commit` at least every this many answers (besides every milestone).
pub const COMMIT_EVERY: u32 = 10;

/// What the LMS said at start-up (a variant per standard family compiled in).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LmsStart {
    #[cfg(feature = "scorm")]
    Scorm(ScormStart),
    #[cfg(feature = "cmi5")]
    Cmi5(Cmi5Start),
}

/// What the widget knows at start-up, besides the LMS.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReportOptions {
    /// The interface language (the language of descriptions and labels sent).
    pub lang: Lang,
    /// The page's `?mastery=` ([`crate::config::Config::mastery`]).
    pub url_mastery: Option<Scaled>,
    /// Minutes east of UTC (`-new Date().getTimezoneOffset()`), for SCORM 1.2's local times.
    pub utc_offset_minutes: i32,
}

/// Why the current round cannot change what the LMS records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Practice {
    /// Browse or review launch, or SCORM `no-credit`.
    NotForCredit,
    /// A pass is recorded and stays.
    AlreadyPassed,
    /// cmi5: this session's passed/failed is sent; a new launch may be judged again.
    AlreadyJudged,
    /// A retry round: the score counts each card's first try.
    Retry,
}

impl Practice {
    /// What to tell the learner.
    pub fn message(self) -> Message {
        Message::new(match self {
            Practice::NotForCredit => MessageId::LmsPracticeNotForCredit,
            Practice::AlreadyPassed => MessageId::LmsPracticePassed,
            Practice::AlreadyJudged => MessageId::LmsPracticeJudged,
            Practice::Retry => MessageId::LmsPracticeRetry,
        })
    }
}

#[derive(Debug, Clone)]
enum Adapter {
    #[cfg(feature = "scorm")]
    Scorm(Scorm),
    #[cfg(feature = "cmi5")]
    Cmi5(Box<Cmi5>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ActivityKind {
    Deck,
    Chooser,
}

/// Turns one activity's events into LMS calls (see the module doc).
#[derive(Debug, Clone)]
pub struct Reporter {
    adapter: Adapter,
    mode: LaunchMode,
    credit: Credit,
    mastery: Mastery,
    problems: Vec<LaunchProblem>,
    store: SuspendStore,
    state: ReportState,
    /// The store's change count when its text was last written (`None`: not yet).
    written: Option<u64>,
    started_at: EpochMs,
    finished: bool,
    activity: Option<ActivityKind>,
    round: u32,
    at_end: bool,
    /// At-end mode: cards placed and not yet checked (card, when, and the time taken), each
    /// card once.
    pending: Vec<(usize, EpochMs, Option<u64>)>,
    /// The chooser's answers and outcome last reported (not repeated when unchanged).
    reported_answers: Vec<Option<usize>>,
    reported_outcome: Option<(String, Vec<u32>)>,
    since_commit: u32,
}

impl Reporter {
    /// A reporter for a launch, and the calls to make right after `Initialize`
    /// (SCORM) / the token fetch (cmi5). A cmi5 launch without what every statement
    /// needs is an error: the platform then runs standalone.
    pub fn start(
        lms: LmsStart,
        options: ReportOptions,
        now: EpochMs,
    ) -> Result<(Reporter, Vec<LmsCall>), LaunchError> {
        let mut problems = Vec::new();
        let lang = options.lang.code();
        let (adapter, mode, credit, lms_mastery, store, state) = match &lms {
            #[cfg(feature = "scorm")]
            LmsStart::Scorm(start) => {
                let limit = match start.version {
                    ScormVersion::V12 => SCORM12_SUSPEND_LIMIT,
                    ScormVersion::V2004 => SCORM2004_SUSPEND_LIMIT,
                };
                let store = SuspendStore::new(&start.suspend_data, Some(limit));
                let mut state = store
                    .load(keys::REPORT)
                    .map(|t| ReportState::decode(&t))
                    .unwrap_or_default();
                // The LMS's own record counts too (a suspend data lost or cut short).
                state.completed |= start.completed() || start.passed();
                state.passed |= start.passed();
                if let Some(score) = start.score() {
                    state.best = Some(state.best.map_or(score, |b| b.max(score)));
                }
                let scorm = Scorm::new(
                    start.version,
                    lang,
                    options.utc_offset_minutes,
                    start.interaction_count(),
                );
                let mode = start.launch_mode(&mut problems);
                let mastery = start.mastery(&mut problems);
                (
                    Adapter::Scorm(scorm),
                    mode,
                    start.credit(),
                    mastery,
                    store,
                    state,
                )
            }
            #[cfg(feature = "cmi5")]
            LmsStart::Cmi5(start) => {
                let launch = start.read(&mut problems)?;
                let store = SuspendStore::new(start.state.as_deref().unwrap_or(""), None);
                let mut state = store
                    .load(keys::REPORT)
                    .map(|t| ReportState::decode(&t))
                    .unwrap_or_default();
                state.enter_session(hash(&launch.session_id), now);
                let mode = launch.mode;
                let mastery = launch.mastery;
                let cmi5 = Cmi5::new(launch, lang);
                (
                    Adapter::Cmi5(Box::new(cmi5)),
                    mode,
                    Credit::Credit,
                    mastery,
                    store,
                    state,
                )
            }
        };
        let mut reporter = Reporter {
            adapter,
            mode,
            credit,
            mastery: Mastery::choose(lms_mastery, options.url_mastery),
            problems,
            store,
            state,
            written: None,
            started_at: now,
            finished: false,
            activity: None,
            round: 1,
            at_end: false,
            pending: Vec::new(),
            reported_answers: Vec::new(),
            reported_outcome: None,
            since_commit: 0,
        };
        let mut calls = Vec::new();
        #[cfg(feature = "scorm")]
        let assessed = reporter.assessed();
        #[cfg(feature = "cmi5")]
        let state = &mut reporter.state;
        match (&mut reporter.adapter, &lms) {
            #[cfg(feature = "scorm")]
            (Adapter::Scorm(scorm), LmsStart::Scorm(start))
                if start.not_attempted() && (assessed || mode == LaunchMode::Browse) =>
            {
                scorm.status_at_start(mode == LaunchMode::Browse, &mut calls);
            }
            #[cfg(feature = "cmi5")]
            (Adapter::Cmi5(cmi5), _) => {
                if state.terminated {
                    // This session has ended: the LMS must launch a new one.
                    reporter.finished = true;
                } else if !state.initialized {
                    calls.push(cmi5.initialized(now));
                    state.initialized = true;
                }
            }
            // A SCORM adapter with a cmi5 start: never (each is made from its own start).
            #[allow(unreachable_patterns)]
            _ => {}
        }
        if !reporter.finished {
            reporter.save_state(&mut calls);
            reporter.commit(&mut calls);
        }
        Ok((reporter, calls))
    }

    /// The language descriptions and labels are sent in from now on (the one the widget
    /// shows, once start-up knows it).
    pub fn set_lang(&mut self, lang: Lang) {
        match &mut self.adapter {
            #[cfg(feature = "scorm")]
            Adapter::Scorm(s) => s.lang = lang.code(),
            #[cfg(feature = "cmi5")]
            Adapter::Cmi5(c) => c.lang = lang.code(),
        }
    }

    /// Whether results count: a normal launch, for credit.
    pub fn assessed(&self) -> bool {
        self.mode == LaunchMode::Normal && self.credit == Credit::Credit
    }

    pub fn standard(&self) -> Standard {
        match &self.adapter {
            #[cfg(feature = "scorm")]
            Adapter::Scorm(s) => s.version.standard(),
            #[cfg(feature = "cmi5")]
            Adapter::Cmi5(_) => Standard::Cmi5,
        }
    }

    /// Whether the session speaks cmi5 (else SCORM).
    fn is_cmi5(&self) -> bool {
        match &self.adapter {
            #[cfg(feature = "scorm")]
            Adapter::Scorm(_) => false,
            #[cfg(feature = "cmi5")]
            Adapter::Cmi5(_) => true,
        }
    }

    /// The mastery score results are judged against, and its source.
    pub fn mastery(&self) -> Mastery {
        self.mastery
    }

    pub fn launch_mode(&self) -> LaunchMode {
        self.mode
    }

    /// What the LMS gave that was not used (for the log or a settings notice).
    pub fn problems(&self) -> &[LaunchProblem] {
        &self.problems
    }

    /// The store the session's records go to (hand it to `Session::new`): its text is the
    /// suspend data / state document.
    pub fn store(&self) -> SuspendStore {
        self.store.clone()
    }

    /// cmi5's `returnURL`: where to go after the finish, if the LMS gave one.
    pub fn return_url(&self) -> Option<&str> {
        match &self.adapter {
            #[cfg(feature = "cmi5")]
            Adapter::Cmi5(c) => c.launch.return_url.as_deref(),
            #[cfg(feature = "scorm")]
            Adapter::Scorm(_) => None,
        }
    }

    /// Whether the activity has reached its end (a deck's results, the chooser's result).
    pub fn at_end(&self) -> bool {
        self.at_end
    }

    /// Whether the session is over (finished, or a cmi5 session terminated before a reload).
    pub fn is_finished(&self) -> bool {
        self.finished
    }

    /// Answers not written to SCORM because [`MAX_INTERACTIONS`] were, and a message saying so.
    pub fn interactions_skipped(&self) -> Option<(u32, Message)> {
        match &self.adapter {
            #[cfg(feature = "scorm")]
            Adapter::Scorm(s) if s.skipped() > 0 => Some((
                s.skipped(),
                Message::new(MessageId::LmsInteractionsCapped)
                    .count("max", MAX_INTERACTIONS as usize)
                    .count("count", s.skipped() as usize),
            )),
            _ => None,
        }
    }

    /// Why the current round cannot change the recorded result, if it cannot.
    pub fn practice(&self) -> Option<Practice> {
        if !self.assessed() {
            return Some(Practice::NotForCredit);
        }
        if self.activity == Some(ActivityKind::Chooser) {
            return None;
        }
        if self.state.passed {
            return Some(Practice::AlreadyPassed);
        }
        if self.is_cmi5() && self.state.judged {
            return Some(Practice::AlreadyJudged);
        }
        (self.round > 1).then_some(Practice::Retry)
    }

    /// The calls for a batch of game events on `deck`, leaving `game` as it is, at `now`.
    pub fn on_game(
        &mut self,
        events: &[GameEvent],
        deck: &Deck,
        game: &Game,
        now: EpochMs,
    ) -> Vec<LmsCall> {
        if self.finished || events.is_empty() {
            return Vec::new();
        }
        self.activity = Some(ActivityKind::Deck);
        self.round = game.round();
        self.at_end = game.phase() == Phase::Results;
        let assessed = self.assessed();
        let mut calls = Vec::new();
        let mut result = None;
        let mut milestone = false;
        for event in events {
            // A card's answer: (card, pile, right, when, time shown).
            let answered = match *event {
                GameEvent::Started { .. }
                | GameEvent::Resumed { .. }
                | GameEvent::Retried { .. }
                | GameEvent::PlayedAgain { .. } => {
                    self.pending.clear();
                    milestone = true;
                    None
                }
                GameEvent::CardPlaced {
                    card,
                    pile,
                    correct: Some(correct),
                    shown_ms,
                } => Some((card, pile, correct, now, shown_ms)),
                GameEvent::CardPlaced {
                    card,
                    correct: None,
                    shown_ms,
                    ..
                } => {
                    self.pending.retain(|p| p.0 != card);
                    self.pending.push((card, now, shown_ms));
                    None
                }
                GameEvent::CardChecked {
                    card,
                    pile,
                    correct,
                } => {
                    let (at, shown_ms) = match self.pending.iter().position(|p| p.0 == card) {
                        Some(i) => {
                            let (_, at, shown_ms) = self.pending.swap_remove(i);
                            (at, shown_ms)
                        }
                        None => (now, None),
                    };
                    Some((card, pile, correct, at, shown_ms))
                }
                GameEvent::RoundFinished { round, .. } => {
                    milestone = true;
                    if round == 1 {
                        result = Some(game.summary().first_try_percent());
                    }
                    None
                }
                GameEvent::CardMoved { .. } | GameEvent::NextCard { .. } => None,
            };
            if let (true, Some((card, pile, correct, at, shown_ms))) = (assessed, answered) {
                if let Some(answer) = card_answer(deck, card, pile, correct, at, shown_ms) {
                    self.answer(&answer, &mut calls);
                }
            }
        }
        if let (true, Some(percent)) = (assessed, result) {
            self.judge(percent, now, &mut calls);
        }
        self.save_state(&mut calls);
        if milestone || self.since_commit >= COMMIT_EVERY {
            self.commit(&mut calls);
        }
        calls
    }

    /// The calls for a batch of chooser events over `model`, leaving `chooser` as it is.
    pub fn on_chooser(
        &mut self,
        events: &[ChooserEvent],
        model: &ChooserModel,
        chooser: &Chooser,
        now: EpochMs,
    ) -> Vec<LmsCall> {
        if self.finished || events.is_empty() {
            return Vec::new();
        }
        self.activity = Some(ActivityKind::Chooser);
        self.at_end = chooser.step().is_none();
        let assessed = self.assessed();
        let mut calls = Vec::new();
        let mut completed = false;
        for event in events {
            match event {
                ChooserEvent::Completed { outcome, scores } => {
                    completed = true;
                    self.reported_answers.resize(model.questions.len(), None);
                    for (q, (question, &chosen)) in
                        model.questions.iter().zip(chooser.answers()).enumerate()
                    {
                        let Some(o) = chosen else { continue };
                        if self.reported_answers[q] == Some(o) {
                            continue;
                        }
                        self.reported_answers[q] = Some(o);
                        if assessed {
                            let answer = Answer {
                                activity: &model.id,
                                item: Item::Question {
                                    question,
                                    option: &question.options[o],
                                },
                                at: now,
                                latency_ms: None,
                            };
                            self.answer(&answer, &mut calls);
                        }
                    }
                    let key = outcome.key(model);
                    let unchanged = self
                        .reported_outcome
                        .as_ref()
                        .is_some_and(|(k, s)| k == key && s == scores);
                    if !unchanged {
                        self.reported_outcome = Some((key.to_string(), scores.clone()));
                        if assessed {
                            let answer = Answer {
                                activity: &model.id,
                                item: Item::Outcome {
                                    key,
                                    #[cfg(feature = "cmi5")]
                                    title: model
                                        .outcome_text(*outcome)
                                        .map_or("", |t| t.title.as_str()),
                                    paths: &model.paths,
                                    scores,
                                },
                                at: now,
                                latency_ms: None,
                            };
                            self.answer(&answer, &mut calls);
                        }
                    }
                }
                ChooserEvent::Restarted => {
                    self.reported_answers.clear();
                    self.reported_outcome = None;
                }
                _ => {}
            }
        }
        if assessed && completed && !self.state.completed {
            self.state.completed = true;
            match &mut self.adapter {
                #[cfg(feature = "scorm")]
                Adapter::Scorm(s) => s.completed(&mut calls),
                #[cfg(feature = "cmi5")]
                Adapter::Cmi5(c) => {
                    calls.push(c.completed(now, cmi5_span(&self.state, self.started_at, now)))
                }
            }
        }
        self.save_state(&mut calls);
        if completed || self.since_commit >= COMMIT_EVERY {
            self.commit(&mut calls);
        }
        calls
    }

    /// The page was hidden: save and commit what there is, and the session time so far;
    /// never terminate (the learner may come back).
    #[cfg_attr(not(feature = "scorm"), allow(unused_variables))]
    pub fn on_hidden(&mut self, now: EpochMs) -> Vec<LmsCall> {
        if self.finished {
            return Vec::new();
        }
        let mut calls = Vec::new();
        self.save_state(&mut calls);
        match &self.adapter {
            #[cfg(feature = "scorm")]
            Adapter::Scorm(s) => {
                calls.push(s.session_time(span(self.started_at, now)));
                calls.push(s.exit(self.at_end));
            }
            #[cfg(feature = "cmi5")]
            Adapter::Cmi5(_) => {}
        }
        self.commit(&mut calls);
        calls
    }

    /// The session ends (once; later calls return nothing).
    pub fn finish(&mut self, now: EpochMs) -> Vec<LmsCall> {
        if self.finished {
            return Vec::new();
        }
        self.finished = true;
        if self.is_cmi5() {
            self.state.terminated = true;
        }
        let mut calls = Vec::new();
        self.save_state(&mut calls);
        match &mut self.adapter {
            #[cfg(feature = "scorm")]
            Adapter::Scorm(s) => {
                calls.push(s.session_time(span(self.started_at, now)));
                calls.push(s.exit(self.at_end));
                calls.push(LmsCall::Commit);
                calls.push(LmsCall::Terminate);
            }
            #[cfg(feature = "cmi5")]
            Adapter::Cmi5(c) => {
                calls.push(c.terminated(now, cmi5_span(&self.state, self.started_at, now)))
            }
        }
        calls
    }

    /// Writes one answer (the caller knows results count).
    fn answer(&mut self, answer: &Answer, calls: &mut Vec<LmsCall>) {
        match &mut self.adapter {
            #[cfg(feature = "scorm")]
            Adapter::Scorm(s) => s.answer(answer, calls),
            #[cfg(feature = "cmi5")]
            Adapter::Cmi5(c) => calls.push(c.answered(answer)),
        }
        self.since_commit += 1;
    }

    /// A deck's first round is over with this first-try score (see "Replays").
    #[cfg_attr(not(feature = "cmi5"), allow(unused_variables))]
    fn judge(&mut self, percent: u8, now: EpochMs, calls: &mut Vec<LmsCall>) {
        let passed = self.mastery.passes(percent);
        #[cfg(feature = "cmi5")]
        let duration = cmi5_span(&self.state, self.started_at, now);
        let state = &mut self.state;
        match &mut self.adapter {
            #[cfg(feature = "scorm")]
            Adapter::Scorm(s) => {
                let better = state.best.is_none_or(|best| percent > best);
                if !state.passed && (better || !state.completed) {
                    s.result(percent, passed, calls);
                    state.best = Some(state.best.map_or(percent, |b| b.max(percent)));
                    state.completed = true;
                    state.passed = passed;
                    state.failed |= !passed;
                }
            }
            #[cfg(feature = "cmi5")]
            Adapter::Cmi5(c) => {
                if !state.completed {
                    calls.push(c.completed(now, duration));
                    state.completed = true;
                }
                if !state.passed && !state.judged {
                    calls.push(c.judged(passed, percent, now, duration));
                    state.judged = true;
                    state.passed = passed;
                    state.failed |= !passed;
                    state.best = Some(state.best.map_or(percent, |b| b.max(percent)));
                }
            }
        }
    }

    /// Saves the reporter's record, and writes the suspend data / state document if it changed.
    fn save_state(&mut self, calls: &mut Vec<LmsCall>) {
        self.store.save(keys::REPORT, &self.state.encode());
        if self.written == Some(self.store.changes()) {
            return;
        }
        self.written = Some(self.store.changes());
        let text = self.store.text();
        calls.push(match &self.adapter {
            #[cfg(feature = "scorm")]
            Adapter::Scorm(s) => s.suspend_data(text),
            #[cfg(feature = "cmi5")]
            Adapter::Cmi5(_) => LmsCall::SaveState { document: text },
        });
    }

    fn commit(&mut self, calls: &mut Vec<LmsCall>) {
        if !self.is_cmi5() && !calls.is_empty() {
            calls.push(LmsCall::Commit);
        }
        self.since_commit = 0;
    }
}

/// A cmi5 session's time so far: since its first start (it spans reloads). (SCORM's is
/// since this page's `Initialize`.)
#[cfg(feature = "cmi5")]
fn cmi5_span(state: &ReportState, started_at: EpochMs, now: EpochMs) -> u64 {
    span(state.session_start.unwrap_or(started_at), now)
}

/// The answer for card `card` put on `pile`.
fn card_answer(
    deck: &Deck,
    card: usize,
    pile: usize,
    correct: bool,
    at: EpochMs,
    latency_ms: Option<u64>,
) -> Option<Answer<'_>> {
    Some(Answer {
        activity: &deck.id,
        item: Item::Card {
            card: deck.cards.get(card)?,
            pile: deck.piles.get(pile)?,
            correct,
            #[cfg(feature = "cmi5")]
            piles: &deck.piles,
        },
        at,
        latency_ms,
    })
}
