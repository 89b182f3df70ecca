//! Turns the human-edited `data/world.toml` (and the classroom story in `data/story.toml`) into
//! the forms embedded in the binary, so the widget ships no TOML or JSON parser:
//! - `world.json`, which the tests and tools read (`World::load`);
//! - `world.bin`, the compact binary form the widget reads (`src/model/codec.rs`).
//!
//! TOML syntax errors stop the build here with the file's line and column, and data that does
//! not fit the schema stops it with serde's message. The widget still validates the ids and
//! references at load (`src/model/validate.rs`), as the tests do.

use std::{env, fs, path::Path};

// The model's types and its binary writer, compiled into the build script too, so the binary
// form is written by the same field lists the widget reads it with.
#[allow(dead_code)]
#[path = "src/model/codec.rs"]
mod codec;
#[allow(dead_code)]
#[path = "src/model/types.rs"]
mod types;

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
    println!("cargo:rerun-if-changed=src/model/types.rs");
    println!("cargo:rerun-if-changed=src/model/codec.rs");
    let json = to_json(world);
    let typed: types::World = serde_json::from_value(json.clone()).unwrap_or_else(|e| {
        panic!("data/world.toml (with data/story.toml) does not fit the schema: {e}")
    });
    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    write(
        Path::new(&out_dir).join("world.json"),
        json.to_string().as_bytes(),
    );
    write(
        Path::new(&out_dir).join("world.bin"),
        &codec::encode(&typed),
    );
}

fn write(path: std::path::PathBuf, bytes: &[u8]) {
    fs::write(&path, bytes).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
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
