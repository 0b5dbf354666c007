//! The build's pre-renderer (`cargo run --features prerender --bin prerender`, on the host;
//! `scripts/prerender.mjs` runs it once per language): every entry page's first screen in one
//! language, as Yew's server renderer writes the app's first render (`twofold::ui::prerender`).
//!
//! `prerender <dist> <manifest.json> <lang code> <page>...` prints one JSON object,
//! `{"<page>": "<markup>", …}`. English renders from the page's manifest; another language
//! from its published table, the one the manifest's `langs` names (`content/<code>/i18n.<hash>.txt`
//! in `<dist>`): the manifest at its head names the content files read from `<dist>`, its
//! texts are the widget's words. One language a run: a process installs one table.

use std::fmt::Write as _;
use std::path::Path;
use std::process::ExitCode;

use twofold::content::Manifest;
use twofold::i18n::Lang;
use twofold::json;
use twofold::ui::prerender::{content_files, first_screen, install, split_table};

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
    let [dist, manifest, code, pages @ ..] = args.as_slice() else {
        return Err("usage: prerender <dist> <manifest.json> <lang code> <page>...".into());
    };
    let dist = Path::new(dist);
    let read =
        |path: &Path| std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()));
    let lang = Lang::from_code(code).ok_or(format!("no language {code}"))?;
    let mut manifest_text = read(Path::new(manifest))?;
    if lang != Lang::En {
        let href = table_href(&manifest_text, code)?;
        let table = read(&dist.join(&href))?;
        let (head, texts) = split_table(&table).ok_or(format!("{href} has no head"))?;
        install(lang, texts.to_string());
        manifest_text = head.to_string();
    }
    let parse = || Manifest::parse(&manifest_text).map_err(|e| format!("the manifest: {e:?}"));
    let mut files = Vec::new();
    for href in content_files(&parse()?) {
        let text = read(&dist.join(&href))?;
        files.push((href, text));
    }
    let mut out = String::from("{");
    for (i, page) in pages.iter().enumerate() {
        let markup = first_screen(page, lang, parse()?, files.clone());
        let sep = if i > 0 { "," } else { "" };
        let _ = write!(out, "{sep}{}:{}", quote(page), quote(&markup));
    }
    out.push('}');
    Ok(out)
}

/// The href of `code`'s table in the manifest's `langs` (`{"ar":"content/ar/i18n.<hash>.txt",…}`).
fn table_href(manifest: &str, code: &str) -> Result<String, String> {
    let root = json::parse(manifest).map_err(|e| format!("the manifest: {e:?}"))?;
    let href = root.get("langs").and_then(|langs| langs.get(code));
    href.and_then(|h| json::text(h).ok())
        .ok_or(format!("the manifest names no table for {code}"))
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
