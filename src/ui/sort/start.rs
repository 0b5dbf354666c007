//! The start screen: choose a deck (unless the host fixed one) and when to get
//! feedback, read how to play, start. A game saved on the deck in the other feedback
//! mode is named before a new game replaces it (one save per deck).

use std::rc::Rc;

use yew::prelude::*;

use crate::deck::{Deck, DeckError};
use crate::game::FeedbackMode;
use crate::i18n::{Message, MessageId};
use crate::ui::env::use_env;

/// What the learner chose.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct StartChoice {
    /// Index into the deck list.
    pub deck: usize,
    pub feedback: FeedbackMode,
}

#[derive(Properties, PartialEq)]
pub struct StartScreenProps {
    pub decks: Rc<Vec<Result<Deck, DeckError>>>,
    pub fixed: Option<String>,
    /// Fixed by the host: not offered as a choice.
    pub feedback: Option<FeedbackMode>,
    /// The deck to preselect (the one last played), if it is on offer.
    #[prop_or_default]
    pub preferred: Option<String>,
    pub on_start: Callback<StartChoice>,
    /// Back to the home screen; `None` when the activity is locked to itself (launched by an LMS).
    pub on_home: Option<Callback<()>>,
}

#[function_component(StartScreen)]
pub fn start_screen(props: &StartScreenProps) -> Html {
    let env = use_env();
    let catalog = env.catalog();
    let usable: Vec<(usize, &Deck)> = props
        .decks
        .iter()
        .enumerate()
        .filter_map(|(i, d)| d.as_ref().ok().map(|d| (i, d)))
        .filter(|(_, d)| props.fixed.as_ref().is_none_or(|id| *id == d.id))
        .collect();
    let first = usable
        .iter()
        .find(|(_, d)| props.preferred.as_ref() == Some(&d.id))
        .or(usable.first())
        .map_or(0, |(i, _)| *i);
    let chosen = use_state(|| first);
    let feedback = use_state(|| props.feedback.unwrap_or_default());
    // A plain button (and Enter on a chosen option), not a form submission: a
    // sandboxed iframe without `allow-forms` blocks submissions before any handler runs.
    let start = {
        let (chosen, feedback, cb) = (chosen.clone(), feedback.clone(), props.on_start.clone());
        Callback::from(move |_: ()| {
            cb.emit(StartChoice {
                deck: *chosen,
                feedback: *feedback,
            });
        })
    };
    let on_start = start.reform(|_: MouseEvent| ());
    let on_enter = crate::ui::keys::enter_on_option(!usable.is_empty(), start);
    let selected = usable
        .iter()
        .find(|(i, _)| *i == *chosen)
        .or(usable.first());
    // The chosen deck's saved game, when the mode chosen is not its own.
    let other_mode = selected.is_some_and(|(_, deck)| {
        env.session
            .0
            .game(deck)
            .ok()
            .flatten()
            .is_some_and(|g| g.mode() != *feedback)
    });
    let deck_choice = if props.fixed.is_some() {
        html! {}
    } else {
        html! {
            <fieldset class="choice-group">
                <legend>{ catalog.text(MessageId::SortChooseDeck) }</legend>
                { for usable.iter().map(|(i, deck)| {
                    let i = *i;
                    let chosen = chosen.clone();
                    html! {
                        <label class="choice" key={deck.id.clone()}>
                            <input type="radio" name="deck" value={deck.id.clone()}
                                data-testid={format!("deck-option-{}", deck.id)}
                                checked={*chosen == i}
                                onchange={Callback::from(move |_| chosen.set(i))} />
                            <span class="choice__label">{ &deck.title }</span>
                            <span class="choice__blurb">{ catalog.format(&Message::new(MessageId::SortCardCount).count("count", deck.cards.len())) }</span>
                        </label>
                    }
                }) }
            </fieldset>
        }
    };
    let mode_option = |mode: FeedbackMode,
                       label: &'static str,
                       blurb: &'static str,
                       id: &'static str| {
        let feedback = feedback.clone();
        html! {
            <label class="choice">
                <input type="radio" name="feedback" value={id} data-testid={format!("feedback-{id}")}
                    checked={*feedback == mode}
                    onchange={Callback::from(move |_| feedback.set(mode))} />
                <span class="choice__label">{ label }</span>
                <span class="choice__blurb">{ blurb }</span>
            </label>
        }
    };
    html! {
        <section class="start" aria-labelledby="start-title">
            <h1 id="start-title">{ selected.map_or(catalog.text(MessageId::HomeSort), |(_, d)| d.title.as_str()) }</h1>
            if let Some((_, deck)) = selected {
                <p class="start__intro">{ &deck.intro }</p>
            }
            <div class="start__form" onkeydown={on_enter}>
                { deck_choice }
                if props.feedback.is_none() {
                    <fieldset class="choice-group">
                        <legend>{ catalog.text(MessageId::SortFeedbackMode) }</legend>
                        { mode_option(FeedbackMode::Immediate, catalog.text(MessageId::SortFeedbackImmediate), catalog.text(MessageId::SortFeedbackImmediateBlurb), "immediate") }
                        { mode_option(FeedbackMode::AtEnd, catalog.text(MessageId::SortFeedbackAtEnd), catalog.text(MessageId::SortFeedbackAtEndBlurb), "end") }
                    </fieldset>
                }
                if other_mode {
                    <p class="notice notice--info" role="status" data-testid="other-mode-save">{ catalog.text(MessageId::SortOtherModeSave) }</p>
                }
                <details class="how-to">
                    <summary>{ catalog.text(MessageId::SortHowToPlay) }</summary>
                    <p>{ catalog.text(MessageId::SortHowToPlayBody) }</p>
                </details>
                <div class="actions">
                    <button type="button" class="button button--primary" data-testid="start-game"
                        disabled={usable.is_empty()} onclick={on_start}>{ catalog.text(MessageId::SortStart) }</button>
                    if let Some(on_home) = &props.on_home {
                        <button type="button" class="button button--quiet" data-testid="sort-back-home"
                            onclick={on_home.reform(|_| ())}>{ catalog.text(MessageId::NavBackHome) }</button>
                    }
                </div>
            </div>
        </section>
    }
}
