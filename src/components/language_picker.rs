//! The language picker, beside the theme picker: a native select of the languages the widget
//! speaks, each named in itself (a reader who cannot read the current language still finds
//! theirs). A test pseudo-locale is listed only while it is in use.
//!
//! In the English-only reader bundle (without the `multilingual` feature) a choice opens the
//! same link with `lang=` set, and web/loader.js loads the bundle that speaks it.

use crate::model::i18n::{msg, Locale};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[cfg(feature = "multilingual")]
thread_local! {
    /// Set when the reader changes the select: the view is then rebuilt in the new language,
    /// the select with it, and the select should get its focus back ([`take_picked`]).
    static PICKED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether the last language change came from the picker (and forget it).
#[cfg(feature = "multilingual")]
pub fn take_picked() -> bool {
    PICKED.with(|p| p.replace(false))
}

/// Whether this page was opened by the English-only bundle's picker (its link ends in
/// `#cp-language`): then the picker gets its focus back once the language is shown, as after a
/// choice made here. The fragment is taken off the address (a shared link should not carry it).
#[cfg(feature = "multilingual")]
pub fn picked_by_link() {
    #[cfg(target_arch = "wasm32")]
    if let Some(window) = web_sys::window() {
        let location = window.location();
        if location.hash().ok().as_deref() != Some("#cp-language") {
            return;
        }
        PICKED.with(|p| p.set(true));
        let address = location.pathname().unwrap_or_default() + &location.search().unwrap_or_default();
        if let Ok(history) = window.history() {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&address));
        }
    }
}

/// `active`: the language shown; `onchange` gets the chosen one's tag.
pub fn language_picker(active: Locale, onchange: &Callback<AttrValue>) -> Html {
    #[cfg(feature = "multilingual")]
    let onchange = onchange.reform(|e: Event| {
        PICKED.with(|p| p.set(true));
        let select: HtmlSelectElement = e.target_unchecked_into();
        AttrValue::from(select.value())
    });
    #[cfg(not(feature = "multilingual"))]
    let onchange = {
        let _ = onchange;
        Callback::from(|e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            if let Some(window) = web_sys::window() {
                let query = crate::hooks::use_url_sync::current_query();
                // `#cp-language`: the bundle that opens gives the picker its focus back
                // ([`picked_by_link`]).
                let link = format!("?{}#cp-language", with_language(&query, &select.value()));
                let _ = window.location().set_href(&link);
            }
        })
    };
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

/// `query` (a link's, with or without its `?`) with `lang=tag` in place of any `lang`
/// parameter: the link the English-only bundle opens for a language it does not speak.
pub fn with_language(query: &str, tag: &str) -> String {
    let lang = format!("lang={tag}");
    let kept = query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty() && p.split('=').next() != Some("lang"));
    let all: Vec<&str> = kept.chain([lang.as_str()]).collect();
    all.join("&")
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

#[cfg(test)]
mod tests {
    use super::with_language;

    #[test]
    fn a_language_replaces_the_links_own() {
        assert_eq!(with_language("", "zh-CN"), "lang=zh-CN");
        assert_eq!(
            with_language("?on=h20&lang=en&dev=deepseek&lang=x", "zh-CN"),
            "on=h20&dev=deepseek&lang=zh-CN"
        );
        assert_eq!(with_language("?language=1&lang", "en"), "language=1&lang=en");
    }
}
