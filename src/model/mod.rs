//! The pure model of Chip Paths: data types, loading and validation, the evaluator, scenario
//! diffs and URL state. Plain Rust and serde only — no yew, no web-sys — so it is tested natively.

pub mod outcome;
pub mod story;
pub mod types;

pub use outcome::*;
pub use types::*;
