//! The one-sentence story at the top: the scenario date, the latest event on the record by
//! then, and how many developers' main paths are still open for each workload.

use super::text;
use crate::markup::Markup;
use crate::model::date_label;
use crate::model::export::{changed_switches, scenario_line};
use crate::model::i18n::msg;
use crate::model::{Evaluation, Scenario, Status, Workload, World};
use yew::Html;

/// "Developers whose main path is open: 3 of 4" style counts, for one workload (each
/// developer's main path; a fallback is not counted).
pub fn tally(evaluation: &Evaluation, workload: Workload) -> (usize, usize) {
    // Developers with no path for the workload at all are left out of both counts.
    let statuses = evaluation
        .outcomes
        .iter()
        .filter(|o| o.workload == workload)
        .filter_map(|o| o.status());
    statuses.fold((0, 0), |(open, all), status| {
        (open + usize::from(status == Status::Open), all + 1)
    })
}

/// The headline for the scenario `date` (`YYYY-MM-DD`) and its evaluation. Markup: no
/// listeners, nothing to focus.
pub fn headline(world: &World, evaluation: &Evaluation, date: &str) -> Html {
    let latest = world.events.iter().rfind(|e| e.date.as_str() <= date);
    let (train_open, train_all) = tally(evaluation, Workload::Training);
    let (infer_open, infer_all) = tally(evaluation, Workload::Inference);
    let mut m = Markup::new();
    m.fixed(
        "<div class=\"headline\"><p class=\"headline__story\"><strong class=\"headline__date\">",
    );
    m.text(&date_label(date)).fixed("</strong>");
    m.text(&match latest {
        // An event of this very day is the day's news.
        Some(event) if event.date == date => msg::headline_event(&event.title),
        // Each event carries its own date: the reader may be looking at a later day.
        Some(event) => msg::headline_latest(&date_label(&event.date), &event.title),
        None => msg::headline_before().to_string(),
    });
    m.fixed("</p><p class=\"headline__tally\">");
    m.text(&msg::headline_tally(
        &train_open.to_string(),
        &train_all.to_string(),
        &infer_open.to_string(),
        &infer_all.to_string(),
    ));
    m.fixed("</p></div>");
    text::raw(m)
}

/// Only when the view departs from the record at its date: the pictures' scenario line
/// ("Scenario: 14 Aug 2025; switches changed from the record: … off"), on screen, in an embed
/// and on paper, at the top of the results (src/app.rs). A switch flipped under "More policies" is folded (and not printed):
/// without this line an embed or a printout of a changed scenario reads as the record (audit13
/// EM1, P1). A view on the record shows nothing (the embed keeps its height).
pub fn scenario_note(world: &World, scenario: &Scenario) -> Html {
    if changed_switches(world, scenario).is_empty() {
        return Html::default();
    }
    // As markup, like the headline: no listeners, nothing to focus.
    let mut m = Markup::new();
    m.fixed("<p class=\"scenario-note\">")
        .text(&scenario_line(world, scenario))
        .fixed("</p>");
    text::raw(m)
}
