//! Chip Paths: an embeddable explainer of what AI-chip export controls do to Chinese AI
//! developers' paths to compute. `model` is the pure domain; `components` is the Yew view.

pub mod app;
pub mod components;
pub mod embed;
pub mod hooks;
pub mod markup;
pub mod model;
pub mod state;
