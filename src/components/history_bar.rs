//! Undo, Redo and "Reset to the record" for the reader's changes of switches, date and workload
//! (the history is kept by the reducer, `AppState::undo`/`redo`), with Ctrl/Cmd+Z and
//! Shift+Ctrl/Cmd+Z (and Ctrl+Y) anywhere in the widget outside a text field. A line says how this differs
//! from the browser's Back button, which moves between views (links) instead. Beside them, the
//! "Compare with the record" toggle (`cmp=1`; the marks are drawn by the outcome matrix).

use crate::model::i18n::msg;
use crate::state::{Action, AppState};
use yew::prelude::*;

/// What a key press asks of the history: `Some(Action::Undo | Action::Redo)` or nothing. Only
/// with Ctrl or Cmd (and never with Alt, a different shortcut on some keyboards); never in a
/// text field, which has its own undo.
pub fn history_key(
    key: &str,
    command: bool,
    shift: bool,
    alt: bool,
    in_text: bool,
) -> Option<Action> {
    if !command || alt || in_text {
        return None;
    }
    match (key, shift) {
        ("z" | "Z", false) => Some(Action::Undo),
        ("z" | "Z", true) | ("y" | "Y", false) => Some(Action::Redo),
        _ => None,
    }
}

/// The three buttons and the line about Back. A view function: it is small and its props are
/// three flags.
pub fn history_bar(state: &AppState, dispatch: &Callback<Action>) -> Html {
    // One callback type for the three buttons (each closure type is its own code in the wasm).
    let button = |label: &'static str, enabled: bool, which: u8| {
        let onclick = dispatch.reform(move |_: MouseEvent| match which {
            0 => Action::Undo,
            1 => Action::Redo,
            2 => Action::ResetToRecord,
            _ => Action::ToggleCompare,
        });
        // The compare toggle is pressed or not; the others are plain buttons.
        let pressed = (which == 3).then_some(if enabled { "true" } else { "false" });
        html! {
            <button type="button" class="button" disabled={which < 3 && !enabled}
                aria-pressed={pressed} {onclick}>{ label }</button>
        }
    };
    html! {
        <div class="history" role="group" aria-label={msg::history_label()}>
            { button(msg::history_undo(), !state.undo.is_empty(), 0) }
            { button(msg::history_redo(), !state.redo.is_empty(), 1) }
            { button(msg::history_reset(), state.departs_from_record(), 2) }
            { button(msg::history_compare(), state.view.compare, 3) }
            <p class="history__note">
                { msg::history_note() }
            </p>
        </div>
    }
}

/// The explainer's `onkeydown`: Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z (or Ctrl+Y) pressed anywhere in
/// the widget. On the widget's root through Yew's own event delegation rather than a listener on
/// the document: a document listener of its own cost about 0.8 KB gzip of wasm (docs/kit.md),
/// and the keys are wanted where the reader is working, not in the host page around an embed.
pub fn on_history_key(dispatch: Callback<Action>) -> Callback<KeyboardEvent> {
    Callback::from(move |event: KeyboardEvent| {
        if event.default_prevented() || event.is_composing() {
            return;
        }
        // A text field has its own undo (the embed dialog's code); the timeline's slider has none.
        let in_text = event
            .target_dyn_into::<web_sys::Element>()
            .and_then(|el| {
                el.closest("textarea,dialog,input:not([type=range])")
                    .ok()
                    .flatten()
            })
            .is_some();
        let command = event.ctrl_key() || event.meta_key();
        if let Some(action) = history_key(
            &event.key(),
            command,
            event.shift_key(),
            event.alt_key(),
            in_text,
        ) {
            event.prevent_default();
            dispatch.emit(action);
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn is(action: Option<Action>, undo: bool) -> bool {
        matches!(
            (action, undo),
            (Some(Action::Undo), true) | (Some(Action::Redo), false)
        )
    }

    #[test]
    fn ctrl_or_cmd_z_undoes_and_with_shift_redoes() {
        assert!(is(history_key("z", true, false, false, false), true));
        assert!(is(history_key("Z", true, true, false, false), false));
        assert!(is(history_key("y", true, false, false, false), false));
    }

    #[test]
    fn plain_alt_and_text_field_keys_are_left_alone() {
        assert!(history_key("z", false, false, false, false).is_none());
        assert!(history_key("z", true, false, true, false).is_none());
        assert!(history_key("z", true, false, false, true).is_none());
        assert!(history_key("x", true, false, false, false).is_none());
    }
}
