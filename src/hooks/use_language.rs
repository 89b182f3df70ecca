//! The reader's language, at the browser's edge: the one chosen (`?lang=` or the picker), else
//! the browser's preference (`navigator.languages`), else English. English is compiled in;
//! another language's file (`lang/<tag>.<hash>.bin`, written at build time, docs/i18n.md) is
//! fetched the first time it is wanted. While it loads, the view stays in the language it is
//! in (no blank); if it cannot be loaded, the view stays in English and says so.
//!
//! Every message reads the active language (`model::i18n`), which this hook sets before the
//! children render.

use crate::model::i18n::{self, Catalog, Locale};
use crate::state::WorldRef;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

include!(concat!(env!("OUT_DIR"), "/language_files.rs"));

thread_local! {
    /// The language files fetched so far, decoded.
    static LOADED: RefCell<Vec<(Locale, Rc<Catalog>)>> = const { RefCell::new(Vec::new()) };
}

fn loaded(locale: Locale) -> Option<Rc<Catalog>> {
    LOADED.with(|l| {
        l.borrow()
            .iter()
            .find(|(x, _)| *x == locale)
            .map(|(_, c)| c.clone())
    })
}

/// Makes `locale` the language of every message, if it is at hand (English always is).
fn activate(locale: Locale) {
    if locale == Locale::EN {
        i18n::set_english();
    } else if let Some(catalog) = loaded(locale) {
        i18n::set_language(locale, catalog);
    }
}

/// The language in effect, and why the one wanted is not (a file that failed to load).
#[derive(Clone, Debug, PartialEq)]
pub struct Language {
    pub active: Locale,
    pub failed: Option<String>,
}

/// The language in effect for `chosen` (`None`: the browser's preference, read in an effect).
#[hook]
pub fn use_language(chosen: Option<Locale>) -> Language {
    let preferred = use_state_eq(|| None::<Locale>);
    {
        let preferred = preferred.clone();
        use_effect_with((), move |_| preferred.set(Some(browser_preference())));
    }
    let wanted = chosen.or(*preferred).unwrap_or(Locale::EN);
    // The first render keeps whatever is active (English; a test may have set another).
    let active = use_state_eq(i18n::language);
    let failed = use_state_eq(|| None::<String>);
    if i18n::language() != *active {
        activate(*active);
    }
    {
        let (active, failed) = (active.clone(), failed.clone());
        use_effect_with(wanted, move |&wanted| {
            if wanted == Locale::EN || loaded(wanted).is_some() {
                failed.set(None);
                active.set(wanted);
            } else {
                fetch(wanted, active, failed);
            }
        });
    }
    Language {
        active: *active,
        failed: (*failed).clone(),
    }
}

/// The first of the browser's languages the widget speaks.
fn browser_preference() -> Locale {
    #[cfg(target_arch = "wasm32")]
    {
        let languages: Vec<String> = web_sys::window()
            .map(|w| w.navigator().languages())
            .map(|list| list.iter().filter_map(|v| v.as_string()).collect())
            .unwrap_or_default();
        Locale::negotiate(languages.iter().map(String::as_str))
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        Locale::EN
    }
}

#[cfg(target_arch = "wasm32")]
fn fetch(locale: Locale, active: UseStateHandle<Locale>, failed: UseStateHandle<Option<String>>) {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let Some((_, file)) = LANGUAGE_FILES.iter().find(|(tag, _)| *tag == locale.tag()) else {
        return;
    };
    let url = format!("lang/{file}");
    wasm_bindgen_futures::spawn_local(async move {
        let bytes = async {
            let window = web_sys::window().ok_or("no window")?;
            let response: web_sys::Response = JsFuture::from(window.fetch_with_str(&url))
                .await
                .map_err(|_| "the network request failed")?
                .unchecked_into();
            if !response.ok() {
                return Err("the server did not find it");
            }
            let buffer = JsFuture::from(response.array_buffer().map_err(|_| "unreadable")?)
                .await
                .map_err(|_| "it could not be read")?;
            Ok(js_sys::Uint8Array::new(&buffer).to_vec())
        }
        .await;
        match bytes
            .map_err(str::to_string)
            .and_then(|b| Catalog::decode(&b))
        {
            Ok(catalog) => {
                LOADED.with(|l| l.borrow_mut().push((locale, Rc::new(catalog))));
                failed.set(None);
                active.set(locale);
            }
            Err(why) => {
                failed.set(Some(format!("{} ({why})", locale.info().name)));
                active.set(Locale::EN);
            }
        }
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn fetch(_: Locale, _: UseStateHandle<Locale>, _: UseStateHandle<Option<String>>) {}

thread_local! {
    /// The worlds already put into a language: (language, the English world, the result).
    static WORLDS: RefCell<Vec<(Locale, WorldRef, WorldRef)>> = const { RefCell::new(Vec::new()) };
}

/// `base` (the English world) with its texts in `locale`, if that language's file carries
/// them; otherwise `base` itself (the data then shows in English). Made once per language and
/// kept for the page's lifetime, like the embedded world.
pub fn world_in(base: &WorldRef, locale: Locale) -> WorldRef {
    if locale == Locale::EN {
        return base.clone();
    }
    if let Some(found) = WORLDS.with(|w| {
        w.borrow()
            .iter()
            .find(|(l, b, _)| *l == locale && b == base)
            .map(|(_, _, t)| t.clone())
    }) {
        return found;
    }
    let Some(translated) = loaded(locale).and_then(|c| c.translate(base)) else {
        return base.clone();
    };
    let translated = WorldRef::from(translated);
    WORLDS.with(|w| {
        w.borrow_mut()
            .push((locale, base.clone(), translated.clone()))
    });
    translated
}
