//! The solution: every card under the pile it belongs in, with its explanation.

use std::rc::Rc;

use yew::prelude::*;

use crate::deck::Deck;
use crate::ui::env::use_env;

#[derive(Properties, PartialEq)]
pub struct SolutionProps {
    pub deck: Rc<Deck>,
}

#[function_component(Solution)]
pub fn solution(props: &SolutionProps) -> Html {
    let s = use_env().strings();
    html! {
        <section id="solution" class="solution" data-testid="solution" aria-labelledby="solution-title">
            <h3 id="solution-title">{ s.solution_heading }</h3>
            { for props.deck.piles.iter().map(|pile| html! {
                <div class="solution__pile" key={pile.id.clone()}>
                    <h4>{ &pile.label }</h4>
                    <ul>
                        { for props.deck.cards.iter().filter(|c| c.pile == pile.id).map(|c| html! {
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
