//! The URL read once into a `Route`: every query parameter, the fragment (our
//! `result=` and the host's parts kept verbatim, never shared), hostile input,
//! the round trip parse → write → parse, and entry pages.
#![cfg(not(target_arch = "wasm32"))]

use twofold_core::config::{Config, Mode, Theme};
use twofold_core::deck::builtin_deck_ids;
use twofold_core::game::FeedbackMode;
use twofold_core::i18n::Lang;
use twofold_core::route::{EntryPage, Fragment, Route};

fn decks() -> Vec<String> {
    builtin_deck_ids().map(String::from).collect()
}

fn route(query: &str, fragment: &str) -> Route {
    let (route, problems) = Route::parse(query, fragment, &decks());
    assert!(problems.is_empty(), "{problems:?}");
    route
}

/// Writing then reading gives the same route, and writing again the same text.
fn assert_round_trip(route: &Route) {
    let written = route.fragment();
    let (again, _) = Route::parse("", &written, &decks());
    assert_eq!(again.result(), route.result(), "result of {written:?}");
    assert_eq!(
        again.foreign(),
        route.foreign(),
        "foreign parts of {written:?}"
    );
    assert_eq!(again.fragment(), written, "written twice");
    let hashed = Fragment::parse(&format!("#{written}"));
    assert_eq!(hashed.write(), written, "read back with its '#'");
}

// --- The query -------------------------------------------------------------

#[test]
fn the_query_is_read_exactly_as_config_reads_it() {
    for query in [
        "",
        "?mode=sort&deck=myth-or-fact&lang=EN&theme=dark&feedback=end&utm=x",
        "?mode=Sort&theme=DARK&feedback=at-end&deck=Myth-Or-Fact",
        "deck=myth-or-fact",
        "deck=myth-or-fact&mode=chooser",
        "?mode=quiz&theme=neon&deck=%3Cscript%3E&lang=xx",
        "?feedback=later&mode=",
    ] {
        let (route, problems) = Route::parse(query, "", &decks());
        let (config, expected) = Config::from_query(query, &decks());
        assert_eq!(route.config, config, "{query}");
        assert_eq!(problems, expected, "{query}");
    }
}

#[test]
fn every_query_parameter_is_read() {
    let r = route("?mode=chooser", "");
    assert_eq!(r.config.mode, Some(Mode::Chooser));
    let r = route("?mode=home", "");
    assert_eq!(r.config.mode, Some(Mode::Home));
    let r = route("?deck=technical-training-or-leadership-development", "");
    assert_eq!(
        r.config.deck.as_deref(),
        Some("technical-training-or-leadership-development")
    );
    assert_eq!(r.config.mode, Some(Mode::Sort));
    let r = route("?feedback=immediate", "");
    assert_eq!(r.config.feedback, Some(FeedbackMode::Immediate));
    let r = route("?feedback=end", "");
    assert_eq!(r.config.feedback, Some(FeedbackMode::AtEnd));
    let r = route("?theme=light", "");
    assert_eq!(r.config.theme, Theme::Light);
    let r = route("?theme=auto", "");
    assert_eq!(r.config.theme, Theme::Auto);
    let r = route("?lang=en", "");
    assert_eq!(r.config.lang, Lang::En);
}

#[test]
fn bad_query_values_are_reported_with_the_allowed_ones() {
    let (route, problems) = Route::parse("?mode=quiz&feedback=never", "#result=x", &decks());
    assert_eq!(route.config.mode, None);
    assert_eq!(route.config.feedback, None);
    assert_eq!(
        route.result(),
        Some("x"),
        "the fragment is read all the same"
    );
    assert_eq!(problems.len(), 2);
    assert_eq!(problems[0].key, "mode");
    assert_eq!(problems[0].allowed, ["home", "sort", "chooser"]);
    assert_eq!(problems[1].key, "feedback");
    assert_eq!(problems[1].allowed, ["immediate", "end"]);
}

#[test]
fn query_percent_escapes_are_decoded_and_broken_ones_kept() {
    let r = route("?mode=%63hooser&theme=%44ark", "");
    assert_eq!(r.config.mode, Some(Mode::Chooser));
    assert_eq!(r.config.theme, Theme::Dark);
    for (query, value) in [
        ("?theme=%", "%"),
        ("?theme=%4", "%4"),
        ("?theme=%zz", "%zz"),
        ("?theme=%+1", "% 1"),
        ("?theme=%-1", "%-1"),
        ("?theme=a+b", "a b"),
        ("?theme=%FF", "\u{FFFD}"),
        ("?theme=%C3%A9", "é"),
    ] {
        let (_, problems) = Route::parse(query, "", &decks());
        assert_eq!(problems.len(), 1, "{query}");
        assert_eq!(problems[0].value, value, "{query}");
    }
}

// --- The fragment ----------------------------------------------------------

#[test]
fn no_fragment_gives_no_result_and_writes_nothing() {
    for fragment in ["", "#", "?", "#?", "&", "&&&", "#&", "?&&"] {
        let r = route("", fragment);
        assert_eq!(r.result(), None, "{fragment:?}");
        assert!(r.foreign().is_empty(), "{fragment:?}");
        assert_eq!(r.fragment(), "", "{fragment:?}");
        assert_eq!(r.share_fragment(), None, "{fragment:?}");
    }
}

#[test]
fn a_result_link_is_read_with_or_without_the_hash() {
    for fragment in [
        "result=cp1-0123-7f",
        "#result=cp1-0123-7f",
        "?result=cp1-0123-7f",
    ] {
        let r = route("?mode=chooser", fragment);
        assert_eq!(r.result(), Some("cp1-0123-7f"), "{fragment}");
        assert_eq!(r.fragment(), "result=cp1-0123-7f", "{fragment}");
        assert_eq!(
            r.share_fragment().as_deref(),
            Some("result=cp1-0123-7f"),
            "{fragment}"
        );
    }
}

#[test]
fn an_empty_or_bare_result_is_still_a_result_link_for_the_chooser_to_refuse() {
    assert_eq!(route("", "result=").result(), Some(""));
    assert_eq!(route("", "result").result(), Some(""));
    assert_eq!(route("", "result=").fragment(), "result=");
}

#[test]
fn the_wordpress_secret_is_kept_in_the_page_and_left_out_of_the_share_link() {
    for fragment in [
        "#?secret=abc123&result=cp1-0123-7f",
        "?secret=abc123&result=cp1-0123-7f",
        "#?result=cp1-0123-7f&secret=abc123",
    ] {
        let r = route("", fragment);
        assert_eq!(r.result(), Some("cp1-0123-7f"), "{fragment}");
        assert_eq!(r.foreign(), ["secret=abc123"], "{fragment}");
        assert_eq!(
            r.fragment(),
            "?secret=abc123&result=cp1-0123-7f",
            "{fragment}"
        );
        let share = r.share_fragment().unwrap();
        assert_eq!(share, "result=cp1-0123-7f");
        assert!(!share.contains("secret"));
        assert_round_trip(&r);
    }
    // Without the `?` marker too, as other hosts write it.
    let r = route("", "#result=cp1-0123-7f&secret=abc123");
    assert_eq!(r.fragment(), "secret=abc123&result=cp1-0123-7f");
    assert_eq!(r.share_fragment().as_deref(), Some("result=cp1-0123-7f"));
}

#[test]
fn setting_and_clearing_the_result_keeps_the_hosts_parts() {
    let r = route("", "#?secret=abc123");
    assert_eq!(r.result(), None);
    assert_eq!(r.fragment(), "?secret=abc123");
    assert_eq!(r.share_fragment(), None);
    let shown = r.with_result(Some("cp1-0123-7f".into()));
    assert_eq!(shown.fragment(), "?secret=abc123&result=cp1-0123-7f");
    assert_eq!(
        shown.share_fragment().as_deref(),
        Some("result=cp1-0123-7f")
    );
    let replaced = shown.clone().with_result(Some("cp1-3210-01".into()));
    assert_eq!(replaced.fragment(), "?secret=abc123&result=cp1-3210-01");
    let cleared = replaced.with_result(None);
    assert_eq!(cleared.fragment(), "?secret=abc123");
    assert_eq!(cleared, route("", "#?secret=abc123"));
    // With no host parts, clearing empties the fragment.
    let ours = route("", "result=cp1-0123-7f").with_result(None);
    assert_eq!(ours.fragment(), "");
    assert_eq!(ours, Route::default());
}

#[test]
fn foreign_parts_keep_their_order_and_their_bytes() {
    let r = route(
        "",
        "#z=1&result=cp1-0123-7f&a=%20x+y&utm_source=news&flag&=nokey&a=2",
    );
    assert_eq!(
        r.foreign(),
        [
            "z=1",
            "a=%20x+y",
            "utm_source=news",
            "flag",
            "=nokey",
            "a=2"
        ]
    );
    assert_eq!(
        r.fragment(),
        "z=1&a=%20x+y&utm_source=news&flag&=nokey&a=2&result=cp1-0123-7f"
    );
    assert_round_trip(&r);
}

#[test]
fn only_the_exact_result_key_is_ours() {
    let r = route(
        "",
        "Result=a&RESULT=b&results=c&xresult=d&result =e&result=f",
    );
    assert_eq!(r.result(), Some("f"));
    assert_eq!(
        r.foreign(),
        [
            "Result=a",
            "RESULT=b",
            "results=c",
            "xresult=d",
            "result =e"
        ]
    );
}

#[test]
fn the_last_result_counts_and_only_it_is_written() {
    let r = route("", "result=one&x=1&result=two");
    assert_eq!(r.result(), Some("two"));
    assert_eq!(r.fragment(), "x=1&result=two");
}

#[test]
fn the_result_is_percent_decoded_and_encoded_back() {
    let r = route("", "%72esult=cp1%2D0123-7f");
    assert_eq!(r.result(), Some("cp1-0123-7f"));
    assert_eq!(r.fragment(), "result=cp1-0123-7f");
    let r = route("", "result=a+b%20c%2Bd%26e%3Df");
    assert_eq!(r.result(), Some("a b c+d&e=f"));
    assert_eq!(r.fragment(), "result=a%20b%20c%2Bd%26e%3Df");
    assert_round_trip(&r);
    let odd = Route::default().with_result(Some("é # & = ? + %".into()));
    assert_eq!(
        odd.fragment(),
        "result=%C3%A9%20%23%20%26%20%3D%20%3F%20%2B%20%25"
    );
    assert_round_trip(&odd);
    assert_eq!(route("", &odd.fragment()).result(), Some("é # & = ? + %"));
}

#[test]
fn the_question_mark_marker_is_kept_only_with_host_parts() {
    assert_eq!(route("", "?result=x").fragment(), "result=x");
    assert_eq!(route("", "?a=1").fragment(), "?a=1");
    assert_eq!(route("", "?&a=1").fragment(), "?a=1");
    // Only one `?` is the marker; a second belongs to the part.
    let r = route("", "??a=1");
    assert_eq!(r.foreign(), ["?a=1"]);
    assert_eq!(r.fragment(), "??a=1");
    assert_round_trip(&r);
}

#[test]
fn a_host_part_starting_with_a_marker_reads_back_the_same() {
    for fragment in [
        "&?a=1",
        "result=x&?secret=s",
        "##a",
        "result=x&#a",
        "&#?a",
        "#&?",
    ] {
        let r = route("", fragment);
        assert_round_trip(&r);
    }
    let r = route("", "result=x&?secret=s");
    assert_eq!(r.foreign(), ["?secret=s"]);
    assert_eq!(r.fragment(), "&?secret=s&result=x");
    let r = route("", "##a");
    assert_eq!(r.foreign(), ["#a"]);
    assert_eq!(r.fragment(), "&#a");
}

#[test]
fn hostile_fragments_never_panic_and_round_trip() {
    let long = "x".repeat(200_000);
    let long_result = format!("result={long}");
    let many = "a=1&".repeat(10_000);
    let hostile = [
        "&&",
        "=",
        "==",
        "=&=",
        "&=&",
        "result==",
        "result=a=b",
        "#",
        "###",
        "a#b&result=c#d",
        "%",
        "%%",
        "%zz",
        "%C3",
        "result=%C3",
        "result=%FF%FE",
        "result=%",
        "résult=ü&ключ=значение&🦀=🦀",
        "result=🦀",
        "\0&\u{7f}&\u{202e}",
        "<script>alert(1)</script>",
        "result=<script>alert(1)</script>",
        "javascript:alert(1)",
        "?",
        "??",
        "?#",
        "#?#?",
        " result=x",
        "result=x ",
        "\n\r\t",
        long.as_str(),
        long_result.as_str(),
        many.as_str(),
    ];
    for fragment in hostile {
        let (r, problems) = Route::parse("", fragment, &decks());
        assert!(problems.is_empty());
        assert_round_trip(&r);
        if let Some(share) = r.share_fragment() {
            assert!(share.starts_with("result="));
            assert!(!share[7..].contains(['&', '#', '?', ' ', '=']), "{share}");
        }
    }
    assert_eq!(route("", "result=a=b").result(), Some("a=b"));
    assert_eq!(
        route("", "result=<script>").fragment(),
        "result=%3Cscript%3E"
    );
    assert_eq!(
        route("", &long_result).result().map(str::len),
        Some(200_000)
    );
    assert_eq!(route("", &many).foreign().len(), 10_000);
    assert_eq!(route("", "a#b&result=c#d").result(), Some("c#d"));
    assert_eq!(route("", "a#b&result=c#d").foreign(), ["a#b"]);
    assert_eq!(route("", "result=%FF").result(), Some("\u{FFFD}"));
}

#[test]
fn the_query_and_fragment_are_independent() {
    let r = route("?mode=chooser&result=cp1-0123-7f", "#mode=sort&theme=dark");
    assert_eq!(
        r.config.mode,
        Some(Mode::Chooser),
        "the fragment sets no configuration"
    );
    assert_eq!(r.config.theme, Theme::Auto);
    assert_eq!(r.result(), None, "the query carries no result link");
    assert_eq!(r.foreign(), ["mode=sort", "theme=dark"]);
}

#[test]
fn a_route_from_a_configuration_has_an_empty_fragment() {
    let (config, _) = Config::from_query("?mode=sort", &decks());
    let r = Route::from(config.clone());
    assert_eq!(r.config, config);
    assert_eq!(r.result(), None);
    assert_eq!(r.fragment(), "");
}

#[test]
fn fragments_parsed_alone_agree_with_the_route() {
    let f = Fragment::parse("#?secret=abc&result=cp1-0123-7f");
    assert_eq!(f.result(), Some("cp1-0123-7f"));
    assert_eq!(f.foreign(), ["secret=abc"]);
    assert_eq!(f.write(), "?secret=abc&result=cp1-0123-7f");
    assert_eq!(f.share().as_deref(), Some("result=cp1-0123-7f"));
    assert_eq!(f.clone().with_result(None).write(), "?secret=abc");
    assert_eq!(
        f.write(),
        route("", "#?secret=abc&result=cp1-0123-7f").fragment()
    );
}

// --- Entry pages -----------------------------------------------------------

#[test]
fn page_paths_map_to_the_activity_they_open() {
    let sort = |deck: Option<&str>| EntryPage::Sort {
        deck: deck.map(String::from),
    };
    for (path, page) in [
        ("", EntryPage::Index),
        ("/", EntryPage::Index),
        ("/index.html", EntryPage::Index),
        ("/twofold/", EntryPage::Index),
        ("/twofold/index.html", EntryPage::Index),
        ("/twofold/embed.html", EntryPage::Index),
        ("/chooser.html", EntryPage::Chooser),
        ("/widgets/twofold/chooser.html", EntryPage::Chooser),
        ("chooser.html", EntryPage::Chooser),
        ("/Chooser.HTML", EntryPage::Chooser),
        ("/chooser", EntryPage::Chooser),
        ("/chooser/", EntryPage::Chooser),
        ("/chooser/index.html", EntryPage::Chooser),
        ("/sort.html", sort(None)),
        ("/sort/", sort(None)),
        ("/sort-myth-or-fact.html", sort(Some("myth-or-fact"))),
        ("/sort-myth-or-fact/", sort(Some("myth-or-fact"))),
        ("/sort-myth-or-fact/index.html", sort(Some("myth-or-fact"))),
        ("/sort-%6Dyth-or-fact.html", sort(Some("myth-or-fact"))),
        ("/sort-.html", EntryPage::Index),
        ("/sorting.html", EntryPage::Index),
        ("/chooser.html/extra.html", EntryPage::Index),
        ("//", EntryPage::Index),
        ("/%", EntryPage::Index),
        ("/🦀.html", EntryPage::Index),
    ] {
        assert_eq!(EntryPage::from_path(path), page, "{path}");
    }
    assert_eq!(
        EntryPage::from_path("/sort-a+b.html"),
        sort(Some("a+b")),
        "a `+` in a path is not a space"
    );
}

#[test]
fn every_entry_page_reads_back_from_its_file_name() {
    let mut pages = vec![
        EntryPage::Index,
        EntryPage::Chooser,
        EntryPage::Sort { deck: None },
    ];
    pages.extend(
        decks()
            .into_iter()
            .map(|id| EntryPage::Sort { deck: Some(id) }),
    );
    for page in pages {
        let name = page.file_name();
        assert_eq!(
            EntryPage::from_path(&format!("/dist/{name}")),
            page,
            "{name}"
        );
    }
    assert_eq!(EntryPage::Chooser.file_name(), "chooser.html");
    assert_eq!(
        EntryPage::Sort {
            deck: Some("myth-or-fact".into())
        }
        .file_name(),
        "sort-myth-or-fact.html"
    );
}

#[test]
fn the_entry_page_sets_mode_and_deck_unless_the_query_does() {
    let on = |path: &str, query: &str| {
        let (route, problems) = Route::parse_on(&EntryPage::from_path(path), query, "", &decks());
        assert!(problems.is_empty(), "{problems:?}");
        route.config
    };
    assert_eq!(
        on("/index.html", "").mode,
        None,
        "home resumes where the learner was"
    );
    assert_eq!(on("/chooser.html", "").mode, Some(Mode::Chooser));
    assert_eq!(on("/sort.html", "").mode, Some(Mode::Sort));
    assert_eq!(on("/sort.html", "").deck, None);
    let c = on("/sort-myth-or-fact.html", "");
    assert_eq!(
        (c.mode, c.deck.as_deref()),
        (Some(Mode::Sort), Some("myth-or-fact"))
    );
    // The query overrides the page.
    assert_eq!(on("/chooser.html", "?mode=home").mode, Some(Mode::Home));
    assert_eq!(
        on("/sort-myth-or-fact.html", "?mode=chooser").mode,
        Some(Mode::Chooser)
    );
    let c = on("/chooser.html", "?deck=myth-or-fact");
    assert_eq!(
        (c.mode, c.deck.as_deref()),
        (Some(Mode::Sort), Some("myth-or-fact"))
    );
    let c = on(
        "/sort-myth-or-fact.html",
        "?deck=leadership-training-or-development",
    );
    assert_eq!(
        c.deck.as_deref(),
        Some("leadership-training-or-development")
    );
    // The rest of the query still applies.
    let c = on("/chooser.html", "?theme=dark&feedback=end");
    assert_eq!(
        (c.theme, c.feedback),
        (Theme::Dark, Some(FeedbackMode::AtEnd))
    );
    // Parsing on the index page is parsing without one.
    assert_eq!(
        Route::parse_on(&EntryPage::Index, "?mode=sort", "#result=x", &decks()),
        Route::parse("?mode=sort", "#result=x", &decks())
    );
}

#[test]
fn an_entry_page_for_a_deck_not_on_offer_is_reported() {
    let page = EntryPage::from_path("/sort-no-such-deck.html");
    let (route, problems) = Route::parse_on(&page, "", "", &decks());
    assert_eq!(
        route.config.mode,
        Some(Mode::Sort),
        "the learner chooses a deck"
    );
    assert_eq!(route.config.deck, None);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].key, "page");
    assert_eq!(problems[0].value, "sort-no-such-deck.html");
    assert!(problems[0]
        .allowed
        .contains(&"sort-myth-or-fact.html".to_string()));
    assert!(problems[0].allowed.contains(&"chooser.html".to_string()));
    // A valid query deck makes the page's deck irrelevant: nothing to report.
    let (route, problems) = Route::parse_on(&page, "?deck=myth-or-fact", "", &decks());
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(route.config.deck.as_deref(), Some("myth-or-fact"));
    // A bad query deck falls back to the page's deck.
    let page = EntryPage::from_path("/sort-myth-or-fact.html");
    let (route, problems) = Route::parse_on(&page, "?deck=nope", "", &decks());
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].key, "deck");
    assert_eq!(route.config.deck.as_deref(), Some("myth-or-fact"));
}

#[test]
fn every_short_mix_of_the_grammars_characters_round_trips() {
    let tokens = ["#", "?", "&", "=", "result", "%", "%72", "x", "+", " ", "é"];
    let mut fragment = String::new();
    let mut count = 0;
    let n = tokens.len();
    for code in 0..n.pow(4) {
        fragment.clear();
        let mut c = code;
        for _ in 0..4 {
            fragment.push_str(tokens[c % n]);
            c /= n;
        }
        let r = Fragment::parse(&fragment);
        let written = r.write();
        assert_eq!(
            Fragment::parse(&written),
            r,
            "{fragment:?} wrote {written:?}"
        );
        assert_eq!(Fragment::parse(&written).write(), written, "{fragment:?}");
        count += 1;
    }
    assert_eq!(count, 14_641);
}

#[test]
fn a_fragment_the_learner_changes_is_taken_and_the_configuration_kept() {
    let decks = vec!["myth-or-fact".to_string()];
    let (route, _) = Route::parse("?deck=myth-or-fact&theme=dark", "#?secret=abc", &decks);
    let followed = route
        .clone()
        .with_fragment("#result=cp1-0123-7f&secret=xyz");
    assert_eq!(followed.config, route.config);
    assert_eq!(followed.result(), Some("cp1-0123-7f"));
    assert_eq!(followed.foreign(), ["secret=xyz"]);
    let cleared = followed.with_fragment("");
    assert_eq!(cleared.result(), None);
    assert!(cleared.foreign().is_empty());
}
