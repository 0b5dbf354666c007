//! `?shareUrl=`: the page a chooser result link opens (the host page, not the frame).
//! Only an absolute http(s) URL is taken (its own fragment dropped); the link is built on it
//! with the widget's `#result=…` alone, never the host's fragment parts; anything else is
//! reported and the widget's own address is used.
#![cfg(not(target_arch = "wasm32"))]

use twofold_core::config::{share_url, Config};
use twofold_core::route::Route;

const PAGE: &str = "https://widget.example/twofold/chooser.html?theme=dark";

/// The link a page opened with `query` and `fragment` shows for its result (the fragment's,
/// else one the learner reached).
fn link(query: &str, fragment: &str) -> String {
    let (route, problems) = Route::parse(query, fragment, &[]);
    assert!(problems.is_empty(), "{problems:?}");
    let route = match route.result() {
        Some(_) => route,
        None => route.with_result(Some("cp2-3210-01".into())),
    };
    route.share_link(PAGE).unwrap()
}

#[test]
fn an_absolute_http_or_https_url_is_taken_without_its_fragment() {
    for (given, taken) in [
        ("https://blog.example/post", "https://blog.example/post"),
        (
            "http://localhost:8000/p.html",
            "http://localhost:8000/p.html",
        ),
        (
            "HTTPS://Blog.Example/Post?p=12&x=1",
            "HTTPS://Blog.Example/Post?p=12&x=1",
        ),
        (
            "https://blog.example/post#comments",
            "https://blog.example/post",
        ),
        ("https://blog.example", "https://blog.example"),
        ("https://blog.example?p=1", "https://blog.example?p=1"),
        ("https://blog.example/é", "https://blog.example/é"),
    ] {
        assert_eq!(share_url(given).as_deref(), Some(taken), "{given:?}");
    }
    for bad in [
        "",
        "blog.example/post",
        "/post",
        "//blog.example/post",
        "javascript:alert(1)",
        "javascript://%0aalert(1)",
        "data:text/html,hi",
        "ftp://blog.example/",
        "https://",
        "https:///post",
        "https://?q",
        "https://@blog.example",
        "https://:80/",
        "https://blog example/",
        "https://blog.example/a b",
        "https://blog.example/\"><script>",
        "https://blog.example/<x>",
        "https://blog.example/`x`",
        "https://blog.example\\evil",
        "https://blog.example/\u{7f}",
        "https://blog.example/\nx",
        " https://blog.example/",
        "https://blog.example/ ",
        "https://blog.example/\tx",
    ] {
        assert_eq!(share_url(bad), None, "{bad:?}");
    }
}

#[test]
fn the_result_link_is_built_on_the_share_url() {
    let q = "?shareUrl=https%3A%2F%2Fblog.example%2Fpost%3Fp%3D12%23top";
    assert_eq!(
        link(q, "#result=cp2-0123-7f"),
        "https://blog.example/post?p=12#result=cp2-0123-7f"
    );
    // Unencoded in the query, the host's own query stops at the first `&`: the builder
    // encodes it, and `&` inside it is then kept.
    let (config, _) = Config::from_query(
        "?shareUrl=https%3A%2F%2Fblog.example%2F%3Fa%3D1%26b%3D2",
        &[],
    );
    assert_eq!(
        config.share_url.as_deref(),
        Some("https://blog.example/?a=1&b=2")
    );
}

#[test]
fn without_a_share_url_the_link_is_the_widgets_own_page() {
    assert_eq!(
        link("", "result=cp2-0123-7f"),
        "https://widget.example/twofold/chooser.html?theme=dark#result=cp2-0123-7f"
    );
    assert_eq!(
        link("?shareUrl=https://blog.example/", ""),
        "https://blog.example/#result=cp2-3210-01",
        "a result the learner reached"
    );
    // The value is percent-encoded as the fragment writes it.
    let (route, _) = Route::parse("", "", &[]);
    assert_eq!(route.share_link(PAGE), None, "no result, no link");
    let route = route.with_result(Some("a b+c".into()));
    assert_eq!(
        route.share_link("https://w.example/").as_deref(),
        Some("https://w.example/#result=a%20b%2Bc")
    );
}

#[test]
fn the_hosts_fragment_parts_never_reach_the_link() {
    assert_eq!(
        link(
            "?shareUrl=https://blog.example/post",
            "#?secret=abc123&result=cp2-0123-7f"
        ),
        "https://blog.example/post#result=cp2-0123-7f"
    );
}

#[test]
fn a_bad_share_url_is_reported_and_the_widgets_page_used() {
    let (route, problems) = Route::parse(
        "?shareUrl=javascript%3Aalert(1)",
        "#result=cp2-0123-7f",
        &[],
    );
    assert_eq!(route.config.share_url, None);
    assert_eq!(
        problems.iter().map(ToString::to_string).collect::<Vec<_>>(),
        ["shareUrl=\"javascript:alert(1)\" is not recognised (use one of: https://host.example/page); the default is used."]
    );
    assert_eq!(
        route.share_link(PAGE).as_deref(),
        Some("https://widget.example/twofold/chooser.html?theme=dark#result=cp2-0123-7f")
    );
}
