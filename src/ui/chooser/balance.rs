//! Every path's score in the chooser's result as a bar, in the questionnaire's
//! order, each labelled with the path's title and coloured by its colour token.

use yew::prelude::*;

use crate::chooser::{ChooserModel, PathColour};
use crate::i18n::{Catalog, MessageId};
use crate::ui::bars::{bar, Bar};

/// One bar per path (`data-testid="balance-<path id>"`).
pub(super) fn balance_chart(
    catalog: &'static Catalog,
    model: &ChooserModel,
    scores: &[u32],
) -> Html {
    let max = scores.iter().copied().max().unwrap_or(0) as usize;
    html! {
        <figure class="bars" data-testid="balance-chart" aria-labelledby="balance-title">
            <figcaption id="balance-title" class="bars__title">{ catalog.text(MessageId::ChooserScoresTitle) }</figcaption>
            { for model.paths.iter().zip(scores).map(|(path, &value)| html! {
                <div class="bars__group" key={path.id.clone()}>
                    <p class="bars__label">{ &path.title }</p>
                    { bar(Bar {
                        value: value as usize,
                        max,
                        class: bar_class(path.colour),
                        testid: format!("balance-{}", path.id),
                        text: value.to_string(),
                    }) }
                </div>
            }) }
        </figure>
    }
}

/// The class that colours a bar with its path's token (`styles/chooser.css`).
fn bar_class(colour: PathColour) -> &'static str {
    match colour {
        PathColour::Path1 => "bars__bar--path-1",
        PathColour::Path2 => "bars__bar--path-2",
        PathColour::Path3 => "bars__bar--path-3",
        PathColour::Path4 => "bars__bar--path-4",
    }
}
