//! The two scores side by side as an SVG bar chart with a text alternative.

use yew::prelude::*;

use crate::chart::bar_length;
use crate::i18n::Strings;

/// Both scores as bars.
pub fn balance_chart(s: &Strings, technical: u32, leadership: u32) -> Html {
    let max = technical.max(leadership) as usize;
    let rows = [
        ("technical", s.technical_score, technical),
        ("leadership", s.leadership_score, leadership),
    ];
    let desc = format!(
        "{}: {}; {}: {}",
        s.technical_score, technical, s.leadership_score, leadership
    );
    html! {
        <figure class="chart">
            <svg viewBox="0 0 420 110" role="img" aria-labelledby="balance-title balance-desc"
                data-testid="balance-chart" preserveAspectRatio="xMinYMin meet">
                <title id="balance-title">{ s.scores_title }</title>
                <desc id="balance-desc">{ desc }</desc>
                { for rows.iter().enumerate().map(|(i, (key, label, value))| {
                    let y = 4 + 54 * i as u32;
                    let w = bar_length(*value as usize, max, 330);
                    html! {
                        <g key={*key}>
                            <text class="chart__label" x="0" y={(y + 14).to_string()}>{ *label }</text>
                            <rect class={format!("chart__bar chart__bar--{key}")} x="0" y={(y + 22).to_string()}
                                width={w.to_string()} height="22" rx="3"
                                data-testid={format!("balance-{key}")} data-value={value.to_string()} />
                            <text class="chart__value" x={(w + 6).to_string()} y={(y + 38).to_string()}>
                                { value.to_string() }
                            </text>
                        </g>
                    }
                }) }
            </svg>
        </figure>
    }
}
