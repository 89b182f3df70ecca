//! Light, dark or auto (follow the system) — a native select, so it is keyboard- and
//! screen-reader-ready for free. A view function, not a component: it has no state of its own.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// The theme names as they appear in the URL and the select.
pub const THEMES: [(&str, &str); 3] = [("auto", "Auto"), ("light", "Light"), ("dark", "Dark")];

/// `theme`: "auto", "light" or "dark"; `onchange` gets the chosen one.
pub fn theme_picker(theme: &str, onchange: &Callback<AttrValue>) -> Html {
    let onchange = onchange.reform(|e: Event| {
        let select: HtmlSelectElement = e.target_unchecked_into();
        AttrValue::from(select.value())
    });
    html! {
        <label class="theme">
            <span>{ "Theme" }</span>
            <select {onchange}>
                { for THEMES.iter().map(|(value, label)| html! {
                    <option value={*value} selected={theme == *value}>{ *label }</option>
                }) }
            </select>
        </label>
    }
}
