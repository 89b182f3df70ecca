//! The kit's downloads (issue 17): the view's outcomes as CSV and as JSON, and pictures (SVG,
//! PNG) of the matrix and of the diagram, offered as links named by what they give. None of the
//! code that writes these files is in the wasm: web/loader.js's one delegated click listener
//! fetches web/kit-export.js at the first click on a link, which writes the CSV and JSON and
//! fetches web/kit-picture.js at the first picture (docs/kit.md, "Size"). The line is fixed markup text (one raw node, the
//! same at every render in a language). What the modules read is the view's hand-over
//! (`hand_over`): its rows (`export::handover`, from whose scenario and changed switches the
//! modules also name the files as `export::file_name` does) and the pictures' stamp
//! (`scenario_words`, `export::source_line`). A render builds none of it:
//! - the English-only reader's wasm carries none of it either: its line carries the view's link
//!   (`data-query`), and at a click the module asks the multilingual reader's bundle, loaded
//!   then in "export only" mode, for the hand-over of that link (`handover_for_query`,
//!   src/bin/chip-paths-multilingual.rs), showing "Preparing the file…" meanwhile;
//! - the bundles that speak every language (which already hold that code) write it onto the
//!   line in the line's one click handler, just before the loader's listener runs.

#[cfg(feature = "multilingual")]
use super::text;
use crate::markup::Markup;
#[cfg(feature = "multilingual")]
use crate::model::export::{handover, scenario_line, source_line};
use crate::model::i18n::msg;
use crate::state::AppState;
use yew::prelude::*;

/// The line's markup: its label and six links, each a fixed start tag (whose file web/loader.js
/// has web/kit-<kit>.js write: no listener of its own) and its label; then an empty status
/// (`role="status"`) with its two messages, which web/loader.js writes into it while a file's
/// code loads ("Preparing the file…") and if it cannot load: never a silent no-op.
pub fn line_markup() -> Markup {
    let mut m = Markup::new();
    m.text(msg::downloads_label());
    m.fixed(concat!(
        "<a class=\"button\" href=\"#\" data-chip-paths-kit=\"csv\">CSV</a> ",
        "<a class=\"button\" href=\"#\" data-chip-paths-kit=\"json\">JSON</a>",
        "<span class=\"downloads__pictures\"> · "
    ))
    .text(msg::downloads_pictures())
    .fixed(" ");
    let pictures = [
        ("matrix.svg\">", msg::picture_matrix_svg()),
        ("matrix.png\">", msg::picture_matrix_png()),
        ("diagram.svg\">", msg::picture_diagram_svg()),
        ("diagram.png\">", msg::picture_diagram_png()),
    ];
    for (i, (what, label)) in pictures.into_iter().enumerate() {
        if i > 0 {
            m.fixed(" ");
        }
        m.fixed("<a class=\"button\" href=\"#\" data-chip-paths-kit=\"")
            .fixed(what)
            .text(label)
            .fixed("</a>");
    }
    m.fixed("</span> <span class=\"downloads__status\" role=\"status\"")
        .attr("data-preparing", msg::downloads_preparing())
        .attr("data-failed", msg::downloads_failed())
        .fixed("></span>");
    m
}

/// The download links for the view on screen, in the English-only reader: no click handler and
/// no hand-over in this wasm. The line carries the view's link (`query`: the date and the
/// switches, all the files need), for which the on-demand module asks the multilingual
/// reader's bundle (`handover_for_query`). The link is written at each render, so a click just
/// after a change sees it, though the address bar is written a frame later
/// (hooks/use_url_sync.rs).
#[cfg(not(feature = "multilingual"))]
pub fn downloads(_: &UseReducerHandle<AppState>, query: &AttrValue) -> Html {
    html! {
        <p class="downloads" data-query={query.clone()}>{ Html::from_html_unchecked(AttrValue::Static(LINE)) }</p>
    }
}

/// `line_markup()` in English, written out: the English-only reader's line, fixed text in its
/// wasm's data instead of code that builds it at each render (about 0.2 KB gzip less of the
/// reader's first load; docs/kit.md, "Size"). A test checks it against `line_markup()`.
#[cfg_attr(feature = "multilingual", allow(dead_code))]
const LINE: &str = "Download this view: <a class=\"button\" href=\"#\" data-chip-paths-kit=\"csv\">CSV</a> <a class=\"button\" href=\"#\" data-chip-paths-kit=\"json\">JSON</a><span class=\"downloads__pictures\"> · Pictures: <a class=\"button\" href=\"#\" data-chip-paths-kit=\"matrix.svg\">Matrix SVG</a> <a class=\"button\" href=\"#\" data-chip-paths-kit=\"matrix.png\">Matrix PNG</a> <a class=\"button\" href=\"#\" data-chip-paths-kit=\"diagram.svg\">Diagram SVG</a> <a class=\"button\" href=\"#\" data-chip-paths-kit=\"diagram.png\">Diagram PNG</a></span> <span class=\"downloads__status\" role=\"status\" data-preparing=\"Preparing the file…\" data-failed=\"The file could not be prepared: its code did not load. Check the connection and try again.\"></span>";

/// The download links for the view on screen (`state`: the reducer's handle at this render), in
/// a bundle that speaks every language: its one click handler writes the view's hand-over onto
/// the line (Yew's listener on the widget's root runs before the loader's on the window). It
/// keeps the state it was rendered with (a handle: no copy of the scenario).
#[cfg(feature = "multilingual")]
pub fn downloads(state: &UseReducerHandle<AppState>, _: &AttrValue) -> Html {
    let onclick = {
        let state = state.clone();
        move |event: MouseEvent| {
            if let Some(line) = event
                .target_dyn_into::<web_sys::Element>()
                .and_then(|el| el.closest(".downloads").ok().flatten())
            {
                for (name, value) in hand_over(&state) {
                    let _ = line.set_attribute(name, &value);
                }
            }
        }
    };
    html! {
        <p class="downloads" {onclick}>{ text::raw(line_markup()) }</p>
    }
}

/// What web/kit-export.js and web/kit-picture.js read, as the line's data attributes: the rows
/// (`export::handover`), the pictures' scenario line and source line, in the active language.
#[cfg(feature = "multilingual")]
fn hand_over(state: &AppState) -> [(&'static str, String); 3] {
    let (world, scenario) = (&state.world, state.scenario());
    [
        ("data-rows", handover(world, scenario, &state.evaluation())),
        ("data-scenario", scenario_line(world, scenario)),
        ("data-source", source_line(world)),
    ]
}

/// The hand-over of the view a link describes (`query`, as `data-query` carries it), for the
/// English-only reader's downloads: the three values `hand_over` writes on the line, in that
/// order, each ended by U+001D. Called in a fresh instance of the multilingual reader's bundle
/// loaded for nothing else (src/bin/chip-paths-multilingual.rs), whose messages are in English,
/// the only language that reader speaks. Empty when the compiled-in data is broken (the reader
/// then shows the data's problems, and no downloads line).
#[cfg(feature = "multilingual")]
pub fn handover_for_query(query: &str) -> String {
    let Ok(world) = crate::embedded::world() else {
        return String::new();
    };
    let state = AppState::from_query(crate::state::WorldRef(world), query);
    let mut out = String::new();
    for (_, value) in hand_over(&state) {
        out.push_str(&value);
        out.push('\u{1d}');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_line_is_six_links_for_the_loader_in_order_with_their_labels() {
        let line = line_markup().into_string();
        let links: Vec<&str> = line.split("<a ").skip(1).collect();
        let expected = [
            ("csv", "CSV"),
            ("json", "JSON"),
            ("matrix.svg", msg::picture_matrix_svg()),
            ("matrix.png", msg::picture_matrix_png()),
            ("diagram.svg", msg::picture_diagram_svg()),
            ("diagram.png", msg::picture_diagram_png()),
        ];
        assert_eq!(links.len(), expected.len(), "{line}");
        for (link, (kit, label)) in links.iter().zip(expected) {
            let mut escaped = String::new();
            crate::markup::push_escaped(&mut escaped, label);
            assert_eq!(
                *link,
                format!("class=\"button\" href=\"#\" data-chip-paths-kit=\"{kit}\">{escaped}</a>")
                    + link.split_once("</a>").map_or("", |(_, rest)| rest),
                "{line}"
            );
        }
        assert!(line.starts_with(msg::downloads_label()), "{line}");
        assert!(line.contains(msg::downloads_pictures()), "{line}");
        // The status the loader writes into, empty, with its two messages: the line's last
        // child, where web/loader.js finds it.
        let mut status = String::from(
            "</span> <span class=\"downloads__status\" role=\"status\" data-preparing=\"",
        );
        crate::markup::push_escaped(&mut status, msg::downloads_preparing());
        status.push_str("\" data-failed=\"");
        crate::markup::push_escaped(&mut status, msg::downloads_failed());
        status.push_str("\"></span>");
        assert!(line.ends_with(&status), "{line}");
        // Nothing the view changes: the same markup at every render.
        assert_eq!(line, line_markup().into_string());
    }

    /// The English-only reader's line, written out, is the line the messages make in English.
    #[test]
    fn the_english_line_written_out_is_the_line_in_english() {
        assert_eq!(LINE, line_markup().into_string());
    }

    /// The English reader's hand-over, made by the multilingual reader's bundle from the view's
    /// link, is what the line's click handler writes for that view: the model's rows, scenario
    /// line and source line, for the record and with each headline switch flipped.
    #[cfg(feature = "multilingual")]
    #[test]
    fn the_hand_over_of_a_link_is_the_model_s_for_its_view() {
        use crate::model::{evaluate, export, Scenario};
        use crate::url::ViewState;
        let world = crate::embedded::world().expect("the embedded data is valid");
        let record = world.default_scenario();
        let mut views = vec![ViewState::default()];
        for id in &world.meta.headline {
            let mut view = ViewState::default();
            if record.on.contains(id) {
                view.off.insert(id.clone());
            } else {
                view.on.insert(id.clone());
            }
            views.push(view);
        }
        let mut flipped = 0;
        for view in views {
            let query = view.to_query(world);
            let scenario: Scenario = view.scenario(world);
            flipped += usize::from(scenario != record);
            let expected = [
                export::handover(world, &scenario, &evaluate(world, &scenario)),
                export::scenario_line(world, &scenario),
                export::source_line(world),
            ]
            .map(|part| part + "\u{1d}")
            .concat();
            assert_eq!(handover_for_query(&query), expected, "{query}");
        }
        assert_eq!(flipped, world.meta.headline.len());
    }
}
