//! The embedder's accent colour: read from `#rrggbb` / `#rgb`, WCAG's contrast computed
//! (checked against `powf` and against known ratios), refused with every rule it misses in
//! the page's theme(s), the tokens it sets, and the palettes equal to `styles/tokens.css`.
#![cfg(not(target_arch = "wasm32"))]

use twofold_core::accent::{check, contrast, Accent, Refusal, Rgb, Rule, DARK, LIGHT, ON_ACCENT};
use twofold_core::config::{Config, Theme};

const WHITE: Rgb = Rgb(255, 255, 255);
const BLACK: Rgb = Rgb(0, 0, 0);

fn rgb(hex: &str) -> Rgb {
    Rgb::parse(hex).unwrap_or_else(|| panic!("{hex} is a colour"))
}

#[test]
fn a_colour_is_six_or_three_hex_digits_with_or_without_its_hash() {
    assert_eq!(Rgb::parse("#b5179e"), Some(Rgb(0xb5, 0x17, 0x9e)));
    assert_eq!(Rgb::parse("B5179E"), Some(Rgb(0xb5, 0x17, 0x9e)));
    assert_eq!(Rgb::parse("#abc"), Some(Rgb(0xaa, 0xbb, 0xcc)));
    assert_eq!(Rgb::parse("0F0"), Some(Rgb(0, 255, 0)));
    for bad in [
        "",
        "#",
        "#abcd",
        "#12345",
        "#1234567",
        "ggg",
        "#b5179g",
        "blue",
        "rgb(1,2,3)",
        "#ééé",
        "##abc",
        "+abc",
    ] {
        assert_eq!(Rgb::parse(bad), None, "{bad:?}");
    }
    assert_eq!(rgb("#B5179E").hex(), "#b5179e");
    assert_eq!(Rgb(0, 10, 255).hex(), "#000aff");
}

#[test]
fn luminance_is_wcags_for_every_channel_value() {
    // Grey has the channel's own linear value (the weights sum to 1): checked against powf.
    for v in 0..=255u8 {
        let c = f64::from(v) / 255.0;
        let expected = if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        };
        let got = Rgb(v, v, v).luminance();
        assert!((got - expected).abs() < 1e-12, "{v}: {got} vs {expected}");
    }
    assert_eq!(BLACK.luminance(), 0.0);
    assert!((WHITE.luminance() - 1.0).abs() < 1e-12);
}

#[test]
fn contrast_matches_known_ratios() {
    let near = |a: f64, b: f64| (a - b).abs() < 0.005;
    assert!(near(contrast(WHITE, BLACK), 21.0));
    assert!(near(contrast(BLACK, WHITE), 21.0), "either order");
    assert!(near(contrast(WHITE, WHITE), 1.0));
    // The classic greys either side of 4.5:1 on white.
    assert!(near(contrast(rgb("#777777"), WHITE), 4.48));
    assert!(near(contrast(rgb("#767676"), WHITE), 4.54));
    assert!(contrast(rgb("#777777"), WHITE) < 4.5 && contrast(rgb("#767676"), WHITE) >= 4.5);
    assert!(near(contrast(rgb("#1f5fbf"), WHITE), 6.09));
}

#[test]
fn the_default_accents_pass_in_their_own_theme() {
    let light = check(rgb("#1f5fbf"), Theme::Light).unwrap();
    assert_eq!(light.on, WHITE);
    let dark = check(rgb("#8ab4ff"), Theme::Dark).unwrap();
    assert_eq!(dark.on, ON_ACCENT[1], "dark text on the light blue");
}

#[test]
fn an_accent_for_auto_passes_in_both_themes_with_the_text_that_reads_best() {
    // Blue 700: white text 4.6:1, 4.2:1 on the light backgrounds, 3.05:1 on the dark ones.
    let blue = check(rgb("#1976d2"), Theme::Auto).unwrap();
    assert_eq!(blue.on, WHITE);
    // Orange: dark text 4.9:1 (white only 3.8:1), 3.47 and 3.70 against the backgrounds.
    let orange = check(rgb("#e65100"), Theme::Auto).unwrap();
    assert_eq!(orange.on, ON_ACCENT[1]);
}

fn refused(rule: Rule, tenths: u32) -> Result<Accent, Refusal> {
    Err(Refusal { rule, tenths })
}

#[test]
fn the_rule_missed_is_given_with_its_ratio_rounded_down_in_the_themes_shown() {
    // Magenta: fine on light, too dark against the dark theme's cards (2.39:1).
    let magenta = rgb("#b5179e");
    assert!(check(magenta, Theme::Light).is_ok());
    assert_eq!(check(magenta, Theme::Auto), refused(Rule::Dark, 23));
    assert_eq!(check(magenta, Theme::Dark), refused(Rule::Dark, 23));
    // Yellow: dark text reads on it, but it vanishes on white (1.12:1).
    assert_eq!(check(rgb("#ffeb3b"), Theme::Auto), refused(Rule::Light, 11));
    assert!(check(rgb("#ffeb3b"), Theme::Dark).is_ok());
    // Mid grey: neither white (4.29) nor dark text (4.36) reaches 4.5:1, in any theme.
    for theme in [Theme::Auto, Theme::Light, Theme::Dark] {
        assert_eq!(check(rgb("#7a7a7a"), theme), refused(Rule::Text, 43));
    }
    // Just under: on #787878 white reaches 4.42:1 (dark text 4.24:1), shown as 4.4.
    assert_eq!(check(rgb("#787878"), Theme::Light), refused(Rule::Text, 44));
    // Lighter grey: dark text 5.4:1, 3.2:1 and 4.1:1 against the backgrounds.
    assert!(check(rgb("#8a8a8a"), Theme::Auto).is_ok());
    assert_eq!(check(rgb("#595959"), Theme::Auto), refused(Rule::Dark, 20));
}

/// With today's palettes no colour misses two rules (so the first is the only one): a
/// sweep of colours either pass or miss one rule, the one the ratios say.
#[test]
fn a_refusal_names_the_rule_the_ratios_miss() {
    for v in (0..=255u8).step_by(3) {
        for colour in [
            Rgb(v, v, v),
            Rgb(v, 0, 255 - v),
            Rgb(255 - v, v / 2, 0),
            Rgb(0, v, v),
        ] {
            let best = ON_ACCENT
                .map(|t| contrast(colour, t))
                .into_iter()
                .fold(0.0, f64::max);
            let (light, dark) = (LIGHT.contrast(colour), DARK.contrast(colour));
            let misses = [best < 4.5, light < 3.0, dark < 3.0];
            assert!(misses.iter().filter(|m| **m).count() <= 1, "{colour:?}");
            let expected = match misses {
                [true, _, _] => refused(Rule::Text, (best * 10.0) as u32),
                [_, true, _] => refused(Rule::Light, (light * 10.0) as u32),
                [_, _, true] => refused(Rule::Dark, (dark * 10.0) as u32),
                _ => Ok(check(colour, Theme::Auto).unwrap()),
            };
            assert_eq!(check(colour, Theme::Auto), expected, "{colour:?}");
        }
    }
}

#[test]
fn an_accent_sets_its_tokens() {
    let blue = check(rgb("#1976d2"), Theme::Auto).unwrap();
    assert_eq!(
        blue.properties(),
        [
            ("--twofold-accent", "#1976d2".to_string()),
            ("--twofold-on-accent", "#ffffff".to_string())
        ]
    );
    let yellow = check(rgb("#FFEB3B"), Theme::Dark).unwrap();
    assert_eq!(yellow.on, ON_ACCENT[1]);
    assert_eq!(yellow.properties()[0].1, "#ffeb3b");
    assert_eq!(yellow.properties()[1].1, "#0b1220");
}

/// The value of `--name: #xxxxxx` in a block of CSS.
fn token(block: &str, name: &str) -> Rgb {
    let at = block
        .find(&format!("{name}:"))
        .unwrap_or_else(|| panic!("{name}"));
    let value = &block[at + name.len() + 1..];
    let value = value[..value.find(';').unwrap()].trim();
    // `var(--twofold-…, #xxxxxx)`: the theme's own colour is the fallback.
    let value = value
        .rsplit(", ")
        .next()
        .unwrap()
        .trim_end_matches(')')
        .trim();
    rgb(value)
}

#[test]
fn the_palettes_are_the_themes_tokens() {
    let css = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../styles/tokens.css"))
        .unwrap();
    let light = &css[..css.find("[data-theme=\"dark\"] {").unwrap()];
    let dark_at = css.find(".twofold[data-theme=\"dark\"] {").unwrap();
    let dark = &css[dark_at..];
    let auto_dark = &css[css.find("@media (prefers-color-scheme: dark)").unwrap()..];
    for (block, palette, on) in [
        (light, LIGHT, ON_ACCENT[0]),
        (dark, DARK, ON_ACCENT[1]),
        (auto_dark, DARK, ON_ACCENT[1]),
    ] {
        let names = ["--c-bg", "--c-surface", "--c-surface-raised"];
        for (name, colour) in names.iter().zip(palette.backgrounds) {
            assert_eq!(token(block, name), colour, "{name}");
        }
        assert_eq!(token(block, "--c-accent-text"), on);
    }
}

#[test]
fn the_query_takes_an_accent_that_passes_and_names_every_rule_one_misses() {
    let decks = [];
    let (config, problems) = Config::from_query("?accent=%231976d2", &decks);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(config.accent.map(|a| a.colour), Some(rgb("#1976d2")));
    let (config, problems) = Config::from_query("?accent=b5179e&theme=light", &decks);
    assert!(problems.is_empty(), "{problems:?}");
    assert!(config.accent.is_some(), "no # is needed");
    // The theme given after the accent still counts.
    for query in ["?accent=b5179e&theme=dark", "?theme=dark&accent=b5179e"] {
        let (config, problems) = Config::from_query(query, &decks);
        assert_eq!(config.accent, None, "the default is used");
        let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            text,
            ["accent=\"b5179e\" is not used: against the dark theme's backgrounds this colour reaches only 2.3:1 (3:1 needed); the default colour is used."]
        );
    }
    let (_, problems) = Config::from_query("?accent=%23ccc", &decks);
    let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        text,
        ["accent=\"#ccc\" is not used: against the light theme's backgrounds this colour reaches only 1.4:1 (3:1 needed); the default colour is used."]
    );
    let (_, problems) = Config::from_query("?accent=%237a7a7a", &decks);
    let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        text,
        [
            "accent=\"#7a7a7a\" is not used: no text on this colour reaches 4.5:1 (the best reaches 4.3:1); the default colour is used.",
        ]
    );
    let (config, problems) = Config::from_query("?accent=blue", &decks);
    assert_eq!(config.accent, None);
    assert_eq!(
        problems[0].to_string(),
        "accent=\"blue\" is not recognised (use one of: #rrggbb, rrggbb, #rgb); the default is used."
    );
}
