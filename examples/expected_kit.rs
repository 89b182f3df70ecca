//! Prints, as JSON, what the kit's "Compare with the record" must mark (issue 17): for each
//! headline switch flipped at the default date, the cells (developer name, workload label) that
//! differ from the record and the reasons given; and the CSV and JSON downloads of the opening
//! view and of the first headline switch flipped, with the pictures' stamp (scenario and source
//! lines), with the rows the widget hands web/kit-export.js (`export::handover`); and, for that
//! module alone, the hand-over and files of more views (`exports`: every preset's date, each
//! headline switch flipped and each what-if switched on, with the stamp's scenario line); and the
//! opening view's files for a Chinese reader (`zh`: headers, switch words and the "modelled" mark
//! in Chinese, audit9 D8), with DeepSeek's listing, a what-if, switched on.
//! e2e/kit-compare.test.mjs checks the page against it; tests/kit.rs checks `record_notes`
//! itself against the model's `diff`.

use chip_paths::components::outcome_matrix::{record_notes, Record};
use chip_paths::model::{evaluate, export, Scenario};
use serde_json::{json, Map, Value};

fn main() {
    let world = chip_paths::embedded::world().expect("the embedded data is invalid");
    let record = world.default_scenario();
    let before = evaluate(world, &record);
    let mut flipped = Map::new();
    for id in &world.meta.headline {
        let mut on = record.on.clone();
        if !on.remove(id) {
            on.insert(id.clone());
        }
        let after = evaluate(
            world,
            &Scenario {
                date: record.date.clone(),
                on,
            },
        );
        let compared = Record::new(world, &before, &after);
        let differing: Vec<Value> = record_notes(&compared, &after)
            .into_iter()
            .filter(|(_, _, note)| note.differs)
            .map(|(developer, workload, note)| {
                let name = world
                    .developer(&developer)
                    .map_or(developer.as_str(), |d| d.name.as_str());
                let why: Vec<&str> = note.why.iter().map(|r| r.text.as_str()).collect();
                json!({ "developer": name, "workload": workload.label(), "why": why })
            })
            .collect();
        let name = world.policy(id).map_or(id.as_str(), |p| p.name.as_str());
        flipped.insert(
            id.to_string(),
            json!({ "name": name, "differing": differing }),
        );
    }
    // The downloads at the opening view and with the first headline switch flipped: the page's
    // files must be exactly these.
    let mut files = Vec::new();
    for flip in [None, world.meta.headline.first()] {
        let mut on = record.on.clone();
        if let Some(id) = flip {
            if !on.remove(id) {
                on.insert(id.clone());
            }
        }
        let scenario = Scenario {
            date: record.date.clone(),
            on,
        };
        let evaluation = evaluate(world, &scenario);
        files.push(json!({
            "flipped": flip.map(|id| world.policy(id).map_or(id.as_str(), |p| p.name.as_str())),
            "csvName": export::file_name(world, &scenario, "csv"),
            "jsonName": export::file_name(world, &scenario, "json"),
            "handover": export::handover(world, &scenario, &evaluation),
            "csv": export::to_csv(world, &scenario, &evaluation),
            "json": export::to_json(world, &scenario, &evaluation),
            "scenarioLine": export::scenario_line(world, &scenario),
            "sourceLine": export::source_line(world),
        }));
    }
    // More views for web/kit-export.js alone (no browser): the record at every preset's date,
    // and every headline switch flipped at the opening date. Its files must equal the model's.
    let mut exports = Vec::new();
    let mut scenarios: Vec<Scenario> = world
        .presets
        .iter()
        .map(|p| world.scenario_at(&p.date))
        .collect();
    for id in &world.meta.headline {
        let mut on = record.on.clone();
        if !on.remove(id) {
            on.insert(id.clone());
        }
        scenarios.push(Scenario {
            date: record.date.clone(),
            on,
        });
    }
    // And every what-if (a policy never applied) switched on at the opening date: its files
    // say it is a what-if (audit9 D3).
    for policy in world.policies.iter().filter(|p| p.hypothetical) {
        let mut on = record.on.clone();
        on.insert(policy.id.clone());
        scenarios.push(Scenario {
            date: record.date.clone(),
            on,
        });
    }
    for scenario in &scenarios {
        let evaluation = evaluate(world, scenario);
        exports.push(json!({
            "csvName": export::file_name(world, scenario, "csv"),
            "handover": export::handover(world, scenario, &evaluation),
            "csv": export::to_csv(world, scenario, &evaluation),
            "json": export::to_json(world, scenario, &evaluation),
            "scenarioLine": export::scenario_line(world, scenario),
        }));
    }
    // A Chinese reader's files: the world and the messages of the zh-CN language file, as the
    // widget has them once the file is in (the opening view, and a what-if switched on so the
    // switch words show).
    let zh = {
        use chip_paths::model::i18n::{set_english, set_language, Catalog, Locale};
        use chip_paths::model::language_files::language_files;
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let files = language_files(root).expect("the language files build");
        let file = files.iter().find(|f| f.tag == "zh-CN").expect("zh-CN");
        let catalog = Catalog::decode(&file.bytes).expect("decodes").leak();
        set_language(Locale::from_tag("zh-CN").expect("zh-CN"), catalog);
        let world = catalog.world_for(world).expect("the Chinese world");
        let mut views = Vec::new();
        let what_if = world.policies.iter().find(|p| p.hypothetical);
        for extra in [None, what_if] {
            let mut scenario = world.default_scenario();
            if let Some(p) = extra {
                scenario.on.insert(p.id.clone());
            }
            let evaluation = evaluate(world, &scenario);
            views.push(json!({
                "query": extra.map_or(String::new(), |p| format!("?on={}", p.id)),
                "csvName": export::file_name(world, &scenario, "csv"),
                "jsonName": export::file_name(world, &scenario, "json"),
                "handover": export::handover(world, &scenario, &evaluation),
                "csv": export::to_csv(world, &scenario, &evaluation),
                "json": export::to_json(world, &scenario, &evaluation),
            }));
        }
        set_english();
        views
    };
    println!(
        "{}",
        json!({ "flipped": flipped, "downloads": files, "exports": exports, "zh": zh })
    );
}
