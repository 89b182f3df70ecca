//! The kit's downloads (issue 17): the view's outcomes as CSV and as JSON, and pictures (SVG,
//! PNG) of the matrix and of the diagram, offered as links named by what they give. None of the
//! code that writes these files is in the wasm: web/loader.js's one delegated click listener
//! fetches web/kit-export.js (CSV, JSON) or web/kit-picture.js (pictures) at the first click on
//! one of their links (docs/kit.md, "Size"). The links are fixed markup; the line carries the
//! files' name and the pictures' stamp (the model's `export::scenario_line`, `source_line`) as
//! data attributes, and its one click handler hands the view's rows over (`export::handover`)
//! into `data-rows` just before the loader's listener reads them: a render builds no file.

use crate::model::export::{file_name, handover, scenario_line, source_line};
use crate::model::i18n::msg;
use crate::model::Evaluation;
use crate::state::WorldRef;
use std::rc::Rc;
use yew::prelude::*;

/// A link whose file web/loader.js has `kit` (web/kit-<kit>.js) write: no listener of its own.
fn link(kit: &'static str, what: &'static str, kind: &'static str, label: &'static str) -> Html {
    html! { <a class="button" href="#" data-chip-paths-kit={kit} data-what={what} data-kind={kind}>{ label }</a> }
}

/// The picture links.
fn pictures() -> Html {
    html! {
        <span class="downloads__pictures">
            { " · " }{ msg::downloads_pictures() }{ " " }
            { link("picture", "matrix", "svg", msg::picture_matrix_svg()) }{ " " }
            { link("picture", "matrix", "png", msg::picture_matrix_png()) }{ " " }
            { link("picture", "diagram", "svg", msg::picture_diagram_svg()) }{ " " }
            { link("picture", "diagram", "png", msg::picture_diagram_png()) }
        </span>
    }
}

/// The download links for the view on screen.
pub fn downloads(
    world: &WorldRef,
    scenario: &crate::model::Scenario,
    evaluation: &Rc<Evaluation>,
) -> Html {
    // On any click in the line (Yew's listener on the widget's root runs before the loader's on
    // the window): the rows, for web/kit-export.js.
    let onclick = {
        let (world, scenario, evaluation) = (world.clone(), scenario.clone(), evaluation.clone());
        move |event: MouseEvent| {
            if let Some(line) = event
                .target_dyn_into::<web_sys::Element>()
                .and_then(|el| el.closest(".downloads").ok().flatten())
            {
                let _ = line.set_attribute("data-rows", &handover(&world, &scenario, &evaluation));
            }
        }
    };
    html! {
        <p class="downloads" data-name={file_name(world, scenario, "csv")}
            data-scenario={scenario_line(world, scenario)} data-source={source_line(world)} {onclick}>
            { msg::downloads_label() }
            { link("export", "rows", "csv", "CSV") }{ " " }{ link("export", "rows", "json", "JSON") }
            { pictures() }
        </p>
    }
}
