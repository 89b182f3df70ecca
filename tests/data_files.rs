//! The data files as `build.rs` reads them (`build/data.rs`): the project's world with its
//! story merged in, a developer's own world file (`CHIP_PATHS_DATA`), and broken files.

#[path = "../build/data.rs"]
mod data;

use chip_paths::model::codec;
use chip_paths::model::embedded::EMBEDDED_JSON;
use chip_paths::model::{ErrorKind, World};
use std::path::{Path, PathBuf};

fn crate_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A file under the system's temp dir, unique to this run and test, removed when dropped.
struct Scratch(PathBuf);

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

fn scratch(name: &str, text: &str) -> Scratch {
    let path = std::env::temp_dir().join(format!("chip-paths-{}-{name}", std::process::id()));
    std::fs::write(&path, text).expect("write scratch file");
    Scratch(path)
}

/// The component tests' small world, without the hostile link those tests need (validation
/// refuses it, as it should).
fn own_world() -> serde_json::Value {
    let mut fixture: serde_json::Value =
        serde_json::from_str(include_str!("components_fixture.json")).expect("fixture JSON");
    for source in fixture["sources"].as_array_mut().expect("sources") {
        if source["id"] == "hostile" {
            source.as_object_mut().expect("a table").remove("url");
        }
    }
    fixture
}

/// That world written as TOML, the way a developer would write one.
fn own_world_toml() -> String {
    toml::to_string(&own_world()).expect("the fixture converts to TOML")
}

#[test]
fn without_the_variable_the_project_world_and_its_story_are_read() {
    let (world, story) = data::data_files(crate_dir(), None);
    assert_eq!(world, crate_dir().join("data/world.toml"));
    assert_eq!(story, Some(crate_dir().join("data/story.toml")));
    // An empty variable counts as unset.
    assert_eq!(data::data_files(crate_dir(), Some("  ")).0, world);

    let json = data::read_world(&world, story.as_deref()).expect("the project's data reads");
    let expected: serde_json::Value = serde_json::from_str(EMBEDDED_JSON).expect("embedded JSON");
    // Unless this build was made from another world file, it is what the widget embeds.
    if std::env::var(data::DATA_VARIABLE).is_err() {
        assert_eq!(json, expected);
    }
    let loaded = World::load(&json.to_string()).expect("valid");
    assert!(!loaded.story.is_empty(), "the story is merged in");
}

#[test]
fn a_developers_own_world_file_is_read_without_the_projects_story() {
    let file = scratch("own-world.toml", &own_world_toml());
    let (world_file, story_file) =
        data::data_files(crate_dir(), Some(file.0.to_str().expect("UTF-8 path")));
    assert_eq!(world_file, file.0, "an absolute path is taken as it is");
    assert_eq!(story_file, None);

    let json = data::read_world(&world_file, None).expect("reads");
    let world = World::load(&json.to_string()).expect("the own world validates");
    let expected: World = serde_json::from_value(own_world()).expect("fixture fits the types");
    assert_eq!(world, expected);
    // And it survives the binary form the widget reads.
    assert_eq!(codec::decode::<World>(&codec::encode(&world)), Ok(world));
}

#[test]
fn a_relative_path_is_taken_from_the_crate_directory() {
    let (world, story) = data::data_files(crate_dir(), Some("my/world.toml"));
    assert_eq!(world, crate_dir().join("my/world.toml"));
    assert_eq!(story, None);
}

#[test]
fn broken_files_are_clear_errors_naming_the_file() {
    let missing = crate_dir().join("no-such-world.toml");
    let error = data::read_world(&missing, None).unwrap_err();
    assert!(
        error.contains("cannot read") && error.contains("no-such-world.toml"),
        "{error}"
    );

    let broken = scratch("broken.toml", "[meta]\ntitle = \"x\nas_of = 2026-01-01\n");
    let error = data::read_world(&broken.0, None).unwrap_err();
    assert!(error.contains("broken.toml is not valid TOML"), "{error}");
    assert!(error.contains("line 2"), "the line is named: {error}");
}

#[test]
fn a_dangling_id_in_an_own_world_is_named_at_load() {
    let text = own_world_toml().replace("\"ft-1\"]", "\"ft-404\"]");
    let file = scratch("dangling.toml", &text);
    let json = data::read_world(&file.0, None).expect("valid TOML");
    let errors = World::load(&json.to_string()).unwrap_err();
    assert!(
        errors
            .iter()
            .any(|e| e.kind != ErrorKind::Syntax && e.to_string().contains("ft-404")),
        "{errors:?}"
    );
}
