//! Keeps the address bar and the view state in step: every change of the view pushes a history
//! entry (the first render only replaces, so a cleaned-up link does not add a Back step), and
//! Back/Forward feed the URL's state back into the reducer. Inside an iframe every change
//! replaces the entry instead: an iframe's pushes join the host page's joint session history,
//! and the reader's Back button would step through the widget instead of leaving the article.
//!
//! A push waits until the frame that shows the change is painted: `history.pushState` takes a
//! millisecond or two, which a toggle's one frame (16.7 ms) cannot spare (e2e/bench.mjs).

use crate::state::{Action, AppState};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// Queries still to push, oldest first; Back/Forward drops them (the browser's entry leads).
type Pending = Rc<RefCell<Vec<AttrValue>>>;

/// The page's query string (with its `?`), or empty outside a browser.
pub fn current_query() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()
            .and_then(|w| w.location().search().ok())
            .unwrap_or_default()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        String::new()
    }
}

/// Keeps the URL in step with `state`; returns the view's query (with its `?`), worked out once
/// per render, for the parts of the view that show the link (the embed dialog, the credit).
#[hook]
pub fn use_url_sync(state: &UseReducerHandle<AppState>) -> AttrValue {
    let first = use_mut_ref(|| true);
    let pending: Pending = use_mut_ref(Vec::new);
    let query = AttrValue::from(state.view.to_query(&state.world));
    {
        let pending = pending.clone();
        use_effect_with(query.clone(), move |query| {
            if std::mem::replace(&mut *first.borrow_mut(), false) {
                write_url(query, true);
                return;
            }
            let idle = pending.borrow().is_empty();
            pending.borrow_mut().push(query.clone());
            // One deferred write per frame pushes every change made since, in order.
            if idle {
                after_paint(move || {
                    for query in pending.take() {
                        write_url(&query, false);
                    }
                });
            }
        });
    }
    {
        let state = state.clone();
        use_effect_with((), move |_| listen_popstate(state, pending));
    }
    query
}

/// Runs `f` once the next frame has been painted (a task queued from that frame's animation
/// callback runs after its rendering); at once when the page is hidden and paints no frames.
#[cfg(target_arch = "wasm32")]
fn after_paint(f: impl FnOnce() + 'static) {
    use wasm_bindgen::{closure::Closure, JsCast};
    let Some(window) = web_sys::window() else {
        return f();
    };
    if window.document().is_none_or(|d| d.hidden()) {
        return f();
    }
    // A `dyn FnMut()` closure shares one wasm-bindgen shim with the rest of the app (smaller
    // wasm than `once_into_js`, which makes one per closure type); JS's garbage collector frees
    // it. The forgotten timeout frees itself once it has run.
    let mut f = Some(f);
    let frame = Closure::<dyn FnMut()>::new(move || {
        if let Some(f) = f.take() {
            gloo_timers::callback::Timeout::new(0, f).forget();
        }
    })
    .into_js_value();
    let _ = window.request_animation_frame(frame.unchecked_ref());
}

#[cfg(not(target_arch = "wasm32"))]
fn after_paint(f: impl FnOnce() + 'static) {
    f()
}

#[cfg(target_arch = "wasm32")]
fn write_url(query: &str, replace: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    if location.search().unwrap_or_default() == *query {
        return; // Already there (e.g. after Back): pushing again would break Forward.
    }
    let path = location.pathname().unwrap_or_default();
    let url = if query.is_empty() {
        path
    } else {
        format!("{path}{query}")
    };
    // Framed: the parent is another window (see the module comment).
    let framed =
        window.parent().ok().flatten().is_some_and(|p| {
            wasm_bindgen::JsValue::from(&p) != wasm_bindgen::JsValue::from(&window)
        });
    // The teacher notes' window follows the presenter's step: a Back step per step would walk
    // it away from the presenter (classroom bundle only).
    let follows = cfg!(feature = "classroom") && query.contains("mode=notes");
    if let Ok(history) = window.history() {
        let null = wasm_bindgen::JsValue::NULL;
        let _ = if replace || framed || follows {
            history.replace_state_with_url(&null, "", Some(&url))
        } else {
            history.push_state_with_url(&null, "", Some(&url))
        };
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn write_url(_query: &str, _replace: bool) {}

#[cfg(target_arch = "wasm32")]
fn listen_popstate(state: UseReducerHandle<AppState>, pending: Pending) -> impl FnOnce() {
    let world = state.world.clone();
    let listener = web_sys::window().map(|window| {
        gloo_events::EventListener::new(&window, "popstate", move |_| {
            pending.borrow_mut().clear();
            let next = AppState::from_query(world.clone(), &current_query());
            state.dispatch(Action::FromUrl(next.view, next.notices));
        })
    });
    // Dropping the listener takes it off the window.
    move || drop(listener)
}

#[cfg(not(target_arch = "wasm32"))]
fn listen_popstate(_state: UseReducerHandle<AppState>, _pending: Pending) -> impl FnOnce() {
    let _ = Action::DismissNotice;
    || {}
}
