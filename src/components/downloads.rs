//! The kit's downloads (issue 17): the view's outcomes as CSV and as JSON, and pictures (SVG,
//! PNG) of the matrix and of the diagram, offered as links named by what they give. None of the
//! code that writes these files is in the wasm: web/loader.js's one delegated click listener
//! fetches web/kit-export.js (CSV, JSON) or web/kit-picture.js (pictures) at the first click on
//! one of their links (docs/kit.md, "Size"). The line is fixed markup text (one raw node, the
//! same at every render in a language); its one click handler writes onto it, just before the
//! loader's listener reads them, the view's rows (`export::handover`, from whose scenario and
//! changed switches the modules also name the files as `export::file_name` does) and the
//! pictures' stamp (`scenario_words`, `export::source_line`): a render builds none of them.

use super::text;
use crate::markup::Markup;
use crate::model::export::{handover, source_line};
use crate::model::i18n::msg;
use crate::state::AppState;
use yew::prelude::*;

/// The pictures' scenario line for web/kit-picture.js. The English-only reader hands over the
/// line's templates (`export::scenario_templates`), from which the module writes the line as
/// `export::scenario_line` does (its wasm then walks the changed switches once, for the
/// hand-over). Every other build hands over the line itself: its languages nest quotes around
/// arguments (`i18n::push_nested`: a Chinese switch's name quotes a word), which the module's
/// rule does not.
#[cfg(not(feature = "multilingual"))]
fn scenario_words(_: &crate::model::World, scenario: &crate::model::Scenario) -> String {
    crate::model::export::scenario_templates(scenario)
}
#[cfg(feature = "multilingual")]
fn scenario_words(world: &crate::model::World, scenario: &crate::model::Scenario) -> String {
    crate::model::export::scenario_line(world, scenario)
}

/// The line's markup: its label and six links, each a fixed start tag (whose file web/loader.js
/// has web/kit-<kit>.js write: no listener of its own) and its label.
pub fn line_markup() -> Markup {
    let mut m = Markup::new();
    m.text(msg::downloads_label());
    m.fixed(concat!(
        "<a class=\"button\" href=\"#\" data-chip-paths-kit=\"export\" data-what=\"rows\" data-kind=\"csv\">CSV</a> ",
        "<a class=\"button\" href=\"#\" data-chip-paths-kit=\"export\" data-what=\"rows\" data-kind=\"json\">JSON</a>",
        "<span class=\"downloads__pictures\"> · "
    ))
    .text(msg::downloads_pictures())
    .fixed(" ");
    let pictures = [
        ("matrix\" data-kind=\"svg\">", msg::picture_matrix_svg()),
        ("matrix\" data-kind=\"png\">", msg::picture_matrix_png()),
        ("diagram\" data-kind=\"svg\">", msg::picture_diagram_svg()),
        ("diagram\" data-kind=\"png\">", msg::picture_diagram_png()),
    ];
    for (i, (what, label)) in pictures.into_iter().enumerate() {
        if i > 0 {
            m.fixed(" ");
        }
        m.fixed("<a class=\"button\" href=\"#\" data-chip-paths-kit=\"picture\" data-what=\"")
            .fixed(what)
            .text(label)
            .fixed("</a>");
    }
    m.fixed("</span>");
    m
}

/// The download links for the view on screen (`state`: the reducer's handle at this render).
pub fn downloads(state: &UseReducerHandle<AppState>) -> Html {
    // On any click in the line (Yew's listener on the widget's root runs before the loader's on
    // the window): what web/kit-export.js and web/kit-picture.js read, written onto the line.
    // The handler keeps the state it was rendered with (a handle: no copy of the scenario).
    let onclick = {
        let state = state.clone();
        move |event: MouseEvent| {
            let (world, scenario) = (&state.world, state.scenario());
            if let Some(line) = event
                .target_dyn_into::<web_sys::Element>()
                .and_then(|el| el.closest(".downloads").ok().flatten())
            {
                for (name, value) in [
                    ("data-rows", handover(world, scenario, &state.evaluation())),
                    ("data-scenario", scenario_words(world, scenario)),
                    ("data-source", source_line(world)),
                ] {
                    let _ = line.set_attribute(name, &value);
                }
            }
        }
    };
    html! {
        <p class="downloads" {onclick}>{ text::raw(line_markup()) }</p>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_line_is_six_links_for_the_loader_in_order_with_their_labels() {
        let line = line_markup().into_string();
        let links: Vec<&str> = line.split("<a ").skip(1).collect();
        let expected = [
            ("export", "rows", "csv", "CSV"),
            ("export", "rows", "json", "JSON"),
            ("picture", "matrix", "svg", msg::picture_matrix_svg()),
            ("picture", "matrix", "png", msg::picture_matrix_png()),
            ("picture", "diagram", "svg", msg::picture_diagram_svg()),
            ("picture", "diagram", "png", msg::picture_diagram_png()),
        ];
        assert_eq!(links.len(), expected.len(), "{line}");
        for (link, (kit, what, kind, label)) in links.iter().zip(expected) {
            let mut escaped = String::new();
            crate::markup::push_escaped(&mut escaped, label);
            assert_eq!(
                *link,
                format!(
                    "class=\"button\" href=\"#\" data-chip-paths-kit=\"{kit}\" \
                     data-what=\"{what}\" data-kind=\"{kind}\">{escaped}</a>"
                ) + link.split_once("</a>").map_or("", |(_, rest)| rest),
                "{line}"
            );
        }
        assert!(line.starts_with(msg::downloads_label()), "{line}");
        assert!(line.contains(msg::downloads_pictures()), "{line}");
        // Nothing the view changes: the same markup at every render.
        assert_eq!(line, line_markup().into_string());
    }
}
