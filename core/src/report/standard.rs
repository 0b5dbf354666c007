//! Which reporting standard is spoken, how the LMS launched the activity, and the
//! `?lms=` setting that forces one or turns reporting off.

/// A reporting standard the widget speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Standard {
    /// SCORM 1.2 (`window.API`).
    Scorm12,
    /// SCORM 2004 4th edition (`window.API_1484_11`).
    Scorm2004,
    /// cmi5: xAPI statements to an LRS, launched with `endpoint`, `fetch`, `actor`,
    /// `registration` and `activityId`.
    Cmi5,
}

impl Standard {
    pub const ALL: [Standard; 3] = [Standard::Scorm12, Standard::Scorm2004, Standard::Cmi5];

    /// The `?lms=` value that forces it.
    pub fn key(self) -> &'static str {
        match self {
            Standard::Scorm12 => "scorm12",
            Standard::Scorm2004 => "scorm2004",
            Standard::Cmi5 => "cmi5",
        }
    }

    pub fn is_scorm(self) -> bool {
        !matches!(self, Standard::Cmi5)
    }
}

/// What `?lms=` asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LmsChoice {
    /// Use this adapter (and no other) when it is found.
    Use(Standard),
    /// Report to no LMS, even if one is present.
    Off,
}

impl LmsChoice {
    /// Every value `?lms=` takes: `scorm12`, `scorm2004`, `cmi5`, `off`.
    /// (Written out: the standards' keys, [`Standard::key`], then `off`; a test holds them equal.)
    pub fn keys() -> Vec<String> {
        ["scorm12", "scorm2004", "cmi5", "off"]
            .iter()
            .map(|s| s.to_string())
            .collect()
    }

    pub fn from_key(key: &str) -> Option<Self> {
        if key == "off" {
            return Some(LmsChoice::Off);
        }
        Standard::ALL
            .into_iter()
            .find(|s| s.key() == key)
            .map(LmsChoice::Use)
    }
}

/// How the LMS launched the activity: cmi5's `launchMode`, SCORM 1.2's
/// `cmi.core.lesson_mode`, SCORM 2004's `cmi.mode`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LaunchMode {
    /// Results count.
    #[default]
    Normal,
    /// Looking around: nothing about success or completion is recorded.
    Browse,
    /// Looking back at a finished attempt: nothing about success or completion is recorded.
    Review,
}

impl LaunchMode {
    /// Reads `normal`/`browse`/`review` in any case (cmi5 writes `Normal`); `None` otherwise.
    pub fn from_word(word: &str) -> Option<Self> {
        match word.to_ascii_lowercase().as_str() {
            "normal" => Some(LaunchMode::Normal),
            "browse" => Some(LaunchMode::Browse),
            "review" => Some(LaunchMode::Review),
            _ => None,
        }
    }
}

/// SCORM's `cmi.core.credit` / `cmi.credit`. `NoCredit` is honoured as cmi5's Browse:
/// no score, no success, no completion are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Credit {
    #[default]
    Credit,
    NoCredit,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_keys_are_the_standards_then_off() {
        let mut expected: Vec<String> = Standard::ALL.iter().map(|s| s.key().to_string()).collect();
        expected.push("off".to_string());
        assert_eq!(LmsChoice::keys(), expected);
    }
}
