//! Every source the data uses, with outlet, date, confidence and (when we have one) a link to
//! the primary document, plus what the record does not tell us and the data files to download.
//! Each entry has an id that citations link to. In embed mode the list starts folded, so the
//! iframe on a news page is not thousands of pixels taller than the story it serves; following a
//! citation unfolds it (the browser opens a closed `<details>` for a fragment inside it).

use super::text;
use crate::markup::Markup;
use crate::model::date_label;
use crate::state::WorldRef;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SourcesPanelProps {
    pub world: WorldRef,
    /// Start with the list of sources folded (embed mode).
    #[prop_or_default]
    pub folded: bool,
    /// Links to sources open a new tab (embed mode: the iframe must not navigate away).
    #[prop_or_default]
    pub new_tab: bool,
}

#[component]
pub fn SourcesPanel(props: &SourcesPanelProps) -> Html {
    let world = &props.world;
    // No listeners anywhere in the panel: all of it is written as markup.
    let mut m = Markup::new();
    m.fixed("<section class=\"sources\" id=\"sources\" aria-labelledby=\"sources-heading\">");
    m.fixed("<h2 id=\"sources-heading\">Sources</h2><p class=\"sources__asof\">");
    m.fixed("The record was checked up to ")
        .text(&date_label(&world.meta.as_of));
    m.fixed(". Confidence: official document = a government document or statement; company statement = a company's own statement, filing, paper or earnings call; several outlets = reported by several major outlets or confirmed on the record; one outlet = one outlet's report from anonymous sources; disputed = the record disagrees.</p>");
    if !world.meta.unknowns.is_empty() {
        m.fixed("<h3>What the record does not tell us</h3><ul class=\"sources__unknowns\">");
        for unknown in &world.meta.unknowns {
            m.fixed("<li>").text(&unknown.text).fixed("</li>");
        }
        m.fixed("</ul>");
    }
    if !world.meta.corrections.is_empty() {
        // Newest first; the file may list them in any order (a stable sort keeps ties).
        let mut corrections: Vec<&crate::model::Correction> =
            world.meta.corrections.iter().collect();
        crate::model::sort_short_by(&mut corrections, |a, b| b.date.cmp(&a.date));
        m.fixed("<h3>Updates and corrections</h3><ul class=\"sources__corrections\">");
        for correction in corrections {
            m.fixed("<li><span class=\"sources__date\">")
                .text(&date_label(&correction.date))
                .fixed(":</span> ");
            m.text(&correction.text).fixed(" ");
            super::citation::push_citations(&mut m, world, &correction.sources);
            m.fixed("</li>");
        }
        m.fixed("</ul>");
    }
    m.fixed(concat!(
        "<p class=\"sources__download\">The data behind the widget, in readable TOML: ",
        "<a href=\"data/world.toml\" download=\"chip-paths-world.toml\">world.toml</a>",
        " (the facts and their sources) and ",
        "<a href=\"data/story.toml\" download=\"chip-paths-story.toml\">story.toml</a>",
        " (the classroom story).</p>",
    ));
    m.fixed(if props.folded {
        "<details class=\"sources__all\">"
    } else {
        "<details open class=\"sources__all\">"
    });
    m.fixed("<summary class=\"sources__summary\">All ")
        .number(world.sources.len() as i64);
    m.fixed(" sources</summary><ol class=\"sources__list\">");
    for source in &world.sources {
        m.start("li")
            .attr("id", &text::dom_id("source", &source.id));
        m.fixed(" tabindex=\"-1\" class=\"sources__item\"><span class=\"sources__outlet\">");
        m.text(&source.outlet)
            .fixed("</span>, ")
            .text(&date_label(&source.date))
            .fixed(": ");
        match source.url.as_ref().filter(|u| u.starts_with("https://")) {
            // In embed mode a link that leaves the widget opens a new tab: followed in place,
            // it would take over the host article's iframe.
            Some(url) => {
                m.start("a").attr("href", url);
                if props.new_tab {
                    m.fixed(" target=\"_blank\"");
                }
                m.fixed(" rel=\"noopener noreferrer\">").text(&source.title);
                if props.new_tab {
                    m.fixed("<span class=\"visually-hidden\"> (opens in a new tab)</span>");
                }
                m.fixed("</a>");
            }
            None => {
                m.fixed("<span>").text(&source.title).fixed("</span>");
            }
        }
        m.fixed("<span class=\"sources__conf\"> (")
            .text(&source.confidence.label());
        m.fixed(")</span></li>");
    }
    m.fixed("</ol></details></section>");
    text::raw(m)
}
