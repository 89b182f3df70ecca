//! Prints the outcome matrix (status and main path) at every preset as a Markdown table: the
//! figures for a data review or a closing note. `cargo run --example preset_matrix`.

use chip_paths::model::{evaluate, path_name, path_summary, Workload};

fn main() {
    let world = chip_paths::embedded::world().expect("the embedded data is invalid");
    for preset in &world.presets {
        println!("\n### {} ({})\n", preset.label, preset.date);
        println!("| developer | training | inference |\n|---|---|---|");
        let evaluation = evaluate(world, &world.scenario_at(&preset.date));
        for developer in &world.developers {
            let cell = |workload| {
                evaluation
                    .outcome(&developer.id, workload)
                    .and_then(|o| o.main().map(|p| (o, p)))
                    .map_or("Not reported".to_string(), |(o, p)| {
                        let fallback = o.fallback().map_or(String::new(), |f| {
                            format!(
                                " (fallback: {}, {})",
                                path_name(world, &f.chip, f.route),
                                f.status.label()
                            )
                        });
                        format!("{}: {}{fallback}", p.status.label(), path_summary(world, p))
                    })
            };
            println!(
                "| {} | {} | {} |",
                developer.name,
                cell(Workload::Training),
                cell(Workload::Inference)
            );
        }
    }
}
