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

/// The number (1 to 9) of the digit key pressed, by the physical key
/// (`KeyboardEvent.code` `Digit1`…`Digit9`, `Numpad1`…`Numpad9`), whatever the layout types
/// there (an Arabic layout's ١, a French AZERTY's &); by the character typed only for an
/// event without a code.
pub fn digit(e: &KeyboardEvent) -> Option<usize> {
    let code = e.code();
    let n = match code.strip_prefix("Digit").or(code.strip_prefix("Numpad")) {
        Some(n) => n.parse(),
        None => e.key().parse(),
    };
    n.ok().filter(|n| (1..=9).contains(n))
}

/// The option (0-based) whose key (`chooser.option_keys`, a character per option: `ABC…`, or
/// digits where letters would not match the keys, as in Arabic) was pressed, without
/// modifiers: a letter by the character typed, in either case (an AZERTY's A is where a
/// QWERTY's Q is); a digit by the physical key, as [`digit`].
pub fn option_key(e: &KeyboardEvent, keys: &str) -> Option<usize> {
    if e.ctrl_key() || e.alt_key() || e.meta_key() {
        return None;
    }
    let key = e.key();
    let mut typed = key.chars();
    let typed = match (typed.next(), typed.next()) {
        (Some(c), None) => Some(c.to_ascii_uppercase()),
        _ => None,
    };
    let number = digit(e).and_then(|n| char::from_digit(n as u32, 10));
    keys.chars()
        .position(|k| Some(k) == typed || Some(k) == number)
}
