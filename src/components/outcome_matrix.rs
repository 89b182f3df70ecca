//! The outcome matrix: a real table, developers as row headers and Training / Inference as
//! column headers; each cell gives the main path's status (word + icon) and the path in words,
//! and a better-off fallback on a line of its own.

use super::status_badge::push_status_badge;
use super::text;
use crate::markup::Markup;
use crate::model::{path_name, path_summary, Evaluation, Workload};
use crate::state::WorldRef;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OutcomeMatrixProps {
    pub world: WorldRef,
    pub evaluation: Rc<Evaluation>,
    /// The developer whose paths are open below the table.
    pub selected: Option<AttrValue>,
    /// Called with a developer id; selecting the selected one again closes it.
    pub onselect: Callback<Option<AttrValue>>,
    /// classroom: cells a revealed question changes, shown as "Open → Limited".
    #[prop_or_default]
    pub marks: Rc<Vec<CellMark>>,
}

/// classroom: one cell whose main path a revealed question makes worse.
#[derive(Clone, Debug, PartialEq)]
pub struct CellMark {
    pub developer: String,
    pub workload: Workload,
    pub before: crate::model::Status,
    pub after: crate::model::Status,
}

#[component]
pub fn OutcomeMatrix(props: &OutcomeMatrixProps) -> Html {
    let world = &props.world;
    let rows = world.developers.iter().map(|developer| {
        let selected = props.selected.as_deref() == Some(developer.id.as_str());
        let onclick = {
            let onselect = props.onselect.clone();
            let id = AttrValue::from(developer.id.clone());
            Callback::from(move |_: MouseEvent| onselect.emit((!selected).then(|| id.clone())))
        };
        let cells = Workload::ALL.into_iter().map(|workload| {
            let outcome = props
                .evaluation
                .outcome(&developer.id, workload);
            match outcome.and_then(|o| o.main().map(|main| (o, main))) {
                Some((outcome, main)) => {
                    let mut cell = Markup::new();
                    let mark = props
                        .marks
                        .iter()
                        .find(|m| m.developer == developer.id && m.workload == workload);
                    let status = match mark {
                        Some(mark) => {
                            cell.fixed("<span class=\"matrix__was\">")
                                .fixed(mark.before.label())
                                .fixed(" →</span> ");
                            mark.after
                        }
                        None => main.status,
                    };
                    push_status_badge(&mut cell, status);
                    cell.fixed("<span class=\"matrix__path\">");
                    cell.text(&path_summary(world, main));
                    let modelled = developer.paths.get(main.reported).is_some_and(|p| p.modelled);
                    if modelled {
                        cell.fixed(" ");
                        text::push_modelled(&mut cell);
                    }
                    cell.fixed("</span>");
                    if let Some(fallback) = outcome.fallback() {
                        cell.fixed("<span class=\"matrix__fallback\">Fallback: ");
                        cell.text(&path_name(world, &fallback.chip, fallback.route));
                        cell.fixed(" — ").fixed(fallback.status.label()).fixed("</span>");
                    }
                    let class = "matrix__cell matrix__cell--".to_owned()
                        + status.slug()
                        + if mark.is_some() { " matrix__cell--changed" } else { "" };
                    html! {
                        <td {class}>
                            { text::raw(cell) }
                        </td>
                    }
                }
                None => html! {
                    <td class="matrix__cell matrix__cell--none">
                        <span class="matrix__none">{ "Not reported" }</span>
                    </td>
                },
            }
        });
        html! {
            <tr key={developer.id.clone()} class={classes!(selected.then_some("matrix__row--selected"))}>
                <th scope="row" class="matrix__developer">
                    <button type="button" class="matrix__select"
                        aria-expanded={if selected { "true" } else { "false" }}
                        aria-controls="path-details"
                        {onclick}>
                        <span class="matrix__name">{ &developer.name }</span>
                        if let Some(known) = &developer.known_for {
                            { " " }<span class="matrix__known">{ format!("({known})") }</span>
                        }
                        { " " }
                        <span class="matrix__more">{ if selected { "Hide paths" } else { "All paths" } }</span>
                    </button>
                </th>
                { for cells }
            </tr>
        }
    });
    html! {
        <div class="matrix__wrap">
            <table class="matrix">
                <caption class="matrix__caption">
                    { "Each developer's main path to compute, and a better-off fallback where there is one. Choose a developer to see every path and why." }
                </caption>
                <thead>
                    <tr>
                        <th scope="col">{ "Developer" }</th>
                        <th scope="col">{ "Training" }</th>
                        <th scope="col">{ "Inference" }</th>
                    </tr>
                </thead>
                <tbody>{ for rows }</tbody>
            </table>
        </div>
    }
}
