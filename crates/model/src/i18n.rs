//! The widget's words in the reader's language, at run time. Every sentence the model or a
//! component shows is a message of `locales/en.ftl` (and of each other `locales/*.ftl`), called
//! through a typed function of [`msg`], generated at build time (`ftl.rs`): `msg::status_open()`,
//! `msg::more_reasons(n)`. English is compiled in; another language arrives as a file already
//! checked and compiled at build time ([`Catalog::decode`]), never parsed here.
//!
//! The active language is per thread (the browser has one): the widget sets it when a
//! language file has loaded ([`set_language`]) and every message reads it. Plain Rust, no web
//! dependencies, so it is tested natively in every language.

#[cfg(feature = "multilingual")]
use crate::codec::{Codec, Reader};
pub use crate::locales::{locale_info, LocaleInfo, Plural, PluralRule, LOCALES};
#[cfg(feature = "multilingual")]
use std::cell::{Cell, RefCell};

/// The typed message functions, one per message of `locales/en.ftl`: each looks its message up
/// in the active language's catalog.
#[cfg(feature = "multilingual")]
pub mod msg {
    include!(concat!(env!("OUT_DIR"), "/messages.rs"));
}

/// The typed message functions, English only, compiled as literal code (`ftl::rust_english`):
/// the reader's bundle, which carries no catalog, no plural tables and no language files
/// (docs/i18n.md, "Size"); web/loader.js loads the classroom's bundle for other languages.
#[cfg(not(feature = "multilingual"))]
pub mod msg {
    include!(concat!(env!("OUT_DIR"), "/messages_en.rs"));
}

/// English's literal code beside the catalog's functions, for the test that compares them.
#[cfg(all(test, feature = "multilingual"))]
mod english {
    include!(concat!(env!("OUT_DIR"), "/messages_en.rs"));
}
#[cfg(all(test, feature = "multilingual"))]
mod compare {
    include!(concat!(env!("OUT_DIR"), "/messages_compare.rs"));
}

/// English's plural category of `n` (the literal English messages select with it).
pub fn english_category(n: usize) -> Plural {
    LOCALES[0].plural.category(n)
}

/// English's literal messages (`ftl::rust_english`): `template` with each U+0001 in it replaced
/// by the next of `args`, in order. One loop for every message, where an array of each
/// message's pieces was built at every call (docs/size.md, "The change sentences' causes").
pub fn fill(template: &str, args: &[&str]) -> String {
    let mut out = String::new();
    for (i, piece) in template.split('\u{1}').enumerate() {
        if let Some(arg) = i.checked_sub(1).and_then(|i| args.get(i)) {
            out.push_str(arg);
        }
        out.push_str(piece);
    }
    out
}

/// English's messages, compiled at build time (crates/model/build.rs).
#[cfg(feature = "multilingual")]
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

#[cfg(feature = "multilingual")]
/// An argument of a message: text, or a number (which selects plural variants).
#[derive(Clone, Copy, Debug)]
pub enum Arg<'a> {
    Str(&'a str),
    Num(usize),
}

#[cfg(feature = "multilingual")]
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

#[cfg(feature = "multilingual")]
/// One language's messages (in English's order) and the world in that language.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Catalog {
    messages: Vec<Vec<Part>>,
    /// The project's world with its texts in this language, translated at build time
    /// (`language_files`), so the widget carries no code to translate it; `None`: the data
    /// stays in English (a developer's own data file).
    pub world: Option<crate::World>,
    /// The classroom lesson's texts in this language, in the order `texts::visit_lesson_mut`
    /// visits them (empty: the lesson stays in English).
    pub lesson_texts: Vec<String>,
}

#[cfg(feature = "multilingual")]
fn read_pattern(input: &mut Reader, depth: u8, bad: &mut bool) -> Vec<Part> {
    let count = usize::read(input);
    let mut parts = Vec::new();
    for _ in 0..count {
        if *bad {
            break;
        }
        let part = match usize::read(input) {
            0 => {
                let text = String::read(input);
                // One piece of text per run (a message without arguments is then one `&str`).
                if let Some(Part::Text(last)) = parts.last_mut() {
                    last.push_str(&text);
                    continue;
                }
                Part::Text(text)
            }
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
        };
        parts.push(part);
    }
    parts
}

#[cfg(feature = "multilingual")]
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
                let world = (usize::read(input) == 1).then(|| crate::World::read(input));
                let lesson_texts = Vec::<String>::read(input);
                let catalog = Catalog {
                    messages,
                    world,
                    lesson_texts,
                };
                Whole(catalog, bad, low | high << 32)
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

    /// The world in this language, if the file carries one that fits `english` (the same
    /// record: its revision and as many policies, chips and developers).
    pub fn world_for(&'static self, english: &crate::World) -> Option<&'static crate::World> {
        self.world.as_ref().filter(|w| {
            w.meta.as_of == english.meta.as_of
                && w.policies.len() == english.policies.len()
                && w.chips.len() == english.chips.len()
                && w.developers.len() == english.developers.len()
        })
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

#[cfg(feature = "multilingual")]
/// An argument placed inside “…” (a policy name that quotes a word, in a sentence that quotes
/// the name) has its own “…” turned into ‘…’: quotes inside quotes alternate, in Chinese as in
/// English (打开“华为昇腾被‘列入黑名单’（美国指南）”).
fn push_nested(out: &mut String, arg: &str) {
    // “ ” ‘ ’ are E2 80 9C, 9D, 98, 99 in UTF-8: only the last byte differs, so this works on
    // bytes (no char pattern searcher in the wasm: measured about 1 KB raw smaller).
    let count =
        |text: &[u8], last: u8| text.windows(3).filter(|w| *w == [0xE2, 0x80, last]).count();
    let inside = count(out.as_bytes(), 0x9C) > count(out.as_bytes(), 0x9D);
    if !inside || count(arg.as_bytes(), 0x9C) == 0 {
        out.push_str(arg);
        return;
    }
    let mut bytes = arg.as_bytes().to_vec();
    for i in 2..bytes.len() {
        if bytes[i - 2] == 0xE2 && bytes[i - 1] == 0x80 && matches!(bytes[i], 0x9C | 0x9D) {
            bytes[i] -= 4;
        }
    }
    out.push_str(std::str::from_utf8(&bytes).unwrap_or(arg));
}

#[cfg(feature = "multilingual")]
fn write_pattern(out: &mut String, pattern: &[Part], rule: PluralRule, args: &[Arg]) {
    for part in pattern {
        match part {
            Part::Text(text) => out.push_str(text),
            Part::Arg(i) => match args.get(*i) {
                Some(Arg::Str(s)) => push_nested(out, s),
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

#[cfg(feature = "multilingual")]
thread_local! {
    /// The active language and its catalog (English when `None`). Catalogs live for the page's
    /// lifetime (one per language at most, [`Catalog::keep`]), so a message without arguments
    /// can hand out `&'static str`: a view then shows it as it would show a literal, with no
    /// `String` built, converted and dropped at each of some 250 call sites (about 5 KB gzip of
    /// the reader's wasm, measured).
    static ACTIVE: Cell<Option<(Locale, &'static Catalog)>> = const { Cell::new(None) };
    /// The catalogs kept so far, one per language.
    static KEPT: RefCell<Vec<(Locale, &'static Catalog)>> = const { RefCell::new(Vec::new()) };
}

#[cfg(feature = "multilingual")]
fn english() -> &'static Catalog {
    thread_local! {
        static EN: &'static Catalog = Box::leak(Box::new(
            Catalog::decode(ENGLISH).expect("English was compiled by this build"),
        ));
    }
    EN.with(|en| *en)
}

#[cfg(feature = "multilingual")]
impl Catalog {
    /// This catalog as `locale`'s for the rest of the page's life (the first one given for a
    /// language is kept, later ones are dropped: a language file never changes under a page).
    pub fn keep(self, locale: Locale) -> &'static Catalog {
        KEPT.with(|kept| {
            let mut kept = kept.borrow_mut();
            if let Some((_, catalog)) = kept.iter().find(|(l, _)| *l == locale) {
                return *catalog;
            }
            let catalog: &'static Catalog = Box::leak(Box::new(self));
            kept.push((locale, catalog));
            catalog
        })
    }

    /// This catalog for the rest of the page's (or test's) life, without registering it as a
    /// language's: tests that set up languages from files in any order use this.
    pub fn leak(self) -> &'static Catalog {
        Box::leak(Box::new(self))
    }

    /// The catalog kept for `locale`, if one was.
    pub fn kept(locale: Locale) -> Option<&'static Catalog> {
        KEPT.with(|kept| {
            kept.borrow()
                .iter()
                .find(|(l, _)| *l == locale)
                .map(|(_, c)| *c)
        })
    }

    /// Message `index`, which has no arguments, as text.
    fn text(&'static self, index: usize) -> &'static str {
        match self.messages.get(index).map(Vec::as_slice) {
            Some([]) => "",
            Some([Part::Text(text)]) => text,
            // A message English has no arguments for has none in any language (checked at
            // build time, and a file for other messages is refused by its fingerprint).
            _ => "⟦?⟧",
        }
    }
}

#[cfg(feature = "multilingual")]
fn active() -> (Locale, &'static Catalog) {
    ACTIVE
        .with(Cell::get)
        .unwrap_or_else(|| (Locale::EN, english()))
}

#[cfg(feature = "multilingual")]
/// Makes `locale` (with its kept catalog) the language of every message from now on.
pub fn set_language(locale: Locale, catalog: &'static Catalog) {
    ACTIVE.with(|a| a.set(Some((locale, catalog))));
}

#[cfg(feature = "multilingual")]
/// Back to English (compiled in, always available).
pub fn set_english() {
    ACTIVE.with(|a| a.set(None));
}

/// The language messages are in now.
pub fn language() -> Locale {
    #[cfg(feature = "multilingual")]
    return active().0;
    #[cfg(not(feature = "multilingual"))]
    Locale::EN
}

#[cfg(feature = "multilingual")]
/// The active language's catalog (for the data's translated texts).
pub fn catalog() -> &'static Catalog {
    active().1
}

#[cfg(feature = "multilingual")]
/// Message `index` (English's order) in the active language. The typed functions of [`msg`]
/// call this; nothing else should. Never inlined: some 350 call sites each pay one call, not a
/// copy of the lookup (measured: about 17 KB raw of wasm).
#[inline(never)]
pub fn format(index: usize, args: &[Arg]) -> String {
    let (locale, catalog) = active();
    catalog.format(locale.info().plural, index, args)
}

#[cfg(feature = "multilingual")]
/// Message `index`, one without arguments, in the active language (the typed functions of
/// [`msg`] call this). Never inlined, like [`format`].
#[inline(never)]
pub fn text(index: usize) -> &'static str {
    active().1.text(index)
}

/// For tests: makes `tag` the active language, compiled from `locales/` as the build does.
#[cfg(all(any(test, feature = "files"), feature = "multilingual"))]
pub fn use_language_from_files(tag: &str) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    let all = crate::ftl::load_all(&dir).expect("the message files are checked by the build");
    let en = &all[0].1;
    let (info, resource) = all
        .iter()
        .find(|(l, _)| l.tag == tag)
        .expect("a registered language");
    let catalog = Catalog::decode(&crate::ftl::encode(en, resource, &[], &[])).expect("decodes");
    // (The data's texts stay English here: tests of the words around them.)
    let locale = Locale::from_tag(info.tag).expect("registered");
    set_language(locale, catalog.leak());
}

#[cfg(all(test, feature = "multilingual"))]
mod tests {
    use super::*;
    use crate::ftl;

    fn catalog_of(en: &str, other: &str, tag: &str) -> (Catalog, Locale) {
        let en = ftl::parse("en.ftl", en).unwrap();
        let other = ftl::parse("x.ftl", other).unwrap();
        let locale = Locale::from_tag(tag).unwrap();
        assert!(ftl::check(&en, &[(locale.info(), &other)]).is_empty());
        let bytes = ftl::encode(
            &en,
            &other,
            &crate::codec::encode(crate::test_world()),
            &["开放".into()],
        );
        let catalog =
            Catalog::decode_for(&bytes, ftl::fingerprint(&en), en.messages.len()).unwrap();
        (catalog, locale)
    }

    #[test]
    fn quotes_inside_quotes_alternate() {
        let en = "on = Switch on “{ $name }”\nplain = { $name }\nafter = “{ $a }” and { $b }\n";
        let (catalog, locale) = catalog_of(en, en, "en");
        let say = |i, args: &[Arg]| catalog.format(locale.info().plural, i, args);
        let name = Arg::Str("Huawei “blacklisted”");
        assert_eq!(say(0, &[name]), "Switch on “Huawei ‘blacklisted’”");
        // Not inside quotes: as it is.
        assert_eq!(say(1, &[name]), "Huawei “blacklisted”");
        assert_eq!(
            say(2, &[name, name]),
            "“Huawei ‘blacklisted’” and Huawei “blacklisted”"
        );
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
        assert_eq!(catalog.world.as_ref(), Some(crate::test_world()));
        assert_eq!(catalog.lesson_texts, ["开放"]);
    }

    #[test]
    fn the_world_of_a_file_is_used_only_for_the_same_record() {
        let en = ftl::parse("en.ftl", "a = A\n").unwrap();
        let world = crate::test_world();
        let bytes = ftl::encode(&en, &en, &crate::codec::encode(world), &[]);
        let catalog: &'static Catalog = Box::leak(Box::new(
            Catalog::decode_for(&bytes, ftl::fingerprint(&en), 1).unwrap(),
        ));
        assert!(catalog.world_for(world).is_some());
        let mut other = world.clone();
        other.meta.as_of = "1999-01-01".into();
        assert!(catalog.world_for(&other).is_none(), "another revision");
        other = world.clone();
        other.policies.pop();
        assert!(
            catalog.world_for(&other).is_none(),
            "another set of policies"
        );
        let without = ftl::encode(&en, &en, &[], &[]);
        let catalog = Catalog::decode_for(&without, ftl::fingerprint(&en), 1).unwrap();
        assert_eq!(catalog.world, None);
    }

    #[test]
    fn a_file_for_other_messages_or_damaged_is_refused() {
        let en = ftl::parse("en.ftl", "a = A\n").unwrap();
        let bytes = ftl::encode(&en, &en, &[], &[]);
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
    fn english_as_literal_code_says_what_the_catalog_says() {
        // The English-only reader bundle's messages (`ftl::rust_english`) against English's
        // catalog, every message, with numbers that pick every kind of variant.
        assert_eq!(language(), Locale::EN);
        let mut checked = 0;
        for n in [0, 1, 2, 7, 21] {
            for (id, literal, catalog) in compare::comparison(n) {
                assert_eq!(literal, catalog, "message `{id}` with n = {n}");
                checked += 1;
            }
        }
        assert_eq!(checked, 5 * msg::COUNT);
        assert_eq!(english::COUNT, msg::COUNT);
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
