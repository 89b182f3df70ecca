//! The pure model of Chip Paths: the data's types, validation, the evaluator, scenario diffs and
//! the binary form the widget reads. Plain Rust and serde only — no yew, no web-sys — so it is
//! tested natively, and the widget's build script validates and encodes the data with it.

pub mod codec;
pub mod date;
pub mod diff;
pub mod evaluate;
pub mod export;
#[cfg(any(test, feature = "files"))]
pub mod files;
#[cfg(any(test, feature = "files"))]
pub mod ftl;
#[cfg(test)]
mod golden_sentences;
pub mod i18n;
pub mod id_set;
pub mod ids;
pub mod labels;
#[cfg(any(test, feature = "files"))]
pub mod language_files;
#[cfg(any(test, feature = "files"))]
pub mod lesson;
pub mod locales;
pub mod outcome;
pub mod story;
pub mod texts;
pub mod types;
pub mod validate;
mod variants;
pub mod world;

pub use date::date_label;
pub use diff::{describe, describe_move, describe_with, diff, Change};
pub use evaluate::{evaluate, evaluate_path, sort_short_by, sort_short_by_key, statuses_on_record};
pub use id_set::IdSet;
pub use ids::{ChipId, DeveloperId, IdKey, PolicyId, PresetId, SourceId};
pub use labels::{in_force_label, path_name, path_summary};
pub use outcome::*;
pub use types::*;
pub use validate::{validate, ErrorKind, LoadError};

/// The project's world for the unit tests, read from the data files as the build script reads
/// them (one fixture for every module's tests).
#[cfg(test)]
pub(crate) fn test_world() -> &'static World {
    use std::sync::OnceLock;
    static WORLD: OnceLock<World> = OnceLock::new();
    WORLD.get_or_init(|| {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let (world, story) = files::data_files(&root, None);
        let json = files::read_world(&world, story.as_deref()).expect("the data files read");
        World::load(&json.to_string()).unwrap_or_else(|errors| panic!("invalid data: {errors:?}"))
    })
}
