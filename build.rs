//! Turns the human-edited `data/world.toml` (and the classroom story in `data/story.toml`) into
//! JSON embedded in the binary, so the widget ships no TOML parser. TOML syntax errors stop the
//! build here with the file's line and column.

use std::{env, fs, path::Path};

fn main() {
    // Several checkouts of this crate may share one CARGO_TARGET_DIR; cargo's fingerprints are
    // path-relative, so without this a checkout can silently reuse another one's build (and its
    // embedded data). PWD differs per checkout, so switching checkouts rebuilds this crate.
    println!("cargo:rerun-if-env-changed=PWD");
    let mut world = read_toml("data/world.toml");
    // The story is kept in its own file so teachers can edit it without touching the world;
    // its `[[story]]` steps become the world's `story` list.
    if std::path::Path::new("data/story.toml").exists() {
        let story = read_toml("data/story.toml");
        if let (Some(table), Some(steps)) = (world.as_table_mut(), story.get("story")) {
            table.insert("story".into(), steps.clone());
        }
    }
    println!("cargo:rerun-if-changed=data/story.toml");
    let json = serde_json::to_string(&to_json(world)).expect("TOML values always convert to JSON");
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("world.json");
    fs::write(&out, json).unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
}

fn read_toml(source: &str) -> toml::Value {
    println!("cargo:rerun-if-changed={source}");
    let text = fs::read_to_string(source).unwrap_or_else(|e| panic!("cannot read {source}: {e}"));
    toml::from_str(&text).unwrap_or_else(|e| panic!("{source} is not valid TOML:\n{e}"))
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
