//! The classroom bundle's binary: the same mount as `src/main.rs`, built with the `classroom`
//! feature (story, predict-then-reveal, presenter view). web/loader.js loads it only for
//! `?mode=story|present` (docs/size.md).

fn main() {
    yew::Renderer::<chip_paths::app::App>::new().render();
}
