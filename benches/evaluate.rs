//! How long evaluating a scenario takes: on the real data, and on generated worlds of 10, 100
//! and 1,000 developers (the real developers repeated under new ids). Goal: under 1 ms for
//! 1,000 developers, growing linearly.

use chip_paths::model::{evaluate, Scenario, World};

fn main() {
    divan::main();
}

fn real() -> &'static World {
    chip_paths::embedded::world().expect("embedded data is valid")
}

/// A world with `count` developers, cycling through the real ones under new ids.
fn generated(count: usize) -> World {
    let mut world = real().clone();
    let originals = world.developers.clone();
    world.developers = (0..count)
        .map(|i| {
            let mut developer = originals[i % originals.len()].clone();
            developer.id = format!("{}-{i}", developer.id).into();
            developer
        })
        .collect();
    world
}

fn scenario() -> Scenario {
    real().preset_scenario("jan-2026").expect("preset")
}

#[divan::bench]
fn real_data(bencher: divan::Bencher) {
    let (world, scenario) = (real(), scenario());
    bencher.bench(|| evaluate(divan::black_box(world), divan::black_box(&scenario)));
}

#[divan::bench(args = [10, 100, 1000])]
fn generated_world(bencher: divan::Bencher, developers: usize) {
    let (world, scenario) = (generated(developers), scenario());
    bencher.bench(|| evaluate(divan::black_box(&world), divan::black_box(&scenario)));
}
