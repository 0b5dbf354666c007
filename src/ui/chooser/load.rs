//! The chooser screen once the questionnaire has arrived: a status line meanwhile, a
//! "try again" if it cannot be fetched, and its problems listed if it is refused.

use yew::prelude::*;

use super::screen::ChooserScreen;
use crate::i18n::MessageId;
use crate::ui::content::{use_questionnaire, Library, Load};
use crate::ui::env::use_env;
use crate::ui::loading::{load_failed_view, loading_view, use_focus_heading_when_ready};
use crate::ui::route::RouteHandle;

#[derive(Properties, PartialEq)]
pub struct ChooserLoaderProps {
    pub library: Library,
    pub(crate) route: RouteHandle,
    /// The learner opened this screen: focus its heading once the content is here.
    #[prop_or_default]
    pub focus_on_ready: bool,
    /// Back to the home screen; `None` when the activity is locked to itself (launched by an LMS).
    pub on_home: Option<Callback<()>>,
}

#[function_component(ChooserLoader)]
pub fn chooser_loader(props: &ChooserLoaderProps) -> Html {
    let env = use_env();
    let catalog = env.catalog();
    let (model, retry) = use_questionnaire(&props.library);
    use_focus_heading_when_ready(matches!(model, Load::Ready(_)), props.focus_on_ready);
    match model {
        Load::Loading => loading_view(catalog),
        Load::Failed => load_failed_view(catalog, retry),
        Load::Ready(Err(e)) => html! {
            <section class="deck-error" role="alert" data-testid="chooser-error">
                <h1>{ catalog.text(MessageId::NoticeContentError) }</h1>
                <ul>{ for e.problems.iter().map(|p| html! { <li>{ env.lang.catalog().format(&p.message()) }</li> }) }</ul>
            </section>
        },
        Load::Ready(Ok(model)) => html! {
            <ChooserScreen model={model} route={props.route.clone()} on_home={props.on_home.clone()} />
        },
    }
}
