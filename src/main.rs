//! Entry point: install the panic hook (it reveals the page's crash screen), read the URL,
//! mount the app.

fn main() {
    twofold::platform::install_panic_hook(twofold::ui::show_crash_screen);
    twofold::ui::mount();
}
