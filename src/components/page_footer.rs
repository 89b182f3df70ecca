//! The page chrome below the explainer: data "as of", links to sources and the data file, and
//! the slot where embed mode's "Embed this" dialog button goes. Hidden in embed mode.

use crate::components::WorldRef;
use crate::model::date_label;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PageFooterProps {
    pub world: WorldRef,
    /// Extra controls for the footer (the embed helper's "Embed" button goes here).
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn PageFooter(props: &PageFooterProps) -> Html {
    html! {
        <footer class="page-footer">
            <p>
                { format!("Data as of {}. ", date_label(&props.world.meta.as_of)) }
                <a href="#sources">{ "All sources" }</a>
                { ". No cookies, no tracking, no requests to other sites." }
            </p>
            <div class="page-footer__slot">{ props.children.clone() }</div>
        </footer>
    }
}
