//! A path's status as a word plus an icon shape plus a colour, so it never relies on colour
//! alone. Written as markup (`crate::markup`): a badge sits in every cell and every path, and
//! has no listeners.

use super::text;
use crate::markup::Markup;
use crate::model::Status;
use yew::Html;

/// The badge as a node of its own (a table cell, a predict option).
pub fn status_badge(status: Status) -> Html {
    let mut m = Markup::new();
    push_status_badge(&mut m, status);
    text::raw(m)
}

/// The badge, written onto markup under construction.
pub fn push_status_badge(m: &mut Markup, status: Status) {
    m.fixed("<span class=\"status status--")
        .fixed(status.slug())
        .fixed("\">");
    m.fixed(icon(status));
    m.fixed("<span class=\"status__word\">")
        .fixed(status.label());
    m.fixed("</span></span>");
}

/// One distinct shape per status: check, wave, half-filled disc, warning triangle, no-entry.
pub fn icon(status: Status) -> &'static str {
    match status {
        Status::Open => concat!(
            "<svg class=\"status__icon\" viewBox=\"0 0 16 16\" width=\"16\" height=\"16\" aria-hidden=\"true\" focusable=\"false\">",
            "<circle cx=\"8\" cy=\"8\" r=\"6.5\" fill=\"none\"/>",
            "<path d=\"M4.8 8.3l2.1 2.1 4.3-4.5\" fill=\"none\"/></svg>"
        ),
        Status::Friction => concat!(
            "<svg class=\"status__icon\" viewBox=\"0 0 16 16\" width=\"16\" height=\"16\" aria-hidden=\"true\" focusable=\"false\">",
            "<circle cx=\"8\" cy=\"8\" r=\"6.5\" fill=\"none\"/>",
            "<path d=\"M4.3 9.2c1.2-2.2 2.5-2.2 3.7 0s2.5 2.2 3.7 0\" fill=\"none\"/></svg>"
        ),
        Status::Limited => concat!(
            "<svg class=\"status__icon\" viewBox=\"0 0 16 16\" width=\"16\" height=\"16\" aria-hidden=\"true\" focusable=\"false\">",
            "<circle cx=\"8\" cy=\"8\" r=\"6.5\" fill=\"none\"/>",
            "<path d=\"M8 1.5a6.5 6.5 0 0 0 0 13z\" stroke=\"none\" class=\"status__fill\"/></svg>"
        ),
        Status::AtRisk => concat!(
            "<svg class=\"status__icon\" viewBox=\"0 0 16 16\" width=\"16\" height=\"16\" aria-hidden=\"true\" focusable=\"false\">",
            "<path d=\"M8 1.6l6.6 12.2H1.4z\" fill=\"none\" stroke-linejoin=\"round\"/>",
            "<path d=\"M8 6v3.8\" fill=\"none\"/>",
            "<circle cx=\"8\" cy=\"11.7\" r=\"0.6\" class=\"status__fill\"/></svg>"
        ),
        Status::Blocked => concat!(
            "<svg class=\"status__icon\" viewBox=\"0 0 16 16\" width=\"16\" height=\"16\" aria-hidden=\"true\" focusable=\"false\">",
            "<circle cx=\"8\" cy=\"8\" r=\"6.5\" fill=\"none\"/>",
            "<path d=\"M3.4 12.6l9.2-9.2\" fill=\"none\"/></svg>"
        ),
    }
}
