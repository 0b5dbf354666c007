//! Times as each standard writes them, from milliseconds passed in (never read from a
//! clock): instants are UTC milliseconds since the Unix epoch (the page's `Date.now()`),
//! spans are milliseconds. The calendar arithmetic is here (days to a civil date), so no
//! date library is needed.
//!
//! | what | SCORM 1.2 | SCORM 2004 | xAPI |
//! |---|---|---|---|
//! | a span (session time, latency, duration) | `HHHH:MM:SS.SS` ([`scorm12_timespan`]) | `PT1H3M12.5S` ([`iso_duration`]) | the same ISO 8601 duration |
//! | an instant | `HH:MM:SS` time of day, the learner's local time ([`scorm12_time`]) | `2026-12-01T13:04:11.25Z` ([`scorm2004_time`]) | `2026-12-01T13:04:11.250Z` (the cmi5 script's `Date.toISOString`, from the statement's instant) |

use super::num::push_uint;

/// Milliseconds since 1970-01-01T00:00:00Z.
pub type EpochMs = u64;

#[cfg(feature = "scorm")]
const MS_PER_DAY: u64 = 86_400_000;

/// Milliseconds between two instants (0 if the clock went back).
pub(crate) fn span(from: EpochMs, to: EpochMs) -> u64 {
    to.saturating_sub(from)
}

/// The civil (proleptic Gregorian) date of a day counted from 1970-01-01
/// (H. Hinnant's `civil_from_days`; days before 1970 do not occur: instants are unsigned).
#[cfg(feature = "scorm")]
fn civil_from_days(days: u64) -> (u64, u64, u64) {
    let z = days + 719_468;
    let era = z / 146_097;
    let doe = z % 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + u64::from(month <= 2);
    (year, month, day)
}

/// `parts` written as numbers zero-padded to their widths, each after its separator.
#[cfg(feature = "scorm")]
fn write(parts: &[(&str, u64, usize)], end: &str) -> String {
    let mut out = String::new();
    for &(before, n, width) in parts {
        out.push_str(before);
        push_uint(&mut out, n, width);
    }
    out.push_str(end);
    out
}

/// A UTC instant as `YYYY-MM-DDTHH:MM:SS.` followed by its hundredths, and `Z`.
#[cfg(feature = "scorm")]
fn utc(at: EpochMs) -> String {
    let (year, month, day) = civil_from_days(at / MS_PER_DAY);
    let ms = at % MS_PER_DAY;
    let fraction = ms % 1000 / 10;
    write(
        &[
            ("", year, 4),
            ("-", month, 2),
            ("-", day, 2),
            ("T", ms / 3_600_000, 2),
            (":", ms / 60_000 % 60, 2),
            (":", ms / 1000 % 60, 2),
            (".", fraction, 2),
        ],
        "Z",
    )
}

/// A SCORM 2004 `time (second,10,0)`: UTC to the hundredth of a second, `Z` (the
/// standard's precision; the zone may only follow a fraction).
#[cfg(feature = "scorm")]
pub fn scorm2004_time(at: EpochMs) -> String {
    utc(at)
}

/// A SCORM 1.2 `CMITime` (a time of day, `HH:MM:SS`), in the learner's local time:
/// `offset_minutes` east of UTC (the negated `Date.getTimezoneOffset()`).
#[cfg(feature = "scorm")]
pub fn scorm12_time(at: EpochMs, offset_minutes: i32) -> String {
    let local = at as i64 + i64::from(offset_minutes) * 60_000;
    let ms = local.rem_euclid(MS_PER_DAY as i64) as u64;
    write(
        &[
            ("", ms / 3_600_000, 2),
            (":", ms / 60_000 % 60, 2),
            (":", ms / 1000 % 60, 2),
        ],
        "",
    )
}

/// A SCORM 1.2 `CMITimespan`, `HHHH:MM:SS.SS` (at most 9999:59:59.99).
#[cfg(feature = "scorm")]
pub fn scorm12_timespan(span_ms: u64) -> String {
    let cs = (span_ms / 10).min(9999 * 360_000 + 359_999);
    write(
        &[
            ("", cs / 360_000, 4),
            (":", cs / 6000 % 60, 2),
            (":", cs / 100 % 60, 2),
            (".", cs % 100, 2),
        ],
        "",
    )
}

/// An ISO 8601 duration to the hundredth of a second (SCORM 2004 `timeinterval` and xAPI
/// `duration`): `PT0S`, `PT12.5S`, `PT3M12S`, `PT26H0M1S`. Hours are not folded into days
/// (a day is not always 24 hours).
pub fn iso_duration(span_ms: u64) -> String {
    let cs = span_ms / 10;
    let (h, m, s, frac) = (cs / 360_000, cs / 6000 % 60, cs / 100 % 60, cs % 100);
    let mut out = String::from("PT");
    if h > 0 {
        push_uint(&mut out, h, 1);
        out.push('H');
    }
    if h > 0 || m > 0 {
        push_uint(&mut out, m, 1);
        out.push('M');
    }
    push_uint(&mut out, s, 1);
    if frac > 0 {
        out.push('.');
        // Hundredths, without a trailing zero: `.5`, `.25`.
        let (n, width) = if frac % 10 == 0 {
            (frac / 10, 1)
        } else {
            (frac, 2)
        };
        push_uint(&mut out, n, width);
    }
    out.push('S');
    out
}
