//! The recommendation: weighted sums towards each path, a blend when they are
//! within the model's margin (never a coin toss), and the answers that weighed most.

use super::model::ChooserModel;

/// The recommended path.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Path {
    Technical,
    Leadership,
    Blend,
}

impl Path {
    /// A stable machine name (CSS classes, test hooks, reporting).
    pub fn key(self) -> &'static str {
        match self {
            Path::Technical => "technical",
            Path::Leadership => "leadership",
            Path::Blend => "blend",
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

/// What the chooser recommends and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recommendation {
    pub path: Path,
    pub technical: u32,
    pub leadership: u32,
    /// The heaviest answers, heaviest first (2–3; for a blend, one each way).
    pub reasons: Vec<Reason>,
}

/// Most reasons listed for a single path.
pub const MAX_REASONS: usize = 3;

/// The recommendation for a complete set of answers (`answers[q]` is the
/// chosen option of question `q`); `None` if an answer is missing or out of range.
pub fn recommend(model: &ChooserModel, answers: &[usize]) -> Option<Recommendation> {
    if answers.len() != model.questions.len() {
        return None;
    }
    let mut chosen = Vec::with_capacity(answers.len());
    for (q, &o) in answers.iter().enumerate() {
        let option = model.questions[q].options.get(o)?;
        chosen.push((
            q,
            o,
            i64::from(option.technical),
            i64::from(option.leadership),
        ));
    }
    let technical: i64 = chosen.iter().map(|c| c.2).sum();
    let leadership: i64 = chosen.iter().map(|c| c.3).sum();
    let path = if (technical - leadership).abs() <= i64::from(model.blend_margin) {
        Path::Blend
    } else if technical > leadership {
        Path::Technical
    } else {
        Path::Leadership
    };
    let toward = |pull: fn(i64, i64) -> i64| {
        let mut r: Vec<Reason> = chosen
            .iter()
            .map(|&(question, option, t, l)| Reason {
                question,
                option,
                pull: pull(t, l),
            })
            .filter(|r| r.pull > 0)
            .collect();
        // Stable: equal pulls keep question order.
        r.sort_by_key(|reason| std::cmp::Reverse(reason.pull));
        r
    };
    let reasons = match path {
        Path::Technical => truncate(toward(|t, l| t - l), MAX_REASONS),
        Path::Leadership => truncate(toward(|t, l| l - t), MAX_REASONS),
        Path::Blend => {
            let mut both: Vec<Reason> = toward(|t, l| t - l).into_iter().take(1).collect();
            both.extend(toward(|t, l| l - t).into_iter().take(1));
            if both.is_empty() {
                both = truncate(toward(|t, l| t + l), 2);
            }
            both
        }
    };
    Some(Recommendation {
        path,
        technical: technical as u32,
        leadership: leadership as u32,
        reasons,
    })
}

fn truncate(mut v: Vec<Reason>, n: usize) -> Vec<Reason> {
    v.truncate(n);
    v
}
