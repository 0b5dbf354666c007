//! Times as each standard writes them, from milliseconds passed in (never read from a
//! clock): instants are UTC milliseconds since the Unix epoch (the page's `Date.now()`),
//! spans are milliseconds. The calendar arithmetic is here (days to a civil date), so no
//! date library is needed.
//!
//! | what | SCORM 1.2 | SCORM 2004 | xAPI |
//! |---|---|---|---|
//! | a span (session time, latency, duration) | `HHHH:MM:SS.SS` ([`scorm12_timespan`]) | `PT1H3M12.5S` ([`iso_duration`]) | the same ISO 8601 duration |
//! | an instant | `HH:MM:SS` time of day, the learner's local time ([`scorm12_time`]) | `2026-12-01T13:04:11.25Z` ([`scorm2004_time`]) | `2026-12-01T13:04:11.250Z` ([`xapi_timestamp`]) |

/// Milliseconds since 1970-01-01T00:00:00Z.
pub type EpochMs = u64;

const MS_PER_DAY: u64 = 86_400_000;

/// Milliseconds between two instants (0 if the clock went back).
pub(crate) fn span(from: EpochMs, to: EpochMs) -> u64 {
    to.saturating_sub(from)
}

/// The civil (proleptic Gregorian) date of a day counted from 1970-01-01
/// (H. Hinnant's `civil_from_days`).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// Date and time of day in UTC: (year, month, day, hour, minute, second, millisecond).
fn utc_parts(at: EpochMs) -> (i64, u32, u32, u64, u64, u64, u64) {
    let (year, month, day) = civil_from_days((at / MS_PER_DAY) as i64);
    let ms = at % MS_PER_DAY;
    (
        year,
        month,
        day,
        ms / 3_600_000,
        ms / 60_000 % 60,
        ms / 1000 % 60,
        ms % 1000,
    )
}

/// An xAPI timestamp: UTC, milliseconds, `Z` (cmi5 9.7.0.0-2).
pub fn xapi_timestamp(at: EpochMs) -> String {
    let (y, mo, d, h, mi, s, ms) = utc_parts(at);
    format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}.{ms:03}Z")
}

/// A SCORM 2004 `time (second,10,0)`: UTC to the hundredth of a second, `Z` (the
/// standard's precision; the zone may only follow a fraction).
pub fn scorm2004_time(at: EpochMs) -> String {
    let (y, mo, d, h, mi, s, ms) = utc_parts(at);
    format!(
        "{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}.{:02}Z",
        ms / 10
    )
}

/// A SCORM 1.2 `CMITime` (a time of day, `HH:MM:SS`), in the learner's local time:
/// `offset_minutes` east of UTC (the negated `Date.getTimezoneOffset()`).
pub fn scorm12_time(at: EpochMs, offset_minutes: i32) -> String {
    let local = at as i64 + i64::from(offset_minutes) * 60_000;
    let ms = local.rem_euclid(MS_PER_DAY as i64) as u64;
    format!(
        "{:02}:{:02}:{:02}",
        ms / 3_600_000,
        ms / 60_000 % 60,
        ms / 1000 % 60
    )
}

/// A SCORM 1.2 `CMITimespan`, `HHHH:MM:SS.SS` (at most 9999:59:59.99).
pub fn scorm12_timespan(span_ms: u64) -> String {
    let cs = (span_ms / 10).min(9999 * 360_000 + 359_999);
    format!(
        "{:04}:{:02}:{:02}.{:02}",
        cs / 360_000,
        cs / 6000 % 60,
        cs / 100 % 60,
        cs % 100
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
        out.push_str(&format!("{h}H"));
    }
    if h > 0 || m > 0 {
        out.push_str(&format!("{m}M"));
    }
    out.push_str(&s.to_string());
    match frac {
        0 => {}
        f if f % 10 == 0 => out.push_str(&format!(".{}", f / 10)),
        f => out.push_str(&format!(".{f:02}")),
    }
    out.push('S');
    out
}
