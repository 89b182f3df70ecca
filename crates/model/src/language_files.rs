//! Build time only: the language files the widget fetches when a reader picks a language other
//! than English — each one's messages (checked and compiled by `ftl.rs`), the world translated
//! (at build time, validated like the record) and the classroom lesson's texts
//! (`data/lesson.toml`), in that language (`data/{tag}/texts.toml`, checked by `texts::locale_texts`: a text without
//! a translation, or a stale entry, stops the build), in the binary form
//! `i18n::Catalog::decode` reads. Each file is named after its content (`zh-CN.<hash>.bin`),
//! so a cache can keep it forever: the widget's build script records the names (`build.rs`),
//! and `examples/language_files.rs` writes the same bytes into `dist/lang/`
//! (scripts/post-build.mjs).
//!
//! A developer's own data file (`CHIP_PATHS_DATA`) has no translations: its language files
//! carry the messages only, and the data shows in English. So does a data file that does not
//! load (the widget then shows its problems).

use crate::{codec, files, ftl, texts, World};
use std::path::Path;

/// One language's file.
pub struct LanguageFile {
    pub tag: &'static str,
    /// `zh-CN.0123456789abcdef.bin`
    pub name: String,
    pub bytes: Vec<u8>,
}

/// The project's own world, or `None` for a developer's own data or a file that does not load.
fn project_world(root: &Path) -> Option<World> {
    if std::env::var_os(files::DATA_VARIABLE).is_some() {
        return None;
    }
    let (world, story) = files::data_files(root, None);
    let json = files::read_world(&world, story.as_deref()).ok()?;
    serde_json::from_value(json).ok()
}

/// `world` with `texts` in place of its own, in the visitor's order (`texts::visit_world_mut`),
/// translated here at build time so the widget only decodes it. A translation cannot break the
/// record: a problem the translated world has and the original has not stops the build. The
/// original's own problems do not: the widget shows those in every language, as the English
/// build does (`problems.bin`), rather than one build failing where the other shows them.
fn translated(original: &World, texts: &[String]) -> Result<World, Vec<String>> {
    let mut world = original.clone();
    let mut next = texts.iter();
    let mut missing = 0;
    texts::visit_world_mut(&mut world, &mut |_, _, text| match next.next() {
        Some(t) => text.clone_from(t),
        None => missing += 1,
    });
    if missing > 0 || next.next().is_some() {
        return Err(vec![format!(
            "the translated texts do not match the world's ({missing} missing)"
        )]);
    }
    let before = crate::validate::problems(original);
    let introduced: Vec<String> = crate::validate::problems(&world)
        .iter()
        .filter(|p| !before.contains(p))
        .map(|p| format!("translated data: {}", p.error()))
        .collect();
    if !introduced.is_empty() {
        return Err(introduced);
    }
    Ok(world)
}

/// Every language but English (compiled into the widget), from the project at `root`.
pub fn language_files(root: &Path) -> Result<Vec<LanguageFile>, Vec<String>> {
    let all = ftl::load_all(&root.join("locales"))?;
    let en = &all[0].1;
    let world = project_world(root);
    // The classroom lesson's texts follow the world's (the classroom finds them at the end).
    let lesson_file = root.join("data/lesson.toml");
    let lesson = match lesson_file.exists() {
        true => Some(texts::read_lesson(&lesson_file).map_err(|e| vec![e])?),
        false => None,
    };
    let mut files = Vec::new();
    for (locale, resource) in &all[1..] {
        // The world's texts and the lesson's, in this language.
        let (world_texts, lesson_texts) = match &world {
            None => (Vec::new(), Vec::new()),
            // The pseudo-locale stretches and marks the data's texts like the messages.
            Some(world) if locale.pseudo => {
                let count = texts::texts(world, None).len();
                let mut all: Vec<String> = texts::texts(world, lesson.as_ref())
                    .into_iter()
                    // A glossary word is found inside a text, so it is lengthened, not marked.
                    .map(|t| match t.owner.as_str() {
                        "glossary.matches" => ftl::lengthen(&t.en),
                        _ => format!("⟦{}⟧", ftl::lengthen(&t.en)),
                    })
                    .collect();
                let lesson = all.split_off(count);
                (all, lesson)
            }
            Some(world)
                if root
                    .join("data")
                    .join(locale.tag)
                    .join("texts.toml")
                    .exists() =>
            {
                texts::locale_texts(root, world, locale.tag)?
            }
            Some(_) => (Vec::new(), Vec::new()),
        };
        let world = match &world {
            Some(world) if !world_texts.is_empty() => {
                codec::encode(&translated(world, &world_texts)?)
            }
            _ => Vec::new(),
        };
        // Without the build-only messages' text (data problems: build.rs words them).
        let bytes = ftl::encode(en, &ftl::for_widget(resource), &world, &lesson_texts);
        files.push(LanguageFile {
            tag: locale.tag,
            name: format!("{}.{:016x}.bin", locale.tag, ftl::fnv(&bytes)),
            bytes,
        });
    }
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn own_texts(world: &World) -> Vec<String> {
        texts::texts(world, None)
            .into_iter()
            .map(|t| t.en)
            .collect()
    }

    #[test]
    fn a_problem_the_record_already_has_is_left_to_the_widgets_panel() {
        let mut world = crate::test_world().clone();
        world.developers[0].paths[0].chip = "no-such-chip".into();
        assert!(!crate::validate::problems(&world).is_empty());
        let texts = own_texts(&world);
        assert!(translated(&world, &texts).is_ok());
    }

    #[test]
    fn a_problem_the_translation_brings_stops_the_build_naming_it() {
        let world = crate::test_world().clone();
        let mut texts = own_texts(&world);
        // A correction's text must say something (the title, first, may be empty).
        let correction = &world.meta.corrections[0].text;
        let at = texts
            .iter()
            .position(|t| t == correction)
            .expect("a correction's text");
        texts[at].clear();
        let problems = translated(&world, &texts).expect_err("an emptied text is a new problem");
        assert!(
            problems.iter().all(|p| p.starts_with("translated data: ")),
            "{problems:?}"
        );
    }
}
