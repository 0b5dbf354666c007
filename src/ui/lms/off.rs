//! The plain build's LMS: none. The handle accepts every report and does nothing; the bar
//! renders nothing; start-up does not look for an LMS.

use yew::prelude::*;

use crate::chooser::{Chooser, ChooserEvent, ChooserModel};
use crate::deck::Deck;
use crate::game::{Game, GameEvent};
use crate::i18n::Catalog;

/// No LMS: every report is dropped.
#[derive(Clone, Copy, Default, PartialEq)]
pub struct LmsHandle(());

impl LmsHandle {
    pub fn game(&self, _: &[GameEvent], _: &Deck, _: &Game) {}
    pub fn chooser(&self, _: &[ChooserEvent], _: &ChooserModel, _: &Chooser) {}
    pub fn is_connected(&self) -> bool {
        false
    }
}

/// Nothing to show.
pub fn lms_bar(_: &LmsHandle, _: &'static Catalog) -> Html {
    Html::default()
}
