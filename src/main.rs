//! The binary only mounts the app; everything else lives in the library.

fn main() {
    yew::Renderer::<chip_paths::app::App>::new().render();
}
