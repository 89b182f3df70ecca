//! Light, dark or auto (follow the system) — a native select, so it is keyboard- and
//! screen-reader-ready for free. A view function, not a component: it has no state of its own.

use crate::model::i18n::msg;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// The theme names as they appear in the URL.
pub const THEMES: [&str; 3] = ["auto", "light", "dark"];

/// A theme's name in the reader's language.
fn label(theme: &str) -> &'static str {
    match theme {
        "light" => msg::theme_light(),
        "dark" => msg::theme_dark(),
        _ => msg::theme_auto(),
    }
}

/// `theme`: "auto", "light" or "dark"; `onchange` gets the chosen one.
pub fn theme_picker(theme: &str, onchange: &Callback<AttrValue>) -> Html {
    let onchange = onchange.reform(|e: Event| {
        let select: HtmlSelectElement = e.target_unchecked_into();
        AttrValue::from(select.value())
    });
    html! {
        <label class="theme">
            <span>{ msg::theme_label() }</span>
            <select {onchange}>
                { for THEMES.iter().map(|value| html! {
                    <option value={*value} selected={theme == *value}>{ label(value) }</option>
                }) }
            </select>
        </label>
    }
}
