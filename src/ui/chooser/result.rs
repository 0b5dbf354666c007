//! The recommendation: the outcome, every path's score, the answers that
//! weighed most, next steps, the outcome's reminder (if it has one), and a
//! link back to this result.

use std::rc::Rc;

use yew::prelude::*;

use super::balance::balance_chart;
use crate::chooser::{ChooserModel, Recommendation};
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
    let s = use_env().strings();
    let rec = &props.recommendation;
    // Only a model not made by `parse_model` can lack the text.
    let Some(outcome) = props.model.outcome_text(rec.outcome) else {
        return Html::default();
    };
    html! {
        <div class="chooser-result" data-testid="chooser-result" data-path={rec.outcome.key(&props.model).to_owned()}>
            <p class="chooser-result__kicker">{ s.recommendation }</p>
            <h2 ref={props.heading.clone()} tabindex="-1" class="chooser-result__title"
                data-testid="outcome-title">{ &outcome.title }</h2>
            <p>{ &outcome.summary }</p>
            { balance_chart(s, &props.model, &rec.scores) }
            <h3>{ s.why_heading }</h3>
            <ul class="reasons" data-testid="reasons">
                { for rec.reasons.iter().map(|r| {
                    let option = &props.model.questions[r.question].options[r.option];
                    html! {
                        <li key={option.id.clone()}>
                            { format!("{} “{}”: {}", s.because_you_said, option.label, option.reason) }
                        </li>
                    }
                }) }
            </ul>
            <h3>{ s.next_steps_heading }</h3>
            <ol class="next-steps" data-testid="next-steps">
                { for outcome.next_steps.iter().map(|step| html! { <li>{ step }</li> }) }
            </ol>
            // The hook keeps its first name (the e2e tests look for it), whatever the reminder says.
            if !outcome.reminder.is_empty() {
                <p class="notice notice--info" data-testid="literacy-reminder">{ &outcome.reminder }</p>
            }
            <div class="result-link">
                <label for="result-link">{ s.result_link }</label>
                <input id="result-link" type="text" readonly=true value={props.link.clone()}
                    data-testid="result-link" aria-describedby="result-link-hint" />
                <p id="result-link-hint" class="result-link__hint">{ s.result_link_hint }</p>
            </div>
            <div class="actions">
                <button type="button" class="button" data-testid="chooser-back"
                    onclick={props.on_back.clone()}>{ s.previous }</button>
                <button type="button" class="button" data-testid="chooser-restart"
                    onclick={props.on_restart.clone()}>{ s.restart }</button>
            </div>
        </div>
    }
}
