//! The results view: score, the per-pile chart, the cards missed with their
//! explanations, and the ways on: retry the misses, play again, see the solution.

use std::rc::Rc;

use yew::prelude::*;

use super::chart::pile_chart;
use super::solution::solution;
use crate::deck::Deck;
use crate::game::Game;
use crate::ui::env::use_env;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub deck: Rc<Deck>,
    pub game: Game,
    pub heading: NodeRef,
    pub on_retry: Callback<MouseEvent>,
    pub on_again: Callback<MouseEvent>,
}

/// Missed cards listed before "show all": a long list (a big deck) would
/// cost a frame of hundreds of milliseconds and bury the buttons below it.
const MISSED_SHOWN: usize = 12;
/// The id of the first card "show all" reveals.
const FIRST_REVEALED: &str = "missed-first-revealed";

#[function_component(Results)]
pub fn results(props: &ResultsProps) -> Html {
    let s = use_env().strings();
    let show_solution = use_state(|| false);
    let show_all_missed = use_state(|| false);
    let summary = props.game.summary();
    let deck = &props.deck;
    let pile = |i: usize| deck.piles.get(i).map_or("", |p| p.label.as_str());
    {
        // "Show all" removes itself: focus goes to the first card it revealed.
        use_effect_with(*show_all_missed, |shown| {
            if *shown {
                crate::platform::focus_element(FIRST_REVEALED);
            }
        });
    }
    let toggle = {
        let show = show_solution.clone();
        Callback::from(move |_| show.set(!*show))
    };
    html! {
        <div class="results" data-testid="results">
            <h2 ref={props.heading.clone()} tabindex="-1" class="results__title">{ s.results_heading }</h2>
            <p class="score" data-testid="score">
                <span class="score__number">{ (s.score)(summary.correct, summary.total) }</span>
                if summary.round > 1 {
                    <span class="score__overall" data-testid="score-overall">
                        { (s.score_overall)(summary.deck_correct, summary.first_try_correct, summary.deck_total) }
                    </span>
                }
            </p>
            { pile_chart(s, &deck.piles, &summary.per_pile) }
            if summary.missed.is_empty() {
                <p class="results__all-right">{ s.all_right }</p>
            } else {
                <h3>{ s.missed_heading }</h3>
                <ul class="missed" data-testid="missed-list">
                    { for summary.missed.iter().take(if *show_all_missed { usize::MAX } else { MISSED_SHOWN }).enumerate().map(|(n, &c)| {
                        let card = &deck.cards[c];
                        let chosen = props.game.placement(c).map_or("", pile);
                        let (id, tabindex) = if n == MISSED_SHOWN {
                            (Some(FIRST_REVEALED), Some("-1"))
                        } else {
                            (None, None)
                        };
                        html! {
                            <li key={card.id.clone()} class="missed__card" {id} {tabindex}>
                                <p class="missed__text">{ &card.text }</p>
                                <p class="missed__answers">
                                    { format!("{}: {} · {}: {}", s.your_answer, chosen, s.belongs_in,
                                        deck.pile_index(&card.pile).map_or("", pile)) }
                                </p>
                                <p class="missed__explanation">{ &card.explanation }</p>
                            </li>
                        }
                    }) }
                </ul>
                if !*show_all_missed && summary.missed.len() > MISSED_SHOWN {
                    <button type="button" class="button" data-testid="show-all-missed"
                        onclick={{
                            let show = show_all_missed.clone();
                            Callback::from(move |_| show.set(true))
                        }}>
                        { (s.show_all_missed)(summary.missed.len()) }
                    </button>
                }
            }
            <div class="actions">
                if !summary.missed.is_empty() {
                    <button type="button" class="button button--primary" data-testid="retry-missed"
                        onclick={props.on_retry.clone()}>{ s.retry_missed }</button>
                }
                <button type="button" class="button" data-testid="play-again"
                    onclick={props.on_again.clone()}>{ s.play_again }</button>
                <button type="button" class="button" data-testid="show-solution"
                    aria-expanded={show_solution.to_string()} aria-controls="solution"
                    onclick={toggle}>
                    { if *show_solution { s.hide_solution } else { s.show_solution } }
                </button>
            </div>
            if *show_solution {
                { solution(s, deck) }
            }
        </div>
    }
}
