//! The data's translatable text: every string of the world (and of the classroom lesson) that a
//! reader sees, visited in one fixed order, and the translation tables that render them in
//! another language (`data/<locale>/texts.toml`, issue 15).
//!
//! Why a visitor rather than a second data file per language: the English files stay the one
//! source of the record (ids, dates, sources, the model's structure); a translation replaces
//! only words. A table is keyed by the exact English text, so a changed English sentence makes
//! its old entry *stale* and the new one *missing* — the build names both, and nothing
//! out of date is shown as if it were a translation of the current record.
//!
//! # The order (fixed; the language file relies on it)
//!
//! [`visit_world_mut`] walks the world in the order of its types (`types.rs`), each list in
//! data order, skipping absent optional texts and empty strings:
//!
//! 1. meta: `title`; each unknown's `text`; each correction's `text`
//! 2. each source's `outlet` (titles stay in their original language; ids, dates, urls never)
//! 3. each policy: `name`, `summary`, `scope_note`; each effect's `reason`, `lifted_reason`
//! 4. each chip: `name`, `maker`, `fab`, `summary`, the training, inference and scarce notes,
//!    the production-end note
//! 5. each developer: `name`, `known_for`, `listing`, each listing update's `text`; each path's
//!    `claim`, each path update's `text`
//! 6. each event: `title`, `caption`
//! 7. each preset's `label`
//! 8. each story step: `title`, `caption`, the question's `prompt` and `answer_text`
//!
//! [`visit_lesson_mut`] then walks `data/lesson.toml` (read as a JSON value): `start.title`,
//! `start.points`, `closing.title`, `closing.takeaways`, `closing.questions`, `closing.try`,
//! each glossary entry's `term`, `matches` and `text`, then `notes.plan`,
//! `notes.misconceptions`, `notes.background`, `notes.prompts`, `notes.groups`.
//!
//! Proper names are visited too (developer and chip names, makers, outlets): the glossary
//! (docs/glossary-zh.md) decides which stay in Latin script, and an entry may map a text to
//! itself.

use crate::types::World;
use std::fmt;

/// Which field a visited text comes from: for messages to translators and for tests.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    MetaTitle,
    Unknown,
    Correction,
    SourceOutlet,
    PolicyName,
    PolicySummary,
    ScopeNote,
    EffectReason,
    LiftedReason,
    ChipName,
    ChipMaker,
    ChipFab,
    ChipSummary,
    FitNote,
    ProductionEndNote,
    DeveloperName,
    KnownFor,
    Listing,
    ListingUpdate,
    PathClaim,
    PathUpdate,
    EventTitle,
    EventCaption,
    PresetLabel,
    StepTitle,
    StepCaption,
    QuestionPrompt,
    AnswerText,
    /// A string of data/lesson.toml; the owner names its key (`closing.takeaways`).
    Lesson,
}

impl Field {
    /// The field as the data file spells it: `policy summary`, `path claim`.
    pub fn key(self) -> &'static str {
        match self {
            Field::MetaTitle => "meta title",
            Field::Unknown => "unknown",
            Field::Correction => "correction",
            Field::SourceOutlet => "source outlet",
            Field::PolicyName => "policy name",
            Field::PolicySummary => "policy summary",
            Field::ScopeNote => "policy scope_note",
            Field::EffectReason => "effect reason",
            Field::LiftedReason => "effect lifted_reason",
            Field::ChipName => "chip name",
            Field::ChipMaker => "chip maker",
            Field::ChipFab => "chip fab",
            Field::ChipSummary => "chip summary",
            Field::FitNote => "chip fitness note",
            Field::ProductionEndNote => "chip production_ended note",
            Field::DeveloperName => "developer name",
            Field::KnownFor => "developer known_for",
            Field::Listing => "developer listing",
            Field::ListingUpdate => "developer listing update",
            Field::PathClaim => "path claim",
            Field::PathUpdate => "path update",
            Field::EventTitle => "event title",
            Field::EventCaption => "event caption",
            Field::PresetLabel => "preset label",
            Field::StepTitle => "story step title",
            Field::StepCaption => "story step caption",
            Field::QuestionPrompt => "question prompt",
            Field::AnswerText => "question answer_text",
            Field::Lesson => "lesson",
        }
    }
}

/// What the visitors call for each text: the field, its owner (an id, a date, or a lesson key)
/// and the text itself, to read or replace. A `dyn` callback: one copy of the walk in the wasm.
pub type Visit<'f> = dyn FnMut(Field, &str, &mut String) + 'f;

/// Calls `f` on every translatable text of `world`, in the order documented above. Empty
/// texts are skipped (nothing to translate).
pub fn visit_world_mut(world: &mut World, f: &mut Visit) {
    let mut v = |field: Field, owner: &str, text: &mut String| {
        if !text.trim().is_empty() {
            f(field, owner, text)
        }
    };
    let meta = &mut world.meta;
    v(Field::MetaTitle, "meta", &mut meta.title);
    for unknown in &mut meta.unknowns {
        v(Field::Unknown, "meta", &mut unknown.text);
    }
    for correction in &mut meta.corrections {
        v(Field::Correction, &correction.date, &mut correction.text);
    }
    for source in &mut world.sources {
        v(Field::SourceOutlet, source.id.as_str(), &mut source.outlet);
    }
    for policy in &mut world.policies {
        let id = policy.id.as_str();
        v(Field::PolicyName, id, &mut policy.name);
        v(Field::PolicySummary, id, &mut policy.summary);
        if let Some(note) = &mut policy.scope_note {
            v(Field::ScopeNote, id, note);
        }
        for effect in &mut policy.effects {
            v(Field::EffectReason, id, &mut effect.reason);
            if let Some(lifted) = &mut effect.lifted_reason {
                v(Field::LiftedReason, id, lifted);
            }
        }
    }
    for chip in &mut world.chips {
        let id = chip.id.as_str();
        v(Field::ChipName, id, &mut chip.name);
        v(Field::ChipMaker, id, &mut chip.maker);
        v(Field::ChipFab, id, &mut chip.fab);
        v(Field::ChipSummary, id, &mut chip.summary);
        let fits = [Some(&mut chip.training), Some(&mut chip.inference)];
        for fit in fits.into_iter().chain([chip.scarce.as_mut()]).flatten() {
            if let Some(note) = &mut fit.note {
                v(Field::FitNote, id, note);
            }
        }
        if let Some(end) = &mut chip.production_ended {
            v(Field::ProductionEndNote, id, &mut end.note);
        }
    }
    for developer in &mut world.developers {
        let id = developer.id.as_str();
        v(Field::DeveloperName, id, &mut developer.name);
        if let Some(known) = &mut developer.known_for {
            v(Field::KnownFor, id, known);
        }
        v(Field::Listing, id, &mut developer.listing);
        for update in &mut developer.listing_updates {
            v(Field::ListingUpdate, id, &mut update.text);
        }
        for path in &mut developer.paths {
            v(Field::PathClaim, id, &mut path.claim);
            for update in &mut path.updates {
                v(Field::PathUpdate, id, &mut update.text);
            }
        }
    }
    for event in &mut world.events {
        v(Field::EventTitle, &event.date, &mut event.title);
        v(Field::EventCaption, &event.date, &mut event.caption);
    }
    for preset in &mut world.presets {
        v(Field::PresetLabel, preset.id.as_str(), &mut preset.label);
    }
    for step in &mut world.story {
        v(Field::StepTitle, &step.date, &mut step.title);
        v(Field::StepCaption, &step.date, &mut step.caption);
        if let Some(question) = &mut step.question {
            v(Field::QuestionPrompt, &step.date, &mut question.prompt);
            v(Field::AnswerText, &step.date, &mut question.answer_text);
        }
    }
}

/// The lesson's keys in visiting order: (table, key) for strings and lists of strings.
const LESSON_KEYS: [(&str, &str); 10] = [
    ("start", "title"),
    ("start", "points"),
    ("closing", "title"),
    ("closing", "takeaways"),
    ("closing", "questions"),
    ("closing", "try"),
    ("notes", "plan"),
    ("notes", "misconceptions"),
    ("notes", "background"),
    ("notes", "prompts"),
];
/// Each glossary entry's keys, in order.
const GLOSSARY_KEYS: [&str; 3] = ["term", "matches", "text"];

/// Calls `f` on every string of the lesson (data/lesson.toml as a JSON value), in the order
/// documented above; the owner is the key (`closing.takeaways`, `glossary.text`). Keys the
/// lesson does not have are skipped (its own build step checks its schema).
pub fn visit_lesson_mut(lesson: &mut serde_json::Value, f: &mut Visit) {
    fn strings(value: &mut serde_json::Value, owner: &str, f: &mut Visit) {
        match value {
            serde_json::Value::String(text) if !text.trim().is_empty() => {
                f(Field::Lesson, owner, text)
            }
            serde_json::Value::Array(items) => {
                for item in items {
                    strings(item, owner, f);
                }
            }
            _ => {}
        }
    }
    fn visit(lesson: &mut serde_json::Value, table: &str, key: &str, f: &mut Visit) {
        if let Some(value) = lesson.get_mut(table).and_then(|t| t.get_mut(key)) {
            strings(value, &format!("{table}.{key}"), f);
        }
    }
    // The start and closing cards, then the glossary, then the teacher's notes.
    for (table, key) in &LESSON_KEYS[..6] {
        visit(lesson, table, key, f);
    }
    let entries = lesson.get_mut("glossary").and_then(|g| g.as_array_mut());
    for entry in entries.into_iter().flatten() {
        for key in GLOSSARY_KEYS {
            if let Some(value) = entry.get_mut(key) {
                strings(value, &format!("glossary.{key}"), f);
            }
        }
    }
    for (table, key) in LESSON_KEYS[6..].iter().chain([&("notes", "groups")]) {
        visit(lesson, table, key, f);
    }
}

/// One visited text, for translators and checks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Text {
    pub field: Field,
    /// The id, date or lesson key it belongs to.
    pub owner: String,
    pub en: String,
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} of {}: {:?}", self.field.key(), self.owner, self.en)
    }
}

/// Every translatable text of the world, then of the lesson (if given), in visiting order.
pub fn texts(world: &World, lesson: Option<&serde_json::Value>) -> Vec<Text> {
    let mut out = Vec::new();
    let mut push = |field: Field, owner: &str, text: &mut String| {
        out.push(Text {
            field,
            owner: owner.to_string(),
            en: text.clone(),
        })
    };
    visit_world_mut(&mut world.clone(), &mut push);
    if let Some(lesson) = lesson {
        visit_lesson_mut(&mut lesson.clone(), &mut push);
    }
    out
}

/// Replaces the world's texts by `translated`, given in visiting order (as the language file
/// carries them). The count must match exactly; otherwise the world is left as it was and the
/// error says both counts — a language file built from other data must not shift every text
/// by one.
pub fn apply_world(world: &mut World, translated: &[String]) -> Result<(), CountMismatch> {
    let mut expected = 0;
    visit_world_mut(world, &mut |_, _, _| expected += 1);
    if expected != translated.len() {
        return Err(CountMismatch {
            expected,
            found: translated.len(),
        });
    }
    let mut next = translated.iter();
    visit_world_mut(world, &mut |_, _, text| {
        if let Some(t) = next.next() {
            text.clone_from(t);
        }
    });
    Ok(())
}

/// [`apply_world`] for the lesson's value.
pub fn apply_lesson(
    lesson: &mut serde_json::Value,
    translated: &[String],
) -> Result<(), CountMismatch> {
    let mut expected = 0;
    visit_lesson_mut(lesson, &mut |_, _, _| expected += 1);
    if expected != translated.len() {
        return Err(CountMismatch {
            expected,
            found: translated.len(),
        });
    }
    let mut next = translated.iter();
    visit_lesson_mut(lesson, &mut |_, _, text| {
        if let Some(t) = next.next() {
            text.clone_from(t);
        }
    });
    Ok(())
}

/// A translated list whose length does not fit the data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CountMismatch {
    pub expected: usize,
    pub found: usize,
}

impl fmt::Display for CountMismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "the translation has {} texts but the data has {}",
            self.found, self.expected
        )
    }
}

/// One entry of a translation table: the exact English text and its translation, with the
/// line of the table file it starts on (0 when built in code).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub en: String,
    pub translation: String,
    pub line: usize,
}

/// A translation table: `data/<locale>/texts.toml` read.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Table {
    /// The table's file, for messages.
    pub file: String,
    pub entries: Vec<Entry>,
}

/// What is wrong between the data and a translation table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// A visited text has no entry.
    Missing(Text),
    /// An entry's English text is not (or no longer) in the data.
    Stale { line: usize, en: String },
    /// An entry translates nothing: its translation is empty.
    Empty { line: usize, en: String },
    /// Two entries for the same English text.
    Duplicate {
        line: usize,
        first_line: usize,
        en: String,
    },
    /// A year or a percentage of the English text is not in the translation: a date or a
    /// figure dropped or changed (numbers are kept as digits, docs/glossary-zh.md).
    Figure {
        line: usize,
        en: String,
        figure: String,
    },
}

impl Problem {
    /// The message, naming the table file.
    pub fn message(&self, file: &str) -> String {
        match self {
            Problem::Missing(text) => format!("{file}: no translation for the {text}"),
            Problem::Stale { line, en } => format!(
                "{file} line {line}: stale entry, its English text is not in the data (changed or removed): {en:?}"
            ),
            Problem::Empty { line, en } => {
                format!("{file} line {line}: empty translation of {en:?}")
            }
            Problem::Duplicate {
                line,
                first_line,
                en,
            } => format!(
                "{file} line {line}: a second entry for {en:?} (the first is on line {first_line})"
            ),
            Problem::Figure { line, en, figure } => format!(
                "{file} line {line}: the translation lacks {figure:?}, which the English has: {en:?}"
            ),
        }
    }
}

/// The figures a translation must keep: years (four digits from 1900 to 2099) and percentages
/// (`15%`), as they appear in the English text.
fn figures(text: &str) -> Vec<&str> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() || (i > 0 && bytes[i - 1].is_ascii_alphanumeric()) {
            i += 1;
            continue;
        }
        let start = i;
        // Digits, and a decimal point only between digits ("12.5%", not "in 2025.").
        while i < bytes.len()
            && (bytes[i].is_ascii_digit()
                || (bytes[i] == b'.' && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)))
        {
            i += 1;
        }
        let number = &text[start..i];
        let followed = bytes.get(i).copied();
        if followed == Some(b'%') {
            out.push(&text[start..=i]);
        } else if number.len() == 4
            && (number.starts_with("19") || number.starts_with("20"))
            && !followed.is_some_and(|b| b.is_ascii_alphanumeric())
            && !(start > 0 && bytes[start - 1] == b',')
        {
            out.push(number);
        }
    }
    out
}

/// Checks a table against the data: every visited text translated, no stale, empty or
/// duplicate entries, years and percentages kept. Problems come in the order of the data,
/// then of the table.
pub fn check_translations(
    world: &World,
    lesson: Option<&serde_json::Value>,
    table: &Table,
) -> Vec<Problem> {
    let texts = texts(world, lesson);
    let mut problems = Vec::new();
    let mut first: std::collections::HashMap<&str, usize> = Default::default();
    for entry in &table.entries {
        match first.get(entry.en.as_str()) {
            Some(&first_line) => problems.push(Problem::Duplicate {
                line: entry.line,
                first_line,
                en: entry.en.clone(),
            }),
            None => {
                first.insert(&entry.en, entry.line);
            }
        }
    }
    for text in &texts {
        if !first.contains_key(text.en.as_str()) {
            problems.push(Problem::Missing(text.clone()));
        }
    }
    let visited: std::collections::HashSet<&str> = texts.iter().map(|t| t.en.as_str()).collect();
    for entry in &table.entries {
        let (line, en) = (entry.line, entry.en.clone());
        if !visited.contains(entry.en.as_str()) {
            problems.push(Problem::Stale { line, en });
        } else if entry.translation.trim().is_empty() {
            problems.push(Problem::Empty { line, en });
        } else if let Some(figure) = figures(&entry.en)
            .into_iter()
            .find(|f| !entry.translation.contains(f))
        {
            let figure = figure.to_string();
            problems.push(Problem::Figure { line, en, figure });
        }
    }
    problems
}

/// The translations of every visited text in visiting order (world, then lesson): what a
/// language file carries for [`apply_world`] and [`apply_lesson`]. Every problem otherwise.
pub fn translations_in_order(
    world: &World,
    lesson: Option<&serde_json::Value>,
    table: &Table,
) -> Result<(Vec<String>, Vec<String>), Vec<Problem>> {
    let problems = check_translations(world, lesson, table);
    if !problems.is_empty() {
        return Err(problems);
    }
    let find = |en: &str| {
        table
            .entries
            .iter()
            .find(|e| e.en == en)
            .map(|e| e.translation.clone())
            .unwrap_or_default()
    };
    let world_texts = texts(world, None);
    let all = texts(world, lesson);
    let (w, l) = all.split_at(world_texts.len());
    Ok((
        w.iter().map(|t| find(&t.en)).collect(),
        l.iter().map(|t| find(&t.en)).collect(),
    ))
}

#[cfg(any(test, feature = "files"))]
pub use files::*;

/// Reading the files (build time and tools only: the TOML parser stays out of the wasm).
#[cfg(any(test, feature = "files"))]
mod files {
    use super::{translations_in_order, Entry, Table};
    use crate::types::World;
    use std::collections::BTreeMap;
    use std::path::Path;

    /// The key of a locale's translations in its table: `zh` for `zh-CN`.
    pub fn table_key(locale: &str) -> &str {
        locale.split('-').next().unwrap_or(locale)
    }

    /// Reads a table file: `[[text]]` entries with `en` and the translation under `key`.
    pub fn read_table(path: &Path, key: &str) -> Result<Table, String> {
        let file = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {file}: {e}"))?;
        parse_table(&file, &text, key)
    }

    /// [`read_table`] on a text already read (`file` names it in messages).
    pub fn parse_table(file: &str, text: &str, key: &str) -> Result<Table, String> {
        #[derive(serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        struct TableFile {
            #[serde(default)]
            text: Vec<BTreeMap<String, toml::Spanned<String>>>,
        }
        let line_of = |offset: usize| text[..offset.min(text.len())].matches('\n').count() + 1;
        let parsed: TableFile = toml::from_str(text).map_err(|e| {
            let line = e.span().map(|s| line_of(s.start)).unwrap_or(0);
            format!("{file} line {line}: {}", e.message().trim())
        })?;
        let mut entries = Vec::new();
        for row in parsed.text {
            let line = row
                .values()
                .map(|v| line_of(v.span().start))
                .min()
                .unwrap_or(0);
            if let Some(other) = row.keys().find(|k| *k != "en" && *k != key) {
                return Err(format!(
                    "{file} line {line}: unknown key {other:?} (an entry has `en` and `{key}`)"
                ));
            }
            let (Some(en), Some(translation)) = (row.get("en"), row.get(key)) else {
                return Err(format!(
                    "{file} line {line}: an entry needs both `en` and `{key}`"
                ));
            };
            entries.push(Entry {
                en: en.get_ref().clone(),
                translation: translation.get_ref().clone(),
                line,
            });
        }
        Ok(Table {
            file: file.to_string(),
            entries,
        })
    }

    /// Reads data/lesson.toml as the JSON value [`super::visit_lesson_mut`] walks.
    pub fn read_lesson(path: &Path) -> Result<serde_json::Value, String> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let value: toml::Value = toml::from_str(&text)
            .map_err(|e| format!("{} is not valid TOML: {}", path.display(), e.message()))?;
        serde_json::to_value(value).map_err(|e| format!("{}: {e}", path.display()))
    }

    /// The translated texts of one locale, for its language file: reads `data/<locale>/
    /// texts.toml` under `root`, checks it against `world` and the lesson (`data/lesson.toml`
    /// if present) and returns the world's and the lesson's translations in visiting order.
    /// The build step's one call; every problem is one message naming file and line.
    pub fn locale_texts(
        root: &Path,
        world: &World,
        locale: &str,
    ) -> Result<(Vec<String>, Vec<String>), Vec<String>> {
        // Messages name the file as the project writes it: data/zh-CN/texts.toml.
        let name = format!("data/{locale}/texts.toml");
        let text = std::fs::read_to_string(root.join(&name))
            .map_err(|e| vec![format!("cannot read {name}: {e}")])?;
        let table = parse_table(&name, &text, table_key(locale)).map_err(|e| vec![e])?;
        let lesson_path = root.join("data/lesson.toml");
        let lesson = match lesson_path.exists() {
            true => Some(read_lesson(&lesson_path).map_err(|e| vec![e])?),
            false => None,
        };
        translations_in_order(world, lesson.as_ref(), &table)
            .map_err(|problems| problems.iter().map(|p| p.message(&table.file)).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_world;
    use std::path::Path;

    fn root() -> std::path::PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
    }

    fn lesson() -> serde_json::Value {
        read_lesson(&root().join("data/lesson.toml")).expect("the lesson reads")
    }

    /// Keys whose strings are never text for readers: ids, dates, urls, enum words, id lists.
    /// A new text field is therefore counted by the walk below until the visitor learns it.
    const NOT_TEXT: &[&str] = &[
        "id",
        "date",
        "since",
        "until",
        "main_from",
        "main_until",
        "modelled_until",
        "available",
        "url",
        "as_of",
        "default_preset",
        "sources",
        "headline",
        "chips",
        "developers",
        "routes",
        "workloads",
        "origins",
        "origin",
        "gate",
        "status",
        "when_lifted",
        "actor",
        "direction",
        "confidence",
        "fitness",
        "workload",
        "route",
        "chip",
        "policy",
        "turns_on",
        "turns_off",
        "answer",
        "in_house_chips",
    ];

    /// Every string leaf of the data files' JSON, except under NOT_TEXT keys and sources'
    /// titles (which stay in their original language).
    fn toml_walk(value: &serde_json::Value, key: &str, in_sources: bool, out: &mut Vec<String>) {
        match value {
            serde_json::Value::String(s) => {
                let source_title = in_sources && key == "title";
                if !s.trim().is_empty() && !NOT_TEXT.contains(&key) && !source_title {
                    out.push(s.clone());
                }
            }
            serde_json::Value::Array(items) => {
                for item in items {
                    toml_walk(item, key, in_sources, out);
                }
            }
            serde_json::Value::Object(map) => {
                for (k, v) in map {
                    let in_sources = in_sources || (key.is_empty() && k == "sources");
                    toml_walk(v, k, in_sources, out);
                }
            }
            _ => {}
        }
    }

    /// Asserts two lists hold the same strings as often, naming the differences.
    fn same_strings(mut visited: Vec<String>, mut walked: Vec<String>) {
        visited.sort();
        walked.sort();
        let only = |a: &[String], b: &[String]| -> Vec<String> {
            let mut b = b.to_vec();
            a.iter()
                .filter(|s| match b.iter().position(|t| t == *s) {
                    Some(i) => {
                        b.remove(i);
                        false
                    }
                    None => true,
                })
                .cloned()
                .collect()
        };
        assert_eq!(
            (only(&visited, &walked), only(&walked, &visited)),
            (vec![], vec![]),
            "(visited only, walked only)"
        );
    }

    #[test]
    fn the_visitor_finds_exactly_the_strings_a_walk_of_the_data_files_finds() {
        let (world_file, story) = crate::files::data_files(&root(), None);
        let json = crate::files::read_world(&world_file, story.as_deref()).expect("reads");
        let mut walked = Vec::new();
        toml_walk(&json, "", false, &mut walked);
        let visited: Vec<String> = texts(test_world(), None)
            .into_iter()
            .map(|t| t.en)
            .collect();
        assert!(visited.len() > 400, "only {} texts visited", visited.len());
        same_strings(visited, walked);

        let mut walked = Vec::new();
        toml_walk(&lesson(), "", false, &mut walked);
        let visited: Vec<String> = texts(test_world(), Some(&lesson()))
            .into_iter()
            .filter(|t| t.field == Field::Lesson)
            .map(|t| t.en)
            .collect();
        assert!(visited.len() > 40, "only {} lesson texts", visited.len());
        same_strings(visited, walked);
    }

    #[test]
    fn the_order_is_fixed_and_follows_the_documented_sections() {
        let once = texts(test_world(), Some(&lesson()));
        assert_eq!(once, texts(test_world(), Some(&lesson())));
        assert_eq!(once[0].field, Field::MetaTitle);
        assert_eq!(once.last().map(|t| t.owner.as_str()), Some("notes.groups"));
        // Fields never go back to an earlier section (the lesson's come last).
        let rank = |f: Field| f as usize;
        let sections = [
            Field::MetaTitle,
            Field::SourceOutlet,
            Field::PolicyName,
            Field::ChipName,
            Field::DeveloperName,
            Field::EventTitle,
            Field::PresetLabel,
            Field::StepTitle,
            Field::Lesson,
        ];
        let section = |f: Field| sections.iter().rposition(|s| rank(*s) <= rank(f)).unwrap();
        for pair in once.windows(2) {
            assert!(
                section(pair[0].field) <= section(pair[1].field),
                "{} before {}",
                pair[0],
                pair[1]
            );
        }
        // Source titles, ids and dates are never visited.
        let world = test_world();
        assert!(!once.iter().any(|t| t.en == world.sources[0].title));
        assert!(!once.iter().any(|t| t.en == world.meta.as_of));
    }

    #[test]
    fn applying_the_texts_in_order_round_trips_and_a_wrong_count_changes_nothing() {
        let world = test_world();
        let all: Vec<String> = texts(world, None).into_iter().map(|t| t.en).collect();
        let marked: Vec<String> = all.iter().map(|t| format!("⟦{t}⟧")).collect();
        let mut copy = world.clone();
        apply_world(&mut copy, &marked).expect("same count");
        assert_eq!(
            copy.policies[0].name,
            format!("⟦{}⟧", world.policies[0].name)
        );
        assert_eq!(copy.policies[0].id, world.policies[0].id);
        assert_eq!(copy.sources[0].title, world.sources[0].title);
        apply_world(&mut copy, &all).expect("same count");
        assert_eq!(&copy, world);

        let err = apply_world(&mut copy, &marked[1..]).unwrap_err();
        assert_eq!(err.expected, all.len());
        assert_eq!(err.found, all.len() - 1);
        assert_eq!(&copy, world, "a wrong count changes nothing");

        let mut lesson = lesson();
        let lesson_texts: Vec<String> = texts(world, Some(&lesson))[all.len()..]
            .iter()
            .map(|t| format!("⟦{}⟧", t.en))
            .collect();
        apply_lesson(&mut lesson, &lesson_texts).expect("same count");
        assert!(lesson["closing"]["try"].as_str().unwrap().starts_with('⟦'));
        assert!(lesson["glossary"][0]["term"]
            .as_str()
            .unwrap()
            .starts_with('⟦'));
    }

    fn table(rows: &[(&str, &str)]) -> Table {
        Table {
            file: "t.toml".into(),
            entries: rows
                .iter()
                .enumerate()
                .map(|(i, (en, tr))| Entry {
                    en: en.to_string(),
                    translation: tr.to_string(),
                    line: i + 1,
                })
                .collect(),
        }
    }

    #[test]
    fn the_check_names_missing_stale_empty_duplicate_entries_and_lost_figures() {
        let world = test_world();
        let all = texts(world, None);
        // One entry per distinct English text (the data repeats a few: they share one), its
        // "translation" keeping the years and percentages.
        let mut seen = std::collections::HashSet::new();
        let good: Vec<(String, String)> = all
            .iter()
            .filter(|t| seen.insert(t.en.clone()))
            .map(|t| (t.en.clone(), format!("译文 {}", figures(&t.en).join(" "))))
            .collect();
        let rows = |rows: &[(String, String)]| {
            let rows: Vec<(&str, &str)> = rows.iter().map(|(a, b)| (&**a, &**b)).collect();
            table(&rows)
        };
        assert_eq!(check_translations(world, None, &rows(&good)), vec![]);

        let mut bad = good.clone();
        let missing = bad.remove(3).0;
        bad.push(("An old sentence.".into(), "旧句子。".into()));
        bad.push((good[5].0.clone(), "重复".into()));
        let empty_at = bad
            .iter()
            .position(|(en, _)| figures(en).is_empty())
            .unwrap();
        bad[empty_at].1 = " ".into();
        // A text whose first figure is a year (the check names the first figure lost; the
        // first text with "2025" in it may lead with a percentage).
        let lost_at = bad
            .iter()
            .position(|(en, _)| figures(en).first() == Some(&"2025"))
            .unwrap();
        bad[lost_at].1 = "没有年份".into();
        let problems = check_translations(world, None, &rows(&bad));
        let n = bad.len();
        let text = |en: &str| all.iter().find(|t| t.en == en).unwrap().clone();
        assert_eq!(problems.len(), 5, "{problems:#?}");
        assert!(problems.contains(&Problem::Missing(text(&missing))));
        assert!(problems.contains(&Problem::Stale {
            line: n - 1,
            en: "An old sentence.".into()
        }));
        assert!(problems.contains(&Problem::Duplicate {
            line: n,
            first_line: 5, // good[5] is on line 5 once good[3] is gone
            en: good[5].0.clone()
        }));
        assert!(problems.contains(&Problem::Empty {
            line: empty_at + 1,
            en: bad[empty_at].0.clone()
        }));
        assert!(problems.contains(&Problem::Figure {
            line: lost_at + 1,
            en: bad[lost_at].0.clone(),
            figure: "2025".into()
        }));
        let message = problems[0].message("data/zh-CN/texts.toml");
        assert!(message.starts_with("data/zh-CN/texts.toml"), "{message}");
    }

    /// The build check on the real files: data/zh-CN/texts.toml translates every text of the
    /// world and the lesson, with no stale, empty, duplicate or figure-losing entry. A changed
    /// English sentence fails here (and in the build) naming the stale and the missing entry.
    #[test]
    fn the_zh_cn_table_covers_the_data_with_no_stale_entries() {
        let world = test_world();
        let (world_zh, lesson_zh) = locale_texts(&root(), world, "zh-CN")
            .unwrap_or_else(|problems| panic!("{}", problems.join("\n")));
        assert_eq!(world_zh.len(), texts(world, None).len());
        assert_eq!(
            world_zh.len() + lesson_zh.len(),
            texts(world, Some(&lesson())).len()
        );
        // Translated, not copied: most texts differ from the English (names kept in Latin
        // script, such as "DeepSeek" or "H20", are the exceptions).
        let english = texts(world, Some(&lesson()));
        let same = english
            .iter()
            .zip(world_zh.iter().chain(&lesson_zh))
            .filter(|(en, zh)| en.en == **zh)
            .count();
        assert!(
            same * 10 < english.len(),
            "{same} of {} untranslated",
            english.len()
        );
    }

    /// The translated world is still a valid world (the validator checks names, captions and
    /// every reference), and the translated lesson passes the lesson's own build step.
    #[test]
    fn the_zh_cn_world_and_lesson_stay_valid() {
        let world = test_world();
        let (world_zh, lesson_zh) = locale_texts(&root(), world, "zh-CN").expect("checked");
        let mut zh = world.clone();
        apply_world(&mut zh, &world_zh).expect("same count");
        assert_eq!(crate::validate(&zh), vec![]);
        // Only words change: putting the English back gives the English world again, so ids,
        // dates, routes and sources are untouched.
        let english: Vec<String> = texts(world, None).into_iter().map(|t| t.en).collect();
        let mut back = zh.clone();
        apply_world(&mut back, &english).expect("same count");
        assert_eq!(&back, world);
        assert_ne!(&zh, world, "the translations change words");
        // The brand stays in Latin script in every language (docs/glossary-zh.md).
        assert_eq!(zh.meta.title, "Chip Paths");

        let mut lesson = lesson();
        apply_lesson(&mut lesson, &lesson_zh).expect("same count");
        let toml: toml::Value = serde_json::from_value(lesson).expect("TOML-shaped");
        let dir = std::env::temp_dir().join(format!("chip-paths-texts-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let file = dir.join("lesson.zh-CN.toml");
        std::fs::write(&file, toml::to_string(&toml).expect("serialises")).expect("written");
        let generated = crate::lesson::generate(&file);
        let _ = std::fs::remove_dir_all(&dir);
        let code = generated.unwrap_or_else(|problems| panic!("{problems:?}"));
        assert!(
            code.contains("开始之前"),
            "the Chinese start title is in the constants"
        );
    }

    #[test]
    fn figures_are_years_and_percentages_only() {
        assert_eq!(
            figures("From 14 Apr 2025, 15% of H20 sales; 2,048 H800s; FY2026; 25%; 1999"),
            vec!["2025", "15%", "25%", "1999"]
        );
        assert_eq!(figures("H200 at 2.5% and 12.5%"), vec!["2.5%", "12.5%"]);
        assert_eq!(
            figures("in 2025. From 2019, 75,000 and 1,2024"),
            vec!["2025", "2019"]
        );
        assert!(figures("2,048 chips, 5.5B, 910C, 1.6 million").is_empty());
    }

    #[test]
    fn a_table_file_reads_with_lines_and_rejects_a_wrong_shape() {
        let text = "# header\n\n[[text]]\nen = \"Open\"\nzh = \"畅通\"\n\n[[text]]\nen = \"B\"\nzh = \"乙\"\n";
        let t = parse_table("t.toml", text, "zh").expect("reads");
        assert_eq!(t.entries[0].line, 4);
        assert_eq!(t.entries[1].translation, "乙");
        let err = parse_table("t.toml", "[[text]]\nen = \"A\"\n", "zh").unwrap_err();
        assert!(err.contains("line 2") && err.contains("`zh`"), "{err}");
        let err = parse_table("t.toml", "[[text]]\nen = \"A\"\nfr = \"a\"\n", "zh").unwrap_err();
        assert!(err.contains("\"fr\""), "{err}");
        let err = parse_table("t.toml", "[[text]]\nen = \"A\n", "zh").unwrap_err();
        assert!(err.starts_with("t.toml line 2"), "{err}");
        assert_eq!(table_key("zh-CN"), "zh");
    }
}
