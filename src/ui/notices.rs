//! Small notices: configuration problems and a warning when progress cannot be
//! saved beyond this page.

use yew::prelude::*;

use crate::config::ConfigProblem;
use crate::i18n::{Catalog, MessageId};
use crate::ui::env::Env;

/// Lists query parameters that were not understood.
pub fn config_notice(catalog: &'static Catalog, problems: &[ConfigProblem]) -> Html {
    if problems.is_empty() {
        return html! {};
    }
    html! {
        <div class="notice notice--warning" role="alert" data-testid="config-problems">
            <p class="notice__title">{ catalog.text(MessageId::NoticeConfigProblem) }</p>
            <ul>
                { for problems.iter().map(|p| html! { <li>{ catalog.format(&p.message()) }</li> }) }
            </ul>
        </div>
    }
}

/// Shown when browser storage is blocked (sandboxed or third-party iframes).
pub fn storage_notice(env: &Env) -> Html {
    if env.store.0.is_durable() {
        return html! {};
    }
    html! {
        <p class="notice notice--info" data-testid="storage-notice">{ env.t(MessageId::NoticeStorageUnavailable) }</p>
    }
}
