//! Helpers shared by the SSR component tests: render a component to HTML, find a tag in it.

use yew::{BaseComponent, LocalServerRenderer};

/// The component's server-rendered HTML (no hydration markers).
pub async fn render<C: BaseComponent>(props: C::Properties) -> String {
    LocalServerRenderer::<C>::with_props(props)
        .hydratable(false)
        .render()
        .await
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
