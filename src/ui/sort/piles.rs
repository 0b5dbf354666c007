//! The piles: real buttons (click, tap, Enter, Space, or the number key shown),
//! and drop targets that light up under a dragged card without revealing anything.
//!
//! A label never breaks inside a word: each word is its own unbreakable run (a hyphen or a
//! slash inside it is no break either), and the piles carry their longest word's length
//! (`lw6` … `lw16`), from which `styles/sort.css` sizes the columns and the type so that
//! word fits: the piles stack before a column gets too narrow, and the type shrinks
//! (down to 1rem) in narrow columns. A word over 16 characters may break.
//!
//! Each pile is a place with a running count of the cards put on it this round, a badge on
//! its top edge (so it takes no room from the label; a picture of the learner's own moves,
//! hidden from screen readers, which hear each placement announced); the badge of the pile a card just
//! landed on is a new element, so its arrival plays each time (CSS only, `styles/sort.css`).

use yew::prelude::*;

use crate::deck::Deck;
use crate::i18n::{Catalog, MessageId};
use crate::platform::marked_element_at;

/// The attribute that marks a pile as a drop target, with its index as the value.
const PILE_INDEX: &str = "data-pile-index";
/// The longest word the piles' type is sized to keep whole; a longer one may break.
const LONGEST_WHOLE: usize = 16;

/// The index of the pile under `(x, y)`, if any.
pub(super) fn pile_at(x: f64, y: f64) -> Option<usize> {
    marked_element_at(x, y, PILE_INDEX)?.parse().ok()
}

/// The pile buttons. `hover` is the pile under a dragged card; `enabled`
/// says whether a card can be placed now; `counts` the cards on each pile; `landed` the
/// pile the last action put a card on, with that action's number.
pub fn piles(
    catalog: &'static Catalog,
    deck: &Deck,
    hover: Option<usize>,
    enabled: bool,
    on_place: &Callback<usize>,
    counts: &[usize],
    landed: Option<(usize, u32)>,
) -> Html {
    let (lang, dir) = crate::ui::author::text_attrs(&deck.lang);
    // The longest run of characters between spaces in any label.
    let mut longest = 0;
    for pile in &deck.piles {
        let mut run = 0;
        for c in pile.label.chars() {
            run = if c == ' ' { 0 } else { run + 1 };
            longest = longest.max(run);
        }
    }
    let longest = longest.clamp(6, LONGEST_WHOLE);
    html! {
        <div class={format!("piles lw{longest}")} role="group" aria-label={catalog.text(MessageId::SortPilesLabel)}>
            { for deck.piles.iter().enumerate().map(|(i, pile)| {
                let class = classes!("pile", (hover == Some(i)).then_some("is-target"));
                let count = counts.get(i).copied().unwrap_or_default();
                let new = landed.filter(|(p, _)| *p == i).map(|(_, n)| n);
                html! {
                    <button type="button" key={pile.id.clone()} class={class}
                        data-pile-index={i.to_string()} data-testid={format!("pile-{}", pile.id)}
                        aria-keyshortcuts={(i + 1).to_string()}
                        disabled={!enabled}
                        onclick={on_place.reform(move |_| i)}>
                        <span class="pile__key" aria-hidden="true">{ i + 1 }</span>
                        <span class="pile__label" lang={lang.clone()} dir={dir}>{ words(&pile.label) }</span>
                        if !pile.hint.is_empty() {
                            <span class="pile__hint" lang={lang.clone()} dir={dir}>{ &pile.hint }</span>
                        }
                        <span key={new.map_or(0, |n| n + 1)} class={count_class(count, new.is_some())} aria-hidden="true">{ count }</span>
                    </button>
                }
            }) }
        </div>
    }
}

/// The count badge's classes: a card just landed (its arrival plays), none yet, or some.
fn count_class(count: usize, new: bool) -> &'static str {
    match (new, count) {
        (true, _) => "pile__count is-new",
        (false, 0) => "pile__count is-empty",
        _ => "pile__count",
    }
}

/// `label`'s words, each an unbreakable run (`pile__word`; one over [`LONGEST_WHOLE`]
/// characters is `pile__long`, which may break), with the spaces between them, where the
/// line may break.
fn words(label: &str) -> Html {
    let mut parts = Vec::new();
    let mut rest = Some(label);
    while let Some(text) = rest {
        let (word, more) = match text.split_once(' ') {
            Some((word, more)) => (word, Some(more)),
            None => (text, None),
        };
        if !parts.is_empty() {
            parts.push(html! { " " });
        }
        let class = if word.chars().count() > LONGEST_WHOLE {
            "pile__long"
        } else {
            "pile__word"
        };
        parts.push(html! { <span {class}>{ word }</span> });
        rest = more;
    }
    parts.into_iter().collect()
}
