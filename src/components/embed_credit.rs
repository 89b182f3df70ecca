//! The one line embed mode keeps of the page chrome: whose widget this is, how current its
//! data is, and a link to the full widget with every source, opened in a new tab.

use yew::prelude::*;

use crate::embed::protocol::full_view_query;

/// `query`: the current view's query string, embed parameters included or not; `as_of`: the
/// data's "as of" date as shown to readers, if known.
pub fn embed_credit(query: &str, as_of: Option<&str>) -> Html {
    let query = full_view_query(query);
    // Relative to the iframe's own address, so it always opens the widget's origin.
    let href = if query.is_empty() {
        "./".to_owned()
    } else {
        "./?".to_owned() + &query
    };
    html! {
        <p class="embed-credit">
            <span class="embed-credit__name">{ "Chip Paths" }</span>
            if let Some(as_of) = as_of {
                <span>{ " · data as of " }{ as_of }</span>
            }
            { " · " }
            <a href={href} target="_blank" rel="noopener">
                { "Sources and full view" }<span aria-hidden="true">{ " ↗" }</span>
                <span class="visually-hidden">{ " (opens in a new tab)" }</span>
            </a>
        </p>
    }
}
