//! The outcome matrix: a real table, developers as row headers and Training / Inference as
//! column headers; each cell gives the main path's status (word + icon) and the path in words,
//! and a better-off fallback on a line of its own.
//!
//! Compact (embed mode): each cell shows the status and the main path's chip and route only,
//! as a disclosure button; the reasons (with their citations) and the fallback open beneath it
//! on demand. A developer's every path opens in a row right below its own.

use super::citation::push_citations;
use super::path_details::PathDetails;
use super::status_badge::push_status_badge;
use super::text;
use crate::markup::Markup;
use crate::model::i18n::msg;
use crate::model::{
    path_name, path_summary, Change, DeveloperId, Evaluation, IdSet, Outcome, PathOutcome, Reason,
    Status, Workload,
};
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
    /// Short cells whose reasons open on demand (embed mode).
    #[prop_or_default]
    pub compact: bool,
    /// Show one workload's column only.
    #[prop_or_default]
    pub only: Option<Workload>,
    /// Compact: the selected developer's every path opens in a row below its own.
    #[prop_or_default]
    pub details: Option<DetailsRow>,
    /// classroom: cells a revealed question changes, shown as "Open → Limited".
    #[prop_or_default]
    pub marks: Rc<Vec<CellMark>>,
    /// The kit's "Compare with the record": the date shown, whose record is written beside each
    /// cell, with the cells that differ marked and why (`None`: no comparison). The record is
    /// evaluated here, at each render of the matrix while the comparison is on (a date is a
    /// cheaper prop than an evaluation and its memo).
    #[prop_or_default]
    pub record: Option<AttrValue>,
}

/// What the record says for one cell, beside what the view shows. Borrowed from the two
/// evaluations and their `diff`: written straight into the cell's markup, nothing cloned.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RecordNote<'a> {
    /// The record's main status (`None`: no main path reported).
    pub status: Option<Status>,
    /// The main path's status or the path itself differs from the record, or its fallback does.
    pub differs: bool,
    /// The record's fallback, when the view's fallback differs from it (`Some(None)`: the
    /// record has none). A better-off route the reader's switches opened is the most
    /// consequential change a cell can show (audit13 C1: it was left unmarked).
    pub fallback: Option<Option<&'a PathOutcome>>,
    /// Why it differs: the reasons the reader's switches added or lifted.
    pub why: &'a [Rc<Reason>],
    /// The reasons are on the record and lifted in the view (else added by the view).
    pub lifted: bool,
}

/// The record at the date shown, and how the view departs from it (`diff`, once per render).
pub struct Record<'a> {
    pub evaluation: &'a Evaluation,
    pub changes: Vec<Change>,
}

impl<'a> Record<'a> {
    pub fn new(world: &crate::model::World, record: &'a Evaluation, shown: &Evaluation) -> Self {
        Record {
            evaluation: record,
            changes: crate::model::diff(world, record, shown),
        }
    }

    /// The record's note for one cell, from `diff`'s change for it (`shown`: the main status the
    /// view shows there). A cell without a change has the record's main path and status; one
    /// with a change differs when its main path or that path's status moved (a change can also
    /// be another path's reasons only), and its reasons are those `diff` gives for the change.
    pub fn note(
        &self,
        shown: Option<&Outcome>,
        developer: &DeveloperId,
        workload: Workload,
    ) -> RecordNote<'_> {
        let on_record = self
            .evaluation
            .outcome(developer, workload)
            .and_then(Outcome::fallback);
        let same = |a: Option<&PathOutcome>, b: Option<&PathOutcome>| match (a, b) {
            (Some(a), Some(b)) => a.chip == b.chip && a.route == b.route && a.status == b.status,
            (a, b) => a.is_none() && b.is_none(),
        };
        let fallback = (!same(on_record, shown.and_then(Outcome::fallback))).then_some(on_record);
        let shown = shown.and_then(Outcome::status);
        let Some(change) = self
            .changes
            .iter()
            .find(|c| c.developer == *developer && c.workload == workload)
        else {
            return RecordNote {
                status: shown,
                differs: fallback.is_some(),
                fallback,
                why: &[],
                lifted: false,
            };
        };
        let differs = match (&change.before_main, &change.after_main) {
            (Some(a), Some(b)) => a.chip != b.chip || a.route != b.route || a.status != b.status,
            (a, b) => a.is_some() != b.is_some(),
        };
        RecordNote {
            status: change.before,
            differs: differs || fallback.is_some(),
            fallback,
            why: if differs { change.reasons() } else { &[] },
            // As `Change::reasons` chooses: lifted burdens when better, or when none was added.
            lifted: differs
                && (change.direction() == std::cmp::Ordering::Less || change.added.is_empty()),
        }
    }
}

/// The record's note for each cell (developer, workload) of the record, in its order: what the
/// matrix writes, for tests to compare with the model directly.
pub fn record_notes<'a>(
    record: &'a Record<'a>,
    shown: &Evaluation,
) -> Vec<(DeveloperId, Workload, RecordNote<'a>)> {
    record
        .evaluation
        .outcomes
        .iter()
        .map(|o| {
            let note = record.note(
                shown.outcome(&o.developer, o.workload),
                &o.developer,
                o.workload,
            );
            (o.developer.clone(), o.workload, note)
        })
        .collect()
}

/// classroom: one cell whose main path a revealed question makes worse.
#[derive(Clone, Debug, PartialEq)]
pub struct CellMark {
    pub developer: DeveloperId,
    pub workload: Workload,
    pub before: Status,
    pub after: Status,
}

/// What the selected developer's `PathDetails` needs besides the world and the evaluation.
/// (Plain data rather than an `Html` prop: comparing `Html` props links Yew's deep node
/// comparison into the wasm.)
#[derive(Clone, PartialEq)]
pub struct DetailsRow {
    /// The scenario's date.
    pub date: AttrValue,
    pub onclose: Callback<()>,
    pub focus: bool,
}

#[component]
pub fn OutcomeMatrix(props: &OutcomeMatrixProps) -> Html {
    // Compact cells opened by the reader, as "developer:workload".
    let opened = use_state(IdSet::<String>::new);
    let ontoggle = {
        let opened = opened.clone();
        Callback::from(move |key: AttrValue| {
            let mut next = (*opened).clone();
            if !next.remove(key.as_str()) {
                next.insert(key.to_string());
            }
            opened.set(next);
        })
    };
    let world = &props.world;
    let record = props
        .record
        .as_ref()
        .map(|date| crate::model::evaluate(world, &world.scenario_at(date)));
    let record = record
        .as_ref()
        .map(|record| Record::new(world, record, &props.evaluation));
    let workloads: Vec<Workload> = Workload::ALL
        .into_iter()
        .filter(|w| props.only.is_none_or(|only| only == *w))
        .collect();
    // Compact: explicit table roles on every part of the table. Below 40rem an open cell lays the
    // table out as a grid (style/main.css), and a table whose `display` is not a table's may lose
    // its table semantics in an engine's accessibility tree (WebKit, so VoiceOver on iPhones, has
    // done so); an explicit role holds whatever the `display` (embed13). Only the compact table
    // changes its display, so the full view keeps its plain markup.
    let role = |role: &'static str| props.compact.then_some(role);
    let rows = world.developers.iter().map(|developer| {
        let selected = props.selected.as_deref() == Some(developer.id.as_str());
        let onclick = {
            let onselect = props.onselect.clone();
            let id = AttrValue::from(developer.id.as_str());
            Callback::from(move |_: MouseEvent| onselect.emit((!selected).then(|| id.clone())))
        };
        let cells = workloads.iter().map(|&workload| {
            let outcome = props.evaluation.outcome(&developer.id, workload);
            let note = record
                .as_ref()
                .map(|r| r.note(outcome, &developer.id, workload));
            let note = note.as_ref();
            let Some(outcome) = outcome.filter(|o| o.main().is_some()) else {
                let mut none = Markup::new();
                none.fixed("<span class=\"matrix__none\">")
                    .text(msg::status_not_reported())
                    .fixed("</span>");
                push_record_note(world, &mut none, note);
                return html! {
                    <td role={role("cell")} class={if note.is_some_and(|n| n.differs) { "matrix__cell matrix__cell--none matrix__cell--differs" } else { "matrix__cell matrix__cell--none" }}>
                        { text::raw(none) }
                    </td>
                };
            };
            if props.compact {
                let key = format!("{}:{}", developer.id, workload.slug());
                let open = opened.contains(&key);
                compact_cell(world, outcome, open, &key, &ontoggle)
            } else {
                let mark = props
                    .marks
                    .iter()
                    .find(|m| m.developer == developer.id && m.workload == workload);
                full_cell(world, outcome, mark, note)
            }
        });
        let details_row = match (&props.details, props.compact && selected) {
            (Some(details), true) => html! {
                <tr role="row" class="matrix__details-row">
                    <td role="cell" colspan={(workloads.len() + 1).to_string()}>
                        <div id="path-details">
                            <PathDetails world={world.clone()} evaluation={props.evaluation.clone()}
                                date={details.date.clone()} developer={AttrValue::from(developer.id.as_str())}
                                onclose={details.onclose.clone()} focus={details.focus} />
                        </div>
                    </td>
                </tr>
            },
            _ => html! {},
        };
        html! {
            <>
            <tr role={role("row")} class={classes!(selected.then_some("matrix__row--selected"))}>
                <th scope="row" role={role("rowheader")} class="matrix__developer">
                    <button type="button" class="matrix__select"
                        aria-expanded={if selected { "true" } else { "false" }}
                        aria-controls="path-details"
                        {onclick}>
                        <span class="matrix__name">{ &developer.name }</span>
                        if let Some(known) = &developer.known_for {
                            { " " }<span class="matrix__known">{ msg::matrix_known_for(known) }</span>
                        }
                        { " " }
                        <span class="matrix__more">{ if selected { msg::matrix_hide_paths() } else { msg::matrix_all_paths() } }</span>
                    </button>
                </th>
                { for cells }
            </tr>
            { details_row }
            </>
        }
    });
    // Compact: the cells mark a modelled path with a "*" only (embed11: the word cost a phone
    // about 100 px), so one line under the table says what it means, when a shown cell has one.
    let key = (props.compact && shows_modelled(&props.evaluation, &workloads)).then(modelled_key);
    let caption = if props.compact {
        msg::matrix_caption_compact()
    } else {
        msg::matrix_caption()
    };
    html! {
        <div class="matrix__wrap">
            <table role={role("table")} class={classes!("matrix", props.compact.then_some("matrix--compact"))}>
                <caption class="matrix__caption">{ caption }</caption>
                <thead role={role("rowgroup")}>
                    <tr role={role("row")}>
                        <th scope="col" role={role("columnheader")}>{ msg::matrix_developer() }</th>
                        { for workloads.iter().map(|w| html! { <th scope="col" role={role("columnheader")}>{ w.label() }</th> }) }
                    </tr>
                </thead>
                <tbody role={role("rowgroup")}>{ for rows }</tbody>
            </table>
            { key.unwrap_or_default() }
        </div>
    }
}

/// Whether some cell of the `workloads` shown has a main path whose chip or use is our
/// assumption ("modelled"): the presenter's legend and the compact matrix's key say what the
/// mark means only then.
pub fn shows_modelled(evaluation: &crate::model::Evaluation, workloads: &[Workload]) -> bool {
    evaluation.outcomes.iter().any(|outcome| {
        workloads.contains(&outcome.workload) && outcome.main().is_some_and(|main| main.modelled)
    })
}

/// The compact matrix's key to its "*": "* modelled — partly our assumption, not all reported"
/// (the presenter legend's words); the star is for the eye, the words for everyone.
fn modelled_key() -> Html {
    let mut key = Markup::new();
    key.fixed(
        "<p class=\"matrix__key\"><span class=\"matrix__key-star\" aria-hidden=\"true\">*</span> ",
    )
    .text(&msg::matrix_modelled_key(
        msg::modelled(),
        msg::gloss_modelled(),
    ))
    .fixed("</p>");
    text::raw(key)
}

/// Today's long cell: status, the path with its worst reason, and the fallback.
fn full_cell(
    world: &WorldRef,
    outcome: &Outcome,
    mark: Option<&CellMark>,
    note: Option<&RecordNote>,
) -> Html {
    let Some(main) = outcome.main() else {
        return html! {};
    };
    let mut cell = Markup::new();
    let status = match mark {
        Some(mark) => {
            cell.fixed("<span class=\"matrix__was\">")
                .text(mark.before.label())
                .fixed(" →</span> ");
            mark.after
        }
        None => main.status,
    };
    push_status_badge(&mut cell, status);
    // The summary in a span of its own, so that the presenter view (and the story on a phone),
    // which hide the path's words, can keep its "modelled" mark beside the status.
    cell.fixed("<span class=\"matrix__path\"><span class=\"matrix__route\">");
    cell.text(&path_summary(world, main));
    cell.fixed("</span>");
    if main.modelled {
        cell.fixed(" ");
        text::push_modelled(&mut cell);
    }
    cell.fixed("</span>");
    if let Some(fallback) = outcome.fallback() {
        cell.fixed("<span class=\"matrix__fallback\">");
        cell.text(&msg::matrix_fallback(
            &path_name(world, &fallback.chip, fallback.route),
            fallback.status.label(),
        ));
        // Marked as the main path is: our assumption is not shown as a reported fallback
        // (audit11 A2).
        if fallback.modelled {
            cell.fixed(" ");
            text::push_modelled(&mut cell);
        }
        cell.fixed("</span>");
    }
    push_record_note(world, &mut cell, note);
    html! {
        <td class={"matrix__cell matrix__cell--".to_owned()
            + status.slug()
            + if mark.is_some() { " matrix__cell--changed" } else { "" }
            + if note.is_some_and(|n| n.differs) { " matrix__cell--differs" } else { "" }}>
            { text::raw(cell) }
        </td>
    }
}

/// "On the record: Limited", and for a cell that differs, "Differs from the record" and why.
fn push_record_note(world: &WorldRef, cell: &mut Markup, note: Option<&RecordNote>) {
    let Some(note) = note else { return };
    cell.fixed("<span class=\"matrix__record\">")
        .text(&msg::matrix_on_record(
            note.status
                .map_or_else(msg::status_not_reported, Status::label),
        ))
        .fixed("</span>");
    if note.differs {
        cell.fixed("<span class=\"matrix__differs\"><strong>")
            .text(msg::matrix_differs())
            .fixed("</strong>");
        for (i, why) in note.why.iter().enumerate() {
            let lead = match (i, note.lifted) {
                (0, true) => msg::matrix_lifted_here(),
                (0, false) => msg::matrix_added_here(),
                _ => msg::why_separator(),
            };
            cell.text(lead).text(&why.text);
        }
        match note.fallback {
            Some(Some(fallback)) => {
                cell.text(&msg::matrix_fallback_on_record(
                    &path_name(world, &fallback.chip, fallback.route),
                    fallback.status.label(),
                ));
            }
            Some(None) => {
                cell.text(msg::matrix_no_fallback_on_record());
            }
            None => {}
        }
        cell.fixed("</span>");
    }
}

/// The first line of an open compact cell: what its status means, in the status legend's form
/// and words (the badge, then "works, but capped: …", a term and its definition). The embed
/// folds the legend away at its foot, so a phone reader met "Limited" or "At risk" unexplained;
/// here it costs no height until the cell opens (embed12; a key under the table measured at
/// least 34 px at 375 px, embed11). The badge, not "Limited:", tells it apart from the reasons.
fn push_meaning(why: &mut Markup, status: Status) {
    why.fixed("<dl class=\"matrix__meaning\"><dt>");
    push_status_badge(why, status);
    why.fixed("</dt> <dd>")
        .text(status.meaning())
        .fixed("</dd></dl>");
}

/// The compact cell: a disclosure button (status and "chip, route"), and beneath it, when
/// open, what the status means, every reason for the main path with its citations, and the
/// fallback.
fn compact_cell(
    world: &WorldRef,
    outcome: &Outcome,
    open: bool,
    key: &str,
    ontoggle: &Callback<AttrValue>,
) -> Html {
    let Some(main) = outcome.main() else {
        return html! {};
    };
    let why_id = text::dom_id("why", &key.replace(':', "-"));
    let modelled = main.modelled;
    let mut label = Markup::new();
    push_status_badge(&mut label, main.status);
    label
        .fixed("<span class=\"matrix__chip\">")
        .text(&path_name(world, &main.chip, main.route));
    // The mark is on the closed cell, beside the chip it qualifies: an article's readers mostly
    // never open the reasons, and without it they read our assumption as a reported fact. As a
    // "*" glued to the last word, explained under the table (`modelled_key`).
    if modelled {
        text::push_modelled_star(&mut label);
    }
    label.fixed("</span>");
    let mut why = Markup::new();
    push_meaning(&mut why, main.status);
    if main.reasons.is_empty() {
        why.fixed("<p>").text(msg::matrix_no_policy()).fixed("</p>");
    } else {
        why.fixed("<ul class=\"matrix__reasons\">");
        for reason in &main.reasons {
            why.fixed("<li><span class=\"matrix__reason-status\">")
                .text(&msg::reason_status(reason.status.label()))
                .fixed("</span> ")
                .text(&reason.text)
                .fixed(" ");
            push_citations(&mut why, world, &reason.sources);
            why.fixed("</li>");
        }
        why.fixed("</ul>");
    }
    if let Some(fallback) = outcome.fallback() {
        why.fixed("<p class=\"matrix__fallback\">")
            .text(&msg::matrix_fallback(
                &path_name(world, &fallback.chip, fallback.route),
                fallback.status.label(),
            ));
        if fallback.modelled {
            why.fixed(" ");
            text::push_modelled(&mut why);
        }
        why.fixed("</p>");
    }
    let onclick = text::emit_on_click(ontoggle, AttrValue::from(key.to_owned()));
    html! {
        <td role="cell" class={"matrix__cell matrix__cell--".to_owned() + main.status.slug()}>
            <button type="button" class="matrix__toggle"
                aria-expanded={if open { "true" } else { "false" }}
                aria-controls={why_id.clone()} {onclick}>
                { text::raw(label) }
                <span class="visually-hidden">{ msg::matrix_reasons() }</span>
                <span class="matrix__chevron" aria-hidden="true">{ if open { "▴" } else { "▾" } }</span>
            </button>
            <div id={why_id} class="matrix__why" hidden={!open}>{ text::raw(why) }</div>
        </td>
    }
}
