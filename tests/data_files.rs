//! The data files as `build.rs` reads them (`crates/model/src/files.rs`): the project's world with its
//! story merged in, a developer's own world file (`CHIP_PATHS_DATA`), and broken files.

use chip_paths::embedded::EMBEDDED_JSON;
use chip_paths::model::codec;
use chip_paths::model::files;
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
    let (world, story) = files::data_files(crate_dir(), None);
    assert_eq!(world, crate_dir().join("data/world.toml"));
    assert_eq!(story, Some(crate_dir().join("data/story.toml")));
    // An empty variable counts as unset.
    assert_eq!(files::data_files(crate_dir(), Some("  ")).0, world);

    let json = files::read_world(&world, story.as_deref()).expect("the project's data reads");
    let expected: serde_json::Value = serde_json::from_str(EMBEDDED_JSON).expect("embedded JSON");
    // Unless this build was made from another world file, it is what the widget embeds.
    if std::env::var(files::DATA_VARIABLE).is_err() {
        assert_eq!(json, expected);
    }
    let loaded = World::load(&json.to_string()).expect("valid");
    assert!(!loaded.story.is_empty(), "the story is merged in");
}

#[test]
fn a_developers_own_world_file_is_read_without_the_projects_story() {
    let file = scratch("own-world.toml", &own_world_toml());
    let (world_file, story_file) =
        files::data_files(crate_dir(), Some(file.0.to_str().expect("UTF-8 path")));
    assert_eq!(world_file, file.0, "an absolute path is taken as it is");
    assert_eq!(story_file, None);

    let json = files::read_world(&world_file, None).expect("reads");
    let world = World::load(&json.to_string()).expect("the own world validates");
    let expected: World = serde_json::from_value(own_world()).expect("fixture fits the types");
    assert_eq!(world, expected);
    // And it survives the binary form the widget reads.
    assert_eq!(codec::decode::<World>(&codec::encode(&world)), Ok(world));
}

#[test]
fn a_relative_path_is_taken_from_the_crate_directory() {
    let (world, story) = files::data_files(crate_dir(), Some("my/world.toml"));
    assert_eq!(world, crate_dir().join("my/world.toml"));
    assert_eq!(story, None);
}

#[test]
fn broken_files_are_clear_errors_naming_the_file() {
    let missing = crate_dir().join("no-such-world.toml");
    let error = files::read_world(&missing, None).unwrap_err();
    assert!(
        error.contains("cannot read") && error.contains("no-such-world.toml"),
        "{error}"
    );

    let broken = scratch("broken.toml", "[meta]\ntitle = \"x\nas_of = 2026-01-01\n");
    let error = files::read_world(&broken.0, None).unwrap_err();
    assert!(error.contains("broken.toml is not valid TOML"), "{error}");
    assert!(error.contains("line 2"), "the line is named: {error}");
}

#[test]
fn a_dangling_id_in_an_own_world_is_named_at_load() {
    let text = own_world_toml().replace("\"ft-1\"]", "\"ft-404\"]");
    let file = scratch("dangling.toml", &text);
    let json = files::read_world(&file.0, None).expect("valid TOML");
    let errors = World::load(&json.to_string()).unwrap_err();
    assert!(
        errors
            .iter()
            .any(|e| e.kind != ErrorKind::Syntax && e.to_string().contains("ft-404")),
        "{errors:?}"
    );
}

/// The project's world file with the first `from` after `anchor` replaced by `to`, and the line
/// (from 1) where the change starts.
fn edited_world(anchor: &str, from: &str, to: &str) -> (String, usize) {
    let text = std::fs::read_to_string(crate_dir().join("data/world.toml")).expect("world.toml");
    let a = text.find(anchor).expect("the anchor is in world.toml");
    let b = a + text[a..]
        .find(from)
        .expect("the text to change follows the anchor");
    let line = text[..b].matches('\n').count() + 1;
    (
        format!("{}{to}{}", &text[..b], &text[b + from.len()..]),
        line,
    )
}

/// The error reading a world file with this text (named `name`), without the story.
fn world_error(name: &str, text: &str) -> String {
    let file = scratch(name, text);
    files::read_world(&file.0, None).expect_err("the file is refused")
}

/// The message names the file, the line and the entry, and says what is wrong.
fn assert_names(error: &str, file: &str, line: usize, entry: &str, what: &str) {
    assert!(error.contains(file), "the file is named: {error}");
    assert!(
        error.contains(&format!("line {line},")),
        "line {line} is named: {error}"
    );
    assert!(error.contains(entry), "{entry} is named: {error}");
    assert!(error.contains(what), "says {what}: {error}");
}

#[test]
fn a_bad_enum_value_names_file_line_and_entry() {
    let (text, line) = edited_world(
        "id = \"bis-2022-10-07\"",
        "confidence = \"official\"",
        "confidence = \"offical\"",
    );
    let error = world_error("offical.toml", &text);
    assert_names(
        &error,
        "offical.toml",
        line,
        "source \"bis-2022-10-07\", confidence",
        "unknown variant `offical`",
    );
}

#[test]
fn an_unknown_field_names_file_line_and_entry() {
    // DeepSeek's third path (A100 stockpile) gets a field the schema does not have.
    let (text, line) = edited_world(
        "A100s did preparatory work",
        "sources = ",
        "colour = \"red\"\nsources = ",
    );
    let error = world_error("colour.toml", &text);
    assert_names(
        &error,
        "colour.toml",
        line,
        "developer \"deepseek\": path 3",
        "unknown field `colour`",
    );
}

#[test]
fn a_missing_required_field_names_file_line_and_entry() {
    // DeepSeek's third path (A100 stockpile) loses its `since`.
    let (text, line) = edited_world(
        "chip = \"a100\"\n  route = \"stockpile\"",
        "since = \"2025-09-17\"\n",
        "",
    );
    let error = world_error("no-since.toml", &text);
    // The place is the path's header, four lines above the removed line.
    assert_names(
        &error,
        "no-since.toml",
        line - 4,
        "developer \"deepseek\": path 3",
        "missing field `since`",
    );
}

#[test]
fn a_wrong_type_names_file_line_and_entry() {
    let (text, line) = edited_world("id = \"alibaba\"", "exposed = true", "exposed = \"yes\"");
    let error = world_error("exposed.toml", &text);
    assert_names(
        &error,
        "exposed.toml",
        line,
        "developer \"alibaba\", exposed",
        "invalid type",
    );
}

#[test]
fn an_event_is_named_by_its_number_and_title() {
    let (text, line) = edited_world(
        "\n[[events]]\n",
        "sources = [",
        "turns_off = \"h20-licence\"\nsources = [",
    );
    let error = world_error("event.toml", &text);
    assert_names(&error, "event.toml", line, "event 1 (\"", "invalid type");
}

#[test]
fn a_story_file_error_names_the_story_file_line_and_step() {
    let story = std::fs::read_to_string(crate_dir().join("data/story.toml")).expect("story.toml");
    let at = story
        .match_indices("\n[[story]]\n")
        .nth(1)
        .expect("a second step")
        .0;
    let b = at + story[at..].find("title = ").expect("a title");
    let line = story[..b].matches('\n').count() + 1;
    let text = format!("{}titel = {}", &story[..b], &story[b + "title = ".len()..]);
    let file = scratch("story-titel.toml", &text);
    let error = files::read_world(&crate_dir().join("data/world.toml"), Some(&file.0))
        .expect_err("the story is refused");
    assert_names(&error, "story-titel.toml", line, "story step 2", "titel");
}

/// Every path this crate's build script names in a `cargo:rerun-if-changed` line exists (read
/// from the output cargo keeps beside OUT_DIR). A missing one makes cargo rerun the script and
/// recompile this crate on every build; crates/model/src/locales.rs checks the model crate's.
#[test]
fn the_build_script_watches_only_files_that_exist() {
    let output = Path::new(env!("OUT_DIR")).join("../output");
    let text = std::fs::read_to_string(&output)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", output.display()));
    let watched: Vec<&str> = text
        .lines()
        .filter_map(|l| l.strip_prefix("cargo:rerun-if-changed="))
        .collect();
    assert!(
        watched.len() > 3,
        "build.rs names the files it reads: {watched:?}"
    );
    let missing: Vec<&&str> = watched.iter().filter(|p| !Path::new(p).exists()).collect();
    assert!(
        missing.is_empty(),
        "build.rs watches files that do not exist: {missing:?}"
    );
}

/// "Supernode" is Huawei's jargon, which the record (the fact base) does not define, so no text
/// uses it, in English or in Chinese (超节点): the 24 April 2026 event's caption, its source's
/// title and DeepSeek's path update used it bare (truth10), and the last story step explained it
/// in words the record does not give (review10); all now say "Ascend systems".
#[test]
fn no_text_says_supernode() {
    use chip_paths::model::texts::texts;
    let world = chip_paths::embedded::world().expect("the embedded data is valid");
    let mut english: Vec<String> = texts(world, None).into_iter().map(|t| t.en).collect();
    english.extend(world.sources.iter().map(|s| s.title.clone()));
    let bare: Vec<&String> = english
        .iter()
        .filter(|t| t.to_lowercase().contains("supernode"))
        .collect();
    assert!(bare.is_empty(), "jargon: {bare:#?}");
    let zh = std::fs::read_to_string(crate_dir().join("data/zh-CN/texts.toml")).expect("read");
    let bare: Vec<&str> = zh
        .lines()
        .filter(|l| l.starts_with("zh = ") && l.contains("超节点"))
        .collect();
    assert!(bare.is_empty(), "jargon: {bare:#?}");
}
