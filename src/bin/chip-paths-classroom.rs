//! The classroom bundle's binary: the same widget as `src/main.rs`, built with the `classroom`
//! feature (story, predict-then-reveal, presenter view). web/loader.js loads it only for
//! `?mode=story|present` (docs/size.md).
//!
//! Its shape is the multilingual reader's (src/bin/chip-paths-multilingual.rs: `main` does
//! nothing, the loader calls `start`, and `handover` serves the English reader's downloads),
//! because a page built without that bundle (scripts/test.sh's test folders) serves this one
//! under the multilingual reader's names.

use wasm_bindgen::prelude::wasm_bindgen;

fn main() {}

/// Mounts the widget (web/loader.js calls it once the bundle is loaded).
#[wasm_bindgen]
pub fn start() {
    yew::Renderer::<chip_paths::app::App>::new().render();
}

/// The downloads' hand-over of the view `query` describes (`downloads::handover_for_query`).
#[wasm_bindgen]
pub fn handover(query: &str) -> String {
    chip_paths::components::downloads::handover_for_query(query)
}
