//! The mastery score: the LMS's value first, then `?mastery=`, then 80 %; bad values
//! ignored with a reported problem; and `?lms=` read with the other settings.
#![cfg(not(target_arch = "wasm32"))]

mod report_support;

use report_support::*;
use twofold_core::config::Config;
use twofold_core::game::FeedbackMode;
use twofold_core::report::{
    LmsChoice, LmsStart, Mastery, MasterySource, Reporter, Scaled, ScormVersion, Standard,
    DEFAULT_MASTERY,
};

fn mastery_of(version: ScormVersion, lms_value: &str, url: Option<u8>) -> (Reporter, Mastery) {
    let mut start = scorm_start(version);
    start.mastery = lms_value.into();
    let mut opts = options();
    opts.url_mastery = url.map(Scaled::from_percent);
    let (reporter, _) = Reporter::start(LmsStart::Scorm(start), opts, T0).unwrap();
    let mastery = reporter.mastery();
    (reporter, mastery)
}

#[test]
fn the_lms_value_wins_then_the_url_then_the_default() {
    let (_, m) = mastery_of(ScormVersion::V12, "90", Some(70));
    assert_eq!(
        (m.scaled, m.source),
        (Scaled::from_percent(90), MasterySource::Lms)
    );
    let (_, m) = mastery_of(ScormVersion::V2004, "0.65", Some(70));
    assert_eq!(
        (m.scaled, m.source),
        (Scaled::from_percent(65), MasterySource::Lms)
    );
    let (_, m) = mastery_of(ScormVersion::V12, "", Some(70));
    assert_eq!(
        (m.scaled, m.source),
        (Scaled::from_percent(70), MasterySource::Url)
    );
    let (r, m) = mastery_of(ScormVersion::V12, "", None);
    assert_eq!(
        (m.scaled, m.source),
        (DEFAULT_MASTERY, MasterySource::Default)
    );
    assert_eq!(DEFAULT_MASTERY, Scaled::from_percent(80));
    assert!(r.problems().is_empty(), "no value is not a bad value");
}

#[test]
fn a_bad_lms_value_is_reported_and_the_next_source_used() {
    let (r, m) = mastery_of(ScormVersion::V12, "150", Some(70));
    assert_eq!(m.source, MasterySource::Url);
    assert_eq!(
        r.problems()[0].to_string(),
        "The LMS gave cmi.student_data.mastery_score=\"150\", which is not a mastery score (0 to 100); it is ignored."
    );
    let (r, m) = mastery_of(ScormVersion::V2004, "high", None);
    assert_eq!(m.source, MasterySource::Default);
    assert!(r.problems()[0]
        .to_string()
        .contains("cmi.scaled_passing_score=\"high\""));
    let (r, m) = mastery_of(ScormVersion::V2004, "1.5", None);
    assert_eq!((m.source, r.problems().len()), (MasterySource::Default, 1));
    // SCORM 2004 allows a negative passing score: every score this activity gives meets it.
    let (r, m) = mastery_of(ScormVersion::V2004, "-0.5", None);
    assert_eq!((m.scaled, m.source), (Scaled::ZERO, MasterySource::Lms));
    assert!(r.problems().is_empty());
}

#[test]
fn the_mastery_decides_pass_or_fail_exactly_at_the_boundary() {
    // 12 of 15 is 80 %: it passes 80, fails 80.01 (LMS 1.2 "80.01").
    for (lms, status) in [
        ("80", "passed"),
        ("80.01", "failed"),
        ("", "passed"),
        ("0", "passed"),
    ] {
        let mut start = scorm_start(ScormVersion::V12);
        start.mastery = lms.into();
        let mut play = Play::start(
            LmsStart::Scorm(start),
            "myth-or-fact",
            FeedbackMode::Immediate,
        );
        play.round_scoring(80);
        assert_eq!(
            last(&play.calls, "cmi.core.lesson_status").as_deref(),
            Some(status),
            "{lms:?}"
        );
    }
    let m = |text: &str| Scaled::parse_fraction(text).unwrap();
    assert!(m("0.83").reached_by(83) && !m("0.83").reached_by(82));
    assert!(
        !m("0.83001").reached_by(83),
        "more decimals round up, never down"
    );
    assert_eq!(m("8e-1"), Scaled::from_percent(80));
    assert_eq!(m(".75").per_10k(), 7500);
    assert_eq!(m("1"), Scaled::ONE);
    for bad in ["", ".", "-0.1", "1.0001", "0,8", "NaN", "1e400", "abc"] {
        assert_eq!(Scaled::parse_fraction(bad), None, "{bad:?}");
    }
    assert_eq!(Scaled::parse_percent("72.5").unwrap().per_10k(), 7250);
    assert_eq!(Scaled::parse_percent("100").unwrap(), Scaled::ONE);
    assert_eq!(Scaled::parse_percent("100.5"), None);
    assert_eq!(Scaled::from_percent(83).decimal(), "0.83");
}

#[test]
fn mastery_and_lms_are_read_from_the_query_with_problems_reported() {
    let (config, problems) = Config::from_query("?mastery=75&lms=SCORM2004", &[]);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(config.mastery, Some(Scaled::from_percent(75)));
    assert_eq!(config.lms, Some(LmsChoice::Use(Standard::Scorm2004)));
    let (config, _) = Config::from_query("mastery=90%25&lms=off", &[]);
    assert_eq!(
        config.mastery,
        Some(Scaled::from_percent(90)),
        "90% is understood"
    );
    assert_eq!(config.lms, Some(LmsChoice::Off));
    let (config, _) = Config::from_query("", &[]);
    assert_eq!(
        (config.mastery, config.lms),
        (None, None),
        "reporting is detected by default"
    );
    let (config, problems) = Config::from_query("mastery=120&lms=moodle", &[]);
    assert_eq!((config.mastery, config.lms), (None, None));
    let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        text,
        [
            "mastery=\"120\" is not recognised (use one of: 0–100); the default is used.",
            "lms=\"moodle\" is not recognised (use one of: scorm12, scorm2004, cmi5, off); the default is used.",
        ]
    );
}
