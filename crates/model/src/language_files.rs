//! Build time only: the language files the widget fetches when a reader picks a language other
//! than English — each one's messages (checked and compiled by `ftl.rs`) and the world's texts,
//! then the classroom lesson's (`data/lesson.toml`), in that language (`data/{tag}/texts.toml`, checked by `texts::locale_texts`: a text without
//! a translation, or a stale entry, stops the build), in the binary form
//! `i18n::Catalog::decode` reads. Each file is named after its content (`zh-CN.<hash>.bin`),
//! so a cache can keep it forever: the widget's build script records the names (`build.rs`),
//! and `examples/language_files.rs` writes the same bytes into `dist/lang/`
//! (scripts/post-build.mjs).
//!
//! A developer's own data file (`CHIP_PATHS_DATA`) has no translations: its language files
//! carry the messages only, and the data shows in English. So does a data file that does not
//! load (the widget then shows its problems).

use crate::{files, ftl, texts, World};
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
        let texts = match &world {
            None => Vec::new(),
            // The pseudo-locale stretches and marks the data's texts like the messages.
            Some(world) if locale.pseudo => texts::texts(world, lesson.as_ref())
                .into_iter()
                // A glossary word is found inside a text, so it is lengthened but not marked.
                .map(|t| match t.owner.as_str() {
                    "glossary.matches" => ftl::lengthen(&t.en),
                    _ => format!("⟦{}⟧", ftl::lengthen(&t.en)),
                })
                .collect(),
            Some(world)
                if root
                    .join("data")
                    .join(locale.tag)
                    .join("texts.toml")
                    .exists() =>
            {
                let (world_texts, lesson_texts) = texts::locale_texts(root, world, locale.tag)?;
                world_texts.into_iter().chain(lesson_texts).collect()
            }
            Some(_) => Vec::new(),
        };
        let bytes = ftl::encode(en, resource, &texts);
        files.push(LanguageFile {
            tag: locale.tag,
            name: format!("{}.{:016x}.bin", locale.tag, ftl::fnv(&bytes)),
            bytes,
        });
    }
    Ok(files)
}
