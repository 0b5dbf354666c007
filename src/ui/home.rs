//! The first screen: what Twofold is, and the two activities to choose from, each saying
//! how long it takes (from its cards or questions, [`crate::duration`]; the decks' range
//! when they differ).

use yew::prelude::*;

use crate::duration::{chooser_minutes, estimate, sort_minutes};
use crate::i18n::{Catalog, Message, MessageId};

/// The home screen; `sizes` are the cards of each deck on offer and the questionnaire's
/// questions ([`crate::ui::content::Library::sizes`]); each callback opens one activity.
pub fn home(
    catalog: &'static Catalog,
    sizes: (Vec<u32>, u32),
    on_sort: Callback<MouseEvent>,
    on_chooser: Callback<MouseEvent>,
) -> Html {
    let decks: Vec<u32> = sizes.0.into_iter().map(sort_minutes).collect();
    let sort = time(catalog, estimate(&decks), "sort-time");
    let chooser = time(
        catalog,
        estimate(&[chooser_minutes(sizes.1)]),
        "chooser-time",
    );
    html! {
        <section class="home" aria-labelledby="home-title">
            <h1 id="home-title" class="home__title">{ catalog.text(MessageId::AppTagline) }</h1>
            <h2 class="home__subtitle">{ catalog.text(MessageId::HomeHeading) }</h2>
            <ul class="activities" role="list">
                <li class="activity">
                    <button type="button" class="activity__button" data-testid="start-sort" onclick={on_sort}>
                        <span class="activity__icon" aria-hidden="true">{ "⇄" }</span>
                        <span class="activity__name">{ catalog.text(MessageId::HomeSort) }</span>
                        <span class="activity__blurb">{ catalog.text(MessageId::HomeSortBlurb) }</span>
                        { sort }
                    </button>
                </li>
                <li class="activity">
                    <button type="button" class="activity__button" data-testid="start-chooser" onclick={on_chooser}>
                        <span class="activity__icon" aria-hidden="true">{ "➜" }</span>
                        <span class="activity__name">{ catalog.text(MessageId::HomeChooser) }</span>
                        <span class="activity__blurb">{ catalog.text(MessageId::HomeChooserBlurb) }</span>
                        { chooser }
                    </button>
                </li>
            </ul>
        </section>
    }
}

/// How long an activity takes, as a pill; nothing when its size is not known.
fn time(catalog: &'static Catalog, minutes: Option<Message>, testid: &'static str) -> Html {
    match minutes {
        Some(m) => {
            html! { <span class="activity__time" data-testid={testid}>{ catalog.format(&m) }</span> }
        }
        None => Html::default(),
    }
}
