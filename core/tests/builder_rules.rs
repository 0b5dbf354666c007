//! The embed-code builder (`builder/rules.mjs`) mirrors three of the widget's rules so it can
//! show them live: the accent's contrast (`accent::check`), `?parentOrigin=`
//! (`host::parse_origin`) and `?shareUrl=` (`config::share_url`). Node runs the builder's
//! module on tables of colours and addresses, and every answer must be the core's: the same
//! verdict, rule, text colour and ratio (to 1e-9). Also: every text the builder page and its
//! script name is in its English table, and every text of the table is used.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde_json::{json, Value};
use twofold_core::accent::{check, contrast, Rgb, Rule, DARK, LIGHT, ON_ACCENT};
use twofold_core::config::{share_url, Theme};
use twofold_core::host::parse_origin;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Runs `builder/rules.mjs` in Node on `input` (see SCRIPT) and returns its answers.
fn run_rules(input: &Value) -> Value {
    let module = root().join("builder/rules.mjs").canonicalize().unwrap();
    let script = format!(
        r#"import * as r from {module:?};
let text = '';
process.stdin.on('data', (d) => (text += d));
process.stdin.on('end', () => {{
  const t = JSON.parse(text);
  const out = {{
    checks: t.checks.map(([c, theme]) => r.checkAccent(r.parseColour(c), theme)),
    contrasts: t.contrasts.map(([a, b]) => r.contrast(a, b)),
    parsed: t.parsed.map((c) => r.parseColour(c)),
    origins: t.origins.map((o) => r.parseOrigin(o)),
    shares: t.shares.map((s) => r.shareUrl(s)),
  }};
  process.stdout.write(JSON.stringify(out));
}});"#,
        module = format!("file://{}", module.display())
    );
    let mut child = Command::new("node")
        .args(["--input-type=module", "-e", &script])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("node (installed by scripts/setup.sh) runs the builder's rules");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.to_string().as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "node failed");
    serde_json::from_slice(&out.stdout).unwrap()
}

/// A sweep of colours: every grey, and hues around the wheel at several lightnesses.
fn colours() -> Vec<Rgb> {
    let mut out: Vec<Rgb> = (0..=255u8).map(|v| Rgb(v, v, v)).collect();
    for a in (0..=255u8).step_by(17) {
        for b in (0..=255u8).step_by(51) {
            out.extend([
                Rgb(a, b, 255 - a),
                Rgb(255 - b, a, b / 2),
                Rgb(b, 255 - a, a),
            ]);
        }
    }
    // The README's and the tests' examples, and the themes' own colours.
    for hex in [
        "#1976d2", "#e65100", "#b5179e", "#ffeb3b", "#7a7a7a", "#787878", "#1f5fbf", "#8ab4ff",
    ] {
        out.push(Rgb::parse(hex).unwrap());
    }
    out.extend(ON_ACCENT);
    out.extend(LIGHT.backgrounds.iter().chain(&DARK.backgrounds));
    out
}

const THEMES: [(Theme, &str); 3] = [
    (Theme::Auto, "auto"),
    (Theme::Light, "light"),
    (Theme::Dark, "dark"),
];

#[test]
fn the_builders_contrast_rule_is_the_widgets_on_a_table_of_colours() {
    let colours = colours();
    let checks: Vec<Value> = colours
        .iter()
        .flat_map(|c| THEMES.map(|(_, name)| json!([c.hex(), name])))
        .collect();
    let pairs: Vec<(Rgb, Rgb)> = colours
        .iter()
        .flat_map(|&c| {
            ON_ACCENT
                .iter()
                .chain(&LIGHT.backgrounds)
                .chain(&DARK.backgrounds)
                .map(move |&b| (c, b))
        })
        .collect();
    let contrasts: Vec<Value> = pairs
        .iter()
        .map(|(a, b)| json!([a.hex(), b.hex()]))
        .collect();
    let answers = run_rules(&json!({
        "checks": checks, "contrasts": contrasts, "parsed": [], "origins": [], "shares": []
    }));
    let mut n = 0;
    for (i, c) in colours.iter().enumerate() {
        for (j, (theme, name)) in THEMES.iter().enumerate() {
            let js = &answers["checks"][i * 3 + j];
            let core = match check(*c, *theme) {
                Ok(accent) => json!({"ok": true, "on": accent.on.hex()}),
                Err(r) => {
                    let rule = match r.rule {
                        Rule::Text => "text",
                        Rule::Light => "light",
                        Rule::Dark => "dark",
                    };
                    json!({"ok": false, "rule": rule, "tenths": r.tenths})
                }
            };
            assert_eq!(js, &core, "{} in theme {name}", c.hex());
            n += 1;
        }
    }
    for (k, (a, b)) in pairs.iter().enumerate() {
        let js = answers["contrasts"][k].as_f64().unwrap();
        assert!(
            (js - contrast(*a, *b)).abs() < 1e-9,
            "{} on {}",
            a.hex(),
            b.hex()
        );
    }
    assert!(n > 1_500, "{n} verdicts compared");
    // Both sides refuse and accept colours (the table is not all one verdict).
    let verdicts: Vec<&Value> = answers["checks"].as_array().unwrap().iter().collect();
    for rule in ["text", "light", "dark"] {
        assert!(verdicts.iter().any(|v| v["rule"] == rule), "{rule}");
    }
    assert!(verdicts
        .iter()
        .any(|v| v["ok"] == true && v["on"] == "#0b1220"));
    assert!(verdicts
        .iter()
        .any(|v| v["ok"] == true && v["on"] == "#ffffff"));
}

#[test]
fn the_builder_reads_colours_origins_and_share_urls_as_the_widget_does() {
    let colours = [
        "#b5179e",
        "B5179E",
        "#abc",
        "0F0",
        "",
        "#",
        "#abcd",
        "#12345",
        "ggg",
        "#b5179g",
        "blue",
        " #abc",
        "#abc ",
        "##abc",
        "#ééé",
        "rgb(1,2,3)",
    ];
    let origins = [
        "https://blog.example.org",
        "HTTPS://Blog.Example.org/",
        "http://localhost:8080//",
        " https://a.example ",
        "\u{85}https://a.example\u{a0}",
        "\u{feff}https://a.example",
        "https://a.example/post",
        "https://a.example?x",
        "https://",
        "ftp://a.example",
        "https://\u{212a}.example",
        "https://[::1]:8080",
        "https://a_b.example",
        "*",
        "null",
        "",
    ];
    let shares = [
        "https://blog.example/post",
        "HTTPS://Blog.Example/Post?p=12&x=1",
        "https://blog.example/post#comments",
        "https://blog.example/é",
        "http://localhost:8000/p.html",
        "javascript:alert(1)",
        "//blog.example/post",
        "https://",
        "https:///post",
        "https://?q",
        "https://@blog.example",
        "https://:80/",
        "https://blog example/",
        "https://blog.example/\"><script>",
        "https://blog.example\\evil",
        "https://blog.example/\u{7f}",
        " https://blog.example/",
        "https://blog.example/#a b",
        "ſhttps://blog.example/",
        "https://blog.example/\u{2028}",
    ];
    let answers = run_rules(&json!({
        "checks": [], "contrasts": [], "parsed": colours, "origins": origins, "shares": shares
    }));
    for (i, c) in colours.iter().enumerate() {
        let core = Rgb::parse(c).map(|Rgb(r, g, b)| json!([r, g, b]));
        assert_eq!(answers["parsed"][i], core.unwrap_or(Value::Null), "{c:?}");
    }
    for (i, o) in origins.iter().enumerate() {
        assert_eq!(answers["origins"][i], json!(parse_origin(o)), "{o:?}");
    }
    for (i, s) in shares.iter().enumerate() {
        assert_eq!(answers["shares"][i], json!(share_url(s)), "{s:?}");
    }
}

/// The text after each `open` up to `close`: the keys a page or script names.
fn keys_named(text: &str, open: &str, close: char) -> Vec<String> {
    text.split(open)
        .skip(1)
        .filter_map(|rest| rest.split(close).next())
        .map(str::to_owned)
        .collect()
}

#[test]
fn every_text_the_builder_names_is_in_its_table_and_every_text_is_used() {
    let read = |p: &str| std::fs::read_to_string(root().join(p)).unwrap();
    let table: serde_json::Map<String, Value> =
        serde_json::from_str(&read("content/i18n/builder/en.json")).unwrap();
    let (page, script) = (read("builder/builder.html"), read("builder/builder.js"));
    let mut named = keys_named(&page, "data-t=\"", '"');
    // Every quoted key in the script (`say('builder.copied')`, `t['builder.frame_home']`).
    named.extend(
        keys_named(&script, "'builder.", '\'')
            .into_iter()
            .map(|k| format!("builder.{k}")),
    );
    // The accent's refusals are named by their rule (`builder.accent_${rule}`).
    assert!(script.contains("say(`builder.accent_${verdict.rule}`"));
    named.extend(["text", "light", "dark"].map(|r| format!("builder.accent_{r}")));
    for key in &named {
        assert!(
            table.contains_key(key),
            "{key} is not in content/i18n/builder/en.json"
        );
    }
    for key in table.keys() {
        assert!(named.contains(key), "{key} is never shown");
    }
}
