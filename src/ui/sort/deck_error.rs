//! A deck that failed validation: its problems, listed clearly, instead of a
//! blank page. The words come from the language's message catalog.

use yew::prelude::*;

use crate::deck::DeckError;
use crate::i18n::Strings;

/// A full-screen explanation of why the deck asked for cannot be used.
pub fn deck_error_view(s: &Strings, error: &DeckError, on_home: &Callback<()>) -> Html {
    let catalog = s.catalog();
    html! {
        <section class="deck-error" role="alert" data-testid="deck-error">
            <h1>{ s.deck_error_heading }</h1>
            <p>{ catalog.format(&error.message()) }</p>
            <ul>
                { for error.problem_messages().iter().map(|m| html! { <li>{ catalog.format(m) }</li> }) }
            </ul>
            <button type="button" class="button" onclick={on_home.reform(|_| ())}>{ s.back_home }</button>
        </section>
    }
}

/// A compact notice for a broken deck beside usable ones.
pub fn deck_problems(s: &Strings, error: &DeckError) -> Html {
    let report = s
        .catalog()
        .report(&error.message(), &error.problem_messages());
    html! {
        <div class="notice notice--warning" role="alert" data-testid="deck-problems">
            <p class="notice__title">{ s.deck_error_heading }</p>
            <pre class="deck-problems__text">{ report }</pre>
        </div>
    }
}
