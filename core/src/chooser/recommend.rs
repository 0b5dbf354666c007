//! The recommendation: each path's score is the sum of the chosen options'
//! weights towards it. The outcome is the top path, or a blend of the top two
//! when their scores are within the model's `blend_margin` (never a coin toss).
//! Equal scores rank in the paths' file order, so the first path listed wins a
//! tie (and with two paths, equal scores are always a blend).
//!
//! The reasons are the answers that pulled most towards the recommended path(s).
//! An answer's pull towards a path is its weight on that path minus its highest
//! weight on any other path. For one path: the positive pulls, heaviest first
//! (equal pulls in question order), at most [`MAX_REASONS`]. For a blend: the
//! heaviest pull towards each of the two paths (first path in file order first);
//! if neither path has one, the two answers weighing most towards the pair.

use super::model::{ChoiceOption, ChooserModel};

/// What the chooser recommends: indices into [`ChooserModel::paths`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Outcome {
    /// One path, clearly ahead.
    Path(usize),
    /// The top two paths, within the margin of each other; in file order.
    Blend(usize, usize),
}

impl Outcome {
    /// A stable machine name (test hooks, reporting): the path's id, or `blend`.
    pub fn key(self, model: &ChooserModel) -> &str {
        match self {
            Outcome::Path(p) => model.paths.get(p).map_or("", |path| path.id.as_str()),
            Outcome::Blend(..) => "blend",
        }
    }
}

/// One answer that weighed in the recommendation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reason {
    pub question: usize,
    pub option: usize,
    /// How far this answer pushed towards the path it is listed for.
    pub pull: i64,
}

/// What the chooser recommends and why; plain data, computed by [`recommend`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recommendation {
    pub outcome: Outcome,
    /// Each path's score, in the order of [`ChooserModel::paths`].
    pub scores: Vec<u32>,
    /// The heaviest answers, heaviest first (up to 3; for a blend, one each way).
    pub reasons: Vec<Reason>,
}

/// Most reasons listed for a single path.
pub const MAX_REASONS: usize = 3;

/// The recommendation for a complete set of answers (`answers[q]` is the
/// chosen option of question `q`); `None` if an answer is missing or out of
/// range, or the model has no paths.
pub fn recommend(model: &ChooserModel, answers: &[usize]) -> Option<Recommendation> {
    if answers.len() != model.questions.len() {
        return None;
    }
    let chosen: Vec<(usize, usize, &ChoiceOption)> = answers
        .iter()
        .enumerate()
        .map(|(q, &o)| Some((q, o, model.questions[q].options.get(o)?)))
        .collect::<Option<_>>()?;
    let n = model.paths.len();
    let scores: Vec<i64> = (0..n)
        .map(|p| chosen.iter().map(|c| i64::from(c.2.weight(p))).sum())
        .collect();
    // Highest first; the sort is stable, so equal scores keep file order.
    let mut ranked: Vec<usize> = (0..n).collect();
    ranked.sort_by_key(|&p| std::cmp::Reverse(scores[p]));
    let top = *ranked.first()?;
    let outcome = match ranked.get(1) {
        Some(&second) if scores[top] - scores[second] <= i64::from(model.blend_margin) => {
            Outcome::Blend(top.min(second), top.max(second))
        }
        _ => Outcome::Path(top),
    };
    let pulls = |pull: &dyn Fn(&ChoiceOption) -> i64| {
        let mut r: Vec<Reason> = chosen
            .iter()
            .map(|&(question, option, o)| Reason {
                question,
                option,
                pull: pull(o),
            })
            .filter(|r| r.pull > 0)
            .collect();
        // Stable: equal pulls keep question order.
        r.sort_by_key(|reason| std::cmp::Reverse(reason.pull));
        r
    };
    let toward = |p: usize| pulls(&|o| pull_toward(o, p, n));
    let reasons = match outcome {
        Outcome::Path(p) => first(toward(p), MAX_REASONS),
        Outcome::Blend(a, b) => {
            let mut both = first(toward(a), 1);
            both.extend(first(toward(b), 1));
            if both.is_empty() {
                both = first(
                    pulls(&|o| i64::from(o.weight(a)) + i64::from(o.weight(b))),
                    2,
                );
            }
            both
        }
    };
    Some(Recommendation {
        outcome,
        scores: scores
            .into_iter()
            .map(|s| u32::try_from(s).unwrap_or(u32::MAX))
            .collect(),
        reasons,
    })
}

/// The option's weight on path `p` minus its highest weight on the other paths.
fn pull_toward(option: &ChoiceOption, p: usize, paths: usize) -> i64 {
    let others = (0..paths).filter(|&q| q != p).map(|q| option.weight(q));
    i64::from(option.weight(p)) - i64::from(others.max().unwrap_or(0))
}

fn first(mut v: Vec<Reason>, n: usize) -> Vec<Reason> {
    v.truncate(n);
    v
}
