//! The widget's words in the reader's language, at run time. Every sentence the model or a
//! component shows is a message of `locales/en.ftl` (and of each other `locales/*.ftl`), called
//! through a typed function of [`msg`], generated at build time (`ftl.rs`): `msg::status_open()`,
//! `msg::more_reasons(n)`. English is compiled in; another language arrives as a file already
//! checked and compiled at build time ([`Catalog::decode`]), never parsed here.
//!
//! The active language is per thread (the browser has one): the widget sets it when a
//! language file has loaded ([`set_language`]) and every message reads it. Plain Rust, no web
//! dependencies, so it is tested natively in every language.

use crate::codec::{Codec, Reader};
pub use crate::locales::{locale_info, LocaleInfo, Plural, PluralRule, LOCALES};
use std::cell::RefCell;
use std::rc::Rc;

/// The typed message functions, one per message of `locales/en.ftl`.
pub mod msg {
    include!(concat!(env!("OUT_DIR"), "/messages.rs"));
}

/// English's messages, compiled at build time (crates/model/build.rs).
static ENGLISH: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/en.bin"));

/// A registered language (an index into [`LOCALES`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Locale(u8);

impl Locale {
    pub const EN: Locale = Locale(0);

    pub fn info(self) -> &'static LocaleInfo {
        &LOCALES[usize::from(self.0)]
    }

    pub fn tag(self) -> &'static str {
        self.info().tag
    }

    pub fn all() -> impl Iterator<Item = Locale> {
        (0..LOCALES.len()).map(|i| Locale(i as u8))
    }

    /// The language a `?lang=` value names: its exact tag, in any case (`zh-cn`).
    pub fn from_tag(tag: &str) -> Option<Locale> {
        Locale::all().find(|l| l.tag().eq_ignore_ascii_case(tag))
    }

    /// The first of the reader's preferences (`navigator.languages`) the widget speaks: an exact
    /// tag, else the same language (`en-GB` → English; any Chinese, `zh-TW` included, →
    /// Simplified Chinese, the only Chinese there is); English when none matches. Pseudo-locales
    /// are never chosen this way.
    pub fn negotiate<'a>(preferences: impl IntoIterator<Item = &'a str>) -> Locale {
        let real = || Locale::all().filter(|l| !l.info().pseudo);
        for wanted in preferences {
            if let Some(exact) = real().find(|l| l.tag().eq_ignore_ascii_case(wanted)) {
                return exact;
            }
            let language = |tag: &str| tag.split('-').next().unwrap_or("").to_ascii_lowercase();
            if let Some(same) = real().find(|l| language(l.tag()) == language(wanted)) {
                return same;
            }
        }
        Locale::EN
    }
}

/// An argument of a message: text, or a number (which selects plural variants).
#[derive(Clone, Copy, Debug)]
pub enum Arg<'a> {
    Str(&'a str),
    Num(usize),
}

#[derive(Clone, Debug, PartialEq)]
enum Part {
    Text(String),
    Arg(usize),
    Select {
        arg: usize,
        default: usize,
        variants: Vec<(usize, Vec<Part>)>,
    },
}

/// One language's messages (in English's order) and its translations of the data's texts.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Catalog {
    messages: Vec<Vec<Part>>,
    /// The world's texts in this language, in the order `texts::visit_world_mut` visits them
    /// (empty: the data stays in English, e.g. a developer's own data file).
    pub world_texts: Vec<String>,
}

fn read_pattern(input: &mut Reader, depth: u8, bad: &mut bool) -> Vec<Part> {
    let count = usize::read(input);
    let mut parts = Vec::new();
    for _ in 0..count {
        if *bad {
            break;
        }
        parts.push(match usize::read(input) {
            0 => Part::Text(String::read(input)),
            1 => Part::Arg(usize::read(input)),
            2 if depth == 0 => {
                let arg = usize::read(input);
                let default = usize::read(input);
                let n = usize::read(input);
                let mut variants = Vec::new();
                for _ in 0..n.min(16) {
                    let key = usize::read(input);
                    variants.push((key, read_pattern(input, 1, bad)));
                }
                *bad |= n > 16 || default >= n;
                Part::Select {
                    arg,
                    default,
                    variants,
                }
            }
            _ => {
                *bad = true;
                Part::Text(String::new())
            }
        });
    }
    parts
}

impl Catalog {
    /// A language file as `ftl::encode` wrote it; refused if it was built for other messages
    /// than this widget's (`fingerprint`, [`msg::FINGERPRINT`]) or is damaged.
    pub fn decode(bytes: &[u8]) -> Result<Catalog, String> {
        Catalog::decode_for(bytes, msg::FINGERPRINT, msg::COUNT)
    }

    fn decode_for(bytes: &[u8], fingerprint: u64, count: usize) -> Result<Catalog, String> {
        struct Whole(Catalog, bool, u64);
        impl Codec for Whole {
            fn write(&self, _: &mut Vec<u8>) {
                unreachable!("language files are written by ftl::encode")
            }
            fn read(input: &mut Reader) -> Self {
                let low = usize::read(input) as u64;
                let high = usize::read(input) as u64;
                let mut bad = false;
                let n = usize::read(input);
                let mut messages = Vec::new();
                for _ in 0..n {
                    if bad {
                        break;
                    }
                    messages.push(read_pattern(input, 0, &mut bad));
                }
                let world_texts = Vec::<String>::read(input);
                Whole(
                    Catalog {
                        messages,
                        world_texts,
                    },
                    bad,
                    low | high << 32,
                )
            }
        }
        let Whole(catalog, bad, print) =
            crate::codec::decode::<Whole>(bytes).map_err(|e| format!("damaged: {e}"))?;
        if bad {
            return Err("damaged: an unknown part".into());
        }
        if print != fingerprint || catalog.messages.len() != count {
            return Err("built for another version of the widget".into());
        }
        Ok(catalog)
    }

    /// `world` with its texts in this language, or `None` when the file carries none or they
    /// do not fit. The reader's bundle leaves out the story, the last section the visitor
    /// walks: its texts are a prefix of the file's.
    pub fn translate(&self, world: &crate::World) -> Option<crate::World> {
        let mut count = 0;
        let mut world = world.clone();
        crate::texts::visit_world_mut(&mut world, &mut |_, _, _| count += 1);
        if count == 0 || count > self.world_texts.len() {
            return None;
        }
        let mut next = self.world_texts.iter();
        crate::texts::visit_world_mut(&mut world, &mut |_, _, text| {
            if let Some(t) = next.next() {
                text.clone_from(t);
            }
        });
        Some(world)
    }

    fn format(&self, rule: PluralRule, index: usize, args: &[Arg]) -> String {
        let mut out = String::new();
        match self.messages.get(index) {
            Some(pattern) => write_pattern(&mut out, pattern, rule, args),
            None => out.push_str("⟦?⟧"),
        }
        out
    }
}

fn write_pattern(out: &mut String, pattern: &[Part], rule: PluralRule, args: &[Arg]) {
    for part in pattern {
        match part {
            Part::Text(text) => out.push_str(text),
            Part::Arg(i) => match args.get(*i) {
                Some(Arg::Str(s)) => out.push_str(s),
                Some(Arg::Num(n)) => out.push_str(&n.to_string()),
                None => {}
            },
            Part::Select {
                arg,
                default,
                variants,
            } => {
                let n = match args.get(*arg) {
                    Some(Arg::Num(n)) => *n,
                    _ => usize::MAX,
                };
                let category = rule.category(n);
                let chosen = variants
                    .iter()
                    .find(|(key, _)| key.checked_sub(6) == Some(n))
                    .or_else(|| {
                        variants
                            .iter()
                            .find(|(key, _)| Plural::ALL.get(*key).is_some_and(|p| *p == category))
                    })
                    .or(variants.get(*default));
                if let Some((_, inner)) = chosen {
                    write_pattern(out, inner, rule, args);
                }
            }
        }
    }
}

thread_local! {
    static ACTIVE: RefCell<Option<(Locale, Rc<Catalog>)>> = const { RefCell::new(None) };
}

fn english() -> Rc<Catalog> {
    thread_local! {
        static EN: Rc<Catalog> = Rc::new(
            Catalog::decode(ENGLISH).expect("English was compiled by this build"),
        );
    }
    EN.with(Rc::clone)
}

fn active() -> (Locale, Rc<Catalog>) {
    ACTIVE.with(|a| {
        a.borrow()
            .clone()
            .unwrap_or_else(|| (Locale::EN, english()))
    })
}

/// Makes `locale` (with its decoded file) the language of every message from now on.
pub fn set_language(locale: Locale, catalog: Rc<Catalog>) {
    ACTIVE.with(|a| *a.borrow_mut() = Some((locale, catalog)));
}

/// Back to English (compiled in, always available).
pub fn set_english() {
    ACTIVE.with(|a| *a.borrow_mut() = None);
}

/// The language messages are in now.
pub fn language() -> Locale {
    active().0
}

/// The active language's catalog (for the data's translated texts).
pub fn catalog() -> Rc<Catalog> {
    active().1
}

/// Message `index` (English's order) in the active language. The typed functions of [`msg`]
/// call this; nothing else should.
pub fn format(index: usize, args: &[Arg]) -> String {
    let (locale, catalog) = active();
    catalog.format(locale.info().plural, index, args)
}

/// For tests: makes `tag` the active language, compiled from `locales/` as the build does.
#[cfg(any(test, feature = "files"))]
pub fn use_language_from_files(tag: &str) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    let all = crate::ftl::load_all(&dir).expect("the message files are checked by the build");
    let en = &all[0].1;
    let (info, resource) = all
        .iter()
        .find(|(l, _)| l.tag == tag)
        .expect("a registered language");
    let catalog = Catalog::decode(&crate::ftl::encode(en, resource, &[])).expect("decodes");
    // (The data's texts stay English here: tests of the words around them.)
    let locale = Locale::from_tag(info.tag).expect("registered");
    set_language(locale, Rc::new(catalog));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ftl;

    fn catalog_of(en: &str, other: &str, tag: &str) -> (Catalog, Locale) {
        let en = ftl::parse("en.ftl", en).unwrap();
        let other = ftl::parse("x.ftl", other).unwrap();
        let locale = Locale::from_tag(tag).unwrap();
        assert!(ftl::check(&en, &[(locale.info(), &other)]).is_empty());
        let bytes = ftl::encode(&en, &other, &["开放".into()]);
        let catalog =
            Catalog::decode_for(&bytes, ftl::fingerprint(&en), en.messages.len()).unwrap();
        (catalog, locale)
    }

    #[test]
    fn plural_selects_follow_the_language() {
        let en =
            "n = { $n ->\n [0] no paths\n [one] one path\n *[other] { $n } paths\n} of { $who }\n";
        let (catalog, locale) = catalog_of(en, en, "en");
        let say = |n| catalog.format(locale.info().plural, 0, &[Arg::Num(n), Arg::Str("X")]);
        assert_eq!(say(0), "no paths of X");
        assert_eq!(say(1), "one path of X");
        assert_eq!(say(3), "3 paths of X");
        let zh = "n = { $who }的{ $n ->\n *[other] { $n } 条路径\n}\n";
        let (catalog, locale) = catalog_of(en, zh, "zh-CN");
        let say = |n| catalog.format(locale.info().plural, 0, &[Arg::Num(n), Arg::Str("X")]);
        assert_eq!(say(1), "X的1 条路径");
        assert_eq!(catalog.world_texts, ["开放"]);
    }

    #[test]
    fn a_file_for_other_messages_or_damaged_is_refused() {
        let en = ftl::parse("en.ftl", "a = A\n").unwrap();
        let bytes = ftl::encode(&en, &en, &[]);
        assert!(Catalog::decode_for(&bytes, ftl::fingerprint(&en), 1).is_ok());
        assert_eq!(
            Catalog::decode_for(&bytes, ftl::fingerprint(&en) ^ 1, 1),
            Err("built for another version of the widget".into())
        );
        assert!(
            Catalog::decode_for(&bytes[..bytes.len() - 2], ftl::fingerprint(&en), 1)
                .unwrap_err()
                .starts_with("damaged")
        );
        assert!(Catalog::decode(&bytes).is_err());
    }

    #[test]
    fn english_is_compiled_in_and_the_default() {
        assert_eq!(language(), Locale::EN);
        assert_eq!(msg::status_open(), "Open");
    }

    #[test]
    fn the_reader_preference_picks_a_language() {
        assert_eq!(Locale::negotiate(["fr-FR", "zh-TW", "en"]).tag(), "zh-CN");
        assert_eq!(Locale::negotiate(["en-GB", "zh-CN"]).tag(), "en");
        assert_eq!(Locale::negotiate(["fr", "x-long"]).tag(), "en");
        assert_eq!(Locale::negotiate([]), Locale::EN);
        assert_eq!(Locale::from_tag("ZH-cn").map(Locale::tag), Some("zh-CN"));
        assert_eq!(Locale::from_tag("zh"), None);
    }
}
