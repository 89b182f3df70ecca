//! The page chrome below the explainer: data "as of", links to sources and the data file, and
//! the slot where embed mode's "Embed this" dialog button goes. Hidden in embed mode. A view
//! function, not a component: it has no state of its own.

use super::text;
use crate::markup::Markup;
use crate::model::{date_label, World};
use yew::prelude::*;

/// `tools`: extra controls for the footer (the embed helper's "Embed" button goes here).
pub fn page_footer(world: &World, tools: Html) -> Html {
    let mut note = Markup::new();
    note.fixed("<p>Data as of ")
        .text(&date_label(&world.meta.as_of));
    note.fixed(". <a href=\"#sources\">All sources</a>. No cookies, no tracking, no requests to other sites.</p>");
    html! {
        <footer class="page-footer">
            { text::raw(note) }
            <div class="page-footer__slot">{ tools }</div>
        </footer>
    }
}
