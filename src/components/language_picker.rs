//! The language picker, beside the theme picker: a native select of the languages the widget
//! speaks, each named in itself (a reader who cannot read the current language still finds
//! theirs). A test pseudo-locale is listed only while it is in use.
//!
//! In the English-only reader bundle (without the `multilingual` feature) a choice opens the
//! same link with `lang=` set, and web/loader.js loads the bundle that speaks it.

use crate::model::i18n::{msg, Locale};
#[cfg(feature = "multilingual")]
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
        let address =
            location.pathname().unwrap_or_default() + &location.search().unwrap_or_default();
        if let Ok(history) = window.history() {
            let _ =
                history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&address));
        }
    }
}

/// `active`: the language shown; `onchange` gets the chosen one's tag.
#[cfg(feature = "multilingual")]
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

/// English only (the reader's bundle): the same select written as markup, without a listener.
/// web/loader.js handles its change: it opens the same link with `lang=` set (and
/// `#cp-language`, [`picked_by_link`]), and loads the bundle that speaks that language. Here it
/// costs the wasm one string; a Yew select with its listener cost 0.9 KB gzip (measured).
#[cfg(not(feature = "multilingual"))]
pub fn language_picker(_active: Locale, _onchange: &Callback<AttrValue>) -> Html {
    let mut m = crate::markup::Markup::new();
    m.fixed("<label class=\"theme language\"><span>")
        .text(msg::language_label())
        .fixed("</span><select id=\"cp-language\">");
    for l in Locale::all().filter(|l| !l.info().pseudo) {
        m.start("option")
            .attr("value", l.tag())
            .attr("lang", l.tag());
        if l == Locale::EN {
            m.fixed(" selected");
        }
        m.open().text(l.info().name).fixed("</option>");
    }
    m.fixed("</select></label>");
    super::text::raw(m)
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
