//! The record's story on a small inline world: time-valid paths, a developer's main path and
//! its fallback, finite stockpiles (blocked imports, effects that stop buying, production that
//! ended), corrections, scope notes, the status legend, and the checks on all of these.

use chip_paths::model::codec::{decode, encode};
use chip_paths::model::story::losses;
use chip_paths::model::{
    describe, diff, evaluate, statuses_on_record, Cause, Confidence, ErrorKind, Evaluation, IdSet,
    LoadError, Outcome, PolicyId, Route, Scenario, Status, Workload, World,
};
use serde_json::{json, Value};

/// Developer "dev":
/// - inference: H20 stockpile (main from 2024), H20 import, Ascend bought at home (from 2025);
/// - training: H800 stockpile (main, modelled), H800 import until Sep 2025; the H800's
///   production ended in Jun 2025.
///
/// Policies: "ban" blocks H20 imports; "stop" (Beijing) tells firms to stop buying H20s
/// (friction, `stops_buying`); "allow" lifts "stop"; "paperwork" burdens H20 stockpiles;
/// "home-paperwork" burdens domestic Ascend; "elsewhere" reaches only a developer with no paths
/// (with a scope note); "quiet" has no effect at all.
fn data() -> Value {
    json!({
        "meta": {
            "title": "Test", "as_of": "2026-01-01", "default_preset": "p",
            "corrections": [
                { "date": "2025-10-01", "text": "Older fix.", "sources": ["s1"] },
                { "date": "2026-12-02", "text": "Newer fix." }
            ]
        },
        "sources": [
            { "id": "s1", "outlet": "BIS", "title": "Rule", "date": "2025-04", "confidence": "official" },
            { "id": "s2", "outlet": "Nvidia", "title": "Earnings call", "date": "2025-08-27", "confidence": "company" }
        ],
        "policies": [
            { "id": "ban", "actor": "us", "name": "H20 ban", "summary": "No H20s.", "direction": "tightens",
              "sources": ["s1"],
              "effects": [{ "chips": ["h20"], "routes": ["import"], "gate": "us-export", "status": "blocked",
                            "reason": "H20 exports are banned" }] },
            { "id": "stop", "actor": "china", "name": "Stop buying H20s", "summary": "Told to stop.",
              "direction": "tightens", "sources": ["s1"],
              "effects": [{ "chips": ["h20"], "routes": ["import"], "gate": "china-import", "status": "friction",
                            "reason": "Beijing told firms to stop buying H20s", "stops_buying": true }] },
            { "id": "allow", "actor": "china", "name": "Buying allowed again", "summary": "Lifted.",
              "direction": "loosens", "sources": ["s1"], "lifts": [{ "policy": "stop" }] },
            { "id": "paperwork", "actor": "china", "name": "Paperwork", "summary": "Forms.",
              "direction": "tightens", "sources": ["s1"],
              "effects": [{ "chips": ["h20"], "routes": ["stockpile"], "gate": "none", "status": "friction",
                            "reason": "extra paperwork" }] },
            { "id": "home-paperwork", "actor": "china", "name": "Domestic paperwork", "summary": "Forms.",
              "direction": "tightens", "sources": ["s1"],
              "effects": [{ "chips": ["ascend"], "routes": ["domestic"], "gate": "none", "status": "friction",
                            "reason": "domestic paperwork" }] },
            { "id": "elsewhere", "actor": "us", "name": "Listing of another firm", "summary": "Someone else.",
              "direction": "tightens", "sources": ["s1"],
              "scope_note": "it reaches only Other Co, which the record reports no path for",
              "effects": [{ "developers": ["other"], "gate": "us-export", "status": "blocked",
                            "reason": "listed" }] },
            { "id": "quiet", "actor": "us", "name": "A quiet rule", "summary": "Nothing.",
              "direction": "tightens", "sources": ["s1"] }
        ],
        "chips": [
            { "id": "h20", "name": "H20", "maker": "Nvidia", "fab": "TSMC", "origin": "us", "summary": "Hopper",
              "training": { "fitness": "good" }, "inference": { "fitness": "good" },
              "available": "2024", "sources": ["s1"] },
            { "id": "ascend", "name": "Ascend", "maker": "Huawei", "fab": "SMIC", "origin": "china", "summary": "Ascend",
              "training": { "fitness": "good" }, "inference": { "fitness": "good" },
              "available": "2023-10", "sources": ["s1"] },
            { "id": "h800", "name": "H800", "maker": "Nvidia", "fab": "TSMC", "origin": "us", "summary": "Hopper",
              "training": { "fitness": "good" }, "inference": { "fitness": "good" },
              "production_ended": { "date": "2025-06", "note": "Nvidia no longer makes it", "sources": ["s2"] },
              "sources": ["s1"] }
        ],
        "developers": [
            { "id": "dev", "name": "Dev", "exposed": false, "listing": "Not listed.", "sources": ["s1"],
              "paths": [
                { "workload": "inference", "chip": "h20", "route": "stockpile", "claim": "Holds H20s.",
                  "sources": ["s1"], "since": "2024", "main_from": "2024" },
                { "workload": "inference", "chip": "h20", "route": "import", "claim": "Buys H20s.",
                  "sources": ["s1"], "since": "2024" },
                { "workload": "inference", "chip": "ascend", "route": "domestic", "claim": "Runs on Ascend.",
                  "sources": ["s1"], "since": "2025-01" },
                { "workload": "training", "chip": "h800", "route": "stockpile", "claim": "Holds H800s.",
                  "sources": ["s1"], "since": "2023", "main_from": "2023", "modelled": true },
                { "workload": "training", "chip": "h800", "route": "import", "claim": "Bought H800s.",
                  "sources": ["s1"], "since": "2023", "until": "2025-09" }
              ] },
            { "id": "other", "name": "Other Co", "exposed": false, "listing": "Listed.", "sources": ["s1"],
              "paths": [] }
        ],
        "events": [
            { "date": "2024-01-01", "title": "Start", "caption": "Start.", "sources": ["s1"] },
            { "date": "2025-04-01", "title": "Ban", "caption": "Ban.", "turns_on": ["ban"], "sources": ["s1"] }
        ],
        "presets": [{ "id": "p", "label": "Aug 2025", "date": "2025-08-14" }]
    })
}

fn world() -> World {
    World::load(&data().to_string()).unwrap_or_else(|e| panic!("{e:#?}"))
}

fn load_errors(value: &Value) -> Vec<LoadError> {
    World::load(&value.to_string()).err().unwrap_or_default()
}

fn scenario(date: &str, on: &[&str]) -> Scenario {
    let mut set = IdSet::new();
    for id in on {
        set.insert(id.to_string());
    }
    Scenario {
        date: date.into(),
        on: set,
    }
}

fn outcome(eval: &Evaluation, workload: Workload) -> &Outcome {
    eval.outcome("dev", workload).expect("dev's outcome")
}

/// The outcome's paths as "chip/route status" in order.
fn listed(outcome: &Outcome) -> Vec<String> {
    outcome
        .paths
        .iter()
        .map(|p| format!("{}/{} {}", p.chip, p.route.slug(), p.status.slug()))
        .collect()
}

#[test]
fn paths_are_shown_from_since_until_until_once_the_chip_is_on_sale() {
    let world = world();
    let shown =
        |date: &str, workload| listed(outcome(&evaluate(&world, &scenario(date, &[])), workload));
    // The H20 is on sale from 2024: nothing before, even though the year matches nothing else.
    assert!(shown("2023-12-31", Workload::Inference).is_empty());
    assert_eq!(
        shown("2024-06-01", Workload::Inference),
        ["h20/stockpile open", "h20/import open"]
    );
    // "2025-01" means from the start of January 2025.
    assert_eq!(shown("2025-01-01", Workload::Inference).len(), 3);
    // `until` is exclusive: the H800 import is shown in August, not from September.
    assert_eq!(shown("2025-08-31", Workload::Training).len(), 2);
    assert_eq!(
        shown("2025-09-01", Workload::Training),
        ["h800/stockpile limited"]
    );
}

#[test]
fn the_main_path_comes_first_and_a_better_fallback_is_named() {
    let world = world();
    let eval = evaluate(&world, &scenario("2025-08-14", &["ban"]));
    let inference = outcome(&eval, Workload::Inference);
    // Main first, then the others best first.
    assert_eq!(
        listed(inference),
        [
            "h20/stockpile limited",
            "ascend/domestic open",
            "h20/import blocked"
        ]
    );
    assert!(inference.paths[0].main);
    assert!(inference.paths[1..].iter().all(|p| !p.main));
    assert_eq!(inference.main().map(|p| p.chip.as_str()), Some("h20"));
    assert_eq!(inference.status(), Some(Status::Limited));
    let fallback = inference.fallback().expect("a better-off fallback");
    assert_eq!(
        (fallback.chip.as_str(), fallback.route),
        ("ascend", Route::Domestic)
    );
    // No fallback when nothing is strictly better than the main path.
    let open = evaluate(&world, &scenario("2025-08-14", &[]));
    assert_eq!(
        outcome(&open, Workload::Inference).status(),
        Some(Status::Open)
    );
    assert!(outcome(&open, Workload::Inference).fallback().is_none());
    // Without a main path there is no status and no fallback (the validator forbids this).
    let mut no_main = data();
    no_main["developers"][0]["paths"][0]["main_from"] = Value::Null;
    let no_main: World = serde_json::from_value(no_main).expect("fits the schema");
    let eval = evaluate(&no_main, &scenario("2025-08-14", &["ban"]));
    let inference = outcome(&eval, Workload::Inference);
    assert!(inference.main().is_none() && inference.status().is_none());
    assert!(inference.fallback().is_none());
    assert_eq!(inference.paths[0].status, Status::Open, "others best first");
}

fn stockpile_cause(outcome: &Outcome) -> Option<(Vec<PolicyId>, bool, String)> {
    let path = outcome.paths.iter().find(|p| p.route == Route::Stockpile)?;
    path.reasons.iter().find_map(|r| match &r.cause {
        Cause::StockpileCannotGrow {
            blocked_by,
            production_ended,
            ..
        } => {
            assert_eq!(r.status, Status::Limited);
            Some((blocked_by.clone(), *production_ended, r.text.clone()))
        }
        _ => None,
    })
}

#[test]
fn a_stockpile_cannot_grow_while_imports_are_blocked() {
    let world = world();
    let eval = evaluate(&world, &scenario("2025-08-14", &["ban"]));
    let (by, ended, text) = stockpile_cause(outcome(&eval, Workload::Inference)).expect("rule 4a");
    assert_eq!(by, ["ban"]);
    assert!(!ended);
    assert_eq!(
        text,
        "its stockpile cannot grow while new imports are blocked (H20 exports are banned)"
    );
    let reason = &outcome(&eval, Workload::Inference).paths[0].reasons[0];
    assert_eq!(reason.sources, ["s1"]);
}

#[test]
fn a_stockpile_cannot_grow_while_an_unlifted_effect_stops_buying() {
    let world = world();
    let eval = evaluate(&world, &scenario("2025-08-14", &["stop"]));
    let inference = outcome(&eval, Workload::Inference);
    // The import is only friction, but the effect stops buying: the stockpile is capped.
    assert_eq!(
        listed(inference),
        [
            "h20/stockpile limited",
            "ascend/domestic open",
            "h20/import friction"
        ]
    );
    let (by, ended, text) = stockpile_cause(inference).expect("rule 4b");
    assert_eq!((by, ended), (vec![PolicyId::from("stop")], false));
    assert_eq!(
        text,
        "its stockpile cannot grow while Beijing told firms to stop buying H20s"
    );
    // Lifted, the effect no longer stops buying.
    let lifted = evaluate(&world, &scenario("2025-08-14", &["stop", "allow"]));
    assert!(stockpile_cause(outcome(&lifted, Workload::Inference)).is_none());
    assert_eq!(
        outcome(&lifted, Workload::Inference).status(),
        Some(Status::Open)
    );
    // Both: the causing policies in data order.
    let both = evaluate(&world, &scenario("2025-08-14", &["ban", "stop"]));
    let (by, _, _) = stockpile_cause(outcome(&both, Workload::Inference)).expect("rule 4");
    assert_eq!(by, ["ban", "stop"]);
}

#[test]
fn a_stockpile_cannot_grow_once_production_has_ended_and_imports_are_limited() {
    let world = world();
    // Before the end of production (Jun 2025): both open.
    let before = evaluate(&world, &scenario("2025-05-31", &[]));
    assert_eq!(
        listed(outcome(&before, Workload::Training)),
        ["h800/stockpile open", "h800/import open"]
    );
    let after = evaluate(&world, &scenario("2025-06-01", &[]));
    let training = outcome(&after, Workload::Training);
    assert_eq!(
        listed(training),
        ["h800/stockpile limited", "h800/import limited"]
    );
    let (by, ended, text) = stockpile_cause(training).expect("rule 4c");
    assert!(by.is_empty() && ended);
    assert_eq!(
        text,
        "its stockpile cannot grow (Nvidia no longer makes it)"
    );
    assert_eq!(training.paths[0].reasons[0].sources, ["s2"]);
    let import = &training.paths[1];
    assert_eq!(import.reasons.len(), 1);
    assert_eq!(
        import.reasons[0].cause,
        Cause::ProductionEnded {
            chip: "h800".into()
        }
    );
    assert_eq!(import.reasons[0].text, "Nvidia no longer makes it");
    assert_eq!(import.reasons[0].sources, ["s2"]);
}

#[test]
fn the_main_path_never_moves_when_a_switch_flips() {
    let world = world();
    let ids: Vec<&str> = world.policies.iter().map(|p| p.id.as_str()).collect();
    for date in ["2024-06-01", "2025-08-14", "2026-01-01"] {
        let base = evaluate(&world, &scenario(date, &[]));
        for id in &ids {
            let flipped = evaluate(&world, &scenario(date, &[id]));
            for (a, b) in base.outcomes.iter().zip(&flipped.outcomes) {
                assert_eq!(
                    a.main().map(|p| p.reported),
                    b.main().map(|p| p.reported),
                    "{id} at {date}"
                );
            }
        }
    }
}

#[test]
fn statuses_on_record_are_those_of_every_event_date_and_as_of() {
    let world = world();
    // 2024-01-01: all open; 2025-04-01 (ban): limited stockpile, blocked import;
    // 2026-01-01: the H800 stockpile limited as well. No friction anywhere on the record.
    assert_eq!(
        statuses_on_record(&world),
        [Status::Open, Status::Limited, Status::Blocked]
    );
    // Without the ban event the record only ever shows open and (from Jun 2025) limited.
    let mut value = data();
    value["events"][1]["turns_on"] = json!([]);
    let quiet = World::load(&value.to_string()).expect("valid");
    assert_eq!(statuses_on_record(&quiet), [Status::Open, Status::Limited]);
}

fn sentence(world: &World, date: &str, on: &[&str], toggle: &str) -> String {
    let before = scenario(date, on);
    let mut after = before.clone();
    after.on.insert(toggle.to_string());
    let changes = diff(world, &evaluate(world, &before), &evaluate(world, &after));
    let policy = world.policy(toggle).expect("policy");
    describe(world, &changes, Some((policy, true, &after)))
        .expect("always a sentence after a toggle")
}

#[test]
fn a_toggle_that_changes_no_path_says_so_with_its_scope_note() {
    let world = world();
    assert_eq!(
        sentence(&world, "2025-08-14", &[], "elsewhere"),
        "Switching on “Listing of another firm” changes no developer's path: it reaches only \
         Other Co, which the record reports no path for."
    );
    assert_eq!(
        sentence(&world, "2025-08-14", &[], "quiet"),
        "Switching on “A quiet rule” changes no developer's path: it reaches none of the paths \
         on the record at this date."
    );
}

#[test]
fn a_toggle_that_moves_no_main_status_names_the_burden_and_the_path() {
    let world = world();
    // On the main path: the H20 stockpile stays limited (the ban), with paperwork added.
    assert_eq!(
        sentence(&world, "2025-08-14", &["ban"], "paperwork"),
        "Switching on “Paperwork” changes no main path's status. Dev's main inference path \
         (H20, from a stockpile) stays limited, with one burden more: extra paperwork."
    );
    // On the fallback: Ascend gets worse, the main path does not move.
    assert_eq!(
        sentence(&world, "2025-08-14", &["ban"], "home-paperwork"),
        "Switching on “Domestic paperwork” changes no main path's status. Dev's inference \
         fallback (Ascend, bought at home) is now friction: domestic paperwork."
    );
    // A main path that moves is said with "main", never "best".
    let moved = sentence(&world, "2025-08-14", &[], "ban");
    assert!(
        moved.starts_with("Switching on “H20 ban” narrows Dev's main inference path."),
        "{moved}"
    );
    assert!(!moved.contains("best"), "{moved}");
}

#[test]
fn losing_a_path_means_the_main_path_got_worse() {
    let world = world();
    let before = evaluate(&world, &scenario("2025-08-14", &[]));
    let after = evaluate(&world, &scenario("2025-08-14", &["ban"]));
    let lost = losses(&before, &after, Workload::Inference);
    assert_eq!(lost.len(), 1);
    assert_eq!(
        (lost[0].before, lost[0].after),
        (Status::Open, Status::Limited)
    );
    assert_eq!(lost[0].lost.route, Route::Stockpile);
    assert_eq!(lost[0].fallback.chip, "ascend");
    // Blocking the import alone (a non-main path) is no loss when the main path holds: the
    // stockpile is already limited by production's end for training, and nothing moves there.
    assert!(losses(&before, &after, Workload::Training).is_empty());
}

#[test]
fn new_fields_survive_the_binary_form() {
    let world = world();
    assert_eq!(world.meta.corrections.len(), 2);
    assert_eq!(world.sources[1].confidence, Confidence::Company);
    assert!(world.developers[0].paths[3].modelled);
    let bytes = encode(&world);
    assert_eq!(decode::<World>(&bytes), Ok(world));
}

#[test]
fn confidence_labels() {
    assert_eq!(Confidence::Official.label(), "official document");
    assert_eq!(Confidence::Company.label(), "company statement");
    assert!(Confidence::Official < Confidence::Company && Confidence::Company < Confidence::Multi);
}

// ---- Validation: each new rule, one broken copy each ----

fn expect(value: &Value, kind: ErrorKind, message: &str) {
    let errors = load_errors(value);
    assert!(
        errors
            .iter()
            .any(|e| e.kind == kind && e.message == message),
        "expected {kind:?} “{message}”, got {:#?}",
        errors.iter().map(|e| e.to_string()).collect::<Vec<_>>()
    );
}

fn path(value: &mut Value, index: usize) -> &mut Value {
    &mut value["developers"][0]["paths"][index]
}

#[test]
fn the_test_world_is_valid() {
    assert!(
        load_errors(&data()).is_empty(),
        "{:#?}",
        load_errors(&data())
    );
}

#[test]
fn a_path_without_since_does_not_load() {
    let mut value = data();
    path(&mut value, 1)
        .as_object_mut()
        .expect("path")
        .remove("since");
    let errors = load_errors(&value);
    assert_eq!(errors[0].kind, ErrorKind::Syntax);
    assert!(errors[0].message.contains("since"), "{}", errors[0]);
}

#[test]
fn since_before_the_chip_was_available() {
    let mut value = data();
    path(&mut value, 1)["since"] = json!("2023-11");
    expect(
        &value,
        ErrorKind::PathDates,
        "developer \"dev\": path 2 (inference, h20/import): since 2023-11 is before its chip \
         \"h20\" was available (2024)",
    );
    // Compared on the common prefix: a day inside the month the chip came out is fine.
    let mut value = data();
    value["chips"][1]["available"] = json!("2025-01-09");
    path(&mut value, 2)["since"] = json!("2025-01");
    assert!(load_errors(&value).is_empty(), "{:#?}", load_errors(&value));
}

#[test]
fn path_dates_out_of_order() {
    let entry = "developer \"dev\": path 5 (training, h800/import)";
    let mut value = data();
    path(&mut value, 4)["until"] = json!("2023");
    expect(
        &value,
        ErrorKind::PathDates,
        &format!("{entry}: until 2023 is not after since 2023"),
    );
    let entry = "developer \"dev\": path 4 (training, h800/stockpile)";
    let mut value = data();
    path(&mut value, 3)["main_from"] = json!("2022-12");
    expect(
        &value,
        ErrorKind::PathDates,
        &format!("{entry}: main_from 2022-12 is before since 2023"),
    );
    let mut value = data();
    path(&mut value, 3)["until"] = json!("2026");
    path(&mut value, 3)["main_until"] = json!("2026-02");
    expect(
        &value,
        ErrorKind::PathDates,
        &format!("{entry}: main_until 2026-02 is after until 2026"),
    );
    let mut value = data();
    path(&mut value, 3)["main_until"] = json!("2023");
    expect(
        &value,
        ErrorKind::PathDates,
        &format!("{entry}: main_until 2023 is not after main_from 2023"),
    );
    let mut value = data();
    path(&mut value, 4)["main_until"] = json!("2024");
    expect(
        &value,
        ErrorKind::PathDates,
        "developer \"dev\": path 5 (training, h800/import): main_until 2024 without main_from",
    );
    // The end of an assumption (modelled_until): only on a modelled path, after it starts.
    let mut value = data();
    path(&mut value, 3)["modelled"] = json!(false);
    path(&mut value, 3)["modelled_until"] = json!("2025");
    expect(
        &value,
        ErrorKind::PathDates,
        &format!("{entry}: modelled_until 2025 without modelled"),
    );
    let mut value = data();
    path(&mut value, 3)["modelled"] = json!(true);
    path(&mut value, 3)["modelled_until"] = json!("2023");
    expect(
        &value,
        ErrorKind::PathDates,
        &format!("{entry}: modelled_until 2023 is not after since 2023"),
    );
    let mut value = data();
    path(&mut value, 4)["until"] = json!("2025-13");
    expect(
        &value,
        ErrorKind::BadDate,
        "developer \"dev\": path 5 (training, h800/import) has until date \"2025-13\", not \
         YYYY-MM-DD, YYYY-MM or YYYY",
    );
}

#[test]
fn no_main_path_or_two() {
    let mut value = data();
    path(&mut value, 0)["main_from"] = Value::Null;
    expect(
        &value,
        ErrorKind::MainPath,
        "developer \"dev\": inference has no main path on 2024",
    );
    let mut value = data();
    path(&mut value, 2)["main_from"] = json!("2025-01");
    expect(
        &value,
        ErrorKind::MainPath,
        "developer \"dev\": inference has two main paths on 2025-01: h20/stockpile and \
         ascend/domestic",
    );
    // Handing over is fine: the stockpile is main until 2025-01, Ascend from then.
    path(&mut value, 0)["main_until"] = json!("2025-01");
    assert!(load_errors(&value).is_empty(), "{:#?}", load_errors(&value));
    // A gap is not: main until 2025-01, the next main only from 2025-03.
    path(&mut value, 2)["main_from"] = json!("2025-03");
    expect(
        &value,
        ErrorKind::MainPath,
        "developer \"dev\": inference has no main path on 2025-01",
    );
}

#[test]
fn corrections_and_production_ends_are_checked() {
    let mut value = data();
    value["meta"]["corrections"][0]["date"] = json!("2025-10-32");
    value["meta"]["corrections"][1]["sources"] = json!(["nowhere"]);
    expect(
        &value,
        ErrorKind::BadDate,
        "meta: correction 1 has date \"2025-10-32\", not YYYY-MM-DD, YYYY-MM or YYYY",
    );
    expect(
        &value,
        ErrorKind::UnknownId,
        "meta: correction 2 names unknown source \"nowhere\"",
    );
    let mut value = data();
    value["chips"][2]["production_ended"] =
        json!({ "date": "2025-6", "note": " ", "sources": ["gone"] });
    let entry = "chip \"h800\": production_ended";
    expect(
        &value,
        ErrorKind::BadDate,
        &format!("{entry} has date \"2025-6\", not YYYY-MM-DD, YYYY-MM or YYYY"),
    );
    expect(
        &value,
        ErrorKind::UnknownId,
        &format!("{entry} names unknown source \"gone\""),
    );
    expect(
        &value,
        ErrorKind::EmptyText,
        &format!("{entry} has no note"),
    );
}
