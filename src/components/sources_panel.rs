//! Every source the data uses, with outlet, date, confidence and (when we have one) a link to
//! the primary document, plus what the record does not tell us and the data files to download.
//! Each entry has an id that citations link to. In embed mode the list starts folded, so the
//! iframe on a news page is not thousands of pixels taller than the story it serves; following a
//! citation unfolds it (the browser opens a closed `<details>` for a fragment inside it).

use super::text;
use crate::components::WorldRef;
use crate::model::date_label;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SourcesPanelProps {
    pub world: WorldRef,
    /// Start with the list of sources folded (embed mode).
    #[prop_or_default]
    pub folded: bool,
}

#[component]
pub fn SourcesPanel(props: &SourcesPanelProps) -> Html {
    let world = &props.world;
    html! {
        <section class="sources" id="sources" aria-labelledby="sources-heading">
            <h2 id="sources-heading">{ "Sources" }</h2>
            <p class="sources__asof">
                { format!("The record was checked up to {}. ", date_label(&world.meta.as_of)) }
                { "Confidence: official = a document or statement on the record; several outlets = reported by several major outlets or confirmed on the record; one outlet = one outlet's report from anonymous sources; disputed = the record disagrees." }
            </p>
            if !world.meta.unknowns.is_empty() {
                <>
                    <h3>{ "What the record does not tell us" }</h3>
                    <ul class="sources__unknowns">
                        { for world.meta.unknowns.iter().map(|u| html! { <li>{ &u.text }</li> }) }
                    </ul>
                </>
            }
            <p class="sources__download">
                { "The data behind the widget, in readable TOML: " }
                <a href="data/world.toml" download="chip-paths-world.toml">{ "world.toml" }</a>
                { " (the facts and their sources) and " }
                <a href="data/story.toml" download="chip-paths-story.toml">{ "story.toml" }</a>
                { " (the classroom story)." }
            </p>
            <details class="sources__all" open={!props.folded}>
                <summary class="sources__summary">{ "All " }{ world.sources.len() }{ " sources" }</summary>
                <ol class="sources__list">
                    { for world.sources.iter().map(|s| html! {
                        <li key={s.id.clone()} id={text::dom_id("source", &s.id)} tabindex="-1" class="sources__item">
                            <span class="sources__outlet">{ &s.outlet }</span>
                            { ", " }{ date_label(&s.date) }{ ": " }
                            if let Some(url) = s.url.as_ref().filter(|u| u.starts_with("https://")) {
                                <a href={url.clone()} rel="noopener noreferrer">{ &s.title }</a>
                            } else {
                                <span>{ &s.title }</span>
                            }
                            <span class="sources__conf">{ format!(" ({})", s.confidence.label()) }</span>
                        </li>
                    }) }
                </ol>
            </details>
        </section>
    }
}
