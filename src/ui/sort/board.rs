//! The game board: the card on the table, the piles, feedback or review, and
//! results. After opening and after every move, its one effect hands the core's
//! reactions (save, last deck, announce, focus; see [`crate::react`]) to the interpreter.

use std::rc::Rc;

use yew::prelude::*;

use super::card::DraggableCard;
use super::feedback::{feedback_panel, Feedback};
use super::model::GameModel;
use super::piles::piles;
use super::placed::placed_lists;
use super::restart::{restart_footer, use_restart};
use super::results::Results;
use crate::deck::Deck;
use crate::game::{Action, FeedbackMode, Game, GameEvent, Opening, Phase};
use crate::i18n::{Message, MessageId};
use crate::platform;
use crate::react::{game_reactions, next_action};
use crate::ui::env::effects::{Effects, FocusTargets, Saving};
use crate::ui::env::use_env;

#[derive(Properties, PartialEq)]
pub struct BoardProps {
    pub deck: Rc<Deck>,
    pub game: Game,
    /// Restored from a save: greet the learner instead of grabbing focus.
    #[prop_or_default]
    pub resumed: bool,
    /// Taken up from another tab's newer save of this deck ([`super::screen`]).
    #[prop_or_default]
    pub synced: bool,
    /// "Start over", once the learner has confirmed it.
    pub on_exit: Callback<()>,
    /// Back to the deck choice, this game kept; `None` when the deck is fixed.
    #[prop_or_default]
    pub on_other_deck: Option<Callback<()>>,
    /// Back to the home screen (offered on the results); `None` when the activity is locked.
    #[prop_or_default]
    pub on_home: Option<Callback<()>>,
}

#[function_component(Board)]
pub fn board(props: &BoardProps) -> Html {
    let env = use_env();
    let catalog = env.catalog();
    let model = {
        let (deck, game) = (props.deck.clone(), props.game.clone());
        let opening = if props.resumed {
            Opening::Resumed
        } else {
            Opening::Fresh
        };
        use_reducer(move || GameModel::new(deck, game, opening, platform::now_ms()))
    };
    let hover = use_state(|| None::<usize>);
    let restart = use_restart();
    let selected = use_state(|| false);
    let targets = use_memo((), |_| FocusTargets::default());
    let (card_ref, next_ref, heading_ref, top_ref) = (
        targets.card.clone(),
        targets.next.clone(),
        targets.heading.clone(),
        targets.top.clone(),
    );

    {
        let (env, model, targets) = (env.clone(), model.clone(), targets.clone());
        use_effect_with(model.revision, move |_| {
            let (deck, game) = (&*model.deck, &model.game);
            let effects = Effects {
                env: &env,
                saving: Saving::Game(deck, game),
                focus: &targets,
                route: None,
            };
            effects.run(&game_reactions(&model.events, deck, game));
        });
    }

    let game = &model.game;
    let deck = &model.deck;
    let phase = game.phase();
    let place = {
        let (model, selected) = (model.clone(), selected.clone());
        Callback::from(move |pile: usize| {
            selected.set(false);
            act(&model, Action::Place(pile));
        })
    };
    let onkeydown = {
        let (place, selected, env) = (place.clone(), selected.clone(), env.clone());
        let piles = deck.piles.len();
        Callback::from(move |e: KeyboardEvent| {
            if phase != Phase::Sorting || e.ctrl_key() || e.meta_key() || e.alt_key() {
                return;
            }
            if e.key() == "Escape" && *selected {
                // Put the picked-up card down again.
                e.prevent_default();
                selected.set(false);
                env.announce
                    .emit(env.t(MessageId::SortCardPutDown).to_string());
                return;
            }
            // Pile n (its button shows n, in reading order: from the right in Arabic) by
            // the key in the n-th place of the number row or the keypad.
            if let Some(n) = crate::ui::keys::digit(&e).filter(|n| *n <= piles) {
                e.prevent_default();
                place.emit(n - 1);
            }
        })
    };
    let dispatch = |action: Action| {
        let model = model.clone();
        Callback::from(move |_| act(&model, action))
    };
    let (shown, total) = game.progress();
    // The bar fills with the cards already placed (the one on the table counts once placed).
    let placed = if phase == Phase::Sorting {
        shown.saturating_sub(1)
    } else {
        shown
    };
    let at_end = game.mode() == FeedbackMode::AtEnd;
    // Each pile's running count, and the pile the last action put a card on (its badge
    // plays the card's arrival).
    let mut counts = vec![0; deck.piles.len()];
    for card in game.placed_cards() {
        if let Some(n) = game.placement(card).and_then(|p| counts.get_mut(p)) {
            *n += 1;
        }
    }
    let landed = model.events.iter().find_map(|e| match e {
        GameEvent::CardPlaced { pile, .. } => Some((*pile, model.revision)),
        _ => None,
    });
    let (lang, dir) = crate::ui::author::text_attrs(&deck.lang);

    let table = match (phase, game.current_card()) {
        (Phase::Sorting, Some(card)) => {
            let on_select = {
                let (selected, env) = (selected.clone(), env.clone());
                Callback::from(move |_| {
                    let now = !*selected;
                    selected.set(now);
                    if now {
                        env.announce
                            .emit(env.t(MessageId::SortCardSelectedHint).to_string());
                    }
                })
            };
            html! {
                <DraggableCard key={card} text={deck.cards[card].text.clone()} lang={deck.lang.clone()} node={card_ref.clone()}
                    selected={*selected} on_select={on_select}
                    on_drop={place.clone()} on_hover={Callback::from({
                        let hover = hover.clone();
                        move |p| hover.set(p)
                    })} />
            }
        }
        (Phase::Feedback, Some(card)) => feedback_panel(
            catalog,
            Feedback {
                deck,
                card,
                chosen: game.placement(card).unwrap_or_default(),
                correct: game.result(card) == Some(true),
                last: shown == total,
                node: next_ref.clone(),
                on_next: dispatch(Action::Next),
            },
        ),
        (Phase::Review, _) => html! {
            <div class="review" data-testid="review">
                <h2 ref={heading_ref.clone()} tabindex="-1">{ catalog.text(MessageId::SortReviewHeading) }</h2>
                <p>{ catalog.text(MessageId::SortReviewBody) }</p>
                <button type="button" class="button button--primary" data-testid="check"
                    onclick={dispatch(Action::Check)}>{ catalog.text(MessageId::SortCheck) }</button>
            </div>
        },
        (Phase::Results, _) => {
            let retry = dispatch(Action::RetryMissed);
            let again = {
                let (model, env) = (model.clone(), env.clone());
                Callback::from(move |_| {
                    act(
                        &model,
                        Action::PlayAgain {
                            seed: env.next_seed(),
                        },
                    )
                })
            };
            html! {
                <Results deck={deck.clone()} game={game.clone()} heading={heading_ref.clone()}
                    on_retry={retry} on_again={again} on_home={props.on_home.clone()} />
            }
        }
        _ => html! {},
    };

    html! {
        <section class="board" ref={top_ref} aria-labelledby="board-title" onkeydown={onkeydown}
            data-phase={phase.key()}>
            <div class="board__top">
                <h1 id="board-title" class="board__title" lang={lang.clone()} dir={dir}>{ &deck.title }</h1>
                if phase != Phase::Results {
                    <p class="progress" data-testid="progress">{ catalog.format(&Message::new(MessageId::SortProgress).count("n", shown).count("total", total)) }</p>
                    <div class="progress-bar" aria-hidden="true">
                        <div class={classes!("progress-bar__fill", crate::ui::bars::width_class(placed * 100 / total.max(1)))}></div>
                    </div>
                }
            </div>
            if props.synced && model.revision == 0 {
                <p class="notice notice--info" role="status" data-testid="synced-notice">{ catalog.text(MessageId::SortSynced) }</p>
            } else if props.resumed && model.revision == 0 {
                <div class="notice notice--info" data-testid="resume-notice">
                    <p>{ catalog.text(MessageId::SortResumeNotice) }</p>
                    // Takes the learner to where the game continues.
                    <button type="button" class="button button--small" data-testid="resume-continue"
                        onclick={{
                            let targets = (*targets).clone();
                            Callback::from(move |_| targets.move_to(&next_action(phase)))
                        }}>{ catalog.text(MessageId::SortResumeContinue) }</button>
                </div>
            }
            <div class="table" data-testid="table">{ table }</div>
            if matches!(phase, Phase::Sorting | Phase::Feedback) {
                { piles(catalog, deck, *hover, phase == Phase::Sorting, &place, &counts, landed) }
            }
            if at_end && matches!(phase, Phase::Sorting | Phase::Review) {
                { placed_lists(catalog, deck, game, &{
                    let model = model.clone();
                    Callback::from(move |(card, pile)| act(&model, Action::Move { card, pile }))
                }) }
            }
            { restart_footer(catalog, &restart, &props.on_exit, props.on_other_deck.as_ref()) }
        </section>
    }
}

/// Applies `action` at the page clock's now.
fn act(model: &UseReducerHandle<GameModel>, action: Action) {
    model.dispatch((action, platform::now_ms()));
}
