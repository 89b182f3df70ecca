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
    m.fixed(ICON);
    m.fixed("<span class=\"status__word\">")
        .text(status.label());
    m.fixed("</span></span>");
}

/// The status's icon: an empty box that the stylesheet draws (`.status__icon`: one mask per
/// status, in the status's colour), so that a cell whose status changes is patched (a class and a
/// word) rather than re-created with an inline SVG of four nodes (issue 16; docs/performance.md,
/// eighth session). Nothing for screen readers: the word says it.
pub const ICON: &str = "<span class=\"status__icon\"></span>";
