//! The live link to the LMS (package builds): the core's [`Reporter`] over one connection,
//! the SCORM API (`scorm.rs`, `lms-scorm`) or the cmi5 LMS's xAPI endpoint (`cmi5.rs`,
//! `lms-cmi5`); a package build has one of them, `lms` both. Reports become calls, and
//! calls go out one at a time and in order: SCORM's through the core's `Outbox` (a failure
//! keeps them queued and retries them after the outbox's delay), cmi5's through the package's
//! script, which queues and retries them the same way and says when the LRS stops or starts
//! answering. The page's lifecycle commits when it is hidden and finishes once when it goes
//! for good (for cmi5 mid-activity, see `keeps_session_open`). Everything the learner should
//! know (the LMS not answering, a practice round, the session finished) is read by the bar
//! (`bar.rs`), which is re-rendered whenever it may have changed.

use std::cell::{RefCell, RefMut};
use std::rc::Rc;

use gloo_events::EventListener;
use yew::Callback;

use crate::chooser::{Chooser, ChooserEvent, ChooserModel};
use crate::deck::Deck;
use crate::game::{Game, GameEvent};
use crate::i18n::{Lang, Message, MessageId};
use crate::persist::Store;
use crate::platform;
use crate::platform::lms::lifecycle::{on_page_change, PageChange};
#[cfg(feature = "lms-scorm")]
use crate::platform::lms::scorm::ScormApi;
#[cfg(feature = "lms-scorm")]
use crate::platform::lms::timer::after_ms;
#[cfg(feature = "lms-cmi5")]
use crate::report::Standard;
use crate::report::{
    LmsCall, LmsChoice, LmsStart, MasterySource, Practice, ReportOptions, Reporter, Scaled,
};
#[cfg(feature = "lms-scorm")]
use crate::report::{Outbox, Sent};

/// The longest wait before trying a SCORM API again.
#[cfg(feature = "lms-scorm")]
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
    /// The API, the calls waiting for it, and whether a retry is scheduled (so failures do
    /// not pile up timers).
    #[cfg(feature = "lms-scorm")]
    Scorm {
        api: &'static ScormApi,
        outbox: Outbox,
        retry_due: bool,
    },
    /// The package's script holds the endpoint, the token and the calls waiting; `failing`:
    /// it said the LRS is not answering (and the learner has not closed the notice).
    #[cfg(feature = "lms-cmi5")]
    Cmi5 { failing: bool },
}

pub(super) struct Link {
    connection: Connection,
    reporter: Reporter,
    /// Re-renders the bar when what it shows may have changed.
    watcher: Option<Callback<()>>,
    /// A note for the learner from start-up (cmi5: a reload would end the session).
    start_note: Option<MessageId>,
    _page: Vec<EventListener>,
}

/// What start-up is told: the LMS reported to, if any, with the store the learner's records
/// go to (the LMS's suspend data or state document), and the learner's languages as the LMS
/// gives them (its preference; comma-separated, most preferred first).
pub(crate) type Ready = Box<dyn FnOnce(Option<(LmsHandle, Rc<dyn Store>)>, Option<String>)>;

/// Looks for an LMS as `?lms=` says (`choice`; `url_mastery`: `?mastery=`), among the standards compiled in (cmi5 launch
/// parameters, else SCORM 2004, else 1.2), opens a session with it (SCORM: `Initialize` and
/// the start-up values; cmi5: the token, `LMS.LaunchData`, the learner's preferences and the
/// state document), starts reporting and calls `ready`: at once for SCORM or no LMS, after
/// its requests for cmi5. A launch that cannot be reported against is no LMS, with the
/// reason in the console. Reporting starts in English; start-up tells it the language shown
/// ([`LmsHandle::set_lang`]) before anything is answered.
pub(crate) fn start(choice: Option<LmsChoice>, url_mastery: Option<Scaled>, ready: Ready) {
    if choice == Some(LmsChoice::Off) {
        return ready(None, None);
    }
    #[cfg(feature = "lms-cmi5")]
    if choice.is_none() || choice == Some(LmsChoice::Use(Standard::Cmi5)) {
        if let Some(launch) = super::cmi5::connect() {
            wasm_bindgen_futures::spawn_local(async move {
                match launch.await {
                    Ok((start, note)) => {
                        let connection = Connection::Cmi5 { failing: false };
                        begin(connection, LmsStart::Cmi5(start), note, url_mastery, ready)
                    }
                    Err(reason) => {
                        platform::warn(
                            &["cmi5 launch failed: ", &reason, "; running standalone"].concat(),
                        );
                        ready(None, None)
                    }
                }
            });
            return;
        }
    }
    #[cfg(feature = "lms-scorm")]
    if let Some((api, start)) = super::scorm::connect(choice) {
        let connection = Connection::Scorm {
            api: Box::leak(Box::new(api)),
            outbox: Outbox::new(),
            retry_due: false,
        };
        return begin(connection, LmsStart::Scorm(start), None, url_mastery, ready);
    }
    ready(None, None)
}

/// Starts reporting on a session that has opened, then tells `ready`.
fn begin(
    connection: Connection,
    start: LmsStart,
    start_note: Option<MessageId>,
    url_mastery: Option<Scaled>,
    ready: Ready,
) {
    let languages = start.languages();
    ready(link(connection, start, start_note, url_mastery), languages)
}

/// The link for a session that has opened, with its first calls sent, and the store the
/// learner's records go to. `None`: the launch cannot be reported against (said in the
/// console); the widget runs standalone.
fn link(
    connection: Connection,
    start: LmsStart,
    start_note: Option<MessageId>,
    url_mastery: Option<Scaled>,
) -> Option<(LmsHandle, Rc<dyn Store>)> {
    let options = ReportOptions {
        lang: Lang::default(),
        url_mastery,
        // Only SCORM 1.2 writes local times (xAPI's are UTC).
        #[cfg(feature = "lms-scorm")]
        utc_offset_minutes: platform::utc_offset_minutes(),
        #[cfg(not(feature = "lms-scorm"))]
        utc_offset_minutes: 0,
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
    #[cfg(feature = "lms-cmi5")]
    if link.borrow().connection.is_cmi5() {
        platform::lms::cmi5::on_answering(move |answering| handle.answering(answering));
    }
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

    /// The language the widget shows: descriptions and labels are sent in it.
    pub fn set_lang(&self, lang: Lang) {
        if let Some(mut l) = self.link() {
            l.reporter.set_lang(lang);
        }
    }

    /// What the bar shows (`None`: no LMS).
    pub fn bar(&self) -> Option<Bar> {
        let l = self.link()?;
        let finished = l.reporter.is_finished();
        Some(Bar {
            start_note: l.start_note.map(Message::new),
            notice: l.connection.notice(),
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
            l.connection.dismiss_notice();
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

    /// Sends `calls`, in order: SCORM's queued in the outbox and sent as far as they go;
    /// cmi5's handed to the package's script, which queues them.
    fn send(&self, calls: Vec<LmsCall>) {
        if calls.is_empty() {
            return;
        }
        let Some(mut l) = self.link() else { return };
        match &mut l.connection {
            #[cfg(feature = "lms-scorm")]
            Connection::Scorm { outbox, .. } => {
                outbox.push(calls);
                drop(l);
                self.drain();
            }
            #[cfg(feature = "lms-cmi5")]
            Connection::Cmi5 { .. } => {
                let back = l.reporter.return_url().map(str::to_string);
                drop(l);
                for call in calls {
                    super::cmi5::carry(call, back.as_deref());
                }
            }
        }
    }

    /// The package's script says whether the LRS answers (cmi5): the notice shows while it
    /// does not.
    #[cfg(feature = "lms-cmi5")]
    #[allow(irrefutable_let_patterns)] // a cmi5-only build has only this connection
    fn answering(&self, answering: bool) {
        if let Some(mut l) = self.link() {
            if let Connection::Cmi5 { failing } = &mut l.connection {
                *failing = !answering;
            }
        }
        self.changed();
    }

    /// Sends queued SCORM calls, one at a time, until one fails (then a retry is scheduled).
    #[cfg(feature = "lms-scorm")]
    fn drain(&self) {
        let Some(link) = self.0 else { return };
        loop {
            let next = match &mut link.borrow_mut().connection {
                Connection::Scorm { api, outbox, .. } => outbox.take_next().map(|c| (c, *api)),
                #[cfg(feature = "lms-cmi5")]
                Connection::Cmi5 { .. } => None,
            };
            let Some((call, api)) = next else { break };
            if !self.settled(super::scorm::carry(api, &call)) {
                break;
            }
        }
        self.changed();
    }

    /// Settles the SCORM call under way; `false` when it failed (a retry is then scheduled:
    /// the API is in the page, so trying again is free, at most every 5 s; the outbox's
    /// doubling, up to a minute, is for the network).
    #[cfg(feature = "lms-scorm")]
    #[allow(irrefutable_let_patterns)] // a SCORM-only build has only this connection
    fn settled(&self, sent: Sent) -> bool {
        let failed = matches!(sent, Sent::Failed);
        let retry = self.link().and_then(|mut l| match &mut l.connection {
            Connection::Scorm {
                outbox, retry_due, ..
            } => {
                outbox.settle(sent);
                for dropped in outbox.take_dropped() {
                    warn(&dropped.message());
                }
                let due = outbox
                    .retry_in_ms()
                    .map(|ms| ms.min(SCORM_RETRY_MS))
                    .filter(|_| !*retry_due);
                *retry_due |= due.is_some();
                due
            }
            #[cfg(feature = "lms-cmi5")]
            Connection::Cmi5 { .. } => None,
        });
        if let Some(ms) = retry {
            let handle = *self;
            after_ms(ms, move || {
                if let Some(mut l) = handle.link() {
                    if let Connection::Scorm { retry_due, .. } = &mut l.connection {
                        *retry_due = false;
                    }
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

impl Connection {
    fn is_cmi5(&self) -> bool {
        match self {
            #[cfg(feature = "lms-scorm")]
            Connection::Scorm { .. } => false,
            #[cfg(feature = "lms-cmi5")]
            Connection::Cmi5 { .. } => true,
        }
    }

    /// The calm notice to show while the LMS is not answering.
    fn notice(&self) -> Option<Message> {
        match self {
            #[cfg(feature = "lms-scorm")]
            Connection::Scorm { outbox, .. } => outbox.notice(),
            #[cfg(feature = "lms-cmi5")]
            Connection::Cmi5 { failing } => {
                failing.then(|| Message::new(MessageId::LmsNotAnswering))
            }
        }
    }

    /// The learner closed the notice (it comes back with the next failure).
    fn dismiss_notice(&mut self) {
        match self {
            #[cfg(feature = "lms-scorm")]
            Connection::Scorm { outbox, .. } => outbox.dismiss_notice(),
            #[cfg(feature = "lms-cmi5")]
            Connection::Cmi5 { failing } => *failing = false,
        }
    }
}
