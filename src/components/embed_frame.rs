//! Wraps the explainer for iframes: auto-height messages to the host page (whenever framed),
//! and in embed mode (`?embed=1`) the compact layout with a credit line in place of the chrome.

use yew::prelude::*;

use super::embed_credit::EmbedCredit;
use crate::embed::auto_height::use_auto_height;

#[derive(Properties, PartialEq)]
pub struct EmbedFrameProps {
    /// `?embed=1`: compact layout, no page chrome.
    #[prop_or_default]
    pub embed: bool,
    /// Pym.js's `childId` from the URL, as given (checked by the protocol code).
    #[prop_or_default]
    pub child_id: Option<AttrValue>,
    /// The current view's query string, for the credit line's link to the full view.
    #[prop_or_default]
    pub query: AttrValue,
    /// The data's "as of" date as shown to readers.
    #[prop_or_default]
    pub as_of: Option<AttrValue>,
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn EmbedFrame(props: &EmbedFrameProps) -> Html {
    use_auto_height(props.child_id.as_ref().map(|id| id.to_string()));
    html! {
        <div class={classes!("embed-frame", props.embed.then_some("embed-frame--compact"))}>
            { props.children.clone() }
            if props.embed {
                <EmbedCredit query={props.query.clone()} as_of={props.as_of.clone()} />
            }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn render(embed: bool) -> String {
        yew::LocalServerRenderer::<EmbedFrame>::with_props(EmbedFrameProps {
            embed,
            child_id: Some("c1".into()),
            query: "embed=1&dev=baidu".into(),
            as_of: None,
            children: html! { <main>{ "explainer" }</main> },
        })
        .hydratable(false)
        .render()
        .await
    }

    #[tokio::test]
    async fn embed_mode_is_compact_and_credits_the_full_view() {
        let html = render(true).await;
        assert!(html.contains("embed-frame--compact"), "{html}");
        assert!(html.contains("<main>explainer</main>"), "{html}");
        assert!(html.contains("class=\"embed-credit\""), "{html}");
    }

    #[tokio::test]
    async fn the_full_page_has_no_credit_line() {
        let html = render(false).await;
        assert!(!html.contains("embed-frame--compact"), "{html}");
        assert!(!html.contains("embed-credit"), "{html}");
        assert!(html.contains("<main>explainer</main>"), "{html}");
    }
}
