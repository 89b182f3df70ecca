//! Chip Paths: an embeddable explainer of what AI-chip export controls do to Chinese AI
//! developers' paths to compute. `model` is the pure domain; `components` is the Yew view.

pub mod app;
pub mod components;
pub mod embed;
pub mod hooks;
pub mod markup;
pub mod model;
pub mod state;

/// The wasm's allocator: Talc in place of std's dlmalloc, ≈ 1.5 KB gzip smaller and faster
/// (docs/size.md). The widget is single-threaded (no atomics), which Talc's wasm handler needs.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
