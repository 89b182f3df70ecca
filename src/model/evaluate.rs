//! The evaluator: for a scenario, every reported path's status with the reasons for it.
//!
//! The rules, in the order a path meets them:
//! 1. a chip reported weak at the workload makes the path Limited;
//! 2. a domestic chip in scarce supply makes a domestic path Limited;
//! 3. each tightening policy that is on adds its matching effects — unless a loosening policy
//!    that is on lifts them for this path, which leaves the effect's `when_lifted` status or
//!    nothing;
//! 4. a stockpile cannot grow while importing the same chip would be Blocked: Limited.
//!
//! The path's status is its worst reason (Open without reasons). Switching a tightening policy
//! on only adds reasons and switching a loosening policy on only softens them, so the model is
//! monotone; `tests/properties.rs` checks it over all switches.

use super::outcome::{Cause, Evaluation, Outcome, PathOutcome, Reason, Scenario};
use super::types::{
    Chip, Developer, Direction, Effect, Fitness, Gate, Policy, ReportedPath, Route, Scope, Status,
    Workload, World,
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
                .filter(|(_, p)| p.workload == workload && rules.shown(p))
                .map(|(index, path)| rules.path(developer, index, path))
                .collect();
            // Stable: ties keep data-file order.
            paths.sort_by_key(|p| p.status);
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
    Rules::new(world, scenario).path(developer, usize::MAX, path)
}

/// The scenario's switches, resolved once per evaluation: the effects in force, each with the
/// lifts that can soften it and its reasons prepared, so a path only matches and copies.
struct Rules<'w> {
    world: &'w World,
    date: &'w str,
    /// Effects of tightening policies that are on, in data order.
    active: Vec<Active<'w>>,
}

struct Active<'w> {
    policy: &'w Policy,
    effect: &'w Effect,
    /// Lifts of this policy by loosening policies that are on, in data order, each with the
    /// reason left behind (`None`: lifting removes the effect).
    lifts: Vec<(&'w Scope, Option<Reason>)>,
    /// The reason when not lifted.
    reason: Reason,
}

impl<'w> Rules<'w> {
    fn new(world: &'w World, scenario: &'w Scenario) -> Self {
        let on = |direction: Direction| {
            world
                .policies
                .iter()
                .filter(move |p| p.direction == direction && scenario.on.contains(&p.id))
        };
        let mut active = Vec::new();
        for policy in on(Direction::Tightens) {
            for effect in &policy.effects {
                let lifts = on(Direction::Loosens)
                    .flat_map(|lifter| {
                        lifter
                            .lifts
                            .iter()
                            .filter(|l| l.policy == policy.id)
                            .map(move |l| {
                                let reason = effect
                                    .when_lifted
                                    .map(|s| lifted(policy, effect, lifter, s));
                                (&l.scope, reason)
                            })
                    })
                    .collect();
                let reason = Reason {
                    status: effect.status,
                    gate: effect.gate,
                    cause: Cause::Policy {
                        policy: policy.id.clone(),
                        lifted_by: None,
                    },
                    text: effect.reason.clone(),
                    sources: sources([&effect.sources, &policy.sources]),
                };
                active.push(Active {
                    policy,
                    effect,
                    lifts,
                    reason,
                });
            }
        }
        Rules {
            world,
            date: &scenario.date,
            active,
        }
    }

    /// A path is not shown before the record shows it, nor before its chip was on sale.
    fn shown(&self, path: &ReportedPath) -> bool {
        let chip_from = self
            .world
            .chip(&path.chip)
            .and_then(|c| c.available.as_deref());
        [path.since.as_deref(), chip_from]
            .into_iter()
            .flatten()
            .all(|from| from <= self.date)
    }

    fn path(&self, developer: &Developer, index: usize, path: &ReportedPath) -> PathOutcome {
        let chip = self.world.chip(&path.chip);
        let target = Target {
            developer,
            chip,
            chip_id: &path.chip,
            workload: path.workload,
            route: path.route,
        };
        let mut reasons = Vec::new();
        if let Some(chip) = chip {
            chip_reasons(&mut reasons, chip, path.workload, path.route);
        }
        for active in &self.active {
            if let Some(reason) = active.apply(&target) {
                reasons.push(reason.clone());
            }
        }
        if path.route == Route::Stockpile {
            reasons.extend(self.stockpile_reason(Target {
                route: Route::Import,
                ..target
            }));
        }
        // Worst first; a stable sort keeps the order the rules produced them in for ties.
        reasons.sort_by_key(|r| std::cmp::Reverse(r.status));
        PathOutcome {
            developer: developer.id.clone(),
            workload: path.workload,
            chip: path.chip.clone(),
            route: path.route,
            reported: index,
            status: reasons.first().map_or(Status::Open, |r| r.status),
            reasons,
        }
    }

    /// Rule 4: a stockpile cannot grow while importing the same chip is Blocked.
    fn stockpile_reason(&self, import: Target) -> Option<Reason> {
        let blocking: Vec<&Active> = self
            .active
            .iter()
            .filter(|a| {
                a.apply(&import)
                    .is_some_and(|r| r.status == Status::Blocked)
            })
            .collect();
        let first = blocking.first()?;
        Some(Reason {
            status: Status::Limited,
            gate: first.effect.gate,
            cause: Cause::StockpileCannotGrow {
                chip: import.chip_id.to_string(),
                blocked_by: blocking.iter().map(|a| a.policy.id.clone()).collect(),
            },
            text: format!(
                "its stockpile cannot grow while new imports are blocked ({})",
                first.effect.reason
            ),
            sources: sources(blocking.iter().map(|a| &a.reason.sources)),
        })
    }
}

impl Active<'_> {
    /// Rule 3 for one effect: its reason for this path, the softer one left by the first lift
    /// that applies, or nothing (out of scope, or lifted away).
    fn apply(&self, target: &Target) -> Option<&Reason> {
        if !target.in_scope(&self.effect.scope) {
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
    chip_id: &'a str,
    workload: Workload,
    route: Route,
}

impl Target<'_> {
    /// Empty lists match everything.
    fn in_scope(&self, scope: &Scope) -> bool {
        (scope.chips.is_empty() || scope.chips.iter().any(|c| c == self.chip_id))
            && (scope.origins.is_empty()
                || self.chip.is_some_and(|c| scope.origins.contains(&c.origin)))
            && (scope.routes.is_empty() || scope.routes.contains(&self.route))
            && (scope.workloads.is_empty() || scope.workloads.contains(&self.workload))
            && (scope.developers.is_empty() || scope.developers.contains(&self.developer.id))
            && (!scope.exposed_only || self.developer.exposed)
    }
}

/// Rules 1 and 2: the chip's own limits.
fn chip_reasons(reasons: &mut Vec<Reason>, chip: &Chip, workload: Workload, route: Route) {
    let fit = match workload {
        Workload::Training => &chip.training,
        Workload::Inference => &chip.inference,
    };
    if fit.fitness == Fitness::Weak {
        reasons.push(Reason {
            status: Status::Limited,
            gate: Gate::None,
            cause: Cause::ChipFitness {
                chip: chip.id.clone(),
            },
            text: fit
                .note
                .clone()
                .unwrap_or_else(|| format!("reported weak at {}", workload.slug())),
            sources: own_or_chip(&fit.sources, chip),
        });
    }
    if route == Route::Domestic {
        if let Some(scarce) = &chip.scarce {
            reasons.push(Reason {
                status: Status::Limited,
                gate: Gate::None,
                cause: Cause::ChipSupply {
                    chip: chip.id.clone(),
                },
                text: scarce
                    .note
                    .clone()
                    .unwrap_or_else(|| "supply is scarce".to_string()),
                sources: own_or_chip(&scarce.sources, chip),
            });
        }
    }
}

/// A fact's own sources, else the chip's.
fn own_or_chip(own: &[String], chip: &Chip) -> Vec<String> {
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
fn sources<'a>(lists: impl IntoIterator<Item = &'a Vec<String>>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for id in lists.into_iter().flatten() {
        if !out.contains(id) {
            out.push(id.clone());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn world() -> &'static World {
        World::embedded().expect("embedded data is valid")
    }

    fn best(eval: &Evaluation, developer: &str, workload: Workload) -> Option<Status> {
        eval.outcomes
            .iter()
            .find(|o| o.developer == developer && o.workload == workload)
            .and_then(|o| o.status())
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
    fn paths_are_sorted_best_first_and_status_is_the_worst_reason() {
        let world = world();
        let eval = evaluate(world, &world.default_scenario());
        for outcome in &eval.outcomes {
            assert!(outcome.paths.windows(2).all(|w| w[0].status <= w[1].status));
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
        // Before the Oct 2023 rule an H800 stockpile can grow; after it, it cannot.
        let before = evaluate(world, &world.scenario_at("2023-10-22"));
        let after = evaluate(world, &world.scenario_at("2023-10-23"));
        assert_eq!(
            best(&before, "moonshot", Workload::Training),
            Some(Status::Open)
        );
        assert_eq!(
            best(&after, "moonshot", Workload::Training),
            Some(Status::Limited)
        );
        let reason = &after
            .outcomes
            .iter()
            .find(|o| o.developer == "moonshot" && o.workload == Workload::Training)
            .and_then(|o| o.best())
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
            since: None,
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
        // 15 Jan 2026: Washington licenses the H200 case by case; Beijing's customs still
        // says no.
        let eval = evaluate(world, &world.scenario_at("2026-01-15"));
        let h200 = eval
            .outcome("tencent", Workload::Inference)
            .and_then(|o| o.paths.iter().find(|p| p.chip == "h200"))
            .expect("tencent h200 path");
        assert_eq!(h200.gate_status(Gate::UsExport), Status::Friction);
        assert_eq!(h200.gate_status(Gate::ChinaImport), Status::Blocked);
        assert_eq!(h200.gate_status(Gate::None), Status::Open);
    }

    #[test]
    fn paths_are_hidden_before_the_record_shows_them() {
        let world = world();
        let eval = evaluate(world, &world.scenario_at("2023-01-01"));
        let tencent = eval
            .outcomes
            .iter()
            .find(|o| o.developer == "tencent" && o.workload == Workload::Inference)
            .expect("tencent inference");
        // Its inference paths use the H20 (on sale from 2024) and the H200 (reported from Dec 2025).
        assert!(tencent.paths.is_empty());
    }
}
