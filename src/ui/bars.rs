//! Horizontal bar charts in HTML and CSS: lengths from [`crate::chart::bar_length`]
//! as percentages, logical properties so they mirror in right-to-left languages,
//! each bar's value in words at its end (on the bar, so it never floats away from it),
//! and text sized like the page's, so it stays readable on a 320 px screen.

use yew::prelude::*;

use crate::chart::bar_length;

/// One bar and its value as text. The bar is an empty element: the text says the value.
/// `data-value` is for tests and styling hooks.
pub struct Bar {
    pub value: usize,
    /// The largest value in the chart: its bar fills the track.
    pub max: usize,
    pub class: &'static str,
    pub testid: String,
    pub text: String,
}

/// The class that sets a width of `percent` (0–100) of the track (`styles/widths.css`, one
/// class per whole percent): no `style` attribute, so a strict CSP allows it.
pub fn width_class(percent: usize) -> String {
    format!("w{}", percent.min(100))
}

/// The track holds the bar, then the value right after the bar's end (the track keeps room
/// for it, so a full bar's value fits too).
pub fn bar(b: Bar) -> Html {
    let percent = bar_length(b.value, b.max, 100);
    html! {
        <div class="bars__track">
            <span class={classes!("bars__bar", b.class, width_class(percent as usize))}
                data-testid={b.testid} data-value={b.value.to_string()}></span>
            <span class="bars__value">{ b.text }</span>
        </div>
    }
}
