//! Undo, Redo and "Reset to the record" for the reader's changes of switches, date and workload
//! (the history is kept by the reducer, `AppState::undo`/`redo`). Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z
//! (and Ctrl+Y) anywhere in the widget outside a text field press the first two buttons: a
//! listener in web/loader.js, not wasm (it cost about 0.7 KB gzip of the reader's first load in
//! the wasm and its glue; docs/kit.md). A line says how this differs
//! from the browser's Back button, which moves between views (links) instead. Beside them, the
//! "Compare with the record" toggle (`cmp=1`; the marks are drawn by the outcome matrix).

use super::text::emit_on_click;
use crate::model::i18n::msg;
use crate::state::{Action, AppState};
use yew::prelude::*;

/// The action a history bar button names (`onkit`'s value): Undo, Redo, Reset to the record,
/// or the comparison toggle.
pub fn kit_action(which: &str) -> Action {
    match which {
        "undo" => Action::Undo,
        "redo" => Action::Redo,
        "reset" => Action::ResetToRecord,
        _ => Action::ToggleCompare,
    }
}

/// The three buttons, the compare toggle and the line about Back. A view function: it is small
/// and its props are four flags. Each button hands its name to `onkit` (`kit_action` says what
/// it does) through the click handler every naming button shares, so the bar adds no closure
/// type of its own. Undo and Redo stay the group's first two buttons: web/loader.js's keys
/// press them by their place.
pub fn history_bar(state: &AppState, onkit: &Callback<AttrValue>) -> Html {
    let button = |label: &'static str, enabled: bool, which: &'static str| {
        // The compare toggle is pressed or not; the others are plain buttons.
        let toggle = which == "compare";
        html! {
            <button type="button" class="button" disabled={!toggle && !enabled}
                aria-pressed={toggle.then_some(if enabled { "true" } else { "false" })}
                onclick={emit_on_click(onkit, AttrValue::Static(which))}>{ label }</button>
        }
    };
    html! {
        <div class="history" role="group" aria-label={msg::history_label()}>
            { button(msg::history_undo(), !state.undo.is_empty(), "undo") }
            { button(msg::history_redo(), !state.redo.is_empty(), "redo") }
            { button(msg::history_reset(), state.departs_from_record(), "reset") }
            { button(msg::history_compare(), state.view.compare, "compare") }
            <p>
                { msg::history_note() }
            </p>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_button_name_is_its_action() {
        assert!(matches!(kit_action("undo"), Action::Undo));
        assert!(matches!(kit_action("redo"), Action::Redo));
        assert!(matches!(kit_action("reset"), Action::ResetToRecord));
        assert!(matches!(kit_action("compare"), Action::ToggleCompare));
    }
}
