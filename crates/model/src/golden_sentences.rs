//! The change sentences' safety net: every sentence the widget can say after a change, for
//! the record's data, in English and Chinese, compared byte for byte with a golden file
//! (`crates/model/golden/change-sentences.<tag>.txt`). Any change in any sentence fails, so a
//! rewrite of the code behind them (docs/size.md, "The change sentences' causes") can prove it
//! says the same. The cases:
//!
//! - every switch flipped at every event date and at the record's "as of" date (the explorer's
//!   sentence after a toggle), and the sentence after undoing it ("This change …");
//! - every move from one such date to another (the timeline, the presets, the story's steps);
//! - every story step's box (what the step's events change, and what happened meanwhile);
//! - every ordered pair of switches flipped in sequence at four dates (the second flip's
//!   sentence, from the scenario the first left).
//!
//! English runs in both builds of the model: with the catalog (`multilingual`) and as the
//! reader's literal code (`--no-default-features`), against the same file. After a deliberate
//! change of wording, regenerate the files with `CHIP_PATHS_BLESS=1 cargo test -p
//! chip-paths-model golden` and review their diff.

use crate::diff::{describe, describe_move, diff};
use crate::evaluate::evaluate;
use crate::story::step_story;
use crate::{Change, Evaluation, Scenario, World};
use std::fmt::Write as _;
use std::path::PathBuf;

/// Every case with its sentence (`-` when there is none), in the order they are made, and for
/// each kind of case a digest of the changes behind its sentences (`Change`'s reasons also
/// reach the matrix's note on how the view departs from the record, so they must not move
/// either).
struct Cases {
    sentences: Vec<(String, String)>,
    digests: Vec<(&'static str, u64)>,
}

impl Cases {
    fn add(
        &mut self,
        kind: &'static str,
        case: String,
        sentence: Option<String>,
        changes: &[Change],
    ) {
        let sentence = sentence.unwrap_or_else(|| "-".into());
        assert!(!sentence.contains('\n'), "{case}: a sentence on one line");
        assert!(
            !sentence.starts_with(['\t', '#']),
            "{case}: a sentence starts with text"
        );
        self.sentences.push((format!("{kind} {case}"), sentence));
        let at = match self.digests.iter().position(|(k, _)| *k == kind) {
            Some(at) => at,
            None => {
                self.digests.push((kind, 0xcbf2_9ce4_8422_2325));
                self.digests.len() - 1
            }
        };
        let digest = &mut self.digests[at].1;
        // FNV-1a over the changes' `Debug` text: the same on every toolchain.
        for byte in format!("{changes:?}").bytes() {
            *digest = (*digest ^ u64::from(byte)).wrapping_mul(0x100_0000_01b3);
        }
    }
}

fn sentences(world: &World) -> Cases {
    let mut cases = Cases {
        sentences: Vec::new(),
        digests: Vec::new(),
    };
    let mut dates: Vec<&str> = world.events.iter().map(|e| e.date.as_str()).collect();
    dates.push(&world.meta.as_of);
    dates.sort_unstable();
    dates.dedup();
    let flipped = |scenario: &Scenario, id: &crate::PolicyId| {
        let mut after = scenario.clone();
        let on = !after.on.contains(id);
        if on {
            after.on.insert(id.clone());
        } else {
            after.on.remove(id);
        }
        (after, on)
    };
    let toggle = |was: &Evaluation, after: &Scenario, policy: &crate::Policy, on: bool| {
        let now = evaluate(world, after);
        let changes = diff(world, was, &now);
        let sentence = describe(world, &changes, Some((policy, on, after)));
        (now, sentence, changes)
    };
    let evaluations: Vec<(Scenario, Evaluation)> = dates
        .iter()
        .map(|date| {
            let scenario = world.scenario_at(date);
            let evaluation = evaluate(world, &scenario);
            (scenario, evaluation)
        })
        .collect();
    // (a) Every switch flipped at every date, and undone.
    for (date, (scenario, was)) in dates.iter().zip(&evaluations) {
        for policy in &world.policies {
            let (after, on) = flipped(scenario, &policy.id);
            let (now, sentence, changes) = toggle(was, &after, policy, on);
            let position = if on { "on" } else { "off" };
            let case = format!("{date} {} {position}", policy.id);
            cases.add("flip", case.clone(), sentence, &changes);
            let changes = diff(world, &now, was);
            cases.add("undo", case, describe(world, &changes, None), &changes);
        }
    }
    // (b) Every move between two of those dates, both ways.
    for (from, (_, was)) in dates.iter().zip(&evaluations) {
        for (to, (_, now)) in dates.iter().zip(&evaluations) {
            if from != to {
                let changes = diff(world, was, now);
                let sentence = describe_move(world, &changes, to);
                cases.add("move", format!("{from} -> {to}"), sentence, &changes);
            }
        }
    }
    // The story's steps: the box's two halves, and the move from the step before.
    for (index, step) in world.story.iter().enumerate() {
        let story = step_story(world, index).expect("a step of the story");
        let (because, meanwhile) = (&story.because, &story.meanwhile);
        cases.add(
            "step",
            format!("{index} because"),
            Some(story.because_text),
            because,
        );
        cases.add(
            "step",
            format!("{index} meanwhile"),
            Some(story.meanwhile_text),
            meanwhile,
        );
        if let Some(previous) = index.checked_sub(1).map(|i| &world.story[i]) {
            let was = evaluate(world, &world.scenario_at(&previous.date));
            let now = evaluate(world, &world.scenario_at(&step.date));
            let changes = diff(world, &was, &now);
            let sentence = describe_move(world, &changes, &step.date);
            cases.add("step", format!("{index} move"), sentence, &changes);
        }
    }
    // (c) Every ordered pair of switches flipped in sequence, at four dates: the first and
    // the last, the opening view's and the one between.
    let opening = world.default_scenario().date;
    let middle = dates[dates.len() / 2];
    let mut four = vec![dates[0], opening.as_str(), middle, &world.meta.as_of];
    four.sort_unstable();
    four.dedup();
    assert_eq!(four.len(), 4, "four different dates: {four:?}");
    for date in four {
        let scenario = world.scenario_at(date);
        for first in &world.policies {
            let (between, _) = flipped(&scenario, &first.id);
            let was = evaluate(world, &between);
            for second in world.policies.iter().filter(|p| p.id != first.id) {
                let (after, on) = flipped(&between, &second.id);
                let (_, sentence, changes) = toggle(&was, &after, second, on);
                let position = if on { "on" } else { "off" };
                let case = format!("{date} {} then {} {position}", first.id, second.id);
                cases.add("pair", case, sentence, &changes);
            }
        }
    }
    cases
}

fn golden(tag: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("golden")
        .join(format!("change-sentences.{tag}.txt"))
}

/// The golden file's text: the changes' digests, then each different sentence once, in the
/// order first made, with on lines of their own (after a tab) the cases that make it.
fn write(cases: &Cases) -> String {
    let mut out = String::from(
        "# Every change sentence the model makes for the record's data, then the cases that make \
         it.\n# Written by crates/model/src/golden_sentences.rs with CHIP_PATHS_BLESS=1.\n",
    );
    for (kind, digest) in &cases.digests {
        let _ = writeln!(out, "# changes {kind} {digest:016x}");
    }
    let mut order: Vec<&str> = Vec::new();
    let mut by_sentence: std::collections::HashMap<&str, Vec<&str>> = Default::default();
    for (case, sentence) in &cases.sentences {
        let list = by_sentence.entry(sentence).or_insert_with(|| {
            order.push(sentence);
            Vec::new()
        });
        list.push(case);
    }
    for sentence in order {
        let _ = writeln!(out, "{sentence}");
        for case in &by_sentence[sentence] {
            let _ = writeln!(out, "\t{case}");
        }
    }
    out
}

/// The cases of a golden file with their sentences, and its digest lines.
fn read(text: &str) -> (Vec<(String, String)>, Vec<&str>) {
    let mut cases = Vec::new();
    let mut digests = Vec::new();
    let mut sentence = "";
    for line in text.lines() {
        if let Some(digest) = line.strip_prefix("# changes ") {
            digests.push(digest);
        } else if let Some(case) = line.strip_prefix('\t') {
            cases.push((case.to_string(), sentence.to_string()));
        } else if !line.starts_with('#') {
            sentence = line;
        }
    }
    (cases, digests)
}

/// Compares the cases' sentences with the golden file for `tag` (or writes it, with
/// `CHIP_PATHS_BLESS=1`), naming the first cases that differ; then the changes' digests.
fn check(tag: &str, actual: &Cases) {
    let path = golden(tag);
    if std::env::var_os("CHIP_PATHS_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().expect("a folder")).expect("the folder");
        std::fs::write(&path, write(actual)).expect("the golden file is written");
        return;
    }
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (CHIP_PATHS_BLESS=1 writes it from this build)",
            path.display()
        )
    });
    let (expected, digests) = read(&text);
    let expected: std::collections::HashMap<String, String> = expected.into_iter().collect();
    let mut differ = Vec::new();
    for (case, sentence) in &actual.sentences {
        match expected.get(case) {
            Some(want) if want == sentence => {}
            Some(want) => differ.push(format!(
                "{case}\n  expected: {want}\n       got: {sentence}"
            )),
            None => differ.push(format!("{case}: not in the file\n       got: {sentence}")),
        }
    }
    let made: std::collections::HashSet<&str> =
        actual.sentences.iter().map(|(c, _)| c.as_str()).collect();
    for case in expected.keys().filter(|c| !made.contains(c.as_str())) {
        differ.push(format!("{case}: in the file, no longer made"));
    }
    assert!(
        differ.is_empty(),
        "{tag}: {} of {} cases differ from {}; the first:\n{}",
        differ.len(),
        expected.len(),
        path.display(),
        differ[..differ.len().min(5)].join("\n")
    );
    let made: Vec<String> = actual
        .digests
        .iter()
        .map(|(kind, digest)| format!("{kind} {digest:016x}"))
        .collect();
    assert_eq!(
        made, digests,
        "{tag}: every sentence is the same, but the changes behind them are not (their reasons \
         reach the matrix's note too)"
    );
    // The file is exactly what this build would write (no stale or reordered entries).
    assert!(
        write(actual) == text,
        "{}: not in the written order",
        path.display()
    );
}

#[test]
fn golden_change_sentences_in_english() {
    #[cfg(feature = "multilingual")]
    crate::i18n::set_english();
    let cases = sentences(crate::test_world());
    // The file is not vacuous: every kind of case is there, and most have a sentence.
    for kind in ["flip ", "undo ", "move ", "step ", "pair "] {
        let of_kind = cases.sentences.iter().filter(|(c, _)| c.starts_with(kind));
        let (all, said) = of_kind.fold((0, 0), |(a, s), (_, t)| (a + 1, s + usize::from(t != "-")));
        assert!(
            all > 0 && said * 2 > all,
            "{kind}: {said} of {all} say something"
        );
    }
    check("en", &cases);
}

#[cfg(feature = "multilingual")] // Chinese needs the catalog.
#[test]
fn golden_change_sentences_in_chinese() {
    use crate::i18n::{self, Catalog, Locale};
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let files = crate::language_files::language_files(&root).expect("the language files build");
    let file = files
        .iter()
        .find(|f| f.tag == "zh-CN")
        .expect("a Chinese file");
    let catalog = Catalog::decode(&file.bytes).expect("decodes");
    i18n::set_language(Locale::from_tag("zh-CN").expect("Chinese"), catalog.leak());
    let world = i18n::catalog()
        .world_for(crate::test_world())
        .expect("the data in Chinese");
    let cases = sentences(world);
    i18n::set_english();
    assert!(
        cases
            .sentences
            .iter()
            .filter(|(_, s)| s.contains("库存"))
            .count()
            > 100,
        "the sentences are in Chinese"
    );
    check("zh-CN", &cases);
}
