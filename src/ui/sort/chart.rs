//! The results chart: per pile, the cards that belong in it, as a bar for those placed
//! right and one for those placed wrong, each with its number in words at its end.

use yew::prelude::*;

use crate::deck::Deck;
use crate::game::PileTally;
use crate::i18n::{Catalog, Message, MessageId};
use crate::ui::bars::{bar, Bar};

/// Right and wrong bars per pile.
pub fn pile_chart(catalog: &'static Catalog, deck: &Deck, tallies: &[PileTally]) -> Html {
    let max = tallies
        .iter()
        .map(|t| t.right.max(t.wrong))
        .max()
        .unwrap_or(0);
    html! {
        <figure class="bars" data-testid="chart" aria-labelledby="chart-title">
            <figcaption id="chart-title" class="bars__title">{ catalog.text(MessageId::SortChartTitle) }</figcaption>
            { for deck.piles.iter().zip(tallies).map(|(pile, t)| html! {
                <div class="bars__group" key={pile.id.clone()}>
                    <p class="bars__label">{ &pile.label }</p>
                    { bar(Bar {
                        value: t.right,
                        max,
                        class: "bars__bar--right",
                        testid: format!("chart-bar-{}-right", pile.id),
                        text: catalog.format(&Message::new(MessageId::SortChartRight).count("count", t.right)),
                    }) }
                    { bar(Bar {
                        value: t.wrong,
                        max,
                        class: "bars__bar--wrong",
                        testid: format!("chart-bar-{}-wrong", pile.id),
                        text: catalog.format(&Message::new(MessageId::SortChartWrong).count("count", t.wrong)),
                    }) }
                </div>
            }) }
        </figure>
    }
}
