//! Small notices: configuration problems and a warning when progress cannot be
//! saved beyond this page.

use yew::prelude::*;

use crate::config::ConfigProblem;
use crate::ui::env::use_env;

#[derive(Properties, PartialEq)]
pub struct ConfigNoticeProps {
    pub problems: Vec<ConfigProblem>,
}

/// Lists query parameters that were not understood.
#[function_component(ConfigNotice)]
pub fn config_notice(props: &ConfigNoticeProps) -> Html {
    let s = use_env().strings();
    if props.problems.is_empty() {
        return html! {};
    }
    html! {
        <div class="notice notice--warning" role="alert" data-testid="config-problems">
            <p class="notice__title">{ s.config_problem_heading }</p>
            <ul>
                { for props.problems.iter().map(|p| html! { <li>{ p.to_string() }</li> }) }
            </ul>
        </div>
    }
}

/// Shown when browser storage is blocked (sandboxed or third-party iframes).
#[function_component(StorageNotice)]
pub fn storage_notice() -> Html {
    let env = use_env();
    if env.store.0.is_durable() {
        return html! {};
    }
    html! {
        <p class="notice notice--info" data-testid="storage-notice">{ env.strings().storage_unavailable }</p>
    }
}
