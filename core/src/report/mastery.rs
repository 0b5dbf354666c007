//! The mastery score a result is judged against, and where it came from.
//!
//! Chosen in this order ([`Mastery::choose`]): the LMS's own value (SCORM 1.2
//! `cmi.student_data.mastery_score`, 0–100; SCORM 2004 `cmi.scaled_passing_score`, −1..1;
//! cmi5 `masteryScore` in `LMS.LaunchData`, 0..1), then the page's `?mastery=` (a
//! percentage), then [`DEFAULT_MASTERY`]. A value that is not a mastery score is ignored
//! with a reported problem (`launch.rs`, `config.rs`) and the next source is used.
//!
//! **Why ten-thousandths** ([`Scaled`]): the score reported is a whole percentage `p`,
//! sent as scaled `p/100`, and cmi5 requires `passed` exactly when that scaled score is
//! at least the LMS's `masteryScore` (9.6.3.2-2). Comparing integers keeps that exact: a
//! mastery value with more than four decimals is rounded *up* to the next ten-thousandth,
//! and `p·100 ≥ ⌈m·10⁴⌉` holds exactly when `p/100 ≥ m`, because `p·100` is a whole
//! number. No floating point, so no 0.1 + 0.2 surprises either.
//!
//! **Why 80 %** by default: it is the passing score most authoring tools and LMSs
//! propose (Storyline, Rise, Captivate and Moodle quizzes default to 80 %), and with two
//! piles guessing scores about 50 %, so 80 % on the first try means the learner knows the
//! distinction rather than got lucky.

use super::num::parse_uint;
use crate::json::Number;

/// A scaled score from 0 to 1, in ten-thousandths (`Scaled(8000)` is 0.8, 80 %).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Scaled(u16);

/// Passing, when neither the LMS nor the page says otherwise: 80 % (see the module doc).
pub const DEFAULT_MASTERY: Scaled = Scaled(8000);

impl Scaled {
    pub const ZERO: Scaled = Scaled(0);
    pub const ONE: Scaled = Scaled(10_000);

    /// `per_10k` ten-thousandths, at most one.
    pub fn from_per_10k(per_10k: u16) -> Option<Scaled> {
        (per_10k <= 10_000).then_some(Scaled(per_10k))
    }

    /// A whole percentage (above 100 is 1).
    pub fn from_percent(percent: u8) -> Scaled {
        Scaled(u16::from(percent.min(100)) * 100)
    }

    pub fn per_10k(self) -> u16 {
        self.0
    }

    /// As an exact JSON number (`0.8`, `1`).
    pub fn number(self) -> Number {
        Number::decimal(i64::from(self.0), 4)
    }

    /// As a decimal (`0.8`, `0.0725`, `1`, `0`): SCORM's `real`, a JSON number.
    pub fn decimal(self) -> String {
        match self.0 {
            10_000 => String::from("1"),
            0 => String::from("0"),
            n => {
                let mut out = String::from("0.");
                super::num::push_uint(&mut out, u64::from(n), 4);
                out.truncate(out.trim_end_matches('0').len());
                out
            }
        }
    }

    /// A fraction from 0 to 1 written as a decimal (`0.8`, `.75`, `8e-1`), rounded up to
    /// the next ten-thousandth; `None` if it is not a number or outside 0..=1.
    pub fn parse_fraction(text: &str) -> Option<Scaled> {
        Self::parse_scaled(text, 4)
    }

    /// A percentage from 0 to 100 (`80`, `72.5`), rounded up to the next hundredth of a
    /// percent; `None` if it is not a number or outside 0..=100.
    pub fn parse_percent(text: &str) -> Option<Scaled> {
        Self::parse_scaled(text, 2)
    }

    fn parse_scaled(text: &str, exponent: i32) -> Option<Scaled> {
        let units = ceil_scaled(text.trim(), exponent)?;
        u16::try_from(units).ok().and_then(Scaled::from_per_10k)
    }

    /// Whether a whole-percent score reaches this mark.
    pub fn reached_by(self, percent: u8) -> bool {
        u32::from(percent) * 100 >= u32::from(self.0)
    }
}

/// `⌈value · 10^exponent⌉` for a decimal number as written (an optional sign, digits with
/// an optional point, an optional exponent); `None` if it is not one or is huge.
pub(crate) fn ceil_scaled(text: &str, exponent: i32) -> Option<i64> {
    let (negative, rest) = signed(text);
    let (mantissa, exp) = match rest.find(['e', 'E']) {
        Some(at) => {
            let (minus, digits) = signed(&rest[at + 1..]);
            let e = parse_uint(digits).filter(|e| *e <= 400)? as i32;
            (&rest[..at], if minus { -e } else { e })
        }
        None => (rest, 0),
    };
    let point = mantissa.find('.');
    let digits = mantissa.len() - usize::from(point.is_some());
    let fraction = point.map_or(0, |p| mantissa.len() - p - 1);
    let stray = mantissa
        .bytes()
        .enumerate()
        .any(|(i, b)| !b.is_ascii_digit() && Some(i) != point);
    if digits == 0 || stray {
        return None;
    }
    // The first `keep` digits as written are the whole part of `value · 10^exponent`; any
    // non-zero digit after them rounds up. Leading zeros are not counted against the 17
    // digits an i64 surely holds.
    let shift = exp + exponent - fraction as i32;
    let keep = digits as i32 + shift;
    let (mut kept, mut significant, mut rest) = (0i64, 0u32, false);
    for (i, b) in mantissa.bytes().filter(|b| *b != b'.').enumerate() {
        let digit = i64::from(b - b'0');
        if (i as i32) >= keep {
            rest |= digit != 0;
        } else if significant > 0 || digit != 0 {
            significant += 1;
            if significant > 17 {
                return None;
            }
            kept = kept * 10 + digit;
        }
    }
    if shift > 0 && significant > 0 {
        if significant + shift as u32 > 17 {
            return None;
        }
        kept *= 10i64.pow(shift as u32);
    }
    Some(match (negative, rest) {
        (false, true) => kept + 1,
        (false, false) => kept,
        (true, _) => -kept,
    })
}

/// A leading `-` (then `true`) or `+` taken off `text`.
fn signed(text: &str) -> (bool, &str) {
    match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    }
}

/// Where the mastery score came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MasterySource {
    /// The LMS's launch data or data model.
    Lms,
    /// The page's `?mastery=`.
    Url,
    /// [`DEFAULT_MASTERY`].
    Default,
}

/// The mastery score in use, and its source (the session says which it used).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mastery {
    pub scaled: Scaled,
    pub source: MasterySource,
}

impl Mastery {
    /// The LMS's value, else the URL's, else the default.
    pub fn choose(from_lms: Option<Scaled>, from_url: Option<Scaled>) -> Mastery {
        match (from_lms, from_url) {
            (Some(scaled), _) => Mastery {
                scaled,
                source: MasterySource::Lms,
            },
            (None, Some(scaled)) => Mastery {
                scaled,
                source: MasterySource::Url,
            },
            (None, None) => Mastery {
                scaled: DEFAULT_MASTERY,
                source: MasterySource::Default,
            },
        }
    }

    /// Whether a whole-percent first-try score passes.
    pub fn passes(&self, percent: u8) -> bool {
        self.scaled.reached_by(percent)
    }
}
