//! The chooser screen: restores saved answers or a result link, steps through
//! questions, saves after every change.

use std::rc::Rc;

use yew::prelude::*;

use super::question::QuestionView;
use super::result::ResultView;
use crate::chooser::{decode_link, encode_link, Chooser, ChooserAction, ChooserModel};
use crate::ui::env::use_env;
use crate::ui::notices::storage_notice;
use crate::ui::route::RouteHandle;

#[derive(Properties, PartialEq)]
pub struct ChooserScreenProps {
    pub model: Rc<ChooserModel>,
    /// The page's route: a result link is read from it, and written through it.
    pub(crate) route: RouteHandle,
    pub on_home: Callback<()>,
}

/// The chooser and the notice to show about a result link, if any.
struct Start {
    chooser: Chooser,
    link_problem: Option<String>,
    /// Showing someone's result link: not saved over the learner's own progress
    /// until they change an answer.
    from_link: bool,
}

#[function_component(ChooserScreen)]
pub fn chooser_screen(props: &ChooserScreenProps) -> Html {
    let env = use_env();
    let s = env.strings();
    let model = props.model.clone();
    let start = {
        let (model, session, route) = (model.clone(), env.session.0.clone(), props.route.clone());
        use_memo((), move |_| initial(&model, &session, &route, s))
    };
    let chooser = use_state(|| start.chooser.clone());
    let heading = use_node_ref();
    let first_render = use_mut_ref(|| true);
    let viewing_link = use_mut_ref(|| start.from_link);

    {
        let (model, env, route) = (model.clone(), env.clone(), props.route.clone());
        let link_state = start.chooser.clone();
        use_effect_with((*chooser).clone(), move |chooser| {
            let mut viewing = viewing_link.borrow_mut();
            *viewing = *viewing && *chooser == link_state;
            if !*viewing {
                env.session.0.save_chooser(&model, chooser);
            }
            match chooser.result(&model) {
                Some(rec) => {
                    let answers = chooser.complete_answers().unwrap_or_default();
                    route.set_result(Some(encode_link(&model, &answers)));
                    if let Some(text) = model.outcome_text(rec.outcome) {
                        env.announce
                            .emit((env.strings().result_announcement)(&text.title));
                    }
                }
                None => route.set_result(None),
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
                link={props.route.share_link(
                    encode_link(&model, &chooser.complete_answers().unwrap_or_default()))}
                heading={heading.clone()}
                on_back={act(ChooserAction::Back)} on_restart={act(ChooserAction::Restart)} />
        },
        (None, None) => html! {},
    };
    let leave = {
        let route = props.route.clone();
        props.on_home.reform(move |_| route.set_result(None))
    };
    html! {
        <section class="chooser" aria-labelledby="chooser-title">
            <h1 id="chooser-title" class="chooser__title">{ &model.title }</h1>
            { storage_notice(&env) }
            if let Some(problem) = &start.link_problem {
                <p class="notice notice--warning" role="alert" data-testid="link-problem">
                    { format!("{}: {problem}", s.link_problem) }
                </p>
            }
            if chooser.answered() == 0 && chooser.step() == Some(0) {
                <p class="chooser__intro">{ &model.intro }</p>
            }
            { body }
            <div class="board__footer">
                // Leaving drops the `#result=` link, so a reload opens where the learner goes next.
                <button type="button" class="button button--quiet"
                    data-testid="chooser-back-home"
                    onclick={leave}>{ s.back_home }</button>
            </div>
        </section>
    }
}

/// From a result link in the URL, else saved progress, else a fresh start.
fn initial(
    model: &ChooserModel,
    session: &crate::session::Session,
    route: &RouteHandle,
    strings: &'static crate::i18n::Strings,
) -> Start {
    let link = route.result();
    let saved = session.chooser(model);
    match link {
        Some(value) => match decode_link(model, &value) {
            Ok(answers) => Start {
                chooser: Chooser::with_answers(model, &answers)
                    .unwrap_or_else(|| Chooser::new(model)),
                link_problem: None,
                from_link: true,
            },
            Err(e) => {
                // Say plainly whose answers are shown instead of the link's.
                let instead = if saved.as_ref().is_some_and(|c| c.answered() > 0) {
                    strings.link_problem_own_answers
                } else {
                    strings.link_problem_fresh_start
                };
                Start {
                    chooser: saved.unwrap_or_else(|| Chooser::new(model)),
                    link_problem: Some([e.to_string().as_str(), ". ", instead].concat()),
                    from_link: false,
                }
            }
        },
        None => Start {
            chooser: saved.unwrap_or_else(|| Chooser::new(model)),
            link_problem: None,
            from_link: false,
        },
    }
}
