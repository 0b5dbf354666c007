//! The recommendation: the outcome, every path's score, the answers that
//! weighed most, next steps, the outcome's reminder (if it has one), and a
//! link back to this result with a Copy button (copied where the browser allows, else the
//! link left selected with how to copy it; announced either way).

use std::rc::Rc;

use yew::prelude::*;

use super::balance::balance_chart;
use crate::chooser::{ChooserModel, Recommendation};
use crate::i18n::{Message, MessageId};
use crate::ui::env::use_env;

#[derive(Properties, PartialEq)]
pub struct ResultProps {
    pub model: Rc<ChooserModel>,
    pub recommendation: Recommendation,
    pub link: AttrValue,
    pub heading: NodeRef,
    pub on_back: Callback<MouseEvent>,
    pub on_restart: Callback<MouseEvent>,
}

#[function_component(ResultView)]
pub fn result_view(props: &ResultProps) -> Html {
    let env = use_env();
    let catalog = env.catalog();
    let rec = &props.recommendation;
    let copy = {
        let env = env.clone();
        Callback::from(move |_: MouseEvent| {
            let said = if crate::platform::clipboard::copy_field("result-link") {
                MessageId::ChooserLinkCopied
            } else {
                MessageId::ChooserLinkCopyManual
            };
            env.announce.emit(env.t(said).to_string());
        })
    };
    // Only a model not made by `parse_model` can lack the text.
    let Some(outcome) = props.model.outcome_text(rec.outcome) else {
        return Html::default();
    };
    html! {
        <div class="chooser-result" data-testid="chooser-result" data-path={rec.outcome.key(&props.model).to_owned()}>
            <p class="chooser-result__kicker">{ catalog.text(MessageId::ChooserRecommendation) }</p>
            <h2 ref={props.heading.clone()} tabindex="-1" class="chooser-result__title"
                data-testid="outcome-title">{ &outcome.title }</h2>
            <p>{ &outcome.summary }</p>
            { balance_chart(catalog, &props.model, &rec.scores) }
            <h3>{ catalog.text(MessageId::ChooserWhyHeading) }</h3>
            <ul class="reasons" data-testid="reasons">
                { for rec.reasons.iter().map(|r| {
                    let option = &props.model.questions[r.question].options[r.option];
                    html! {
                        <li key={option.id.clone()}>
                            { catalog.format(&Message::new(MessageId::ChooserBecauseYouSaid).text("option", &option.label).text("reason", &option.reason)) }
                        </li>
                    }
                }) }
            </ul>
            <h3>{ catalog.text(MessageId::ChooserNextStepsHeading) }</h3>
            <ol class="next-steps" data-testid="next-steps">
                { for outcome.next_steps.iter().map(|step| html! { <li>{ step }</li> }) }
            </ol>
            // The hook keeps its first name (the e2e tests look for it), whatever the reminder says.
            if !outcome.reminder.is_empty() {
                <p class="notice notice--info" data-testid="literacy-reminder">{ &outcome.reminder }</p>
            }
            <div class="result-link">
                <label for="result-link">{ catalog.text(MessageId::ChooserResultLink) }</label>
                <div class="result-link__row">
                    <input id="result-link" type="text" readonly=true value={props.link.clone()}
                        data-testid="result-link" aria-describedby="result-link-hint" />
                    <button type="button" class="button" data-testid="copy-link" onclick={copy}>
                        { catalog.text(MessageId::ChooserCopyLink) }</button>
                </div>
                <p id="result-link-hint" class="result-link__hint">{ catalog.text(MessageId::ChooserResultLinkHint) }</p>
            </div>
            <div class="actions">
                <button type="button" class="button" data-testid="chooser-back"
                    onclick={props.on_back.clone()}>{ catalog.text(MessageId::ChooserPrevious) }</button>
                <button type="button" class="button" data-testid="chooser-restart"
                    onclick={props.on_restart.clone()}>{ catalog.text(MessageId::ChooserRestart) }</button>
            </div>
        </div>
    }
}
