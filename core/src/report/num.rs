//! Whole numbers written and read by hand, for the values the LMS gets and the reporter's
//! record: digits only, no sign, no formatting machinery (the formatter's padding and each
//! integer type's `Display` would each be code in the wasm).

/// Appends `n` in decimal, zero-padded to at least `width` digits.
pub(crate) fn push_uint(out: &mut String, n: u64, width: usize) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut rest = n;
    loop {
        at -= 1;
        digits[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 && digits.len() - at >= width {
            break;
        }
    }
    out.extend(digits[at..].iter().map(|&d| char::from(d)));
}

/// `n` in decimal.
pub(crate) fn uint(n: u64) -> String {
    let mut out = String::new();
    push_uint(&mut out, n, 1);
    out
}

/// A number written in decimal digits only (no sign, no spaces), if it fits a `u64`.
pub(crate) fn parse_uint(text: &str) -> Option<u64> {
    if text.is_empty() {
        return None;
    }
    text.bytes().try_fold(0u64, |n, b| {
        let digit = b.checked_sub(b'0').filter(|d| *d < 10)?;
        n.checked_mul(10)?.checked_add(u64::from(digit))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_written_padded_and_read_strictly() {
        let padded = |n, w| {
            let mut s = String::new();
            push_uint(&mut s, n, w);
            s
        };
        assert_eq!(padded(0, 1), "0");
        assert_eq!(padded(7, 2), "07");
        assert_eq!(padded(2026, 4), "2026");
        assert_eq!(padded(12345, 2), "12345");
        assert_eq!(padded(5, 3), "005");
        assert_eq!(uint(u64::MAX), u64::MAX.to_string());
        for n in [0u64, 9, 10, 99, 100, 4096, 1_796_117_400_000, u64::MAX] {
            assert_eq!(parse_uint(&uint(n)), Some(n));
        }
        for bad in [
            "",
            "-1",
            "+1",
            " 1",
            "1 ",
            "1.0",
            "x",
            "18446744073709551616",
        ] {
            assert_eq!(parse_uint(bad), None, "{bad:?}");
        }
    }
}
