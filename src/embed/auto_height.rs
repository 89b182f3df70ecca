//! The browser edge of auto-height: watches the page's height and tells the host page, and
//! answers a Pym.js parent's `width` messages. Does nothing outside an iframe.

use std::{cell::Cell, rc::Rc};

use gloo_events::EventListener;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use web_sys::{MessageEvent, ResizeObserver, Window};
use yew::prelude::*;

use super::protocol::{
    height_messages, parse_incoming, pym_height_message, ChildId, Incoming, Message,
};

/// Posts the content's height to the parent window whenever it changes (all four protocols,
/// unchanged heights skipped), and answers a Pym `width` message from the parent window
/// itself with the Pym height. `child_id` is the raw `childId` from the URL; an invalid one is
/// treated as absent.
#[hook]
pub fn use_auto_height(child_id: Option<String>) {
    use_effect_with(child_id, |child_id| {
        let child_id = child_id.as_deref().and_then(|raw| ChildId::parse(raw).ok());
        let cleanup = start(child_id);
        move || drop(cleanup)
    });
}

/// Everything that must stay alive while auto-height runs; dropping it stops it (the message
/// listener takes itself off the window when dropped).
struct Running {
    observer: ResizeObserver,
    _on_resize: Closure<dyn FnMut()>,
    _on_message: EventListener,
}

impl Drop for Running {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

fn start(child_id: Option<ChildId>) -> Option<Running> {
    let window = web_sys::window()?;
    let parent = window.parent().ok().flatten()?;
    // Not framed: the parent is the window itself, and there is nobody to tell.
    if JsValue::from(&parent) == JsValue::from(&window) {
        return None;
    }
    let root = window.document()?.document_element()?;
    let last_sent = Rc::new(Cell::new(0u32));

    // The root element's box is the content's height (unlike scrollHeight, it does not grow to
    // the iframe's current height, so the iframe can shrink again).
    let content_height = {
        let root = root.clone();
        move || root.get_bounding_client_rect().height().ceil().max(0.0) as u32
    };
    // The address the iframe was loaded with: Embedly matches it against the iframe's `src`,
    // which stays put while the widget rewrites its own URL as the reader changes the view.
    let own_src = window.location().href().unwrap_or_default();

    let on_resize = {
        let (parent, last_sent, content_height) =
            (parent.clone(), last_sent.clone(), content_height.clone());
        let child_id = child_id.clone();
        Closure::<dyn FnMut()>::new(move || {
            let height = content_height();
            if height == last_sent.get() {
                return;
            }
            last_sent.set(height);
            for message in height_messages(height, child_id.as_ref(), &own_src) {
                post(&parent, &message);
            }
        })
    };
    let observer = ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok()?;
    observer.observe(&root);

    let on_message = EventListener::new(&window, "message", move |event| {
        let Some(event) = event.dyn_ref::<MessageEvent>() else {
            return;
        };
        // Only the parent window may ask; any other window or frame is ignored.
        let from_parent = event
            .source()
            .is_some_and(|s| JsValue::from(s) == JsValue::from(&parent));
        let Some(data) = event.data().as_string().filter(|_| from_parent) else {
            return;
        };
        if let (Some(Incoming::PymWidth(_)), Some(id)) =
            (parse_incoming(&data, child_id.as_ref()), child_id.as_ref())
        {
            // Not recorded in `last_sent`: only Pym heard it, so the observer must still
            // tell the other protocols when the height has changed.
            post(&parent, &pym_height_message(content_height(), id));
        }
    });

    Some(Running {
        observer,
        _on_resize: on_resize,
        _on_message: on_message,
    })
}

/// Sends one message to any origin: a height is no secret, and the host's origin is unknown.
fn post(parent: &Window, message: &Message) {
    let value = match message {
        Message::Text(text) => JsValue::from_str(text),
        Message::Object(json) => match js_sys::JSON::parse(json) {
            Ok(value) => value,
            Err(_) => return,
        },
    };
    let _ = parent.post_message(&value, "*");
}
