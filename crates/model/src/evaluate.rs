//! The evaluator: for a scenario, every reported path's status with the reasons for it.
//!
//! The rules, in the order a path meets them:
//! 1. a chip reported weak at the workload makes the path Limited;
//! 2. a domestic chip in scarce supply makes a domestic path Limited;
//! 3. each tightening policy that is on adds its matching effects — unless a loosening policy
//!    that is on lifts them for this path, which leaves the effect's `when_lifted` status or
//!    nothing;
//! 4. a stockpile cannot grow — Limited — while importing the same chip (for the same
//!    developer) would be Blocked, or meets an unlifted effect that `stops_buying`, or once the
//!    chip's production has ended;
//! 5. importing a chip whose production has ended is Limited.
//!
//! A path is shown from its `since` date, before its `until` date, once its chip is available.
//! Which path is a developer's main one for a workload is a fact of the date (`main_from`,
//! `main_until`), never of the switches; the main path comes first in its outcome.
//!
//! The path's status is its worst reason (Open without reasons). Switching a tightening policy
//! on only adds reasons and switching a loosening policy on only softens them, so the model is
//! monotone; `tests/properties.rs` checks it over all switches.

use super::outcome::{Cause, Evaluation, Outcome, PathOutcome, Reason, Scenario};
use crate::i18n::msg;
use std::cell::RefCell;
use std::rc::Rc;

use super::types::{
    Chip, ChipId, Developer, Direction, Effect, Fitness, Gate, Policy, ReportedPath, Route, Scope,
    SourceId, Status, Workload, World,
};

/// Evaluates every developer's reported paths, training then inference, in data order.
pub fn evaluate(world: &World, scenario: &Scenario) -> Evaluation {
    let rules = Rules::new(world, scenario);
    let mut outcomes = Vec::with_capacity(world.developers.len() * 2);
    for developer in &world.developers {
        for workload in Workload::ALL {
            let mut paths: Vec<PathOutcome> = developer
                .paths
                .iter()
                .enumerate()
                .filter(|(_, p)| p.workload == workload)
                .filter_map(|(index, path)| {
                    let chip_index = rules.chip_index(&path.chip);
                    rules
                        .shown(path, chip_index)
                        .then(|| rules.path(developer, index, path, chip_index))
                })
                .collect();
            // Stable: ties keep data-file order. Then the main path moves to the front.
            sort_by_status(&mut paths, |p| p.status, false);
            if let Some(main) = paths.iter().position(|p| p.main) {
                paths[..=main].rotate_right(1);
            }
            outcomes.push(Outcome {
                developer: developer.id.clone(),
                workload,
                paths,
            });
        }
    }
    Evaluation { outcomes }
}

/// Evaluates one hypothetical path (used for "what if they imported it instead?").
pub fn evaluate_path(
    world: &World,
    scenario: &Scenario,
    developer: &Developer,
    path: &ReportedPath,
) -> PathOutcome {
    let rules = Rules::new(world, scenario);
    rules.path(developer, usize::MAX, path, rules.chip_index(&path.chip))
}

/// The scenario's switches, resolved once per evaluation: the effects in force, each with the
/// lifts that can soften it and its reasons prepared, so a path only matches and copies.
struct Rules<'w> {
    world: &'w World,
    date: &'w str,
    /// Effects of tightening policies that are on, in data order.
    active: Vec<Active<'w>>,
    /// Each chip's own limits (rules 1 and 2), made once per evaluation and shared by every
    /// path on that chip: `[training, inference]` weakness, then scarce supply.
    chip_limits: Vec<ChipLimits>,
    /// For each route × workload ("lane"), the indices of the active effects whose scope admits
    /// it, in data order: a path only looks at effects that can touch it.
    lanes: Vec<Vec<usize>>,
    /// Stockpile reasons made so far, by chip and the active effects blocking its import.
    stockpile_reasons: RefCell<Vec<(StockpileKey, Rc<Reason>)>>,
    /// For each chip (by index in `world.chips`) whose production had ended by the date, the
    /// reason an import of it meets (rule 5).
    ended: Vec<Option<Rc<Reason>>>,
}

/// A stockpiled chip and the indices of the active effects keeping it from growing.
type StockpileKey = (ChipId, Vec<usize>);

fn lane(route: Route, workload: Workload) -> usize {
    route.index() * Workload::COUNT + workload.index()
}

struct ChipLimits {
    weak: [Option<Rc<Reason>>; Workload::COUNT],
    scarce: Option<Rc<Reason>>,
}

struct Active<'w> {
    policy: &'w Policy,
    effect: &'w Effect,
    /// Lifts of this policy by loosening policies that are on, in data order, each with the
    /// reason left behind (`None`: lifting removes the effect).
    lifts: Vec<(&'w Scope, Option<Rc<Reason>>)>,
    /// The reason when not lifted.
    reason: Rc<Reason>,
    /// Whether the effect's chip and origin scope admits each chip, by index in `world.chips`.
    chips: Vec<bool>,
}

impl<'w> Rules<'w> {
    fn new(world: &'w World, scenario: &'w Scenario) -> Self {
        // (Plain loops: each iterator chain is code of its own in the wasm.)
        let on = |p: &Policy, direction: Direction| {
            p.direction == direction && scenario.on.contains(&p.id)
        };
        let mut active = Vec::new();
        for policy in &world.policies {
            if !on(policy, Direction::Tightens) {
                continue;
            }
            for effect in &policy.effects {
                let mut lifts = Vec::new();
                for lifter in &world.policies {
                    if !on(lifter, Direction::Loosens) {
                        continue;
                    }
                    for lift in &lifter.lifts {
                        if lift.policy == policy.id {
                            let reason = effect
                                .when_lifted
                                .map(|s| Rc::new(lifted(policy, effect, lifter, s)));
                            lifts.push((&lift.scope, reason));
                        }
                    }
                }
                let reason = Rc::new(Reason {
                    status: effect.status,
                    gate: effect.gate,
                    cause: Cause::Policy {
                        policy: policy.id.clone(),
                        lifted_by: None,
                    },
                    text: effect.reason.clone(),
                    sources: sources([&effect.sources, &policy.sources]),
                });
                let chips = world
                    .chips
                    .iter()
                    .map(|chip| {
                        (effect.scope.chips.is_empty() || effect.scope.chips.contains(&chip.id))
                            && (effect.scope.origins.is_empty()
                                || effect.scope.origins.contains(&chip.origin))
                    })
                    .collect();
                active.push(Active {
                    policy,
                    effect,
                    lifts,
                    reason,
                    chips,
                });
            }
        }
        let chip_limits = world.chips.iter().map(ChipLimits::new).collect();
        let ended = world
            .chips
            .iter()
            .map(|chip| {
                let end = chip.production_ended.as_ref()?;
                (end.date.as_str() <= scenario.date.as_str()).then(|| {
                    Rc::new(Reason {
                        status: Status::Limited,
                        gate: Gate::None,
                        cause: Cause::ProductionEnded {
                            chip: chip.id.clone(),
                        },
                        text: end.note.clone(),
                        sources: own_or_chip(&end.sources, chip),
                    })
                })
            })
            .collect();
        let mut lanes = vec![Vec::new(); Route::COUNT * Workload::COUNT];
        for route in Route::ALL {
            for workload in Workload::ALL {
                lanes[lane(route, workload)] = active
                    .iter()
                    .enumerate()
                    .filter(|(_, a)| {
                        let scope = &a.effect.scope;
                        (scope.routes.is_empty() || scope.routes.contains(&route))
                            && (scope.workloads.is_empty() || scope.workloads.contains(&workload))
                    })
                    .map(|(i, _)| i)
                    .collect();
            }
        }
        Rules {
            world,
            date: &scenario.date,
            active,
            chip_limits,
            lanes,
            stockpile_reasons: RefCell::new(Vec::new()),
            ended,
        }
    }

    /// A path is shown from its `since` date, before its `until` date, once its chip is on sale.
    fn shown(&self, path: &ReportedPath, chip_index: Option<usize>) -> bool {
        shown_at(self.world, path, chip_index, self.date)
    }

    fn chip_index(&self, id: &str) -> Option<usize> {
        self.world.chips.iter().position(|c| c.id == id)
    }

    fn path(
        &self,
        developer: &Developer,
        index: usize,
        path: &ReportedPath,
        chip_index: Option<usize>,
    ) -> PathOutcome {
        let chip = chip_index.map(|i| &self.world.chips[i]);
        let target = Target {
            developer,
            chip,
            chip_index,
            chip_id: &path.chip,
            workload: path.workload,
            route: path.route,
        };
        let mut reasons: Vec<Rc<Reason>> = Vec::new();
        if let Some(limits) = chip_index.map(|i| &self.chip_limits[i]) {
            reasons.extend(limits.weak[path.workload.index()].clone());
            if path.route == Route::Domestic {
                reasons.extend(limits.scarce.clone());
            }
        }
        for active in self.lane(path.route, path.workload) {
            if let Some(reason) = active.apply(&target) {
                reasons.push(Rc::clone(reason));
            }
        }
        match path.route {
            Route::Stockpile => reasons.extend(self.stockpile_reason(Target {
                route: Route::Import,
                ..target
            })),
            Route::Import => {
                reasons.extend(chip_index.and_then(|i| self.ended[i].clone()));
            }
            _ => {}
        }
        // Worst first; a stable sort keeps the order the rules produced them in for ties.
        sort_by_status(&mut reasons, |r| r.status, true);
        PathOutcome {
            developer: developer.id.clone(),
            workload: path.workload,
            chip: path.chip.clone(),
            route: path.route,
            reported: index,
            main: index != usize::MAX && path.main_at(self.date),
            modelled: path.modelled_at(self.date),
            status: reasons.first().map_or(Status::Open, |r| r.status),
            reasons,
        }
    }

    /// The active effects that can touch paths of this route and workload, in data order.
    fn lane(&self, route: Route, workload: Workload) -> impl Iterator<Item = &Active<'w>> {
        self.lanes[lane(route, workload)]
            .iter()
            .map(|&i| &self.active[i])
    }

    /// Rule 4: a stockpile cannot grow while importing the same chip is Blocked, or meets an
    /// unlifted effect that stops buying, or once the chip is no longer made.
    fn stockpile_reason(&self, import: Target) -> Option<Rc<Reason>> {
        let causing: Vec<usize> = self.lanes[lane(import.route, import.workload)]
            .iter()
            .copied()
            .filter(|&i| {
                let active = &self.active[i];
                active.apply(&import).is_some_and(|r| {
                    r.status == Status::Blocked
                        || (active.effect.stops_buying && Rc::ptr_eq(r, &active.reason))
                })
            })
            .collect();
        let ended = import.chip_index.and_then(|i| self.ended[i].as_ref());
        if causing.is_empty() && ended.is_none() {
            return None;
        }
        // Many stockpiles are held back by the same policies: build each reason once. (Whether
        // the chip's production has ended is a fact of the chip at this date: the key's chip.)
        let mut made = self.stockpile_reasons.borrow_mut();
        if let Some((_, reason)) = made
            .iter()
            .find(|((chip, by), _)| chip == import.chip_id && *by == causing)
        {
            return Some(Rc::clone(reason));
        }
        let effects: Vec<&Active> = causing.iter().map(|&i| &self.active[i]).collect();
        // Every cause is named, so a new blocker changes the words a reader sees too.
        let mut blocked = Vec::new();
        let mut whiles = Vec::new();
        for active in &effects {
            if active
                .apply(&import)
                .is_some_and(|r| r.status == Status::Blocked)
            {
                blocked.push(active.effect.reason.as_str());
            } else {
                whiles.push(msg::stockpile_while(&active.effect.reason));
            }
        }
        if !blocked.is_empty() {
            whiles.insert(
                0,
                msg::stockpile_while_blocked(&blocked.join(msg::why_separator())),
            );
        }
        let mut why = whiles.join(msg::stockpile_and());
        if let Some(ended) = ended {
            why = if why.is_empty() {
                msg::stockpile_ended(&ended.text)
            } else {
                msg::stockpile_why_ended(&why, &ended.text)
            };
        }
        let reason = Rc::new(Reason {
            status: Status::Limited,
            gate: effects.first().map_or(Gate::None, |a| a.effect.gate),
            cause: Cause::StockpileCannotGrow {
                chip: import.chip_id.clone(),
                blocked_by: effects.iter().map(|a| a.policy.id.clone()).collect(),
                production_ended: ended.is_some(),
            },
            text: msg::stockpile_cannot_grow(&why),
            sources: sources(
                effects
                    .iter()
                    .map(|a| &a.reason.sources)
                    .chain(ended.map(|r| &r.sources)),
            ),
        });
        made.push(((import.chip_id.clone(), causing), Rc::clone(&reason)));
        Some(reason)
    }
}

/// Whether a path is shown at `date`: from its `since`, before its `until`, once its chip (by
/// index in `world.chips`) is on sale.
fn shown_at(world: &World, path: &ReportedPath, chip_index: Option<usize>, date: &str) -> bool {
    path.shown_at(
        chip_index.and_then(|i| world.chips[i].available.as_deref()),
        date,
    )
}

/// The statuses of every path shown at every event date and at the record's "as of" date,
/// under the timeline's switches, in `Status` order: what the status legend must explain.
pub fn statuses_on_record(world: &World) -> Vec<Status> {
    let mut seen = [false; Status::COUNT];
    let dates = world
        .events
        .iter()
        .map(|e| e.date.as_str())
        .chain(std::iter::once(world.meta.as_of.as_str()));
    for date in dates {
        let evaluation = evaluate(world, &world.scenario_at(date));
        for path in evaluation.outcomes.iter().flat_map(|o| &o.paths) {
            seen[path.status.index()] = true;
        }
    }
    Status::ALL
        .into_iter()
        .filter(|s| seen[s.index()])
        .collect()
}

impl Active<'_> {
    /// Rule 3 for one effect: its reason for this path, the softer one left by the first lift
    /// that applies, or nothing (out of scope, or lifted away).
    fn apply(&self, target: &Target) -> Option<&Rc<Reason>> {
        if target.chip_index.is_some_and(|i| !self.chips[i]) || !target.in_scope(&self.effect.scope)
        {
            return None;
        }
        match self.lifts.iter().find(|(scope, _)| target.in_scope(scope)) {
            Some((_, lifted)) => lifted.as_ref(),
            None => Some(&self.reason),
        }
    }
}

/// The path a rule is matched against.
struct Target<'a> {
    developer: &'a Developer,
    chip: Option<&'a Chip>,
    /// Index in `world.chips`; `None` for a chip the world does not know.
    chip_index: Option<usize>,
    chip_id: &'a ChipId,
    workload: Workload,
    route: Route,
}

impl Target<'_> {
    /// Empty lists match everything.
    /// The cheap enum tests come first so that most effects are ruled out before any string
    /// comparison (this ordering is most of the evaluator's speed on large worlds).
    fn in_scope(&self, scope: &Scope) -> bool {
        scope_reaches(
            scope,
            self.developer,
            self.chip,
            self.chip_id,
            self.workload,
            self.route,
        )
    }
}

/// Whether a scope (an effect's or a lift's) reaches a developer's path through a chip, by one
/// route, for one workload. The evaluator's rule; the classroom's reasons (`story::why_nothing`)
/// ask it too, so that "X lifts it" is never said of a policy that reaches no path.
#[inline]
pub(crate) fn scope_reaches(
    scope: &Scope,
    developer: &Developer,
    chip: Option<&Chip>,
    chip_id: &ChipId,
    workload: Workload,
    route: Route,
) -> bool {
    (scope.routes.is_empty() || scope.routes.contains(&route))
        && (scope.workloads.is_empty() || scope.workloads.contains(&workload))
        && (!scope.exposed_only || developer.exposed)
        && (scope.origins.is_empty() || chip.is_some_and(|c| scope.origins.contains(&c.origin)))
        && (scope.chips.is_empty() || scope.chips.iter().any(|c| c == chip_id))
        && (scope.developers.is_empty() || scope.developers.contains(&developer.id))
}

impl ChipLimits {
    /// Rules 1 and 2: the chip's own limits.
    fn new(chip: &Chip) -> Self {
        let weak = |workload: Workload| {
            let fit = match workload {
                Workload::Training => &chip.training,
                Workload::Inference => &chip.inference,
            };
            (fit.fitness == Fitness::Weak).then(|| {
                Rc::new(Reason {
                    status: Status::Limited,
                    gate: Gate::None,
                    cause: Cause::ChipFitness {
                        chip: chip.id.clone(),
                    },
                    text: fit
                        .note
                        .clone()
                        .unwrap_or_else(|| msg::reported_weak(workload.word())),
                    sources: own_or_chip(&fit.sources, chip),
                })
            })
        };
        let scarce = chip.scarce.as_ref().map(|scarce| {
            Rc::new(Reason {
                status: Status::Limited,
                gate: Gate::None,
                cause: Cause::ChipSupply {
                    chip: chip.id.clone(),
                },
                text: scarce
                    .note
                    .clone()
                    .unwrap_or_else(|| msg::supply_scarce().to_string()),
                sources: own_or_chip(&scarce.sources, chip),
            })
        });
        ChipLimits {
            weak: Workload::ALL.map(weak),
            scarce,
        }
    }
}

/// A fact's own sources, else the chip's.
fn own_or_chip(own: &[SourceId], chip: &Chip) -> Vec<SourceId> {
    if own.is_empty() {
        chip.sources.clone()
    } else {
        own.to_vec()
    }
}

fn lifted(policy: &Policy, effect: &Effect, lifter: &Policy, status: Status) -> Reason {
    Reason {
        status,
        gate: effect.gate,
        cause: Cause::Policy {
            policy: policy.id.clone(),
            lifted_by: Some(lifter.id.clone()),
        },
        text: effect
            .lifted_reason
            .clone()
            .unwrap_or_else(|| effect.reason.clone()),
        sources: sources([&effect.sources, &policy.sources, &lifter.sources]),
    }
}

/// Source ids from several lists, first occurrence kept.
fn sources<'a>(lists: impl IntoIterator<Item = &'a Vec<SourceId>>) -> Vec<SourceId> {
    let mut out: Vec<SourceId> = Vec::new();
    for id in lists.into_iter().flatten() {
        if !out.contains(id) {
            out.push(id.clone());
        }
    }
    out
}

/// Sorts by status, best first (or, with `worst_first`, worst first); ties keep their order.
/// A counting sort over the statuses: linear, and smaller in the wasm than std's driftsort
/// per element type (the figures, as last measured, are in docs/size.md). Lists already in
/// order (most reason lists hold one or two) are left as they are without allocating.
pub fn sort_by_status<T>(items: &mut Vec<T>, status: impl Fn(&T) -> Status, worst_first: bool) {
    let rank = |item: &T| {
        let rank = status(item).index();
        if worst_first {
            Status::COUNT - 1 - rank
        } else {
            rank
        }
    };
    if items
        .windows(2)
        .all(|pair| rank(&pair[0]) <= rank(&pair[1]))
    {
        return;
    }
    let mut buckets: [Vec<T>; Status::COUNT] = Default::default();
    for item in items.drain(..) {
        buckets[rank(&item)].push(item);
    }
    for bucket in buckets {
        items.extend(bucket);
    }
}

/// A stable insertion sort, for the short lists the view sorts (a column of switches, the
/// presets). Same result as `sort_by`, with less wasm per element type than std's driftsort
/// (docs/size.md). The evaluator sorts by status instead ([`sort_by_status`]): on long lists
/// an insertion sort's moves of whole paths cost more time than std's (benches/evaluate.rs).
pub fn sort_short_by<T>(items: &mut [T], compare: impl Fn(&T, &T) -> std::cmp::Ordering) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && compare(&items[j - 1], &items[j]) == std::cmp::Ordering::Greater {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// `sort_short_by` comparing a key: same result as `sort_by_key`.
pub fn sort_short_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    sort_short_by(items, |a, b| key(a).cmp(&key(b)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_sort_matches_std_stable_sort() {
        // Every arrangement of a list with ties: same order as std's stable sort.
        let keys = [3u8, 1, 2, 1, 3, 0, 2];
        for rotation in 0..keys.len() {
            let mut items: Vec<(u8, usize)> = keys.iter().copied().zip(0..).collect();
            items.rotate_left(rotation);
            let mut expected = items.clone();
            expected.sort_by_key(|&(k, _)| k);
            let mut reversed = items.clone();
            reversed.sort_by_key(|&(k, _)| std::cmp::Reverse(k));
            sort_short_by_key(&mut items, |&(k, _)| k);
            assert_eq!(items, expected);
            let mut worst_first: Vec<(u8, usize)> = keys.iter().copied().zip(0..).collect();
            worst_first.rotate_left(rotation);
            sort_short_by_key(&mut worst_first, |&(k, _)| std::cmp::Reverse(k));
            assert_eq!(worst_first, reversed);
        }
        let mut empty: Vec<u8> = Vec::new();
        sort_short_by_key(&mut empty, |&k| k);
        assert!(empty.is_empty());
    }

    #[test]
    fn sorting_by_status_is_stable_both_ways() {
        use Status::*;
        let statuses = [
            Blocked, Open, Limited, Open, AtRisk, Friction, Blocked, Limited,
        ];
        for rotation in 0..statuses.len() {
            let mut items: Vec<(Status, usize)> = statuses.iter().copied().zip(0..).collect();
            items.rotate_left(rotation);
            let mut best_first = items.clone();
            sort_by_status(&mut best_first, |&(s, _)| s, false);
            let mut expected = items.clone();
            expected.sort_by_key(|&(s, _)| s);
            assert_eq!(best_first, expected);
            let mut worst_first = items.clone();
            sort_by_status(&mut worst_first, |&(s, _)| s, true);
            items.sort_by_key(|&(s, _)| std::cmp::Reverse(s));
            assert_eq!(worst_first, items);
        }
    }

    use crate::test_world as world;

    fn main_status(eval: &Evaluation, developer: &str, workload: Workload) -> Option<Status> {
        eval.outcome(developer, workload).and_then(|o| o.status())
    }

    #[test]
    fn every_developer_gets_training_then_inference() {
        let world = world();
        let eval = evaluate(world, &world.default_scenario());
        assert_eq!(eval.outcomes.len(), world.developers.len() * 2);
        assert_eq!(eval.outcomes[0].workload, Workload::Training);
        assert_eq!(eval.outcomes[1].workload, Workload::Inference);
    }

    #[test]
    fn the_main_path_comes_first_then_the_others_best_first() {
        let world = world();
        let eval = evaluate(world, &world.default_scenario());
        for outcome in &eval.outcomes {
            let others = match outcome.main() {
                Some(_) => &outcome.paths[1..],
                None => &outcome.paths[..],
            };
            assert!(others.iter().all(|p| !p.main), "one main path at most");
            assert!(others.windows(2).all(|w| w[0].status <= w[1].status));
            for path in &outcome.paths {
                assert_eq!(
                    path.status,
                    path.reasons.first().map_or(Status::Open, |r| r.status)
                );
                assert!(path.reasons.windows(2).all(|w| w[0].status >= w[1].status));
            }
        }
    }

    #[test]
    fn a_stockpile_cannot_grow_once_imports_are_blocked() {
        let world = world();
        // With the Oct 2023 rule switched off an H800 stockpile could grow; with it, it cannot.
        // (Moonshot's H800 training is reported from Jul 2025, after the rule.)
        let after = evaluate(world, &world.scenario_at("2025-07-31"));
        let mut without = world.scenario_at("2025-07-31");
        without.on.remove("h800-rule");
        let before = evaluate(world, &without);
        assert_eq!(
            main_status(&before, "moonshot", Workload::Training),
            Some(Status::Open)
        );
        assert_eq!(
            main_status(&after, "moonshot", Workload::Training),
            Some(Status::Limited)
        );
        let reason = &after
            .outcome("moonshot", Workload::Training)
            .and_then(|o| o.main())
            .expect("moonshot has a training path")
            .reasons[0];
        assert!(
            matches!(&reason.cause, Cause::StockpileCannotGrow { blocked_by, .. } if blocked_by == &["h800-rule".to_string()])
        );
    }

    #[test]
    fn lifting_leaves_the_when_lifted_status() {
        let world = world();
        let mut scenario = world.scenario_at("2025-08-14");
        let developer = world.developer("bytedance").expect("bytedance");
        let h20 = ReportedPath {
            workload: Workload::Inference,
            chip: "h20".into(),
            route: Route::Import,
            claim: String::new(),
            sources: vec![],
            disputed: false,
            since: "2022".into(),
            until: None,
            main_from: None,
            main_until: None,
            modelled: false,
            modelled_until: None,
            updates: vec![],
        };
        let lifted = evaluate_path(world, &scenario, developer, &h20);
        assert!(lifted.reasons.iter().any(|r| r.cause
            == Cause::Policy {
                policy: "h20-licence".into(),
                lifted_by: Some("h20-allowed".into())
            }
            && r.status == Status::Friction));
        scenario.on.remove("h20-allowed");
        assert_eq!(
            evaluate_path(world, &scenario, developer, &h20).status,
            Status::Blocked
        );
    }

    #[test]
    fn two_gates_on_an_import() {
        let world = world();
        // Tencent's H200 import is on the record from its approval (28 Jan 2026); the same
        // path, asked about a fortnight earlier, shows the gates as they stood.
        let developer = world.developer("tencent").expect("tencent");
        let h200 = developer
            .paths
            .iter()
            .find(|p| p.chip == "h200")
            .expect("tencent h200 path");
        let gates = |date: &str| {
            let path = evaluate_path(world, &world.scenario_at(date), developer, h200);
            (
                path.gate_status(Gate::UsExport),
                path.gate_status(Gate::ChinaImport),
                path.gate_status(Gate::None),
            )
        };
        // 13 Jan: announced but not yet licensable; customs checks Nvidia chips (friction).
        assert_eq!(
            gates("2026-01-13"),
            (Status::Blocked, Status::Friction, Status::Open)
        );
        // 14 Jan: announced but not yet licensable; customs says not permitted.
        assert_eq!(
            gates("2026-01-14"),
            (Status::Blocked, Status::Blocked, Status::Open)
        );
        // 15 Jan: Washington licenses case by case; Beijing's customs still says no.
        assert_eq!(
            gates("2026-01-15"),
            (Status::Friction, Status::Blocked, Status::Open)
        );
    }

    #[test]
    fn paths_are_hidden_before_the_record_shows_them() {
        let world = world();
        let eval = evaluate(world, &world.scenario_at("2023-01-01"));
        let tencent = eval
            .outcome("tencent", Workload::Inference)
            .expect("tencent inference");
        // Its inference paths use the H20 (on sale from 2024) and the H200 (reported from Dec 2025).
        assert!(tencent.paths.is_empty());
    }
}
