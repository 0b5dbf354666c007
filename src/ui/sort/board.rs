//! The game board: the card on the table, the piles, feedback or review, and
//! results. Saves after every move, announces each move, and moves focus to
//! where the learner's next action is.

use std::rc::Rc;

use yew::prelude::*;

use super::card::DraggableCard;
use super::feedback::{feedback_panel, Feedback};
use super::model::GameModel;
use super::piles::piles;
use super::placed::{placed_item_id, placed_lists};
use super::results::Results;
use crate::deck::Deck;
use crate::game::{Action, FeedbackMode, Game, GameEvent, Phase};
use crate::narrate::narrate;
use crate::platform;
use crate::ui::env::use_env;

#[derive(Properties, PartialEq)]
pub struct BoardProps {
    pub deck: Rc<Deck>,
    pub game: Game,
    /// Restored from a save: greet the learner instead of grabbing focus.
    #[prop_or_default]
    pub resumed: bool,
    pub on_exit: Callback<()>,
}

#[function_component(Board)]
pub fn board(props: &BoardProps) -> Html {
    let env = use_env();
    let s = env.strings();
    let model = {
        let (deck, game) = (props.deck.clone(), props.game.clone());
        use_reducer(move || GameModel::new(deck, game))
    };
    let hover = use_state(|| None::<usize>);
    let selected = use_state(|| false);
    let card_ref = use_node_ref();
    let next_ref = use_node_ref();
    let heading_ref = use_node_ref();

    {
        let (env, model) = (env.clone(), model.clone());
        let refs = (card_ref.clone(), next_ref.clone(), heading_ref.clone());
        let resumed = props.resumed;
        use_effect_with(model.revision, move |revision| {
            let deck = &model.deck;
            env.session.0.save_game(deck, &model.game);
            if *revision == 0 {
                // Which deck is open changes only when a board mounts.
                env.session.0.set_last_deck(&deck.id);
            }
            if let Some(text) = narrate(&model.events, deck, env.strings()) {
                env.announce.emit(text);
            } else if *revision == 0 && resumed {
                // The notice on screen says so; say it to screen readers too.
                env.announce.emit(env.strings().resume_notice.to_string());
            }
            let moved = model.events.iter().find_map(|e| match e {
                GameEvent::CardMoved { card, .. } => Some(*card),
                _ => None,
            });
            if let Some(card) = moved {
                // Keep the learner's place: the moved card, now in its new pile.
                platform::focus_element(&placed_item_id(&deck.cards[card].id));
            } else if *revision > 0 || !resumed {
                let target = match model.game.phase() {
                    Phase::Sorting => &refs.0,
                    Phase::Feedback => &refs.1,
                    Phase::Review | Phase::Results => &refs.2,
                };
                focus(target);
            }
        });
    }

    let game = &model.game;
    let deck = &model.deck;
    let phase = game.phase();
    let place = {
        let (model, selected) = (model.clone(), selected.clone());
        Callback::from(move |pile: usize| {
            selected.set(false);
            model.dispatch(Action::Place(pile));
        })
    };
    let onkeydown = {
        let place = place.clone();
        let piles = deck.piles.len();
        Callback::from(move |e: KeyboardEvent| {
            if phase != Phase::Sorting || e.ctrl_key() || e.meta_key() || e.alt_key() {
                return;
            }
            if let Some(n) = e
                .key()
                .parse::<usize>()
                .ok()
                .filter(|n| (1..=piles).contains(n))
            {
                e.prevent_default();
                place.emit(n - 1);
            }
        })
    };
    let dispatch = |action: Action| {
        let model = model.clone();
        Callback::from(move |_| model.dispatch(action))
    };
    let (shown, total) = game.progress();
    let at_end = game.mode() == FeedbackMode::AtEnd;

    let table = match (phase, game.current_card()) {
        (Phase::Sorting, Some(card)) => {
            let on_select = {
                let (selected, env) = (selected.clone(), env.clone());
                Callback::from(move |_| {
                    let now = !*selected;
                    selected.set(now);
                    if now {
                        env.announce
                            .emit(env.strings().card_selected_hint.to_string());
                    }
                })
            };
            html! {
                <DraggableCard key={card} text={deck.cards[card].text.clone()} node={card_ref.clone()}
                    selected={*selected} on_select={on_select}
                    on_drop={place.clone()} on_hover={Callback::from({
                        let hover = hover.clone();
                        move |p| hover.set(p)
                    })} />
            }
        }
        (Phase::Feedback, Some(card)) => feedback_panel(
            s,
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
                <h2 ref={heading_ref.clone()} tabindex="-1">{ s.review_heading }</h2>
                <p>{ s.review_body }</p>
                <button type="button" class="button button--primary" data-testid="check"
                    onclick={dispatch(Action::Check)}>{ s.check }</button>
            </div>
        },
        (Phase::Results, _) => {
            let retry = dispatch(Action::RetryMissed);
            let again = {
                let (model, env) = (model.clone(), env.clone());
                Callback::from(move |_| {
                    model.dispatch(Action::PlayAgain {
                        seed: env.next_seed(),
                    })
                })
            };
            html! {
                <Results deck={deck.clone()} game={game.clone()} heading={heading_ref.clone()}
                    on_retry={retry} on_again={again} />
            }
        }
        _ => html! {},
    };

    html! {
        <section class="board" aria-labelledby="board-title" onkeydown={onkeydown}
            data-phase={phase.key()}>
            <div class="board__top">
                <h1 id="board-title" class="board__title">{ &deck.title }</h1>
                if phase != Phase::Results {
                    <p class="progress" data-testid="progress">{ (s.progress)(shown, total) }</p>
                    <div class="progress-bar" aria-hidden="true">
                        <div class="progress-bar__fill"
                            style={format!("inline-size: {}%", shown * 100 / total.max(1))}></div>
                    </div>
                }
            </div>
            if props.resumed && model.revision == 0 {
                <p class="notice notice--info" data-testid="resume-notice">{ s.resume_notice }</p>
            }
            <div class="table" data-testid="table">{ table }</div>
            if matches!(phase, Phase::Sorting | Phase::Feedback) {
                { piles(s, &deck.piles, *hover, phase == Phase::Sorting, &place) }
            }
            if at_end && matches!(phase, Phase::Sorting | Phase::Review) {
                { placed_lists(s, deck, game, &{
                    let model = model.clone();
                    Callback::from(move |(card, pile)| model.dispatch(Action::Move { card, pile }))
                }) }
            }
            <div class="board__footer">
                <button type="button" class="button button--quiet" data-testid="restart-game"
                    onclick={props.on_exit.reform(|_| ())}>{ s.restart_game }</button>
            </div>
        </section>
    }
}

fn focus(node: &NodeRef) {
    if let Some(element) = node.cast::<web_sys::HtmlElement>() {
        let _ = element.focus();
    }
}
