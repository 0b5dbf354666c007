//! The solution: every card under the pile it belongs in, with its explanation.

use yew::prelude::*;

use crate::deck::Deck;
use crate::i18n::{Catalog, MessageId};

/// Every card under its pile.
pub fn solution(catalog: &'static Catalog, deck: &Deck) -> Html {
    html! {
        <section id="solution" class="solution" data-testid="solution" aria-labelledby="solution-title">
            <h3 id="solution-title">{ catalog.text(MessageId::SortSolutionHeading) }</h3>
            { for deck.piles.iter().map(|pile| html! {
                <div class="solution__pile" key={pile.id.clone()}>
                    <h4>{ &pile.label }</h4>
                    <ul>
                        { for deck.cards.iter().filter(|c| c.pile == pile.id).map(|c| html! {
                            <li key={c.id.clone()}>
                                <strong>{ &c.text }</strong>
                                <span class="solution__why">{ &c.explanation }</span>
                            </li>
                        }) }
                    </ul>
                </div>
            }) }
        </section>
    }
}
