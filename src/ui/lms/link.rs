//! The live link to the LMS (package builds): the core's [`Reporter`] over one connection,
//! the SCORM API (`scorm.rs`, `lms-scorm`) or the cmi5 LMS's xAPI endpoint (`cmi5.rs`,
//! `lms-cmi5`); a package build has one of them, `lms` both. Reports become calls, handed
//! in order to the package's script for the standard (`platform::lms`), which sends them
//! one at a time, in order, keeps them queued and retries them while the LMS does not
//! answer, and says when it stops or starts answering. The page's lifecycle commits when it
//! is hidden and finishes once when it goes for good (for cmi5 mid-activity, see
//! `keeps_session_open`). Everything the learner should know (the LMS not answering, a
//! practice round, the session finished) is read by the bar (`bar.rs`), which is
//! re-rendered whenever it may have changed.

use std::cell::{RefCell, RefMut};
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};

use yew::Callback;

use crate::chooser::{Chooser, ChooserEvent, ChooserModel};
use crate::deck::Deck;
use crate::game::{Game, GameEvent};
use crate::i18n::{Lang, Message, MessageId};
use crate::persist::Store;
use crate::platform;
use crate::platform::lms::lifecycle::Told;
use crate::report::{
    LmsCall, LmsChoice, LmsStart, Practice, ReportOptions, Reporter, Scaled, Standard,
};

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

pub(super) struct Link {
    reporter: Reporter,
    /// The package's script said the LMS is not answering (and the learner has not closed
    /// the notice).
    failing: bool,
    /// Re-renders the bar when what it shows may have changed.
    watcher: Option<Callback<()>>,
    /// A note for the learner from start-up (cmi5: a reload would end the session).
    start_note: Option<MessageId>,
}

/// Whether this page was launched by an LMS that cannot be reported to (a cmi5 launch that
/// failed, a SCORM API that refused `Initialize`, a launch the core cannot read): the widget
/// runs standalone and the bar tells the learner this visit is not recorded. Set before
/// start-up renders, never cleared.
static UNREPORTED: AtomicBool = AtomicBool::new(false);

/// The launch cannot be reported against: said in the console (`why`, in English) and,
/// through the bar, to the learner.
pub(super) fn unreported(why: &str) {
    platform::warn(why);
    UNREPORTED.store(true, Ordering::Relaxed);
}

/// Whether the bar should say this visit is not recorded (see [`UNREPORTED`]); start-up
/// also keeps such a launch locked to its activity.
pub(crate) fn is_unreported() -> bool {
    UNREPORTED.load(Ordering::Relaxed)
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
/// reason in the console and a note for the learner ([`unreported`]). Reporting starts in
/// English; start-up tells it the language shown ([`LmsHandle::set_lang`]) before anything
/// is answered.
pub(crate) fn start(choice: Option<LmsChoice>, url_mastery: Option<Scaled>, ready: Ready) {
    if choice == Some(LmsChoice::Off) {
        return ready(None, None);
    }
    #[cfg(feature = "lms-cmi5")]
    if choice.is_none() || choice == Some(LmsChoice::Use(Standard::Cmi5)) {
        if let Some(launch) = platform::lms::cmi5::launch(crate::report::STATE_ID) {
            wasm_bindgen_futures::spawn_local(async move {
                match launch.await {
                    Ok((start, in_memory)) => {
                        let note = in_memory.then_some(MessageId::LmsTokenInMemory);
                        begin(LmsStart::Cmi5(start), note, url_mastery, ready)
                    }
                    Err(reason) => {
                        unreported(
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
    if let Some(start) = super::scorm::connect(choice) {
        return begin(LmsStart::Scorm(start), None, url_mastery, ready);
    }
    ready(None, None)
}

/// Starts reporting on a session that has opened, then tells `ready`.
fn begin(
    start: LmsStart,
    start_note: Option<MessageId>,
    url_mastery: Option<Scaled>,
    ready: Ready,
) {
    let languages = start.languages();
    ready(link(start, start_note, url_mastery), languages)
}

/// The link for a session that has opened, with its first calls sent, and the store the
/// learner's records go to. `None`: the launch cannot be reported against (said in the
/// console and to the learner); the widget runs standalone.
fn link(
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
    };
    let (reporter, calls) = match Reporter::start(start, options, platform::epoch_ms()) {
        Ok(started) => started,
        Err(error) => {
            unreported(&english(&error.message()));
            return None;
        }
    };
    for problem in reporter.problems() {
        warn(&problem.message());
    }
    let store: Rc<dyn Store> = Rc::new(reporter.store());
    let link: &'static RefCell<Link> = Box::leak(Box::new(RefCell::new(Link {
        reporter,
        failing: false,
        watcher: None,
        start_note,
    })));
    let handle = LmsHandle(Some(link));
    let told = move |told| match told {
        Told::Hidden => handle.report(Report::Hidden),
        Told::Leaving if handle.keeps_session_open() => handle.report(Report::Hidden),
        Told::Leaving => handle.report(Report::Finish),
        Told::Shown => {}
        Told::NotAnswering | Told::Answering => handle.answering(told == Told::Answering),
    };
    watch(link.borrow().reporter.standard(), told);
    handle.send(calls);
    Some((handle, store))
}

/// Hears what the script of the standard in use tells (a build with both standards
/// listens to that one only).
#[allow(clippy::match_single_binding)] // a build of one standard has one arm
fn watch(standard: Standard, told: impl FnMut(Told) + 'static) {
    match standard {
        #[cfg(feature = "lms-cmi5")]
        Standard::Cmi5 => platform::lms::cmi5::watch(told),
        #[cfg(feature = "lms-scorm")]
        _ => platform::lms::scorm::watch(told),
        #[cfg(not(feature = "lms-scorm"))]
        _ => drop(told),
    }
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
            notice: l.failing.then(|| Message::new(MessageId::LmsNotAnswering)),
            finished,
            practice: l
                .reporter
                .practice()
                .filter(|_| !finished)
                .map(Practice::message),
            #[cfg(feature = "lms-scorm")]
            capped: l.reporter.interactions_skipped().map(|(_, m)| m),
        })
    }

    /// The learner closed the notice (it comes back with the next failure).
    pub fn dismiss_notice(&self) {
        if let Some(mut l) = self.link() {
            l.failing = false;
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
            .is_some_and(|l| l.reporter.standard() == Standard::Cmi5 && !l.reporter.at_end())
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

    /// Hands `calls`, in order, to the package's script, which queues them.
    fn send(&self, calls: Vec<LmsCall>) {
        #[cfg(feature = "lms-cmi5")]
        let back = self
            .link()
            .and_then(|l| l.reporter.return_url().map(str::to_string));
        for call in calls {
            #[cfg(feature = "lms-scorm")]
            super::scorm::carry(&call);
            #[cfg(feature = "lms-cmi5")]
            super::cmi5::carry(call, back.as_deref());
        }
    }

    /// The package's script says whether the LMS answers: the notice shows while it does
    /// not.
    fn answering(&self, answering: bool) {
        if let Some(mut l) = self.link() {
            l.failing = !answering;
        }
        self.changed();
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
    platform::warn(&english(message));
}

/// A message in English (what the console says).
fn english(message: &Message) -> String {
    Lang::default().catalog().format(message)
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
    /// Answers the LMS cannot keep (past SCORM's interaction cap), with a message saying so.
    #[cfg(feature = "lms-scorm")]
    pub capped: Option<Message>,
}
