//! Prints, as JSON, how many cells of the outcome matrix each switch changes when it is flipped
//! from the opening view, and which one changes the most: the interaction benchmark
//! (e2e/bench-inp.mjs) times the three headline switches and that one, found from the model
//! rather than picked by hand (issue 16).

use chip_paths::model::{evaluate, path_summary, Evaluation, Scenario, World};
use serde_json::json;

/// Each cell as the reader sees it: status word, main path, better-off fallback.
fn cells(world: &World, evaluation: &Evaluation) -> Vec<(String, String, String)> {
    evaluation
        .outcomes
        .iter()
        .map(|o| {
            (
                o.status().map_or("Not reported", |s| s.label()).to_string(),
                o.main().map(|p| path_summary(world, p)).unwrap_or_default(),
                o.fallback()
                    .map(|f| format!("{}:{}", f.chip, f.status.label()))
                    .unwrap_or_default(),
            )
        })
        .collect()
}

fn main() {
    let world = chip_paths::embedded::world().expect("the embedded data is invalid");
    let start = world.default_scenario();
    let before = cells(world, &evaluate(world, &start));
    let switches: Vec<_> = world
        .policies
        .iter()
        .map(|policy| {
            let mut on = start.on.clone();
            if !on.remove(&policy.id) {
                on.insert(policy.id.clone());
            }
            let after = cells(
                world,
                &evaluate(
                    world,
                    &Scenario {
                        date: start.date.clone(),
                        on,
                    },
                ),
            );
            let changed = before.iter().zip(&after).filter(|(a, b)| a != b).count()
                + before.len().abs_diff(after.len());
            json!({
                "id": policy.id,
                "name": policy.name,
                "headline": world.is_headline(&policy.id),
                "cellsChanged": changed,
            })
        })
        .collect();
    // The first of the largest, in the data's order: a stable choice when two tie.
    let busiest = switches
        .iter()
        .fold(None::<&serde_json::Value>, |best, s| match best {
            Some(b) if b["cellsChanged"].as_u64() >= s["cellsChanged"].as_u64() => Some(b),
            _ => Some(s),
        })
        .cloned();
    println!(
        "{}",
        json!({ "headline": world.meta.headline, "busiest": busiest, "switches": switches })
    );
}
