//! The outcome matrix: a real table, developers as row headers and Training / Inference as
//! column headers; each cell gives the best path's status (word + icon) and the path in words.

use super::matrix_row::MatrixRow;
use crate::components::WorldRef;
use crate::model::{path_summary, Evaluation, Workload};
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
}

const WORKLOADS: [Workload; 2] = [Workload::Training, Workload::Inference];

#[component]
pub fn OutcomeMatrix(props: &OutcomeMatrixProps) -> Html {
    let world = &props.world;
    // Each row gets only what it shows, so rows whose best paths did not change skip rendering.
    let rows = world.developers.iter().enumerate().map(|(i, developer)| {
        let cells = WORKLOADS.map(|workload| {
            let best = props.evaluation.outcome(&developer.id, workload)?.best()?;
            Some((best.status, AttrValue::from(path_summary(world, best))))
        });
        html! {
            <MatrixRow key={developer.id.as_str()} world={world.clone()} developer={i}
                selected={props.selected.as_deref() == Some(developer.id.as_str())}
                {cells} onselect={props.onselect.clone()} />
        }
    });
    html! {
        <div class="matrix__wrap">
            <table class="matrix">
                <caption class="matrix__caption">
                    { "Best path to compute for each developer. Choose a developer to see every path and why." }
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
