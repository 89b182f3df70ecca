//! Undo, Redo and "Reset to the record" for the reader's changes of switches, date and workload
//! (the history is kept by the reducer, `AppState::undo`/`redo`), with Ctrl/Cmd+Z and
//! Shift+Ctrl/Cmd+Z (and Ctrl+Y) anywhere outside a text field. A line says how this differs
//! from the browser's Back button, which moves between views (links) instead.

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
    let button =
        |label: &'static str, enabled: bool, action: fn() -> Action, keys: &'static str| {
            let dispatch = dispatch.clone();
            html! {
                <button type="button" class="button" disabled={!enabled}
                    aria-keyshortcuts={(!keys.is_empty()).then_some(keys)}
                    onclick={move |_| dispatch.emit(action())}>{ label }</button>
            }
        };
    html! {
        <div class="history" role="group" aria-label="Your changes">
            { button("Undo", !state.undo.is_empty(), || Action::Undo, "Control+Z Meta+Z") }
            { button("Redo", !state.redo.is_empty(), || Action::Redo, "Control+Shift+Z Meta+Shift+Z") }
            { button("Reset to the record", state.departs_from_record(), || Action::ResetToRecord, "") }
            <p class="history__note">
                { "Undo and Redo step through your changes of switches, date and workload; your browser's Back button moves between views." }
            </p>
        </div>
    }
}

/// Listens for the history keys on the document for as long as the explainer is mounted.
#[hook]
pub fn use_history_keys(dispatch: Callback<Action>) {
    use_effect_with((), move |_| {
        let listener = listen(dispatch);
        // Dropping the listener takes it off the document.
        move || drop(listener)
    });
}

#[cfg(target_arch = "wasm32")]
fn listen(dispatch: Callback<Action>) -> Option<gloo_events::EventListener> {
    use wasm_bindgen::JsCast;
    let document = web_sys::window()?.document()?;
    // Not passive: the listener calls preventDefault, so the browser does not also act on it.
    let options = gloo_events::EventListenerOptions::enable_prevent_default();
    Some(gloo_events::EventListener::new_with_options(
        &document,
        "keydown",
        options,
        move |event| {
            let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                return;
            };
            if event.default_prevented() || event.is_composing() {
                return;
            }
            let in_text = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|el| {
                    el.closest("input,textarea,select,[contenteditable],dialog")
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
        },
    ))
}

#[cfg(not(target_arch = "wasm32"))]
fn listen(_dispatch: Callback<Action>) -> Option<gloo_events::EventListener> {
    None
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
