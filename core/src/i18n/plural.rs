//! Plural rules: which CLDR category (`zero one two few many other`) a number
//! takes in a language. A language table gives a plural message one text per
//! category it uses, `other` always; a new language brings its rule here as
//! one small function, and the categories it uses as a list
//! ([`crate::i18n::Lang::plural_categories`]). The rules are CLDR 46's for whole
//! numbers (every count the widget words is one): the `v`, `e` and fraction
//! operands of the CLDR rules are 0 here.

/// A CLDR plural category.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PluralCategory {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl PluralCategory {
    pub const ALL: [PluralCategory; 6] = [
        PluralCategory::Zero,
        PluralCategory::One,
        PluralCategory::Two,
        PluralCategory::Few,
        PluralCategory::Many,
        PluralCategory::Other,
    ];

    /// The category's key in a language table.
    pub fn key(self) -> &'static str {
        match self {
            PluralCategory::Zero => "zero",
            PluralCategory::One => "one",
            PluralCategory::Two => "two",
            PluralCategory::Few => "few",
            PluralCategory::Many => "many",
            PluralCategory::Other => "other",
        }
    }
}

/// A language's plural rule.
pub type PluralRule = fn(usize) -> PluralCategory;

/// English: `one` for 1, `other` for everything else.
pub fn english(n: usize) -> PluralCategory {
    if n == 1 {
        PluralCategory::One
    } else {
        PluralCategory::Other
    }
}

/// Spanish (CLDR 42+): `one` for 1; `many` for a non-zero multiple of a million
/// ("1000000 de tarjetas", with "de"); `other` for the rest (0, 2–999999, …).
pub fn spanish(n: usize) -> PluralCategory {
    match n {
        1 => PluralCategory::One,
        _ if is_millions(n) => PluralCategory::Many,
        _ => PluralCategory::Other,
    }
}

/// French (CLDR 42+): `one` for 0 and 1 ("0 carte", "1 carte"); `many` for a non-zero
/// multiple of a million ("1000000 de cartes"); `other` for the rest.
pub fn french(n: usize) -> PluralCategory {
    match n {
        0 | 1 => PluralCategory::One,
        _ if is_millions(n) => PluralCategory::Many,
        _ => PluralCategory::Other,
    }
}

/// Arabic (CLDR): `zero` 0, `one` 1, `two` 2, `few` when n % 100 is 3–10, `many` when
/// n % 100 is 11–99, `other` for the rest (100–102, 200–202, …, 1000, …).
pub fn arabic(n: usize) -> PluralCategory {
    match (n, n % 100) {
        (0, _) => PluralCategory::Zero,
        (1, _) => PluralCategory::One,
        (2, _) => PluralCategory::Two,
        (_, 3..=10) => PluralCategory::Few,
        (_, 11..=99) => PluralCategory::Many,
        _ => PluralCategory::Other,
    }
}

/// CLDR's `i != 0 and i % 1000000 = 0` (with `v = 0`), shared by Spanish and French.
fn is_millions(n: usize) -> bool {
    n != 0 && n % 1_000_000 == 0
}
