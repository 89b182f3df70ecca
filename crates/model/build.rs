//! Compiles the message files (`locales/*.ftl`, docs/i18n.md) into what the model crate
//! carries: `messages.rs`, one typed function per message (`i18n::msg`), and `en.bin`, English
//! compiled into the binary form. Every language is checked against English here: a missing or
//! extra message, an unknown or unused argument, a plural category the language lacks — each
//! stops the build with the file, line and message (crates/model/src/ftl.rs).

#[path = "src/ftl.rs"]
#[allow(dead_code)]
mod ftl;
#[path = "src/locales.rs"]
#[allow(dead_code)]
mod locales;

use std::{env, fs, path::Path};

fn main() {
    let crate_dir = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let dir = Path::new(&crate_dir).join("../../locales");
    println!("cargo:rerun-if-changed={}", dir.display());
    // Only files that exist: the pseudo-locale has none, and a missing file makes cargo rerun
    // this script, and recompile this crate and every crate above it, on every build
    // (a test in src/locales.rs checks every such line).
    for locale in locales::LOCALES.iter().filter(|l| !l.pseudo) {
        println!(
            "cargo:rerun-if-changed={}/{}.ftl",
            dir.display(),
            locale.tag
        );
    }
    let all = ftl::load_all(&dir).unwrap_or_else(|problems| {
        panic!(
            "\n\nThe message files (locales/*.ftl) have problems:\n{}\n",
            problems.join("\n")
        )
    });
    let en = &all[0].1;
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).to_path_buf();
    let write = |name: &str, bytes: &[u8]| {
        fs::write(out.join(name), bytes).unwrap_or_else(|e| panic!("cannot write {name}: {e}"))
    };
    write(
        "messages.rs",
        ftl::rust_functions(en, "crate::i18n").as_bytes(),
    );
    // The widget's English leaves out the build-only messages' text (the data problems,
    // worded by build.rs on the host, where they are kept).
    let wasm = env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|arch| arch == "wasm32");
    let carried = if wasm {
        ftl::for_widget(en)
    } else {
        en.clone()
    };
    write("en.bin", &ftl::encode(en, &carried, &[], &[]));
    // English as literal code, for the English-only reader bundle (docs/i18n.md, "Size"), and
    // the test that compares it with the catalog's English message by message.
    write(
        "messages_en.rs",
        ftl::rust_english(en, "crate::i18n").as_bytes(),
    );
    write("messages_compare.rs", ftl::rust_comparison(en).as_bytes());
}
