//! Plural rules: which CLDR category (`zero one two few many other`) a number
//! takes in a language. A language table gives a plural message one text per
//! category it uses, `other` always; a new language brings its rule here as
//! one small function (Arabic, for instance, uses all six categories:
//! `zero` for 0, `one` 1, `two` 2, `few` for n % 100 in 3..=10, `many` in 11..=99).

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
