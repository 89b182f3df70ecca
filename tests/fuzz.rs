//! Fuzz targets, as ordinary tests: the link parser, the binary world loader and the embed
//! message parsers. (The fourth target, data files through build-time validation, is
//! `tests/hostile_data.rs`.)
//!
//! Each target is a seeded loop. A case is a seed input (`tests/fuzz_corpus/`, or the real
//! compiled-in world for the loader), a seed mutated one to four times (byte flips, deletions,
//! repeated parameters, insertions of hostile pieces: `%`, `%FF`, `&`, `=`, NUL, bidi controls,
//! `xPYMx`, very long values, other scripts), or purely random input. Every case runs under
//! `catch_unwind`: a panic or a broken invariant is collected with its input (escaped) and fails
//! the test at the end, listing the first ones. Each target prints the cases run, the panics and
//! the slowest input with its time (`cargo test --test fuzz -- --nocapture`).
//!
//! `cargo test` runs a bounded slice (`CHIP_PATHS_FUZZ_CASES`, 5,000 per target by default);
//! `make fuzz` runs the long campaign (1,000,000 per target). `CHIP_PATHS_FUZZ_SEED` picks
//! another sequence. The generator is deterministic, so a seed and a case number reproduce an
//! input exactly.

use chip_paths::embed::protocol::{
    embed_url, escape_html, full_view_query, height_messages, iframe_code, parse_incoming,
    responsive_code, script_code, share_url, sibling_url, ChildId, Incoming, Message,
};
use chip_paths::embedded::EMBEDDED_BINARY;
use chip_paths::model::codec;
use chip_paths::model::World;
use chip_paths::url::ViewState;
use chip_paths::url::{MAX_PARAMETERS, MAX_QUERY};
use std::cell::Cell;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::Once;
use std::time::{Duration, Instant};

const LINKS: &str = include_str!("fuzz_corpus/links.txt");
const MESSAGES: &str = include_str!("fuzz_corpus/messages.txt");

/// Cases per target when `CHIP_PATHS_FUZZ_CASES` is not set: the slice `cargo test` runs.
const DEFAULT_CASES: u64 = 5_000;
const DEFAULT_SEED: u64 = 0x5EED_C41B;

// ---------------------------------------------------------------------------------------------
// The harness

/// splitmix64: small, deterministic, statistically fine for picking mutations.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.trim().replace('_', "").parse().ok())
        .unwrap_or(default)
}

thread_local! {
    /// Set while a case runs: its panics are caught and reported, so the hook stays quiet.
    static IN_CASE: Cell<bool> = const { Cell::new(false) };
}

/// One panic hook for the whole binary (the targets run on parallel threads): quiet inside a
/// case, the default one everywhere else (so the final assertion still prints).
fn quiet_panics_in_cases() {
    static INSTALL: Once = Once::new();
    INSTALL.call_once(|| {
        let default = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !IN_CASE.with(Cell::get) {
                default(info);
            }
        }));
    });
}

/// Text for a report: printable ASCII as it is, everything else as `\u{…}`, cut short.
fn escape(text: &str) -> String {
    let mut out = String::new();
    for (n, c) in text.chars().enumerate() {
        if n == 300 {
            out.push_str(&format!("… ({} bytes in all)", text.len()));
            break;
        }
        match c {
            '\\' => out.push_str("\\\\"),
            ' '..='~' => out.push(c),
            c => out.push_str(&format!("\\u{{{:x}}}", u32::from(c))),
        }
    }
    out
}

fn panic_text(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "(no message)".into())
}

/// A target's input: what is fed in, and how it came about (for the report).
struct Case<I> {
    input: I,
    origin: &'static str,
}

#[derive(Default)]
struct Report {
    cases: u64,
    panics: u64,
    broken: u64,
    /// How the cases ended (the check's words), to see that the mutations reach every path.
    outcomes: std::collections::BTreeMap<&'static str, u64>,
    /// The first failures, each with its input.
    failures: Vec<String>,
    slowest: Option<(Duration, u64, String)>,
}

/// Runs `cases` generated inputs through `check` (which returns how the case ended, or `Err`
/// for a broken invariant) and prints the figures.
fn campaign<I>(
    name: &str,
    mut generate: impl FnMut(&mut Rng) -> Case<I>,
    check: impl Fn(&I) -> Result<&'static str, String>,
    show: impl Fn(&I) -> String,
) -> Report {
    quiet_panics_in_cases();
    let cases = env_number("CHIP_PATHS_FUZZ_CASES", DEFAULT_CASES);
    let seed = env_number("CHIP_PATHS_FUZZ_SEED", DEFAULT_SEED);
    // Each target its own stream, so adding cases to one does not shift another.
    let salt = name.bytes().fold(0u64, |h, b| {
        h.rotate_left(5) ^ u64::from(b).wrapping_mul(0x100_0000_01B3)
    });
    let mut rng = Rng(seed ^ salt);
    let mut report = Report::default();
    let started = Instant::now();
    for case in 0..cases {
        let Case { input, origin } = generate(&mut rng);
        let began = Instant::now();
        IN_CASE.with(|f| f.set(true));
        let outcome = catch_unwind(AssertUnwindSafe(|| check(&input)));
        IN_CASE.with(|f| f.set(false));
        let took = began.elapsed();
        report.cases += 1;
        let failure = match outcome {
            Ok(Ok(outcome)) => {
                *report.outcomes.entry(outcome).or_default() += 1;
                None
            }
            Ok(Err(why)) => {
                report.broken += 1;
                Some(format!("case {case} ({origin}): {why}"))
            }
            Err(payload) => {
                report.panics += 1;
                Some(format!(
                    "case {case} ({origin}): PANIC {}",
                    escape(&panic_text(payload.as_ref()))
                ))
            }
        };
        if let Some(failure) = failure {
            if report.failures.len() < 10 {
                report
                    .failures
                    .push(format!("{failure}\n    input: {}", show(&input)));
            }
        }
        if report.slowest.as_ref().is_none_or(|(t, _, _)| took > *t) {
            report.slowest = Some((took, case, format!("{origin}: {}", show(&input))));
        }
    }
    println!(
        "fuzz {name}: {} cases (seed {seed:#x}) in {:.1?}: {} panics, {} broken invariants",
        report.cases,
        started.elapsed(),
        report.panics,
        report.broken
    );
    let outcomes: Vec<String> = report
        .outcomes
        .iter()
        .map(|(what, n)| format!("{n} {what}"))
        .collect();
    println!("fuzz {name}: {}", outcomes.join(", "));
    if let Some((took, case, input)) = &report.slowest {
        println!("fuzz {name}: slowest input: case {case} ({took:.1?}): {input}");
    }
    report
}

/// No panic, no broken invariant, and (in a run of any size) every expected way of ending seen.
fn assert_clean(name: &str, report: &Report, expected: &[&str]) {
    assert!(
        report.panics == 0 && report.broken == 0,
        "fuzz {name}: {} panics and {} broken invariants in {} cases; the first:\n{}",
        report.panics,
        report.broken,
        report.cases,
        report.failures.join("\n")
    );
    if report.cases >= 1_000 {
        for what in expected {
            assert!(
                report.outcomes.contains_key(what),
                "fuzz {name}: mutations too tame, no case {what}"
            );
        }
    }
}

/// The seed lines of a corpus file.
fn corpus(text: &'static str) -> Vec<&'static str> {
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .collect()
}

/// Pieces a hostile input is made of.
const HOSTILE: &[&str] = &[
    "%",
    "%F",
    "%FF",
    "%C3",
    "%C3%28",
    "%E2%80%AE",
    "%00",
    "%25",
    "%26",
    "%3D",
    "%2C",
    "%zz",
    "&",
    "&&",
    "=",
    "==",
    "?",
    "#",
    ",",
    "+",
    " ",
    "\0",
    "\r\n",
    "\t",
    "\u{202E}",
    "\u{202A}",
    "\u{2066}",
    "\u{2069}",
    "\u{200F}",
    "\u{061C}",
    "\u{FEFF}",
    "xPYMx",
    "pymxPYMx",
    "é",
    "e\u{301}",
    "日本語",
    "العربية",
    "🦀",
    "\u{10FFFF}",
    "<script>",
    "\"",
    "'",
    "\\",
    "0",
    "-1",
    "1e9",
    "4294967296",
    "18446744073709551616",
    ".",
    ":",
    "_",
    "-",
];

/// Inserts `piece` at a random character boundary of `text`.
fn insert_at(rng: &mut Rng, text: &mut String, piece: &str) {
    let mut at = rng.below(text.len() + 1);
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    text.insert_str(at, piece);
}

/// A random character boundary range of `text`.
fn range(rng: &mut Rng, text: &str) -> (usize, usize) {
    let mut a = rng.below(text.len() + 1);
    let mut b = a + rng.below(text.len() - a + 1).min(1 + rng.below(16));
    while !text.is_char_boundary(a) {
        a -= 1;
    }
    while !text.is_char_boundary(b) {
        b += 1;
    }
    (a, b)
}

/// One text mutation; `words` are pieces of real input (ids, keys, dates) to splice in.
fn mutate_text(rng: &mut Rng, text: &mut String, words: &[String]) {
    match rng.below(11) {
        0 | 1 => {
            let piece = *rng.pick(HOSTILE);
            insert_at(rng, text, piece);
        }
        2 => {
            let word = rng.pick(words).clone();
            insert_at(rng, text, &word);
        }
        3 => {
            let (a, b) = range(rng, text);
            text.replace_range(a..b, "");
        }
        4 => {
            // Flip a byte: an ASCII character replaced by another (kept valid UTF-8).
            let (a, _) = range(rng, text);
            if text[a..].chars().next().is_some_and(|c| c.is_ascii()) {
                let c = char::from(rng.below(128) as u8);
                text.replace_range(a..a + 1, &c.to_string());
            }
        }
        5 => {
            // Repeat a parameter (or any piece) up to a hundred times.
            let (a, b) = range(rng, text);
            let piece = format!("&{}", &text[a..b]);
            let most = if rng.chance(10) { 100 } else { 3 };
            let times = 1 + rng.below(most);
            text.push_str(&piece.repeat(times));
        }
        6 => {
            // A very long value, sometimes past the parser's limit.
            let len = *rng.pick(&[10, 40, 41, 64, 65, 200, MAX_QUERY - 10, MAX_QUERY + 10]);
            let fill = *rng.pick(&["a", "%41", "é", "\u{202E}", ",", "x,"]);
            let key = rng.pick(words).clone();
            text.push_str(&format!("&{key}={}", fill.repeat(len / fill.len().max(1))));
        }
        7 => {
            let cut = rng.below(text.len() + 1);
            let mut cut = cut;
            while !text.is_char_boundary(cut) {
                cut -= 1;
            }
            text.truncate(cut);
        }
        8 => {
            // Swap two `&`-separated pieces.
            let mut parts: Vec<String> = text.split('&').map(str::to_string).collect();
            let (i, j) = (rng.below(parts.len()), rng.below(parts.len()));
            parts.swap(i, j);
            *text = parts.join("&");
        }
        9 => {
            // Percent-encode a piece (so decoding has to undo it), or a random character.
            let (a, b) = range(rng, text);
            let encoded: String = text[a..b].bytes().map(|b| format!("%{b:02X}")).collect();
            text.replace_range(a..b, &encoded);
        }
        _ => {
            let c = char::from_u32(rng.below(0x11_0000) as u32).unwrap_or('\u{FFFD}');
            insert_at(rng, text, &c.to_string());
        }
    }
}

/// Random text: random characters, mostly ASCII.
fn random_text(rng: &mut Rng, max_len: usize) -> String {
    let len = rng.below(max_len + 1);
    (0..len)
        .map(|_| match rng.below(10) {
            0 => char::from_u32(rng.below(0x11_0000) as u32).unwrap_or('\u{FFFD}'),
            1 => char::from(rng.below(0x20) as u8),
            _ => char::from(0x20 + rng.below(0x5F) as u8),
        })
        .collect()
}

/// Random pieces and words glued together.
fn random_pieces(rng: &mut Rng, words: &[String]) -> String {
    let n = rng.below(12);
    let mut out = String::new();
    for _ in 0..n {
        if rng.chance(50) {
            out.push_str(rng.pick(words).as_str());
        } else {
            out.push_str(rng.pick::<&str>(HOSTILE));
        }
    }
    out
}

mod common;
use common::world;

// ---------------------------------------------------------------------------------------------
// Target 1: the link parser

/// Keys, values and ids of real links: the words mutations splice in.
fn link_words(world: &World) -> Vec<String> {
    let mut words: Vec<String> = [
        "date",
        "preset",
        "on",
        "off",
        "dev",
        "workload",
        "theme",
        "mode",
        "embed",
        "step",
        "childId",
        "lang",
        "initialWidth",
        "parentTitle",
        "parentUrl",
        "training",
        "inference",
        "auto",
        "light",
        "dark",
        "explore",
        "story",
        "present",
        "1",
        "0",
        "true",
        "en",
        "2025-08-14",
        "2022-08-26",
        "2099-01-01",
        "1999-12-31",
        "2025-02-29",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    words.extend(world.policies.iter().map(|p| p.id.to_string()));
    words.extend(world.developers.iter().map(|d| d.id.to_string()));
    words.extend(world.presets.iter().map(|p| p.id.to_string()));
    words.extend(world.presets.iter().map(|p| p.date.clone()));
    words
}

/// A valid link built from random real parts (so the round trip is also tried on rich states).
fn random_valid_link(rng: &mut Rng, world: &World) -> String {
    let mut parts = Vec::new();
    if rng.chance(50) {
        parts.push(format!("date={}", rng.pick(&world.presets).id));
    }
    for key in ["on", "off"] {
        if rng.chance(50) {
            let ids: Vec<&str> = (0..1 + rng.below(4))
                .map(|_| rng.pick(&world.policies).id.as_str())
                .collect();
            parts.push(format!("{key}={}", ids.join(",")));
        }
    }
    if rng.chance(50) {
        parts.push(format!("dev={}", rng.pick(&world.developers).id));
    }
    if rng.chance(30) {
        parts.push(format!(
            "mode={}",
            rng.pick(&["story", "present", "explore"])
        ));
        parts.push(format!("step={}", 1 + rng.below(world.story.len() + 1)));
    }
    if rng.chance(30) {
        parts.push(format!("theme={}", rng.pick(&["dark", "light", "auto"])));
    }
    if rng.chance(30) {
        parts.push("embed=1&childId=chip-paths_1".into());
    }
    // Parameters in any order.
    for i in (1..parts.len()).rev() {
        parts.swap(i, rng.below(i + 1));
    }
    format!("?{}", parts.join("&"))
}

/// The bound on notices the parser's input caps imply: the query is cut at `MAX_QUERY` bytes,
/// so a list of unknown ids (`on=a,b,c…`, one notice each, at least two bytes each) gives at
/// most `MAX_QUERY / 2`; every other notice is one per parameter (`MAX_PARAMETERS`), one per
/// switch both on and off, plus the two about the link itself and `step`.
fn notice_bound(world: &World) -> usize {
    MAX_QUERY / 2 + MAX_PARAMETERS + world.policies.len() + 3
}

fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}'
    )
}

/// Parses once; the state's link must parse back to the same state without a notice, and
/// re-encode to the same link. Notices stay bounded, short and free of bidi controls.
fn check_link(query: &str) -> Result<&'static str, String> {
    let world = world();
    let (state, notices) = ViewState::parse(query, world);
    if notices.len() > notice_bound(world) {
        return Err(format!(
            "{} notices, more than the bound {}",
            notices.len(),
            notice_bound(world)
        ));
    }
    for notice in &notices {
        let text = notice.to_string();
        if text.chars().count() > 200 {
            return Err(format!("notice too long: {}", escape(&text)));
        }
        if text.chars().any(is_bidi_control) {
            return Err(format!("notice quotes a bidi control: {}", escape(&text)));
        }
    }
    let link = state.to_query(world);
    let (again, again_notices) = ViewState::parse(&link, world);
    if again != state {
        return Err(format!(
            "the re-encoded link {} parses to another state:\n    first:  {state:?}\n    second: {again:?}",
            escape(&link)
        ));
    }
    if !again_notices.is_empty() {
        return Err(format!(
            "the re-encoded link {} has notices: {again_notices:?}",
            escape(&link)
        ));
    }
    let relink = again.to_query(world);
    if relink != link {
        return Err(format!(
            "encoding is not a fixed point: {} then {}",
            escape(&link),
            escape(&relink)
        ));
    }
    Ok(match (notices.is_empty(), link.is_empty()) {
        (true, true) => "default views",
        (true, false) => "clean links",
        (false, true) => "links with notices, default view",
        (false, false) => "links with notices and a state",
    })
}

#[test]
fn fuzz_link_parser() {
    let world = world();
    let seeds = corpus(LINKS);
    let words = link_words(world);
    let report = campaign(
        "link parser",
        |rng| match rng.below(20) {
            0 => Case {
                input: rng.pick(&seeds).to_string(),
                origin: "seed",
            },
            1..=2 => Case {
                input: random_valid_link(rng, world),
                origin: "valid link",
            },
            3..=14 => {
                let mut text = if rng.chance(70) {
                    rng.pick(&seeds).to_string()
                } else {
                    random_valid_link(rng, world)
                };
                for _ in 0..1 + rng.below(4) {
                    mutate_text(rng, &mut text, &words);
                }
                Case {
                    input: text,
                    origin: "mutated",
                }
            }
            15..=16 => Case {
                input: random_text(rng, 200),
                origin: "random text",
            },
            _ => Case {
                input: random_pieces(rng, &words),
                origin: "random pieces",
            },
        },
        |query| check_link(query),
        |query| escape(query),
    );
    assert_clean(
        "link parser",
        &report,
        &[
            "clean links",
            "links with notices and a state",
            "links with notices, default view",
        ],
    );
}

// ---------------------------------------------------------------------------------------------
// Target 2: the binary world loader

/// One byte-level mutation of `bytes`, described in words.
fn mutate_bytes(rng: &mut Rng, bytes: &mut Vec<u8>) -> String {
    let n = bytes.len();
    if n == 0 {
        bytes.push(rng.next() as u8);
        return "add a byte to nothing".into();
    }
    let i = rng.below(n);
    match rng.below(9) {
        0 => {
            let bit = rng.below(8);
            bytes[i] ^= 1 << bit;
            format!("flip bit {bit} of byte {i}")
        }
        1 => {
            let value = *rng.pick(&[0x00, 0x01, 0x02, 0x7F, 0x80, 0xC0, 0xFE, 0xFF]);
            bytes[i] = value;
            format!("byte {i} = {value:#04x}")
        }
        2 => {
            let value = rng.next() as u8;
            bytes[i] = value;
            format!("byte {i} = {value:#04x} (random)")
        }
        3 => {
            let len = 1 + rng.below(16);
            let end = (i + len).min(n);
            bytes.drain(i..end);
            format!("delete bytes {i}..{end}")
        }
        4 => {
            let len = 1 + rng.below(16);
            let new: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
            bytes.splice(i..i, new);
            format!("insert {len} random bytes at {i}")
        }
        5 => {
            bytes.truncate(i);
            format!("truncate to {i} bytes")
        }
        6 => {
            // A long LEB128 number: a huge length or count, or an overlong encoding.
            const RUNS: [&[u8]; 4] = [
                &[0xFF, 0xFF, 0xFF, 0xFF, 0x0F],
                &[0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01],
                &[0x80, 0x80, 0x80, 0x80, 0x00],
                &[0x80, 0x00],
            ];
            let run = *rng.pick(&RUNS);
            let end = (i + run.len()).min(n);
            bytes.splice(i..end, run.iter().copied());
            format!("LEB128 {run:02x?} at {i}")
        }
        7 => {
            // Copy a slice of the data elsewhere (shifts every later field).
            let from = rng.below(n);
            let len = 1 + rng.below(32);
            let chunk = bytes[from..(from + len).min(n)].to_vec();
            bytes.splice(i..i, chunk);
            format!("copy {len} bytes from {from} to {i}")
        }
        _ => {
            // Invalid UTF-8 inside the text.
            const PIECES: [&[u8]; 3] = [&[0xC3, 0x28], &[0xED, 0xA0, 0x80], &[0xF8]];
            let piece = *rng.pick(&PIECES);
            let end = (i + piece.len()).min(n);
            bytes.splice(i..end, piece.iter().copied());
            format!("invalid UTF-8 {piece:02x?} at {i}")
        }
    }
}

/// Loads; a failure is a list of errors that each say something. A world that loads survives
/// its own encoding.
fn check_binary(bytes: &[u8]) -> Result<&'static str, String> {
    match World::load_binary(bytes) {
        Ok(world) => {
            let again = codec::decode::<World>(&codec::encode(&world))
                .map_err(|e| format!("a loaded world does not read back: {e}"))?;
            if again != world {
                return Err("a loaded world reads back as another world".into());
            }
            Ok("loaded")
        }
        Err(errors) if errors.is_empty() => Err("refused without an error".into()),
        Err(errors) => match errors.iter().find(|e| e.message.trim().is_empty()) {
            Some(e) => Err(format!("an error without a message: {e:?}")),
            None if errors[0].message.contains("cannot be read") => Ok("unreadable"),
            None => Ok("read, refused by validation"),
        },
    }
}

#[test]
fn fuzz_binary_loader() {
    let base = EMBEDDED_BINARY;
    assert!(World::load_binary(base).is_ok(), "the real binary loads");
    let report = campaign(
        "binary loader",
        |rng| match rng.below(20) {
            0 => {
                let len = rng.below(300);
                Case {
                    input: (
                        (0..len).map(|_| rng.next() as u8).collect(),
                        "random".into(),
                    ),
                    origin: "random bytes",
                }
            }
            1 => {
                // Random bytes after a real prefix: reaches deeper fields.
                let keep = rng.below(base.len());
                let mut bytes = base[..keep].to_vec();
                bytes.extend((0..rng.below(64)).map(|_| rng.next() as u8));
                Case {
                    input: (bytes, format!("real prefix of {keep} bytes + random")),
                    origin: "random tail",
                }
            }
            _ => {
                let mut bytes = base.to_vec();
                let most = if rng.chance(80) { 1 } else { 4 };
                let what: Vec<String> = (0..1 + rng.below(most))
                    .map(|_| mutate_bytes(rng, &mut bytes))
                    .collect();
                Case {
                    input: (bytes, what.join("; ")),
                    origin: "mutated",
                }
            }
        },
        |(bytes, _)| check_binary(bytes),
        |(bytes, what)| format!("{what} ({} bytes)", bytes.len()),
    );
    assert_clean(
        "binary loader",
        &report,
        &["loaded", "unreadable", "read, refused by validation"],
    );
}

// ---------------------------------------------------------------------------------------------
// Target 3: the embed message parsers

/// The rule, restated: a Pym width message is exactly `pymxPYMx{id}xPYMxwidthxPYMx{w}` for
/// this widget's id, `w` plain decimal digits with at most one `.` and digits after it, the
/// whole part a u32.
fn expected_width(data: &str, child_id: Option<&ChildId>) -> Option<u32> {
    let prefix = format!("pymxPYMx{}xPYMxwidthxPYMx", child_id?.as_str());
    let value = data.strip_prefix(prefix.as_str())?;
    let mut parts = value.split('.');
    let whole = parts.next()?;
    let fraction = parts.next();
    let all_digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    if parts.next().is_some() || !all_digits(whole) || fraction.is_some_and(|f| !all_digits(f)) {
        return None;
    }
    whole.parse().ok()
}

/// The rule for a `childId`, restated.
fn acceptable_child_id(raw: &str) -> bool {
    !raw.is_empty()
        && raw.len() <= 64
        && raw
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_.:".contains(c))
        && !raw.contains("xPYMx")
}

/// Parses `data` as a message for `raw_id`'s widget, and `raw_id` as a `childId`; runs the
/// other embed helpers on the text too. Nothing panics; only well-formed width messages are
/// accepted; what the widget writes stays valid JSON and escaped HTML.
fn check_message(data: &str, raw_id: &str) -> Result<&'static str, String> {
    let parsed = ChildId::parse(raw_id);
    match (&parsed, acceptable_child_id(raw_id)) {
        (Ok(id), true) if id.as_str() == raw_id => {}
        (Ok(_), _) => return Err(format!("childId {} accepted", escape(raw_id))),
        (Err(why), false) if !why.to_string().is_empty() => {}
        (Err(why), _) => {
            return Err(format!(
                "childId {} refused: {}",
                escape(raw_id),
                escape(&why.to_string())
            ))
        }
    }
    let id = parsed.ok();
    let mut accepted = false;
    for child in [id.as_ref(), None] {
        let got = parse_incoming(data, child);
        let want = expected_width(data, child).map(Incoming::PymWidth);
        if got != want {
            return Err(format!(
                "for childId {:?}: parsed {got:?}, the rule says {want:?}",
                child.map(ChildId::as_str)
            ));
        }
        accepted |= got.is_some();
    }
    // The messages the widget sends: every JSON one parses, and names the right widget.
    let height = (data.len() as u32).wrapping_mul(7919);
    for message in height_messages(height, id.as_ref(), data) {
        let json = match &message {
            Message::Object(json) => json.as_str(),
            Message::Text(text) if text.starts_with('{') => text.as_str(),
            Message::Text(_) => continue,
        };
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| format!("height message {} is not JSON: {e}", escape(json)))?;
        if let Some(src) = value.get("src") {
            if src.as_str() != Some(data) {
                return Err(format!("Embedly src changed: {src}"));
            }
        }
    }
    // The snippet helpers take the page's own address; hostile text must not break them.
    let escaped = escape_html(data);
    if escaped.contains(['<', '>', '"', '\'']) {
        return Err(format!("escape_html left markup: {}", escape(&escaped)));
    }
    let _ = full_view_query(data);
    let _ = share_url(data);
    let _ = sibling_url(data, raw_id);
    if let Some(id) = &id {
        let lower = data.trim_start().to_ascii_lowercase();
        let web = lower.starts_with("https://") || lower.starts_with("http://");
        if embed_url(data, id).is_ok() != web {
            return Err("embed_url accepted a non-http(s) address, or refused one".into());
        }
        if let Ok(code) = iframe_code(data, id, raw_id, 720) {
            if code.matches('<').count() != 2 {
                return Err(format!("iframe code has stray markup: {}", escape(&code)));
            }
        }
        // The responsive code: the iframe and one script element, whatever the address holds.
        // (The script's own `<` are comparisons; nothing from the address reaches it.)
        if let Ok(code) = responsive_code(data, id, raw_id, &[(375, 1000), (600, 800)]) {
            let fine = code
                .split_once("\n<script>")
                .is_some_and(|(frame, script)| {
                    frame.matches('<').count() == 2
                        && script.matches("</script").count() == 1
                        && script.ends_with("</script>")
                        && (data.len() < 8 || !script.contains(data))
                });
            if !fine {
                return Err(format!(
                    "responsive code has stray markup: {}",
                    escape(&code)
                ));
            }
        }
    }
    if let Ok(code) = script_code(data, data, raw_id) {
        if code.matches('<').count() != 4 {
            return Err(format!("script code has stray markup: {}", escape(&code)));
        }
    }
    let lower = data.trim_start().to_ascii_lowercase();
    if share_url(data).is_ok() != (lower.starts_with("https://") || lower.starts_with("http://")) {
        return Err("share_url accepted a non-http(s) address, or refused one".into());
    }
    Ok(match (accepted, id.is_some()) {
        (true, _) => "width messages accepted",
        (false, true) => "ignored, childId valid",
        (false, false) => "ignored, childId refused",
    })
}

const CHILD_IDS: &[&str] = &[
    "chip-paths",
    "chip-paths_1",
    "a:b.c",
    "x",
    "xPYM",
    "PYMx",
    "",
    "pymxPYMx",
];

#[test]
fn fuzz_embed_messages() {
    let seeds = corpus(MESSAGES);
    let words: Vec<String> = [
        "pymxPYMx",
        "xPYMx",
        "width",
        "height",
        "chip-paths",
        "chip-paths_1",
        "640",
        "375.5",
        "https://",
        "http://news.example/a?b=1#c",
        "javascript:",
        "?embed=1&childId=x",
        "{\"",
        "\":",
        "}",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let report = campaign(
        "embed messages",
        |rng| {
            let mut raw_id = rng.pick(CHILD_IDS).to_string();
            if rng.chance(30) {
                mutate_text(rng, &mut raw_id, &words);
            }
            let (data, origin) = match rng.below(20) {
                0..=1 => (rng.pick(&seeds).to_string(), "seed"),
                2..=5 => (
                    // A real width message for this id, perhaps mutated below.
                    format!(
                        "pymxPYMx{raw_id}xPYMxwidthxPYMx{}{}",
                        rng.below(5000),
                        if rng.chance(30) { ".5" } else { "" }
                    ),
                    "width message",
                ),
                6..=15 => {
                    let mut text = if rng.chance(50) {
                        rng.pick(&seeds).replace("chip-paths", &raw_id)
                    } else {
                        format!("pymxPYMx{raw_id}xPYMxwidthxPYMx{}", rng.below(5000))
                    };
                    for _ in 0..1 + rng.below(3) {
                        mutate_text(rng, &mut text, &words);
                    }
                    (text, "mutated")
                }
                16..=17 => (random_text(rng, 120), "random text"),
                _ => (random_pieces(rng, &words), "random pieces"),
            };
            Case {
                input: (data, raw_id),
                origin,
            }
        },
        |(data, raw_id)| check_message(data, raw_id),
        |(data, raw_id)| format!("data {} childId {}", escape(data), escape(raw_id)),
    );
    assert_clean(
        "embed messages",
        &report,
        &[
            "width messages accepted",
            "ignored, childId valid",
            "ignored, childId refused",
        ],
    );
}
