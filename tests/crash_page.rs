//! The page's crash screen (`index.html`, copied into every entry page) carries the crash
//! texts as markup (the page shows them when the wasm cannot start or has stopped, so they
//! cannot come from the wasm); the message table (`crash.*`) is their source, and this test
//! keeps the two equal. It must stay hidden until needed, be an alert, and carry, for every
//! language the widget ships, a block (`role="main"`) with that language's `lang` and `dir`
//! holding its table's heading, sentence and reload link (the first block is the default;
//! the others wait, hidden, for `?lang=`).
#![cfg(not(target_arch = "wasm32"))]

use twofold::i18n::{Catalog, Lang, MessageId};
use twofold::ui::CRASH_ID;

const PAGE: &str = include_str!("../index.html");

/// The crash element's markup, from its opening tag to the page's `<noscript>`.
fn crash_markup() -> &'static str {
    let start = PAGE
        .find(&format!("id=\"{CRASH_ID}\""))
        .expect("index.html has the crash element");
    let end = PAGE[start..].find("<noscript").expect("noscript after it");
    &PAGE[start..start + end]
}

/// The language's table as the widget reads it (`content/i18n/<code>.json`; English's is
/// also compiled in, and equal to it).
fn table(lang: Lang) -> Catalog {
    let path = format!(
        "{}/content/i18n/{}.json",
        env!("CARGO_MANIFEST_DIR"),
        lang.code()
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    Catalog::parse(&text, lang.plural_rule()).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The text between `open` and `close` in `html`, trimmed, if both are there.
fn between<'a>(html: &'a str, open: &str, close: &str) -> Option<&'a str> {
    let from = html.find(open)? + open.len();
    let to = html[from..].find(close)?;
    Some(html[from..from + to].trim())
}

#[test]
fn the_crash_element_is_a_hidden_alert() {
    let markup = crash_markup();
    let tag = &markup[..markup.find('>').unwrap()];
    assert!(tag.contains(" hidden"), "{tag}");
    assert!(tag.contains("role=\"alert\""), "{tag}");
}

#[test]
fn every_language_has_a_heading_a_sentence_and_a_reload_link() {
    let markup = crash_markup();
    for (n, lang) in Lang::ALL.into_iter().enumerate() {
        let open = format!("<div lang=\"{}\" dir=\"{}\"", lang.code(), lang.dir());
        let at = markup
            .find(&open)
            .unwrap_or_else(|| panic!("no {open}> block in the crash element"));
        let block = &markup[at..];
        let block = &block[..block.find("</div>").unwrap()];
        assert_eq!(
            block.starts_with(&format!("{open} hidden")),
            n > 0,
            "{block}"
        );
        let table = table(lang);
        for (id, text) in [
            (MessageId::CrashHeading, between(block, "<h1>", "</h1>")),
            (MessageId::CrashBody, between(block, "<p>", "</p>")),
            (
                MessageId::CrashReload,
                between(block, "<a class=\"button\" href=\"\">", "</a>"),
            ),
        ] {
            assert_eq!(text, Some(table.text(id)), "{}: {}", lang.code(), id.key());
        }
    }
}
