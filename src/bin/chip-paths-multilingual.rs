//! The multilingual reader's binary: the same widget as `src/main.rs`, built with the
//! `multilingual` feature and without the classroom. web/loader.js loads it for a reader of the
//! plain or embedded view whose link or browser asks for another language than English
//! (docs/i18n.md, "Size"): every language, no story, predictions or presenter view.
//!
//! It serves a second use: the English-only reader's downloads (docs/kit.md, "Size"). At the
//! first click on a download, web/kit-export.js loads this bundle in "export only" mode and
//! calls `handover` with the view's link, so the English reader's wasm carries no hand-over.
//! So loading it does not mount the widget: `main` does nothing, and the loader calls `start`.

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
