//! The language picker, beside the theme picker: a native select of the languages the widget
//! speaks, each named in itself (a reader who cannot read the current language still finds
//! theirs). A test pseudo-locale is listed only while it is in use.

use crate::model::i18n::{msg, Locale};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

thread_local! {
    /// Set when the reader changes the select: the view is then rebuilt in the new language,
    /// the select with it, and the select should get its focus back ([`take_picked`]).
    static PICKED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether the last language change came from the picker (and forget it).
pub fn take_picked() -> bool {
    PICKED.with(|p| p.replace(false))
}

/// `active`: the language shown; `onchange` gets the chosen one's tag.
pub fn language_picker(active: Locale, onchange: &Callback<AttrValue>) -> Html {
    let onchange = onchange.reform(|e: Event| {
        PICKED.with(|p| p.set(true));
        let select: HtmlSelectElement = e.target_unchecked_into();
        AttrValue::from(select.value())
    });
    html! {
        <label class="theme language">
            <span>{ msg::language_label() }</span>
            <select id="cp-language" {onchange}>
                { for Locale::all().filter(|l| !l.info().pseudo || *l == active).map(|l| html! {
                    <option value={l.tag()} lang={html_lang(l)} selected={l == active}>{ l.info().name }</option>
                }) }
            </select>
        </label>
    }
}

/// The `lang` attribute for a language: its tag; a pseudo-locale is English text in disguise
/// (`en-x-long`, a valid private-use tag).
pub fn html_lang(locale: Locale) -> String {
    if locale.info().pseudo {
        format!("en-{}", locale.tag())
    } else {
        locale.tag().to_string()
    }
}
