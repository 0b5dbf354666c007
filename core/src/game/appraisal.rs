//! What the results say about a round, as data: the score's band (every card right, most,
//! half or more, fewer) and, by the pile each card belongs in, the pile the learner sorts
//! best and the one to look at again. The widget words them: the band as one message, and
//! each pile's label on its own under a heading of its own ("Your strongest pile"), never
//! inside a sentence, so an author's label never has to agree with words around it, in any
//! language.

use super::score::{PileTally, RoundSummary};
use crate::i18n::MessageId;

/// How a round went, by the share of its cards placed right.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Band {
    /// Every card right.
    AllRight,
    /// 80 % or more.
    Most,
    /// Half or more.
    Half,
    /// Fewer than half.
    Start,
}

impl Band {
    /// The band of `correct` cards right out of `total` (a round with no cards is all right:
    /// nothing was missed). Exact fractions, no rounding: 79.5 % is not 80 %.
    pub fn of(correct: usize, total: usize) -> Band {
        if correct >= total {
            Band::AllRight
        } else if correct * 5 >= total * 4 {
            Band::Most
        } else if correct * 2 >= total {
            Band::Half
        } else {
            Band::Start
        }
    }

    /// The message saying what this band means for the learner.
    pub fn message(self) -> MessageId {
        match self {
            Band::AllRight => MessageId::SortAllRight,
            Band::Most => MessageId::SortBandMost,
            Band::Half => MessageId::SortBandHalf,
            Band::Start => MessageId::SortBandStart,
        }
    }
}

/// The round's band and the piles worth naming (indices into the deck's piles).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Appraisal {
    pub band: Band,
    /// The pile with the largest share right, when it is ahead of another pile and at
    /// least half of its cards are right.
    pub strongest: Option<usize>,
    /// The pile with the smallest share right, when it is behind another pile, or is the
    /// round's only pile and has misses.
    pub look_again: Option<usize>,
}

/// Appraises the round `summary` reports. Ties go to the pile with more cards behind the
/// share (more right for the strongest, more wrong for the one to look at again), then to
/// the first pile.
pub fn appraise(summary: &RoundSummary) -> Appraisal {
    let band = Band::of(summary.correct, summary.total);
    let played: Vec<(usize, PileTally)> = summary
        .per_pile
        .iter()
        .copied()
        .enumerate()
        .filter(|(_, t)| t.right + t.wrong > 0)
        .collect();
    let mut appraisal = Appraisal {
        band,
        strongest: None,
        look_again: None,
    };
    if band == Band::AllRight {
        return appraisal;
    }
    if let [(only, tally)] = played[..] {
        appraisal.look_again = (tally.wrong > 0).then_some(only);
        return appraisal;
    }
    // Shares compared exactly: a/b against c/d as a·d against c·b.
    let share = |t: &PileTally| (t.right, t.right + t.wrong);
    let ahead = |a: &PileTally, b: &PileTally| {
        let ((ar, an), (br, bn)) = (share(a), share(b));
        ar * bn > br * an
    };
    let level = |a: &PileTally, b: &PileTally| !ahead(a, b) && !ahead(b, a);
    let Some(&(best, best_tally)) = played.iter().reduce(|kept, next| {
        if ahead(&next.1, &kept.1) || (level(&next.1, &kept.1) && next.1.right > kept.1.right) {
            next
        } else {
            kept
        }
    }) else {
        return appraisal;
    };
    let Some(&(worst, worst_tally)) = played.iter().reduce(|kept, next| {
        if ahead(&kept.1, &next.1) || (level(&next.1, &kept.1) && next.1.wrong > kept.1.wrong) {
            next
        } else {
            kept
        }
    }) else {
        return appraisal;
    };
    if !ahead(&best_tally, &worst_tally) {
        // Every pile went the same way: no pile to single out.
        return appraisal;
    }
    appraisal.look_again = Some(worst);
    appraisal.strongest =
        (best_tally.right * 2 >= best_tally.right + best_tally.wrong).then_some(best);
    appraisal
}
