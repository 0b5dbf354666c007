//! When the card on the table was shown, so a placement can say how long the learner
//! took. Time is passed in (milliseconds on any monotonic clock, the page's
//! `performance.now()`); the game never reads a clock.

/// The time the current card was shown, if the game was given one.
///
/// It is bookkeeping, not game state: two games that differ only in it are equal (a
/// restored save equals the game that was saved), and it is never saved.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct ShownAt(Option<u64>);

impl ShownAt {
    /// The current card was shown at `now_ms`.
    pub fn set(&mut self, now_ms: u64) {
        self.0 = Some(now_ms);
    }

    /// Milliseconds since the card was shown, if that is known.
    pub fn elapsed(self, now_ms: u64) -> Option<u64> {
        self.0.map(|shown| now_ms.saturating_sub(shown))
    }
}

impl PartialEq for ShownAt {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Eq for ShownAt {}
