//! The two scores of the chooser's result as bars, each with its label and number.

use yew::prelude::*;

use crate::i18n::Strings;
use crate::ui::bars::{bar, Bar};

/// Both scores as bars.
pub fn balance_chart(s: &Strings, technical: u32, leadership: u32) -> Html {
    let max = technical.max(leadership) as usize;
    let rows = [
        ("technical", s.technical_score, technical),
        ("leadership", s.leadership_score, leadership),
    ];
    html! {
        <figure class="bars" data-testid="balance-chart" aria-labelledby="balance-title">
            <figcaption id="balance-title" class="bars__title">{ s.scores_title }</figcaption>
            { for rows.iter().map(|(key, label, value)| html! {
                <div class="bars__group" key={*key}>
                    <p class="bars__label">{ *label }</p>
                    { bar(Bar {
                        value: *value as usize,
                        max,
                        class: match *key {
                            "technical" => "bars__bar--technical",
                            _ => "bars__bar--leadership",
                        },
                        testid: format!("balance-{key}"),
                        text: value.to_string(),
                    }) }
                </div>
            }) }
        </figure>
    }
}
