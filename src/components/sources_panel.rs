//! Every source the data uses, with outlet, date, confidence and (when we have one) a link to
//! the primary document, plus what the record does not tell us and the data files to download.
//! Each entry has an id that citations link to. In embed mode the list starts folded, so the
//! iframe on a news page is not thousands of pixels taller than the story it serves; following a
//! citation unfolds it (the browser opens a closed `<details>` for a fragment inside it).

use super::text;
use crate::markup::Markup;
use crate::model::date_label;
use crate::model::i18n::msg;
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
    m.fixed("<h2 id=\"sources-heading\">")
        .text(msg::sources_heading())
        .fixed("</h2><p class=\"sources__asof\">");
    m.text(&msg::sources_checked(&date_label(&world.meta.as_of)))
        .fixed("</p>");
    if !world.meta.unknowns.is_empty() {
        m.fixed("<h3>")
            .text(msg::sources_unknowns())
            .fixed("</h3><ul class=\"sources__unknowns\">");
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
        m.fixed("<h3>")
            .text(msg::sources_corrections())
            .fixed("</h3><ul class=\"sources__corrections\">");
        for correction in corrections {
            m.fixed("<li><span class=\"sources__date\">")
                .text(&msg::reason_status(&date_label(&correction.date)))
                .fixed("</span> ");
            m.text(&correction.text).fixed(" ");
            super::citation::push_citations(&mut m, world, &correction.sources);
            m.fixed("</li>");
        }
        m.fixed("</ul>");
    }
    // The file names stay as they are (they are what the links download).
    m.fixed("<p class=\"sources__download\">")
        .text(msg::sources_download())
        .fixed("<a href=\"data/world.toml\" download=\"chip-paths-world.toml\">world.toml</a>")
        .text(msg::sources_download_world())
        .fixed("<a href=\"data/story.toml\" download=\"chip-paths-story.toml\">story.toml</a>")
        .text(msg::sources_download_story())
        .fixed("</p>");
    m.fixed(if props.folded {
        "<details class=\"sources__all\">"
    } else {
        "<details open class=\"sources__all\">"
    });
    m.fixed("<summary class=\"sources__summary\">")
        .text(&msg::sources_all(world.sources.len()))
        .fixed("</summary><ol class=\"sources__list\">");
    for source in &world.sources {
        m.start("li")
            .attr("id", &text::dom_id("source", &source.id));
        m.fixed(" tabindex=\"-1\" class=\"sources__item\"><span class=\"sources__outlet\">");
        m.text(&source.outlet)
            .fixed("</span>")
            .text(&msg::sources_date(&date_label(&source.date)));
        match source.url.as_ref().filter(|u| u.starts_with("https://")) {
            // In embed mode a link that leaves the widget opens a new tab: followed in place,
            // it would take over the host article's iframe.
            Some(url) => {
                // The title stays in its original language (docs/i18n.md).
                m.start("a")
                    .attr("href", url)
                    .attr("class", "sources__title");
                if props.new_tab {
                    m.fixed(" target=\"_blank\"");
                }
                m.fixed(" rel=\"noopener noreferrer\">").text(&source.title);
                if props.new_tab {
                    m.fixed("<span class=\"visually-hidden\">")
                        .text(msg::new_tab())
                        .fixed("</span>");
                }
                m.fixed("</a>");
            }
            None => {
                m.fixed("<span class=\"sources__title\">")
                    .text(&source.title)
                    .fixed("</span>");
            }
        }
        m.fixed("<span class=\"sources__conf\">")
            .text(&msg::sources_confidence(source.confidence.label()));
        m.fixed("</span></li>");
    }
    m.fixed("</ol></details></section>");
    text::raw(m)
}
