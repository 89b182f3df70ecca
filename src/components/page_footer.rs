//! The page chrome below the explainer: data "as of", links to sources and the data file, and
//! the slot where embed mode's "Embed this" dialog button goes. Hidden in embed mode. A view
//! function, not a component: it has no state of its own.

use super::text;
use crate::markup::Markup;
use crate::model::i18n::msg;
use crate::model::{date_label, World};
use yew::prelude::*;

/// `tools`: extra controls for the footer (the embed helper's "Embed" button goes here).
pub fn page_footer(world: &World, tools: Html) -> Html {
    let mut note = Markup::new();
    note.fixed("<p>")
        .text(&msg::footer_as_of(&date_label(&world.meta.as_of)))
        .fixed(" <a href=\"#sources\">")
        .text(msg::footer_sources())
        .fixed("</a>")
        .text(msg::footer_privacy())
        .fixed("</p>");
    html! {
        <footer class="page-footer">
            { text::raw(note) }
            <div class="page-footer__slot">{ tools }</div>
        </footer>
    }
}
