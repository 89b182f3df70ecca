//! Runs the table-driven cases in `tests/scenarios.toml` against the embedded data, and checks
//! the rules a table cannot reach with the real data (legal risk for exposed developers).

use chip_paths::model::{
    evaluate, Cause, Evaluation, Gate, Outcome, PathOutcome, Route, Scenario, Status, Workload,
    World,
};
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    cases: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    #[allow(dead_code)]
    why: String,
    preset: Option<String>,
    date: Option<String>,
    #[serde(default)]
    on: Vec<String>,
    #[serde(default)]
    off: Vec<String>,
    expect: Vec<Expect>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Expect {
    developer: String,
    workload: Workload,
    status: String,
    /// The main path, as "chip/route" (`best` in older tables).
    #[serde(alias = "best")]
    main: Option<String>,
    /// The better-off fallback the cell shows, as "chip/route", or "none".
    fallback: Option<String>,
    path: Option<String>,
    /// The status each import permission puts on the checked path.
    us_gate: Option<String>,
    china_gate: Option<String>,
    #[serde(default)]
    causes: Vec<String>,
    #[serde(default)]
    absent: Vec<String>,
}

mod common;
use common::world;

fn scenario(world: &World, case: &Case) -> Result<Scenario, String> {
    let mut scenario = match (&case.preset, &case.date) {
        (Some(preset), None) => world
            .preset_scenario(preset)
            .ok_or(format!("unknown preset {preset}"))?,
        (None, Some(date)) => world.scenario_at(date),
        _ => return Err("give exactly one of preset and date".into()),
    };
    for id in &case.on {
        world.policy(id).ok_or(format!("unknown policy {id}"))?;
        scenario.on.insert(id.clone());
    }
    for id in &case.off {
        world.policy(id).ok_or(format!("unknown policy {id}"))?;
        if !scenario.on.remove(id) {
            return Err(format!(
                "{id} is not on at this date, so switching it off tests nothing"
            ));
        }
    }
    Ok(scenario)
}

fn parse_path(text: &str) -> Result<(String, Route), String> {
    let (chip, route) = text
        .split_once('/')
        .ok_or(format!("path {text} is not chip/route"))?;
    let route = Route::ALL
        .into_iter()
        .find(|r| r.slug() == route)
        .ok_or(format!("no route {route}"))?;
    Ok((chip.to_string(), route))
}

/// The names a path's reasons answer to: policy ids (also those blocking a stockpile) and
/// fact causes as "fitness:chip", "supply:chip", "stockpile:chip".
fn cause_names(path: &PathOutcome) -> Vec<String> {
    let mut names = Vec::new();
    for reason in &path.reasons {
        match &reason.cause {
            Cause::Policy { policy, .. } => names.push(policy.to_string()),
            Cause::ChipFitness { chip } => names.push(format!("fitness:{chip}")),
            Cause::ChipSupply { chip } => names.push(format!("supply:{chip}")),
            Cause::StockpileCannotGrow {
                chip,
                blocked_by,
                production_ended,
            } => {
                names.push(format!("stockpile:{chip}"));
                names.extend(blocked_by.iter().map(|id| id.to_string()));
                if *production_ended {
                    names.push(format!("ended:{chip}"));
                }
            }
            Cause::ProductionEnded { chip } => names.push(format!("ended:{chip}")),
        }
    }
    names
}

fn check(world: &World, eval: &Evaluation, expect: &Expect) -> Result<(), String> {
    let outcome: &Outcome = eval
        .outcome(&expect.developer, expect.workload)
        .ok_or(format!("no outcome for {}", expect.developer))?;
    let what = format!("{} {}", expect.developer, expect.workload.slug());
    if expect.status == "none" {
        return match outcome.paths.is_empty() {
            true => Ok(()),
            false => Err(format!(
                "{what}: expected no reported path, got {}",
                outcome.paths.len()
            )),
        };
    }
    let status = Status::ALL
        .into_iter()
        .find(|s| s.slug() == expect.status)
        .ok_or(format!("unknown status {}", expect.status))?;
    let path = match &expect.path {
        Some(text) => {
            let (chip, route) = parse_path(text)?;
            outcome
                .paths
                .iter()
                .find(|p| p.chip == chip && p.route == route)
                .ok_or(format!("{what}: no path {text}"))?
        }
        None => outcome.main().ok_or(format!("{what}: no main path"))?,
    };
    let shown = chip_paths::model::path_summary(world, path);
    if path.status != status {
        return Err(format!(
            "{what}: expected {}, got {} ({shown})",
            status.label(),
            path.status.label()
        ));
    }
    if let Some(main) = &expect.main {
        let (chip, route) = parse_path(main)?;
        if path.chip != chip || path.route != route {
            return Err(format!("{what}: expected main path {main}, got {shown}"));
        }
    }
    if let Some(fallback) = &expect.fallback {
        let shown = outcome
            .fallback()
            .map(|p| format!("{}/{}", p.chip, p.route.slug()));
        let expected = (fallback != "none").then(|| fallback.clone());
        if shown != expected {
            return Err(format!(
                "{what}: expected fallback {fallback}, got {}",
                shown.as_deref().unwrap_or("none")
            ));
        }
    }
    for (gate, expected) in [
        (Gate::UsExport, &expect.us_gate),
        (Gate::ChinaImport, &expect.china_gate),
    ] {
        let Some(expected) = expected else { continue };
        let got = path.gate_status(gate);
        if got.slug() != expected {
            return Err(format!(
                "{what}: expected the {gate:?} gate {expected}, got {} ({shown})",
                got.slug()
            ));
        }
    }
    let names = cause_names(path);
    for cause in &expect.causes {
        if !names.contains(cause) {
            return Err(format!("{what}: expected cause {cause} among {names:?}"));
        }
    }
    for cause in &expect.absent {
        if names.contains(cause) {
            return Err(format!(
                "{what}: cause {cause} should be absent from {names:?}"
            ));
        }
    }
    Ok(())
}

#[test]
fn scenario_table() {
    let world = world();
    let text = include_str!("scenarios.toml");
    let file: File = toml::from_str(text).expect("scenarios.toml parses");
    assert!(file.cases.len() >= 15, "only {} cases", file.cases.len());
    let mut failures = Vec::new();
    for case in &file.cases {
        let result = scenario(world, case).and_then(|scenario| {
            let eval = evaluate(world, &scenario);
            case.expect
                .iter()
                .try_for_each(|expect| check(world, &eval, expect))
        });
        if let Err(message) = result {
            failures.push(format!("{}: {message}", case.name));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// No developer in the record with US ties is reported on Ascend, so the rule "the Ascend
/// guidance is a legal risk for exposed developers" is checked on a copy of the world where
/// Tencent (exposed) and DeepSeek (not exposed) both run inference on Ascend 910B.
#[test]
fn ascend_guidance_is_a_legal_risk_only_for_exposed_developers() {
    let mut world = world().clone();
    for id in ["tencent", "deepseek"] {
        let developer = world
            .developers
            .iter_mut()
            .find(|d| d.id == id)
            .expect("developer");
        let mut path = developer.paths[0].clone();
        path.workload = Workload::Inference;
        path.chip = "ascend-910b".into();
        path.route = Route::Domestic;
        path.since = "2022".into();
        path.main_from = None;
        path.main_until = None;
        developer.paths.insert(0, path);
    }
    let scenario = world.preset_scenario("ft-report").expect("preset");
    let mut without = scenario.clone();
    assert!(
        without.on.remove("ascend-guidance"),
        "the guidance is on at the FT report"
    );
    let ascend = |scenario: &Scenario, developer: &str| -> Status {
        evaluate(&world, scenario)
            .outcome(developer, Workload::Inference)
            .and_then(|o| o.paths.iter().find(|p| p.chip == "ascend-910b"))
            .map(|p| p.status)
            .expect("ascend path")
    };
    // Without the guidance both carry only the 910B's own limit (scarce supply).
    assert_eq!(ascend(&without, "tencent"), Status::Limited);
    assert_eq!(ascend(&without, "deepseek"), Status::Limited);
    assert_eq!(ascend(&scenario, "tencent"), Status::AtRisk);
    // facts.md §6: "GP10 legal risk for anyone with US exposure": a firm without it is not
    // burdened by the guidance at all.
    assert_eq!(ascend(&scenario, "deepseek"), Status::Limited);
}

/// "A developer's own listing blocks US-origin paths whatever the chip's status": give listed
/// Zhipu an H20 import path; H20 licences are being granted, yet Zhipu's is blocked.
#[test]
fn a_listing_blocks_us_origin_paths_whatever_the_chip() {
    let mut world = world().clone();
    let zhipu = world
        .developers
        .iter_mut()
        .find(|d| d.id == "zhipu")
        .expect("zhipu");
    let mut path = zhipu.paths[0].clone();
    path.chip = "h20".into();
    path.route = Route::Import;
    path.main_from = None;
    zhipu.paths.push(path);
    // Zhipu is on the record from Jan 2026; H20 licences are granted then.
    let eval = evaluate(&world, &world.preset_scenario("latest").expect("preset"));
    let h20 = eval
        .outcome("zhipu", Workload::Training)
        .and_then(|o| o.paths.iter().find(|p| p.chip == "h20"))
        .expect("h20 path");
    assert_eq!(h20.status, Status::Blocked);
    assert!(cause_names(h20).contains(&"zhipu-listed".to_string()));
}

/// Every classroom question's stated answer (`answer` in story.toml) is what the model says:
/// switching its policy the way the question says, at the step's date, changes exactly those
/// developers' main status for the asked workload. A data change that flips an answer fails
/// here until story.toml says so too.
#[test]
fn every_story_question_has_an_answer() {
    let world = world();
    let mut asked = 0;
    for (index, step) in world.story.iter().enumerate() {
        let Some(question) = &step.question else {
            continue;
        };
        asked += 1;
        let mut before = world.scenario_at(&step.date);
        before.on.remove(&question.policy);
        let mut after = before.clone();
        after.on.insert(question.policy.clone());
        if !question.turn_on {
            std::mem::swap(&mut before, &mut after);
        }
        let (old, new) = (evaluate(world, &before), evaluate(world, &after));
        let changed: Vec<&str> = world
            .developers
            .iter()
            .filter(|d| {
                old.outcome(&d.id, question.workload)
                    .and_then(|o| o.status())
                    != new
                        .outcome(&d.id, question.workload)
                        .and_then(|o| o.status())
            })
            .map(|d| d.id.as_str())
            .collect();
        assert_eq!(
            changed, question.answer,
            "“{}” at {}: the model's answer differs from the stated one ({})",
            question.prompt, step.date, question.answer_text
        );
        // The classroom's answer (the one definition, `story::reveal`) agrees with this
        // independent computation.
        let revealed = chip_paths::model::story::reveal(world, index).expect("a question");
        assert_eq!(revealed.answer(), changed, "{}", question.prompt);
    }
    assert!(asked >= 3);
}

/// "Every status means something": the legend shows the statuses that occur on the real
/// timeline. At risk occurs on one path only: the guidance's legal risk falls on firms with US
/// business, and of them only ByteDance is reported using an Ascend chip it names (the 910B,
/// mainly for inference: Reuters, 30 Sep 2024), not as its main path (audit12 F2).
#[test]
fn the_statuses_on_the_record() {
    let world = world();
    assert_eq!(
        chip_paths::model::statuses_on_record(world),
        [
            Status::Open,
            Status::Friction,
            Status::Limited,
            Status::AtRisk,
            Status::Blocked
        ]
    );
    let at_risk: Vec<(String, String)> = world
        .events
        .iter()
        .map(|e| e.date.as_str())
        .chain(std::iter::once(world.meta.as_of.as_str()))
        .flat_map(|date| {
            let evaluation = evaluate(world, &world.scenario_at(date));
            evaluation
                .outcomes
                .iter()
                .flat_map(|o| &o.paths)
                .filter(|p| p.status == Status::AtRisk)
                .map(|p| (p.developer.to_string(), format!("{}/{:?}", p.chip, p.route)))
                .collect::<Vec<_>>()
        })
        .collect();
    assert!(!at_risk.is_empty());
    assert!(
        at_risk
            .iter()
            .all(|(d, p)| d == "bytedance" && p == "ascend-910b/Domestic"),
        "{at_risk:?}"
    );
}

/// audit12 F6: a switch that changes no path says whom it reaches. The A100/H100 licence at the
/// opening view (no developer on the record is reported buying those chips; the China versions
/// have their own switches), and iFlytek's and Zhipu's Entity listings at every date (the only
/// chips reported for them are Huawei's Ascend): each flip changes nothing, and the sentence
/// gives the policy's scope note, not a bare "changes no developer's path".
#[test]
fn switches_that_reach_no_path_say_whom_they_reach() {
    let world = world();
    let dates: Vec<&str> = world
        .events
        .iter()
        .map(|e| e.date.as_str())
        .chain(std::iter::once(world.meta.as_of.as_str()))
        .collect();
    let opening = world.preset_scenario("ft-report").expect("preset").date;
    let cases = [
        ("advanced-chips-licence", vec![opening.as_str()]),
        ("iflytek-listed", dates.clone()),
        ("zhipu-listed", dates.clone()),
    ];
    for (id, dates) in cases {
        let policy = world.policy(id).expect("policy");
        let note = policy.scope_note.as_deref().expect("a scope note");
        for date in dates {
            let before = world.scenario_at(date);
            let on = before.on.contains(id);
            let mut after = before.clone();
            if on {
                after.on.remove(id);
            } else {
                after.on.insert(policy.id.clone());
            }
            let changes =
                chip_paths::model::diff(world, &evaluate(world, &before), &evaluate(world, &after));
            assert!(changes.is_empty(), "{id} at {date}: {changes:?}");
            let sentence =
                chip_paths::model::describe(world, &changes, Some((policy, !on, &after)))
                    .expect("a sentence");
            assert!(
                sentence.ends_with(&format!("changes no developer's path: {note}.")),
                "{id} at {date}: {sentence}"
            );
        }
    }
}
