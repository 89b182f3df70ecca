//! Prints, as JSON, what the model says the outcome matrix is at the default scenario and with
//! each starting-report switch flipped, and at each classroom story step (`steps`, the first
//! step at index 0: `?mode=story&step=1`). The end-to-end tests compare the page against it, so
//! they check the view against the model rather than against numbers copied by hand.

use chip_paths::components::text::MODELLED_MEANS;
use chip_paths::model::{evaluate, path_name, path_summary, Evaluation, Scenario, World};
use serde_json::{json, Map, Value};

fn matrix(world: &World, evaluation: &Evaluation) -> Value {
    let mut rows = Map::new();
    for developer in &world.developers {
        let mut cells = Map::new();
        for outcome in evaluation
            .outcomes
            .iter()
            .filter(|o| o.developer == developer.id)
        {
            let word = outcome.status().map_or("Not reported", |s| s.label());
            // As the cell reads: the main path, its "modelled" mark (with the words screen
            // readers hear), then a better-off fallback, with its own mark.
            let mut path = outcome
                .main()
                .map(|p| path_summary(world, p))
                .unwrap_or_default();
            let modelled = outcome.main().is_some_and(|p| p.modelled);
            if modelled {
                path.push_str(" modelled: ");
                path.push_str(MODELLED_MEANS);
            }
            if let Some(fallback) = outcome.fallback() {
                path.push_str(&format!(
                    " Fallback: {} — {}",
                    path_name(world, &fallback.chip, fallback.route),
                    fallback.status.label()
                ));
                // A fallback that is our assumption carries the same mark (audit11 A2).
                if fallback.modelled {
                    path.push_str(" modelled: ");
                    path.push_str(MODELLED_MEANS);
                }
            }
            cells.insert(
                outcome.workload.label().to_string(),
                json!({ "status": word, "path": path }),
            );
        }
        rows.insert(developer.name.clone(), Value::Object(cells));
    }
    Value::Object(rows)
}

fn main() {
    let world = chip_paths::embedded::world().expect("the embedded data is invalid");
    let start = world.default_scenario();
    let mut flipped = Map::new();
    for id in world.meta.headline.iter().map(|id| id.as_str()) {
        let mut on = start.on.clone();
        if !on.remove(id) {
            on.insert(id.to_string());
        }
        let scenario = Scenario {
            date: start.date.clone(),
            on,
        };
        let name = world.policy(id).map_or(id, |p| p.name.as_str());
        flipped.insert(
            id.to_string(),
            json!({ "name": name, "wasOn": start.on.contains(id), "matrix": matrix(world, &evaluate(world, &scenario)) }),
        );
    }
    let steps: Vec<Value> = (0..world.story.len())
        .filter_map(|i| chip_paths::model::story::step_scenario(world, i))
        .map(|scenario| matrix(world, &evaluate(world, &scenario)))
        .collect();
    let out = json!({
        "date": start.date,
        "default": matrix(world, &evaluate(world, &start)),
        "flipped": flipped,
        "steps": steps,
    });
    println!("{out}");
}
