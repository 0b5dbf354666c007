//! The card on the table. One element serves every input: a pointer drag
//! (mouse, pen or touch) drops it on the pile beneath; a click or tap picks it
//! up; Enter or Space does the same from the keyboard.
//!
//! While dragged, the card shrinks and tilts (`styles/sort.css`) about the middle of its top
//! edge, which hangs just below the pointer, so the pile it is over keeps
//! its label in sight and the pointer, not the card, is what finds the pile.

use yew::prelude::*;

use super::piles::pile_at;
use crate::i18n::MessageId;
use crate::ui::env::use_env;

/// Movement in CSS pixels before a press becomes a drag.
const DRAG_THRESHOLD: i32 = 6;
/// How far below the pointer the dragged card's top edge hangs, in CSS pixels.
const HANG: i32 = 14;

#[derive(Properties, PartialEq)]
pub struct CardProps {
    pub text: AttrValue,
    /// The language the deck declares (empty: none).
    #[prop_or_default]
    pub lang: AttrValue,
    pub node: NodeRef,
    pub selected: bool,
    pub on_select: Callback<()>,
    /// Dropped on the pile with this index.
    pub on_drop: Callback<usize>,
    /// The pile under the dragged card changed.
    pub on_hover: Callback<Option<usize>>,
}

#[derive(Default)]
struct Drag {
    pointer: Option<i32>,
    start: (i32, i32),
    /// Where the dragged card's top middle goes, from the pointer's offset (it hangs there).
    hang: (i32, i32),
    moved: bool,
    hover: Option<usize>,
    /// A drag just ended: swallow the click the browser sends after it.
    swallow_click: bool,
}

#[function_component(DraggableCard)]
pub fn draggable_card(props: &CardProps) -> Html {
    let catalog = use_env().catalog();
    let drag = use_mut_ref(Drag::default);
    let dragging = use_state(|| false);
    {
        // A touch drag is the card's alone: no scroll, and so no fling to swallow the next tap.
        let (node, drag) = (props.node.clone(), drag.clone());
        use_effect_with((), move |_| {
            // The pointer move comes first, so a drag is known by the touch move's turn.
            let held = node
                .cast::<web_sys::Element>()
                .map(|el| crate::platform::take_touch_moves(&el, move || drag.borrow().moved));
            move || drop(held)
        });
    }

    let onpointerdown = {
        let drag = drag.clone();
        Callback::from(move |e: PointerEvent| {
            if e.button() != 0 {
                return;
            }
            let mut d = drag.borrow_mut();
            d.pointer = Some(e.pointer_id());
            d.start = (e.client_x(), e.client_y());
            d.moved = false;
            d.hover = None;
            if let Some(el) = e.target_dyn_into::<web_sys::Element>() {
                let _ = el.set_pointer_capture(e.pointer_id());
            }
        })
    };
    let onpointermove = {
        let (drag, dragging, node, on_hover) = (
            drag.clone(),
            dragging.clone(),
            props.node.clone(),
            props.on_hover.clone(),
        );
        Callback::from(move |e: PointerEvent| {
            let mut d = drag.borrow_mut();
            if d.pointer != Some(e.pointer_id()) {
                return;
            }
            let (x, y) = (e.client_x(), e.client_y());
            let (dx, dy) = (x - d.start.0, y - d.start.1);
            if !d.moved && dx * dx + dy * dy < DRAG_THRESHOLD * DRAG_THRESHOLD {
                return;
            }
            e.prevent_default();
            if !d.moved {
                d.moved = true;
                d.hang = hang(&node, d.start);
                dragging.set(true);
            }
            set_offset(&node, Some((dx + d.hang.0, dy + d.hang.1)));
            let hover = pile_at(f64::from(x), f64::from(y));
            if hover != d.hover {
                d.hover = hover;
                on_hover.emit(hover);
            }
        })
    };
    let end = |drop: bool| {
        let (drag, dragging, node) = (drag.clone(), dragging.clone(), props.node.clone());
        let (on_hover, on_drop) = (props.on_hover.clone(), props.on_drop.clone());
        move |e: PointerEvent| {
            let target = {
                let mut d = drag.borrow_mut();
                if d.pointer != Some(e.pointer_id()) {
                    return;
                }
                d.pointer = None;
                let was_drag = d.moved;
                d.moved = false;
                d.swallow_click = was_drag;
                if !was_drag {
                    return;
                }
                d.hover = None;
                pile_at(f64::from(e.client_x()), f64::from(e.client_y()))
            };
            set_offset(&node, None);
            dragging.set(false);
            on_hover.emit(None);
            if let Some(pile) = target.filter(|_| drop) {
                on_drop.emit(pile);
            }
        }
    };
    let onpointerup = Callback::from(end(true));
    let onpointercancel = Callback::from(end(false));
    let onclick = {
        let (drag, on_select) = (drag.clone(), props.on_select.clone());
        Callback::from(move |_: MouseEvent| {
            if std::mem::take(&mut drag.borrow_mut().swallow_click) {
                return;
            }
            on_select.emit(());
        })
    };

    let (lang, dir) = crate::ui::author::text_attrs(&props.lang);
    let class = classes!(
        "card",
        props.selected.then_some("is-selected"),
        dragging.then_some("is-dragging")
    );
    html! {
        <div class="card-slot">
            <button type="button" ref={props.node.clone()} class={class} data-testid="card"
                aria-pressed={props.selected.to_string()} aria-describedby="card-hint"
                {onpointerdown} {onpointermove} {onpointerup} {onpointercancel} {onclick}>
                <span class="card__label">{ catalog.text(MessageId::SortCardLabel) }</span>
                <span class="card__text" lang={lang} dir={dir}>{ props.text.clone() }</span>
            </button>
            <p id="card-hint" class="card-hint">
                { if props.selected { catalog.text(MessageId::SortCardSelectedHint) } else { catalog.text(MessageId::SortCardDragHint) } }
            </p>
        </div>
    }
}

/// How far to shift the dragged card so that its top middle (the point `styles/sort.css`
/// shrinks and tilts it about) sits [`HANG`] pixels below the press at `at`.
fn hang(node: &NodeRef, at: (i32, i32)) -> (i32, i32) {
    let Some(el) = node.cast::<web_sys::Element>() else {
        return (0, HANG);
    };
    let rect = el.get_bounding_client_rect();
    let x = f64::from(at.0) - rect.left() - rect.width() / 2.0;
    let y = f64::from(at.1) - rect.top();
    (x as i32, y as i32 + HANG)
}

/// Moves the card with the pointer (a transform, so layout never shifts).
fn set_offset(node: &NodeRef, offset: Option<(i32, i32)>) {
    if let Some(el) = node.cast::<web_sys::HtmlElement>() {
        let style = el.style();
        let _ = match offset {
            Some((dx, dy)) => style.set_property("translate", &format!("{dx}px {dy}px")),
            None => style.remove_property("translate").map(|_| ()),
        };
    }
}
