//! The results chart: one row per pile with right and wrong bars, drawn as
//! inline SVG with a text alternative.

use yew::prelude::*;

use crate::chart::bar_length;
use crate::deck::Pile;
use crate::game::PileTally;
use crate::i18n::Strings;

/// Height of one pile's group: its label, then the right and the wrong bar.
const ROW: u32 = 76;
const BAR_W: u32 = 300;

/// Right and wrong bars per pile.
pub fn pile_chart(s: &Strings, piles: &[Pile], tallies: &[PileTally]) -> Html {
    let max = tallies
        .iter()
        .map(|t| t.right.max(t.wrong))
        .max()
        .unwrap_or(0)
        .max(1);
    let height = ROW * piles.len() as u32 + 8;
    let summary: Vec<String> = piles
        .iter()
        .zip(tallies)
        .map(|(p, t)| (s.pile_tally)(&p.label, t.right, t.wrong))
        .collect();
    let bar = |y: u32, value: usize, class: &'static str, id: String, word: &'static str| {
        let w = bar_length(value, max, BAR_W);
        html! {
            <g>
                <rect class={class} x="0" y={y.to_string()} width={w.to_string()}
                    height="18" rx="3" data-testid={id} data-value={value.to_string()} />
                <text class="chart__value" x={(w + 6).to_string()} y={(y + 14).to_string()}>
                    { format!("{value} {word}") }
                </text>
            </g>
        }
    };
    html! {
        <figure class="chart">
            <svg viewBox={format!("0 0 420 {height}")} role="img" aria-labelledby="chart-title chart-desc"
                data-testid="chart" preserveAspectRatio="xMinYMin meet">
                <title id="chart-title">{ s.chart_title }</title>
                <desc id="chart-desc">{ summary.join("; ") }</desc>
                { for piles.iter().zip(tallies).enumerate().map(|(i, (pile, t))| {
                    let y = 4 + ROW * i as u32;
                    html! {
                        <g key={pile.id.clone()}>
                            <text class="chart__label" x="0" y={(y + 14).to_string()}>{ &pile.label }</text>
                            { bar(y + 22, t.right, "chart__bar chart__bar--right", format!("chart-bar-{}-right", pile.id), s.chart_right) }
                            { bar(y + 46, t.wrong, "chart__bar chart__bar--wrong", format!("chart-bar-{}-wrong", pile.id), s.chart_wrong) }
                        </g>
                    }
                }) }
            </svg>
            <figcaption class="visually-hidden">{ s.chart_title }</figcaption>
        </figure>
    }
}
