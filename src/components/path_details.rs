//! Every path of the selected developer, per workload, with its status and the reasons for it;
//! each reason links to its citations, and each path shows the report it rests on.

use super::citation::citations;
use super::status_badge::StatusBadge;
use super::text;
use crate::components::WorldRef;
use crate::model::{Evaluation, Workload};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PathDetailsProps {
    pub world: WorldRef,
    pub evaluation: Rc<Evaluation>,
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
                    let _ = el.focus();
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
    let workload_section = |workload: Workload| {
        let outcome = props
            .evaluation
            .outcomes
            .iter()
            .find(|o| o.developer == developer.id && o.workload == workload);
        let paths = outcome.map(|o| o.paths.as_slice()).unwrap_or_default();
        html! {
            <section class="details__workload">
                <h4>{ workload.label() }</h4>
                if paths.is_empty() {
                    <p class="details__none">{ "The record reports no path for this workload." }</p>
                } else {
                    <ol class="details__paths">
                        { for paths.iter().enumerate().map(|(i, path)| {
                            let reported = developer.paths.get(path.reported);
                            html! {
                                <li class="details__path">
                                    <div class="details__head">
                                        <StatusBadge status={path.status} />
                                        <span class="details__route">
                                            { format!("{}, {}", text::chip_name(world, &path.chip), path.route.label()) }
                                        </span>
                                        if i == 0 {
                                            <span class="details__best">{ "best path" }</span>
                                        }
                                    </div>
                                    if let Some(reported) = reported {
                                        <p class="details__claim">
                                            { "Reported: " }{ &reported.claim }
                                            if reported.disputed {
                                                <span class="details__disputed">{ " (disputed)" }</span>
                                            }
                                            { " " }
                                            { citations(world, &reported.sources) }
                                        </p>
                                    }
                                    if path.reasons.is_empty() {
                                        <p class="details__open">{ "No policy in this scenario stands in the way." }</p>
                                    } else {
                                        <ul class="details__reasons">
                                            { for path.reasons.iter().map(|reason| html! {
                                                <li class="details__reason">
                                                    <span class="details__reason-status">{ format!("{}: ", reason.status.label()) }</span>
                                                    { &reason.text }
                                                    { " " }
                                                    { citations(world, &reason.sources) }
                                                </li>
                                            }) }
                                        </ul>
                                    }
                                </li>
                            }
                        }) }
                    </ol>
                }
            </section>
        }
    };
    html! {
        <section class="details" aria-labelledby="details-heading">
            <div class="details__top">
                <h3 id="details-heading" tabindex="-1" ref={heading}>{ format!("{}: every path", developer.name) }</h3>
                <button type="button" class="button button--quiet" onclick={onclose}>{ "Close" }</button>
            </div>
            <p class="details__listing">
                { &developer.listing }
                { " " }
                { citations(world, &developer.sources) }
            </p>
            { workload_section(Workload::Training) }
            { workload_section(Workload::Inference) }
        </section>
    }
}
