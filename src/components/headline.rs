//! The one-sentence story at the top: the scenario date, the latest event on the record by
//! then, and how many developers still have an open path for each workload.

use crate::components::WorldRef;
use crate::model::date_label;
use crate::model::{Evaluation, Status, Workload};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HeadlineProps {
    pub world: WorldRef,
    pub evaluation: Rc<Evaluation>,
    pub date: AttrValue,
}

/// "3 of 4 developers can train on an open path" style counts, for one workload.
pub fn tally(evaluation: &Evaluation, workload: Workload) -> (usize, usize) {
    let outcomes: Vec<_> = evaluation
        .outcomes
        .iter()
        .filter(|o| o.workload == workload && o.best().is_some())
        .collect();
    let open = outcomes
        .iter()
        .filter(|o| o.status() == Some(Status::Open))
        .count();
    (open, outcomes.len())
}

#[component]
pub fn Headline(props: &HeadlineProps) -> Html {
    let latest = props
        .world
        .events
        .iter()
        .rfind(|e| e.date.as_str() <= props.date.as_str());
    let (train_open, train_all) = tally(&props.evaluation, Workload::Training);
    let (infer_open, infer_all) = tally(&props.evaluation, Workload::Inference);
    html! {
        <div class="headline">
            <p class="headline__story">
                <strong class="headline__date">{ date_label(&props.date) }</strong>
                { ": " }
                { latest.map_or("before the first event on the record", |e| e.title.as_str()) }
                { "." }
            </p>
            <p class="headline__tally">
                { format!(
                    "Developers with an open path: {train_open} of {train_all} for training, {infer_open} of {infer_all} for inference."
                ) }
            </p>
        </div>
    }
}
