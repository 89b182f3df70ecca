//! Turns the human-edited data files into the forms embedded in the binary, so the widget ships
//! no TOML or JSON parser:
//! - `world.json`, which the tests and tools read (`World::load`);
//! - `world.bin`, the compact binary form the widget reads (`crates/model/src/codec.rs`).
//!
//! The data is `data/world.toml` with the classroom story from `data/story.toml`, or a
//! developer's own world file named by `CHIP_PATHS_DATA` (see `docs/data.md`). TOML syntax
//! errors and data that does not fit the schema stop the build here with the file, line, column
//! and entry (`crates/model/src/files.rs`). Ids, references, dates and the story are validated
//! here by the model crate's validator into `problems.bin`: the binary form is written by the
//! same field lists the widget reads it with. A broken file still builds, and the widget shows
//! what is wrong, entry by entry (`src/embedded.rs`).

use chip_paths_model::{codec, files, lesson, validate, World};
use std::{env, fs, path::Path};

fn main() {
    // Several checkouts of this crate may share one CARGO_TARGET_DIR; cargo's fingerprints are
    // path-relative, so without this a checkout can silently reuse another one's build (and its
    // embedded data). PWD differs per checkout, so switching checkouts rebuilds this crate.
    println!("cargo:rerun-if-env-changed=PWD");
    println!("cargo:rerun-if-env-changed={}", files::DATA_VARIABLE);
    let crate_dir = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let own = env::var(files::DATA_VARIABLE).ok();
    let (world_file, story_file) = files::data_files(Path::new(&crate_dir), own.as_deref());
    println!("cargo:rerun-if-changed={}", world_file.display());
    if let Some(story) = &story_file {
        println!("cargo:rerun-if-changed={}", story.display());
    }

    let json = files::read_world(&world_file, story_file.as_deref()).unwrap_or_else(|e| fail(&e));
    let world: World = serde_json::from_value(json.clone()).unwrap_or_else(|e| {
        fail(&format!(
            "{} does not fit the schema: {e}",
            world_file.display()
        ))
    });
    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    write(
        &Path::new(&out_dir).join("world.json"),
        json.to_string().as_bytes(),
    );
    // Problems do not stop the build: the widget shows them to whoever opens it.
    let problems = validate(&world);
    // The reader's bundle (built without the `classroom` feature) never shows the story.
    let mut world = world;
    if env::var_os("CARGO_FEATURE_CLASSROOM").is_none() {
        world.story.clear();
    }
    write(
        &Path::new(&out_dir).join("world.bin"),
        &codec::encode(&world),
    );
    for problem in &problems {
        println!("cargo:warning=data problem: {problem}");
    }
    write(
        &Path::new(&out_dir).join("problems.bin"),
        &codec::encode(&problems),
    );
    // classroom: the lesson's own words (data/lesson.toml), checked here like the story.
    let lesson_file = Path::new(&crate_dir).join("data/lesson.toml");
    println!("cargo:rerun-if-changed={}", lesson_file.display());
    let lesson =
        lesson::generate(&lesson_file).unwrap_or_else(|problems| fail(&problems.join("\n")));
    write(&Path::new(&out_dir).join("lesson.rs"), lesson.as_bytes());
}

fn write(path: &Path, bytes: &[u8]) {
    fs::write(path, bytes)
        .unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", path.display())));
}

/// Stops the build with the message alone (cargo shows a build script's panic message).
fn fail(message: &str) -> ! {
    panic!("\n\n{message}\n")
}
