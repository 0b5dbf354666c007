//! An author's words (a deck's title, cards, piles and explanations) in the language their
//! deck declares (`"lang"`), which may differ from the interface's: such text carries that
//! `lang` (so screen readers and fonts switch) and its direction.

use yew::AttrValue;

use crate::i18n::Lang;

/// The `lang` and `dir` of text from a deck declaring `tag`: no `lang` and `dir="auto"`
/// when it declares none; else `tag`, with its language's direction, or `auto` for a
/// language the widget has no table for (the browser then reads the text's own).
pub fn text_attrs(tag: &str) -> (Option<AttrValue>, &'static str) {
    if tag.is_empty() {
        return (None, "auto");
    }
    let dir = Lang::from_code(tag).map_or("auto", Lang::dir);
    (Some(AttrValue::from(tag.to_string())), dir)
}
