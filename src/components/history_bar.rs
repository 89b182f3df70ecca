//! Undo, Redo and "Reset to the record" for the reader's changes of switches, date and workload
//! (the history is kept by the reducer, `AppState::undo`/`redo`). Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z
//! (and Ctrl+Y) anywhere in the widget outside a text field press the first two buttons: a
//! listener in web/loader.js, not wasm (it cost about 0.7 KB gzip of the reader's first load in
//! the wasm and its glue; docs/kit.md). A line says how this differs
//! from the browser's Back button, which moves between views (links) instead. Beside them, the
//! "Compare with the record" toggle (`cmp=1`; the marks are drawn by the outcome matrix).

use crate::model::i18n::msg;
use crate::state::{Action, AppState};
use yew::prelude::*;

/// The three buttons and the line about Back. A view function: it is small and its props are
/// three flags. Undo and Redo stay the group's first two buttons: web/loader.js's keys press
/// them by their place.
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
