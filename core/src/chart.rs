//! Chart geometry in whole pixels: bar lengths scaled to the largest value.
//! Zero draws nothing (a sliver would read as "some"); any other value at
//! least 2 px, so it stays visible. Integer maths keeps float formatting out
//! of the WebAssembly.

/// The length of a bar for `value` when `max` fills `full` pixels.
pub fn bar_length(value: usize, max: usize, full: u32) -> u32 {
    if value == 0 {
        return 0;
    }
    let max = max.max(1) as u64;
    let length = (value as u64 * u64::from(full) + max / 2) / max;
    (length as u32).clamp(2, full.max(2))
}

#[cfg(test)]
mod tests {
    use super::bar_length;

    #[test]
    fn bars_scale_to_the_largest_value_zero_draws_nothing_and_small_values_stay_visible() {
        assert_eq!(bar_length(10, 10, 190), 190);
        assert_eq!(bar_length(5, 10, 190), 95);
        assert_eq!(bar_length(0, 10, 190), 0);
        assert_eq!(bar_length(0, 0, 190), 0);
        assert_eq!(bar_length(1, 1000, 190), 2);
        assert_eq!(bar_length(1, 3, 190), 63);
    }
}
