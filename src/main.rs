//! Entry point: install the panic screen, read the configuration, mount the app.

fn main() {
    twofold::platform::install_panic_hook(twofold::ui::show_crash_screen);
    twofold::ui::mount();
}
