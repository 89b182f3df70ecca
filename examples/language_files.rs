//! Writes the language files (every language but English, which the widget carries) into the
//! folder given, `dist/lang` by default: `cargo run --example language_files -- dist/lang`.
//! scripts/post-build.mjs runs it; the names match what build.rs compiled into the widget,
//! because both come from `language_files::language_files` over the same files.

use chip_paths_model::language_files::language_files;
use std::path::Path;

fn main() {
    let out = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "dist/lang".into());
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let files = language_files(root).unwrap_or_else(|problems| {
        eprintln!("{}", problems.join("\n"));
        std::process::exit(1)
    });
    std::fs::create_dir_all(&out).unwrap_or_else(|e| panic!("cannot create {out}: {e}"));
    for file in files {
        let path = Path::new(&out).join(&file.name);
        std::fs::write(&path, &file.bytes)
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
        println!("{} ({} bytes)", path.display(), file.bytes.len());
    }
}
