//! The embedder's accent colour (`?accent=`): read, and checked for contrast before it is
//! used. It colours the primary buttons, the progress bar, the selected card's and pile's
//! border, the checked choice and the result's headline; the focus ring keeps its own
//! colour (it must stand out from the accent as well as from the background).
//!
//! A colour is used only if, in every theme it can be shown in (both when the theme is
//! `auto`, else the one chosen):
//! - text on it reaches **4.5:1**: the text is white or the dark theme's ink on the accent
//!   ([`ON_ACCENT`]), whichever reads better on this colour;
//! - it reaches **3:1** against each of the theme's backgrounds (page, panels and cards:
//!   [`Palette::backgrounds`]), as WCAG 2.2 asks of a control's colour (1.4.11) and of large
//!   text (1.4.3; the result's headline and the score are large).
//!
//! Text in the accent colour is always large (the masthead's title, the result's headline,
//! the score: `styles/`), where 3:1 is WCAG's threshold too.
//!
//! Contrast is WCAG's: `(L1 + 0.05) / (L2 + 0.05)` of the relative luminances, sRGB
//! channels linearised with the 0.04045 threshold (for 8-bit channels the same as WCAG 2's
//! 0.03928). The builder page (`js/builder/contrast.mjs`) computes the same rule; a test holds
//! the two equal on a table of colours.

use crate::config::Theme;

/// An sRGB colour with 8-bit channels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// `#rrggbb` or `#rgb`, the `#` optional (a URL must write it `%23`), any case.
    pub fn parse(text: &str) -> Option<Rgb> {
        let hex = text.as_bytes();
        let hex = hex.strip_prefix(b"#").unwrap_or(hex);
        // Each digit's value; a channel is two digits, or one written twice (`#abc`).
        let mut value = 0u32;
        for &d in hex {
            if !d.is_ascii_hexdigit() {
                return None;
            }
            value = value << 4 | u32::from((d & 15) + if d > b'9' { 9 } else { 0 });
        }
        let channel = |shift: u32, bits: u32| (value >> shift & ((1 << bits) - 1)) as u8;
        match hex.len() {
            6 => Some(Rgb(channel(16, 8), channel(8, 8), channel(0, 8))),
            3 => Some(Rgb(
                channel(8, 4) * 17,
                channel(4, 4) * 17,
                channel(0, 4) * 17,
            )),
            _ => None,
        }
    }

    /// `#rrggbb`, lower case.
    pub fn hex(self) -> String {
        const DIGITS: &[u8; 16] = b"0123456789abcdef";
        let mut out = String::from("#");
        for c in [self.0, self.1, self.2] {
            out.push(DIGITS[usize::from(c >> 4)] as char);
            out.push(DIGITS[usize::from(c & 15)] as char);
        }
        out
    }

    /// WCAG's relative luminance, 0 (black) to 1 (white).
    // Out of line: one copy of the arithmetic, however many colours are compared.
    #[inline(never)]
    pub fn luminance(self) -> f64 {
        0.2126 * linear(self.0) + 0.7152 * linear(self.1) + 0.0722 * linear(self.2)
    }
}

/// An 8-bit sRGB channel, linearised.
fn linear(channel: u8) -> f64 {
    let c = f64::from(channel) / 255.0;
    if c <= 0.04045 {
        c / 12.92
    } else {
        let x = (c + 0.055) / 1.055;
        // x^2.4 = x² · (x²)^(1/5); the fifth root by Newton's method from above (x² lies in
        // [0.008, 1], so the root in [0.38, 1]): no `powf`, whose code the wasm would carry.
        let a = x * x;
        let mut y = 1.0;
        for _ in 0..24 {
            let y4 = (y * y) * (y * y);
            y = (4.0 * y + a / y4) / 5.0;
        }
        a * y
    }
}

/// WCAG's contrast ratio of two colours, 1 to 21, in either order.
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (a.luminance(), b.luminance());
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// Text on a control or bar (4.5:1), and small text on a background.
pub const TEXT_RATIO: f64 = 4.5;
/// A control's colour against what is next to it, and large text (3:1).
pub const GRAPHIC_RATIO: f64 = 3.0;

/// The text colours the accent may carry (`--c-accent-text` in `styles/tokens.css`: the
/// light theme's white and the dark theme's ink).
pub const ON_ACCENT: [Rgb; 2] = [Rgb(0xff, 0xff, 0xff), Rgb(0x0b, 0x12, 0x20)];

/// A theme's colours that the accent meets (`styles/tokens.css`; a test holds them equal).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Palette {
    /// `--c-bg`, `--c-surface`, `--c-surface-raised`.
    pub backgrounds: [Rgb; 3],
}

/// The light theme's colours.
pub const LIGHT: Palette = Palette {
    backgrounds: [
        Rgb(0xff, 0xff, 0xff),
        Rgb(0xf4, 0xf5, 0xf7),
        Rgb(0xff, 0xff, 0xff),
    ],
};

/// The dark theme's colours.
pub const DARK: Palette = Palette {
    backgrounds: [
        Rgb(0x14, 0x17, 0x1d),
        Rgb(0x1e, 0x23, 0x2c),
        Rgb(0x26, 0x2c, 0x37),
    ],
};

impl Palette {
    /// The lowest contrast of `colour` against the theme's backgrounds.
    pub fn contrast(&self, colour: Rgb) -> f64 {
        self.backgrounds
            .iter()
            .map(|&b| contrast(colour, b))
            .fold(f64::INFINITY, f64::min)
    }
}

/// An accent that passed [`check`]: its colour and the text colour on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Accent {
    pub colour: Rgb,
    /// The one of [`ON_ACCENT`] that reads best on it.
    pub on: Rgb,
}

/// The rule an accent misses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    /// No text colour on it reaches 4.5:1.
    Text,
    /// Against one of the light theme's backgrounds it stays under 3:1.
    Light,
    /// The same, in the dark theme.
    Dark,
}

/// Why an accent is refused: the first rule it misses (text, then light, then dark) and the
/// best ratio it reaches there, in tenths rounded down (so a ratio just under a threshold
/// never reads as reaching it: 4.49 is 44). With today's palettes a colour can miss one rule
/// only: text fails for luminances between 0.183 and 0.203, where both themes' 3:1 hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Refusal {
    pub rule: Rule,
    pub tenths: u32,
}

/// `colour`, checked for a page whose theme is `theme` (`Auto`: both): the accent, or the
/// first rule it misses.
pub fn check(colour: Rgb, theme: Theme) -> Result<Accent, Refusal> {
    let [white, ink] = ON_ACCENT.map(|t| contrast(colour, t));
    let best = white.max(ink);
    let (rule, ratio) = if best < TEXT_RATIO {
        (Rule::Text, best)
    } else {
        let light = LIGHT.contrast(colour);
        let dark = DARK.contrast(colour);
        if theme != Theme::Dark && light < GRAPHIC_RATIO {
            (Rule::Light, light)
        } else if theme != Theme::Light && dark < GRAPHIC_RATIO {
            (Rule::Dark, dark)
        } else {
            return Ok(Accent {
                colour,
                on: ON_ACCENT[usize::from(ink > white)],
            });
        }
    };
    Err(Refusal {
        rule,
        tenths: (ratio * 10.0) as u32,
    })
}

impl Accent {
    /// The CSS custom properties that carry it (`styles/tokens.css` reads each with the
    /// theme's own colour as the fallback), to be set on the widget's root through the CSSOM
    /// (a strict `style-src` refuses `style` attributes, not the CSSOM): the colour and the
    /// text on it.
    pub fn properties(&self) -> [(&'static str, String); 2] {
        [
            ("--twofold-accent", self.colour.hex()),
            ("--twofold-on-accent", self.on.hex()),
        ]
    }
}
