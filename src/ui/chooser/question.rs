//! One question per screen, as a conversation: the prompt in large type, a real radio group
//! of large options (arrow keys, touch, click) each with its key (A, B, C…, the language's
//! `chooser.option_keys`) shown and pressable while focus is in the chooser, progress, and
//! back / next. Each question arrives with a short transition (none under reduced motion).

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
    let keys = catalog.text(MessageId::ChooserOptionKeys);
    let progress = catalog.format(
        &Message::new(MessageId::ChooserQuestionProgress)
            .count("n", props.index + 1)
            .count("total", total),
    );
    html! {
        <div class="question" key={question.id.clone()} data-testid={format!("question-{}", question.id)} {onkeydown}>
            <p class="progress" data-testid="question-progress">{ progress.clone() }</p>
            // The bar fills with the questions already answered; its text says where the learner is.
            <div class="progress-bar" role="progressbar" aria-label={catalog.text(MessageId::ChooserProgressLabel)}
                aria-valuemin="0" aria-valuemax={total.to_string()} aria-valuenow={props.index.to_string()}
                aria-valuetext={progress}>
                <div class={classes!("progress-bar__fill", crate::ui::bars::width_class(props.index * 100 / total.max(1)))}></div>
            </div>
            <fieldset class="choice-group question__options" aria-describedby="question-keys">
                <legend ref={props.heading.clone()} tabindex="-1" class="question__prompt">{ &question.prompt }</legend>
                <p id="question-keys" class="question__keys">{ catalog.text(MessageId::ChooserKeysHint) }</p>
                { for question.options.iter().enumerate().map(|(i, option)| html! {
                    // Its key is shown by the style sheet before the label (a counter: A, B, C…,
                    // digits in Arabic, as `chooser.option_keys` says) and named on the radio
                    // (`aria-keyshortcuts`); the hint says what the keys do.
                    <label class="choice choice--answer" key={option.id.clone()}>
                        <input type="radio" id={option_dom_id(i)} name={question.id.clone()} value={option.id.clone()}
                            data-testid={format!("option-{}", option.id)}
                            aria-keyshortcuts={keys.chars().nth(i).map(String::from)}
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

/// The element id of the open question's option `i` (one question is shown at a time).
fn option_dom_id(i: usize) -> String {
    format!("answer-{i}")
}

/// The keys of the open question's `count` options (`labels`: `chooser.option_keys`), for
/// the chooser's screen, so they act wherever focus is in it (its heading too) and never
/// page-wide (WCAG 2.1.4): a key chooses its option and takes focus to it, so Enter goes on.
pub(crate) fn answer_by_key(
    labels: &'static str,
    count: usize,
    on_answer: Callback<usize>,
) -> Callback<KeyboardEvent> {
    Callback::from(move |e: KeyboardEvent| {
        if let Some(i) = crate::ui::keys::option_key(&e, labels).filter(|i| *i < count) {
            e.prevent_default();
            on_answer.emit(i);
            crate::platform::focus_element(&option_dom_id(i));
        }
    })
}
