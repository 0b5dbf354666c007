//! The sorting screen once its decks have arrived: fetches the decks it needs (only the
//! one the host fixed, else every built-in deck), showing a status line meanwhile and a
//! "try again" if a file cannot be fetched.

use yew::prelude::*;

use super::screen::SortScreen;
use crate::game::FeedbackMode;
use crate::ui::content::{use_decks, Library, Load};
use crate::ui::env::use_env;
use crate::ui::loading::{load_failed_view, loading_view, use_focus_heading_when_ready};

#[derive(Properties, PartialEq)]
pub struct SortLoaderProps {
    pub library: Library,
    /// A deck fixed by the host (`?deck=`); otherwise the learner chooses.
    #[prop_or_default]
    pub deck: Option<String>,
    #[prop_or_default]
    pub feedback: Option<FeedbackMode>,
    /// The learner opened this screen: focus its heading once the content is here.
    #[prop_or_default]
    pub focus_on_ready: bool,
    /// Back to the home screen; `None` when the activity is locked to itself (launched by an LMS).
    pub on_home: Option<Callback<()>>,
}

#[function_component(SortLoader)]
pub fn sort_loader(props: &SortLoaderProps) -> Html {
    let env = use_env();
    let (decks, retry) = use_decks(&props.library, props.deck.clone());
    use_focus_heading_when_ready(matches!(decks, Load::Ready(_)), props.focus_on_ready);
    match decks {
        Load::Loading => loading_view(env.catalog()),
        Load::Failed => load_failed_view(env.catalog(), retry),
        Load::Ready(decks) => html! {
            <SortScreen decks={decks} deck={props.deck.clone()}
                feedback={props.feedback} on_home={props.on_home.clone()} />
        },
    }
}
