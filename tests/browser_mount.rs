//! Browser test: mounts the real App into a fresh element in headless Chromium and checks the DOM.
//! Runs only on wasm32 through wasm-bindgen-test-runner (see scripts/test.sh).
#![cfg(target_arch = "wasm32")]

use chip_paths::app::App;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

/// A detached-from-body root would hide layout bugs, so the root is appended to the document.
fn fresh_root() -> web_sys::Element {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("a browser document");
    let root = document.create_element("div").expect("create root div");
    document
        .body()
        .expect("document has a body")
        .append_child(&root)
        .expect("append root");
    root
}

#[wasm_bindgen_test]
async fn app_mounts_a_main_landmark_with_a_heading() {
    let root = fresh_root();
    assert!(root.first_element_child().is_none(), "root starts empty");

    let handle = yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;

    let main = root
        .query_selector("main")
        .expect("valid selector")
        .expect("the app renders a <main> landmark");
    let heading = main
        .query_selector("h1")
        .expect("valid selector")
        .expect("the app renders an <h1> inside <main>");
    let text = heading.text_content().unwrap_or_default();
    assert!(
        text.contains("Chip Paths"),
        "heading names the widget, got {text:?}"
    );

    handle.destroy();
    yew::scheduler::flush().await;
    assert!(
        root.query_selector("main")
            .expect("valid selector")
            .is_none(),
        "destroying the app removes what it rendered"
    );
}
