//! Keyboard control of the story for a teacher at a projector: arrows, Page Up/Down, Space,
//! Home and End move between steps. A document-level listener, so no element needs focus —
//! but it keeps out of the way of typing, form controls and browser shortcuts.

use crate::state::StoryKey;
use gloo_events::EventListener;
use yew::prelude::*;

/// What kind of element the key was pressed in, which decides whether the key is ours.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyTarget {
    /// An input, textarea, select or contenteditable element, or anything in an open dialog:
    /// its keys belong to it.
    TextEntry,
    /// A button, link, summary, checkbox (native or a role) or switch: Space activates it, so
    /// Space stays its own; the arrows, Page Up/Down, Home and End still step the story.
    Control,
    /// Anything else (the page body, a heading, a caption).
    Other,
}

/// The story move for a key (`KeyboardEvent.key`), or `None` to leave the key alone. Keys with
/// Ctrl, Alt, Meta or Shift are never taken: they are browser and screen-reader shortcuts.
pub fn story_key(key: &str, modified: bool, target: KeyTarget) -> Option<StoryKey> {
    if modified || target == KeyTarget::TextEntry {
        return None;
    }
    match key {
        "ArrowRight" | "PageDown" => Some(StoryKey::Next),
        " " | "Spacebar" if target == KeyTarget::Other => Some(StoryKey::Next),
        "ArrowLeft" | "PageUp" => Some(StoryKey::Prev),
        "Home" => Some(StoryKey::First),
        "End" => Some(StoryKey::Last),
        _ => None,
    }
}

/// Listens for story keys on the document while `enabled`, calling `onkey` with each move.
#[hook]
pub fn use_story_keys(enabled: bool, onkey: Callback<StoryKey>) {
    use_effect_with(enabled, move |enabled| {
        let listener = if *enabled { listen(onkey) } else { None };
        // Dropping the listener takes it off the document.
        move || drop(listener)
    });
}

#[cfg(target_arch = "wasm32")]
fn listen(onkey: Callback<StoryKey>) -> Option<EventListener> {
    use gloo_events::EventListenerOptions;
    use wasm_bindgen::JsCast;
    let document = web_sys::window()?.document()?;
    // Not passive (gloo's default): the listener calls preventDefault, so Space steps the
    // story instead of scrolling the page.
    let options = EventListenerOptions::enable_prevent_default();
    Some(EventListener::new_with_options(
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
            let modified =
                event.ctrl_key() || event.alt_key() || event.meta_key() || event.shift_key();
            let target = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .map_or(KeyTarget::Other, |el| target_kind(&el));
            if let Some(key) = story_key(&event.key(), modified, target) {
                event.prevent_default();
                onkey.emit(key);
            }
        },
    ))
}

#[cfg(not(target_arch = "wasm32"))]
fn listen(_onkey: Callback<StoryKey>) -> Option<EventListener> {
    None
}

/// Classifies the element a key was pressed in.
#[cfg(target_arch = "wasm32")]
fn target_kind(el: &web_sys::Element) -> KeyTarget {
    let tag = el.tag_name().to_ascii_lowercase();
    let inside = |selector: &str| el.closest(selector).ok().flatten().is_some();
    let editable = inside("[contenteditable]:not([contenteditable=\"false\"])")
        || inside("dialog, [role=\"dialog\"]");
    // A checkbox (the question's choices) takes Space only: the clicker's Page Up/Down and the
    // arrows still step the story after a tick. Other inputs (text, radio) keep every key.
    let checkbox = tag == "input"
        && el
            .get_attribute("type")
            .is_some_and(|t| t.eq_ignore_ascii_case("checkbox"));
    if editable || (!checkbox && matches!(tag.as_str(), "input" | "textarea" | "select")) {
        return KeyTarget::TextEntry;
    }
    if checkbox {
        return KeyTarget::Control;
    }
    let role = el.get_attribute("role").unwrap_or_default();
    if matches!(tag.as_str(), "button" | "a" | "summary")
        || matches!(
            role.as_str(),
            "button" | "switch" | "checkbox" | "link" | "tab"
        )
    {
        return KeyTarget::Control;
    }
    KeyTarget::Other
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arrows_page_keys_home_and_end_move_through_the_story() {
        let t = KeyTarget::Other;
        assert_eq!(story_key("ArrowRight", false, t), Some(StoryKey::Next));
        assert_eq!(story_key("PageDown", false, t), Some(StoryKey::Next));
        assert_eq!(story_key(" ", false, t), Some(StoryKey::Next));
        assert_eq!(story_key("ArrowLeft", false, t), Some(StoryKey::Prev));
        assert_eq!(story_key("PageUp", false, t), Some(StoryKey::Prev));
        assert_eq!(story_key("Home", false, t), Some(StoryKey::First));
        assert_eq!(story_key("End", false, t), Some(StoryKey::Last));
        assert_eq!(story_key("a", false, t), None);
        assert_eq!(story_key("Enter", false, t), None);
    }

    #[test]
    fn keys_in_text_fields_and_modified_keys_are_left_alone() {
        for key in ["ArrowRight", "ArrowLeft", " ", "Home", "End"] {
            assert_eq!(story_key(key, false, KeyTarget::TextEntry), None, "{key}");
            assert_eq!(story_key(key, true, KeyTarget::Other), None, "{key}");
        }
    }

    #[test]
    fn space_on_a_button_activates_the_button_but_arrows_still_step() {
        assert_eq!(story_key(" ", false, KeyTarget::Control), None);
        assert_eq!(
            story_key("ArrowRight", false, KeyTarget::Control),
            Some(StoryKey::Next)
        );
    }
}
