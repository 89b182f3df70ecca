//! Reading the data files for `build.rs`: the world (`data/world.toml`, or the file named by the
//! `CHIP_PATHS_DATA` environment variable) with the classroom story merged in, as one JSON
//! value. Kept apart from `build.rs` so `tests/data_files.rs` can run the same code.

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

/// Reads the world file and merges the story file's `[[story]]` steps into it. Errors name
/// the file, and for TOML syntax the line and column.
pub fn read_world(world: &Path, story: Option<&Path>) -> Result<serde_json::Value, String> {
    let mut value = read_toml(world)?;
    if let Some(story) = story.filter(|path| path.exists()) {
        let steps = read_toml(story)?;
        if let (Some(table), Some(steps)) = (value.as_table_mut(), steps.get("story")) {
            table.insert("story".into(), steps.clone());
        }
    }
    Ok(to_json(value))
}

fn read_toml(path: &Path) -> Result<toml::Value, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    toml::from_str(&text).map_err(|e| format!("{} is not valid TOML:\n{e}", path.display()))
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
