//! A deck that failed validation: its problems, listed clearly, instead of a
//! blank page. The words come from the language's message catalog.

use yew::prelude::*;

use crate::deck::DeckError;
use crate::i18n::{Catalog, MessageId};

/// A full-screen explanation of why the deck asked for cannot be used.
pub fn deck_error_view(
    catalog: &'static Catalog,
    error: &DeckError,
    on_home: Option<&Callback<()>>,
) -> Html {
    html! {
        <section class="deck-error" role="alert" data-testid="deck-error">
            <h1>{ catalog.text(MessageId::NoticeContentError) }</h1>
            <p>{ catalog.format(&error.message()) }</p>
            <ul>
                { for error.problem_messages().iter().map(|m| html! { <li>{ catalog.format(m) }</li> }) }
            </ul>
            if let Some(on_home) = on_home {
                <button type="button" class="button" onclick={on_home.reform(|_| ())}>{ catalog.text(MessageId::NavBackHome) }</button>
            }
        </section>
    }
}

/// A compact notice for a broken deck beside usable ones.
pub fn deck_problems(catalog: &'static Catalog, error: &DeckError) -> Html {
    let report = catalog.report(&error.message(), &error.problem_messages());
    html! {
        <div class="notice notice--warning" role="alert" data-testid="deck-problems">
            <p class="notice__title">{ catalog.text(MessageId::NoticeContentError) }</p>
            <pre class="deck-problems__text">{ report }</pre>
        </div>
    }
}
