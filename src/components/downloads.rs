//! The kit's downloads (issue 17): the view's outcomes as CSV and as JSON (built by the model's
//! `export`), offered as two links with file names that say what they hold. The file is built
//! only when a link is used: the click handler writes it into the link as a `data:` address just
//! before the browser follows it, so a render costs two file names, not two files.
//!
//! The pictures (SVG and PNG of the matrix and of the diagram) are drawn by web/kit-picture.js,
//! which web/loader.js fetches at the first click on one of their links: none of that code is in
//! the wasm. The links are fixed markup; the line carries the stamp's words (the model's
//! `export::scenario_line`, `source_line`) and the files' name as data attributes.

use crate::model::export::{file_name, scenario_line, source_line, to_csv, to_json};
use crate::model::i18n::msg;
use crate::model::Evaluation;
use crate::state::WorldRef;
use std::rc::Rc;
use yew::prelude::*;

/// The picture links: no listener of their own (web/loader.js's delegated click loads the
/// code that draws them).
fn pictures() -> Html {
    let link = |what: &'static str, kind: &'static str, label: &'static str| {
        html! { <a class="button" href="#" data-chip-paths-picture="" data-what={what} data-kind={kind}>{ label }</a> }
    };
    html! {
        <span class="downloads__pictures">
            { " · " }{ msg::downloads_pictures() }{ " " }
            { link("matrix", "svg", msg::picture_matrix_svg()) }{ " " }
            { link("matrix", "png", msg::picture_matrix_png()) }{ " " }
            { link("diagram", "svg", msg::picture_diagram_svg()) }{ " " }
            { link("diagram", "png", msg::picture_diagram_png()) }
        </span>
    }
}

/// The two links for the view on screen.
pub fn downloads(
    world: &WorldRef,
    scenario: &crate::model::Scenario,
    evaluation: &Rc<Evaluation>,
) -> Html {
    let link = |label: &'static str, csv: bool| {
        let (world, scenario, evaluation) = (world.clone(), scenario.clone(), evaluation.clone());
        let name = file_name(&world, &scenario, if csv { "csv" } else { "json" });
        let onclick = move |event: MouseEvent| {
            let (kind, text) = if csv {
                ("text/csv", to_csv(&world, &scenario, &evaluation))
            } else {
                ("application/json", to_json(&world, &scenario, &evaluation))
            };
            let href = format!(
                "data:{kind};charset=utf-8,{}",
                crate::url::percent_encode(&text)
            );
            if let Some(a) = event
                .target_dyn_into::<web_sys::Element>()
                .and_then(|el| el.closest("a").ok().flatten())
            {
                let _ = a.set_attribute("href", &href);
            }
        };
        html! { <a class="button" href="#" download={name} {onclick}>{ label }</a> }
    };
    html! {
        <p class="downloads" data-name={file_name(world, scenario, "csv")}
            data-scenario={scenario_line(world, scenario)} data-source={source_line(world)}>
            { msg::downloads_label() }
            { link("CSV", true) }{ " " }{ link("JSON", false) }
            { pictures() }
        </p>
    }
}
