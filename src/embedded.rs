//! The world compiled into the widget by `build.rs`, and build.rs's verdict on it.
//!
//! build.rs reads the data file, validates it with the model crate's validator (a
//! build-dependency) and writes what it found beside the world.
//! The widget reads that verdict instead of validating again, which keeps the validator and
//! the story checks (they evaluate scenarios) out of the wasm: ≈ 5 KB gzip (docs/size.md).
//! A broken data file still builds, and the widget shows its problems, entry by entry.

use crate::model::i18n::{msg, Locale};
use crate::model::validate::Worded;
use crate::model::{codec, ErrorKind, LoadError, World};
use std::sync::OnceLock;

/// The data compiled in from `data/world.toml`, as JSON (`build.rs`). The tests and tools read
/// it; the widget reads the same world in its compact binary form below.
pub const EMBEDDED_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/world.json"));

/// The same world in the binary form of [`codec`], checked against the schema by
/// `build.rs`. The widget loads this one: reading it needs no JSON parser in the wasm.
pub const EMBEDDED_BINARY: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/world.bin"));

/// What `validate` found in that world when build.rs read it, worded in every language the
/// widget speaks (a `Vec<Worded>`, English first) in the binary form; empty when the data is
/// fine.
pub const EMBEDDED_PROBLEMS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/problems.bin"));

/// The compiled-in world, loaded once, or the problems build.rs found in it (in every
/// language: [`problems_in`] picks the reader's).
pub fn world() -> Result<&'static World, &'static [Worded]> {
    static CELL: OnceLock<Result<World, Vec<Worded>>> = OnceLock::new();
    match CELL.get_or_init(|| read_checked(EMBEDDED_BINARY, EMBEDDED_PROBLEMS)) {
        Ok(world) => Ok(world),
        Err(errors) => Err(errors),
    }
}

/// The problems in `locale`, else in English (the first), else none.
pub fn problems_in(all: &[Worded], locale: Locale) -> &[LoadError] {
    all.iter()
        .find(|w| w.tag == locale.tag())
        .or(all.first())
        .map_or(&[], |w| &w.problems)
}

/// A world in the binary form together with the problems already found in it.
fn read_checked(world: &[u8], problems: &[u8]) -> Result<World, Vec<Worded>> {
    // Worded when it happens, in the language then active (English: the panel shows it first).
    let unreadable = |e: codec::CodecError| {
        vec![Worded {
            tag: Locale::EN.tag().to_owned(),
            problems: vec![LoadError::new(
                ErrorKind::Syntax,
                msg::data_unreadable(&e.to_string()),
            )],
        }]
    };
    let problems: Vec<Worded> = codec::decode(problems).map_err(unreadable)?;
    if !problems.is_empty() {
        return Err(problems);
    }
    codec::decode(world).map_err(unreadable)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::validate;

    #[test]
    fn build_rs_found_what_the_validator_finds_now() {
        let loaded = World::load_binary(EMBEDDED_BINARY).expect("the embedded data is valid");
        let verdict: Vec<Worded> = codec::decode(EMBEDDED_PROBLEMS).expect("readable");
        assert_eq!(problems_in(&verdict, Locale::EN), validate(&loaded));
        assert_eq!(world(), Ok(&loaded));
    }

    #[test]
    fn the_binary_and_the_json_hold_the_same_world() {
        assert_eq!(World::load(EMBEDDED_JSON).ok().as_ref(), world().ok());
    }

    fn worded(tag: &str, message: &str) -> Worded {
        Worded {
            tag: tag.into(),
            problems: vec![LoadError::new(ErrorKind::UnknownId, message)],
        }
    }

    #[test]
    fn problems_found_at_build_time_come_back_instead_of_the_world() {
        let problems = vec![
            worded("en", "developer \"x\": path 1 names unknown chip \"y\""),
            worded("zh-CN", "开发商“x”：第1条路径引用了未知的芯片“y”"),
        ];
        let read = read_checked(EMBEDDED_BINARY, &codec::encode(&problems));
        assert_eq!(read, Err(problems));
    }

    #[test]
    fn the_problems_are_shown_in_the_language_else_in_english() {
        let zh = Locale::from_tag("zh-CN").unwrap();
        let long = Locale::from_tag("x-long").unwrap();
        let all = vec![worded("en", "in English"), worded("zh-CN", "中文")];
        assert_eq!(problems_in(&all, zh)[0].message, "中文");
        assert_eq!(problems_in(&all, Locale::EN)[0].message, "in English");
        // A language build.rs did not word them in falls back to the first, English.
        assert_eq!(problems_in(&all, long)[0].message, "in English");
        assert!(problems_in(&[], zh).is_empty());
    }

    #[test]
    fn an_unreadable_verdict_or_world_is_an_error_not_a_panic() {
        let no_problems = codec::encode(&Vec::<Worded>::new());
        for (world, problems) in [
            (EMBEDDED_BINARY, &[0xff_u8][..]),
            (&EMBEDDED_BINARY[..10], &no_problems[..]),
        ] {
            let errors = read_checked(world, problems).unwrap_err();
            let errors = problems_in(&errors, Locale::EN);
            assert_eq!(errors[0].kind, ErrorKind::Syntax);
            assert!(errors[0].message.contains("cannot be read"), "{errors:?}");
        }
    }
}
