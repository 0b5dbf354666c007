//! Telling the host page what happens, when it asked: with `?parentOrigin=` the widget posts
//! `ready`, `progress` and `completed` to its parent window, at that origin only (never `*`).
//! The events are computed here from the activity's own events, as data with their JSON text
//! (numbers and ids only, so no escaping is needed: ids are checked letters, digits and `-`).
//!
//! | event | when | fields besides `twofold: "event"`, `type`, `activity` |
//! |---|---|---|
//! | `ready` | the widget has started | — |
//! | `progress` | a card's result is known (a game) / a question is answered (the chooser) | `done`, `total` |
//! | `completed` | a game's first round ends (its score: the first try of every card) / the chooser shows its result | game: `score` (percent), `correct`, `total`; chooser: `outcome` (a path id or `blend`) |
//!
//! `activity` is `sort:<deck id>` or `chooser`.

use crate::chooser::{Chooser, ChooserEvent, ChooserModel};
use crate::game::{Game, GameEvent};

/// One notification for the host page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HostEvent {
    Ready,
    Progress {
        done: usize,
        total: usize,
    },
    GameCompleted {
        score: u8,
        correct: usize,
        total: usize,
    },
    ChooserCompleted {
        outcome: String,
    },
}

impl HostEvent {
    /// The message's JSON text, for `activity` (`sort:<deck id>` or `chooser`).
    pub fn json(&self, activity: &str) -> String {
        let mut out = String::from("{\"twofold\":\"event\",\"type\":\"");
        out.push_str(match self {
            HostEvent::Ready => "ready",
            HostEvent::Progress { .. } => "progress",
            HostEvent::GameCompleted { .. } | HostEvent::ChooserCompleted { .. } => "completed",
        });
        out.push_str("\",\"activity\":\"");
        push_id(&mut out, activity);
        out.push('"');
        let mut field = |name: &str, value: &str, quoted: bool| {
            out.push_str(",\"");
            out.push_str(name);
            out.push_str("\":");
            if quoted {
                out.push('"');
                push_id(&mut out, value);
                out.push('"');
            } else {
                out.push_str(value);
            }
        };
        match self {
            HostEvent::Ready => {}
            HostEvent::Progress { done, total } => {
                field("done", &done.to_string(), false);
                field("total", &total.to_string(), false);
            }
            HostEvent::GameCompleted {
                score,
                correct,
                total,
            } => {
                field("score", &score.to_string(), false);
                field("correct", &correct.to_string(), false);
                field("total", &total.to_string(), false);
            }
            HostEvent::ChooserCompleted { outcome } => field("outcome", outcome, true),
        }
        out.push('}');
        out
    }
}

/// Only id characters reach the text (anything else is dropped), so it never needs escaping.
fn push_id(out: &mut String, id: &str) {
    out.extend(
        id.chars()
            .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':')),
    );
}

/// The host events for a batch of game events, with the state they left: one `progress` per
/// batch in which a card was placed or checked, then `completed` when the first round ended.
pub fn game_events(events: &[GameEvent], game: &Game) -> Vec<HostEvent> {
    let mut out = Vec::new();
    let placed = events.iter().any(|e| {
        matches!(
            e,
            GameEvent::CardPlaced { .. } | GameEvent::CardChecked { .. }
        )
    });
    if placed {
        out.push(HostEvent::Progress {
            done: game.placed_cards().len(),
            total: game.queue().len(),
        });
    }
    if events
        .iter()
        .any(|e| matches!(e, GameEvent::RoundFinished { round: 1, .. }))
    {
        let summary = game.summary();
        out.push(HostEvent::GameCompleted {
            score: summary.first_try_percent(),
            correct: summary.first_try_correct,
            total: summary.deck_total,
        });
    }
    out
}

/// The host events for a batch of chooser events.
pub fn chooser_events(
    events: &[ChooserEvent],
    model: &ChooserModel,
    chooser: &Chooser,
) -> Vec<HostEvent> {
    let mut out = Vec::new();
    for event in events {
        match event {
            ChooserEvent::Answered { .. } => out.push(HostEvent::Progress {
                done: chooser.answered(),
                total: model.questions.len(),
            }),
            ChooserEvent::Completed { outcome, .. } => out.push(HostEvent::ChooserCompleted {
                outcome: outcome.key(model).to_string(),
            }),
            _ => {}
        }
    }
    out
}

/// `?parentOrigin=`'s value as an origin (`https://host[:port]`, lower-cased, no path), if it is one.
pub fn parse_origin(text: &str) -> Option<String> {
    let lower = text.trim().trim_end_matches('/').to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))?;
    let ok = !rest.is_empty()
        && rest
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b':' | b'[' | b']'));
    ok.then_some(lower)
}
