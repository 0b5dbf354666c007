//! The live link to the LMS (package builds): the core's [`Reporter`] and [`Outbox`] over one
//! connection, the SCORM API (`scorm.rs`, `lms-scorm`) or the cmi5 LMS's xAPI endpoint
//! (`cmi5.rs`, `lms-cmi5`); a package build has one of them, `lms` both. Reports
//! become calls, calls go out one at a time and in order; a failure keeps them queued and
//! retries them after the outbox's delay; the page's lifecycle commits when it is hidden and
//! finishes once when it goes for good (for cmi5 mid-activity, see `keeps_session_open`). Everything the learner should know (the LMS not
//! answering, a practice round, the session finished) is read by the bar (`bar.rs`), which
//! is re-rendered whenever it may have changed.

use std::cell::{RefCell, RefMut};
use std::rc::Rc;

use gloo_events::EventListener;
use yew::Callback;

use crate::chooser::{Chooser, ChooserEvent, ChooserModel};
use crate::config::Config;
use crate::deck::Deck;
use crate::game::{Game, GameEvent};
use crate::i18n::{Lang, Message, MessageId};
use crate::persist::Store;
use crate::platform;
use crate::platform::lms::lifecycle::{on_page_change, PageChange};
#[cfg(feature = "lms-scorm")]
use crate::platform::lms::scorm::ScormApi;
use crate::platform::lms::timer::after_ms;
#[cfg(feature = "lms-cmi5")]
use crate::report::Standard;
use crate::report::{
    LmsCall, LmsChoice, LmsStart, MasterySource, Outbox, Practice, ReportOptions, Reporter, Sent,
};

/// The longest wait before trying a SCORM API again.
const SCORM_RETRY_MS: u64 = 5_000;

/// The LMS the widget reports to, if any (`None`: standalone). Copies share the link, which
/// lives as long as the page (it is never dropped: no reference counting, no drop code).
#[derive(Clone, Copy, Default)]
pub struct LmsHandle(Option<&'static RefCell<Link>>);

impl PartialEq for LmsHandle {
    fn eq(&self, other: &Self) -> bool {
        match (self.0, other.0) {
            (Some(a), Some(b)) => std::ptr::eq(a, b),
            (None, None) => true,
            _ => false,
        }
    }
}

/// How calls reach the LMS.
pub(super) enum Connection {
    #[cfg(feature = "lms-scorm")]
    Scorm(&'static ScormApi),
    /// The package's script holds the endpoint and the token.
    #[cfg(feature = "lms-cmi5")]
    Cmi5,
}

pub(super) struct Link {
    connection: Connection,
    reporter: Reporter,
    outbox: Outbox,
    /// A retry is scheduled (so failures do not pile up timers).
    retry_due: bool,
    /// Re-renders the bar when what it shows may have changed.
    watcher: Option<Callback<()>>,
    /// A note for the learner from start-up (cmi5: a reload would end the session).
    start_note: Option<MessageId>,
    _page: Vec<EventListener>,
}

/// An LMS session opened at start-up and not yet reported to: start-up reads the learner's
/// language from it ([`Found::languages`]) before it loads that language's table, then
/// [`begin`]s reporting in the language shown.
pub(crate) struct Found {
    connection: Connection,
    start: LmsStart,
    /// A note for the learner (cmi5: a reload would end the session).
    note: Option<MessageId>,
}

impl Found {
    /// The learner's languages as the LMS gives them (its preference), if it gives any.
    pub(crate) fn languages(&self) -> Option<String> {
        self.start.languages()
    }
}

/// Looks for an LMS as `?lms=` says (`choice`), among the standards compiled in (cmi5 launch
/// parameters, else SCORM 2004, else 1.2), opens a session with it and reads what it holds
/// (SCORM: `Initialize` and the start-up values; cmi5: the token, `LMS.LaunchData`, the
/// learner's preferences and the state document), then calls `found`: at once for SCORM or
/// no LMS, after its requests for cmi5. A cmi5 launch that fails is no LMS, with the reason
/// in the console.
pub(crate) fn find(choice: Option<LmsChoice>, found: Box<dyn FnOnce(Option<Found>)>) {
    if choice == Some(LmsChoice::Off) {
        return found(None);
    }
    #[cfg(feature = "lms-cmi5")]
    if choice.is_none() || choice == Some(LmsChoice::Use(Standard::Cmi5)) {
        if let Some(launch) = super::cmi5::connect() {
            wasm_bindgen_futures::spawn_local(async move {
                let session = match launch.await {
                    Ok((start, note)) => Some(Found {
                        connection: Connection::Cmi5,
                        start: LmsStart::Cmi5(start),
                        note,
                    }),
                    Err(reason) => {
                        platform::warn(
                            &["cmi5 launch failed: ", &reason, "; running standalone"].concat(),
                        );
                        None
                    }
                };
                found(session)
            });
            return;
        }
    }
    #[cfg(feature = "lms-scorm")]
    let session = super::scorm::connect(choice).map(|(api, start)| Found {
        connection: Connection::Scorm(Box::leak(Box::new(api))),
        start: LmsStart::Scorm(start),
        note: None,
    });
    #[cfg(not(feature = "lms-scorm"))]
    let session = None;
    found(session)
}

/// Starts reporting on the session `found` opened, in `config`'s language (the one shown):
/// the link, with its first calls sent, and the store the learner's records go to (the
/// LMS's suspend data or state document). `None`: the launch cannot be reported against
/// (said in the console); the widget runs standalone.
pub(crate) fn begin(found: Found, config: &Config) -> Option<(LmsHandle, Rc<dyn Store>)> {
    let Found {
        connection,
        start,
        note: start_note,
    } = found;
    let options = ReportOptions {
        lang: config.lang,
        url_mastery: config.mastery,
        utc_offset_minutes: platform::utc_offset_minutes(),
        seed: platform::random_bytes16(),
    };
    let (reporter, calls) = match Reporter::start(start, options, platform::epoch_ms()) {
        Ok(started) => started,
        Err(error) => {
            warn(&error.message());
            return None;
        }
    };
    // The session says which mastery score it judges by, and where it comes from.
    let mastery = reporter.mastery();
    let from = match mastery.source {
        MasterySource::Lms => "the LMS's",
        MasterySource::Url => "the page's ?mastery=",
        MasterySource::Default => "the default",
    };
    platform::info(
        &[
            "reporting to ",
            reporter.standard().key(),
            "; mastery score ",
            &mastery.scaled.decimal(),
            " (",
            from,
            ")",
        ]
        .concat(),
    );
    for problem in reporter.problems() {
        warn(&problem.message());
    }
    let store: Rc<dyn Store> = Rc::new(reporter.store());
    let link: &'static RefCell<Link> = Box::leak(Box::new(RefCell::new(Link {
        connection,
        reporter,
        outbox: Outbox::new(),
        retry_due: false,
        watcher: None,
        start_note,
        _page: Vec::new(),
    })));
    let handle = LmsHandle(Some(link));
    let on_page = {
        move |change: PageChange| match change {
            PageChange::Hidden => handle.report(Report::Hidden),
            PageChange::Leaving if handle.keeps_session_open() => handle.report(Report::Hidden),
            PageChange::Leaving => handle.report(Report::Finish),
            PageChange::Shown => {}
        }
    };
    link.borrow_mut()._page = on_page_change(on_page);
    handle.send(calls);
    Some((handle, store))
}

impl LmsHandle {
    /// Whether the widget is reporting to an LMS.
    pub fn is_connected(&self) -> bool {
        self.0.is_some()
    }

    /// Reports a batch of game events on `deck` (after the game's record was saved).
    pub fn game(&self, events: &[GameEvent], deck: &Deck, game: &Game) {
        self.report(Report::Game(events, deck, game));
    }

    /// Reports a batch of chooser events (after the chooser's record was saved).
    pub fn chooser(&self, events: &[ChooserEvent], model: &ChooserModel, chooser: &Chooser) {
        self.report(Report::Chooser(events, model, chooser));
    }

    /// The learner asked to finish: the session ends (once) and, for cmi5, the LMS's
    /// `returnURL` opens once `terminated` is sent.
    pub fn finish(&self) {
        self.report(Report::Finish);
        self.changed();
    }

    /// What the bar shows (`None`: no LMS).
    pub fn bar(&self) -> Option<Bar> {
        let l = self.link()?;
        let finished = l.reporter.is_finished();
        Some(Bar {
            start_note: l.start_note.map(Message::new),
            notice: l.outbox.notice(),
            finished,
            practice: l
                .reporter
                .practice()
                .filter(|_| !finished)
                .map(Practice::message),
            capped: l.reporter.interactions_skipped().map(|(_, m)| m),
        })
    }

    /// The learner closed the notice (it comes back with the next failure).
    pub fn dismiss_notice(&self) {
        if let Some(mut l) = self.link() {
            l.outbox.dismiss_notice();
        }
        self.changed();
    }

    /// Calls `watcher` (instead of the one before) whenever what the bar shows may have
    /// changed.
    pub fn watch(&self, watcher: Callback<()>) {
        if let Some(mut l) = self.link() {
            l.watcher = Some(watcher);
        }
    }

    /// Whether leaving the page mid-activity keeps the session open rather than ending it:
    /// cmi5 keeps its token for this tab, so a reload goes on in the same session (and a
    /// closed tab's session is left for the LMS to mark abandoned, its progress saved in the
    /// state document). `pagehide` cannot tell a reload from a close; SCORM, whose API an LMS
    /// does not hand out twice, always finishes.
    fn keeps_session_open(&self) -> bool {
        self.link()
            .is_some_and(|l| l.connection.is_cmi5() && !l.reporter.at_end())
    }

    /// The link, borrowed (`None`: no LMS). Never held across a call out of the link.
    fn link(&self) -> Option<RefMut<'static, Link>> {
        self.0.map(RefCell::borrow_mut)
    }

    /// Hands `what` to the reporter, now, and sends the calls it makes.
    fn report(&self, what: Report<'_>) {
        let calls = match self.link() {
            Some(mut l) => {
                let now = platform::epoch_ms();
                let r = &mut l.reporter;
                match what {
                    Report::Game(events, deck, game) => r.on_game(events, deck, game, now),
                    Report::Chooser(events, model, chooser) => {
                        r.on_chooser(events, model, chooser, now)
                    }
                    Report::Hidden => r.on_hidden(now),
                    Report::Finish => r.finish(now),
                }
            }
            None => return,
        };
        self.send(calls);
    }

    /// Queues `calls` and sends what can go now.
    fn send(&self, calls: Vec<LmsCall>) {
        if calls.is_empty() {
            return;
        }
        if let Some(mut l) = self.link() {
            l.outbox.push(calls);
        }
        self.drain();
    }

    /// Sends queued calls, one at a time, until one fails (then a retry is scheduled) or,
    /// for an asynchronous connection, one is under way (it drains on when it settles).
    // cmi5 alone: every call is asynchronous, so the loop stops after the first.
    #[cfg_attr(not(feature = "lms-scorm"), allow(clippy::never_loop))]
    fn drain(&self) {
        let Some(link) = self.0 else { return };
        loop {
            let next = {
                let mut l = link.borrow_mut();
                l.outbox.take_next().map(|call| (call, l.connection_kind()))
            };
            let Some((call, kind)) = next else { break };
            match kind {
                #[cfg(feature = "lms-scorm")]
                Kind::Scorm(api) => {
                    if !self.settled(super::scorm::carry(api, &call)) {
                        break;
                    }
                }
                #[cfg(feature = "lms-cmi5")]
                Kind::Cmi5 => {
                    let (handle, ends) = (*self, call.ends_session());
                    wasm_bindgen_futures::spawn_local(async move {
                        handle.carried(super::cmi5::carry(call).await, ends);
                    });
                    break;
                }
            }
        }
        self.changed();
    }

    /// A cmi5 call has settled: the queue drains on, and once `terminated` is sent the
    /// LMS's `returnURL` opens.
    #[cfg(feature = "lms-cmi5")]
    fn carried(&self, sent: Sent, ends: bool) {
        let done = matches!(sent, Sent::Done);
        if self.settled(sent) {
            self.drain();
        }
        let url = self
            .link()
            .and_then(|l| l.reporter.return_url().map(str::to_string));
        if let (true, true, Some(url)) = (ends, done, url) {
            platform::lms::lifecycle::go_to(&url);
        }
    }

    /// Settles the call under way; `false` when it failed (a retry is then scheduled).
    fn settled(&self, sent: Sent) -> bool {
        let failed = matches!(sent, Sent::Failed);
        let retry = self.link().map(|mut l| {
            l.outbox.settle(sent);
            for dropped in l.outbox.take_dropped() {
                warn(&dropped.message());
            }
            // A SCORM API is in the page: trying again is free, so at most every 5 s (the
            // outbox's doubling, up to a minute, is for the network).
            let cap = if l.connection.is_cmi5() {
                u64::MAX
            } else {
                SCORM_RETRY_MS
            };
            let due = l
                .outbox
                .retry_in_ms()
                .map(|ms| ms.min(cap))
                .filter(|_| !l.retry_due);
            if due.is_some() {
                l.retry_due = true;
            }
            due
        });
        if let Some(Some(ms)) = retry {
            let handle = *self;
            after_ms(ms, move || {
                if let Some(mut l) = handle.link() {
                    l.retry_due = false;
                }
                handle.drain();
            });
        }
        if failed {
            self.changed();
        }
        !failed
    }

    /// Tells the bar to look again.
    fn changed(&self) {
        let watcher = self.link().and_then(|l| l.watcher.clone());
        if let Some(watcher) = watcher {
            watcher.emit(());
        }
    }
}

/// Tells the page's developer, in English (one function for every message: each call site
/// would otherwise carry the formatting).
#[inline(never)]
fn warn(message: &Message) {
    platform::warn(&Lang::default().catalog().format(message));
}

/// What the reporter is told (see [`LmsHandle::report`]).
enum Report<'a> {
    Game(&'a [GameEvent], &'a Deck, &'a Game),
    Chooser(&'a [ChooserEvent], &'a ChooserModel, &'a Chooser),
    Hidden,
    Finish,
}

/// What the bar shows ([`LmsHandle::bar`]), read in one borrow of the link.
pub struct Bar {
    /// What start-up needs the learner to know, if anything.
    pub start_note: Option<Message>,
    /// The calm notice while the LMS does not answer.
    pub notice: Option<Message>,
    /// Whether the session has ended (Finish, or a cmi5 session ended before a reload).
    pub finished: bool,
    /// Why the current round does not change the recorded result (not once finished).
    pub practice: Option<Message>,
    /// Answers the LMS cannot keep (past the interaction cap), with a message saying so.
    pub capped: Option<Message>,
}

/// What [`LmsHandle::drain`] carries a call with, taken out of the link so that no borrow
/// of it is held while the call runs.
enum Kind {
    #[cfg(feature = "lms-scorm")]
    Scorm(&'static ScormApi),
    #[cfg(feature = "lms-cmi5")]
    Cmi5,
}

impl Link {
    fn connection_kind(&self) -> Kind {
        match &self.connection {
            #[cfg(feature = "lms-scorm")]
            Connection::Scorm(api) => Kind::Scorm(api),
            #[cfg(feature = "lms-cmi5")]
            Connection::Cmi5 => Kind::Cmi5,
        }
    }
}

impl Connection {
    fn is_cmi5(&self) -> bool {
        match self {
            #[cfg(feature = "lms-scorm")]
            Connection::Scorm(_) => false,
            #[cfg(feature = "lms-cmi5")]
            Connection::Cmi5 => true,
        }
    }
}
