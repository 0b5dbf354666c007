//! The first screen: what Twofold is, and the two activities to choose from.

use yew::prelude::*;

use crate::i18n::Strings;

/// The home screen; each callback opens one activity.
pub fn home(s: &Strings, on_sort: Callback<MouseEvent>, on_chooser: Callback<MouseEvent>) -> Html {
    html! {
        <section class="home" aria-labelledby="home-title">
            <h1 id="home-title" class="home__title">{ s.app_tagline }</h1>
            <h2 class="home__subtitle">{ s.home_heading }</h2>
            <ul class="activities" role="list">
                <li class="activity">
                    <button type="button" class="activity__button" data-testid="start-sort" onclick={on_sort}>
                        <span class="activity__icon" aria-hidden="true">{ "⇄" }</span>
                        <span class="activity__name">{ s.sort_activity }</span>
                        <span class="activity__blurb">{ s.sort_activity_blurb }</span>
                    </button>
                </li>
                <li class="activity">
                    <button type="button" class="activity__button" data-testid="start-chooser" onclick={on_chooser}>
                        <span class="activity__icon" aria-hidden="true">{ "➜" }</span>
                        <span class="activity__name">{ s.chooser_activity }</span>
                        <span class="activity__blurb">{ s.chooser_activity_blurb }</span>
                    </button>
                </li>
            </ul>
        </section>
    }
}
