//! What the learner sees of the LMS: a calm notice while it does not answer (progress is
//! kept and will be sent), a note when a round is practice (it cannot change what is
//! recorded, and why), a note when answers past the LMS's cap are not kept, and Finish,
//! which ends the session (then: the results are recorded, the activity may be closed).

use yew::prelude::*;

use super::LmsHandle;
use crate::i18n::{Message, MessageId};
use crate::ui::env::use_env;

/// The bar, when the widget reports to an LMS.
pub fn lms_bar(lms: &LmsHandle) -> Html {
    if !lms.is_connected() {
        return Html::default();
    }
    html! { <LmsBar lms={*lms} /> }
}

#[derive(Properties, PartialEq)]
struct LmsBarProps {
    lms: LmsHandle,
}

#[function_component(LmsBar)]
fn lms_bar_view(props: &LmsBarProps) -> Html {
    let env = use_env();
    let catalog = env.catalog();
    let update = use_force_update();
    let lms = props.lms;
    use_effect_with((), move |_| {
        lms.watch(Callback::from(move |_| update.force_update()));
    });
    let finish = Callback::from(move |_: MouseEvent| lms.finish());
    let dismiss = Callback::from(move |_: MouseEvent| lms.dismiss_notice());
    let Some(bar) = lms.bar() else {
        return Html::default();
    };
    let text = |message: Option<Message>| message.map(|m| catalog.format(&m));
    html! {
        <section class="lms" aria-label={catalog.text(MessageId::LmsFinish)}>
            { note("lms-start-note", text(bar.start_note)) }
            // A status, not an alert: the learner can go on; nothing is lost.
            <div role="status" class="lms__status">
                if let Some(message) = bar.notice {
                    <p class="notice notice--warning lms__note" data-testid="lms-notice">
                        { catalog.format(&message) }
                        <button type="button" class="button button--quiet" onclick={dismiss}>
                            { catalog.text(MessageId::LmsDismiss) }
                        </button>
                    </p>
                }
                { note("lms-finished", bar.finished.then(|| catalog.text(MessageId::LmsFinished).to_string())) }
            </div>
            { note("lms-practice", text(bar.practice)) }
            { note("lms-capped", text(bar.capped)) }
            if !bar.finished {
                <div class="actions lms__actions">
                    <button type="button" class="button" data-testid="lms-finish" onclick={finish}>
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
