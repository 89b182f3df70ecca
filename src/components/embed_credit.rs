//! The one line embed mode keeps of the page chrome: whose widget this is, how current its
//! data is, and a link to the full widget with every source, opened in a new tab. Markup: a
//! plain link, no listeners.

use super::text;
use crate::embed::protocol::full_view_query;
use crate::markup::Markup;
use crate::model::i18n::msg;
use yew::Html;

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
    let mut m = Markup::new();
    // A footer (contentinfo landmark): every part of the embed sits in a landmark.
    m.fixed("<footer class=\"embed-credit\"><span class=\"embed-credit__name\">")
        .text(msg::brand())
        .fixed("</span>");
    if let Some(as_of) = as_of {
        m.fixed("<span>")
            .text(&msg::timeline_as_of(as_of))
            .fixed("</span>");
    }
    // The separator and the link in one unbreakable group: a wrapped credit line left the "·"
    // at the end of one line and the link alone on the next (walk10, at 390 px).
    m.fixed(" <span class=\"embed-credit__to\">· ")
        .start("a")
        .attr("href", &href)
        .fixed(" target=\"_blank\" rel=\"noopener\">");
    m.text(msg::credit_full_view())
        .fixed("<span aria-hidden=\"true\"> ↗</span>");
    m.fixed("<span class=\"visually-hidden\">")
        .text(msg::new_tab())
        .fixed("</span></a></span></footer>");
    text::raw(m)
}
