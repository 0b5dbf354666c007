//! The core crate stays free of web dependencies, so every rule in it builds and is
//! tested natively; only the widget crate talks to JavaScript.

const WEB_CRATES: [&str; 5] = ["yew", "web-sys", "js-sys", "wasm-bindgen", "gloo"];

#[test]
fn the_core_crate_depends_on_no_web_crate() {
    let manifest = include_str!("../Cargo.toml");
    let mut section = "";
    for line in manifest.lines().map(str::trim) {
        if line.starts_with('[') {
            section = line;
            continue;
        }
        // Dev-dependencies (a reference JSON parser for tests) never reach the widget.
        if section == "[dependencies]" || section.starts_with("[target.") {
            let name = line.split(['=', ' ', '.']).next().unwrap_or_default();
            assert!(
                !WEB_CRATES.iter().any(|web| name.starts_with(web)),
                "core/Cargo.toml names web crate `{name}` in {section}"
            );
        }
    }
}
