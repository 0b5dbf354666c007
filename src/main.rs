//! Entry point: read the URL, mount the app. No panic hook: in the release build a panic is
//! a bare trap (`-Cpanic=immediate-abort`, scripts/release-build.sh), and the page's own
//! script (`js/page.js`) shows the crash screen on it, as on any uncaught error.

fn main() {
    twofold::ui::mount();
}
