//! Keeps the address bar and the view state in step: every change of the view pushes a history
//! entry (the first render only replaces, so a cleaned-up link does not add a Back step), and
//! Back/Forward feed the URL's state back into the reducer.

use crate::state::{Action, AppState};
use yew::prelude::*;

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

#[hook]
pub fn use_url_sync(state: &UseReducerHandle<AppState>) {
    let first = use_mut_ref(|| true);
    {
        let query = state.view.to_query(&state.world);
        use_effect_with(query, move |query| {
            let replace = std::mem::replace(&mut *first.borrow_mut(), false);
            write_url(query, replace);
        });
    }
    {
        let state = state.clone();
        use_effect_with((), move |_| listen_popstate(state));
    }
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
    if let Ok(history) = window.history() {
        let null = wasm_bindgen::JsValue::NULL;
        let _ = if replace {
            history.replace_state_with_url(&null, "", Some(&url))
        } else {
            history.push_state_with_url(&null, "", Some(&url))
        };
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn write_url(_query: &str, _replace: bool) {}

#[cfg(target_arch = "wasm32")]
fn listen_popstate(state: UseReducerHandle<AppState>) -> impl FnOnce() {
    use wasm_bindgen::{closure::Closure, JsCast};
    let world = state.world.clone();
    let listener = Closure::<dyn Fn(web_sys::Event)>::new(move |_| {
        let next = AppState::from_query(world.clone(), &current_query());
        state.dispatch(Action::FromUrl(next.view, next.notices));
    });
    let window = web_sys::window();
    if let Some(w) = &window {
        let _ = w.add_event_listener_with_callback("popstate", listener.as_ref().unchecked_ref());
    }
    move || {
        if let Some(w) = window {
            let _ = w
                .remove_event_listener_with_callback("popstate", listener.as_ref().unchecked_ref());
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn listen_popstate(_state: UseReducerHandle<AppState>) -> impl FnOnce() {
    let _ = Action::DismissNotice;
    || {}
}
