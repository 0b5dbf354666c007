//! The learner's interface table, loaded before the widget shows anything: a language
//! other than English is a file the manifest names (`content/<code>/i18n.<hash>.txt`), which
//! the page's own script fetches (`js/page.js`, part 4: it starts as the wasm downloads, and
//! puts the manifest of the language's decks and questionnaire in the page; in the plain
//! build, with no LMS, it also chooses the language, from `?lang=` and the browser's), read with
//! `Catalog::from_records` (the build's keyless form of `content/i18n/<code>.json`) and the
//! language's plural rule, and installed for the page's life (`Lang::install`, so every
//! view's `&'static Catalog` is it). Until it arrives the page shows nothing, so a learner
//! never sees the English screen flash first. A table that cannot be fetched leaves the page
//! in English, and one with gaps shows English there; the console says which.

use crate::i18n::{Catalog, Lang};
use crate::platform;

/// Has the page's script choose the language (from `?lang=`, the LMS's learner preference
/// `lms`, comma-separated tags, `""` for none, and the browser's languages) and loads its
/// table, then calls `done` with the language the widget shows: that language, or English if
/// its table is not to be had.
pub fn load(lms: &str, done: Box<dyn FnOnce(Lang)>) {
    let table = platform::language_table(lms);
    wasm_bindgen_futures::spawn_local(async move {
        let Some(answer) = table.await else {
            platform::warn("the learner's language's table could not be fetched; showing English");
            return done(Lang::En);
        };
        // `<code>` for English, `<code>` U+001D `<texts>` for another; kept for the page's
        // life: the table's entries are slices of it.
        let (code, texts) = answer.leak().split_once('\u{1d}').unwrap_or_default();
        let lang = Lang::from_code(code).unwrap_or_default();
        if lang != Lang::En {
            let table = Catalog::from_records(texts, lang.plural_rule());
            if !table.missing().is_empty() {
                platform::warn(
                    "texts missing from the learner's language's table are shown in English",
                );
            }
            lang.install(table);
        }
        done(lang);
    });
}
