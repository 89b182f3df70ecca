//! Properties over switch combinations: evaluation is deterministic, a tightening switch never
//! improves a path and a loosening one never worsens one, and every status other than Open
//! carries at least one reason with known sources.
//!
//! There are more than 16 policies, so: exhaustive over two overlapping families of 12 that
//! act on the same paths (every subset, every single flip), plus seeded random subsets of all
//! policies flipped one at a time, at every preset's date.

use chip_paths::model::{evaluate, Direction, Evaluation, Scenario, Status, World};
use chip_paths::model::{IdSet, PolicyId};

mod common;
use common::world;

/// The paths' statuses in a fixed order (developer, workload, reported index). The date fixes
/// which paths exist, so two scenarios at one date give vectors of the same paths.
fn statuses(eval: &Evaluation) -> Vec<((usize, usize), Status)> {
    let mut all: Vec<_> = eval
        .outcomes
        .iter()
        .enumerate()
        .flat_map(|(i, o)| o.paths.iter().map(move |p| ((i, p.reported), p.status)))
        .collect();
    all.sort_unstable();
    all
}

fn scenario(date: &str, on: impl IntoIterator<Item = impl Into<PolicyId>>) -> Scenario {
    Scenario {
        date: date.to_string(),
        on: on.into_iter().collect(),
    }
}

/// A small deterministic generator (xorshift64*), so failures reproduce.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
}

/// Checks that flipping `policy` from off (`without`) to on (`with`) moves every path the way
/// the policy's direction says.
fn check_flip(
    world: &World,
    policy: &str,
    without: &Evaluation,
    with: &Evaluation,
) -> Result<(), String> {
    let direction = world
        .policy(policy)
        .map(|p| p.direction)
        .ok_or("unknown policy")?;
    let (before, after) = (statuses(without), statuses(with));
    if before.len() != after.len() {
        return Err(format!("switching {policy} changed which paths exist"));
    }
    for ((key, old), (_, new)) in before.iter().zip(&after) {
        let wrong = match direction {
            Direction::Tightens => new < old,
            Direction::Loosens => new > old,
        };
        if wrong {
            return Err(format!(
                "switching on {policy} ({direction:?}) moved {key:?} from {old:?} to {new:?}"
            ));
        }
    }
    Ok(())
}

fn check_reasons(world: &World, eval: &Evaluation) -> Result<(), String> {
    for path in eval.outcomes.iter().flat_map(|o| &o.paths) {
        if (path.status == Status::Open) != path.reasons.is_empty() {
            return Err(format!(
                "{} {}: status {:?} with {} reasons",
                path.developer,
                path.chip,
                path.status,
                path.reasons.len()
            ));
        }
        for reason in &path.reasons {
            if reason.sources.is_empty() {
                return Err(format!(
                    "{} {}: reason “{}” has no source",
                    path.developer, path.chip, reason.text
                ));
            }
            if let Some(bad) = reason.sources.iter().find(|s| world.source(s).is_none()) {
                return Err(format!(
                    "{} {}: reason cites unknown source {bad}",
                    path.developer, path.chip
                ));
            }
        }
    }
    Ok(())
}

/// Two overlapping families of policies that act on the same paths: the H20/H800/Ascend story
/// and the H200/Beijing story. Within each, every subset is evaluated and every single flip is
/// checked; the random test below mixes all policies.
const FAMILIES: [&[&str]; 2] = [
    &[
        "advanced-chips-licence",
        "h800-rule",
        "h20-licence",
        "h20-allowed",
        "h20-revenue-share",
        "cac-h20-security",
        "purchase-justification",
        "ascend-guidance",
        "us-chips-training-guidance",
        "diffusion-rule",
        "state-dc-domestic",
        "deepseek-listed",
    ],
    &[
        "advanced-chips-licence",
        "h20-licence",
        "h200-case-by-case",
        "h200-customs-block",
        "h200-import-approvals",
        "h200-revenue-share",
        "bytedance-nvidia-bar",
        "rtx-stop-order",
        "customs-checks",
        "h200-licences-stalled",
        "h200-us-approvals",
        "deepseek-h200-approval",
        "h200-china-declines",
    ],
];

#[test]
fn exhaustive_over_each_family_of_policies() {
    let world = world();
    // The latest date shows every path.
    let date = world.latest();
    for family in FAMILIES {
        for id in family {
            assert!(world.policy(id).is_some(), "{id} is not a policy");
        }
        let count = 1usize << family.len();
        let table: Vec<Vec<Status>> = (0..count)
            .map(|mask| {
                let on = family
                    .iter()
                    .enumerate()
                    .filter(|(bit, _)| mask & (1 << bit) != 0)
                    .map(|(_, id)| id.to_string());
                let eval = evaluate(world, &scenario(date, on));
                statuses(&eval).into_iter().map(|(_, s)| s).collect()
            })
            .collect();
        let mut failures = Vec::new();
        for (bit, id) in family.iter().enumerate() {
            let tightens = world.policy(id).map(|p| p.direction) == Some(Direction::Tightens);
            for mask in (0..count).filter(|m| m & (1 << bit) == 0) {
                let (off, on) = (&table[mask], &table[mask | (1 << bit)]);
                let wrong = off
                    .iter()
                    .zip(on)
                    .any(|(a, b)| if tightens { b < a } else { b > a });
                if wrong && failures.len() < 5 {
                    failures.push(format!("{id} flipped on from switch set {mask:#05x}"));
                }
            }
        }
        assert!(failures.is_empty(), "{failures:?}");
    }
}

#[test]
fn random_subsets_of_all_policies_at_every_preset() {
    let world = world();
    let ids: Vec<&str> = world.policies.iter().map(|p| p.id.as_str()).collect();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut dates: Vec<&str> = world.presets.iter().map(|p| p.date.as_str()).collect();
    dates.push(world.earliest());
    for date in dates {
        let mut bases: Vec<IdSet<PolicyId>> = vec![world.switches_at(date), IdSet::new()];
        bases.extend((0..12).map(|_| {
            let bits = rng.next();
            ids.iter()
                .enumerate()
                .filter(|(i, _)| bits & (1 << i) != 0)
                .map(|(_, id)| id.to_string())
                .collect()
        }));
        for base in bases {
            for id in &ids {
                let mut without = base.clone();
                without.remove(id);
                let mut with = without.clone();
                with.insert(id.to_string());
                let (a, b) = (
                    evaluate(world, &scenario(date, without)),
                    evaluate(world, &scenario(date, with)),
                );
                check_flip(world, id, &a, &b).unwrap_or_else(|e| panic!("at {date}: {e}"));
                check_reasons(world, &b).unwrap_or_else(|e| panic!("at {date}: {e}"));
            }
        }
    }
}

#[test]
fn evaluation_is_deterministic() {
    let world = world();
    let mut rng = Rng(42);
    for preset in &world.presets {
        let mut on = world.switches_at(&preset.date);
        on.extend(
            world
                .policies
                .iter()
                .filter(|_| rng.next() % 3 == 0)
                .map(|p| p.id.clone()),
        );
        let scenario = scenario(&preset.date, on);
        let first = evaluate(world, &scenario);
        assert_eq!(first, evaluate(world, &scenario));
        // The same switches in a freshly built world copy give the same answer too.
        assert_eq!(first, evaluate(&world.clone(), &scenario.clone()));
    }
}

#[test]
fn every_preset_scenario_has_sourced_reasons() {
    let world = world();
    for preset in &world.presets {
        let eval = evaluate(world, &world.scenario_at(&preset.date));
        check_reasons(world, &eval).unwrap_or_else(|e| panic!("{}: {e}", preset.id));
    }
}

#[test]
fn every_switch_matters_somewhere() {
    // A switch that changes nothing with everything else on or off is dead weight in the widget
    // or a scope typo in the data. The exception: a policy whose reported scope reaches none of
    // these developers' paths: it must say so in its `scope_note`, which the change sentence
    // shows (the state-funded data-centre rule; the Entity listings of Zhipu and iFlytek, which
    // have no reported US-origin path: the note says so, audit12 F6).
    let world = world();
    let all: IdSet<PolicyId> = world.policies.iter().map(|p| p.id.clone()).collect();
    for policy in &world.policies {
        if policy.effects.is_empty() && policy.lifts.is_empty() {
            assert!(
                policy.scope_note.is_some(),
                "{} reaches no path and does not say whom it reaches",
                policy.id
            );
            continue;
        }
        let moved = [IdSet::new(), all.clone(), world.switches_at(world.latest())]
            .into_iter()
            .any(|base| {
                let mut without = base.clone();
                without.remove(&policy.id);
                let mut with = without.clone();
                with.insert(policy.id.clone());
                let date = world.latest();
                evaluate(world, &scenario(date, without)) != evaluate(world, &scenario(date, with))
            });
        assert!(
            moved || policy.scope_note.is_some(),
            "{} changes nothing and does not say whom it reaches",
            policy.id
        );
    }
}

/// No main path is shown as a reported fact before its evidence: where a path is main from a
/// date earlier than every one of its sources (a later report dating the use back, as the FT's
/// November 2025 account of renting abroad "after April 2025" does), it is our assumption
/// (`modelled`) until the first source's date. And the evaluator marks it so at those dates,
/// and not once the report exists (walk10 / audit9 F9, 2026-12-04).
#[test]
fn no_main_path_is_reported_before_its_evidence() {
    let world = world();
    // "2025-04" and "2025-11-26" compare on their common prefix, as the validator's dates do.
    let before = |a: &str, b: &str| {
        let n = a.len().min(b.len());
        a[..n] < b[..n]
    };
    let mut dated_back = 0;
    for developer in &world.developers {
        for path in &developer.paths {
            let Some(from) = path.main_from.as_deref() else {
                continue;
            };
            let Some(first) = path
                .sources
                .iter()
                .filter_map(|id| world.source(id))
                .map(|s| s.date.as_str())
                .min()
            else {
                continue;
            };
            if !before(from, first) {
                continue;
            }
            dated_back += 1;
            let what = format!("{} {:?} {}", developer.id, path.workload, path.chip);
            assert!(
                path.modelled_at(from),
                "{what}: main from {from}, reported {first}"
            );
            let until = path.modelled_until.as_deref();
            assert!(
                until.is_none_or(|until| !before(until, first)),
                "{what}: an assumption until {until:?}, before its report of {first}"
            );
            // The evaluation's mark follows: modelled on the day it becomes main, reported on
            // the report's day when the assumption ends then.
            for (date, modelled) in [(from, true), (first, until.is_none())] {
                let eval = evaluate(world, &world.scenario_at(date));
                let main = eval
                    .outcomes
                    .iter()
                    .filter(|o| o.developer == developer.id && o.workload == path.workload)
                    .find_map(|o| o.main())
                    .expect("a main path");
                if developer.paths.get(main.reported) == Some(path) {
                    assert_eq!(main.modelled, modelled, "{what} at {date}");
                }
            }
        }
    }
    assert!(
        dated_back > 0,
        "the record dates some path back (renting abroad)"
    );
}

/// A path's claim says "our assumption" exactly when the path is `modelled`: the flag is what
/// the page, the change sentences and the downloads read, so a claim that hedges its chip or
/// its use without the flag would be shown as a reported fact where the claim is not read
/// (a cell, a fallback line, a CSV row), and a flag without the words would leave the details
/// panel unable to say what is assumed (audit11 A9/A10, 2026-12-04).
#[test]
fn a_path_says_our_assumption_exactly_when_it_is_modelled() {
    let world = world();
    let mut modelled = 0;
    for developer in &world.developers {
        for (i, path) in developer.paths.iter().enumerate() {
            let says = path.claim.contains("our assumption");
            assert_eq!(
                says,
                path.modelled,
                "developer {:?}: path {} ({:?}, {:?}): claim {:?}, modelled = {}",
                developer.id,
                i + 1,
                path.workload,
                path.chip,
                path.claim,
                path.modelled
            );
            modelled += usize::from(path.modelled);
        }
    }
    // The A800s, H20 fleets, rented chips, Ascend models, H200 and H20 imports of the record.
    assert!(modelled >= 20, "only {modelled} modelled paths");
}

/// audit11 A2: a fallback whose path is our assumption at the view's date (the data's
/// `modelled`, until `modelled_until`) is never shown as a reported one: on the record and under
/// every single flip, at every event date, the CSV marks it "(modelled)", the JSON says
/// `fallback_modelled`, and the change sentence that announces it (a move from the event date
/// before, the same switch flipped) says it is our assumption; a reported fallback is not
/// marked. Judged from the data's own flag, not from the evaluator's.
#[test]
fn no_fallback_is_shown_unmarked_when_its_path_is_modelled() {
    use chip_paths::model::{describe, diff, export, path_name, Workload};
    let world = world();
    let mut dates: Vec<&str> = world.events.iter().map(|e| e.date.as_str()).collect();
    dates.push(&world.meta.as_of);
    dates.sort_unstable();
    dates.dedup();
    let (mut marked, mut plain, mut said) = (0, 0, 0);
    for flip in std::iter::once(None).chain(world.policies.iter().map(Some)) {
        let mut previous: Option<Evaluation> = None;
        for &date in &dates {
            let mut scenario = world.scenario_at(date);
            if let Some(policy) = flip {
                if !scenario.on.remove(&policy.id) {
                    scenario.on.insert(policy.id.clone());
                }
            }
            let eval = evaluate(world, &scenario);
            let csv = export::to_csv(world, &scenario, &eval);
            let json: serde_json::Value =
                serde_json::from_str(&export::to_json(world, &scenario, &eval)).expect("JSON");
            let sentence = previous
                .as_ref()
                .and_then(|before| describe(world, &diff(world, before, &eval), None))
                .unwrap_or_default();
            let lines: Vec<&str> = csv.trim_end().split("\r\n").skip(1).collect();
            for (i, outcome) in eval.outcomes.iter().enumerate() {
                let Some(fallback) = outcome.fallback() else {
                    continue;
                };
                let developer = world.developer(&outcome.developer).expect("developer");
                let modelled = developer.paths[fallback.reported].modelled_at(date);
                let name = path_name(world, &fallback.chip, fallback.route);
                let status = fallback.status.label();
                let what = format!(
                    "{} {:?} at {date}, {:?} flipped",
                    developer.id,
                    outcome.workload,
                    flip.map(|p| &p.id)
                );
                assert_eq!(json["outcomes"][i]["fallback_modelled"], modelled, "{what}");
                let field = if modelled {
                    format!(",\"{name} (modelled) — {status}\",")
                } else {
                    format!(",\"{name} — {status}\",")
                };
                assert!(lines[i].contains(&field), "{what}: {}", lines[i]);
                if modelled {
                    marked += 1;
                } else {
                    plain += 1;
                }
                let article = match outcome.workload {
                    Workload::Inference => "an inference",
                    _ => "a training",
                };
                let news = format!(
                    "{} now has {article} fallback: {name} ({})",
                    developer.name,
                    fallback.status.word()
                );
                if let Some(at) = sentence.find(&news) {
                    let rest = &sentence[at + news.len()..];
                    assert_eq!(
                        rest.starts_with("; which chip, which use or since when is our assumption"),
                        modelled,
                        "{what}: {sentence}"
                    );
                    said += usize::from(modelled);
                }
            }
            previous = Some(eval);
        }
    }
    // The record announces modelled fallbacks (the H200 import approvals, filed under
    // training by our assumption, from 28 Jan 2026), so the sentence check is exercised by the
    // data, not only by diff.rs's own case.
    assert!(
        marked > 0 && plain > 0 && said > 0,
        "{marked} marked, {plain} reported, {said} sentences"
    );
}

type Flip<'w> = (
    String,
    &'w chip_paths::model::Policy,
    bool,
    String,
    Vec<chip_paths::model::Change>,
);

/// Every single switch flip at every event date and at the record's "as of" date, from the
/// timeline's switches: (date, policy, its new position, the explorer's sentence, the changes).
fn every_single_flip(world: &World) -> Vec<Flip<'_>> {
    use chip_paths::model::{describe, diff};
    let mut dates: Vec<&str> = world.events.iter().map(|e| e.date.as_str()).collect();
    dates.push(&world.meta.as_of);
    dates.sort_unstable();
    dates.dedup();
    let mut out = Vec::new();
    for &date in &dates {
        let before = world.scenario_at(date);
        let was = evaluate(world, &before);
        for policy in &world.policies {
            let mut after = before.clone();
            let on = !after.on.contains(&policy.id);
            if on {
                after.on.insert(policy.id.clone());
            } else {
                after.on.remove(&policy.id);
            }
            let changes = diff(world, &was, &evaluate(world, &after));
            let sentence = describe(world, &changes, Some((policy, on, &after)))
                .expect("always a sentence after a toggle");
            out.push((date.to_string(), policy, on, sentence, changes));
        }
    }
    out
}

/// audit12 F1, F8: a burden that goes is never worded as one more. Switching off a tightening
/// switch (or on a loosening one) never says "one burden more": the stockpile that lost
/// Beijing's purchase justification but still cannot grow (Nvidia's halt) once did, and so did
/// DeepSeek's H200 import once Beijing's approval eased its "not permitted".
#[test]
fn a_burden_removed_is_never_worded_as_one_more() {
    let world = world();
    let (mut eased, mut still, mut less_more) = (0, 0, 0);
    for (date, policy, on, sentence, _) in every_single_flip(world) {
        let easing = on == (policy.direction == Direction::Loosens);
        if !easing {
            continue;
        }
        eased += 1;
        assert!(
            !sentence.contains("burden more"),
            "{date}, {} switched {}: {sentence}",
            policy.id,
            if on { "on" } else { "off" }
        );
        still += usize::from(sentence.contains("What still holds: "));
        less_more += usize::from(sentence.contains("; and one more: "));
    }
    // An approval that lifts Beijing's block while its conditions stay: since the record keeps
    // the approvals on after May 2026 (audit13 D1), no single flip from the record shows it, so
    // the approval is first switched off, then on again, at the record's last date.
    {
        use chip_paths::model::{describe, diff};
        let date = world.latest();
        let mut before = world.scenario_at(date);
        before.on.remove("deepseek-h200-approval");
        let mut after = before.clone();
        after.on.insert("deepseek-h200-approval".to_string());
        let changes = diff(world, &evaluate(world, &before), &evaluate(world, &after));
        let policy = world.policy("deepseek-h200-approval").expect("a policy");
        let sentence = describe(world, &changes, Some((policy, true, &after))).expect("a sentence");
        assert!(!sentence.contains("burden more"), "{sentence}");
        less_more += usize::from(sentence.contains("; and one more: "));
    }
    // Both cases the audit found occur in the data, so the words are exercised, not only absent.
    assert!(
        eased > 0 && still > 0 && less_more > 0,
        "{eased} easing flips, {still} say what still holds, {less_more} say less and more"
    );
}

/// audit12 F3: "X can now use <path>" only where X could not use its main path before (it was
/// blocked, or there was none): a stockpile that was limited was in use ("a ban is not zero
/// chips"); what eases is that it can grow again, or that a burden went.
#[test]
fn can_now_use_only_what_was_blocked_or_absent() {
    let world = world();
    let (mut said, mut better) = (0, 0);
    for (date, policy, on, sentence, changes) in every_single_flip(world) {
        let flip = format!(
            "{date}, {} switched {}",
            policy.id,
            if on { "on" } else { "off" }
        );
        for developer in &world.developers {
            if !sentence.contains(&format!("{} can now use ", developer.name)) {
                continue;
            }
            said += 1;
            // Its main path improved from blocked, or came onto the record.
            let was_closed = changes.iter().any(|c| {
                c.developer == developer.id
                    && matches!(c.before, None | Some(Status::Blocked))
                    && c.after.is_some()
                    && c.after != c.before
            });
            assert!(was_closed, "{flip}: {sentence}");
        }
        better += usize::from(sentence.contains("can grow again"));
    }
    // The words that replace "can now use" occur (the headline switch at the opening view).
    assert!(
        better > 0,
        "{said} say can now use, {better} say can grow again"
    );
}

/// audit12 F6: a flip that changes no developer's path always says why: whom the policy
/// reaches (its scope note), that the record shows no path yet for the developers it names,
/// that the policies it eases are switched off, that a switched-on policy lifts it, or that it
/// reaches none of the paths on the record at this date (the classroom's words). A bare "changes no developer's path." once
/// answered "Licence needed for A100/H100-class chips" switched off at the opening view.
#[test]
fn a_flip_that_changes_no_path_says_why() {
    let world = world();
    let mut why = std::collections::BTreeMap::new();
    for (date, policy, on, sentence, changes) in every_single_flip(world) {
        if !changes.is_empty() {
            continue;
        }
        let flip = format!(
            "{date}, {} switched {}",
            policy.id,
            if on { "on" } else { "off" }
        );
        let (_, reason) = sentence
            .split_once(" changes no developer's path: ")
            .unwrap_or_else(|| panic!("{flip}: no reason: {sentence}"));
        let reason = reason.strip_suffix('.').unwrap_or(reason);
        assert!(reason.len() > 10, "{flip}: {sentence}");
        let kind = match &policy.scope_note {
            Some(note) if reason == note => "scope note",
            _ if reason == "it reaches none of the paths on the record at this date" => {
                "reaches none"
            }
            _ if reason.starts_with("the record shows no path for ") => "no path for",
            _ if reason.starts_with("it eases ") => "eases off",
            _ if reason.ends_with(" lifts it") || reason.ends_with(" lift it") => "lifted",
            _ => panic!("{flip}: an unknown reason: {sentence}"),
        };
        *why.entry(kind).or_insert(0) += 1;
    }
    // Each kind of reason occurs in the data, so each is exercised ("lifts it" only off the
    // timeline: diff.rs tests it at the FT-report preset).
    for kind in ["scope note", "reaches none", "eases off", "no path for"] {
        assert!(why.contains_key(kind), "{why:?}");
    }
}

/// audit13 S3: "… lifts it" only of a policy that reaches a path. Before any H200 path is on the
/// record (14 Aug 2025), a reader who switches on Washington's H200 approvals and then the
/// stalled licences, or Beijing's approval and then the customs block, is told that the policy
/// reaches no path, not that the approval lifts it.
#[test]
fn a_policy_that_reaches_no_path_is_not_said_to_be_lifted() {
    use chip_paths::model::{describe, diff};
    let world = world();
    for (lifter, policy) in [
        ("h200-us-approvals", "h200-licences-stalled"),
        ("h200-import-approvals", "h200-customs-block"),
    ] {
        let mut before = world.scenario_at("2025-08-14");
        before.on.insert(lifter.to_string());
        let mut after = before.clone();
        after.on.insert(policy.to_string());
        let changes = diff(world, &evaluate(world, &before), &evaluate(world, &after));
        assert!(changes.is_empty(), "{policy}: {changes:?}");
        let flipped = world.policy(policy).expect("a policy");
        let sentence =
            describe(world, &changes, Some((flipped, true, &after))).expect("a sentence");
        assert!(
            sentence.ends_with(": it reaches none of the paths on the record at this date."),
            "{sentence}"
        );
    }
}

/// Makes `tag` the active language with its real language file (messages and the data's
/// texts, as the page loads them; English is built in) and returns the data in that language.
fn in_language(tag: &str) -> &'static World {
    use chip_paths::model::{i18n, i18n::Catalog, language_files::language_files};
    if tag == "en" {
        i18n::set_english();
        return world();
    }
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let files = language_files(root).expect("the language files build");
    let file = files
        .iter()
        .find(|f| f.tag == tag)
        .expect("a file for the tag");
    let catalog = Catalog::decode(&file.bytes).expect("decodes");
    let locale = i18n::Locale::from_tag(tag).expect("a language");
    i18n::set_language(locale, catalog.leak());
    i18n::catalog()
        .world_for(world())
        .expect("the data in the language")
}

/// review12 R4: a stockpile that may grow again reads so on every path, fallbacks and other
/// paths too ("… is now open: its stockpile can grow again."), never as "one burden less: its
/// stockpile cannot grow …", in English and Chinese.
#[test]
fn a_stockpile_that_may_grow_again_says_so_on_every_path() {
    let mut other_paths = 0;
    for (tag, wrong, right) in [
        (
            "en",
            "burden less: its stockpile cannot grow",
            ": its stockpile can grow again.",
        ),
        (
            "zh-CN",
            "少了一项障碍：其库存无法增加",
            "：其库存可以再次增加。",
        ),
    ] {
        let world = in_language(tag);
        for (date, policy, on, sentence, changes) in every_single_flip(world) {
            assert!(
                !sentence.contains(wrong),
                "{tag}, {date}, {} switched {}: {sentence}",
                policy.id,
                if on { "on" } else { "off" }
            );
            // The words occur for a path that is not main (DeepSeek's A100 fallback).
            let not_main = changes
                .iter()
                .any(|c| c.path.as_ref().is_some_and(|p| !p.main) && c.after == c.before);
            other_paths += usize::from(not_main && sentence.contains(right));
        }
    }
    chip_paths::model::i18n::set_english();
    assert!(other_paths > 1, "{other_paths} flips");
}

/// review12 R5: when Nvidia's halt alone is the new burden on a stockpile (the move to 22 Aug
/// 2025, and the classroom step box that tells it), the sentence names the halt itself
/// ("one burden more: Nvidia halted …, so its stockpile cannot grow"), not "its stockpile
/// cannot grow (Nvidia halted …)" as if it could grow before. R6: the step box's sentences are
/// joined as the language joins them (no ASCII space in Chinese). English and Chinese.
#[test]
fn a_production_halt_is_named_as_the_burden_more() {
    use chip_paths::model::{describe_move, diff, story::step_story};
    for (tag, wrong, right, gap) in [
        (
            "en",
            "one burden more: its stockpile cannot grow",
            ("one burden more: ", ", so its stockpile cannot grow."),
            None,
        ),
        (
            "zh-CN",
            "多了一项障碍：其库存无法增加，因为",
            ("多了一项障碍：", "，因此其库存无法增加。"),
            Some("。 "),
        ),
    ] {
        let world = in_language(tag);
        let notes: Vec<&str> = world
            .chips
            .iter()
            .filter_map(|c| c.production_ended.as_ref())
            .map(|end| end.note.as_str())
            .collect();
        let halts: Vec<String> = notes
            .iter()
            .map(|note| format!("{}{note}{}", right.0, right.1))
            .collect();
        // The old form: the note right after "cannot grow" (in brackets in English).
        let old_form = |text: &str| {
            notes.iter().any(|note| {
                text.contains(&format!("{wrong} ({note})"))
                    || text.contains(&format!("{wrong}{note}"))
            })
        };
        assert!(!halts.is_empty(), "a chip whose production ended");
        let mut dates: Vec<&str> = world.events.iter().map(|e| e.date.as_str()).collect();
        dates.push(&world.meta.as_of);
        dates.sort_unstable();
        dates.dedup();
        let mut named = 0;
        for pair in dates.windows(2) {
            let was = evaluate(world, &world.scenario_at(pair[0]));
            let now = evaluate(world, &world.scenario_at(pair[1]));
            let Some(sentence) = describe_move(world, &diff(world, &was, &now), pair[1]) else {
                continue;
            };
            assert!(
                !old_form(&sentence),
                "{tag}, moving to {}: {sentence}",
                pair[1]
            );
            named += usize::from(halts.iter().any(|h| sentence.contains(h.as_str())));
        }
        let mut boxes = 0;
        for index in 0..world.story.len() {
            let Some(step) = step_story(world, index) else {
                continue;
            };
            let text = &step.because_text;
            assert!(!old_form(text), "{tag}, step {index}: {text}");
            if let Some(gap) = gap {
                assert!(!text.contains(gap), "{tag}, step {index}: {text}");
            }
            boxes += usize::from(halts.iter().any(|h| text.contains(h.as_str())));
        }
        assert!(
            named > 0 && boxes > 0,
            "{tag}: {named} moves, {boxes} steps"
        );
    }
    chip_paths::model::i18n::set_english();
}
