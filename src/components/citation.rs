//! A citation: outlet, date and confidence, linking to the source's entry in the sources panel.

use super::text;
use crate::components::WorldRef;
use crate::model::date_label;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CitationProps {
    pub world: WorldRef,
    /// A source id from the data file.
    pub source: AttrValue,
}

#[component]
pub fn Citation(props: &CitationProps) -> Html {
    let href = format!("#{}", text::dom_id("source", &props.source));
    match props
        .world
        .sources
        .iter()
        .find(|s| s.id == props.source.as_str())
    {
        Some(source) => html! {
            <a class="cite" href={href}>
                { format!("{}, {}", source.outlet, date_label(&source.date)) }
                <span class={classes!("cite__conf", format!("cite__conf--{:?}", source.confidence).to_ascii_lowercase())}>
                    { format!(" · {}", source.confidence.label()) }
                </span>
            </a>
        },
        // Validation rules out dangling ids; if one slips through, say so rather than hide it.
        None => {
            html! { <span class="cite cite--missing">{ format!("source “{}” not found", props.source) }</span> }
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct CitationsProps {
    pub world: WorldRef,
    pub sources: Vec<String>,
}

/// Several citations in a row, separated by semicolons.
#[component]
pub fn Citations(props: &CitationsProps) -> Html {
    if props.sources.is_empty() {
        return html! {};
    }
    html! {
        <span class="cites">
            { "(" }
            { for props.sources.iter().enumerate().map(|(i, id)| html! {
                <>
                    if i > 0 { { "; " } }
                    <Citation world={props.world.clone()} source={AttrValue::from(id.clone())} />
                </>
            }) }
            { ")" }
        </span>
    }
}
