//! Turns the human-edited data files into the forms embedded in the binary, so the widget ships
//! no TOML or JSON parser:
//! - `world.json`, which the tests and tools read (`World::load`);
//! - `world.bin`, the compact binary form the widget reads (`src/model/codec.rs`).
//!
//! The data is `data/world.toml` with the classroom story from `data/story.toml`, or a
//! developer's own world file named by `CHIP_PATHS_DATA` (see `docs/data.md`). TOML syntax
//! errors and data that does not fit the schema stop the build here with the file, line, column
//! and entry (`build/data.rs`). Ids, references, dates and the story are validated here
//! (`src/model/validate.rs`) into `problems.bin`; a broken file still builds, and the widget
//! shows what is wrong, entry by entry (`src/model/embedded.rs`).

use std::{env, fs, path::Path};

#[path = "build/data.rs"]
mod data;
#[path = "build/lesson.rs"]
mod lesson;
// The model, compiled into the build script too: the binary form is written by the same field
// lists the widget reads it with, and the data is validated here by the widget's own validator
// (its verdict is embedded beside the world: src/model/embedded.rs). The model is plain Rust and
// serde; only `embedded.rs` (which reads this script's output) and `url.rs` stay out. Each
// module sits at this script's root, so the model's `super::` paths resolve as in the crate.
#[allow(dead_code, unused_imports)]
#[path = "src/model/codec.rs"]
mod codec;
#[allow(dead_code, unused_imports)]
#[path = "src/model/date.rs"]
mod date;
#[allow(dead_code, unused_imports)]
#[path = "src/model/diff.rs"]
mod diff;
#[allow(dead_code, unused_imports)]
#[path = "src/model/evaluate.rs"]
mod evaluate;
#[allow(dead_code, unused_imports)]
#[path = "src/model/id_set.rs"]
mod id_set;
#[allow(dead_code, unused_imports)]
#[path = "src/model/labels.rs"]
mod labels;
#[allow(dead_code, unused_imports)]
#[path = "src/model/outcome.rs"]
mod outcome;
#[allow(dead_code, unused_imports)]
#[path = "src/model/story.rs"]
mod story;
#[allow(dead_code, unused_imports)]
#[path = "src/model/types.rs"]
mod types;
#[allow(dead_code, unused_imports)]
#[path = "src/model/validate.rs"]
mod validate;
#[allow(dead_code, unused_imports)]
#[path = "src/model/world.rs"]
mod world;

fn main() {
    // Several checkouts of this crate may share one CARGO_TARGET_DIR; cargo's fingerprints are
    // path-relative, so without this a checkout can silently reuse another one's build (and its
    // embedded data). PWD differs per checkout, so switching checkouts rebuilds this crate.
    println!("cargo:rerun-if-env-changed=PWD");
    println!("cargo:rerun-if-env-changed={}", data::DATA_VARIABLE);
    println!("cargo:rerun-if-changed=build/data.rs");
    println!("cargo:rerun-if-changed=src/model");
    let crate_dir = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let own = env::var(data::DATA_VARIABLE).ok();
    let (world_file, story_file) = data::data_files(Path::new(&crate_dir), own.as_deref());
    println!("cargo:rerun-if-changed={}", world_file.display());
    if let Some(story) = &story_file {
        println!("cargo:rerun-if-changed={}", story.display());
    }

    let json =
        data::read_world::<types::World, types::StoryStep>(&world_file, story_file.as_deref())
            .unwrap_or_else(|e| fail(&e));
    let world: types::World = serde_json::from_value(json.clone()).unwrap_or_else(|e| {
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
    let problems = validate::validate(&world);
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
    println!("cargo:rerun-if-changed=build/lesson.rs");
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
