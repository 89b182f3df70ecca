//! Every path of the selected developer, per workload, with its status and the reasons for it;
//! each reason links to its citations, and each path shows the report it rests on.

use super::citation::push_citations;
use super::status_badge::push_status_badge;
use super::text;
use crate::markup::Markup;
use crate::model::i18n::msg;
use crate::model::{date_label, notes_at, Evaluation, Workload};
use crate::state::WorldRef;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PathDetailsProps {
    pub world: WorldRef,
    pub evaluation: Rc<Evaluation>,
    /// The scenario's date: later reports are shown only from their own dates.
    pub date: AttrValue,
    pub developer: AttrValue,
    pub onclose: Callback<()>,
    /// Move focus to the heading once shown: the reader just asked for these paths.
    #[prop_or_default]
    pub focus: bool,
}

#[component]
pub fn PathDetails(props: &PathDetailsProps) -> Html {
    let world = &props.world;
    let heading = use_node_ref();
    {
        let heading = heading.clone();
        use_effect_with((props.developer.clone(), props.focus), move |(_, focus)| {
            if *focus {
                if let Some(el) = heading.cast::<web_sys::HtmlElement>() {
                    focus_without_scrolling(&el);
                }
            }
        });
    }
    let Some(developer) = world
        .developers
        .iter()
        .find(|d| d.id == props.developer.as_str())
    else {
        return html! {};
    };
    let onclose = {
        let onclose = props.onclose.clone();
        Callback::from(move |_: MouseEvent| onclose.emit(()))
    };
    // Everything below the heading is text and links: written as markup in one piece.
    let mut body = Markup::new();
    // The listing as the record stood at the date: the latest dated update replaces the line.
    let (listing, listing_sources) = notes_at(&developer.listing_updates, &props.date)
        .last()
        .map_or((&developer.listing, &developer.sources), |n| {
            (&n.text, &n.sources)
        });
    body.fixed("<p class=\"details__listing\">")
        .text(listing)
        .fixed(" ");
    push_citations(&mut body, world, listing_sources);
    body.fixed("</p>");
    for workload in [Workload::Training, Workload::Inference] {
        let outcome = props.evaluation.outcome(&developer.id, workload);
        let paths = outcome.map(|o| o.paths.as_slice()).unwrap_or_default();
        body.fixed("<section class=\"details__workload\"><h4>")
            .text(workload.label());
        body.fixed("</h4>");
        if paths.is_empty() {
            body.fixed("<p class=\"details__none\">")
                .text(msg::details_none())
                .fixed("</p>");
        } else {
            body.fixed("<ol class=\"details__paths\">");
            let fallback = outcome.and_then(|o| o.fallback()).map(|p| p.reported);
            for path in paths {
                push_path(
                    &mut body,
                    world,
                    developer,
                    path,
                    fallback == Some(path.reported),
                    &props.date,
                );
            }
            body.fixed("</ol>");
        }
        body.fixed("</section>");
    }
    html! {
        <section class="details" aria-labelledby="details-heading">
            <div class="details__top">
                <h3 id="details-heading" tabindex="-1" ref={heading}>{ msg::details_heading(&developer.name) }</h3>
                <button type="button" class="button button--quiet" onclick={onclose}>{ msg::details_close() }</button>
            </div>
            { text::raw(body) }
        </section>
    }
}

/// Focuses `el`; inside an iframe without scrolling anything: there a plain `focus()` scrolls
/// the host article to bring the heading into view (it moved a phone's article by thousands of
/// pixels), and the embed opens the details right below the row the reader chose.
/// (`focus({preventScroll: true})` through Reflect: web-sys's FocusOptions would be a new feature.)
fn focus_without_scrolling(el: &web_sys::HtmlElement) {
    use wasm_bindgen::{JsCast, JsValue};
    let framed = web_sys::window().is_some_and(|w| {
        w.parent()
            .ok()
            .flatten()
            .is_some_and(|p| JsValue::from(&p) != JsValue::from(&w))
    });
    if !framed {
        let _ = el.focus();
        return;
    }
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"preventScroll".into(), &JsValue::TRUE);
    let focus = js_sys::Reflect::get(el, &"focus".into()).ok();
    match focus.and_then(|f| f.dyn_into::<js_sys::Function>().ok()) {
        Some(focus) => {
            let _ = focus.call1(el, &options);
        }
        None => {
            let _ = el.focus();
        }
    }
}

/// One path: its status, chip and route, the report it rests on, and the reasons for it.
fn push_path(
    body: &mut Markup,
    world: &crate::model::World,
    developer: &crate::model::Developer,
    path: &crate::model::PathOutcome,
    fallback: bool,
    date: &str,
) {
    body.fixed("<li class=\"details__path\"><div class=\"details__head\">");
    push_status_badge(body, path.status);
    body.fixed("<span class=\"details__route\">");
    body.text(&msg::path_name(
        text::chip_name(world, &path.chip),
        path.route.label(),
    ));
    body.fixed("</span>");
    let (class, role) = if path.main {
        (
            "<span class=\"details__role details__role--main\">",
            msg::details_main(),
        )
    } else if fallback {
        ("<span class=\"details__role\">", msg::details_fallback())
    } else {
        ("<span class=\"details__role\">", msg::details_other())
    };
    body.fixed(class).text(role).fixed("</span>");
    let reported = developer.paths.get(path.reported);
    if path.modelled {
        text::push_modelled(body);
    }
    body.fixed("</div>");
    if let Some(reported) = reported {
        let since = date_label(&reported.since);
        body.fixed("<p class=\"details__when\">")
            .text(&match &reported.until {
                Some(until) => msg::details_reported_until(&since, &date_label(until)),
                None => msg::details_reported_from(&since),
            })
            .fixed("</p>");
        body.fixed("<p class=\"details__claim\">")
            .text(&msg::details_claim(&reported.claim));
        if reported.disputed {
            body.fixed("<span class=\"details__disputed\">")
                .text(msg::details_disputed())
                .fixed("</span>");
        }
        body.fixed(" ");
        push_citations(body, world, &reported.sources);
        push_updates(body, world, &reported.updates, date);
        body.fixed("</p>");
    }
    if path.reasons.is_empty() {
        body.fixed("<p class=\"details__open\">")
            .text(msg::matrix_no_policy())
            .fixed("</p>");
    } else {
        body.fixed("<ul class=\"details__reasons\">");
        for reason in &path.reasons {
            body.fixed("<li class=\"details__reason\"><span class=\"details__reason-status\">");
            body.text(&msg::reason_status(reason.status.label()))
                .fixed(" </span>")
                .text(&reason.text);
            body.fixed(" ");
            push_citations(body, world, &reason.sources);
            body.fixed("</li>");
        }
        body.fixed("</ul>");
    }
    body.fixed("</li>");
}

/// Later reports the record shows by `date`, each with its own date and citations: "Later
/// (17 Sep 2025): R1's RL stage ran on 512 H800s. [Nature]".
fn push_updates(
    body: &mut Markup,
    world: &crate::model::World,
    updates: &[crate::model::DatedNote],
    date: &str,
) {
    for note in notes_at(updates, date) {
        body.fixed(" <span class=\"details__update\">")
            .text(&msg::details_later(&date_label(&note.since), &note.text))
            .fixed(" ");
        push_citations(body, world, &note.sources);
        body.fixed("</span>");
    }
}
