//! A path's status as a word plus an icon shape plus a colour, so it never relies on colour
//! alone. Written as markup (`crate::markup`): a badge sits in every cell and every path, and
//! has no listeners.

use super::text;
use crate::markup::Markup;
use crate::model::i18n::msg;
use crate::model::{Evaluation, Status};
use yew::Html;

/// The statuses the legend explains: every status on the record (`statuses_on_record`) and any
/// in the current evaluation (so a what-if status is still explained), in `Status` order.
pub fn legend_statuses(on_record: &[Status], evaluation: &Evaluation) -> Vec<Status> {
    let mut seen = [false; Status::COUNT];
    for status in on_record.iter().copied().chain(
        evaluation
            .outcomes
            .iter()
            .flat_map(|o| &o.paths)
            .map(|p| p.status),
    ) {
        seen[status.index()] = true;
    }
    Status::ALL
        .into_iter()
        .filter(|s| seen[s.index()])
        .collect()
}

/// The status legend: each status's badge and what it means.
pub fn status_legend(on_record: &[Status], evaluation: &Evaluation) -> Html {
    let mut m = Markup::new();
    m.start("dl")
        .attr("class", "legend")
        .attr("aria-label", msg::legend_label())
        .open();
    for status in legend_statuses(on_record, evaluation) {
        m.fixed("<div class=\"legend__item\"><dt>");
        push_status_badge(&mut m, status);
        m.fixed("</dt><dd>")
            .text(status.meaning())
            .fixed("</dd></div>");
    }
    m.fixed("</dl>");
    text::raw(m)
}

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
    push_icon(m, status);
    m.fixed("<span class=\"status__word\">")
        .text(status.label());
    m.fixed("</span></span>");
}

/// The icon's frame: 16 × 16, hidden from screen readers (the word says it).
const ICON_OPEN: &str = "<svg class=\"status__icon\" viewBox=\"0 0 16 16\" width=\"16\" height=\"16\" aria-hidden=\"true\" focusable=\"false\">";
/// The ring most shapes sit in.
const RING: &str = "<circle cx=\"8\" cy=\"8\" r=\"6.5\" fill=\"none\"/>";

/// One distinct shape per status: check, wave, half-filled disc, warning triangle, no-entry.
/// Whether it sits in the ring, and the rest of its shape.
fn shape(status: Status) -> (bool, &'static str) {
    match status {
        Status::Open => (true, "<path d=\"M4.8 8.3l2.1 2.1 4.3-4.5\" fill=\"none\"/>"),
        Status::Friction => (
            true,
            "<path d=\"M4.3 9.2c1.2-2.2 2.5-2.2 3.7 0s2.5 2.2 3.7 0\" fill=\"none\"/>",
        ),
        Status::Limited => (
            true,
            "<path d=\"M8 1.5a6.5 6.5 0 0 0 0 13z\" stroke=\"none\" class=\"status__fill\"/>",
        ),
        Status::AtRisk => (
            false,
            concat!(
                "<path d=\"M8 1.6l6.6 12.2H1.4z\" fill=\"none\" stroke-linejoin=\"round\"/>",
                "<path d=\"M8 6v3.8\" fill=\"none\"/>",
                "<circle cx=\"8\" cy=\"11.7\" r=\"0.6\" class=\"status__fill\"/>"
            ),
        ),
        Status::Blocked => (true, "<path d=\"M3.4 12.6l9.2-9.2\" fill=\"none\"/>"),
    }
}

/// The status's icon, as markup.
fn push_icon(m: &mut Markup, status: Status) {
    let (ringed, rest) = shape(status);
    m.fixed(ICON_OPEN);
    if ringed {
        m.fixed(RING);
    }
    m.fixed(rest).fixed("</svg>");
}
