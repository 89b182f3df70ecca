//! The path diagram: suppliers → chips → developers for one workload, drawn as SVG. Each
//! chip→developer edge takes the best status of that developer's paths through that chip;
//! blocked edges are drawn cut (a gap and a cross), and every edge is named for screen readers.
//! An edge whose paths are all disputed, or all our assumption, is drawn faded and named so
//! (audit13 G1: "H20 to DeepSeek" is the record's one disputed path).

use super::text;
use crate::markup::Markup;
use crate::model::i18n::msg;
use crate::model::{ChipId, DeveloperId, Evaluation, Status, Workload};
use crate::state::WorldRef;
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

/// Geometry in whole SVG user units (integers keep float formatting out of the wasm); the
/// viewBox is 360 wide so a 375 px phone shows it at about 1:1.
const WIDTH: i32 = 360;
const ROW: i32 = 28;
const TOP: i32 = 30;
const SUPPLIER_X: i32 = 70;
const CHIP_LEFT: i32 = 118;
const CHIP_RIGHT: i32 = 218;
const CHIP_MIDDLE: i32 = (CHIP_LEFT + CHIP_RIGHT) / 2;
const DEV_X: i32 = 276;

/// An edge between a chip and a developer with the best status among their paths.
#[derive(Clone, Debug, PartialEq)]
pub struct Edge {
    pub chip: ChipId,
    pub developer: DeveloperId,
    pub status: Status,
    /// Every path behind the edge is disputed in the data.
    pub disputed: bool,
    /// Every path behind the edge is our modelling assumption at this date.
    pub modelled: bool,
}

/// What is known of the paths behind one edge while they are gathered.
#[derive(Clone, Copy)]
struct Gathered {
    status: Status,
    disputed: bool,
    modelled: bool,
}

/// Which chips carry this workload, in data order, and each chip→developer edge.
pub fn edges(
    world: &crate::model::World,
    evaluation: &Evaluation,
    workload: Workload,
) -> Vec<Edge> {
    // The best status per (chip, developer), in a grid indexed chip-major: edges come out in
    // chip order, then developer order.
    let developers = world.developers.len();
    let mut best: Vec<Option<Gathered>> = vec![None; world.chips.len() * developers];
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
        let reported = &world.developers[d].paths;
        for path in &outcome.paths {
            let Some(c) = world.chips.iter().position(|c| c.id == path.chip) else {
                continue;
            };
            let this = Gathered {
                status: path.status,
                disputed: reported.get(path.reported).is_some_and(|p| p.disputed),
                modelled: path.modelled,
            };
            let cell = &mut best[c * developers + d];
            *cell = Some(cell.map_or(this, |g| Gathered {
                status: g.status.min(this.status),
                disputed: g.disputed && this.disputed,
                modelled: g.modelled && this.modelled,
            }));
        }
    }
    best.iter()
        .enumerate()
        .filter_map(|(i, gathered)| {
            let g = (*gathered)?;
            Some(Edge {
                chip: world.chips[i / developers].id.clone(),
                developer: world.developers[i % developers].id.clone(),
                status: g.status,
                disputed: g.disputed,
                modelled: g.modelled,
            })
        })
        .collect()
}

/// About how wide a label is in user units at the diagram's 12 px: wide (CJK) characters a
/// full em, others about 0.55 em.
fn label_width(text: &str) -> i32 {
    text.chars()
        .map(|c| if c >= '\u{2E80}' { 12 } else { 7 })
        .sum()
}

/// A name split at its parenthesis, "(" or Chinese "（": the part before it and, if any, the
/// bracket with the rest ("Nvidia GPUs (models not reported)", "Kunlunxin (Baidu)").
fn split_name(name: &str) -> (&str, Option<(&'static str, &str)>) {
    match name.split_once(" (") {
        Some((main, rest)) => (main, Some(("(", rest))),
        None => match name.split_once('（') {
            Some((main, rest)) => (main, Some(("（", rest))),
            None => (name, None),
        },
    }
}

/// A label at (x, y), anchored `start`, `middle` or `end`; a parenthesis goes on a second,
/// smaller line (`node__sub`) so long names fit their column.
fn two_line_text(svg: &mut Markup, name: &str, anchor: &str, x: i32, y: i32) {
    let (main, rest) = split_name(name);
    svg.start("text")
        .num("x", x)
        .num("y", if rest.is_some() { y - 6 } else { y })
        .attr("text-anchor", anchor);
    svg.fixed(" dominant-baseline=\"middle\">").text(main);
    if let Some((open, rest)) = rest {
        svg.start("tspan")
            .attr("class", "node__sub")
            .num("x", x)
            .fixed(" dy=\"12\">")
            .text(open);
        svg.text(rest).end("tspan");
    }
    svg.end("text");
}

/// A chip's box and name. A name wider than the column widens its box (up to the space between
/// the columns), and a parenthesis' second line makes it taller, so no name runs out of its box
/// into the developers' dots.
fn chip_label(svg: &mut Markup, name: &str, y: i32) {
    let (main, rest) = split_name(name);
    // The second line is at 10 px: five sixths of the 12 px line's width.
    let text = label_width(main).max(rest.map_or(0, |(_, r)| (label_width(r) + 7) * 5 / 6));
    let width = (text + 12).clamp(CHIP_RIGHT - CHIP_LEFT, 2 * (DEV_X - 10 - CHIP_MIDDLE));
    let height = if rest.is_some() { 32 } else { 20 };
    svg.fixed("<g class=\"node node--chip\">");
    svg.start("rect")
        .num("x", CHIP_MIDDLE - width / 2)
        .num("y", y - height / 2);
    svg.num("width", width)
        .num("height", height)
        .fixed(" rx=\"4\"/>");
    two_line_text(svg, name, "middle", CHIP_MIDDLE, y);
    svg.end("g");
}

/// A line from (x1, y1) to (x2, y2).
fn line(svg: &mut Markup, x1: i32, y1: i32, x2: i32, y2: i32) {
    svg.start("line");
    line_to(svg, x1, y1, x2, y2);
}

/// The rest of a `<line`: its end points, and the end of the tag.
fn line_to(svg: &mut Markup, x1: i32, y1: i32, x2: i32, y2: i32) {
    svg.num("x1", x1)
        .num("y1", y1)
        .num("x2", x2)
        .num("y2", y2)
        .void();
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
    let rows = rows as i32;
    let height = TOP + rows * ROW;
    // Spread a column of n nodes evenly over the rows: the middle of the i-th of n bands.
    let y = |i: usize, n: usize| TOP + (2 * i as i32 + 1) * rows * ROW / (2 * n.max(1) as i32);
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

    let blocked = edges.iter().filter(|e| e.status == Status::Blocked).count();

    // Three pieces of markup, so that a toggle re-creates only what changed: the head (title,
    // description, column heads, supply lines), one piece per chip→developer edge, and the
    // nodes. (One piece for the whole SVG cost ≈ 2 ms per toggle to parse and lay out again.)
    let mut svg = Markup::new();
    svg.fixed("<title id=\"diagram-title\">")
        .text(&msg::diagram_title(props.workload.word()));
    svg.fixed("</title><desc id=\"diagram-desc\">");
    svg.text(&msg::diagram_desc(
        chips.len(),
        makers.len(),
        edges.len(),
        &blocked.to_string(),
    ))
    .fixed("</desc>");
    // The column heads sit over the columns' own x positions.
    svg.fixed("<g class=\"diagram__heads\" aria-hidden=\"true\">");
    svg.start("text")
        .num("x", SUPPLIER_X)
        .fixed(" y=\"14\" text-anchor=\"end\">")
        .text(msg::diagram_suppliers())
        .end("text");
    svg.start("text").num("x", (CHIP_LEFT + CHIP_RIGHT) / 2);
    svg.fixed(" y=\"14\" text-anchor=\"middle\">")
        .text(msg::diagram_chips())
        .end("text");
    svg.start("text")
        .num("x", DEV_X)
        .fixed(" y=\"14\">")
        .text(msg::diagram_developers())
        .fixed("</text></g>");
    svg.fixed("<g aria-hidden=\"true\">");
    for chip in &chips {
        if let (Some(y1), Some(y2)) = (maker_y(&chip.maker), chip_y(&chip.id)) {
            svg.fixed("<line class=\"edge edge--supply\"");
            line_to(&mut svg, SUPPLIER_X, y1, CHIP_LEFT, y2);
        }
    }
    svg.fixed("</g>");
    let head = svg;
    let mut edge_nodes = Vec::with_capacity(edges.len());
    for edge in &edges {
        let (Some(y1), Some(y2)) = (chip_y(&edge.chip), dev_y(&edge.developer)) else {
            continue;
        };
        let (chip, developer) = (
            text::chip_name(world, &edge.chip),
            text::developer_name(world, &edge.developer),
        );
        let label = if edge.disputed {
            msg::diagram_edge_disputed(chip, developer, edge.status.label())
        } else if edge.modelled {
            msg::diagram_edge_modelled(chip, developer, edge.status.label())
        } else {
            msg::diagram_edge(chip, developer, edge.status.label())
        };
        let mut class = "edge edge--".to_owned() + edge.status.slug();
        if edge.disputed || edge.modelled {
            class += " edge--faded";
        }
        if selected.is_some_and(|s| s != edge.developer) {
            class += " edge--dim";
        }
        if selected == Some(edge.developer.as_str()) {
            class += " edge--selected";
        }
        let mut svg = Markup::new();
        svg.start("g")
            .attr("class", &class)
            .attr("role", "img")
            .attr("aria-label", &label);
        svg.open().start("title").open().text(&label).end("title");
        if edge.status == Status::Blocked {
            // Cut: two stubs with a gap in the middle and a cross over the gap.
            let (mx, my) = ((CHIP_RIGHT + DEV_X) / 2, (y1 + y2) / 2);
            // Points at `percent` of the way from the chip to the developer.
            let at = |percent: i32| {
                (
                    CHIP_RIGHT + (DEV_X - CHIP_RIGHT) * percent / 100,
                    y1 + (y2 - y1) * percent / 100,
                )
            };
            let (ax, ay) = at(38);
            let (bx, by) = at(62);
            line(&mut svg, CHIP_RIGHT, y1, ax, ay);
            line(&mut svg, bx, by, DEV_X, y2);
            svg.fixed("<path class=\"edge__cut\" d=\"M")
                .number((mx - 3).into());
            svg.fixed(" ")
                .number((my - 3).into())
                .fixed("l6 6m0 -6l-6 6\"/>");
        } else {
            line(&mut svg, CHIP_RIGHT, y1, DEV_X, y2);
        }
        svg.end("g");
        edge_nodes.push(text::raw(svg));
    }
    let mut svg = Markup::new();
    svg.fixed("<g aria-hidden=\"true\">");
    for (i, maker) in makers.iter().enumerate() {
        let yy = y(i, makers.len());
        svg.fixed("<g class=\"node node--supplier\">");
        svg.start("circle")
            .num("cx", SUPPLIER_X)
            .num("cy", yy)
            .fixed(" r=\"3\"/>");
        two_line_text(&mut svg, maker, "end", SUPPLIER_X - 6, yy);
        svg.end("g");
    }
    for (i, chip) in chips.iter().enumerate() {
        chip_label(&mut svg, &chip.name, y(i, chips.len()));
    }
    for (i, developer) in developers.iter().enumerate() {
        let yy = y(i, developers.len());
        let class = if selected == Some(developer.id.as_str()) {
            "node node--developer node--selected"
        } else {
            "node node--developer"
        };
        svg.start("g").attr("class", class).open();
        svg.start("circle")
            .num("cx", DEV_X)
            .num("cy", yy)
            .fixed(" r=\"3\"/>");
        svg.start("text")
            .num("x", DEV_X + 6)
            .num("y", yy)
            .fixed(" dominant-baseline=\"middle\">");
        svg.text(&developer.name).end("text").end("g");
    }
    svg.fixed("</g>");
    // Names longer than their column (another language, the pseudo-locale) widen the viewBox,
    // so the whole diagram scales down to fit instead of its labels leaving the page.
    let widest = |names: &mut dyn Iterator<Item = &str>| names.map(label_width).max().unwrap_or(0);
    let heads = [msg::diagram_suppliers(), msg::diagram_developers()];
    let left = SUPPLIER_X
        - widest(&mut makers.iter().map(|m| m.split(" (").next().unwrap_or(m)))
            .max(label_width(heads[0]));
    let right = DEV_X
        + 6
        + widest(&mut developers.iter().map(|d| d.name.as_str())).max(label_width(heads[1]));
    let min_x = left.min(0);
    let mut view_box = Markup::new();
    view_box
        .number(min_x.into())
        .fixed(" 0 ")
        .number((right.max(WIDTH) - min_x).into())
        .fixed(" ")
        .number(height.into());
    let view_box = view_box.into_string();

    let workload_button = |w: Workload| {
        let pressed = w == props.workload;
        let onworkload = props.onworkload.clone();
        html! {
            <button type="button" class={if pressed { "button segment segment--on" } else { "button segment" }}
                aria-pressed={if pressed { "true" } else { "false" }}
                onclick={Callback::from(move |_: MouseEvent| onworkload.emit(w))}>
                { w.label() }
            </button>
        }
    };
    html! {
        <section class="diagram" aria-labelledby="diagram-heading">
            <h2 id="diagram-heading">{ msg::diagram_heading() }</h2>
            <div class="diagram__controls" role="group" aria-label={msg::diagram_workload()}>
                { workload_button(Workload::Training) }
                { workload_button(Workload::Inference) }
            </div>
            <svg class="diagram__svg" viewBox={view_box} role="group"
                aria-labelledby="diagram-title diagram-desc">
                { text::raw(head) }
                <g>{ for edge_nodes }</g>
                { text::raw(svg) }
            </svg>
            <p class="diagram__legend">{ edge_legend(&props.evaluation, props.workload) }
                if edges.iter().any(|e| e.disputed || e.modelled) {
                    { msg::sentence_separator() }{ msg::diagram_legend_faded() }
                }
            </p>
        </section>
    }
}

/// How the edges of the statuses in this view are drawn, best first: only the styles the
/// diagram shows are explained.
fn edge_legend(evaluation: &Evaluation, workload: Workload) -> String {
    let mut seen = [false; Status::COUNT];
    for path in evaluation
        .outcomes
        .iter()
        .filter(|o| o.workload == workload)
        .flat_map(|o| &o.paths)
    {
        seen[path.status.index()] = true;
    }
    Status::ALL
        .into_iter()
        .filter(|s| seen[s.index()])
        .map(|s| match s {
            Status::Open => msg::diagram_legend_open(),
            Status::Friction => msg::diagram_legend_friction(),
            Status::Limited => msg::diagram_legend_limited(),
            Status::AtRisk => msg::diagram_legend_at_risk(),
            Status::Blocked => msg::diagram_legend_blocked(),
        })
        .collect::<Vec<_>>()
        .join(msg::sentence_separator())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_parenthesis_in_either_script_goes_on_a_second_line() {
        assert_eq!(
            split_name("Kunlunxin (Baidu)"),
            ("Kunlunxin", Some(("(", "Baidu)")))
        );
        assert_eq!(
            split_name("昆仑芯（百度）"),
            ("昆仑芯", Some(("（", "百度）")))
        );
        assert_eq!(split_name("Huawei"), ("Huawei", None));

        // Suppliers (anchored at the end) and chips (in the middle) are drawn the same way.
        for anchor in ["end", "middle"] {
            let mut svg = Markup::new();
            two_line_text(&mut svg, "昆仑芯（百度）", anchor, 50, 100);
            let svg = svg.into_string();
            assert!(
                svg.contains(&format!("y=\"94\" text-anchor=\"{anchor}\"")),
                "{svg}"
            );
            assert!(
                svg.contains(
                    ">昆仑芯<tspan class=\"node__sub\" x=\"50\" dy=\"12\">（百度）</tspan></text>"
                ),
                "{svg}"
            );
        }
        let mut svg = Markup::new();
        two_line_text(&mut svg, "Huawei", "end", 50, 100);
        assert_eq!(
            svg.into_string(),
            "<text x=\"50\" y=\"100\" text-anchor=\"end\" dominant-baseline=\"middle\">Huawei</text>"
        );
    }
}
