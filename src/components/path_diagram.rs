//! The path diagram: suppliers → chips → developers for one workload, drawn as SVG. Each
//! chip→developer edge takes the best status of that developer's paths through that chip;
//! blocked edges are drawn cut (a gap and a cross), and every edge is named for screen readers.

use super::text;
use crate::components::WorldRef;
use crate::model::{Evaluation, Status, Workload};
use std::collections::BTreeMap;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PathDiagramProps {
    pub world: WorldRef,
    pub evaluation: Rc<Evaluation>,
    pub workload: Workload,
    pub selected: Option<AttrValue>,
    pub onworkload: Callback<Workload>,
}

/// Geometry in SVG user units; the viewBox is 360 wide so a 375 px phone shows it at 1:1.
const WIDTH: f64 = 360.0;
const ROW: f64 = 28.0;
const TOP: f64 = 30.0;
const SUPPLIER_X: f64 = 70.0;
const CHIP_LEFT: f64 = 118.0;
const CHIP_RIGHT: f64 = 218.0;
const DEV_X: f64 = 276.0;

/// An edge between a chip and a developer with the best status among their paths.
#[derive(Clone, Debug, PartialEq)]
pub struct Edge {
    pub chip: String,
    pub developer: String,
    pub status: Status,
}

/// Which chips carry this workload, in data order, and each chip→developer edge.
pub fn edges(
    world: &crate::model::World,
    evaluation: &Evaluation,
    workload: Workload,
) -> Vec<Edge> {
    let mut best: BTreeMap<(usize, usize), Status> = BTreeMap::new();
    for outcome in evaluation
        .outcomes
        .iter()
        .filter(|o| o.workload == workload)
    {
        let Some(d) = world
            .developers
            .iter()
            .position(|d| d.id == outcome.developer)
        else {
            continue;
        };
        for path in &outcome.paths {
            let Some(c) = world.chips.iter().position(|c| c.id == path.chip) else {
                continue;
            };
            best.entry((c, d))
                .and_modify(|s| *s = (*s).min(path.status))
                .or_insert(path.status);
        }
    }
    best.into_iter()
        .map(|((c, d), status)| Edge {
            chip: world.chips[c].id.clone(),
            developer: world.developers[d].id.clone(),
            status,
        })
        .collect()
}

/// A supplier's name, with a parenthesis ("Kunlunxin (Baidu)") on a second line so that long
/// names fit the narrow first column on a phone.
fn supplier_label(name: &str, x: f64, y: f64) -> Html {
    match name.split_once(" (") {
        Some((main, rest)) => html! {
            <text x={x.to_string()} y={(y - 6.0).to_string()} text-anchor="end" dominant-baseline="middle">
                { main }
                <tspan class="node__sub" x={x.to_string()} dy="12">{ format!("({rest}") }</tspan>
            </text>
        },
        None => html! {
            <text x={x.to_string()} y={y.to_string()} text-anchor="end" dominant-baseline="middle">{ name }</text>
        },
    }
}

#[component]
pub fn PathDiagram(props: &PathDiagramProps) -> Html {
    let world = &props.world;
    let edges = edges(world, &props.evaluation, props.workload);
    let chips: Vec<&crate::model::Chip> = world
        .chips
        .iter()
        .filter(|c| edges.iter().any(|e| e.chip == c.id))
        .collect();
    let mut makers: Vec<&str> = Vec::new();
    for chip in &chips {
        if !makers.contains(&chip.maker.as_str()) {
            makers.push(&chip.maker);
        }
    }
    let developers = &world.developers;
    let rows = chips.len().max(developers.len()).max(makers.len()).max(1);
    let height = TOP + rows as f64 * ROW;
    // Spread a column of n nodes evenly over the rows.
    let y = |i: usize, n: usize| TOP + (i as f64 + 0.5) * (rows as f64 * ROW) / n.max(1) as f64;
    let chip_y = |id: &str| {
        chips
            .iter()
            .position(|c| c.id == id)
            .map(|i| y(i, chips.len()))
    };
    let dev_y = |id: &str| {
        developers
            .iter()
            .position(|d| d.id == id)
            .map(|i| y(i, developers.len()))
    };
    let maker_y = |m: &str| {
        makers
            .iter()
            .position(|x| *x == m)
            .map(|i| y(i, makers.len()))
    };
    let selected = props.selected.as_deref();

    let supply_edges = chips.iter().filter_map(|chip| {
        let (y1, y2) = (maker_y(&chip.maker)?, chip_y(&chip.id)?);
        Some(html! {
            <line class="edge edge--supply" x1={SUPPLIER_X.to_string()} y1={y1.to_string()}
                x2={CHIP_LEFT.to_string()} y2={y2.to_string()} />
        })
    });
    let path_edges = edges.iter().filter_map(|edge| {
        let (y1, y2) = (chip_y(&edge.chip)?, dev_y(&edge.developer)?);
        let label = format!(
            "{} to {}: {}",
            text::chip_name(world, &edge.chip),
            text::developer_name(world, &edge.developer),
            edge.status.label()
        );
        let dim = selected.is_some_and(|s| s != edge.developer);
        let class = classes!(
            "edge",
            format!("edge--{}", edge.status.slug()),
            dim.then_some("edge--dim"),
            (selected == Some(edge.developer.as_str())).then_some("edge--selected")
        );
        let line = if edge.status == Status::Blocked {
            // Cut: two stubs with a gap in the middle and a cross over the gap.
            let (mx, my) = ((CHIP_RIGHT + DEV_X) / 2.0, (y1 + y2) / 2.0);
            let lerp = |t: f64| (CHIP_RIGHT + (DEV_X - CHIP_RIGHT) * t, y1 + (y2 - y1) * t);
            let (ax, ay) = lerp(0.38);
            let (bx, by) = lerp(0.62);
            html! {
                <>
                    <line x1={CHIP_RIGHT.to_string()} y1={y1.to_string()} x2={ax.to_string()} y2={ay.to_string()} />
                    <line x1={bx.to_string()} y1={by.to_string()} x2={DEV_X.to_string()} y2={y2.to_string()} />
                    <path class="edge__cut" d={format!("M{} {}l6 6m0 -6l-6 6", mx - 3.0, my - 3.0)} />
                </>
            }
        } else {
            html! { <line x1={CHIP_RIGHT.to_string()} y1={y1.to_string()} x2={DEV_X.to_string()} y2={y2.to_string()} /> }
        };
        Some(html! {
            <g class={class} role="img" aria-label={label.clone()}>
                <title>{ label }</title>
                { line }
            </g>
        })
    });
    let maker_nodes = makers.iter().enumerate().map(|(i, m)| {
        let yy = y(i, makers.len());
        html! {
            <g class="node node--supplier">
                <circle cx={SUPPLIER_X.to_string()} cy={yy.to_string()} r="3" />
                { supplier_label(m, SUPPLIER_X - 6.0, yy) }
            </g>
        }
    });
    let chip_nodes = chips.iter().enumerate().map(|(i, c)| {
        let yy = y(i, chips.len());
        html! {
            <g class="node node--chip">
                <rect x={CHIP_LEFT.to_string()} y={(yy - 10.0).to_string()} width={(CHIP_RIGHT - CHIP_LEFT).to_string()} height="20" rx="4" />
                <text x={((CHIP_LEFT + CHIP_RIGHT) / 2.0).to_string()} y={yy.to_string()} text-anchor="middle" dominant-baseline="middle">{ &c.name }</text>
            </g>
        }
    });
    let dev_nodes = developers.iter().enumerate().map(|(i, d)| {
        let yy = y(i, developers.len());
        let class = classes!("node", "node--developer", (selected == Some(d.id.as_str())).then_some("node--selected"));
        html! {
            <g {class}>
                <circle cx={DEV_X.to_string()} cy={yy.to_string()} r="3" />
                <text x={(DEV_X + 6.0).to_string()} y={yy.to_string()} dominant-baseline="middle">{ &d.name }</text>
            </g>
        }
    });
    let workload_button = |w: Workload| {
        let pressed = w == props.workload;
        let onworkload = props.onworkload.clone();
        html! {
            <button type="button" class={classes!("button", "segment", pressed.then_some("segment--on"))}
                aria-pressed={if pressed { "true" } else { "false" }}
                onclick={Callback::from(move |_: MouseEvent| onworkload.emit(w))}>
                { w.label() }
            </button>
        }
    };
    let blocked = edges.iter().filter(|e| e.status == Status::Blocked).count();
    let title = format!(
        "Paths to {} compute: suppliers, chips and developers",
        props.workload.label().to_ascii_lowercase()
    );
    let desc = format!(
        "{} chips from {} suppliers; {} chip-to-developer links, {} of them cut (blocked).",
        chips.len(),
        makers.len(),
        edges.len(),
        blocked
    );
    html! {
        <section class="diagram" aria-labelledby="diagram-heading">
            <h2 id="diagram-heading">{ "Who gets which chips" }</h2>
            <div class="diagram__controls" role="group" aria-label="Workload shown in the diagram">
                { workload_button(Workload::Training) }
                { workload_button(Workload::Inference) }
            </div>
            <svg class="diagram__svg" viewBox={format!("0 0 {WIDTH} {height}")}
                role="group" aria-labelledby="diagram-title diagram-desc">
                <title id="diagram-title">{ title }</title>
                <desc id="diagram-desc">{ desc }</desc>
                <g class="diagram__heads" aria-hidden="true">
                    <text x={SUPPLIER_X.to_string()} y="14" text-anchor="end">{ "Suppliers" }</text>
                    <text x={((CHIP_LEFT + CHIP_RIGHT) / 2.0).to_string()} y="14" text-anchor="middle">{ "Chips" }</text>
                    <text x={DEV_X.to_string()} y="14">{ "Developers" }</text>
                </g>
                <g aria-hidden="true">{ for supply_edges }</g>
                <g>{ for path_edges }</g>
                <g aria-hidden="true">{ for maker_nodes }{ for chip_nodes }{ for dev_nodes }</g>
            </svg>
            <p class="diagram__legend">
                { "Solid: open. Thin: friction. Dashed: limited. Dotted: at risk. Cut with a cross: blocked." }
            </p>
        </section>
    }
}
