//! The Embed dialog's height preview: loads the embed, as the dialog would give it, in hidden
//! iframes at common column widths (the widget's own origin, so allowed by its CSP) and reads
//! the heights the widget reports once it has mounted. The code then starts at the right height
//! for a phone, and its script knows the height at each width before the widget loads.

use std::{cell::RefCell, rc::Rc};

use gloo_events::EventListener;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, MessageEvent};
use yew::prelude::*;

use super::protocol::{embed_url, insert_by_width, ChildId, MEASURED_WIDTHS};

/// (column width, content height) for each width measured so far, narrowest first; empty until
/// the first widget has mounted, and again whenever `page` changes. `page` is the address of
/// the view the embed shows (without the embed parameters); `None` measures nothing.
#[hook]
pub fn use_measured_heights(page: Option<String>) -> Vec<(u32, u32)> {
    let heights = use_state(Vec::<(u32, u32)>::new);
    {
        let heights = heights.clone();
        use_effect_with(page, move |page| {
            heights.set(Vec::new());
            let running = page.as_deref().and_then(|page| start(page, heights));
            move || drop(running)
        });
    }
    (*heights).clone()
}

/// The iframes and the listener; dropping it removes both (the listener takes itself off the
/// window when dropped).
struct Running {
    frames: Rc<Vec<(u32, String, Element)>>,
    _on_message: EventListener,
}

impl Drop for Running {
    fn drop(&mut self) {
        for (_, _, frame) in self.frames.iter() {
            frame.remove();
        }
    }
}

fn start(page: &str, heights: UseStateHandle<Vec<(u32, u32)>>) -> Option<Running> {
    let window = web_sys::window()?;
    let document = window.document()?;
    // The dialog's hidden slot (embed_dialog.rs), present while the code is shown.
    let slot = document.get_element_by_id("embed-measure")?;
    let mut frames = Vec::new();
    for width in MEASURED_WIDTHS {
        let id = format!("chip-paths-measure-{width}");
        let src = embed_url(page, &ChildId::parse(&id).ok()?).ok()?;
        let frame = document.create_element("iframe").ok()?;
        for (name, value) in [
            ("src", src.as_str()),
            ("width", &width.to_string()),
            ("height", "100"),
            ("title", "Measuring the embed"),
            ("tabindex", "-1"),
        ] {
            let _ = frame.set_attribute(name, value);
        }
        let _ = slot.append_child(&frame);
        frames.push((width, id, frame));
    }
    let frames = Rc::new(frames);
    let found: Rc<RefCell<Vec<(u32, u32)>>> = Rc::default();
    let on_message = {
        let frames = frames.clone();
        EventListener::new(&window, "message", move |event| {
            let Some(event) = event.dyn_ref::<MessageEvent>() else {
                return;
            };
            // Datawrapper's message, `{"datawrapper-height": {"<childId>": px}}`; anything
            // else (strings, other shapes) is not ours.
            let data = event.data();
            if !data.is_object() {
                return;
            }
            let Ok(map) = js_sys::Reflect::get(&data, &"datawrapper-height".into()) else {
                return;
            };
            if !map.is_object() {
                return;
            }
            let source = event.source().map(JsValue::from);
            for (width, id, frame) in frames.iter() {
                let Some(height) = js_sys::Reflect::get(&map, &id.as_str().into())
                    .ok()
                    .and_then(|h| h.as_f64())
                else {
                    continue;
                };
                let own = js_sys::Reflect::get(frame, &"contentWindow".into()).ok();
                if source.is_none() || source != own || !mounted(frame) {
                    continue;
                }
                let mut found = found.borrow_mut();
                found.retain(|(w, _)| w != width);
                insert_by_width(&mut found, (*width, height.clamp(0.0, 100_000.0) as u32));
                heights.set(found.clone());
            }
        })
    };
    Some(Running {
        frames,
        _on_message: on_message,
    })
}

/// Whether the widget in `frame` has mounted (before that, the loader reports the height of
/// its "Loading…" line).
fn mounted(frame: &Element) -> bool {
    // Unchecked: the frame's document is an instance of the frame's own `Document`, not of
    // this window's, so `instanceof` (dyn_into) would refuse it.
    js_sys::Reflect::get(frame, &"contentDocument".into())
        .ok()
        .filter(JsValue::is_object)
        .map(|d| d.unchecked_into::<web_sys::Document>())
        .and_then(|d| d.query_selector("[data-ready]").ok().flatten())
        .is_some()
}
