//! Helpers shared by the integration tests: the project's world (one fixture for every test
//! file), and for the SSR component tests rendering a component or a view function to HTML and
//! finding a tag in it. Each test file uses a part of it.
#![allow(dead_code)]

use chip_paths::model::World;
use chip_paths::state::WorldRef;
use yew::{component, html, BaseComponent, Html, LocalServerRenderer, Properties};

/// The world compiled into the widget (`data/world.toml` with `data/story.toml`).
pub fn world() -> &'static World {
    chip_paths::embedded::world().unwrap_or_else(|errors| {
        let errors: Vec<String> = errors.iter().map(ToString::to_string).collect();
        panic!("the embedded data is invalid:\n{}", errors.join("\n"))
    })
}

/// The same world as the components take it.
pub fn world_ref() -> WorldRef {
    WorldRef(world())
}

/// The component's server-rendered HTML (no hydration markers).
pub async fn render<C: BaseComponent>(props: C::Properties) -> String {
    LocalServerRenderer::<C>::with_props(props)
        .hydratable(false)
        .render()
        .await
}

/// A view function's output as server-rendered HTML. SSR renders components, so the markup
/// goes through one that shows it unchanged.
pub async fn render_view(view: Html) -> String {
    render::<Show>(ShowProps { view }).await
}

#[derive(Properties, PartialEq)]
pub struct ShowProps {
    view: Html,
}

#[component]
fn Show(props: &ShowProps) -> Html {
    html! { <>{ props.view.clone() }</> }
}

/// The opening tag of the first element containing `needle` (in its attributes or name).
pub fn tag_with<'a>(html: &'a str, needle: &str) -> &'a str {
    let at = html
        .find(needle)
        .unwrap_or_else(|| panic!("`{needle}` not found in {html}"));
    let start = html[..at].rfind('<').expect("inside a tag");
    let end = at + html[at..].find('>').expect("tag closes");
    &html[start..=end]
}
