//! Build time only: the language files the widget fetches when a reader picks a language other
//! than English — each one's messages (checked and compiled by `ftl.rs`) and its translations of
//! the data's texts (`data/{tag}/texts.toml`), in the binary form `i18n::Catalog::decode` reads.
//! Each file is named after its content (`zh-CN.<hash>.bin`), so a cache can keep it forever:
//! the widget's build script records the names (`build.rs`), and `examples/language_files.rs`
//! writes the same bytes into `dist/lang/` (scripts/post-build.mjs).

use crate::ftl;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

/// One language's file.
pub struct LanguageFile {
    pub tag: &'static str,
    /// `zh-CN.0123456789abcdef.bin`
    pub name: String,
    pub bytes: Vec<u8>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Texts {
    #[serde(default)]
    text: Vec<BTreeMap<String, String>>,
}

/// The data's translated texts for `tag` from `root/data/{tag}/texts.toml` (`[[text]]` entries
/// with `en = "…"` and the translation under the language's own key, `zh = "…"`); empty when
/// the language has no such file yet.
pub fn data_texts(root: &Path, tag: &str) -> Result<Vec<(String, String)>, String> {
    let file = root.join("data").join(tag).join("texts.toml");
    let Ok(text) = std::fs::read_to_string(&file) else {
        return Ok(Vec::new());
    };
    let key = tag.split('-').next().unwrap_or(tag);
    let texts: Texts = toml::from_str(&text).map_err(|e| format!("{}: {e}", file.display()))?;
    texts
        .text
        .into_iter()
        .enumerate()
        .map(|(i, entry)| match (entry.get("en"), entry.get(key)) {
            (Some(en), Some(translated)) => Ok((en.clone(), translated.clone())),
            _ => Err(format!(
                "{}: entry {} needs both `en` and `{key}`",
                file.display(),
                i + 1
            )),
        })
        .collect()
}

/// Every language but English (compiled into the widget), from the project at `root`.
pub fn language_files(root: &Path) -> Result<Vec<LanguageFile>, Vec<String>> {
    let all = ftl::load_all(&root.join("locales"))?;
    let en = &all[0].1;
    let mut files = Vec::new();
    for (locale, resource) in &all[1..] {
        let texts = if locale.pseudo {
            Vec::new()
        } else {
            data_texts(root, locale.tag).map_err(|e| vec![e])?
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
