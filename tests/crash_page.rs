//! The page's crash screen (`index.html`, copied into every entry page) carries the crash
//! texts as markup in English (the page shows them when the wasm cannot start or has
//! stopped, so they cannot come from the wasm); the English table (`crash.*`) is their
//! source, and this test keeps the two equal. It must stay hidden until needed, be an alert,
//! and hold one block (`role="main"`, `lang="en"`, `dir="ltr"`) with the heading, sentence
//! and reload link. In another language, `js/page.js` words that block from the language's
//! published table, whose first three texts are the crash ones (the first three message
//! ids), and sets its `dir` from its list of right-to-left languages, which this test
//! keeps in step with [`Lang::dir`].
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
fn the_english_block_holds_the_tables_heading_sentence_and_reload_link() {
    let markup = crash_markup();
    let open = "<div lang=\"en\" dir=\"ltr\" role=\"main\">";
    let at = markup.find(open).expect("the English block");
    let block = &markup[at..];
    let block = &block[..block.find("</div>").unwrap()];
    assert_eq!(markup.matches("<div lang=").count(), 1, "one block");
    let table = table(Lang::En);
    for (id, text) in [
        (MessageId::CrashHeading, between(block, "<h1>", "</h1>")),
        (MessageId::CrashBody, between(block, "<p>", "</p>")),
        (
            MessageId::CrashReload,
            between(block, "<a class=\"button\" href=\"\">", "</a>"),
        ),
    ] {
        assert_eq!(text, Some(table.text(id)), "{}", id.key());
    }
}

#[test]
fn every_language_words_it_from_its_tables_first_texts_in_its_direction() {
    assert_eq!(
        MessageId::ALL[..3],
        [
            MessageId::CrashHeading,
            MessageId::CrashBody,
            MessageId::CrashReload
        ],
        "js/page.js reads the crash texts first"
    );
    let script = include_str!("../js/page.js");
    let list = between(script, "const RTL = [", "];").expect("js/page.js lists RTL languages");
    let rtl: Vec<&str> = list
        .split(',')
        .map(|c| c.trim().trim_matches('\''))
        .collect();
    for lang in Lang::ALL {
        let table = table(lang);
        for id in [
            MessageId::CrashHeading,
            MessageId::CrashBody,
            MessageId::CrashReload,
        ] {
            assert!(!table.text(id).is_empty(), "{}: {}", lang.code(), id.key());
        }
        assert_eq!(
            rtl.contains(&lang.code()),
            lang.dir() == "rtl",
            "{}",
            lang.code()
        );
    }
}
