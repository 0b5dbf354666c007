//! The chooser screen: opens the core's session (a result link, saved answers or fresh)
//! over the questionnaire it is given, steps through questions; after opening and every
//! change its one effect hands the core's reactions (save, result link, announce, focus;
//! see [`crate::react`]) to the interpreter.

use std::rc::Rc;

use yew::prelude::*;

use super::question::{answer_by_key, QuestionView};
use super::result::ResultView;
use super::visit::Visit;
use crate::chooser::{ChooserAction, ChooserModel, LinkProblem, ShownInstead};
use crate::i18n::{Catalog, Message, MessageId};
use crate::react::chooser_reactions;
use crate::ui::env::effects::{Effects, FocusTargets, Saving};
use crate::ui::env::{use_env, Env};
use crate::ui::notices::storage_notice;
use crate::ui::route::RouteHandle;

#[derive(Properties, PartialEq)]
pub struct ChooserScreenProps {
    pub model: Rc<ChooserModel>,
    /// The page's route: a result link is read from it, and written through it.
    pub(crate) route: RouteHandle,
    /// Back to the home screen; `None` when the activity is locked to itself (launched by an LMS).
    pub on_home: Option<Callback<()>>,
}

#[function_component(ChooserScreen)]
pub fn chooser_screen(props: &ChooserScreenProps) -> Html {
    let env = use_env();
    let catalog = env.catalog();
    let model = props.model.clone();
    let visit = {
        let (model, session, route) = (model.clone(), env.session.0.clone(), props.route.clone());
        use_reducer(move || {
            let saved = session.chooser(&model);
            Visit::start(model, route.result().as_deref(), saved)
        })
    };
    let targets = use_memo((), |_| FocusTargets::default());
    let heading = targets.heading.clone();
    {
        let (visit, env, route, targets) = (
            visit.clone(),
            env.clone(),
            props.route.clone(),
            targets.clone(),
        );
        use_effect_with(visit.revision, move |_| {
            let reactions = chooser_reactions(&visit.events, &visit.session, &visit.model);
            effects(&env, &visit, &targets, &route).run(&reactions);
        });
    }

    let chooser = visit.session.chooser();
    let act = |action: ChooserAction| {
        let visit = visit.clone();
        Callback::from(move |_| visit.dispatch(action))
    };
    let on_answer = {
        let visit = visit.clone();
        Callback::from(move |option: usize| visit.dispatch(ChooserAction::Answer(option)))
    };
    // The open question's answer keys (none on the result).
    let answers = chooser
        .step()
        .map_or(0, |q| model.questions[q].options.len());
    let onkeydown = answer_by_key(
        catalog.text(MessageId::ChooserOptionKeys),
        answers,
        on_answer.clone(),
    );
    let body = match (chooser.step(), chooser.result(&model)) {
        (Some(q), _) => html! {
            <QuestionView model={model.clone()} index={q} answer={chooser.answers()[q]}
                heading={heading.clone()} on_answer={on_answer}
                on_next={act(ChooserAction::Next)} on_back={act(ChooserAction::Back)} />
        },
        (None, Some(rec)) => html! {
            <ResultView model={model.clone()} recommendation={rec}
                link={props.route.share_link(chooser.result_link(&model).unwrap_or_default())}
                heading={heading.clone()}
                on_back={act(ChooserAction::Back)} on_restart={act(ChooserAction::Restart)} />
        },
        (None, None) => html! {},
    };
    let leave = {
        let (visit, env, route, targets) = (
            visit.clone(),
            env.clone(),
            props.route.clone(),
            targets.clone(),
        );
        props.on_home.as_ref().map(|on_home| {
            on_home.reform(move |_| {
                // Interpreted now: the screen is gone before an effect would run.
                let mut session = visit.session.clone();
                let events = session.leave();
                let reactions = chooser_reactions(&events, &session, &visit.model);
                effects(&env, &visit, &targets, &route).run(&reactions);
            })
        })
    };
    html! {
        <section class="chooser" aria-labelledby="chooser-title" {onkeydown}>
            <h1 id="chooser-title" class="chooser__title">{ &model.title }</h1>
            { storage_notice(&env) }
            if let Some(problem) = visit.session.link_problem() {
                <p class="notice notice--warning" role="alert" data-testid="link-problem">
                    { link_problem_text(catalog, problem) }
                </p>
            }
            if chooser.from_earlier_version(&model) {
                // Answers from an earlier version are scored with today's weights: say so.
                <p class="notice" role="status" data-testid="earlier-version">
                    { catalog.text(MessageId::ChooserEarlierVersion) }
                </p>
            }
            if chooser.answered() == 0 && chooser.step() == Some(0) {
                <p class="chooser__intro">{ &model.intro }</p>
            }
            { body }
            if let Some(leave) = leave {
                <div class="board__footer">
                    // Leaving drops the `#result=` link, so a reload opens where the learner goes next.
                    <button type="button" class="button button--quiet"
                        data-testid="chooser-back-home"
                        onclick={leave}>{ catalog.text(MessageId::NavBackHome) }</button>
                </div>
            }
        </section>
    }
}

/// The interpreter, for this screen's chooser and route.
fn effects<'a>(
    env: &'a Env,
    visit: &'a Visit,
    targets: &'a FocusTargets,
    route: &'a RouteHandle,
) -> Effects<'a> {
    Effects {
        env,
        saving: Saving::Chooser(&visit.model, visit.session.chooser()),
        focus: targets,
        route: Some(route),
    }
}

/// The notice about a result link that could not be used, saying whose answers show.
fn link_problem_text(catalog: &'static Catalog, problem: &LinkProblem) -> String {
    let instead = match problem.instead {
        ShownInstead::OwnAnswers => MessageId::ChooserLinkOwnAnswers,
        ShownInstead::FreshStart => MessageId::ChooserLinkFreshStart,
    };
    catalog.format(
        &Message::new(MessageId::ChooserLinkProblem)
            .message("problem", problem.error.message())
            .message("instead", Message::new(instead)),
    )
}
