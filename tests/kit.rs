//! The kit (issue 17): "Compare with the record" against the model — the cells marked as
//! differing are exactly those whose main path or its status the reader's switches moved, each
//! with the reasons the model gives for the move — and the matrix drawing those marks.

mod common;

use chip_paths::components::outcome_matrix::{
    record_notes, OutcomeMatrix, OutcomeMatrixProps, Record,
};
use chip_paths::model::{diff, evaluate, Evaluation, Scenario, Workload};
use chip_paths::state::WorldRef;
use common::render;
use std::rc::Rc;
use yew::Callback;

fn world() -> WorldRef {
    WorldRef(chip_paths::embedded::world().expect("embedded data is valid"))
}

/// The record at the default date, and the same date with each headline switch flipped.
fn cases(world: &WorldRef) -> Vec<(Scenario, Scenario)> {
    let record = world.default_scenario();
    world
        .meta
        .headline
        .iter()
        .map(|id| {
            let mut shown = record.clone();
            if !shown.on.remove(id) {
                shown.on.insert(id.clone());
            }
            (record.clone(), shown)
        })
        .collect()
}

#[test]
fn the_cells_that_differ_are_exactly_those_whose_main_path_or_fallback_moved() {
    let world = world();
    let mut differing_seen = 0;
    for (record, shown) in cases(&world) {
        let (before, after) = (evaluate(&world, &record), evaluate(&world, &shown));
        let compared = Record::new(&world, &before, &after);
        let notes = record_notes(&compared, &after);
        assert_eq!(notes.len(), before.outcomes.len(), "a note for every cell");
        for (developer, workload, note) in &notes {
            let was = before.outcome(developer, *workload).and_then(|o| o.main());
            let is = after.outcome(developer, *workload).and_then(|o| o.main());
            let main_moved = was.map(|p| (&p.chip, p.route, p.status))
                != is.map(|p| (&p.chip, p.route, p.status));
            let fallback = |e: &Evaluation| {
                e.outcome(developer, *workload)
                    .and_then(|o| o.fallback())
                    .map(|p| (p.chip.clone(), p.route, p.status))
            };
            let fallback_moved = fallback(&before) != fallback(&after);
            assert_eq!(
                note.differs,
                main_moved || fallback_moved,
                "{developer} {workload:?}"
            );
            assert_eq!(
                note.fallback.is_some(),
                fallback_moved,
                "{developer} {workload:?}"
            );
            let moved = main_moved;
            assert_eq!(
                note.status,
                was.map(|p| p.status),
                "the record's own status"
            );
            if moved {
                differing_seen += 1;
                // The reasons are the model's for this change.
                let change = diff(&world, &before, &after)
                    .into_iter()
                    .find(|c| c.developer == *developer && c.workload == *workload)
                    .expect("a differing cell is a change");
                let reasons: Vec<String> =
                    change.reasons().iter().map(|r| r.text.clone()).collect();
                let why: Vec<String> = note.why.iter().map(|r| r.text.clone()).collect();
                assert_eq!(why, reasons);
                assert!(!note.why.is_empty(), "{developer} {workload:?}: says why");
                // Better than the record: the reasons are the record's, lifted; worse: added.
                if let (Some(w), Some(i)) = (was, is) {
                    if i.status.index() != w.status.index() {
                        assert_eq!(note.lifted, i.status.index() < w.status.index());
                    }
                }
            } else {
                assert!(note.why.is_empty());
            }
        }
        // Against itself, nothing differs.
        assert!(
            record_notes(&Record::new(&world, &before, &before), &before)
                .iter()
                .all(|(_, _, n)| !n.differs)
        );
    }
    assert!(differing_seen > 0, "the headline switches move some cells");
}

#[tokio::test]
async fn the_matrix_writes_the_record_beside_every_cell_and_marks_the_differing_ones() {
    let world = world();
    // The headline switch that moves most cells (found from the model, not chosen by hand).
    let count = |before: &Evaluation, after: &Evaluation| {
        record_notes(&Record::new(&world, before, after), after)
            .iter()
            .filter(|(_, _, n)| n.differs)
            .count()
    };
    let (_, after, differing) = cases(&world)
        .into_iter()
        .map(|(record, shown)| {
            let (before, after) = (evaluate(&world, &record), evaluate(&world, &shown));
            let n = count(&before, &after);
            (before, after, n)
        })
        .max_by_key(|c| c.2)
        .expect("headline switches");
    let html = compared_matrix(&world, after, &world.default_scenario().date).await;
    let cells = world.developers.len() * 2;
    assert_eq!(html.matches("On the record: ").count(), cells, "{html}");
    assert_eq!(
        html.matches("matrix__cell--differs").count(),
        differing,
        "{html}"
    );
    assert_eq!(html.matches("Differs from the record").count(), differing);
    assert!(differing > 0);
}

#[test]
fn the_comparison_is_in_the_link_and_toggles_in_the_reducer() {
    use chip_paths::state::{Action, AppState};
    use chip_paths::url::ViewState;
    let world = world();
    let (view, notices) = ViewState::parse("?cmp=1", &world);
    assert!(view.compare && notices.is_empty());
    assert_eq!(view.to_query(&world), "?cmp=1");
    let (view, notices) = ViewState::parse("?cmp=maybe", &world);
    assert!(!view.compare);
    assert_eq!(notices.len(), 1, "a clear notice for a bad value");
    let s = AppState::from_query(world.clone(), "");
    let on = s.apply(Action::ToggleCompare);
    assert!(on.view.compare);
    assert!(
        on.undo.is_empty(),
        "comparing is a view, not a change to undo"
    );
    assert!(!on.apply(Action::ToggleCompare).view.compare);
}

#[tokio::test]
async fn a_fallback_the_switches_opened_is_marked_as_differing() {
    // audit13 C1: at 14 Aug 2025 with Beijing's purchase justification off, DeepSeek's H20
    // stockpile becomes an open fallback for inference, which the record at that date does not
    // have; the cell said only "On the record: Limited".
    let world = world();
    let record = world.scenario_at("2025-08-14");
    let mut shown = record.clone();
    assert!(shown.on.remove("purchase-justification"));
    let (before, after) = (evaluate(&world, &record), evaluate(&world, &shown));
    let compared = Record::new(&world, &before, &after);
    let notes = record_notes(&compared, &after);
    let (_, _, note) = notes
        .iter()
        .find(|(d, w, _)| d == "deepseek" && *w == Workload::Inference)
        .expect("DeepSeek's inference cell");
    assert!(note.differs, "{note:?}");
    assert_eq!(note.fallback, Some(None), "no fallback on the record");
    let html = compared_matrix(&world, after, "2025-08-14").await;
    assert!(html.contains("No fallback on the record."), "{html}");
}

/// The full matrix of `shown`, compared with the record at `record` (the kit's comparison on).
async fn compared_matrix(world: &WorldRef, shown: Evaluation, record: &str) -> String {
    render::<OutcomeMatrix>(OutcomeMatrixProps {
        world: world.clone(),
        evaluation: Rc::new(shown),
        selected: None,
        onselect: Callback::noop(),
        compact: false,
        only: None,
        details: None,
        marks: Default::default(),
        record: Some(record.to_string().into()),
    })
    .await
}
