//! The data's translatable texts, for translators (issue 15; crates/model/src/texts.rs):
//!
//! - `cargo run --example texts` lists every text in visiting order, with its field and owner;
//! - `cargo run --example texts -- --missing zh-CN` prints a `[[text]]` entry (English filled
//!   in, translation empty) for each text data/zh-CN/texts.toml lacks, ready to paste and fill;
//! - `cargo run --example texts -- --check zh-CN` prints every problem of that table (missing,
//!   stale, empty, duplicate, a year or percentage lost) and exits 1 if there is one.

use chip_paths::model::texts::{self, Problem};
use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let world = chip_paths::embedded::world().expect("the embedded data is invalid");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let lesson = texts::read_lesson(&root.join("data/lesson.toml")).expect("data/lesson.toml");
    let args: Vec<String> = std::env::args().skip(1).collect();
    let table = |locale: &str| {
        let name = format!("data/{locale}/texts.toml");
        let text = std::fs::read_to_string(root.join(&name)).unwrap_or_else(|e| {
            eprintln!("cannot read {name}: {e}");
            std::process::exit(2)
        });
        texts::parse_table(&name, &text, texts::table_key(locale)).unwrap_or_else(|e| {
            eprintln!("{e}");
            std::process::exit(2)
        })
    };
    match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        [] => {
            for (i, text) in texts::texts(world, Some(&lesson)).iter().enumerate() {
                println!(
                    "{:4}. {} of {}\n      {}",
                    i + 1,
                    text.field.key(),
                    text.owner,
                    text.en
                );
            }
            ExitCode::SUCCESS
        }
        ["--missing", locale] => {
            let table = table(locale);
            let key = texts::table_key(locale);
            let mut printed = std::collections::HashSet::new();
            let mut out = String::new();
            for problem in texts::check_translations(world, Some(&lesson), &table) {
                if let Problem::Missing(text) = problem {
                    if printed.insert(text.en.clone()) {
                        let (field, owner) = (text.field.key(), &text.owner);
                        out += &format!("\n# {field} of {owner}\n[[text]]\n");
                        out += &format!("en = {}\n{key} = \"\"\n", toml_string(&text.en));
                    }
                }
            }
            print_all(&out)
        }
        ["--check", locale] => {
            let table = table(locale);
            let problems = texts::check_translations(world, Some(&lesson), &table);
            let out: String = problems
                .iter()
                .map(|p| p.message(&table.file) + "\n")
                .collect();
            print_all(&out);
            let total = texts::texts(world, Some(&lesson)).len();
            eprintln!("{} texts visited; {} problems", total, problems.len());
            match problems.is_empty() {
                true => ExitCode::SUCCESS,
                false => ExitCode::FAILURE,
            }
        }
        _ => {
            eprintln!("usage: texts [--missing LOCALE | --check LOCALE]");
            ExitCode::from(2)
        }
    }
}

/// Writes `out` to stdout; a closed pipe (`| head`) ends the listing quietly, not in a panic.
fn print_all(out: &str) -> ExitCode {
    use std::io::Write as _;
    match std::io::stdout().lock().write_all(out.as_bytes()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            eprintln!("cannot write the listing: {e}");
            ExitCode::FAILURE
        }
        _ => ExitCode::SUCCESS,
    }
}

/// A TOML basic string: quotes, backslashes and control characters escaped.
fn toml_string(text: &str) -> String {
    serde_json::to_string(text).expect("a string serialises")
}
