//! The results view: score, the per-pile chart, the cards missed with their
//! explanations, and the ways on: retry the misses, play again, see the solution.

use std::rc::Rc;

use yew::prelude::*;

use super::chart::pile_chart;
use super::solution::solution;
use crate::deck::Deck;
use crate::game::Game;
use crate::i18n::{Message, MessageId};
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
    let catalog = use_env().catalog();
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
            <h2 ref={props.heading.clone()} tabindex="-1" class="results__title">{ catalog.text(MessageId::SortResultsHeading) }</h2>
            <p class="score" data-testid="score">
                <span class="score__number">{ catalog.format(&Message::new(MessageId::SortScore).count("right", summary.correct).count("total", summary.total)) }</span>
                if summary.round > 1 {
                    <span class="score__overall" data-testid="score-overall">
                        { catalog.format(&Message::new(MessageId::SortScoreOverall).count("now", summary.deck_correct)
                            .count("first", summary.first_try_correct).count("total", summary.deck_total)) }
                    </span>
                }
            </p>
            { pile_chart(catalog, &deck.piles, &summary.per_pile) }
            if summary.missed.is_empty() {
                <p class="results__all-right">{ catalog.text(MessageId::SortAllRight) }</p>
            } else {
                <h3>{ catalog.text(MessageId::SortMissedHeading) }</h3>
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
                                    { catalog.format(&Message::new(MessageId::SortMissedAnswers).text("chosen", chosen)
                                        .text("pile", deck.pile_index(&card.pile).map_or("", pile))) }
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
                        { catalog.format(&Message::new(MessageId::SortShowAllMissed).count("count", summary.missed.len())) }
                    </button>
                }
            }
            <div class="actions">
                if !summary.missed.is_empty() {
                    <button type="button" class="button button--primary" data-testid="retry-missed"
                        onclick={props.on_retry.clone()}>{ catalog.text(MessageId::SortRetryMissed) }</button>
                }
                <button type="button" class="button" data-testid="play-again"
                    onclick={props.on_again.clone()}>{ catalog.text(MessageId::SortPlayAgain) }</button>
                <button type="button" class="button" data-testid="show-solution"
                    aria-expanded={show_solution.to_string()} aria-controls="solution"
                    onclick={toggle}>
                    { if *show_solution { catalog.text(MessageId::SortHideSolution) } else { catalog.text(MessageId::SortShowSolution) } }
                </button>
            </div>
            if *show_solution {
                { solution(catalog, deck) }
            }
        </div>
    }
}
