//! Hostile data: mutated copies of the real `data/world.toml` go through the same read and
//! validate path `build.rs` runs (`crates/model/src/files.rs`, then `validate`). None may panic, and every
//! error must say where: a schema or TOML error names the line, a validation problem names its
//! entry.
//!
//! The mutations are deterministic (a seeded generator): delete a line, duplicate a line, swap
//! two lines, give a key another value of the file, give a value another key of the file,
//! insert a TOML metacharacter, truncate. `cargo test` runs a bounded slice
//! (`CHIP_PATHS_FUZZ_CASES`, 500 by default); `make fuzz-data` runs a long campaign
//! (100,000 cases unless the variable says otherwise) and prints the counts and the slowest
//! input. `CHIP_PATHS_FUZZ_SEED` picks another sequence.

use chip_paths::model::files;
use chip_paths::model::{validate, World};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;
use std::time::{Duration, Instant};

/// xorshift64*: small, deterministic, good enough to pick lines.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.trim().replace('_', "").parse().ok())
        .unwrap_or(default)
}

/// One mutation of `lines`, described in words for the report.
fn mutate(rng: &mut Rng, lines: &mut Vec<String>, values: &[String], keys: &[String]) -> String {
    let n = lines.len();
    if n == 0 {
        lines.push("[[sources]]".into());
        return "add a header to an empty file".into();
    }
    let i = rng.below(n);
    match rng.below(7) {
        0 => {
            let line = lines.remove(i);
            format!("delete line {}: {line}", i + 1)
        }
        1 => {
            let line = lines[i].clone();
            lines.insert(i, line.clone());
            format!("duplicate line {}: {line}", i + 1)
        }
        2 => {
            let j = rng.below(n);
            lines.swap(i, j);
            format!("swap lines {} and {}", i + 1, j + 1)
        }
        3 => {
            // A key takes a value seen elsewhere in the file (another id, date, enum, list).
            let value = &values[rng.below(values.len())];
            match lines[i].split_once('=') {
                Some((key, _)) => {
                    lines[i] = format!("{key}= {value}");
                    format!("line {}: {}", i + 1, lines[i])
                }
                None => format!("(no value on line {})", i + 1),
            }
        }
        4 => {
            // A value gets another key of the file.
            let key = &keys[rng.below(keys.len())];
            match lines[i].split_once('=') {
                Some((_, value)) => {
                    lines[i] = format!("{key} ={value}");
                    format!("line {}: {}", i + 1, lines[i])
                }
                None => format!("(no key on line {})", i + 1),
            }
        }
        5 => {
            let bytes = [
                "\"", "[", "]", "=", "{", "}", "#", ",", "\n", "'", "\u{202e}", "",
            ];
            let what = bytes[rng.below(bytes.len())];
            let line = &mut lines[i];
            let mut at = rng.below(line.len() + 1);
            while !line.is_char_boundary(at) {
                at -= 1;
            }
            line.insert_str(at, what);
            format!("insert {what:?} in line {}", i + 1)
        }
        _ => {
            lines.truncate(i);
            format!("truncate after line {i}")
        }
    }
}

/// How a case ended.
#[derive(Default)]
struct Counts {
    cases: u64,
    refused: u64,
    problems: u64,
    clean: u64,
    panics: u64,
    unplaced: Vec<String>,
}

/// Validation problems name an entry: the validator's words for each kind of entry.
fn names_an_entry(message: &str) -> bool {
    [
        "meta",
        "source ",
        "policy ",
        "chip ",
        "developer ",
        "event ",
        "preset ",
        "story step ",
    ]
    .iter()
    .any(|prefix| message.starts_with(prefix))
}

/// A read error names the line (`line 12, column 3`) or, for a file that cannot be read at all,
/// the file.
fn names_a_line(message: &str) -> bool {
    message.contains(", column ") && message.contains(" line ")
}

fn run(cases: u64, seed: u64) -> (Counts, Option<(Duration, u64, String)>) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (world_path, story_path) = (dir.join("data/world.toml"), dir.join("data/story.toml"));
    let world = std::fs::read_to_string(&world_path).expect("world.toml");
    let story = std::fs::read_to_string(&story_path).expect("story.toml");
    let original: Vec<String> = world.lines().map(str::to_string).collect();
    let values: Vec<String> = original
        .iter()
        .filter_map(|l| l.split_once('=').map(|(_, v)| v.trim().to_string()))
        .filter(|v| !v.is_empty())
        .collect();
    let keys: Vec<String> = original
        .iter()
        .filter_map(|l| l.split_once('=').map(|(k, _)| k.trim().to_string()))
        .filter(|k| !k.is_empty() && !k.contains(' '))
        .collect();
    let mut rng = Rng(seed | 1);
    let mut counts = Counts::default();
    let mut slowest: Option<(Duration, u64, String)> = None;
    for case in 0..cases {
        let mut lines = original.clone();
        let steps = 1 + rng.below(3);
        let what: Vec<String> = (0..steps)
            .map(|_| mutate(&mut rng, &mut lines, &values, &keys))
            .collect();
        let text = lines.join("\n");
        let started = Instant::now();
        let outcome = catch_unwind(AssertUnwindSafe(|| {
            let json = files::parse_world((&world_path, &text), Some((&story_path, &story)))?;
            let world: World = serde_json::from_value(json)
                .map_err(|e| format!("the merged data does not fit the schema: {e}"))?;
            Ok::<_, String>(validate(&world))
        }));
        let took = started.elapsed();
        counts.cases += 1;
        let describe = || format!("case {case}: {}", what.join("; "));
        match outcome {
            Err(_) => {
                counts.panics += 1;
                counts.unplaced.push(format!("PANIC in {}", describe()));
            }
            Ok(Err(message)) => {
                counts.refused += 1;
                if !names_a_line(&message) {
                    counts
                        .unplaced
                        .push(format!("{}\n  error: {message}", describe()));
                }
            }
            Ok(Ok(problems)) if problems.is_empty() => counts.clean += 1,
            Ok(Ok(problems)) => {
                counts.problems += 1;
                for problem in problems.iter().filter(|p| !names_an_entry(&p.message)) {
                    counts
                        .unplaced
                        .push(format!("{}\n  problem: {problem}", describe()));
                }
            }
        }
        if slowest.as_ref().is_none_or(|(t, _, _)| took > *t) {
            slowest = Some((took, case, what.join("; ")));
        }
    }
    (counts, slowest)
}

#[test]
fn mutated_data_files_never_panic_and_every_error_says_where() {
    let cases = env_number("CHIP_PATHS_FUZZ_CASES", 500);
    let seed = env_number("CHIP_PATHS_FUZZ_SEED", 0x00C0_FFEE);
    let started = Instant::now();
    // Panics are caught and counted; keep their messages out of the report.
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let (counts, slowest) = run(cases, seed);
    std::panic::set_hook(hook);
    println!(
        "hostile data: {} cases (seed {seed:#x}) in {:.1?}: {} refused at read (TOML or schema), \
         {} with validation problems, {} clean, {} panics, {} errors not saying where",
        counts.cases,
        started.elapsed(),
        counts.refused,
        counts.problems,
        counts.clean,
        counts.panics,
        counts.unplaced.len()
    );
    if let Some((took, case, what)) = &slowest {
        println!("slowest input: case {case} ({took:.1?}): {what}");
    }
    assert!(
        counts.unplaced.is_empty(),
        "{} of {} cases:\n{}",
        counts.unplaced.len(),
        counts.cases,
        counts
            .unplaced
            .iter()
            .take(10)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
    // The mutations reach every stage: some are refused, some load with problems.
    if cases >= 200 {
        assert!(
            counts.refused > 0 && counts.problems > 0,
            "mutations too tame"
        );
    }
}

#[test]
fn the_unmutated_files_read_and_validate_cleanly() {
    let (counts, _) = run(0, 1);
    assert_eq!(counts.cases, 0);
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let json = files::read_world(
        &dir.join("data/world.toml"),
        Some(&dir.join("data/story.toml")),
    )
    .expect("reads");
    let world: World = serde_json::from_value(json).expect("fits");
    assert!(validate(&world).is_empty());
}
