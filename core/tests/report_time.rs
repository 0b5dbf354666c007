//! Times as each standard writes them: session times and latencies in SCORM 1.2's
//! `HHHH:MM:SS.SS` and ISO 8601 durations, instants as SCORM 2004 UTC timestamps (xAPI's are
//! the cmi5 script's `Date.toISOString`) and SCORM 1.2 local times of day, with the calendar arithmetic checked day by day.
#![cfg(not(target_arch = "wasm32"))]

mod report_support;

use report_support::*;
use twofold_core::report::time::{iso_duration, scorm12_time, scorm12_timespan, scorm2004_time};

#[test]
fn session_times_are_written_in_each_versions_format() {
    let three_min_twelve = 192_000;
    assert_eq!(scorm12_timespan(three_min_twelve), "0000:03:12.00");
    assert_eq!(iso_duration(three_min_twelve), "PT3M12S");
    assert_eq!(scorm12_timespan(0), "0000:00:00.00");
    assert_eq!(iso_duration(0), "PT0S");
    assert_eq!(iso_duration(12_500), "PT12.5S");
    assert_eq!(iso_duration(1_234), "PT1.23S");
    assert_eq!(iso_duration(3_600_000 + 5_000), "PT1H0M5S");
    assert_eq!(iso_duration(26 * 3_600_000), "PT26H0M0S", "no days");
    assert_eq!(scorm12_timespan(26 * 3_600_000 + 61_250), "0026:01:01.25");
    assert_eq!(
        scorm12_timespan(u64::MAX),
        "9999:59:59.99",
        "1.2 hours have at most four digits"
    );
    for ms in [
        0,
        9,
        10,
        999,
        59_999,
        60_000,
        3_599_990,
        86_400_000,
        360_000_000_000,
    ] {
        assert!(is_scorm12_timespan(&scorm12_timespan(ms)), "{ms}");
        assert!(
            is_iso_duration(&iso_duration(ms)),
            "{ms}: {}",
            iso_duration(ms)
        );
    }
}

#[test]
fn instants_are_utc_with_z_and_scorm12_times_are_the_learners_local_time() {
    assert_eq!(scorm2004_time(T0), "2026-12-01T09:30:00.00Z");
    assert_eq!(scorm2004_time(1_709_251_199_999), "2024-02-29T23:59:59.99Z");
    assert_eq!(scorm2004_time(951_868_800_000), "2000-03-01T00:00:00.00Z");
    assert_eq!(scorm2004_time(4_102_401_600_055), "2099-12-31T12:00:00.05Z");
    assert_eq!(scorm2004_time(0), "1970-01-01T00:00:00.00Z");
    assert_eq!(scorm12_time(T0, 60), "10:30:00", "UTC+1");
    assert_eq!(scorm12_time(T0, -600), "23:30:00", "UTC-10, the day before");
    assert_eq!(scorm12_time(T0 + 14 * 3_600_000 + 45, 0), "23:30:00");
    for at in [0, T0, 1_709_251_199_999, 4_102_401_600_005] {
        assert!(is_scorm2004_time(&scorm2004_time(at)), "{at}");
        assert!(is_scorm12_time(&scorm12_time(at, 330)), "{at}");
    }
}

#[test]
fn every_day_from_1970_to_2200_gets_its_calendar_date() {
    let mut expected = (1970, 1, 1);
    let leap = |y: i32| (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    for day in 0..84_000u64 {
        let (y, m, d) = expected;
        let text = scorm2004_time(day * 86_400_000 + 43_200_000);
        assert_eq!(
            text,
            format!("{y:04}-{m:02}-{d:02}T12:00:00.00Z"),
            "day {day}"
        );
        let days_in_month = match m {
            2 if leap(y) => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        };
        expected = if d < days_in_month {
            (y, m, d + 1)
        } else if m < 12 {
            (y, m + 1, 1)
        } else {
            (y + 1, 1, 1)
        };
    }
}
