//! The chooser screen: loads the questionnaire, restores saved answers or a
//! result link, steps through questions, saves after every change.

use std::rc::Rc;

use yew::prelude::*;

use super::question::QuestionView;
use super::result::ResultView;
use crate::chooser::{
    builtin_model, decode_link, encode_link, Chooser, ChooserAction, ChooserModel,
};
use crate::persist::keys;
use crate::platform;
use crate::ui::env::use_env;
use crate::ui::notices::storage_notice;

#[derive(Properties, PartialEq)]
pub struct ChooserScreenProps {
    pub on_home: Callback<()>,
}

/// The chooser and the notice to show about a result link, if any.
struct Start {
    chooser: Chooser,
    link_problem: Option<String>,
}

#[function_component(ChooserScreen)]
pub fn chooser_screen(props: &ChooserScreenProps) -> Html {
    let env = use_env();
    let s = env.strings();
    let model = use_memo((), |_| builtin_model().map(Rc::new));
    let model = match &*model {
        Ok(m) => m.clone(),
        Err(e) => {
            return html! {
                <section class="deck-error" role="alert" data-testid="chooser-error">
                    <h1>{ s.deck_error_heading }</h1>
                    <ul>{ for e.problems.iter().map(|p| html! { <li>{ p }</li> }) }</ul>
                </section>
            }
        }
    };
    let start = {
        let (model, store) = (model.clone(), env.store.clone());
        use_memo((), move |_| initial(&model, &store))
    };
    let chooser = use_state(|| start.chooser.clone());
    let heading = use_node_ref();
    let first_render = use_mut_ref(|| true);

    {
        let (model, env) = (model.clone(), env.clone());
        use_effect_with((*chooser).clone(), move |chooser| {
            env.store.0.save(keys::CHOOSER, &chooser.encode(&model));
            match chooser.result(&model) {
                Some(rec) => {
                    let answers = chooser.complete_answers().unwrap_or_default();
                    platform::set_page_hash(&format!("result={}", encode_link(&model, &answers)));
                    let title = &model.outcome(rec.path).title;
                    env.announce
                        .emit((env.strings().result_announcement)(title));
                }
                None => platform::set_page_hash(""),
            }
        });
    }

    {
        // Focus the new question (or the result) when the step changes, not on
        // every answer, so arrow keys keep moving through the radio group.
        let heading = heading.clone();
        use_effect_with(chooser.raw_step(), move |_| {
            if !std::mem::replace(&mut *first_render.borrow_mut(), false) {
                if let Some(el) = heading.cast::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        });
    }

    let act = |action: ChooserAction| {
        let (chooser, model) = (chooser.clone(), model.clone());
        Callback::from(move |_| {
            let mut next = (*chooser).clone();
            if next.apply(&model, action) {
                chooser.set(next);
            }
        })
    };
    let on_answer = {
        let (chooser, model) = (chooser.clone(), model.clone());
        Callback::from(move |option: usize| {
            let mut next = (*chooser).clone();
            if next.apply(&model, ChooserAction::Answer(option)) {
                chooser.set(next);
            }
        })
    };
    let body = match (chooser.step(), chooser.result(&model)) {
        (Some(q), _) => html! {
            <QuestionView model={model.clone()} index={q} answer={chooser.answers()[q]}
                heading={heading.clone()} on_answer={on_answer}
                on_next={act(ChooserAction::Next)} on_back={act(ChooserAction::Back)} />
        },
        (None, Some(rec)) => html! {
            <ResultView model={model.clone()} recommendation={rec}
                link={platform::page_url_with_hash(&format!("result={}",
                    encode_link(&model, &chooser.complete_answers().unwrap_or_default())))}
                heading={heading.clone()}
                on_back={act(ChooserAction::Back)} on_restart={act(ChooserAction::Restart)} />
        },
        (None, None) => html! {},
    };
    html! {
        <section class="chooser" aria-labelledby="chooser-title">
            <h1 id="chooser-title" class="chooser__title">{ &model.title }</h1>
            { storage_notice(&env) }
            if let Some(problem) = &start.link_problem {
                <p class="notice notice--warning" role="alert" data-testid="link-problem">
                    { format!("{}: {problem}.", s.link_problem) }
                </p>
            }
            if chooser.answered() == 0 && chooser.step() == Some(0) {
                <p class="chooser__intro">{ &model.intro }</p>
            }
            { body }
            <div class="board__footer">
                <button type="button" class="button button--quiet"
                    onclick={props.on_home.reform(|_| ())}>{ s.back_home }</button>
            </div>
        </section>
    }
}

/// From a result link in the URL, else saved progress, else a fresh start.
fn initial(model: &ChooserModel, store: &crate::ui::env::StoreHandle) -> Start {
    let hash = platform::page_hash();
    let saved = || {
        store
            .0
            .load(keys::CHOOSER)
            .and_then(|t| Chooser::decode(&t, model))
            .unwrap_or_else(|| Chooser::new(model))
    };
    match hash.strip_prefix("result=") {
        Some(value) => match decode_link(model, value) {
            Ok(answers) => Start {
                chooser: Chooser::with_answers(model, &answers)
                    .unwrap_or_else(|| Chooser::new(model)),
                link_problem: None,
            },
            Err(e) => Start {
                chooser: saved(),
                link_problem: Some(e.to_string()),
            },
        },
        None => Start {
            chooser: saved(),
            link_problem: None,
        },
    }
}
