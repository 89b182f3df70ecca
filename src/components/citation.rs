//! Citations: outlet, date and confidence, each linking to the source's entry in the sources
//! panel. Plain view functions, not components: they sit inside every list item that cites
//! something, and a component per citation costs code size and a scope each.

use super::text;
use crate::model::{date_label, World};
use yew::prelude::*;

/// Several citations in a row, in parentheses, separated by semicolons; nothing for none.
pub fn citations(world: &World, sources: &[String]) -> Html {
    if sources.is_empty() {
        return html! {};
    }
    html! {
        <span class="cites">
            { "(" }
            { for sources.iter().enumerate().map(|(i, id)| html! {
                <>
                    if i > 0 { { "; " } }
                    { citation(world, id) }
                </>
            }) }
            { ")" }
        </span>
    }
}

/// One citation, by source id from the data file.
fn citation(world: &World, id: &str) -> Html {
    match world.sources.iter().find(|s| s.id == id) {
        Some(source) => html! {
            <a class="cite" href={format!("#{}", text::dom_id("source", id))}>
                { &source.outlet }{ ", " }{ date_label(&source.date) }
                <span class="cite__conf">{ " · " }{ source.confidence.label() }</span>
            </a>
        },
        // Validation rules out dangling ids; if one slips through, say so rather than hide it.
        None => html! {
            <span class="cite cite--missing">{ "source “" }{ id }{ "” not found" }</span>
        },
    }
}
