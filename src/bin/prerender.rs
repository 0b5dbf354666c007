//! The build's pre-renderer (`cargo run --features prerender --bin prerender`, on the host;
//! `scripts/prerender.mjs` runs it): every entry page's first screen in every language, as
//! Yew's server renderer writes the app's first render (`twofold::ui::prerender`).
//!
//! `prerender <dist> <manifest.json> <page>...` prints one JSON object,
//! `{"<page>": {"<lang code>": "<markup>", …}, …}`, reading the published content files and
//! language tables the manifest names from `<dist>`.

use std::fmt::Write as _;
use std::path::Path;
use std::process::ExitCode;

use twofold::content::Manifest;
use twofold::i18n::Lang;
use twofold::ui::prerender::{content_files, first_screen, install};

fn main() -> ExitCode {
    match run() {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("prerender: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<String, String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dist, manifest, pages @ ..] = args.as_slice() else {
        return Err("usage: prerender <dist> <manifest.json> <page>...".into());
    };
    let read =
        |path: &Path| std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()));
    let manifest_text = read(Path::new(manifest))?;
    let parse = || Manifest::parse(&manifest_text).map_err(|e| format!("the manifest: {e:?}"));
    let m = parse()?;
    let mut langs = vec![Lang::En];
    for lang in Lang::ALL.into_iter().skip(1) {
        if let Some(table) = m.table(lang) {
            install(lang, &read(&Path::new(dist).join(table))?)?;
            langs.push(lang);
        }
    }
    let mut out = String::from("{");
    for (i, page) in pages.iter().enumerate() {
        let _ = write!(out, "{}{}:{{", if i > 0 { "," } else { "" }, quote(page));
        for (j, lang) in langs.iter().enumerate() {
            let mut files = Vec::new();
            for href in content_files(&m, *lang) {
                let text = read(&Path::new(dist).join(&href))?;
                files.push((href, text));
            }
            let markup = first_screen(page, *lang, parse()?, files);
            let sep = if j > 0 { "," } else { "" };
            let _ = write!(out, "{sep}{}:{}", quote(lang.code()), quote(&markup));
        }
        out.push('}');
    }
    out.push('}');
    Ok(out)
}

/// A JSON string.
fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
