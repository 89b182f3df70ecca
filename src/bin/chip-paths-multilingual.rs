//! The multilingual reader's binary: the same mount as `src/main.rs`, built with the
//! `multilingual` feature and without the classroom. web/loader.js loads it for a reader of the
//! plain or embedded view whose link or browser asks for another language than English
//! (docs/i18n.md, "Size"): every language, no story, predictions or presenter view.

fn main() {
    yew::Renderer::<chip_paths::app::App>::new().render();
}
