//! A deck that failed validation: its problems, listed clearly, instead of a
//! blank page.

use yew::prelude::*;

use crate::deck::DeckError;
use crate::ui::env::use_env;

#[derive(Properties, PartialEq)]
pub struct DeckErrorProps {
    pub error: DeckError,
    pub on_home: Callback<()>,
}

#[function_component(DeckErrorView)]
pub fn deck_error_view(props: &DeckErrorProps) -> Html {
    let s = use_env().strings();
    let text = props.error.to_string();
    let mut lines = text.lines();
    let summary = lines.next().unwrap_or_default().to_string();
    html! {
        <section class="deck-error" role="alert" data-testid="deck-error">
            <h1>{ s.deck_error_heading }</h1>
            <p>{ summary }</p>
            <ul>
                { for lines.map(|l| html! { <li>{ l.trim_start_matches("- ").to_string() }</li> }) }
            </ul>
            <button type="button" class="button" onclick={props.on_home.reform(|_| ())}>{ s.back_home }</button>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct DeckProblemsProps {
    pub error: DeckError,
}

/// A compact notice for a broken deck beside usable ones.
#[function_component(DeckProblems)]
pub fn deck_problems(props: &DeckProblemsProps) -> Html {
    let s = use_env().strings();
    html! {
        <div class="notice notice--warning" role="alert" data-testid="deck-problems">
            <p class="notice__title">{ s.deck_error_heading }</p>
            <pre class="deck-problems__text">{ props.error.to_string() }</pre>
        </div>
    }
}
