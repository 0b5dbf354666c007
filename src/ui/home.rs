//! The first screen: what Twofold is, and the two activities to choose from.

use yew::prelude::*;

use crate::i18n::{Catalog, MessageId};

/// The home screen; each callback opens one activity.
pub fn home(
    catalog: &'static Catalog,
    on_sort: Callback<MouseEvent>,
    on_chooser: Callback<MouseEvent>,
) -> Html {
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
                    </button>
                </li>
                <li class="activity">
                    <button type="button" class="activity__button" data-testid="start-chooser" onclick={on_chooser}>
                        <span class="activity__icon" aria-hidden="true">{ "➜" }</span>
                        <span class="activity__name">{ catalog.text(MessageId::HomeChooser) }</span>
                        <span class="activity__blurb">{ catalog.text(MessageId::HomeChooserBlurb) }</span>
                    </button>
                </li>
            </ul>
        </section>
    }
}
