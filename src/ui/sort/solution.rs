//! The solution: every card under the pile it belongs in, with its explanation, each
//! marked with how the learner did (its latest result: right, or not quite).

use yew::prelude::*;

use crate::deck::Deck;
use crate::game::Game;
use crate::i18n::{Catalog, MessageId};

/// Every card under its pile, marked right or missed.
pub fn solution(catalog: &'static Catalog, deck: &Deck, game: &Game) -> Html {
    html! {
        <section id="solution" class="solution" data-testid="solution" aria-labelledby="solution-title">
            <h3 id="solution-title">{ catalog.text(MessageId::SortSolutionHeading) }</h3>
            { for deck.piles.iter().map(|pile| html! {
                <div class="solution__pile" key={pile.id.clone()}>
                    <h4>{ &pile.label }</h4>
                    <ul class="solution__cards">
                        { for deck.cards.iter().enumerate().filter(|(_, c)| c.pile == pile.id).map(|(i, c)| {
                            // Every card has a result by the time the solution shows.
                            let (class, mark, result) = if game.result(i) == Some(true) {
                                ("solution__card solution__card--right", "✓", MessageId::SortCorrect)
                            } else {
                                ("solution__card solution__card--wrong", "✗", MessageId::SortIncorrect)
                            };
                            html! {
                                <li key={c.id.clone()} class={class}>
                                    <span class="solution__mark"><span aria-hidden="true">{ mark }</span>{ " " }{ catalog.text(result) }</span>
                                    <strong>{ &c.text }</strong>
                                    <span class="solution__why">{ &c.explanation }</span>
                                </li>
                            }
                        }) }
                    </ul>
                </div>
            }) }
        </section>
    }
}
