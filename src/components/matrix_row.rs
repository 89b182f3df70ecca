//! One developer's row of the outcome matrix. Its props hold only what the row shows, so a
//! toggle re-renders just the rows whose best paths changed (e2e/bench.mjs times a toggle).

use super::status_badge::StatusBadge;
use crate::components::WorldRef;
use crate::model::Status;
use yew::prelude::*;

/// A cell as shown: the best path's status and its line, or `None` when no path is reported.
pub type Cell = Option<(Status, AttrValue)>;

#[derive(Properties, PartialEq)]
pub struct MatrixRowProps {
    pub world: WorldRef,
    /// The developer's place in the data.
    pub developer: usize,
    pub selected: bool,
    /// Training, then inference.
    pub cells: [Cell; 2],
    /// Called with the developer id; with `None` when the row was already selected.
    pub onselect: Callback<Option<AttrValue>>,
}

#[component]
pub fn MatrixRow(props: &MatrixRowProps) -> Html {
    let Some(developer) = props.world.developers.get(props.developer) else {
        return html! {};
    };
    let selected = props.selected;
    let onclick = {
        let onselect = props.onselect.clone();
        let id = AttrValue::from(developer.id.clone());
        Callback::from(move |_: MouseEvent| onselect.emit((!selected).then(|| id.clone())))
    };
    let cell = |cell: &Cell| match cell {
        Some((status, line)) => html! {
            <td class={classes!("matrix__cell", format!("matrix__cell--{}", status.slug()))}>
                <StatusBadge status={*status} />
                <span class="matrix__path">{ line.clone() }</span>
            </td>
        },
        None => html! {
            <td class="matrix__cell matrix__cell--none">
                <span class="matrix__none">{ "Not reported" }</span>
            </td>
        },
    };
    html! {
        <tr class={classes!(selected.then_some("matrix__row--selected"))}>
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
            { cell(&props.cells[0]) }
            { cell(&props.cells[1]) }
        </tr>
    }
}
