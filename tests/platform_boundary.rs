//! `src/platform/` is the only code that talks to JavaScript, and knows nothing of the
//! UI: no element id, CSS selector or markup of the widget's own is written there; the UI
//! passes them in.
#![cfg(not(target_arch = "wasm32"))]

/// Calls that take an element id or a selector: in `platform/` their argument must come
/// from the caller, never a string literal.
const LOOKUPS: [&str; 4] = [
    "get_element_by_id(\"",
    "query_selector(\"",
    "query_selector_all(\"",
    "set_inner_html(\"",
];

#[test]
fn platform_names_no_ui_element_selector_or_markup() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/platform");
    let mut checked = 0;
    for path in rust_files(std::path::Path::new(dir)) {
        let text = std::fs::read_to_string(&path).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            for lookup in LOOKUPS {
                assert!(
                    !code.contains(lookup),
                    "{}:{}: {lookup}…",
                    path.display(),
                    n + 1
                );
            }
            for markup in [
                "data-testid",
                "class=",
                "<div",
                "data-pile",
                "#twofold",
                "main.screen",
            ] {
                assert!(
                    !code.contains(markup),
                    "{}:{}: {markup}",
                    path.display(),
                    n + 1
                );
            }
        }
        checked += 1;
    }
    assert!(checked >= 5, "read {checked} files in {dir}");
}

/// Every `.rs` file under `dir`, its folders included (`platform/lms/`).
fn rust_files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}
