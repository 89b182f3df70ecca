//! Helpers shared by the SSR component tests: render a component or a view function to HTML,
//! find a tag in it.

use yew::{component, html, BaseComponent, Html, LocalServerRenderer, Properties};

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
