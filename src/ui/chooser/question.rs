//! One question: a real radio group with labels (arrow keys, touch, click),
//! progress, and back / next.

use std::rc::Rc;

use yew::prelude::*;

use crate::chooser::ChooserModel;
use crate::i18n::{Message, MessageId};
use crate::ui::env::use_env;

#[derive(Properties, PartialEq)]
pub struct QuestionProps {
    pub model: Rc<ChooserModel>,
    pub index: usize,
    pub answer: Option<usize>,
    pub heading: NodeRef,
    pub on_answer: Callback<usize>,
    pub on_next: Callback<MouseEvent>,
    pub on_back: Callback<MouseEvent>,
}

#[function_component(QuestionView)]
pub fn question_view(props: &QuestionProps) -> Html {
    let catalog = use_env().catalog();
    let total = props.model.questions.len();
    let question = &props.model.questions[props.index];
    let last = props.index + 1 == total;
    let onkeydown = {
        let on_next = props.on_next.clone();
        let next = Callback::from(move |()| {
            if let Ok(click) = MouseEvent::new("click") {
                on_next.emit(click);
            }
        });
        crate::ui::keys::enter_on_option(props.answer.is_some(), next)
    };
    let progress = catalog.format(
        &Message::new(MessageId::ChooserQuestionProgress)
            .count("n", props.index + 1)
            .count("total", total),
    );
    html! {
        <div class="question" data-testid={format!("question-{}", question.id)} {onkeydown}>
            <p class="progress" data-testid="question-progress">{ progress.clone() }</p>
            // The bar fills with the questions already answered; its text says where the learner is.
            <div class="progress-bar" role="progressbar" aria-label={catalog.text(MessageId::ChooserProgressLabel)}
                aria-valuemin="0" aria-valuemax={total.to_string()} aria-valuenow={props.index.to_string()}
                aria-valuetext={progress}>
                <div class={classes!("progress-bar__fill", crate::ui::bars::width_class(props.index * 100 / total.max(1)))}></div>
            </div>
            <fieldset class="choice-group">
                <legend ref={props.heading.clone()} tabindex="-1" class="question__prompt">{ &question.prompt }</legend>
                { for question.options.iter().enumerate().map(|(i, option)| html! {
                    <label class="choice" key={option.id.clone()}>
                        <input type="radio" name={question.id.clone()} value={option.id.clone()}
                            data-testid={format!("option-{}", option.id)}
                            checked={props.answer == Some(i)}
                            onchange={props.on_answer.reform(move |_| i)} />
                        <span class="choice__label">{ &option.label }</span>
                    </label>
                }) }
            </fieldset>
            <div class="actions">
                if props.index > 0 {
                    <button type="button" class="button" data-testid="chooser-back"
                        onclick={props.on_back.clone()}>{ catalog.text(MessageId::ChooserPrevious) }</button>
                }
                <button type="button" class="button button--primary" data-testid="chooser-next"
                    disabled={props.answer.is_none()} onclick={props.on_next.clone()}>
                    { if last { catalog.text(MessageId::ChooserShowResult) } else { catalog.text(MessageId::ChooserNext) } }
                </button>
            </div>
        </div>
    }
}
