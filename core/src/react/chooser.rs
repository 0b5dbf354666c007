//! The chooser's row of the reaction table (see [`super`]).

use super::{Focus, Happened, Reaction, SavedRecord};
use crate::chooser::{ChooserEvent, ChooserModel, ChooserSession};
use crate::i18n::{Message, MessageId};

/// What to do after `events` left the chooser `session` (over `model`) as it is.
pub fn chooser_reactions<'a>(
    events: &'a [ChooserEvent],
    session: &ChooserSession,
    model: &ChooserModel,
) -> Vec<Reaction<'a>> {
    if events.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    if events.contains(&ChooserEvent::Left) {
        out.push(Reaction::ShowResultLink(None));
    } else {
        if !session.viewing_link() {
            out.push(Reaction::Save(SavedRecord::Chooser));
        }
        let chooser = session.chooser();
        match (chooser.result(model), chooser.result_link(model)) {
            (Some(rec), Some(link)) => {
                out.push(Reaction::ShowResultLink(Some(link)));
                if let Some(text) = model.outcome_text(rec.outcome) {
                    out.push(Reaction::Announce(
                        Message::new(MessageId::ChooserResultAnnouncement)
                            .text("title", &text.title),
                    ));
                }
            }
            _ => out.push(Reaction::ShowResultLink(None)),
        }
        let stepped = events.iter().any(|e| {
            matches!(
                e,
                ChooserEvent::QuestionShown { .. }
                    | ChooserEvent::Completed { .. }
                    | ChooserEvent::Restarted
            )
        });
        if stepped {
            out.push(Reaction::Focus(Focus::Heading));
        }
    }
    out.push(Reaction::ReportToLms(Happened::Chooser(events)));
    out.push(Reaction::NotifyHost(Happened::Chooser(events)));
    out
}
