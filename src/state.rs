//! The widget's one reducer: what the reader has chosen (the view state that also lives in the
//! URL), the sentence describing the last change, and the notices about an ignored link.
//!
//! The evaluation is *derived* (the App memoises `evaluate(world, scenario)`), never stored. The
//! change sentence is the one thing computed here: it describes a *transition*, so it can only
//! be known where both the before and the after scenario are at hand — in the reducer.

use crate::components::WorldRef;
use crate::model::{evaluate, Evaluation, Scenario, Status, Workload};
use std::collections::BTreeSet;
use std::rc::Rc;
use yew::prelude::*;

/// The colour theme: follow the system, or forced by the reader or the link.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub fn slug(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
    pub fn from_slug(slug: &str) -> Option<Theme> {
        match slug {
            "auto" => Some(Theme::Auto),
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
    }
}

/// Everything a link reproduces.
#[derive(Clone, Debug, PartialEq)]
pub struct ViewState {
    pub date: String,
    pub on: BTreeSet<String>,
    pub developer: Option<String>,
    pub workload: Workload,
    pub theme: Theme,
    pub embed: bool,
}

impl ViewState {
    pub fn scenario(&self) -> Scenario {
        Scenario {
            date: self.date.clone(),
            on: self.on.clone(),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub world: WorldRef,
    pub view: ViewState,
    /// What the last scenario change opened or closed; `None` when it changed nothing.
    pub change: Option<AttrValue>,
    /// What the link contained that could not be used.
    pub notices: Vec<String>,
}

pub enum Action {
    /// Flip one policy switch.
    ToggleSwitch(AttrValue),
    /// Move to a date; the switches follow the record at that date.
    SetDate(AttrValue),
    /// Open (or, with `None`, close) a developer's paths.
    SelectDeveloper(Option<AttrValue>),
    SetWorkload(Workload),
    SetTheme(Theme),
    DismissNotice,
    /// The URL changed under us (back/forward): take its state and its notices.
    FromUrl(ViewState, Vec<String>),
}

impl AppState {
    pub fn new(world: WorldRef, view: ViewState, notices: Vec<String>) -> Self {
        AppState {
            world,
            view,
            change: None,
            notices,
        }
    }

    /// The state after `action`, with the change sentence for scenario changes.
    pub fn apply(&self, action: Action) -> AppState {
        let mut next = self.clone();
        let mut scenario_changed = false;
        match action {
            Action::ToggleSwitch(id) => {
                if self.world.policies.iter().any(|p| p.id == id.as_str()) {
                    if !next.view.on.remove(id.as_str()) {
                        next.view.on.insert(id.to_string());
                    }
                    scenario_changed = true;
                }
            }
            Action::SetDate(date) => {
                next.view.date = date.to_string();
                next.view.on = self.world.switches_at(&date);
                scenario_changed = true;
            }
            Action::SelectDeveloper(developer) => {
                next.view.developer = developer
                    .filter(|d| self.world.developers.iter().any(|x| x.id == d.as_str()))
                    .map(|d| d.to_string());
            }
            Action::SetWorkload(workload) => next.view.workload = workload,
            Action::SetTheme(theme) => next.view.theme = theme,
            Action::DismissNotice => next.notices.clear(),
            Action::FromUrl(view, notices) => {
                next.view = view;
                next.notices = notices;
                scenario_changed = true;
            }
        }
        if scenario_changed {
            let before = self.view.scenario();
            let after = next.view.scenario();
            next.change = if before == after {
                None
            } else {
                change_sentence(&self.world, &before, &after).map(AttrValue::from)
            };
        }
        next
    }
}

impl Reducible for AppState {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = self.apply(action);
        if next == *self {
            self // Same Rc: Yew skips the re-render.
        } else {
            Rc::new(next)
        }
    }
}

/// What opened or closed between two scenarios, for whom; `None` when no best path changed.
pub fn change_sentence(world: &WorldRef, before: &Scenario, after: &Scenario) -> Option<String> {
    describe(world, &evaluate(world, before), &evaluate(world, after))
}

fn describe(world: &WorldRef, before: &Evaluation, after: &Evaluation) -> Option<String> {
    let mut parts = Vec::new();
    for (b, a) in before.outcomes.iter().zip(&after.outcomes) {
        let (sb, sa) = (b.status(), a.status());
        if sb == sa {
            continue;
        }
        let name = world
            .developer(&a.developer)
            .map_or(a.developer.as_str(), |d| d.name.as_str());
        let verb = match (sb, sa) {
            (Some(x), Some(y)) if y < x => "eased",
            (Some(_), Some(_)) => "tightened",
            (None, Some(_)) => "appeared",
            (_, None) => "disappeared",
        };
        let now = sa.map_or("no path", Status::label);
        parts.push(format!(
            "{} {} for {} (now {})",
            a.workload.label(),
            verb,
            name,
            now
        ));
    }
    if parts.is_empty() {
        return None;
    }
    Some(format!("{}.", parts.join("; ")))
}

// --- Provisional URL codec, until `model::url` lands: date, on, dev, wl, theme, embed. ---

/// Reads a query string into a view state, ignoring (and noting) what it cannot use.
pub fn parse_query(world: &WorldRef, query: &str) -> (ViewState, Vec<String>) {
    let scenario = world.default_scenario();
    let mut view = ViewState {
        date: scenario.date,
        on: scenario.on,
        developer: None,
        workload: Workload::Training,
        theme: Theme::Auto,
        embed: false,
    };
    let mut notices = Vec::new();
    let mut on: Option<BTreeSet<String>> = None;
    for pair in query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
    {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        match key {
            "date" if crate::model::date::parse_date(value).is_some() => {
                view.date = value.to_string();
                view.on = world.switches_at(value);
            }
            "on" => {
                let ids: BTreeSet<String> = value
                    .split(',')
                    .filter(|s| !s.is_empty())
                    .map(str::to_string)
                    .collect();
                match ids.iter().find(|id| world.policy(id).is_none()) {
                    Some(bad) => notices.push(format!("Unknown policy “{bad}”: switches ignored.")),
                    None => on = Some(ids),
                }
            }
            "dev" if world.developer(value).is_some() => view.developer = Some(value.to_string()),
            "wl" if Workload::from_slug(value).is_some() => {
                view.workload = Workload::from_slug(value).unwrap_or(Workload::Training)
            }
            "theme" if Theme::from_slug(value).is_some() => {
                view.theme = Theme::from_slug(value).unwrap_or_default()
            }
            "embed" if value == "1" => view.embed = true,
            // EMBED: Pym.js's own parameters, read by the embed code, are not the reader's mistake.
            "childId" | "initialWidth" | "parentTitle" | "parentUrl" => {}
            _ => notices.push(format!(
                "“{}” ignored.",
                pair.chars().take(40).collect::<String>()
            )),
        }
    }
    if let Some(on) = on {
        view.on = on;
    }
    (view, notices)
}

/// The query string that reproduces a view state (empty for the defaults' parts).
pub fn to_query(view: &ViewState) -> String {
    let mut parts = vec![format!("date={}", view.date)];
    parts.push(format!(
        "on={}",
        view.on.iter().cloned().collect::<Vec<_>>().join(",")
    ));
    if let Some(d) = &view.developer {
        parts.push(format!("dev={d}"));
    }
    if view.workload != Workload::Training {
        parts.push(format!("wl={}", view.workload.slug()));
    }
    if view.theme != Theme::Auto {
        parts.push(format!("theme={}", view.theme.slug()));
    }
    if view.embed {
        parts.push("embed=1".into());
    }
    format!("?{}", parts.join("&"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::World;

    fn world() -> WorldRef {
        WorldRef(Rc::new(
            World::embedded().expect("embedded data is valid").clone(),
        ))
    }

    fn state() -> AppState {
        let world = world();
        let (view, notices) = parse_query(&world, "");
        AppState::new(world, view, notices)
    }

    #[test]
    fn toggling_a_switch_flips_it_and_says_what_changed_iff_the_outcomes_changed() {
        let start = state();
        for policy in &start.world.policies {
            let next = start.apply(Action::ToggleSwitch(policy.id.clone().into()));
            assert_ne!(
                next.view.on.contains(&policy.id),
                start.view.on.contains(&policy.id)
            );
            let before = evaluate(&start.world, &start.view.scenario());
            let after = evaluate(&start.world, &next.view.scenario());
            let changed = before
                .outcomes
                .iter()
                .zip(&after.outcomes)
                .any(|(b, a)| b.status() != a.status());
            assert_eq!(next.change.is_some(), changed, "{}", policy.id);
            // Toggling back restores the view.
            let back = next.apply(Action::ToggleSwitch(policy.id.clone().into()));
            assert_eq!(back.view, start.view);
        }
    }

    #[test]
    fn an_unknown_switch_changes_nothing() {
        let start = Rc::new(state());
        let next = start
            .clone()
            .reduce(Action::ToggleSwitch("no-such-policy".into()));
        assert!(Rc::ptr_eq(&start, &next), "same Rc: no re-render");
    }

    #[test]
    fn a_date_sets_the_switches_the_record_implies() {
        let start = state();
        let world = start.world.clone();
        let earliest = world.earliest().to_string();
        let next = start.apply(Action::SetDate(earliest.clone().into()));
        assert_eq!(next.view.date, earliest);
        assert_eq!(next.view.on, world.switches_at(&earliest));
    }

    #[test]
    fn selecting_keeps_only_known_developers() {
        let start = state();
        let id = start.world.developers[0].id.clone();
        let picked = start.apply(Action::SelectDeveloper(Some(id.clone().into())));
        assert_eq!(picked.view.developer, Some(id));
        let unknown = picked.apply(Action::SelectDeveloper(Some("nobody".into())));
        assert_eq!(unknown.view.developer, None);
        assert_eq!(
            picked.change, start.change,
            "selecting is not a scenario change"
        );
    }

    #[test]
    fn dismissing_clears_the_notices() {
        let world = world();
        let (view, notices) = parse_query(&world, "?on=bogus&zzz=1");
        assert!(!notices.is_empty());
        let s = AppState::new(world, view, notices).apply(Action::DismissNotice);
        assert!(s.notices.is_empty());
    }
}
