//! The page's monotonic clock, read here and passed into the core as data.

/// Milliseconds since the page started (`performance.now()`), or 0 when the browser
/// has no performance clock.
pub fn now_ms() -> u64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0, |p| p.now().max(0.0) as u64)
}

/// Milliseconds since 1970-01-01 UTC (`Date.now()`): the LMS's timestamps.
pub fn epoch_ms() -> u64 {
    js_sys::Date::now().max(0.0) as u64
}

/// Minutes east of UTC in the learner's time zone (`-Date.getTimezoneOffset()`).
pub fn utc_offset_minutes() -> i32 {
    -(js_sys::Date::new_0().get_timezone_offset() as i32)
}
