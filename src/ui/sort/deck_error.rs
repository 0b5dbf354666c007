//! A deck that failed validation: its problems, listed clearly, instead of a
//! blank page.

use yew::prelude::*;

use crate::deck::DeckError;
use crate::i18n::Strings;

/// A full-screen explanation of why the deck asked for cannot be used.
pub fn deck_error_view(s: &Strings, error: &DeckError, on_home: &Callback<()>) -> Html {
    let text = error.to_string();
    let mut lines = text.lines();
    let summary = lines.next().unwrap_or_default().to_string();
    html! {
        <section class="deck-error" role="alert" data-testid="deck-error">
            <h1>{ s.deck_error_heading }</h1>
            <p>{ summary }</p>
            <ul>
                { for lines.map(|l| html! { <li>{ l.trim_start_matches("- ").to_string() }</li> }) }
            </ul>
            <button type="button" class="button" onclick={on_home.reform(|_| ())}>{ s.back_home }</button>
        </section>
    }
}

/// A compact notice for a broken deck beside usable ones.
pub fn deck_problems(s: &Strings, error: &DeckError) -> Html {
    html! {
        <div class="notice notice--warning" role="alert" data-testid="deck-problems">
            <p class="notice__title">{ s.deck_error_heading }</p>
            <pre class="deck-problems__text">{ error.to_string() }</pre>
        </div>
    }
}
