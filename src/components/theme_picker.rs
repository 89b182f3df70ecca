//! Light, dark or auto (follow the system) — a native select, so it is keyboard- and
//! screen-reader-ready for free.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// The theme names as they appear in the URL and the select.
pub const THEMES: [(&str, &str); 3] = [("auto", "Auto"), ("light", "Light"), ("dark", "Dark")];

#[derive(Properties, PartialEq)]
pub struct ThemePickerProps {
    /// "auto", "light" or "dark".
    pub theme: AttrValue,
    pub onchange: Callback<AttrValue>,
}

#[component]
pub fn ThemePicker(props: &ThemePickerProps) -> Html {
    let onchange = {
        let cb = props.onchange.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            cb.emit(AttrValue::from(select.value()));
        })
    };
    html! {
        <label class="theme">
            <span>{ "Theme" }</span>
            <select {onchange}>
                { for THEMES.iter().map(|(value, label)| html! {
                    <option value={*value} selected={props.theme.as_str() == *value}>{ *label }</option>
                }) }
            </select>
        </label>
    }
}
