//! Keyboard conventions shared by screens.

use yew::prelude::*;

/// Enter on a chosen option (a radio) goes on, as it would in a form: the
/// screens use no `<form>`, because a sandboxed iframe without `allow-forms`
/// blocks submissions before any handler runs. Does nothing unless `enabled`.
pub fn enter_on_option(enabled: bool, go: Callback<()>) -> Callback<KeyboardEvent> {
    Callback::from(move |e: KeyboardEvent| {
        let on_option = e.target_dyn_into::<web_sys::HtmlInputElement>().is_some();
        if enabled && on_option && e.key() == "Enter" {
            e.prevent_default();
            go.emit(());
        }
    })
}
