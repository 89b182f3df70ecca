//! The one line embed mode keeps of the page chrome: whose widget this is, how current its
//! data is, and a link to the full widget with every source, opened in a new tab.

use yew::prelude::*;

use crate::embed::protocol::full_view_query;

#[derive(Properties, PartialEq)]
pub struct EmbedCreditProps {
    /// The current view's query string, embed parameters included or not.
    #[prop_or_default]
    pub query: AttrValue,
    /// The data's "as of" date as shown to readers, if known.
    #[prop_or_default]
    pub as_of: Option<AttrValue>,
}

#[component]
pub fn EmbedCredit(props: &EmbedCreditProps) -> Html {
    let query = full_view_query(&props.query);
    // Relative to the iframe's own address, so it always opens the widget's origin.
    let href = if query.is_empty() {
        "./".to_owned()
    } else {
        format!("./?{query}")
    };
    html! {
        <p class="embed-credit">
            <span class="embed-credit__name">{ "Chip Paths" }</span>
            if let Some(as_of) = &props.as_of {
                <span>{ format!(" · data as of {as_of}") }</span>
            }
            { " · " }
            <a href={href} target="_blank" rel="noopener">
                { "Sources and full view" }<span aria-hidden="true">{ " ↗" }</span>
                <span class="visually-hidden">{ " (opens in a new tab)" }</span>
            </a>
        </p>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn the_credit_links_to_the_full_view_without_embed_parameters() {
        let html = yew::LocalServerRenderer::<EmbedCredit>::with_props(EmbedCreditProps {
            query: "embed=1&childId=c&dev=baidu".into(),
            as_of: Some("28 Nov 2026".into()),
        })
        .hydratable(false)
        .render()
        .await;
        assert!(html.contains("href=\"./?dev=baidu\""), "{html}");
        assert!(html.contains("data as of 28 Nov 2026"), "{html}");
        assert!(html.contains("rel=\"noopener\""), "{html}");
        assert!(!html.contains("style="), "{html}");
    }
}
