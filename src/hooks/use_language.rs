//! The reader's language, at the browser's edge: the one chosen (`?lang=` or the picker), else
//! the browser's preference (`navigator.languages`), else English. English is compiled in;
//! another language's file (`lang/<tag>.<hash>.bin`, written at build time, docs/i18n.md) is
//! fetched the first time it is wanted. While it loads, the view stays in the language it is
//! in (no blank); if it cannot be loaded, the view stays in English and says so.
//!
//! Every message reads the active language (`model::i18n`), which this hook sets before the
//! children render.
//!
//! The reader's bundle is English only (built without the `multilingual` feature, docs/i18n.md
//! "Size"): there the language is always English, and web/loader.js loads the classroom's
//! bundle, which speaks every language, for a link or a browser that asks for another.

use crate::model::i18n::Locale;
#[cfg(feature = "multilingual")]
use crate::model::i18n::{self, Catalog};
use crate::state::WorldRef;
#[cfg(feature = "multilingual")]
use yew::prelude::*;

#[cfg(feature = "multilingual")]
include!(concat!(env!("OUT_DIR"), "/language_files.rs"));

#[cfg(feature = "multilingual")]
/// A language file fetched and decoded before (kept for the page's lifetime).
fn loaded(locale: Locale) -> Option<&'static Catalog> {
    Catalog::kept(locale)
}

#[cfg(feature = "multilingual")]
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

/// The language in effect for `chosen` (`None`: the browser's preference). One state and one
/// effect: each hook is generic code of its own in the reader's wasm.
#[cfg(feature = "multilingual")]
#[hook]
pub fn use_language(chosen: Option<Locale>) -> Language {
    let wanted = chosen.unwrap_or_else(browser_preference);
    // The first render keeps whatever is active (English; a test may have set another).
    let language = use_state_eq(|| {
        crate::components::language_picker::picked_by_link();
        Language {
            active: i18n::language(),
            failed: None,
        }
    });
    if i18n::language() != language.active {
        activate(language.active);
    }
    {
        let language = language.clone();
        use_effect_with(wanted, move |&wanted| {
            if wanted == Locale::EN || loaded(wanted).is_some() {
                language.set(Language {
                    active: wanted,
                    failed: None,
                });
            } else {
                fetch(wanted, language);
            }
        });
    }
    (*language).clone()
}

#[cfg(feature = "multilingual")]
/// The first of the browser's languages the widget speaks (read once).
fn browser_preference() -> Locale {
    thread_local! {
        static PREFERRED: Locale = read_preference();
    }
    PREFERRED.with(|p| *p)
}

#[cfg(feature = "multilingual")]
fn read_preference() -> Locale {
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

/// Fetches `locale`'s file through the browser's promises (no Rust async executor in the
/// reader's wasm), then makes it the language, or says why not and stays in English.
#[cfg(all(target_arch = "wasm32", feature = "multilingual"))]
fn fetch(locale: Locale, language: UseStateHandle<Language>) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::{JsCast, JsValue};
    let Some((_, file)) = LANGUAGE_FILES.iter().find(|(tag, _)| *tag == locale.tag()) else {
        return;
    };
    let Some(window) = web_sys::window() else {
        return;
    };
    let fail = {
        let language = language.clone();
        move |why: &str| {
            language.set(Language {
                active: Locale::EN,
                failed: Some(format!("{} ({why})", locale.info().name)),
            })
        }
    };
    // Each callback runs once and is then dropped by wasm-bindgen (`Closure::once`, forgotten
    // here so the browser can still call it).
    fn once(f: impl FnOnce(JsValue) + 'static) -> Closure<dyn FnMut(JsValue)> {
        Closure::once(f)
    }
    let (failed, failed_again) = (fail.clone(), fail.clone());
    let on_error = once(move |_| failed("the network request failed"));
    let on_response = once(move |response: JsValue| {
        let response: web_sys::Response = response.unchecked_into();
        let Some(buffer) = response
            .ok()
            .then(|| response.array_buffer().ok())
            .flatten()
        else {
            return fail("the server did not find it");
        };
        let on_bytes = once(move |buffer: JsValue| {
            match Catalog::decode(&js_sys::Uint8Array::new(&buffer).to_vec()) {
                Ok(catalog) => {
                    // The reader's bundle never shows the story (build.rs leaves it out of its
                    // data).
                    #[cfg(not(feature = "classroom"))]
                    let catalog = {
                        let mut catalog = catalog;
                        if let Some(world) = &mut catalog.world {
                            world.story.clear();
                        }
                        catalog
                    };
                    catalog.keep(locale);
                    language.set(Language {
                        active: locale,
                        failed: None,
                    });
                }
                Err(why) => fail(&why),
            }
        });
        let on_unreadable = once(move |_| failed_again("it could not be read"));
        let _ = buffer.then2(&on_bytes, &on_unreadable);
        on_bytes.forget();
        on_unreadable.forget();
    });
    let _ = window
        .fetch_with_str(&format!("lang/{file}"))
        .then2(&on_response, &on_error);
    on_response.forget();
    on_error.forget();
}

#[cfg(all(not(target_arch = "wasm32"), feature = "multilingual"))]
fn fetch(_: Locale, _: UseStateHandle<Language>) {}

/// `base` (the English world) in `locale`, if that language's file carries the same record
/// translated (at build time); otherwise `base` itself (the data then shows in English). Kept
/// for the page's lifetime with the language file, like the embedded world.
#[cfg(feature = "multilingual")]
pub fn world_in(base: &WorldRef, locale: Locale) -> WorldRef {
    match loaded(locale).and_then(|c| c.world_for(base)) {
        Some(world) if locale != Locale::EN => WorldRef(world),
        _ => base.clone(),
    }
}

/// English only (the reader's bundle): no hook, no file, nothing to fetch.
#[cfg(not(feature = "multilingual"))]
pub fn english_only() -> Language {
    Language {
        active: Locale::EN,
        failed: None,
    }
}

/// English only: the embedded world as it is.
#[cfg(not(feature = "multilingual"))]
pub fn world_in(base: &WorldRef, _locale: Locale) -> WorldRef {
    base.clone()
}
