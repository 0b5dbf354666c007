//! The learner's interface table, loaded before the widget shows anything: a language
//! other than English is a file the manifest names (`content/<code>/i18n.<hash>.json`),
//! fetched like the content, read with `Catalog::from_list` (the build's keyless form of
//! `content/i18n/<code>.json`) and the language's plural rule, and installed for the
//! page's life (`Lang::install`, so every view's `&'static Catalog` is it). Until it
//! arrives the page shows nothing, so a learner never sees the English screen flash first.
//! A table that cannot be fetched or read leaves the page in English, and one with gaps
//! shows English there; the console says which.

use std::cell::Cell;

use yew::Callback;

use super::content::Library;
use crate::i18n::{Catalog, Lang};
use crate::platform;

/// Loads `lang`'s table (the one `library`'s manifest names), then calls `done` with the
/// language the widget shows: `lang`, or English if its table is not to be had.
pub fn load(lang: Lang, library: &Library, done: Box<dyn FnOnce(Lang)>) {
    let href = match lang {
        Lang::En => None,
        _ => library.table_href(lang),
    };
    let Some(href) = href else {
        if lang != Lang::En {
            platform::warn("this page has no table for the learner's language; showing English");
        }
        return done(Lang::En);
    };
    let (done, files) = (Cell::new(Some(done)), library.clone());
    let arrived = {
        let href = href.clone();
        Callback::from(move |()| {
            let Some(text) = files.file(&href) else {
                return;
            };
            let shown = text.and_then(|t| install(lang, &t));
            if shown.is_none() {
                platform::warn(&format!("{href} could not be read; showing English"));
            }
            if let Some(done) = done.take() {
                done(shown.unwrap_or_default());
            }
        })
    };
    library.request_file(&href, &arrived);
}

/// Reads and installs the table (`None` if it cannot be read).
fn install(lang: Lang, text: &str) -> Option<Lang> {
    let table = Catalog::from_list(text, lang.plural_rule()).ok()?;
    let missing = table.missing().len();
    if missing > 0 {
        platform::warn(&format!(
            "{missing} texts missing from the table, shown in English"
        ));
    }
    lang.install(table);
    Some(lang)
}
