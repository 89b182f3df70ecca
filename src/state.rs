//! The widget's one reducer: what the reader has chosen (the view state that also lives in the
//! URL), the sentence describing the last change, and the notices about an ignored link.
//!
//! The change sentence is computed here: it describes a *transition*, so it can only be known
//! where both the before and the after scenario are at hand — in the reducer. The scenario and
//! its evaluation are derived from the view, but cached here too: the sentence needs both, and
//! keeping them means a toggle works out the scenario and evaluates it once (not once for the
//! before, the after and the view each).

use crate::model::i18n::msg;
use crate::model::{
    date_label, describe, describe_move, describe_with, diff, evaluate, Evaluation, Scenario,
    Workload, World,
};
use crate::model::{DeveloperId, IdSet};
use crate::url::{Mode, Theme, ViewState};
use std::ops::Deref;
use std::rc::Rc;
use yew::prelude::*;

/// The world shared by every component: a plain `'static` reference. The data never changes
/// while the widget runs and lives as long as the page, so a handle is a copied pointer (no
/// reference counting at every clone and drop, no copy of the data) and equality is identity,
/// which keeps props checks free. (Not `Copy`, so the components' `world.clone()` reads as
/// before.)
#[derive(Clone, Debug)]
pub struct WorldRef(pub &'static World);

impl PartialEq for WorldRef {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl Deref for WorldRef {
    type Target = World;
    fn deref(&self) -> &World {
        self.0
    }
}

/// A world built at run time (tests, a loaded data file) is kept for the page's lifetime, like
/// the embedded one: it is leaked once, on purpose.
impl From<World> for WorldRef {
    fn from(world: World) -> Self {
        WorldRef(Box::leak(Box::new(world)))
    }
}

/// Where a story key takes the reader (src/components/story_keys.rs reads the keys).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoryKey {
    Next,
    Prev,
    First,
    Last,
}

/// How to word the change sentence, if the scenario moves.
enum Said<'a> {
    Toggle(&'a crate::model::Policy, bool),
    Move(String),
    /// Undo, Redo and Reset name themselves: "Undoing your last change …" (audit13 S2).
    Named(String),
    Other,
}

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub world: WorldRef,
    /// What the reader chose; exactly what the URL carries.
    pub view: ViewState,
    /// What the last scenario change opened or closed; `None` when it changed nothing.
    pub change: Option<AttrValue>,
    /// What the link contained that could not be used, in words.
    pub notices: Vec<crate::url::Notice>,
    /// Move focus to the path details after this render (the reader just opened them).
    pub focus_details: bool,
    /// `view.scenario(world)`, kept in step by `apply` (never set from outside).
    scenario: Scenario,
    /// `evaluate(world, &scenario)`, kept in step by `apply` (never set from outside).
    evaluation: Rc<Evaluation>,
    /// classroom: the students' picks for the step's question (developer ids, or
    /// `story::NOBODY`), and whether the answer is shown. Each step keeps its own: leaving a
    /// step stores them in `answered`, coming back restores them.
    pub picks: IdSet<DeveloperId>,
    pub revealed: bool,
    /// classroom: the picks and reveal of the other steps visited, by step.
    pub answered: std::collections::BTreeMap<usize, (IdSet<DeveloperId>, bool)>,
    /// The reader's changes of switches, date and workload, for Undo (last = most recent) and
    /// Redo (last = next to redo): the view before (or after) each change, as its link's query
    /// (`ViewState::to_query`, read back with `ViewState::parse`, as the browser's Back button
    /// reads a link). Restoring one takes back only its choices (`restore_choices`): the
    /// developer opened, the theme and the mode are views, which Back moves between. Queries,
    /// not whole views: about 0.28 KB gzip less of the reader's wasm, measured (docs/kit.md,
    /// "Size", tenth session); the query and its reader are in the wasm for the link already.
    pub undo: Vec<String>,
    pub redo: Vec<String>,
}

/// Whether two views differ in what Undo moves: the date, the switches and the workload.
fn same_choices(a: &ViewState, b: &ViewState) -> bool {
    a.preset == b.preset
        && a.date == b.date
        && a.on == b.on
        && a.off == b.off
        && a.workload == b.workload
}

/// Takes `from`'s choices (date, switches, workload) into `view`.
fn restore_choices(view: &mut ViewState, from: ViewState) {
    view.preset = from.preset;
    view.date = from.date;
    view.on = from.on;
    view.off = from.off;
    view.workload = from.workload;
}

/// Most changes kept for Undo: a long session drops its oldest.
pub const UNDO_LIMIT: usize = 100;

/// classroom: the view follows a story step in story and presenter modes, and in the teacher
/// notes' window (which shows no story, only the step's answer; classroom.rs shows the story
/// and listens for its keys in the first two only).
pub fn tells_story(mode: Mode) -> bool {
    mode != Mode::Explore
}

pub enum Action {
    /// Flip one policy switch.
    ToggleSwitch(AttrValue),
    /// Move to a date; the switches follow the record at that date.
    SetDate(AttrValue),
    /// Move to a named preset of the data.
    SetPreset(AttrValue),
    /// Open (or, with `None`, close) a developer's paths.
    SelectDeveloper(Option<AttrValue>),
    SetWorkload(Workload),
    SetTheme(Theme),
    /// The reader picked a language (it goes into the URL like the theme).
    SetLanguage(crate::model::i18n::Locale),
    /// The same world with its texts in the reader's language (src/app.rs swaps it in when a
    /// language file has loaded); ids, dates and the model are unchanged.
    UseWorld(WorldRef),
    DismissNotice,
    /// The URL changed under us (back/forward): take its state and its notices.
    FromUrl(ViewState, Vec<crate::url::Notice>),
    // --- classroom ---
    /// Switch layout; entering the story starts at its first step (or keeps the current one).
    SetMode(Mode),
    /// Go to a story step (from 0, clamped): its date, and the switches the timeline implies.
    StepTo(usize),
    /// Move through the story (keys and buttons).
    Step(StoryKey),
    /// Pick or unpick a developer (or "nobody") for the step's question.
    TogglePick(AttrValue),
    /// Show the answer, once the students have picked something.
    Reveal,
    /// The teacher shows the answer, picks or not.
    ShowAnswer,
    RetryPrediction,
    /// Clear every step's picks and reveal and go back to the start.
    NewClass,
    // --- the kit (src/components/history_bar.rs) ---
    /// Take back the last change of switches, date or workload.
    Undo,
    /// Make again the last change taken back.
    Redo,
    /// Drop the reader's switch overrides: the real policies at the date shown.
    ResetToRecord,
    /// Show (or hide), beside each cell, what the record says at the date shown.
    ToggleCompare,
}

impl AppState {
    pub fn new(world: WorldRef, view: ViewState, notices: Vec<crate::url::Notice>) -> Self {
        let scenario = view.scenario(&world);
        let evaluation = Rc::new(evaluate(&world, &scenario));
        AppState {
            world,
            view,
            change: None,
            notices,
            focus_details: false,
            scenario,
            evaluation,
            picks: IdSet::new(),
            revealed: false,
            answered: Default::default(),
            undo: Vec::new(),
            redo: Vec::new(),
        }
    }

    /// Whether the reader has switched something away from the record at the date shown.
    pub fn departs_from_record(&self) -> bool {
        !self.view.on.is_empty() || !self.view.off.is_empty()
    }

    /// The evaluation of the current scenario (shared, so unchanged props compare equal).
    pub fn evaluation(&self) -> Rc<Evaluation> {
        self.evaluation.clone()
    }

    /// The state a query string describes, with its notices (worded when shown).
    pub fn from_query(world: WorldRef, query: &str) -> Self {
        let (mut view, notices) = ViewState::parse(query, &world);
        open_story_step(&world, &mut view);
        AppState::new(world, view, notices)
    }

    /// The scenario the view shows: its date and the switches on.
    pub fn scenario(&self) -> &Scenario {
        &self.scenario
    }

    /// The state after `action`, with the change sentence for scenario changes.
    pub fn apply(&self, action: Action) -> AppState {
        let world = &self.world;
        let mut next = self.clone();
        next.focus_details = false;
        let mut said = None;
        let mut new_class = false;
        // Undo and Redo move the history themselves; every other action that changes the
        // choices is recorded as one step.
        let mut recorded = true;
        match action {
            Action::ToggleSwitch(id) => {
                if let Some(policy) = world.policy(id.as_str()) {
                    let on = !self.scenario.on.contains(policy.id.as_str());
                    next.view.set_switch(world, &policy.id, on);
                    said = Some(Said::Toggle(policy, on));
                }
            }
            Action::SetDate(date) => {
                next.view.date = Some(date.to_string());
                next.view.preset = None;
                next.view.on.clear();
                next.view.off.clear();
                said = Some(Said::Move(date.to_string()));
            }
            Action::SetPreset(id) => {
                if let Some(preset) = world.preset(id.as_str()) {
                    next.view.preset = Some(preset.id.clone());
                    next.view.date = None;
                    next.view.on.clear();
                    next.view.off.clear();
                    said = Some(Said::Move(preset.date.clone()));
                }
            }
            Action::SelectDeveloper(developer) => {
                next.view.developer = developer
                    .and_then(|d| world.developer(d.as_str()))
                    .map(|d| d.id.clone());
                next.focus_details = next.view.developer.is_some();
            }
            Action::SetWorkload(workload) => next.view.workload = workload,
            Action::SetTheme(theme) => next.view.theme = theme,
            Action::SetLanguage(lang) => {
                next.view.lang = Some(lang);
                // The last change's sentence was worded in the old language.
                next.change = None;
            }
            Action::DismissNotice => next.notices.clear(),
            Action::FromUrl(mut view, notices) => {
                open_story_step(world, &mut view);
                next.view = view;
                next.notices = notices;
                said = Some(Said::Other);
            }
            Action::SetMode(mode) => {
                next.view.mode = mode;
                if !tells_story(mode) {
                    next.view.step = None;
                    next.view.intro = false;
                } else if self.view.step.is_none() && !world.story.is_empty() {
                    said = next.go_to_step(0);
                }
            }
            Action::StepTo(index) => said = next.go_to_step(index),
            Action::Step(key) => {
                let last = world.story.len().saturating_sub(1);
                let current = self.view.step.unwrap_or(0);
                let index = match key {
                    // From the "Before we start" card, Next starts the story.
                    StoryKey::Next if self.view.intro => 0,
                    StoryKey::Next if self.view.step.is_some() => current + 1,
                    StoryKey::Next | StoryKey::First => 0,
                    StoryKey::Prev => current.saturating_sub(1),
                    StoryKey::Last => last,
                };
                said = next.go_to_step(index);
                // Back from the first step, and Home from anywhere, open the "Before we start"
                // card: the first card of the story (`?mode=present&step=0`).
                next.view.intro = (key == StoryKey::Prev && current == 0) || key == StoryKey::First;
            }
            Action::TogglePick(id) => {
                let nobody = id.as_str() == crate::model::story::NOBODY;
                if !self.revealed
                    && (nobody || world.developer(id.as_str()).is_some())
                    && !next.picks.remove(id.as_str())
                {
                    // "Nobody" and a developer exclude each other.
                    if nobody {
                        next.picks.clear();
                    } else {
                        next.picks.remove(crate::model::story::NOBODY);
                    }
                    next.picks.insert(id.to_string());
                }
            }
            Action::Reveal => next.revealed = self.view.step.is_some() && !self.picks.is_empty(),
            Action::ShowAnswer => next.revealed = self.view.step.is_some(),
            Action::RetryPrediction => {
                next.picks.clear();
                next.revealed = false;
            }
            Action::NewClass => {
                new_class = true;
                next.answered.clear();
                next.picks.clear();
                next.revealed = false;
                said = next.go_to_step(0);
                next.view.intro = true;
            }
            Action::Undo | Action::Redo => {
                recorded = false;
                let undo = matches!(action, Action::Undo);
                let (from, to) = if undo {
                    (&mut next.undo, &mut next.redo)
                } else {
                    (&mut next.redo, &mut next.undo)
                };
                if let Some(choices) = from.pop() {
                    to.push(self.view.to_query(world));
                    restore_choices(&mut next.view, ViewState::parse(&choices, world).0);
                    said = Some(Said::Named(if undo {
                        msg::change_undo().to_string()
                    } else {
                        msg::change_redo().to_string()
                    }));
                }
            }
            Action::ResetToRecord if self.departs_from_record() => {
                next.view.on.clear();
                next.view.off.clear();
                said = Some(Said::Named(msg::change_reset().to_string()));
            }
            Action::ResetToRecord => {}
            Action::ToggleCompare => next.view.compare = !self.view.compare,
            Action::UseWorld(world) => next.world = world,
        }
        if next.view.step != self.view.step {
            // A story step sets its own date and switches: the changes made at another step
            // are not this step's to undo.
            next.undo.clear();
            next.redo.clear();
        } else if recorded && !same_choices(&next.view, &self.view) {
            next.redo.clear();
            next.undo.push(self.view.to_query(world));
            if next.undo.len() > UNDO_LIMIT {
                next.undo.remove(0);
            }
        }
        if next.view.step != self.view.step && !new_class {
            // Each step keeps its own picks and reveal.
            if let Some(old) = self.view.step {
                if !self.picks.is_empty() || self.revealed {
                    next.answered
                        .insert(old, (self.picks.clone(), self.revealed));
                } else {
                    next.answered.remove(&old);
                }
            }
            let (picks, revealed) = next
                .view
                .step
                .and_then(|step| next.answered.get(&step).cloned())
                .unwrap_or_default();
            next.picks = picks;
            next.revealed = revealed;
        }
        // Whatever the action, the cached scenario and evaluation follow the view.
        let after = next.view.scenario(world);
        let moved = after != self.scenario;
        if moved || next.world != self.world {
            // (A world in another language: the same scenario, its reasons in new words.)
            next.evaluation = Rc::new(evaluate(&next.world, &after));
            next.scenario = after;
        }
        if let Some(said) = said {
            next.change = if !moved {
                None
            } else {
                let changes = diff(world, &self.evaluation, &next.evaluation);
                match said {
                    Said::Toggle(policy, on) => {
                        describe(world, &changes, Some((policy, on, &next.scenario)))
                    }
                    Said::Move(to) => self.describe_move_from(&next, &to, &changes),
                    Said::Named(subject) => describe_with(world, &changes, &subject),
                    Said::Other => describe(world, &changes, None),
                }
                .map(AttrValue::from)
            };
        }
        next
    }
}

impl AppState {
    /// The sentence for a move in time from this state to `next` (the date `to`, switches as on
    /// the record there), `changes` being the whole difference. A move drops the reader's
    /// switches: when they departed from the record, the sentence says first what putting them
    /// back did (at the date shown), then what the move changed on the record, so that no date
    /// is credited with what the reader's own switches did (audit13 S1).
    fn describe_move_from(
        &self,
        next: &AppState,
        to: &str,
        changes: &[crate::model::Change],
    ) -> Option<String> {
        let world = &self.world;
        let record = self.departs_from_record().then(|| {
            let mut view = self.view.clone();
            view.on.clear();
            view.off.clear();
            view.scenario(world)
        });
        let Some(record) = record.filter(|r| *r != self.scenario) else {
            return describe_move(world, changes, to);
        };
        let record = evaluate(world, &record);
        let reset = msg::change_reset();
        let back = describe_with(world, &diff(world, &self.evaluation, &record), reset)
            .unwrap_or_else(|| msg::change_no_path(reset));
        // A "move" to the date already shown (its preset chosen again) moves nothing: the reset
        // is all that happened (review13b V4).
        if to == self.scenario.date {
            return Some(back);
        }
        let moved = describe_move(world, &diff(world, &record, &next.evaluation), to)
            .unwrap_or_else(|| msg::change_move_nothing(&msg::change_move(&date_label(to))));
        Some(format!("{back}{}{moved}", msg::sentence_separator()))
    }

    /// classroom: shows story step `index` (clamped) — its date, with the switches the
    /// timeline implies there — and says how to word the move. Nothing happens when the story
    /// is empty.
    fn go_to_step<'w>(&mut self, index: usize) -> Option<Said<'w>> {
        let last = self.world.story.len().checked_sub(1)?;
        let index = index.min(last);
        let date = self.world.story[index].date.clone();
        self.view.step = Some(index);
        self.view.intro = false;
        if !tells_story(self.view.mode) {
            self.view.mode = Mode::Story;
        }
        self.view.date = Some(date.clone());
        self.view.preset = None;
        self.view.on.clear();
        self.view.off.clear();
        Some(Said::Move(date))
    }
}

/// classroom: a link in story or presenter mode opens at a step (the first unless it names
/// one), showing the step's date unless the link chose a date or preset itself. The teacher
/// notes' window keeps the step its link names, or none: it waits for the presenter's.
fn open_story_step(world: &WorldRef, view: &mut ViewState) {
    if !tells_story(view.mode) || world.story.is_empty() {
        return;
    }
    if view.mode == Mode::Notes && view.step.is_none() {
        return;
    }
    let index = *view.step.get_or_insert(0);
    if view.date.is_none() && view.preset.is_none() {
        view.date = world.story.get(index).map(|step| step.date.clone());
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

#[cfg(test)]
mod tests {
    use super::*;

    fn world() -> WorldRef {
        WorldRef(crate::embedded::world().expect("embedded data is valid"))
    }

    fn state() -> AppState {
        AppState::from_query(world(), "")
    }

    #[test]
    fn toggling_a_switch_flips_it_and_always_says_what_changed() {
        let start = state();
        for policy in &start.world.policies {
            let next = start.apply(Action::ToggleSwitch(policy.id.to_string().into()));
            assert_ne!(
                next.scenario().on.contains(&policy.id),
                start.scenario().on.contains(&policy.id)
            );
            let world = &start.world;
            let before = evaluate(world, start.scenario());
            let after = evaluate(world, next.scenario());
            let changes = diff(world, &before, &after);
            // A toggle always gets a sentence; "changes no developer's path" exactly when no
            // path changed.
            let sentence = next.change.as_ref().expect("a sentence after every toggle");
            assert!(
                sentence.contains(&policy.name),
                "names the switch: {sentence}"
            );
            assert_eq!(
                sentence.contains("changes no developer's path"),
                changes.is_empty(),
                "{sentence}"
            );
            // Toggling back restores the view.
            let back = next.apply(Action::ToggleSwitch(policy.id.to_string().into()));
            assert_eq!(back.view, start.view);
        }
    }

    #[test]
    fn the_cached_scenario_and_evaluation_always_follow_the_view() {
        let mut s = state();
        let world = s.world.clone();
        let actions = [
            Action::ToggleSwitch("h20-allowed".into()),
            Action::SetDate(world.earliest().to_string().into()),
            Action::SetPreset("jan-2026".into()),
            Action::ToggleSwitch("purchase-justification".into()),
            Action::FromUrl(ViewState::default(), vec![]),
        ];
        for action in actions {
            s = s.apply(action);
            assert_eq!(*s.scenario(), s.view.scenario(&world));
            assert_eq!(*s.evaluation(), evaluate(&world, s.scenario()));
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
        let toggled = start.apply(Action::ToggleSwitch("h20-allowed".into()));
        let next = toggled.apply(Action::SetDate(earliest.clone().into()));
        assert_eq!(next.view.date.as_deref(), Some(earliest.as_str()));
        assert_eq!(
            next.scenario().on,
            world.switches_at(&earliest),
            "the reader's toggles are dropped"
        );
        assert!(
            next.change.is_some(),
            "moving back to 2022 changes outcomes"
        );
    }

    #[test]
    fn selecting_keeps_only_known_developers() {
        let start = state();
        let id = start.world.developers[0].id.clone();
        let picked = start.apply(Action::SelectDeveloper(Some(id.to_string().into())));
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
        let s = AppState::from_query(world, "?on=bogus&zzz=1");
        assert!(!s.notices.is_empty());
        let s = s.apply(Action::DismissNotice);
        assert!(s.notices.is_empty());
    }

    /// Ten changes of every recorded kind, from the opening view.
    fn ten_changes(world: &WorldRef) -> Vec<Action> {
        let earliest = world.earliest().to_string();
        vec![
            Action::ToggleSwitch("h20-allowed".into()),
            Action::ToggleSwitch("purchase-justification".into()),
            Action::SetWorkload(Workload::Inference),
            Action::SetDate(earliest.into()),
            Action::ToggleSwitch(world.policies[0].id.as_str().into()),
            Action::SetPreset("jan-2026".into()),
            Action::ToggleSwitch("h20-allowed".into()),
            Action::ResetToRecord,
            Action::SetWorkload(Workload::Training),
            Action::ToggleSwitch(world.meta.headline[1].as_str().into()),
        ]
    }

    #[test]
    fn undo_and_redo_round_trip_ten_changes() {
        let world = world();
        let mut s = state();
        let mut views = vec![s.view.clone()];
        for action in ten_changes(&world) {
            let next = s.apply(action);
            assert_ne!(next.view, s.view, "each of the ten is a change");
            s = next;
            views.push(s.view.clone());
        }
        assert_eq!(s.undo.len(), 10);
        for expected in views.iter().rev().skip(1) {
            s = s.apply(Action::Undo);
            assert_eq!(&s.view, expected);
            assert_eq!(*s.scenario(), s.view.scenario(&world));
        }
        let start = s.clone();
        assert!(start.apply(Action::Undo) == start, "nothing left to undo");
        for expected in views.iter().skip(1) {
            s = s.apply(Action::Redo);
            assert_eq!(&s.view, expected);
            assert_eq!(*s.evaluation(), evaluate(&world, s.scenario()));
        }
        assert!(s.apply(Action::Redo) == s, "nothing left to redo");
    }

    #[test]
    fn a_new_change_after_undo_drops_the_redo_and_undo_says_what_changed() {
        let world = world();
        let s = state().apply(Action::ToggleSwitch("h20-allowed".into()));
        let undone = s.apply(Action::Undo);
        assert_eq!(undone.view, state().view);
        // Announced, and named as an undo (audit13 S2: it read "This change …").
        let said = undone.change.as_deref().expect("the undo is announced");
        assert!(said.starts_with("Undoing your last change "), "{said}");
        let redone = undone.apply(Action::Redo);
        let said = redone.change.as_deref().expect("the redo is announced");
        assert!(
            said.starts_with("Redoing the change you took back "),
            "{said}"
        );
        assert_eq!(undone.redo.len(), 1);
        let other = undone.apply(Action::SetWorkload(Workload::Inference));
        assert!(other.redo.is_empty());
        assert_eq!(other.undo.len(), 1);
        // Views that are not choices are not recorded.
        let dev = world.developers[0].id.clone();
        let picked = other.apply(Action::SelectDeveloper(Some(dev.as_str().into())));
        assert_eq!(picked.undo, other.undo);
    }

    #[test]
    fn reset_returns_to_the_record_at_the_date_shown() {
        let world = world();
        let s = state()
            .apply(Action::SetPreset("jan-2026".into()))
            .apply(Action::ToggleSwitch("h20-allowed".into()))
            .apply(Action::ToggleSwitch("purchase-justification".into()));
        assert!(s.departs_from_record());
        let reset = s.apply(Action::ResetToRecord);
        assert!(!reset.departs_from_record());
        let said = reset.change.as_deref().expect("the reset is announced");
        assert!(
            said.starts_with("Putting every switch back as on the record "),
            "{said}"
        );
        assert_eq!(
            reset.scenario().on,
            world.switches_at(&reset.scenario().date)
        );
        assert_eq!(reset.scenario().date, s.scenario().date, "the date stays");
        assert_eq!(
            reset.apply(Action::Undo).view,
            s.view,
            "a reset can be undone"
        );
        assert!(
            reset.apply(Action::ResetToRecord) == reset,
            "a second reset is no change"
        );
    }

    /// audit13 S1, the report's example: at the opening view (14 Aug 2025), switch off
    /// "Beijing asks…" and "Huawei Ascend 'blacklisted'", then move to 21 Aug 2025. The
    /// sentence said "Moving to 21 Aug 2025 narrows ByteDance's, Alibaba's and Tencent's main
    /// inference paths", crediting the date with the reader's switches going back.
    #[test]
    fn a_move_after_flips_says_first_that_the_switches_went_back() {
        let flipped = state()
            .apply(Action::ToggleSwitch("purchase-justification".into()))
            .apply(Action::ToggleSwitch("ascend-guidance".into()));
        assert_eq!(flipped.scenario().date, "2025-08-14");
        let moved = flipped.apply(Action::SetDate("2025-08-21".into()));
        let sentence = moved.change.as_deref().expect("the move is said");
        assert!(
            !sentence.starts_with("Moving to 21 Aug 2025 narrows"),
            "{sentence}"
        );
        assert!(
            sentence.starts_with(
                "Putting every switch back as on the record narrows ByteDance's, Alibaba's and Tencent's main inference paths."
            ),
            "{sentence}"
        );
        // Then what the move changed on the record: here, nothing.
        assert_eq!(
            state().apply(Action::SetDate("2025-08-21".into())).change,
            None
        );
        assert!(
            sentence.ends_with(" Moving to 21 Aug 2025 changes no path on the record."),
            "{sentence}"
        );
    }

    /// audit13 S1 over many sequences: flip one or two switches at an event date, then move to
    /// the next event date or choose a preset. Whenever the switches departed from the record,
    /// the sentence starts with their going back, and what it then says of the move is exactly
    /// what the same move says from the record; no sentence credits a date with a reset.
    #[test]
    fn no_move_is_credited_with_the_readers_switches_going_back() {
        let world = world();
        let reset = "Putting every switch back as on the record";
        let dates: Vec<String> = world.events.iter().map(|e| e.date.clone()).collect();
        let policies: Vec<String> = world.policies.iter().map(|p| p.id.to_string()).collect();
        let mut checked = 0;
        for (i, date) in dates.iter().enumerate() {
            let start = state().apply(Action::SetDate(date.clone().into()));
            let next = dates.get(i + 1).unwrap_or(&dates[0]).clone();
            // Every single flip at every date; every pair at a few dates.
            let pairs = i % 9 == 0;
            for (a, first) in policies.iter().enumerate() {
                let one = start.apply(Action::ToggleSwitch(first.as_str().into()));
                let mut flipped = vec![one.clone()];
                if pairs {
                    flipped.extend(
                        policies[a + 1..]
                            .iter()
                            .map(|second| one.apply(Action::ToggleSwitch(second.as_str().into()))),
                    );
                }
                for s in flipped.into_iter().filter(|s| s.departs_from_record()) {
                    for (action, record) in [
                        (
                            Action::SetDate(next.clone().into()),
                            start.apply(Action::SetDate(next.clone().into())),
                        ),
                        (
                            Action::SetPreset("jan-2026".into()),
                            start.apply(Action::SetPreset("jan-2026".into())),
                        ),
                    ] {
                        let moved = s.apply(action);
                        let sentence = moved.change.as_deref().unwrap_or("");
                        assert!(
                            sentence.starts_with(reset),
                            "{date}, {:?}: {sentence}",
                            s.view.off
                        );
                        // A preset chosen again at its own date moved nothing: the reset alone
                        // (review13b V4).
                        if moved.scenario().date == s.scenario().date {
                            let to = msg::change_move(&date_label(&moved.scenario().date));
                            assert!(!sentence.contains(&to), "{date}: {sentence}");
                            checked += 1;
                            continue;
                        }
                        let tail = sentence.split_once(". ").map(|(_, tail)| tail);
                        let expected =
                            record
                                .change
                                .as_deref()
                                .map(str::to_string)
                                .unwrap_or_else(|| {
                                    format!(
                                        "{} changes no path on the record.",
                                        msg::change_move(&date_label(&moved.scenario().date))
                                    )
                                });
                        assert!(
                            sentence.ends_with(&format!(" {expected}")),
                            "{date}: {sentence} / {tail:?}"
                        );
                        checked += 1;
                    }
                }
            }
        }
        eprintln!("{checked} sequences checked");
        assert!(checked > 3000, "{checked} sequences");
    }

    #[test]
    fn the_history_is_capped() {
        let mut s = state();
        for _ in 0..(UNDO_LIMIT + 5) {
            s = s.apply(Action::ToggleSwitch("h20-allowed".into()));
        }
        assert_eq!(s.undo.len(), UNDO_LIMIT);
    }
}
