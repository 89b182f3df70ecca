//! Citations: outlet, date and confidence, each linking to the source's entry in the sources
//! panel. Written as markup (`crate::markup`), not components: they sit inside every list item
//! that cites something, and carry no listeners (a citation is a plain fragment link).

use super::text;
use crate::markup::Markup;
use crate::model::i18n::msg;
use crate::model::{date_label, SourceId, World};
use yew::prelude::*;

/// Several citations in a row, in parentheses, separated by semicolons; nothing for none.
pub fn citations(world: &World, sources: &[SourceId]) -> Html {
    let mut m = Markup::new();
    push_citations(&mut m, world, sources);
    text::raw(m)
}

/// The same, written onto markup under construction.
pub fn push_citations(m: &mut Markup, world: &World, sources: &[SourceId]) {
    if sources.is_empty() {
        return;
    }
    m.fixed("<span class=\"cites\">").text(msg::cites_open());
    for (i, id) in sources.iter().enumerate() {
        if i > 0 {
            m.text(msg::why_separator());
        }
        push_citation(m, world, id);
    }
    m.text(msg::cites_close()).fixed("</span>");
}

/// One citation, by source id from the data file.
fn push_citation(m: &mut Markup, world: &World, id: &str) {
    match world.sources.iter().find(|s| s.id == id) {
        Some(source) => {
            let href = "#".to_owned() + &text::dom_id("source", id);
            m.start("a")
                .attr("class", "cite")
                .attr("href", &href)
                .open();
            m.text(&msg::cite(&source.outlet, &date_label(&source.date)));
            m.fixed("<span class=\"cite__conf\">")
                .text(&msg::cite_confidence(source.confidence.label()));
            m.fixed("</span></a>");
        }
        // Validation rules out dangling ids; if one slips through, say so rather than hide it.
        None => {
            m.fixed("<span class=\"cite cite--missing\">")
                .text(&msg::cite_missing(id))
                .fixed("</span>");
        }
    }
}
