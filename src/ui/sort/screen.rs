//! The sorting game screen: resumes a saved game, or shows the start screen
//! (deck and feedback mode), then the board; a broken deck shows its problems. With
//! browser storage, another tab's newer save of the deck being played is taken up, so
//! this tab never saves over it (an LMS's record is this attempt's alone: not followed).

use std::rc::Rc;

use yew::prelude::*;

use super::board::Board;
use super::deck_error::{deck_error_view, deck_problems, warn_broken};
use super::start::{StartChoice, StartScreen};
use crate::deck::{Deck, DeckError};
use crate::game::{FeedbackMode, Game, ResumeError};
use crate::i18n::MessageId;
use crate::session::Session;
use crate::ui::env::use_env;
use crate::ui::notices::storage_notice;

#[derive(Properties, PartialEq)]
pub struct SortScreenProps {
    pub decks: Rc<Vec<Result<Deck, DeckError>>>,
    /// A deck fixed by the host (`?deck=`); otherwise the learner chooses.
    #[prop_or_default]
    pub deck: Option<String>,
    /// Feedback timing fixed by the host (`?feedback=`); otherwise the learner chooses.
    #[prop_or_default]
    pub feedback: Option<FeedbackMode>,
    /// Back to the home screen; `None` when the activity is locked to itself (launched by an LMS).
    pub on_home: Option<Callback<()>>,
}

/// A game in progress and whether it was restored from a save.
#[derive(Clone, PartialEq)]
struct Playing {
    deck: Rc<Deck>,
    game: Game,
    resumed: bool,
    /// Taken up from another tab's save (counted, so the board starts afresh each time).
    synced: u32,
}

#[function_component(SortScreen)]
pub fn sort_screen(props: &SortScreenProps) -> Html {
    let env = use_env();
    let decks = props.decks.clone();
    let fixed_deck = props.deck.clone();
    let session = env.session.0.clone();
    let fixed_feedback = props.feedback;
    let (resumed, not_resumed) = {
        let start = use_memo((), move |_| {
            resume(&decks, fixed_deck.as_deref(), fixed_feedback, &session)
        });
        (*start).clone()
    };
    let playing = use_state(move || resumed);
    // After "Start over", focus goes to the start screen's heading (never on page load).
    let started_over = use_mut_ref(|| false);
    {
        let started_over = started_over.clone();
        use_effect_with(playing.is_some(), move |playing| {
            if !*playing && std::mem::replace(&mut *started_over.borrow_mut(), false) {
                crate::platform::focus_first(crate::ui::app::SCREEN_HEADING);
            }
        });
    }

    // Another tab saved (or forgot) the game on this deck: show that one, never save over it.
    {
        let (playing, session) = (playing.clone(), env.session.0.clone());
        let syncs = use_mut_ref(|| 0u32);
        let shared = env.store.0.is_shared();
        let deck = playing.as_ref().map(|p| p.deck.clone());
        use_effect_with(deck.as_ref().map(|d| d.id.clone()), move |_| {
            let listener = deck.filter(|_| shared).and_then(|deck| {
                let key = crate::session::keys::game(&deck.id);
                crate::platform::on_storage_change(move |changed| {
                    if changed != key {
                        return;
                    }
                    let synced = {
                        let mut n = syncs.borrow_mut();
                        *n += 1;
                        *n
                    };
                    playing.set(session.game(&deck).ok().flatten().map(|game| Playing {
                        deck: deck.clone(),
                        game,
                        resumed: true,
                        synced,
                    }));
                })
            });
            move || drop(listener)
        });
    }

    let broken: Vec<&DeckError> = props
        .decks
        .iter()
        .filter_map(|d| d.as_ref().err())
        .collect();
    // The detail of a broken deck is for the page's author: the console has it.
    {
        let decks = props.decks.clone();
        use_effect_with((), move |_| {
            warn_broken(
                &decks
                    .iter()
                    .filter_map(|d| d.as_ref().err())
                    .collect::<Vec<_>>(),
            )
        });
    }
    let usable = props
        .decks
        .iter()
        .flatten()
        .any(|d| props.deck.as_ref().is_none_or(|id| *id == d.id));
    if !usable {
        // The asked-for deck (or every deck) is broken: say why, never a blank page.
        let wanted = props.deck.as_deref();
        let error = broken
            .iter()
            .find(|e| wanted.is_some() && wanted == e.deck_id())
            .or(broken.first())
            .map(|e| (*e).clone());
        if let Some(error) = error {
            return deck_error_view(env.catalog(), &error, props.on_home.as_ref(), env.author);
        }
    }

    let body = match &*playing {
        Some(p) => {
            let on_exit = {
                let playing = playing.clone();
                let env = env.clone();
                let (id, started_over) = (p.deck.id.clone(), started_over.clone());
                Callback::from(move |_| {
                    env.session.0.forget_game(&id);
                    *started_over.borrow_mut() = true;
                    playing.set(None);
                })
            };
            // Where the learner chose the deck: back to the choice, this game kept.
            let on_other_deck = props.deck.is_none().then(|| {
                let (playing, started_over) = (playing.clone(), started_over.clone());
                Callback::from(move |_| {
                    *started_over.borrow_mut() = true;
                    playing.set(None);
                })
            });
            html! {
                <Board key={format!("{}-{}-{}", p.deck.id, p.game.seed(), p.synced)} deck={p.deck.clone()}
                    game={p.game.clone()} resumed={p.resumed} synced={p.synced > 0} on_exit={on_exit}
                    {on_other_deck} on_home={props.on_home.clone()} />
            }
        }
        None => {
            let on_start = {
                let playing = playing.clone();
                let env = env.clone();
                let decks = props.decks.clone();
                Callback::from(move |choice: StartChoice| {
                    let Some(Ok(deck)) = decks.get(choice.deck) else {
                        return;
                    };
                    // A game saved on this deck in the mode chosen goes on.
                    let saved = env.session.0.game(deck).ok().flatten();
                    let (game, resumed) = match saved.filter(|g| g.mode() == choice.feedback) {
                        Some(game) => (game, true),
                        None => (
                            Game::for_deck(deck, choice.feedback, env.next_seed()),
                            false,
                        ),
                    };
                    playing.set(Some(Playing {
                        deck: Rc::new(deck.clone()),
                        game,
                        resumed,
                        synced: 0,
                    }));
                })
            };
            html! {
                <StartScreen decks={props.decks.clone()} fixed={props.deck.clone()}
                    preferred={env.session.0.index().last_deck}
                    feedback={props.feedback} on_start={on_start} on_home={props.on_home.clone()} />
            }
        }
    };
    html! {
        <>
            { storage_notice(&env) }
            if playing.is_none() {
                if let Some(error) = &not_resumed {
                    <p class="notice notice--warning" role="status" data-testid="resume-problem">
                        { match error {
                            ResumeError::DeckChanged => env.t(MessageId::SortResumeDeckChanged),
                            _ => env.t(MessageId::SortResumeUnreadable),
                        } }
                    </p>
                }
                { for broken.iter().map(|e| deck_problems(env.catalog(), e, env.author)) }
            }
            { body }
        </>
    }
}

/// The saved game for the fixed deck, or else for the deck last played (not one in
/// another feedback mode than the host fixed), or why a saved game could not be restored.
fn resume(
    decks: &[Result<Deck, DeckError>],
    fixed: Option<&str>,
    feedback: Option<FeedbackMode>,
    session: &Session,
) -> (Option<Playing>, Option<ResumeError>) {
    let wanted = fixed
        .map(str::to_string)
        .or_else(|| session.index().last_deck);
    let Some(deck) = decks
        .iter()
        .flatten()
        .find(|d| Some(&d.id) == wanted.as_ref())
    else {
        return (None, None);
    };
    match session.game(deck) {
        Ok(Some(game)) if feedback.is_none_or(|mode| mode == game.mode()) => (
            Some(Playing {
                deck: Rc::new(deck.clone()),
                game,
                resumed: true,
                synced: 0,
            }),
            None,
        ),
        // A save in another feedback mode than the host fixed starts afresh (by design).
        Ok(_) => (None, None),
        Err(error) => (None, Some(error)),
    }
}
