//! The page's monotonic clock, read here and passed into the core as data.

/// Milliseconds since the page started (`performance.now()`), or 0 when the browser
/// has no performance clock.
pub fn now_ms() -> u64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0, |p| p.now().max(0.0) as u64)
}
