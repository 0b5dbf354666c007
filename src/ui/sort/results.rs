//! The results view, in the order a learner needs it: the score with what its band means
//! and the piles worth naming ([`crate::game::appraise`]), the ways on right under it
//! (retry the misses, play again, other activities), the per-pile chart, the cards missed
//! with their explanations (the first few, then all on request), and the solution, which
//! marks the cards the learner had right.

use std::rc::Rc;

use yew::prelude::*;

use super::chart::pile_chart;
use super::solution::solution;
use crate::deck::Deck;
use crate::game::{appraise, Game};
use crate::i18n::{Message, MessageId};
use crate::ui::env::use_env;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub deck: Rc<Deck>,
    pub game: Game,
    pub heading: NodeRef,
    pub on_retry: Callback<MouseEvent>,
    pub on_again: Callback<MouseEvent>,
    /// Back to the home screen; `None` when the activity is locked to itself.
    #[prop_or_default]
    pub on_home: Option<Callback<()>>,
}

/// Missed cards listed before "show all": the explanations are worth reading, but a long
/// list (a big deck) would cost a slow frame and make the page a wall of text.
const MISSED_SHOWN: usize = 5;
/// The id of the first card "show all" reveals.
const FIRST_REVEALED: &str = "missed-first-revealed";

#[function_component(Results)]
pub fn results(props: &ResultsProps) -> Html {
    let catalog = use_env().catalog();
    let show_solution = use_state(|| false);
    let show_all_missed = use_state(|| false);
    let summary = props.game.summary();
    let appraisal = appraise(&summary);
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
    // A pile worth naming: its label after a colon (never inside a sentence), with its score.
    let named = |id: MessageId, testid: &'static str, class: &'static str, index: Option<usize>| {
        let i = index?;
        let tally = summary.per_pile.get(i).copied().unwrap_or_default();
        let text = catalog.format(
            &Message::new(id)
                .text("pile", pile(i))
                .count("right", tally.right)
                .count("total", tally.right + tally.wrong),
        );
        Some(html! { <p class={classes!("standing", class)} data-testid={testid}>{ text }</p> })
    };
    let strongest = named(
        MessageId::SortStrongest,
        "strongest",
        "standing--strong",
        appraisal.strongest,
    );
    let look_again = named(
        MessageId::SortLookAgain,
        "look-again",
        "standing--again",
        appraisal.look_again,
    );
    let missed_shown = if *show_all_missed {
        usize::MAX
    } else {
        MISSED_SHOWN
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
            <p class="results__band" data-testid="band">{ catalog.text(appraisal.band.message()) }</p>
            { for strongest }
            { for look_again }
            <div class="actions" data-testid="next-actions">
                if !summary.missed.is_empty() {
                    <button type="button" class="button button--primary" data-testid="retry-missed"
                        onclick={props.on_retry.clone()}>{ catalog.text(MessageId::SortRetryMissed) }</button>
                }
                <button type="button" class={classes!("button", summary.missed.is_empty().then_some("button--primary"))}
                    data-testid="play-again" onclick={props.on_again.clone()}>{ catalog.text(MessageId::SortPlayAgain) }</button>
                if let Some(on_home) = &props.on_home {
                    <button type="button" class="button" data-testid="results-home"
                        onclick={on_home.reform(|_| ())}>{ catalog.text(MessageId::NavBackHome) }</button>
                }
            </div>
            { pile_chart(catalog, deck, &summary.per_pile) }
            if !summary.missed.is_empty() {
                <h3>{ catalog.text(MessageId::SortMissedHeading) }</h3>
                <ul class="missed" data-testid="missed-list">
                    { for summary.missed.iter().take(missed_shown).enumerate().map(|(n, &c)| {
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
                <button type="button" class="button" data-testid="show-solution"
                    aria-expanded={show_solution.to_string()} aria-controls="solution"
                    onclick={toggle}>
                    { if *show_solution { catalog.text(MessageId::SortHideSolution) } else { catalog.text(MessageId::SortShowSolution) } }
                </button>
            </div>
            if *show_solution {
                { solution(catalog, deck, &props.game) }
            }
        </div>
    }
}
