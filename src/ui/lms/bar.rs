//! What the learner sees of the LMS: a calm notice while it does not answer (progress is
//! kept and will be sent), a note when the LMS that launched the page cannot be reported to
//! (this visit is not recorded), a note when a round is practice (it cannot change what is
//! recorded, and why), a note when answers past the LMS's cap are not kept, and Finish,
//! which ends the session (then: the results are recorded, the activity may be closed).
//! A plain view, not a component: the app renders it, and re-renders whenever the link
//! says what it shows may have changed ([`LmsHandle::watch`]).

use yew::prelude::*;

use super::LmsHandle;
use crate::i18n::{Catalog, Message, MessageId};

/// The bar, when the widget reports to an LMS (or was launched by one it cannot report to).
pub fn lms_bar(lms: &LmsHandle, catalog: &'static Catalog) -> Html {
    let Some(bar) = lms.bar() else {
        // Launched by an LMS that cannot be reported to: the learner plays, told so (a
        // region named by its one note).
        if !super::link::is_unreported() {
            return Html::default();
        }
        return html! {
            <section class="lms" aria-labelledby="lms-unreported">
                <p class="notice lms__note" id="lms-unreported" data-testid="lms-unreported">
                    { catalog.text(MessageId::LmsNotRecorded) }
                </p>
            </section>
        };
    };
    let lms = *lms;
    let text = |message: Option<Message>| message.map(|m| catalog.format(&m));
    // Answers past SCORM's interaction cap (cmi5 has none: its builds carry no such note).
    #[cfg(feature = "lms-scorm")]
    let capped = note("lms-capped", text(bar.capped));
    #[cfg(not(feature = "lms-scorm"))]
    let capped = Html::default();
    html! {
        <section class="lms" aria-label={catalog.text(MessageId::LmsFinish)}>
            { note("lms-start-note", text(bar.start_note)) }
            // A status, not an alert: the learner can go on; nothing is lost.
            <div role="status" class="lms__status">
                if let Some(message) = bar.notice {
                    <p class="notice notice--warning lms__note" data-testid="lms-notice">
                        { catalog.format(&message) }
                        <button type="button" class="button button--quiet"
                            onclick={Callback::from(move |_: MouseEvent| lms.dismiss_notice())}>
                            { catalog.text(MessageId::LmsDismiss) }
                        </button>
                    </p>
                }
                { note("lms-finished", bar.finished.then(|| catalog.text(MessageId::LmsFinished).to_string())) }
            </div>
            { note("lms-practice", text(bar.practice)) }
            { capped }
            if !bar.finished {
                <div class="actions lms__actions">
                    <button type="button" class="button" data-testid="lms-finish"
                        onclick={Callback::from(move |_: MouseEvent| lms.finish())}>
                        { catalog.text(MessageId::LmsFinish) }
                    </button>
                </div>
            }
        </section>
    }
}

/// One of the bar's notes, if there is one (one function for all of them: each `html!`
/// element is code).
#[inline(never)]
fn note(testid: &'static str, text: Option<String>) -> Html {
    match text {
        Some(text) => html! { <p class="notice lms__note" data-testid={testid}>{ text }</p> },
        None => Html::default(),
    }
}
