//! Chip Paths: an embeddable explainer of what AI-chip export controls do to Chinese AI
//! developers' paths to compute. `model` (the `chip-paths-model` crate) is the pure domain;
//! `state` the one reducer and `url` the view state a link carries; `components` the Yew view.
//! docs/architecture.md draws the layers.

pub use chip_paths_model as model;

pub mod app;
pub mod components;
pub mod embed;
pub mod embedded;
pub mod hooks;
pub mod markup;
pub mod state;
pub mod url;

/// The wasm's allocator: Talc in place of std's dlmalloc, ≈ 1.5 KB gzip smaller and faster
/// (docs/size.md). The widget is single-threaded (no atomics), which Talc's wasm handler needs.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
