//! The languages: each one's plural rule against CLDR's sample numbers, the language
//! picked from `?lang=`, the LMS and the browser; and every translation complete and
//! faithful in form (`support/l10n.rs`): Spanish, French and Arabic as shipped, each
//! check shown to catch what it is for, and a pseudo-language written only as files
//! plus a rule, to show that a fifth language needs nothing else.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/l10n.rs"]
mod l10n;

use std::path::{Path, PathBuf};

use l10n::{check, check_flat_table, Files, Glossary, Language, Script, REQUIRED_TERMS};
use serde_json::Value;
use twofold_core::i18n::{
    arabic_plural, english_plural, french_plural, spanish_plural, Catalog, Lang, Message,
    MessageId, PluralCategory, PluralRule,
};

use PluralCategory::{Few, Many, One, Other, Two, Zero};

fn content() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../content")
}

fn language(lang: Lang) -> Language<'static> {
    Language {
        code: lang.code(),
        rule: lang.plural_rule(),
        categories: lang.plural_categories(),
        script: match lang {
            Lang::En => Script::Plain,
            Lang::Es => Script::Spanish,
            Lang::Fr => Script::French,
            Lang::Ar => Script::Arabic,
        },
    }
}

fn english() -> Files {
    Files::load(&content(), "en")
}

fn files(lang: Lang) -> Files {
    Files::load(&content(), lang.code())
}

fn translations() -> impl Iterator<Item = Lang> {
    Lang::ALL.into_iter().filter(|&l| l != Lang::En)
}

// --- plural rules -------------------------------------------------------------------------

/// CLDR 46's `@integer` samples for each category (plurals.xml), ranges written out.
fn samples(lang: Lang) -> Vec<(PluralCategory, Vec<usize>)> {
    let range = |a: usize, b: usize| (a..=b).collect::<Vec<_>>();
    let join = |parts: &[Vec<usize>]| parts.concat();
    match lang {
        Lang::En => vec![
            (One, vec![1]),
            (
                Other,
                join(&[
                    vec![0],
                    range(2, 16),
                    vec![100, 1000, 10000, 100000, 1000000],
                ]),
            ),
        ],
        Lang::Es => vec![
            (One, vec![1]),
            (
                Many,
                vec![1000000, 2000000, 3000000, 4000000, 5000000, 6000000],
            ),
            (
                Other,
                join(&[vec![0], range(2, 16), vec![100, 1000, 10000, 100000]]),
            ),
        ],
        Lang::Fr => vec![
            (One, vec![0, 1]),
            (
                Many,
                vec![1000000, 2000000, 3000000, 4000000, 5000000, 6000000],
            ),
            (Other, join(&[range(2, 17), vec![100, 1000, 10000, 100000]])),
        ],
        Lang::Ar => vec![
            (Zero, vec![0]),
            (One, vec![1]),
            (Two, vec![2]),
            (Few, join(&[range(3, 10), range(103, 110), vec![1003]])),
            (Many, join(&[range(11, 26), vec![111, 1011]])),
            (
                Other,
                join(&[
                    range(100, 102),
                    range(200, 202),
                    range(300, 302),
                    range(400, 402),
                    range(500, 502),
                    vec![600, 1000, 10000, 100000, 1000000],
                ]),
            ),
        ],
    }
}

#[test]
fn each_plural_rule_gives_cldrs_category_for_every_sample_number() {
    for lang in Lang::ALL {
        let rule = lang.plural_rule();
        for (category, numbers) in samples(lang) {
            for n in numbers {
                assert_eq!(rule(n), category, "{lang:?} {n}");
            }
        }
    }
    let named: [(Lang, PluralRule); 4] = [
        (Lang::En, english_plural),
        (Lang::Es, spanish_plural),
        (Lang::Fr, french_plural),
        (Lang::Ar, arabic_plural),
    ];
    for (lang, rule) in named {
        assert!(
            (0..3000).all(|n| rule(n) == lang.plural_rule()(n)),
            "{lang:?}"
        );
    }
}

#[test]
fn each_language_lists_exactly_the_categories_its_rule_gives() {
    for lang in Lang::ALL {
        let rule = lang.plural_rule();
        let numbers = (0..=20_000).chain([1_000_000, 2_000_000, 3_000_000]);
        let given: Vec<PluralCategory> = PluralCategory::ALL
            .into_iter()
            .filter(|&c| numbers.clone().any(|n| rule(n) == c))
            .collect();
        assert_eq!(given, lang.plural_categories(), "{lang:?}");
    }
}

// --- picking the language ------------------------------------------------------------------

#[test]
fn a_language_tag_names_its_language_by_the_primary_subtag() {
    assert_eq!(Lang::ALL.map(Lang::code), ["en", "es", "fr", "ar"]);
    assert_eq!(Lang::ALL.map(Lang::dir), ["ltr", "ltr", "ltr", "rtl"]);
    for (tag, lang) in [
        ("fr", Lang::Fr),
        ("FR", Lang::Fr),
        ("fr-CA", Lang::Fr),
        ("fr_ca", Lang::Fr),
        ("es-419", Lang::Es),
        ("es-MX", Lang::Es),
        ("ar-EG", Lang::Ar),
        ("ar", Lang::Ar),
        ("en-GB", Lang::En),
        (" en ", Lang::En),
    ] {
        assert_eq!(Lang::from_code(tag), Some(lang), "{tag}");
    }
    for tag in ["", "de", "french", "e", "-fr", "*"] {
        assert_eq!(Lang::from_code(tag), None, "{tag}");
    }
}

#[test]
fn the_language_is_the_querys_then_the_lmss_then_the_browsers_else_english() {
    let negotiate = Lang::negotiate;
    assert_eq!(negotiate(Some("ar"), Some("fr"), &["es"]), Lang::Ar);
    assert_eq!(negotiate(None, Some("fr-CA"), &["es"]), Lang::Fr);
    assert_eq!(
        negotiate(None, None, &["de-DE", "es-ES", "fr"]),
        Lang::Es,
        "in the browser's order"
    );
    assert_eq!(
        negotiate(Some("xx"), Some("klingon"), &["de", "ar-SA"]),
        Lang::Ar,
        "unknown ones passed over"
    );
    assert_eq!(negotiate(Some(""), Some(""), &[]), Lang::En);
    assert_eq!(negotiate(None, None, &["de", "it"]), Lang::En);
}

#[test]
fn the_lmss_preference_is_a_list_read_in_its_order() {
    let negotiate = Lang::negotiate;
    // cmi5's languagePreference: tags, comma-separated, most preferred first.
    assert_eq!(negotiate(None, Some("ar,en"), &["fr"]), Lang::Ar);
    assert_eq!(negotiate(None, Some("en-US,ar"), &["fr"]), Lang::En);
    assert_eq!(
        negotiate(None, Some("de-DE, es-MX ,fr"), &["ar"]),
        Lang::Es,
        "spaces and unknown tags passed over"
    );
    assert_eq!(
        negotiate(None, Some("de,,it"), &["fr-CA"]),
        Lang::Fr,
        "none known: the browser's"
    );
    assert_eq!(negotiate(Some("es"), Some("ar,en"), &[]), Lang::Es);
    assert_eq!(negotiate(None, Some(","), &[]), Lang::En);
}

#[test]
fn the_widget_accepts_every_language_with_a_table() {
    use twofold_core::config::Config;
    let (config, problems) = Config::from_query("?lang=en-GB", &[]);
    assert_eq!((config.lang, problems.len()), (Lang::En, 0));
    for (query, lang) in [
        ("?lang=ar", Lang::Ar),
        ("?lang=fr-CA", Lang::Fr),
        ("?lang=ES", Lang::Es),
    ] {
        let (config, problems) = Config::from_query(query, &[]);
        assert_eq!(
            (config.lang, config.lang_asked, problems.len()),
            (lang, true, 0),
            "{query}"
        );
    }
    let (config, problems) = Config::from_query("?lang=de", &[]);
    assert_eq!((config.lang, config.lang_asked), (Lang::En, false));
    assert_eq!(problems[0].allowed, ["en", "es", "fr", "ar"]);
}

// --- the shipped translations ----------------------------------------------------------------

#[test]
fn every_translation_is_complete_and_keeps_the_english_structure() {
    let en = english();
    for lang in translations() {
        let problems = check(&language(lang), &files(lang), &en);
        assert!(
            problems.is_empty(),
            "{} problems:\n{}",
            problems.len(),
            problems.join("\n")
        );
    }
}

#[test]
fn english_itself_passes_the_checks_it_is_the_reference_of() {
    let en = english();
    let mut problems = check(&language(Lang::En), &en, &en);
    // English needs no glossary, and its texts are its own.
    problems.retain(|p| {
        !p.contains("glossary") && !p.contains("left in English") && !p.contains("declares lang")
    });
    assert_eq!(problems, Vec::<String>::new());
}

fn table(lang: Lang) -> Catalog {
    Catalog::parse(&files(lang).table, lang.plural_rule()).unwrap()
}

#[test]
fn counts_are_worded_by_each_languages_rule() {
    let count = |lang, id, n| table(lang).format(&Message::new(id).count("count", n));
    let cards =
        |lang| [0, 1, 2, 3, 11, 26, 100, 103].map(|n| count(lang, MessageId::SortCardCount, n));
    assert_eq!(
        cards(Lang::Ar),
        [
            "لا بطاقات",
            "بطاقة واحدة",
            "بطاقتان",
            "3 بطاقات",
            "11 بطاقة",
            "26 بطاقة",
            "100 بطاقة",
            "103 بطاقات"
        ]
    );
    assert_eq!(
        cards(Lang::Fr),
        [
            "0 carte",
            "1 carte",
            "2 cartes",
            "3 cartes",
            "11 cartes",
            "26 cartes",
            "100 cartes",
            "103 cartes"
        ]
    );
    assert_eq!(
        cards(Lang::Es),
        [
            "0 tarjetas",
            "1 tarjeta",
            "2 tarjetas",
            "3 tarjetas",
            "11 tarjetas",
            "26 tarjetas",
            "100 tarjetas",
            "103 tarjetas"
        ]
    );
    assert_eq!(
        count(Lang::Es, MessageId::SortCardCount, 1_000_000),
        "1000000 de tarjetas"
    );
    assert_eq!(
        count(Lang::Fr, MessageId::SortCardCount, 2_000_000),
        "2000000 de cartes"
    );
    // "Card 3 of 26": a position, so no counted noun to agree (in Arabic either).
    let progress = |lang| {
        let m = Message::new(MessageId::SortProgress)
            .count("n", 3)
            .count("total", 26);
        table(lang).format(&m)
    };
    assert_eq!(progress(Lang::Ar), "البطاقة 3 من 26");
    assert_eq!(progress(Lang::Fr), "Carte 3 sur 26");
    assert_eq!(progress(Lang::Es), "Tarjeta 3 de 26");
    let invalid = |n| {
        let m = Message::new(MessageId::DeckInvalid)
            .text("deck", "d")
            .count("count", n);
        table(Lang::Ar).format(&m)
    };
    assert_eq!(invalid(2), "في مجموعة البطاقات «d» مشكلتان:");
    assert_eq!(invalid(5), "في مجموعة البطاقات «d» 5 مشكلات:");
    assert_eq!(invalid(12), "في مجموعة البطاقات «d» 12 مشكلة:");
}

#[test]
fn a_pile_label_stands_alone_in_every_sentence_it_fills() {
    // The label comes after a noun of its own ("la pile", "la categoría", «الفئة»), after
    // a colon, or first with its count in brackets, so no article, adjective or verb has
    // to agree with it.
    let heads = [
        (Lang::Es, "la categoría "),
        (Lang::Fr, "la pile "),
        (Lang::Ar, "الفئة «"),
    ];
    for (lang, head) in heads {
        let table: serde_json::Map<String, Value> =
            serde_json::from_str(&files(lang).table).unwrap();
        // The game's sentences; an author's error names a pile by its id, not its label.
        let game = table
            .iter()
            .filter(|(k, _)| k.starts_with("sort.") || k.starts_with("narrate."));
        for (key, value) in game {
            let Some(text) = value.as_str() else { continue };
            for name in ["{pile}", "{chosen}"] {
                for (at, _) in text.match_indices(name) {
                    let before = &text[..at];
                    let alone = before.ends_with(head)
                        || before.ends_with(": ")
                        || (before.is_empty() && text[at + name.len()..].starts_with(" ("));
                    assert!(alone, "{lang:?} {key}: {text}");
                }
            }
        }
    }
}

#[test]
fn the_crash_screen_of_every_language_is_in_its_table() {
    // js/page.js words the page's English crash block from the language's published table
    // (its first three texts, tests/crash_page.rs): each language has all three.
    for lang in translations() {
        let t = table(lang);
        for id in [
            MessageId::CrashHeading,
            MessageId::CrashBody,
            MessageId::CrashReload,
        ] {
            assert!(!t.missing().contains(&id), "{lang:?} {id:?}");
            assert!(!t.text(id).is_empty(), "{lang:?} {id:?}");
        }
    }
}

#[test]
fn a_questionnaire_may_declare_its_language_too() {
    use twofold_core::chooser::{parse_model, ModelField, ModelProblemKind};
    let en = std::fs::read_to_string(content().join("chooser/career-path.json")).unwrap();
    assert_eq!(parse_model(&en).unwrap().lang, "");
    let with = |tag: &str| en.replacen('{', &format!("{{\"lang\": {tag:?},"), 1);
    assert_eq!(parse_model(&with("es-419")).unwrap().lang, "es-419");
    let error = parse_model(&with("Spanish")).unwrap_err();
    assert_eq!(error.problems.len(), 1);
    assert_eq!(error.problems[0].field, Some(ModelField::Lang));
    assert_eq!(error.problems[0].kind, ModelProblemKind::BadLang);
    assert_eq!(
        error.problems[0].to_string(),
        "questionnaire lang: must be a language tag such as en, fr-CA or ar"
    );
}

// --- each check catches what it is for ---------------------------------------------------------

/// The Spanish files with one change, and the problems the checks then find.
fn problems_after(lang: Lang, change: impl FnOnce(&mut Files)) -> Vec<String> {
    let mut f = files(lang);
    change(&mut f);
    check(&language(lang), &f, &english())
}

fn edit_json(text: &mut String, change: impl FnOnce(&mut Value)) {
    let mut value: Value = serde_json::from_str(text).unwrap();
    change(&mut value);
    *text = serde_json::to_string_pretty(&value).unwrap();
}

fn assert_found(problems: &[String], needle: &str) {
    assert!(
        problems.iter().any(|p| p.contains(needle)),
        "no problem with {needle:?} in {problems:#?}"
    );
}

#[test]
fn a_missing_or_unknown_entry_is_found() {
    let p = problems_after(Lang::Es, |f| {
        edit_json(&mut f.table, |t| {
            let t = t.as_object_mut().unwrap();
            t.remove("sort.progress");
            t.insert("sort.no_such".into(), "x".into());
        })
    });
    assert_found(&p, "es: sort.progress: missing");
    assert_found(&p, "es: sort.no_such: no such message");
}

#[test]
fn a_placeholder_renamed_lost_or_added_is_found() {
    let p = problems_after(Lang::Fr, |f| {
        edit_json(&mut f.table, |t| {
            t["sort.progress"] = "Carte {n} sur {totale}".into();
            t["sort.score"] = "Bonnes réponses : {right}".into();
            t["sort.correct"] = "Bonne réponse {card}".into();
        })
    });
    assert_found(&p, "fr: sort.progress: placeholders");
    assert_found(&p, "fr: sort.score: placeholders");
    assert_found(&p, "fr: sort.correct: placeholders");
}

#[test]
fn plural_forms_must_be_exactly_the_languages() {
    let p = problems_after(Lang::Ar, |f| {
        edit_json(&mut f.table, |t| {
            t["sort.card_count"].as_object_mut().unwrap().remove("few");
            t["deck.invalid"] = "مشكلات: {count}".into();
            // `{count}` may be left out only where the category is one number.
            t["narrate.round_started"]["many"] = "جولة جديدة.".into();
        })
    });
    assert_found(&p, "ar: sort.card_count: plural forms");
    assert_found(&p, "ar: deck.invalid: needs plural forms");
    assert_found(&p, "ar: narrate.round_started.many: placeholders");
    // ... and `one` in French is two numbers (0 and 1), so it keeps its count.
    let p = problems_after(Lang::Fr, |f| {
        edit_json(&mut f.table, |t| {
            t["sort.card_count"]["one"] = "une carte".into()
        })
    });
    assert_found(&p, "fr: sort.card_count.one: placeholders");
}

#[test]
fn text_left_in_english_is_found() {
    let en = english();
    let english_explanation: Value = serde_json::from_str(&en.decks[2].1).unwrap();
    let p = problems_after(Lang::Es, |f| {
        edit_json(&mut f.table, |t| {
            t["home.heading"] = "Choose an activity".into()
        });
        edit_json(&mut f.decks[2].1, |d| {
            d["cards"][0]["explanation"] = english_explanation["cards"][0]["explanation"].clone()
        });
    });
    assert_found(&p, "es: home.heading: left in English");
    assert_found(
        &p,
        "es: deck myth-or-fact card born-leaders explanation: left in English",
    );
}

#[test]
fn a_changed_answer_id_or_weight_is_found() {
    let p = problems_after(Lang::Fr, |f| {
        edit_json(&mut f.decks[0].1, |d| {
            d["cards"][0]["pile"] = "development".into();
            d["lang"] = "es".into();
        });
        edit_json(&mut f.decks[1].1, |d| {
            d["cards"].as_array_mut().unwrap().pop().map(drop).unwrap()
        });
        edit_json(&mut f.chooser, |m| {
            m["questions"][0]["options"][0]["weights"]["technical"] = 4.into();
            m["paths"][0]["colour"] = "path-3".into();
        });
    });
    assert_found(
        &p,
        "fr: deck leadership-training-or-development cards (id, pile, source) differ",
    );
    assert_found(
        &p,
        "fr: deck leadership-training-or-development declares lang \"es\"",
    );
    assert_found(
        &p,
        "fr: deck technical-training-or-leadership-development cards (id, pile, source) differ",
    );
    assert_found(&p, "fr: questionnaire questions, options or weights differ");
    assert_found(&p, "fr: questionnaire paths");
}

#[test]
fn content_over_the_limits_is_refused_by_the_widgets_own_readers() {
    let p = problems_after(Lang::Es, |f| {
        edit_json(&mut f.decks[0].1, |d| {
            d["piles"][0]["label"] = "x".repeat(41).into()
        });
    });
    assert_found(&p, "es: deck leadership-training-or-development is refused");
}

#[test]
fn arabic_text_keeps_arabic_punctuation_its_digits_and_no_latin_words() {
    let p = problems_after(Lang::Ar, |f| {
        edit_json(&mut f.table, |t| {
            t["home.heading"] = "اختر activity".into();
            t["sort.feedback_mode"] = "متى تريد التغذية الراجعة?".into();
            t["sort.progress"] = "البطاقة {n} من {total}, ٣".into();
        });
    });
    assert_found(&p, "ar: home.heading: Latin letters \"activity\"");
    assert_found(&p, "ar: sort.feedback_mode: write `؟`");
    assert_found(&p, "ar: sort.progress: write `،`");
    assert_found(&p, "ar: sort.progress: Arabic-Indic digits");
    // Placeholders, code and kept tokens are not words of the text.
    assert_eq!(
        l10n::latin_run(&l10n::words("{count} `,` Twofold null")),
        None
    );
}

#[test]
fn french_and_spanish_typography_is_checked() {
    let p = problems_after(Lang::Fr, |f| {
        edit_json(&mut f.table, |t| {
            t["sort.feedback_mode"] = "Quand voulez-vous la correction ?".into()
        })
    });
    assert_found(
        &p,
        "fr: sort.feedback_mode: write a narrow no-break space before `?`",
    );
    let p = problems_after(Lang::Es, |f| {
        edit_json(&mut f.table, |t| {
            t["sort.feedback_mode"] = "Cuándo quieres recibir la retroalimentación?".into()
        })
    });
    assert_found(&p, "es: sort.feedback_mode: every `?` has its `¿`");
}

#[test]
fn the_glossary_is_complete_and_the_labels_follow_it() {
    for lang in translations() {
        let glossary = l10n::Glossary::parse(&files(lang).glossary);
        for term in REQUIRED_TERMS {
            assert!(
                glossary
                    .terms
                    .iter()
                    .any(|(e, _, _)| e.eq_ignore_ascii_case(term)),
                "{lang:?} {term}"
            );
        }
    }
    let p = problems_after(Lang::Es, |f| {
        edit_json(&mut f.decks[2].1, |d| {
            d["piles"][0]["label"] = "Leyenda".into()
        });
        f.glossary = f.glossary.replace("| deck |", "| dek |");
    });
    assert_found(
        &p,
        "es: label \"Leyenda\" (\"Myth\") does not use the glossary's \"mito\"",
    );
    assert_found(&p, "es: glossary: no entry for \"deck\"");
    let digits = l10n::Glossary::parse(&files(Lang::Ar).glossary).digits;
    assert_eq!(
        digits.as_deref().map(|d| d.starts_with("Western")),
        Some(true),
        "{digits:?}"
    );
}

// --- a fifth language: files and a rule ---------------------------------------------------------

/// A made-up plural rule with a category English lacks (`two` for 2, 12, 22, …).
fn pseudo_rule(n: usize) -> PluralCategory {
    match (n, n % 10) {
        (1, _) => One,
        (_, 2) => Two,
        _ => Other,
    }
}

/// Pseudo-localised text: accented vowels outside placeholders and code, in ⟦ ⟧.
fn pseudo(text: &str) -> String {
    let mut out = String::from("⟦");
    let mut skip: Option<char> = None;
    for c in text.chars() {
        match (skip, c) {
            (None, '{') => skip = Some('}'),
            (None, '`') => skip = Some('`'),
            (Some(end), c) if c == end => skip = None,
            _ => {}
        }
        let mapped = if skip.is_some() || c == '}' || c == '`' {
            c
        } else {
            match c {
                'a' => 'á',
                'e' => 'é',
                'i' => 'í',
                'o' => 'ó',
                'u' => 'ú',
                'A' => 'Á',
                'E' => 'É',
                'I' => 'Í',
                'O' => 'Ó',
                'U' => 'Ú',
                c => c,
            }
        };
        out.push(mapped);
    }
    out.push('⟧');
    out
}

/// Every string of a content document pseudo-localised, but ids, references and tokens.
fn pseudo_content(value: &mut Value, key: &str) {
    const NOT_TEXT: [&str; 5] = ["id", "pile", "source", "colour", "paths"];
    match value {
        Value::String(s) if !NOT_TEXT.contains(&key) => *s = pseudo(s),
        Value::Array(items) => items.iter_mut().for_each(|v| pseudo_content(v, key)),
        Value::Object(o) => o.iter_mut().for_each(|(k, v)| pseudo_content(v, k)),
        _ => {}
    }
}

fn pseudo_files(en: &Files) -> Files {
    let table: serde_json::Map<String, Value> = serde_json::from_str(&en.table).unwrap();
    let table: serde_json::Map<String, Value> = table
        .into_iter()
        .map(|(key, value)| {
            let value = match value {
                Value::String(s) => Value::String(pseudo(&s)),
                Value::Object(forms) => {
                    let one = forms["one"].as_str().unwrap();
                    let other = forms["other"].as_str().unwrap();
                    serde_json::json!({ "one": pseudo(one), "two": pseudo(other), "other": pseudo(other) })
                }
                other => other,
            };
            (key, value)
        })
        .collect();
    let document = |text: &str| {
        let mut v: Value = serde_json::from_str(text).unwrap();
        pseudo_content(&mut v, "");
        v.as_object_mut()
            .unwrap()
            .insert("lang".into(), "xx".into());
        serde_json::to_string_pretty(&v).unwrap()
    };
    let mut glossary =
        String::from("# Pseudo-language glossary\n\n| English | Chosen | Why |\n|---|---|---|\n");
    for term in REQUIRED_TERMS {
        glossary.push_str(&format!(
            "| {term} | {} | pseudo-localised |\n",
            pseudo(term).trim_matches(['⟦', '⟧'])
        ));
    }
    Files {
        table: serde_json::to_string_pretty(&table).unwrap(),
        decks: en
            .decks
            .iter()
            .map(|(id, t)| (id.clone(), document(t)))
            .collect(),
        chooser: document(&en.chooser),
        glossary,
    }
}

#[test]
fn a_fifth_language_needs_only_its_files_and_its_plural_rule() {
    let en = english();
    // Its files, written where a language's files go, then read back from there.
    let root = std::env::temp_dir().join(format!("twofold-l10n-xx-{}", std::process::id()));
    let index = std::fs::read_to_string(content().join("index.json")).unwrap();
    pseudo_files(&en).write(&root, "xx", &index);
    let xx = Files::load(&root, "xx");
    let lang = Language {
        code: "xx",
        rule: pseudo_rule,
        categories: &[One, Two, Other],
        script: Script::Plain,
    };
    let problems = check(&lang, &xx, &en);
    std::fs::remove_dir_all(&root).unwrap();
    assert!(problems.is_empty(), "{problems:#?}");
    // Its table words every message, plurals by its own rule.
    let catalog = Catalog::parse(&xx.table, pseudo_rule).unwrap();
    let cards = |n| catalog.format(&Message::new(MessageId::SortCardCount).count("count", n));
    assert_eq!(
        [cards(1), cards(12), cards(13)],
        ["⟦1 cárd⟧", "⟦12 cárds⟧", "⟦13 cárds⟧"]
    );
    assert!(catalog.missing().is_empty());
}

// --- the embed-code builder's texts -------------------------------------------------------

fn builder_table(code: &str) -> String {
    std::fs::read_to_string(content().join(format!("i18n/builder/{code}.json"))).unwrap()
}

/// The builder page's texts (`content/i18n/builder/`) hold to what the widget's do: every
/// key, the same placeholders, nothing left in English, the language's typography.
#[test]
fn the_builders_texts_are_complete_in_every_language() {
    let en = builder_table("en");
    for lang in translations() {
        let glossary = Glossary::parse(&files(lang).glossary);
        let problems =
            check_flat_table(&language(lang), &builder_table(lang.code()), &en, &glossary);
        assert!(problems.is_empty(), "{}: {problems:#?}", lang.code());
    }
}

#[test]
fn the_builders_checks_catch_a_gap_a_placeholder_and_typography() {
    let en = builder_table("en");
    let glossary = |lang: Lang| Glossary::parse(&files(lang).glossary);
    let edited = |lang: Lang, change: &dyn Fn(&mut serde_json::Map<String, Value>)| {
        let mut table: serde_json::Map<String, Value> =
            serde_json::from_str(&builder_table(lang.code())).unwrap();
        change(&mut table);
        check_flat_table(
            &language(lang),
            &Value::Object(table).to_string(),
            &en,
            &glossary(lang),
        )
    };
    let problems = edited(Lang::Es, &|t| {
        t.remove("builder.copy");
    });
    assert_eq!(problems, ["builder.copy: missing"]);
    let problems = edited(Lang::Fr, &|t| {
        t.insert("builder.copied".into(), "Copié : {quoi}.".into());
    });
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with("builder.copied: placeholders")),
        "{problems:?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.contains("no-break space before `:`")),
        "{problems:?}"
    );
    let problems = edited(Lang::Ar, &|t| {
        t.insert("builder.copy".into(), "Copy".into());
    });
    assert!(
        problems
            .iter()
            .any(|p| p == "builder.copy: left in English"),
        "{problems:?}"
    );
    assert!(
        problems.iter().any(|p| p.contains("Latin letters")),
        "{problems:?}"
    );
}
