//! The learner's language: which one the widget picks (`?lang=`, the LMS, the browser),
//! the manifest as the widget reads it, a published table read and installed for the page's life, and a
//! game saved in one language resuming in another (saves name ids, never words).
#![cfg(not(target_arch = "wasm32"))]

use twofold_core::config::Config;
use twofold_core::content::Manifest;
use twofold_core::deck::parse_deck;
use twofold_core::game::{Action, FeedbackMode, Game, Opening, SaveForm};
use twofold_core::i18n::{Catalog, Lang, Message, MessageId, FORM, RECORD};

const MANIFEST: &str = r#"{
  "decks":[{"id":"a","href":"content/a.1.json"},{"id":"b","href":"content/b.2.json"}],
  "chooser":"content/cp.3.json",
  "langs":{"ar":"content/ar/i18n.4.txt","es":"content/es/i18n.7.txt"}}"#;

fn read(path: &str) -> String {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    std::fs::read_to_string(format!("{root}/{path}")).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn the_widget_reads_the_manifests_english_files_and_leaves_the_languages_to_the_page() {
    // `langs` is for js/page.js (it points `decks` and `chooser` at the chosen language's
    // files before the widget reads the manifest again): accepted, never read.
    let m = Manifest::parse(MANIFEST).unwrap();
    assert_eq!(
        m.deck_ids().collect::<Vec<_>>(),
        ["a", "b"],
        "ids are English's"
    );
    assert_eq!(m.deck_href("a"), Some("content/a.1.json"));
    assert_eq!(m.deck_href("c"), None);
    assert_eq!(m.chooser, "content/cp.3.json");
    let without = Manifest::parse(
        r#"{"decks":[{"id":"a","href":"content/a.1.json"},{"id":"b","href":"content/b.2.json"}],
            "chooser":"content/cp.3.json"}"#,
    )
    .unwrap();
    assert_eq!(m, without, "langs changes nothing the widget reads");
}

fn chosen(query: &str, lms: Option<&str>, browser: &[&str]) -> Lang {
    let (mut config, _) = Config::from_query(query, &[]);
    config.choose_lang(lms, browser);
    config.lang
}

#[test]
fn the_language_is_the_querys_then_the_lmss_then_the_browsers_then_english() {
    assert_eq!(chosen("?lang=fr-CA", Some("es"), &["ar"]), Lang::Fr);
    assert_eq!(
        chosen("?lang=en", None, &["ar"]),
        Lang::En,
        "an asked English wins"
    );
    assert_eq!(chosen("", Some("es-MX"), &["ar"]), Lang::Es);
    assert_eq!(chosen("?lang=fr", Some("ar,en"), &["es"]), Lang::Fr);
    assert_eq!(chosen("", Some("ar,en"), &["es"]), Lang::Ar);
    assert_eq!(
        chosen("", Some("de"), &["es"]),
        Lang::Es,
        "an LMS language without a table"
    );
    assert_eq!(chosen("", None, &["de-DE", "ar-EG", "fr"]), Lang::Ar);
    assert_eq!(
        chosen("?lang=de", None, &["fr-BE"]),
        Lang::Fr,
        "a bad ?lang= is passed over"
    );
    assert_eq!(chosen("", None, &[]), Lang::En);
    assert_eq!(chosen("", None, &["de", "ja"]), Lang::En);
}

#[test]
fn a_fetched_table_is_installed_for_the_page_and_fills_its_gaps_in_english() {
    // Before: every language reads English's table.
    assert!(std::ptr::eq(Lang::Fr.catalog(), Catalog::english()));
    let table = Catalog::parse(r#"{"home.heading": "Bonjour"}"#, Lang::Fr.plural_rule()).unwrap();
    assert!(!table.missing().is_empty());
    let installed = Lang::Fr.install(table);
    assert!(std::ptr::eq(Lang::Fr.catalog(), installed));
    assert_eq!(Lang::Fr.catalog().text(MessageId::HomeHeading), "Bonjour");
    let english = Catalog::english().format(&Message::new(MessageId::AppTitle));
    assert_eq!(
        Lang::Fr
            .catalog()
            .format(&Message::new(MessageId::AppTitle)),
        english
    );
    // A second table does not replace the first; English's is never replaced.
    let again = Catalog::parse(r#"{"home.heading": "Salut"}"#, Lang::Fr.plural_rule()).unwrap();
    Lang::Fr.install(again);
    assert_eq!(Lang::Fr.catalog().text(MessageId::HomeHeading), "Bonjour");
    let en = Catalog::parse(r#"{"home.heading": "Hi"}"#, Lang::En.plural_rule()).unwrap();
    assert!(std::ptr::eq(Lang::En.install(en), Catalog::english()));
    assert!(std::ptr::eq(Lang::Ar.catalog(), Catalog::english()));
}

#[test]
fn the_shipped_tables_are_complete_when_read_as_the_widget_reads_them() {
    for lang in [Lang::Es, Lang::Fr, Lang::Ar] {
        let text = read(&format!("content/i18n/{}.json", lang.code()));
        let table = Catalog::parse(&text, lang.plural_rule()).unwrap();
        assert_eq!(table.missing(), [], "{lang:?}");
    }
}

#[test]
fn a_game_saved_in_english_resumes_in_every_language() {
    for id in twofold_core::deck::builtin_deck_ids() {
        let english = parse_deck(&read(&format!("content/decks/{id}.json"))).unwrap();
        let mut game = Game::for_deck(&english, FeedbackMode::Immediate, 7);
        game.open(id, Opening::Fresh, 0);
        game.apply(Action::Place(0), 1).unwrap();
        game.apply(Action::Next, 2).unwrap();
        game.apply(Action::Place(1), 3).unwrap();
        for form in [SaveForm::ById, SaveForm::Compact] {
            let saved = game.encode_as(&english, form);
            for lang in ["es", "fr", "ar"] {
                let path = format!("content/l10n/{lang}/decks/{id}.json");
                let translated = parse_deck(&read(&path)).unwrap();
                let resumed = Game::decode(&saved, &translated)
                    .unwrap_or_else(|e| panic!("{lang} {id} {form:?}: {e}"));
                assert_eq!(resumed.queue(), game.queue(), "{lang} {id}");
                assert_eq!(resumed.progress(), game.progress(), "{lang} {id}");
                assert_eq!(resumed.placed_cards(), game.placed_cards(), "{lang} {id}");
            }
        }
    }
}

/// Runs the build's publishing step on an empty page in a temporary directory.
fn published() -> std::path::PathBuf {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    let dir = std::env::temp_dir().join(format!("twofold-publish-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("index.html"),
        "<html><head></head><body></body></html>",
    )
    .unwrap();
    let status = std::process::Command::new("node")
        .arg(format!("{root}/scripts/publish-content.mjs"))
        .arg(&dir)
        .status()
        .expect("node runs scripts/publish-content.mjs");
    assert!(status.success());
    dir
}

#[test]
fn a_published_table_reads_as_its_source_with_every_text_in_its_place() {
    let dir = published();
    let page = std::fs::read_to_string(dir.join("index.html")).unwrap();
    let json = page.split("id=\"twofold-content\">").nth(1).unwrap();
    let json = json.split("</script>").next().unwrap();
    let manifest = Manifest::parse(json).unwrap();
    // The languages' tables, as js/page.js reads them.
    let langs: serde_json::Value = serde_json::from_str(json).unwrap();
    assert_eq!(langs["langs"].as_object().map(|l| l.len()), Some(3));
    for lang in [Lang::Es, Lang::Fr, Lang::Ar] {
        let href = langs["langs"][lang.code()]
            .as_str()
            .expect("a table per language");
        assert!(
            href.starts_with(&format!("content/{}/i18n.", lang.code())),
            "{href}"
        );
        let published = std::fs::read_to_string(dir.join(href)).unwrap();
        // Its head: the manifest in that language (js/page.js puts it in the page); then
        // its texts.
        let (head, records) = published.split_once('\u{1d}').expect("a head");
        let own = Manifest::parse(head).unwrap();
        assert_eq!(
            own.deck_ids().collect::<Vec<_>>(),
            manifest.deck_ids().collect::<Vec<_>>()
        );
        assert_eq!(
            (
                own.questions,
                own.decks.iter().map(|d| d.cards).collect::<Vec<_>>()
            ),
            (
                manifest.questions,
                manifest.decks.iter().map(|d| d.cards).collect::<Vec<_>>()
            )
        );
        let from_records = Catalog::from_records(records.to_owned().leak(), lang.plural_rule());
        let source = read(&format!("content/i18n/{}.json", lang.code()));
        let keyed = Catalog::parse(&source, lang.plural_rule()).unwrap();
        assert_eq!(from_records.missing(), [], "{lang:?}");
        for &id in MessageId::ALL {
            assert_eq!(
                from_records.text(id),
                keyed.text(id),
                "{lang:?} {}",
                id.key()
            );
            for n in [0, 1, 2, 3, 11, 100, 1_000_000] {
                let m = Message::new(id).count("count", n);
                assert_eq!(
                    from_records.format(&m),
                    keyed.format(&m),
                    "{lang:?} {} {n}",
                    id.key()
                );
            }
        }
        // The crash screen's three texts come first: js/page.js reads them there.
        let first: Vec<&str> = records.split(RECORD).take(3).collect();
        assert_eq!(
            first,
            [
                keyed.text(MessageId::CrashHeading),
                keyed.text(MessageId::CrashBody),
                keyed.text(MessageId::CrashReload)
            ]
        );
        // Each language's decks and questionnaire, published under its own folder.
        for id in manifest.deck_ids() {
            let href = own.deck_href(id).expect("translated");
            assert!(
                href.starts_with(&format!("content/{}/", lang.code())),
                "{href}"
            );
            let deck = parse_deck(&std::fs::read_to_string(dir.join(href)).unwrap()).unwrap();
            assert_eq!((deck.id.as_str(), deck.lang.as_str()), (id, lang.code()));
        }
        assert!(own
            .chooser
            .starts_with(&format!("content/{}/", lang.code())));
    }
    // A table's gaps are English's, and a longer one than this build's ids is fine.
    let short = Catalog::from_records("Twofold\u{1e}", Lang::Ar.plural_rule());
    assert_eq!(short.missing().len(), MessageId::ALL.len() - 1);
    let second = MessageId::ALL[1];
    assert_eq!(short.text(second), Catalog::english().text(second));
    let long = vec!["x"; MessageId::ALL.len() + 20].join("\u{1e}");
    assert_eq!(
        Catalog::from_records(long.leak(), Lang::Fr.plural_rule()).missing(),
        []
    );
    // A plural entry: its forms in CLDR's order, empty where the language has none.
    let plural = format!("{FORM}{FORM}une{FORM}{FORM}{FORM}{FORM}plusieurs");
    let ids = MessageId::ALL.iter().map(|id| {
        if *id == MessageId::HomeDuration {
            plural.as_str()
        } else {
            ""
        }
    });
    let records = ids.collect::<Vec<_>>().join("\u{1e}");
    let table = Catalog::from_records(records.leak(), Lang::Fr.plural_rule());
    let duration = |n| table.format(&Message::new(MessageId::HomeDuration).count("count", n));
    assert_eq!(
        (duration(1), duration(5)),
        ("une".into(), "plusieurs".into())
    );
    std::fs::remove_dir_all(dir).unwrap();
}
