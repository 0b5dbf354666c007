//! A deck that failed validation, instead of a blank page: for learners one short line
//! (a deck could not be loaded); in the author's view (`?author=1`) every problem, listed
//! clearly. The detail also goes to the console ([`warn_broken`]). The words come from the
//! language's message catalog.

use yew::prelude::*;

use crate::deck::DeckError;
use crate::i18n::{Catalog, MessageId};

/// A full-screen explanation of why the deck asked for cannot be used.
pub fn deck_error_view(
    catalog: &'static Catalog,
    error: &DeckError,
    on_home: Option<&Callback<()>>,
    author: bool,
) -> Html {
    html! {
        <section class="deck-error" role="alert" data-testid="deck-error">
            <h1>{ catalog.text(MessageId::NoticeContentError) }</h1>
            if author {
                <p>{ catalog.format(&error.message()) }</p>
                <ul>
                    { for error.problem_messages().iter().map(|m| html! { <li>{ catalog.format(m) }</li> }) }
                </ul>
            }
            if let Some(on_home) = on_home {
                <button type="button" class="button" onclick={on_home.reform(|_| ())}>{ catalog.text(MessageId::NavBackHome) }</button>
            }
        </section>
    }
}

/// A compact notice for a broken deck beside usable ones.
pub fn deck_problems(catalog: &'static Catalog, error: &DeckError, author: bool) -> Html {
    if !author {
        return html! {
            <p class="notice notice--warning" role="status" data-testid="deck-problems">
                { catalog.text(MessageId::NoticeDeckNotLoaded) }</p>
        };
    }
    let report = catalog.report(&error.message(), &error.problem_messages());
    html! {
        <div class="notice notice--warning" role="alert" data-testid="deck-problems">
            <p class="notice__title">{ catalog.text(MessageId::NoticeContentError) }</p>
            <pre class="deck-problems__text">{ report }</pre>
        </div>
    }
}

/// Every problem of every broken deck, in English, to the console (for the page's author).
pub fn warn_broken(errors: &[&DeckError]) {
    for error in errors {
        crate::platform::warn(
            &Catalog::english().report(&error.message(), &error.problem_messages()),
        );
    }
}
