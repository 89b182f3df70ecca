//! The pure model of Chip Paths: data types, loading and validation, the evaluator, scenario
//! diffs and URL state. Plain Rust and serde only — no yew, no web-sys — so it is tested natively.

pub mod codec;
pub mod date;
pub mod diff;
pub mod embedded;
pub mod evaluate;
pub mod id_set;
pub mod labels;
pub mod outcome;
pub mod story;
pub mod types;
pub mod url;
pub mod validate;
pub mod world;

pub use date::date_label;
pub use diff::{answer, describe, describe_move, diff, Change};
pub use evaluate::{evaluate, evaluate_path, sort_short_by, sort_short_by_key, statuses_on_record};
pub use id_set::IdSet;
pub use labels::{in_force_label, path_name, path_summary};
pub use outcome::*;
pub use types::*;
pub use url::{EmbedChoice, Mode, Notice, Part, Parts, Theme, ViewState};
pub use validate::{validate, ErrorKind, LoadError};
