//! The page's crash screen (`index.html`, copied into every entry page) carries, for every
//! language the widget ships, the string table's crash texts in a block with that
//! language's `lang` and `dir`: the page shows them when the wasm cannot, so they must
//! never drift from the tables.
#![cfg(not(target_arch = "wasm32"))]

use twofold::i18n::Lang;
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

#[test]
fn the_crash_element_is_hidden_and_an_alert() {
    let tag = &crash_markup()[..crash_markup().find('>').unwrap()];
    assert!(tag.contains(" hidden"), "{tag}");
    assert!(tag.contains("role=\"alert\""), "{tag}");
}

#[test]
fn every_language_has_its_crash_texts_in_the_page() {
    let markup = crash_markup();
    for (n, lang) in Lang::ALL.into_iter().enumerate() {
        let open = format!("<div lang=\"{}\" dir=\"{}\"", lang.code(), lang.dir());
        let at = markup
            .find(&open)
            .unwrap_or_else(|| panic!("no {open}> block in the crash element"));
        let block = &markup[at..];
        let block = &block[..block.find("</div>").unwrap()];
        // The first block is the default; the others wait, hidden, for ?lang=.
        assert_eq!(
            block.starts_with(&format!("{open} hidden")),
            n > 0,
            "{block}"
        );
        let s = lang.strings();
        for text in [
            format!("<h1>{}</h1>", s.crash_heading),
            format!("<p>{}</p>", s.crash_body),
            format!("href=\"\">{}</a>", s.reload),
        ] {
            assert!(block.contains(&text), "{} block lacks {text}", lang.code());
        }
    }
}
