//! Reading the data files for the widget's `build.rs`: the world (`data/world.toml`, or the file
//! named by the `CHIP_PATHS_DATA` environment variable) with the classroom story merged in, as
//! one JSON value. Here rather than in `build.rs` so the tests run the same code (feature
//! `files`: the widget itself reads only the binary form).
//!
//! Every error names the file, the line and column, and the entry around it (`source
//! "bis-2022-10-07"`, `developer "deepseek": path 3`): each file is read straight into the
//! schema's types (the world, and one story step) so serde's complaint carries the
//! place in the text, and the entry is found from the table headers above that place.

use crate::types::{StoryStep, World};
use serde::de::DeserializeOwned;
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// The environment variable that names a developer's own world file.
pub const DATA_VARIABLE: &str = "CHIP_PATHS_DATA";

/// Which files make the world: the world file, and the story file to merge in, if any.
/// A developer's own world file (`own`) brings its own `[[story]]` steps, if it has any:
/// the project's story names the project's policies and would not fit another world.
pub fn data_files(crate_dir: &Path, own: Option<&str>) -> (PathBuf, Option<PathBuf>) {
    match own.map(str::trim).filter(|path| !path.is_empty()) {
        Some(path) => (crate_dir.join(path), None),
        None => (
            crate_dir.join("data/world.toml"),
            Some(crate_dir.join("data/story.toml")),
        ),
    }
}

/// Reads the world file and merges the story file's `[[story]]` steps into it, checking both
/// against the schema. Errors name the file, and for bad TOML or data that does not fit the
/// schema the line, column and entry.
pub fn read_world(world: &Path, story: Option<&Path>) -> Result<serde_json::Value, String> {
    let world_text = read(world)?;
    let story_text = match story.filter(|path| path.exists()) {
        Some(path) => Some((path, read(path)?)),
        None => None,
    };
    parse_world(
        (world, &world_text),
        story_text
            .as_ref()
            .map(|(path, text)| (*path, text.as_str())),
    )
}

/// [`read_world`] on texts already read: `(file name for messages, text)`.
pub fn parse_world(
    world: (&Path, &str),
    story: Option<(&Path, &str)>,
) -> Result<serde_json::Value, String> {
    let mut value = parse::<World>(world.0, world.1)?;
    if let Some((path, text)) = story {
        let steps = parse::<StoryFile>(path, text)?;
        if let (Some(table), Some(steps)) = (value.as_table_mut(), steps.get("story")) {
            table.insert("story".into(), steps.clone());
        }
    }
    Ok(to_json(value))
}

/// What build.rs takes from a story file: its steps (other keys are not read).
#[derive(Deserialize)]
struct StoryFile {
    #[allow(dead_code)]
    story: Option<Vec<StoryStep>>,
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

/// The file as a TOML value, after checking it fits the schema `T`.
fn parse<T: DeserializeOwned>(path: &Path, text: &str) -> Result<toml::Value, String> {
    let value = toml::from_str::<toml::Value>(text).map_err(|e| {
        let place = e.span().map(|span| Place::find(text, span.start));
        describe(path, "is not valid TOML", place, e.message())
    })?;
    toml::from_str::<T>(text).map_err(|e| {
        let place = e.span().map(|span| Place::find(text, span.start));
        describe(path, "does not fit the schema", place, e.message())
    })?;
    Ok(value)
}

/// `data/world.toml line 12, column 14: source "bis-2022-10-07", confidence: unknown variant …`
/// with the line quoted below.
fn describe(path: &Path, what: &str, place: Option<Place>, message: &str) -> String {
    let message = message.trim();
    match place {
        Some(place) => {
            let key = place
                .key
                .as_ref()
                .map(|key| format!(", {key}"))
                .unwrap_or_default();
            format!(
                "{} {what}: line {}, column {}: {}{key}: {message}\n  {} | {}",
                path.display(),
                place.line,
                place.column,
                place.entry,
                place.line,
                place.text
            )
        }
        None => format!("{} {what}: {message}", path.display()),
    }
}

/// A place in a TOML text: line and column (from 1), the entry whose table holds it, the key on
/// its line if any, and the line itself.
#[derive(Debug, PartialEq)]
pub struct Place {
    pub line: usize,
    pub column: usize,
    pub entry: String,
    pub key: Option<String>,
    pub text: String,
}

/// A table header line: `[name]` or `[[name]]` with bare dotted keys.
fn header(line: &str) -> Option<(&str, bool)> {
    let line = line.split('#').next().unwrap_or("").trim();
    let (inner, array) = match line.strip_prefix("[[") {
        Some(rest) => (rest.strip_suffix("]]")?, true),
        None => (line.strip_prefix('[')?.strip_suffix(']')?, false),
    };
    let inner = inner.trim();
    let bare = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '-' || c == '.';
    (!inner.is_empty() && inner.chars().all(bare)).then_some((inner, array))
}

/// The bare key a line starts with (`since = "2025"` gives `since`).
fn line_key(line: &str) -> Option<&str> {
    let (key, _) = line.split_once('=')?;
    let key = key.trim();
    let bare = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '-' || c == '.';
    (!key.is_empty() && key.chars().all(bare)).then_some(key)
}

/// The string value of `key = "…"` on a line.
fn string_value<'t>(line: &'t str, key: &str) -> Option<&'t str> {
    let (k, rest) = line.split_once('=')?;
    if k.trim() != key {
        return None;
    }
    let rest = rest.trim().strip_prefix('"')?;
    rest.split('"').next()
}

/// How an entry of a table array is called in messages (the validator's words).
fn singular(name: &str) -> &str {
    match name {
        "sources" => "source",
        "policies" => "policy",
        "chips" => "chip",
        "developers" => "developer",
        "events" => "event",
        "presets" => "preset",
        "story" => "story step",
        "unknowns" => "unknown",
        "corrections" => "correction",
        "effects" => "effect",
        "lifts" => "lift",
        "paths" => "path",
        "updates" => "update",
        "listing_updates" => "listing update",
        other => other,
    }
}

/// One table of the file: its header's dotted name, whether it is an array entry, its index in
/// its array (from 1, counted within its parent entry), and its `id` and `title` if given.
struct Section<'t> {
    name: &'t str,
    array: bool,
    index: usize,
    id: Option<&'t str>,
    title: Option<&'t str>,
}

impl Place {
    /// The place of byte `offset` in `text`.
    pub fn find(text: &str, offset: usize) -> Place {
        let offset = offset.min(text.len());
        let before = text.get(..offset).unwrap_or(text);
        let line = before.matches('\n').count() + 1;
        let start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = text.get(start..offset).map_or(1, |s| s.chars().count() + 1);
        let line_text = text[start..].lines().next().unwrap_or("");
        // The sections from the top down to (and including) the one holding `line`.
        let mut sections: Vec<Section> = Vec::new();
        let mut counts: Vec<(&str, usize)> = Vec::new();
        for (number, l) in text.lines().enumerate() {
            if let Some((name, array)) = header(l) {
                if number + 1 > line {
                    break;
                }
                // A new entry of `name` restarts the counts of the arrays inside it.
                let prefix = format!("{name}.");
                counts.retain(|(n, _)| !n.starts_with(&prefix));
                let index = if array {
                    match counts.iter_mut().find(|(n, _)| *n == name) {
                        Some((_, count)) => {
                            *count += 1;
                            *count
                        }
                        None => {
                            counts.push((name, 1));
                            1
                        }
                    }
                } else {
                    0
                };
                sections.push(Section {
                    name,
                    array,
                    index,
                    id: None,
                    title: None,
                });
            } else if let Some(section) = sections.last_mut() {
                section.id = section.id.or_else(|| string_value(l, "id"));
                section.title = section.title.or_else(|| string_value(l, "title"));
            }
        }
        let entry = match sections.last() {
            None => "the top level".to_string(),
            Some(last) => {
                // The innermost section and, for each shorter prefix of its name, the nearest
                // section above it with that name: `developers` / `developers.paths`.
                let mut parts = Vec::new();
                let segments: Vec<&str> = last.name.split('.').collect();
                for depth in 1..=segments.len() {
                    let name = segments[..depth].join(".");
                    let section = sections.iter().rev().find(|s| s.name == name);
                    let segment = segments[depth - 1];
                    parts.push(match section {
                        Some(s) if s.array => {
                            let what = singular(segment);
                            match (depth, s.id, s.title) {
                                (1, Some(id), _) => format!("{what} \"{id}\""),
                                (1, None, Some(title)) => {
                                    format!("{what} {} (\"{title}\")", s.index)
                                }
                                _ => format!("{what} {}", s.index),
                            }
                        }
                        _ => segment.to_string(),
                    });
                }
                parts.join(": ")
            }
        };
        let key = line_key(line_text)
            .filter(|_| header(line_text).is_none())
            .map(str::to_string);
        Place {
            line,
            column,
            entry,
            key,
            text: line_text.trim_end().to_string(),
        }
    }
}

/// TOML dates become strings; everything else maps one to one.
fn to_json(value: toml::Value) -> serde_json::Value {
    use serde_json::Value as J;
    match value {
        toml::Value::String(s) => J::String(s),
        toml::Value::Integer(i) => J::from(i),
        toml::Value::Float(f) => J::from(f),
        toml::Value::Boolean(b) => J::Bool(b),
        toml::Value::Datetime(d) => J::String(d.to_string()),
        toml::Value::Array(items) => J::Array(items.into_iter().map(to_json).collect()),
        toml::Value::Table(table) => {
            J::Object(table.into_iter().map(|(k, v)| (k, to_json(v))).collect())
        }
    }
}
