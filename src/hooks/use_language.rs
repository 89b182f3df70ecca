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
use yew::prelude::*;

include!(concat!(env!("OUT_DIR"), "/language_files.rs"));

/// A language file fetched and decoded before (kept for the page's lifetime).
fn loaded(locale: Locale) -> Option<&'static Catalog> {
    Catalog::kept(locale)
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
            Ok(mut catalog) => {
                // The reader's bundle never shows the story (build.rs leaves it out of its data).
                #[cfg(not(feature = "classroom"))]
                if let Some(world) = &mut catalog.world {
                    world.story.clear();
                }
                catalog.keep(locale);
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

/// `base` (the English world) in `locale`, if that language's file carries the same record
/// translated (at build time); otherwise `base` itself (the data then shows in English). Kept
/// for the page's lifetime with the language file, like the embedded world.
pub fn world_in(base: &WorldRef, locale: Locale) -> WorldRef {
    match loaded(locale).and_then(|c| c.world_for(base)) {
        Some(world) if locale != Locale::EN => WorldRef(world),
        _ => base.clone(),
    }
}
