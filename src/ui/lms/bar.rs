//! What the learner sees of the LMS: a calm notice while it does not answer (progress is
//! kept and will be sent), a note when a round is practice (it cannot change what is
//! recorded, and why), a note when answers past the LMS's cap are not kept, and Finish,
//! which ends the session (then: the results are recorded, the activity may be closed).

use yew::prelude::*;

use super::LmsHandle;
use crate::i18n::MessageId;
use crate::ui::env::use_env;

/// The bar, when the widget reports to an LMS.
pub fn lms_bar(lms: &LmsHandle) -> Html {
    if !lms.is_connected() {
        return Html::default();
    }
    html! { <LmsBar lms={lms.clone()} /> }
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
    {
        let lms = props.lms.clone();
        use_effect_with((), move |_| {
            lms.watch(Callback::from(move |_| update.force_update()));
        });
    }
    let lms = &props.lms;
    let finish = {
        let lms = lms.clone();
        Callback::from(move |_: MouseEvent| lms.finish())
    };
    let dismiss = {
        let lms = lms.clone();
        Callback::from(move |_: MouseEvent| lms.dismiss_notice())
    };
    let note = |testid: &'static str, text: String| {
        html! { <p class="notice lms__note" data-testid={testid}>{ text }</p> }
    };
    html! {
        <section class="lms" aria-label={catalog.text(MessageId::LmsFinish)}>
            if let Some(message) = lms.start_note() {
                { note("lms-start-note", catalog.format(&message)) }
            }
            // A status, not an alert: the learner can go on; nothing is lost.
            <div role="status" class="lms__status">
                if let Some(message) = lms.notice() {
                    <p class="notice notice--warning lms__note" data-testid="lms-notice">
                        { catalog.format(&message) }
                        <button type="button" class="button button--quiet" onclick={dismiss}>
                            { catalog.text(MessageId::LmsDismiss) }
                        </button>
                    </p>
                }
                if lms.is_finished() {
                    <p class="notice lms__note" data-testid="lms-finished">{ catalog.text(MessageId::LmsFinished) }</p>
                }
            </div>
            if let Some(practice) = lms.practice().filter(|_| !lms.is_finished()) {
                { note("lms-practice", catalog.format(&practice.message())) }
            }
            if let Some(message) = lms.capped() {
                { note("lms-capped", catalog.format(&message)) }
            }
            if !lms.is_finished() {
                <div class="actions lms__actions">
                    <button type="button" class="button" data-testid="lms-finish" onclick={finish}>
                        { catalog.text(MessageId::LmsFinish) }
                    </button>
                </div>
            }
        </section>
    }
}
