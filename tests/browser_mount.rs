//! Browser tests: mount the real App into a fresh element in headless Chromium, click it as a
//! reader would and check the DOM against what the model says.
//! Runs only on wasm32 through wasm-bindgen-test-runner (see scripts/test.sh).
#![cfg(target_arch = "wasm32")]

use chip_paths::app::App;
use chip_paths::model::{Evaluation, Workload, World};
use chip_paths::state::{Action, AppState, WorldRef};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

/// A detached-from-body root would hide layout bugs, so the root is appended to the document.
/// The page's address loses any query an earlier test left, so the app opens at its default.
fn fresh_root() -> web_sys::Element {
    let window = web_sys::window().expect("a browser window");
    let path = window.location().pathname().expect("a path");
    window
        .history()
        .expect("history")
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path))
        .expect("reset the address");
    let document = window.document().expect("a browser document");
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

/// The matrix's cells as the DOM shows them: one `matrix__cell--<status>` class per developer
/// and workload, row by row.
fn matrix_cells(root: &web_sys::Element) -> Vec<String> {
    let cells = root
        .query_selector_all("table.matrix tbody td")
        .expect("valid selector");
    (0..cells.length())
        .filter_map(|i| cells.item(i))
        .filter_map(|node| node.dyn_into::<web_sys::Element>().ok())
        .map(|cell| {
            cell.class_name()
                .split_whitespace()
                .find_map(|c| c.strip_prefix("matrix__cell--"))
                .unwrap_or("?")
                .to_string()
        })
        .collect()
}

/// The same cells as the model has them: each developer's main path's status, or `none`.
fn expected_cells(world: &World, evaluation: &Evaluation) -> Vec<String> {
    world
        .developers
        .iter()
        .flat_map(|d| Workload::ALL.map(|w| (d, w)))
        .map(|(developer, workload)| {
            evaluation
                .outcome(&developer.id, workload)
                .and_then(|o| o.main())
                .map_or("none", |main| main.status.slug())
                .to_string()
        })
        .collect()
}

/// The switch button named by `name`.
fn switch_named(root: &web_sys::Element, name: &str) -> web_sys::HtmlElement {
    let switches = root
        .query_selector_all("button[role=switch]")
        .expect("valid selector");
    (0..switches.length())
        .filter_map(|i| switches.item(i))
        .filter_map(|node| node.dyn_into::<web_sys::HtmlElement>().ok())
        .find(|button| button.text_content().unwrap_or_default().contains(name))
        .unwrap_or_else(|| panic!("a switch named {name:?}"))
}

#[wasm_bindgen_test]
async fn clicking_a_switch_updates_the_matrix_and_says_what_changed() {
    let world = chip_paths::embedded::world().expect("the embedded data is valid");
    let root = fresh_root();
    let handle = yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;

    // What the model says: the opening state, and the first switch whose flip moves a
    // developer's main status in the matrix.
    let start = AppState::from_query(WorldRef(world), "");
    let before = expected_cells(world, &start.evaluation());
    assert_eq!(matrix_cells(&root), before);
    let (policy, after) = world
        .policies
        .iter()
        .map(|policy| {
            let next = start.apply(Action::ToggleSwitch(policy.id.to_string().into()));
            (policy, next)
        })
        .find(|(_, next)| expected_cells(world, &next.evaluation()) != before)
        .expect("a switch that moves the matrix");
    let was_on = start.scenario().on.contains(&policy.id);

    let switch = switch_named(&root, &policy.name);
    assert_eq!(
        switch.get_attribute("aria-checked").as_deref(),
        Some(if was_on { "true" } else { "false" })
    );
    switch.click();
    yew::scheduler::flush().await;

    let switch = switch_named(&root, &policy.name);
    assert_eq!(
        switch.get_attribute("aria-checked").as_deref(),
        Some(if was_on { "false" } else { "true" }),
        "the switch flipped"
    );
    let cells = matrix_cells(&root);
    assert_eq!(cells, expected_cells(world, &after.evaluation()));
    assert_ne!(
        cells,
        expected_cells(world, &start.evaluation()),
        "the matrix moved"
    );
    let sentence = root
        .query_selector("p[role=status]")
        .expect("valid selector")
        .expect("the change sentence's live region")
        .text_content()
        .unwrap_or_default();
    let expected = after.change.as_deref().expect("the model has a sentence");
    assert_eq!(sentence.trim(), expected.trim());

    handle.destroy();
    yew::scheduler::flush().await;
}
