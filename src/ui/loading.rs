//! What a screen shows while its content is on the way, and when it could not be fetched:
//! one status line (nothing below it moves when the content replaces it), or a calm
//! message with "try again". Progress is never touched by either. When the learner opened
//! the screen, focus goes to its heading once the content has arrived.

use yew::prelude::*;

use crate::i18n::{Catalog, MessageId};
use crate::platform;
use crate::ui::app::SCREEN_HEADING;

/// A single polite status line while content loads.
pub fn loading_view(catalog: &'static Catalog) -> Html {
    html! {
        <p class="loading" role="status" data-testid="loading">{ catalog.text(MessageId::LoadLoading) }</p>
    }
}

/// The content could not be fetched: say so, and offer to try again.
pub fn load_failed_view(catalog: &'static Catalog, retry: Callback<()>) -> Html {
    html! {
        <section class="notice notice--warning" role="alert" data-testid="load-failed">
            <h1 class="notice__title">{ catalog.text(MessageId::LoadFailedHeading) }</h1>
            <p>{ catalog.text(MessageId::LoadFailed) }</p>
            <button type="button" class="button button--primary" data-testid="try-again"
                onclick={retry.reform(|_| ())}>{ catalog.text(MessageId::LoadTryAgain) }</button>
        </section>
    }
}

/// Moves focus to the screen's heading when its content becomes ready, if `wanted`
/// (the learner opened this screen; never on page load).
#[hook]
pub fn use_focus_heading_when_ready(ready: bool, wanted: bool) {
    use_effect_with(ready, move |ready| {
        if *ready && wanted {
            platform::focus_first(SCREEN_HEADING);
        }
    });
}
