//! Checking a world before it is used: every id known and unique, every date real, every
//! policy pointing the way it says, every reason sourced. Each message names the bad entry.

use super::i18n::msg;
use super::types::{ChipFit, Developer, Direction, PolicyId, Scope, SourceId, Workload, World};
use super::types::{Route, Status};
use super::variants::variants;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

pub use super::date::{parse_date, parse_partial_date};

variants! {
    /// The class of a problem, so tests and tools can tell them apart.
    pub enum ErrorKind {
        /// The data does not parse or does not fit the schema.
        Syntax = "syntax",
        DuplicateId = "duplicate-id",
        UnknownId = "unknown-id",
        BadDate = "bad-date",
        /// A tightening policy with lifts, a loosening one with effects, a lift of a loosening policy.
        Direction = "direction",
        /// `when_lifted` is not strictly better than the effect's status.
        WhenLifted = "when-lifted",
        /// A reason, claim or event without a source.
        NoSources = "no-sources",
        /// A preset or story step dated outside the timeline.
        OutsideTimeline = "outside-timeline",
        /// A classroom story step that does not fit the timeline or its question (see `story`).
        Story = "story",
        /// Events not in date order.
        EventOrder = "event-order",
        /// An event switches on a hypothetical policy.
        Hypothetical = "hypothetical",
        /// A link that is not an https address.
        BadUrl = "bad-url",
        /// An id with characters other than lowercase letters, digits and `-` (ids go into links).
        BadId = "bad-id",
        /// A path's dates out of order: `until` before `since`, main before shown, a path before
        /// its chip was on sale.
        PathDates = "path-dates",
        /// A developer's workload with paths shown but no main path, or more than one, at a date.
        MainPath = "main-path",
        /// A text that must say something is empty.
        EmptyText = "empty-text",
        /// An event that turns a policy both on and off, or repeats an earlier event.
        EventSwitches = "event-switches",
    }
}

/// The earliest date the record may hold: nothing in it is older (see docs/data.md).
pub const EARLIEST_DATE: &str = "1990-01-01";
/// The latest "as of" date a world may have: a sanity bound against typos like 9999.
pub const LATEST_AS_OF: &str = "2099-12-31";

/// One problem in the data, with a message naming the entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadError {
    pub kind: ErrorKind,
    pub message: String,
}

impl LoadError {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        LoadError {
            kind,
            message: message.into(),
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for LoadError {}

/// A world's problems worded in one language (`tag`), as `build.rs` writes them for the
/// widget (`problems.bin`: one per language, English first).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Worded {
    pub tag: String,
    pub problems: Vec<LoadError>,
}

/// `problems` worded in every language the widget speaks, English first (the widget falls back
/// to it); nothing when there are none. Build time (`build.rs`, into `problems.bin`): the
/// widget then carries no wording code, only the words. Every language needs the catalog
/// (`multilingual`, which build.rs's model has).
#[cfg(all(any(test, feature = "files"), feature = "multilingual"))]
pub fn worded(problems: &[Problem]) -> Vec<Worded> {
    if problems.is_empty() {
        return Vec::new();
    }
    let all = super::i18n::LOCALES
        .iter()
        .map(|locale| {
            super::i18n::use_language_from_files(locale.tag);
            Worded {
                tag: locale.tag.to_owned(),
                problems: problems.iter().map(Problem::error).collect(),
            }
        })
        .collect();
    super::i18n::set_english();
    all
}

impl fmt::Display for Worded {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, problem) in self.problems.iter().enumerate() {
            let line = if i == 0 { "" } else { "\n" };
            write!(f, "{line}{problem}")?;
        }
        Ok(())
    }
}

/// What kind of entry an id or a position names (worded by `problem-what-*`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum What {
    Source,
    Policy,
    Chip,
    Developer,
    Preset,
    DefaultPreset,
}

impl What {
    fn word(self) -> &'static str {
        match self {
            What::Source => msg::problem_what_source(),
            What::Policy => msg::problem_what_policy(),
            What::Chip => msg::problem_what_chip(),
            What::Developer => msg::problem_what_developer(),
            What::Preset => msg::problem_what_preset(),
            What::DefaultPreset => msg::problem_what_default_preset(),
        }
    }
}

/// A part of an entry, after the entry: `policy "x": effect 2`. Positions count from 1.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Part {
    /// A key of the data file, shown as it is (`training`, `production_ended`, `headline` …).
    Field(&'static str),
    Effect(usize),
    Lift(usize),
    Update(usize),
    ListingUpdate(usize),
    Unknown(usize),
    Correction(usize),
}

/// Where in the data a problem is, named as the data file names it (ids, positions, keys),
/// worded by the `entry-*` messages in the language shown.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Entry {
    Meta,
    /// An entry without an id, by position: `policy 3`.
    Numbered(What, usize),
    /// `chip "h20"`
    Id(What, String),
    /// `event 3 ("title")`
    Event(usize, String),
    StoryStep(usize),
    /// `story step 2 ("title")`
    StoryStepTitled(usize, String),
    /// `developer "x": path 1 (training, h20/import)`
    Path {
        developer: String,
        n: usize,
        workload: Workload,
        chip: String,
        route: Route,
    },
    /// `developer "x": training`
    Workload(String, Workload),
    /// `policy "x": effect 2`
    Part(Box<Entry>, Part),
}

impl Entry {
    fn id(what: What, id: &str) -> Entry {
        Entry::Id(what, id.to_owned())
    }

    fn part(&self, part: Part) -> Entry {
        Entry::Part(Box::new(self.clone()), part)
    }

    /// The entry in the language of the messages.
    pub fn word(&self) -> String {
        let n = |n: &usize| n.to_string();
        match self {
            Entry::Meta => msg::entry_meta().to_owned(),
            Entry::Numbered(what, i) => msg::entry_numbered(what.word(), &n(i)),
            Entry::Id(what, id) => msg::entry_id(what.word(), id),
            Entry::Event(i, title) => msg::entry_event(&n(i), title),
            Entry::StoryStep(i) => msg::entry_story_step(&n(i)),
            Entry::StoryStepTitled(i, title) => msg::entry_story_step_titled(&n(i), title),
            Entry::Path {
                developer,
                n: i,
                workload,
                chip,
                route,
            } => msg::entry_path(developer, &n(i), workload.slug(), chip, route.slug()),
            Entry::Workload(developer, workload) => msg::entry_workload(developer, workload.slug()),
            Entry::Part(entry, part) => {
                let entry = entry.word();
                match part {
                    Part::Field(field) => msg::entry_field(&entry, field),
                    Part::Effect(i) => msg::entry_effect(&entry, &n(i)),
                    Part::Lift(i) => msg::entry_lift(&entry, &n(i)),
                    Part::Update(i) => msg::entry_update(&entry, &n(i)),
                    Part::ListingUpdate(i) => msg::entry_listing_update(&entry, &n(i)),
                    Part::Unknown(i) => msg::entry_unknown(&entry, &n(i)),
                    Part::Correction(i) => msg::entry_correction(&entry, &n(i)),
                }
            }
        }
    }
}

/// Where an event out of date order sits among those in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Around {
    Between(String, String),
    After(String),
    Before(String),
    Alone,
}

/// What is wrong at an entry: a kind with the values that show it. Field names (`since`,
/// `main_from` …) are the data file's own keys; dates and ids are the file's values.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Detail {
    EmptyId,
    IdCharacters,
    DefinedTwice,
    Unknown {
        what: What,
        id: String,
    },
    NamedTwice {
        what: What,
        id: String,
    },
    NoSources,
    ReasonWithoutSources,
    /// A date that is not YYYY-MM-DD, YYYY-MM or YYYY; `field` names which date, if not the only one.
    DateForm {
        field: Option<&'static str>,
        date: String,
    },
    NotRealDate {
        date: String,
    },
    DateTooEarly {
        field: Option<&'static str>,
        date: String,
    },
    DateAfterAsOf {
        field: Option<&'static str>,
        date: String,
        as_of: String,
    },
    AsOfOutside {
        date: String,
    },
    DatedTooEarly {
        date: String,
    },
    DatedAfterAsOf {
        date: String,
        as_of: String,
    },
    OutsideTimeline {
        date: String,
        earliest: String,
        latest: String,
    },
    NotHttps {
        url: String,
    },
    TightensWithLifts,
    LoosensWithEffects,
    LiftsLoosening {
        policy: String,
    },
    WhenLifted {
        lifted: Status,
        status: Status,
    },
    NoText,
    NoNote,
    BeforePath {
        since: String,
        path_since: String,
    },
    BeforeAvailable {
        since: String,
        chip: String,
        available: String,
    },
    /// `field date` is before / not after / after `other other_date`.
    DateBefore {
        field: &'static str,
        date: String,
        other: &'static str,
        other_date: String,
    },
    DateNotAfter {
        field: &'static str,
        date: String,
        other: &'static str,
        other_date: String,
    },
    DateAfter {
        field: &'static str,
        date: String,
        other: &'static str,
        other_date: String,
    },
    DateWithout {
        field: &'static str,
        date: String,
        other: &'static str,
    },
    NoMainPath {
        date: String,
    },
    /// Paths as `chip/route`.
    MainPaths {
        date: String,
        paths: Vec<String>,
    },
    OutOfOrder {
        date: String,
        around: Around,
    },
    Hypothetical {
        policy: String,
    },
    OnAndOff {
        policy: String,
    },
    /// The earlier event it repeats, by position.
    Repeats {
        event: usize,
    },
    StepDate {
        date: String,
    },
    StepEarlier {
        date: String,
    },
    StepEmpty,
    StepNoSource,
    StepUnknownSource {
        id: String,
    },
    QuestionUnknownPolicy {
        policy: String,
    },
    QuestionAlready {
        policy: String,
        on: bool,
    },
    QuestionNoPrompt,
    QuestionNoAnswer,
    AnswerUnknownDeveloper {
        developer: String,
    },
}

/// One problem in the data, kept as its kind and values so it can be worded in any language
/// (`build.rs` words each in every language into `problems.bin`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub entry: Entry,
    pub detail: Detail,
}

impl Problem {
    pub fn new(entry: Entry, detail: Detail) -> Problem {
        Problem { entry, detail }
    }

    pub fn kind(&self) -> ErrorKind {
        use Detail::*;
        match &self.detail {
            EmptyId | IdCharacters => ErrorKind::BadId,
            DefinedTwice | NamedTwice { .. } => ErrorKind::DuplicateId,
            Unknown { .. } => ErrorKind::UnknownId,
            NoSources | ReasonWithoutSources => ErrorKind::NoSources,
            DateForm { .. }
            | NotRealDate { .. }
            | DateTooEarly { .. }
            | DateAfterAsOf { .. }
            | AsOfOutside { .. }
            | DatedTooEarly { .. }
            | DatedAfterAsOf { .. } => ErrorKind::BadDate,
            OutsideTimeline { .. } => ErrorKind::OutsideTimeline,
            NotHttps { .. } => ErrorKind::BadUrl,
            TightensWithLifts | LoosensWithEffects | LiftsLoosening { .. } => ErrorKind::Direction,
            WhenLifted { .. } => ErrorKind::WhenLifted,
            NoText | NoNote => ErrorKind::EmptyText,
            BeforePath { .. }
            | BeforeAvailable { .. }
            | DateBefore { .. }
            | DateNotAfter { .. }
            | DateAfter { .. }
            | DateWithout { .. } => ErrorKind::PathDates,
            NoMainPath { .. } | MainPaths { .. } => ErrorKind::MainPath,
            OutOfOrder { .. } => ErrorKind::EventOrder,
            Hypothetical { .. } => ErrorKind::Hypothetical,
            OnAndOff { .. } | Repeats { .. } => ErrorKind::EventSwitches,
            StepDate { .. }
            | StepEarlier { .. }
            | StepEmpty
            | StepNoSource
            | StepUnknownSource { .. }
            | QuestionUnknownPolicy { .. }
            | QuestionAlready { .. }
            | QuestionNoPrompt
            | QuestionNoAnswer
            | AnswerUnknownDeveloper { .. } => ErrorKind::Story,
        }
    }

    /// The problem as one sentence in the language of the messages (`problem-*`).
    pub fn word(&self) -> String {
        use Detail::*;
        let e = &self.entry.word();
        match &self.detail {
            EmptyId => msg::problem_empty_id(e),
            IdCharacters => msg::problem_id_characters(e),
            DefinedTwice => msg::problem_defined_twice(e),
            Unknown { what, id } => msg::problem_unknown(e, what.word(), id),
            NamedTwice { what, id } => msg::problem_named_twice(e, what.word(), id),
            NoSources => msg::problem_no_sources(e),
            ReasonWithoutSources => msg::problem_reason_without_sources(e),
            DateForm { field: None, date } => msg::problem_date_form(e, date),
            DateForm {
                field: Some(field),
                date,
            } => msg::problem_field_date_form(e, field, date),
            NotRealDate { date } => msg::problem_not_real_date(e, date),
            DateTooEarly { field: None, date } => {
                msg::problem_date_too_early(e, date, EARLIEST_DATE)
            }
            DateTooEarly {
                field: Some(field),
                date,
            } => msg::problem_field_date_too_early(e, field, date, EARLIEST_DATE),
            DateAfterAsOf {
                field: None,
                date,
                as_of,
            } => msg::problem_date_after_as_of(e, date, as_of),
            DateAfterAsOf {
                field: Some(field),
                date,
                as_of,
            } => msg::problem_field_date_after_as_of(e, field, date, as_of),
            AsOfOutside { date } => {
                msg::problem_as_of_outside(e, date, EARLIEST_DATE, LATEST_AS_OF)
            }
            DatedTooEarly { date } => msg::problem_dated_too_early(e, date, EARLIEST_DATE),
            DatedAfterAsOf { date, as_of } => msg::problem_dated_after_as_of(e, date, as_of),
            OutsideTimeline {
                date,
                earliest,
                latest,
            } => msg::problem_outside_timeline(e, date, earliest, latest),
            NotHttps { url } => msg::problem_not_https(e, url),
            TightensWithLifts => msg::problem_tightens_with_lifts(e),
            LoosensWithEffects => msg::problem_loosens_with_effects(e),
            LiftsLoosening { policy } => msg::problem_lifts_loosening(e, policy),
            WhenLifted { lifted, status } => {
                msg::problem_when_lifted(e, lifted.slug(), status.slug())
            }
            NoText => msg::problem_no_text(e),
            NoNote => msg::problem_no_note(e),
            BeforePath { since, path_since } => msg::problem_before_path(e, since, path_since),
            BeforeAvailable {
                since,
                chip,
                available,
            } => msg::problem_before_available(e, since, chip, available),
            DateBefore {
                field,
                date,
                other,
                other_date,
            } => msg::problem_date_before(e, field, date, other, other_date),
            DateNotAfter {
                field,
                date,
                other,
                other_date,
            } => msg::problem_date_not_after(e, field, date, other, other_date),
            DateAfter {
                field,
                date,
                other,
                other_date,
            } => msg::problem_date_after(e, field, date, other, other_date),
            DateWithout { field, date, other } => msg::problem_date_without(e, field, date, other),
            NoMainPath { date } => msg::problem_no_main_path(e, date),
            MainPaths { date, paths } => {
                let list = paths.join(msg::problem_paths_and());
                match paths.len() {
                    2 => msg::problem_two_main_paths(e, date, &list),
                    3 => msg::problem_three_main_paths(e, date, &list),
                    n => msg::problem_main_paths(e, &n.to_string(), date, &list),
                }
            }
            OutOfOrder { date, around } => match around {
                Around::Between(before, after) => {
                    msg::problem_out_of_order_between(e, date, before, after)
                }
                Around::After(before) => msg::problem_out_of_order_after(e, date, before),
                Around::Before(after) => msg::problem_out_of_order_before(e, date, after),
                Around::Alone => msg::problem_out_of_order(e, date),
            },
            Hypothetical { policy } => msg::problem_hypothetical(e, policy),
            OnAndOff { policy } => msg::problem_on_and_off(e, policy),
            Repeats { event } => msg::problem_repeats(e, &event.to_string()),
            StepDate { date } => msg::problem_step_date(e, date),
            StepEarlier { date } => msg::problem_step_earlier(e, date),
            StepEmpty => msg::problem_step_empty(e),
            StepNoSource => msg::problem_step_no_source(e),
            StepUnknownSource { id } => msg::problem_step_unknown_source(e, id),
            QuestionUnknownPolicy { policy } => msg::problem_question_unknown_policy(e, policy),
            QuestionAlready { policy, on: true } => msg::problem_question_already_on(e, policy),
            QuestionAlready { policy, on: false } => msg::problem_question_already_off(e, policy),
            QuestionNoPrompt => msg::problem_question_no_prompt(e),
            QuestionNoAnswer => msg::problem_question_no_answer(e),
            AnswerUnknownDeveloper { developer } => {
                msg::problem_answer_unknown_developer(e, developer)
            }
        }
    }

    /// The problem worded in the language of the messages, with its kind.
    pub fn error(&self) -> LoadError {
        LoadError::new(self.kind(), self.word())
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.word())
    }
}

/// All problems in a world, worded in the language of the messages; empty when it is fine.
pub fn validate(world: &World) -> Vec<LoadError> {
    problems(world).iter().map(Problem::error).collect()
}

/// All problems in a world, as kinds with their values; empty when it is fine.
pub fn problems(world: &World) -> Vec<Problem> {
    let mut check = Check {
        world,
        errors: Vec::new(),
        ids: Ids::default(),
    };
    check.ids = check.collect_ids();
    check.meta();
    check.sources();
    check.policies();
    check.chips();
    check.developers();
    check.timeline();
    let mut errors = check.errors;
    errors.extend(super::story::story_problems(world));
    errors
}

/// The ids seen, for membership checks. BTreeSets like the rest of the model: a HashSet of
/// `&str` would add its own hash-table code to the wasm.
#[derive(Default)]
struct Ids<'w> {
    sources: BTreeSet<&'w str>,
    policies: BTreeSet<&'w str>,
    chips: BTreeSet<&'w str>,
    developers: BTreeSet<&'w str>,
    presets: BTreeSet<&'w str>,
}

struct Check<'w> {
    world: &'w World,
    errors: Vec<Problem>,
    ids: Ids<'w>,
}

impl<'w> Check<'w> {
    fn error(&mut self, entry: &Entry, detail: Detail) {
        self.errors.push(Problem::new(entry.clone(), detail));
    }

    fn collect_ids(&mut self) -> Ids<'w> {
        let w = self.world;
        Ids {
            sources: self.unique(What::Source, w.sources.iter().map(|s| s.id.as_str())),
            policies: self.unique(What::Policy, w.policies.iter().map(|p| p.id.as_str())),
            chips: self.unique(What::Chip, w.chips.iter().map(|c| c.id.as_str())),
            developers: self.unique(What::Developer, w.developers.iter().map(|d| d.id.as_str())),
            presets: self.unique(What::Preset, w.presets.iter().map(|p| p.id.as_str())),
        }
    }

    fn unique(&mut self, what: What, ids: impl Iterator<Item = &'w str>) -> BTreeSet<&'w str> {
        let mut seen = BTreeSet::new();
        for (i, id) in ids.enumerate() {
            if id.is_empty() {
                self.error(&Entry::Numbered(what, i + 1), Detail::EmptyId);
            } else if !id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            {
                self.error(&Entry::id(what, id), Detail::IdCharacters);
            }
            if !id.is_empty() && !seen.insert(id) {
                self.error(&Entry::id(what, id), Detail::DefinedTwice);
            }
        }
        seen
    }

    fn known(&mut self, entry: &Entry, what: What, id: &str) {
        let set = match what {
            What::Source => &self.ids.sources,
            What::Policy => &self.ids.policies,
            What::Chip => &self.ids.chips,
            What::Developer => &self.ids.developers,
            What::Preset | What::DefaultPreset => &self.ids.presets,
        };
        if !set.contains(id) {
            self.error(
                entry,
                Detail::Unknown {
                    what,
                    id: id.to_owned(),
                },
            );
        }
    }

    /// Checks each id is known; with `reason`, also that there is at least one.
    fn sourced(&mut self, entry: &Entry, sources: &[SourceId], reason: bool) {
        for id in sources {
            self.known(entry, What::Source, id);
        }
        if reason && sources.is_empty() {
            self.error(entry, Detail::NoSources);
        }
    }

    /// A date that may be partial; `field` names it when the entry has more than one.
    fn partial_date(&mut self, entry: &Entry, field: Option<&'static str>, date: &str) -> bool {
        let ok = parse_partial_date(date).is_some();
        if !ok {
            self.error(
                entry,
                Detail::DateForm {
                    field,
                    date: date.to_owned(),
                },
            );
        }
        ok
    }

    fn full_date(&mut self, entry: &Entry, date: &str) {
        if parse_date(date).is_none() {
            self.error(
                entry,
                Detail::NotRealDate {
                    date: date.to_owned(),
                },
            );
        }
    }

    /// The record's "as of" date, if it is a real date within bounds.
    fn as_of(&self) -> Option<&'w str> {
        let as_of = self.world.meta.as_of.as_str();
        (parse_date(as_of).is_some() && (EARLIEST_DATE..=LATEST_AS_OF).contains(&as_of))
            .then_some(as_of)
    }

    /// A date (full or partial, already parsed) the record holds: not before
    /// [`EARLIEST_DATE`], and with `until_as_of` not after the record's "as of" date.
    /// `field` names the date when the entry has more than one.
    fn in_bounds(
        &mut self,
        entry: &Entry,
        field: Option<&'static str>,
        date: &str,
        until_as_of: bool,
    ) {
        // "1990" is not before "1990-01-01": compare on the common prefix.
        let n = date.len().min(EARLIEST_DATE.len());
        if date[..n] < EARLIEST_DATE[..n] {
            self.error(
                entry,
                Detail::DateTooEarly {
                    field,
                    date: date.to_owned(),
                },
            );
        } else if let Some(as_of) = self.as_of().filter(|as_of| until_as_of && date > *as_of) {
            self.error(
                entry,
                Detail::DateAfterAsOf {
                    field,
                    date: date.to_owned(),
                    as_of: as_of.to_owned(),
                },
            );
        }
    }

    fn scope(&mut self, entry: &Entry, scope: &Scope) {
        for chip in &scope.chips {
            self.known(entry, What::Chip, chip);
        }
        for developer in &scope.developers {
            self.known(entry, What::Developer, developer);
        }
    }

    fn meta(&mut self) {
        let meta = &self.world.meta;
        let entry = Entry::Meta;
        self.full_date(&entry, &meta.as_of);
        if parse_date(&meta.as_of).is_some()
            && !(EARLIEST_DATE..=LATEST_AS_OF).contains(&meta.as_of.as_str())
        {
            self.error(
                &entry,
                Detail::AsOfOutside {
                    date: meta.as_of.clone(),
                },
            );
        }
        if !self.ids.presets.contains(meta.default_preset.as_str()) {
            self.known(&entry, What::DefaultPreset, &meta.default_preset);
        }
        let headline = entry.part(Part::Field("headline"));
        for (i, id) in meta.headline.iter().enumerate() {
            if !self.ids.policies.contains(id.as_str()) {
                self.known(&headline, What::Policy, id);
            } else if meta.headline[..i].contains(id) {
                self.error(
                    &headline,
                    Detail::NamedTwice {
                        what: What::Policy,
                        id: id.to_string(),
                    },
                );
            }
        }
        for (i, unknown) in meta.unknowns.iter().enumerate() {
            self.sourced(&entry.part(Part::Unknown(i + 1)), &unknown.sources, false);
        }
        for (i, correction) in meta.corrections.iter().enumerate() {
            let entry = entry.part(Part::Correction(i + 1));
            // A correction may come after the record's "as of" date: it corrects the record.
            if self.partial_date(&entry, None, &correction.date) {
                self.in_bounds(&entry, None, &correction.date, false);
            }
            self.sourced(&entry, &correction.sources, false);
            if correction.text.trim().is_empty() {
                self.error(&entry, Detail::NoText);
            }
        }
    }

    fn sources(&mut self) {
        for source in &self.world.sources {
            let entry = Entry::id(What::Source, &source.id);
            if parse_partial_date(&source.date).is_some() {
                self.in_bounds(&entry, None, &source.date, true);
            } else {
                self.partial_date(&entry, None, &source.date);
            }
            if let Some(url) = &source.url {
                if !url.starts_with("https://") || url.contains(char::is_whitespace) {
                    self.error(&entry, Detail::NotHttps { url: url.clone() });
                }
            }
        }
    }

    fn policies(&mut self) {
        let world = self.world;
        for policy in &world.policies {
            let entry = Entry::id(What::Policy, &policy.id);
            self.sourced(&entry, &policy.sources, false);
            match policy.direction {
                Direction::Tightens if !policy.lifts.is_empty() => {
                    self.error(&entry, Detail::TightensWithLifts)
                }
                Direction::Loosens if !policy.effects.is_empty() => {
                    self.error(&entry, Detail::LoosensWithEffects)
                }
                _ => {}
            }
            for (i, effect) in policy.effects.iter().enumerate() {
                let entry = entry.part(Part::Effect(i + 1));
                self.scope(&entry, &effect.scope);
                for id in &effect.sources {
                    self.known(&entry, What::Source, id);
                }
                if policy.sources.is_empty() && effect.sources.is_empty() {
                    self.error(&entry, Detail::ReasonWithoutSources);
                }
                if let Some(lifted) = effect.when_lifted {
                    if lifted >= effect.status {
                        self.error(
                            &entry,
                            Detail::WhenLifted {
                                lifted,
                                status: effect.status,
                            },
                        );
                    }
                }
            }
            for (i, lift) in policy.lifts.iter().enumerate() {
                let entry = entry.part(Part::Lift(i + 1));
                self.scope(&entry, &lift.scope);
                match world.policy(&lift.policy) {
                    None => self.known(&entry, What::Policy, &lift.policy),
                    Some(target) if target.direction != Direction::Tightens => self.error(
                        &entry,
                        Detail::LiftsLoosening {
                            policy: lift.policy.to_string(),
                        },
                    ),
                    Some(_) => {}
                }
                if policy.sources.is_empty() {
                    self.error(&entry, Detail::ReasonWithoutSources);
                }
            }
        }
    }

    fn fit(&mut self, entry: &Entry, fit: &ChipFit, chip_sources: &[SourceId]) {
        for id in &fit.sources {
            self.known(entry, What::Source, id);
        }
        if fit.sources.is_empty() && chip_sources.is_empty() {
            self.error(entry, Detail::ReasonWithoutSources);
        }
    }

    fn chips(&mut self) {
        for chip in &self.world.chips {
            let entry = Entry::id(What::Chip, &chip.id);
            self.sourced(&entry, &chip.sources, true);
            self.fit(
                &entry.part(Part::Field("training")),
                &chip.training,
                &chip.sources,
            );
            self.fit(
                &entry.part(Part::Field("inference")),
                &chip.inference,
                &chip.sources,
            );
            if let Some(scarce) = &chip.scarce {
                self.fit(&entry.part(Part::Field("scarce")), scarce, &chip.sources);
            }
            if let Some(date) = &chip.available {
                if self.partial_date(&entry, Some("available"), date) {
                    self.in_bounds(&entry, Some("available"), date, true);
                }
            }
            if let Some(end) = &chip.production_ended {
                let entry = entry.part(Part::Field("production_ended"));
                if self.partial_date(&entry, None, &end.date) {
                    self.in_bounds(&entry, None, &end.date, true);
                }
                self.sourced(&entry, &end.sources, false);
                if end.note.trim().is_empty() {
                    self.error(&entry, Detail::NoNote);
                }
            }
        }
    }

    fn developers(&mut self) {
        for developer in &self.world.developers {
            let entry = Entry::id(What::Developer, &developer.id);
            // A listing line may be a plain negative ("Not listed"), which no document states.
            self.sourced(&entry, &developer.sources, false);
            for chip in &developer.in_house_chips {
                self.known(&entry, What::Chip, chip);
            }
            for (i, path) in developer.paths.iter().enumerate() {
                let entry = Entry::Path {
                    developer: developer.id.to_string(),
                    n: i + 1,
                    workload: path.workload,
                    chip: path.chip.to_string(),
                    route: path.route,
                };
                self.known(&entry, What::Chip, &path.chip);
                self.sourced(&entry, &path.sources, true);
                self.path_dates(&entry, path);
                self.notes(&entry, Part::Update, &path.updates, Some(&path.since));
            }
            self.notes(
                &entry,
                Part::ListingUpdate,
                &developer.listing_updates,
                None,
            );
            for workload in Workload::ALL {
                self.main_paths(developer, workload);
            }
        }
    }

    /// Later reports (a path's updates, a developer's listing updates): each dated, sourced, with
    /// text, and none before the path it adds to (`after`).
    fn notes(
        &mut self,
        entry: &Entry,
        part: fn(usize) -> Part,
        notes: &[super::types::DatedNote],
        after: Option<&str>,
    ) {
        for (i, note) in notes.iter().enumerate() {
            let entry = entry.part(part(i + 1));
            self.sourced(&entry, &note.sources, true);
            if note.text.trim().is_empty() {
                self.error(&entry, Detail::NoText);
            }
            if self.partial_date(&entry, Some("since"), &note.since) {
                self.in_bounds(&entry, Some("since"), &note.since, true);
                if let Some(after) = after.filter(|after| note.since.as_str() < *after) {
                    self.error(
                        &entry,
                        Detail::BeforePath {
                            since: note.since.clone(),
                            path_since: after.to_owned(),
                        },
                    );
                }
            }
        }
    }

    /// A path's own dates: each parses, and they come in order.
    fn path_dates(&mut self, entry: &Entry, path: &super::types::ReportedPath) {
        let mut ok = self.partial_date(entry, Some("since"), &path.since);
        let others = [
            ("until", &path.until),
            ("main_from", &path.main_from),
            ("main_until", &path.main_until),
            ("modelled_until", &path.modelled_until),
        ];
        for (field, date) in others {
            if let Some(date) = date {
                ok &= self.partial_date(entry, Some(field), date);
            }
        }
        if !ok {
            return;
        }
        self.in_bounds(entry, Some("since"), &path.since, true);
        for (field, date) in others {
            if let Some(date) = date {
                self.in_bounds(entry, Some(field), date, false);
            }
        }
        let since = path.since.as_str();
        let world = self.world;
        let mut order = |bad: bool, detail: Detail| {
            if bad {
                self.error(entry, detail);
            }
        };
        let pair = |field: &'static str, date: &str, other: &'static str, other_date: &str| {
            (field, date.to_owned(), other, other_date.to_owned())
        };
        if let Some(available) = world.chip(&path.chip).and_then(|c| c.available.as_deref()) {
            // "2025-04" and "2025-04-09" agree: compare on the common prefix.
            let n = since.len().min(available.len());
            order(
                since[..n] < available[..n],
                Detail::BeforeAvailable {
                    since: since.to_owned(),
                    chip: path.chip.to_string(),
                    available: available.to_owned(),
                },
            );
        }
        // The path's end and the end of its assumption (`modelled_until`: when a report makes it
        // a fact) both come after it starts.
        for (field, until) in [
            ("until", &path.until),
            ("modelled_until", &path.modelled_until),
        ] {
            if let Some(until) = until.as_deref() {
                let (field, date, other, other_date) = pair(field, until, "since", since);
                order(
                    until <= since,
                    Detail::DateNotAfter {
                        field,
                        date,
                        other,
                        other_date,
                    },
                );
            }
        }
        if let Some(from) = path.main_from.as_deref() {
            let (field, date, other, other_date) = pair("main_from", from, "since", since);
            order(
                from < since,
                Detail::DateBefore {
                    field,
                    date,
                    other,
                    other_date,
                },
            );
        }
        // An assumption's end only on a path that is an assumption at all.
        if let Some(until) = path.modelled_until.as_deref() {
            order(
                !path.modelled,
                Detail::DateWithout {
                    field: "modelled_until",
                    date: until.to_owned(),
                    other: "modelled",
                },
            );
        }
        match (path.main_from.as_deref(), path.main_until.as_deref()) {
            (None, Some(main_until)) => order(
                true,
                Detail::DateWithout {
                    field: "main_until",
                    date: main_until.to_owned(),
                    other: "main_from",
                },
            ),
            (Some(from), Some(main_until)) => {
                let (field, date, other, other_date) =
                    pair("main_until", main_until, "main_from", from);
                order(
                    main_until <= from,
                    Detail::DateNotAfter {
                        field,
                        date,
                        other,
                        other_date,
                    },
                )
            }
            _ => {}
        }
        if let (Some(main_until), Some(until)) = (path.main_until.as_deref(), path.until.as_deref())
        {
            let (field, date, other, other_date) = pair("main_until", main_until, "until", until);
            order(
                main_until > until,
                Detail::DateAfter {
                    field,
                    date,
                    other,
                    other_date,
                },
            );
        }
    }

    /// At every date where a path of this workload starts or stops being shown or main (and at
    /// the record's "as of" date), a workload with any path shown has exactly one main path.
    fn main_paths(&mut self, developer: &Developer, workload: Workload) {
        let world = self.world;
        let paths: Vec<&super::types::ReportedPath> = developer
            .paths
            .iter()
            .filter(|p| p.workload == workload)
            .collect();
        if paths.is_empty() {
            return;
        }
        let available = |chip: &str| world.chip(chip).and_then(|c| c.available.as_deref());
        let mut dates: BTreeSet<&str> = BTreeSet::new();
        dates.insert(world.meta.as_of.as_str());
        for path in &paths {
            dates.insert(&path.since);
            dates.extend(path.until.as_deref());
            dates.extend(path.main_from.as_deref());
            dates.extend(path.main_until.as_deref());
            dates.extend(available(&path.chip));
        }
        for date in dates {
            if parse_partial_date(date).is_none() {
                continue;
            }
            let shown: Vec<&&super::types::ReportedPath> = paths
                .iter()
                .filter(|p| p.shown_at(available(&p.chip), date))
                .collect();
            let main: Vec<String> = shown
                .iter()
                .filter(|p| p.main_at(date))
                .map(|p| format!("{}/{}", p.chip, p.route.slug()))
                .collect();
            if shown.is_empty() || main.len() == 1 {
                continue;
            }
            let entry = Entry::Workload(developer.id.to_string(), workload);
            let date = date.to_owned();
            let detail = match main.len() {
                0 => Detail::NoMainPath { date },
                _ => Detail::MainPaths { date, paths: main },
            };
            self.error(&entry, detail);
        }
    }

    /// An event's switches, in a form two events can be compared by.
    fn switches(event: &super::types::Event) -> (Vec<&PolicyId>, Vec<&PolicyId>) {
        let mut on: Vec<&PolicyId> = event.turns_on.iter().collect();
        let mut off: Vec<&PolicyId> = event.turns_off.iter().collect();
        on.sort();
        off.sort();
        (on, off)
    }

    /// Events in date order. When one is out of place, the one to blame is the one that does not
    /// fit the longest run of events in order (moving one event to 2099 names that event, not
    /// its neighbour).
    fn event_order(&mut self) {
        let events = &self.world.events;
        let dated: Vec<usize> = (0..events.len())
            .filter(|&i| parse_date(&events[i].date).is_some())
            .collect();
        // Longest non-decreasing subsequence of the dates, O(n²): timelines are short.
        let date = |k: usize| events[dated[k]].date.as_str();
        let mut length = vec![1usize; dated.len()];
        let mut before: Vec<Option<usize>> = vec![None; dated.len()];
        for k in 0..dated.len() {
            for j in 0..k {
                if date(j) <= date(k) && length[j] + 1 > length[k] {
                    length[k] = length[j] + 1;
                    before[k] = Some(j);
                }
            }
        }
        let mut in_order = vec![false; dated.len()];
        let mut k = (0..dated.len()).rev().max_by_key(|&k| length[k]);
        while let Some(at) = k {
            in_order[at] = true;
            k = before[at];
        }
        for k in (0..dated.len()).filter(|&k| !in_order[k]) {
            let i = dated[k];
            let previous = (0..k).rev().find(|&j| in_order[j]).map(date);
            let next = (k + 1..dated.len()).find(|&j| in_order[j]).map(date);
            let around = match (previous, next) {
                (Some(p), Some(n)) => Around::Between(p.to_owned(), n.to_owned()),
                (Some(p), None) => Around::After(p.to_owned()),
                (None, Some(n)) => Around::Before(n.to_owned()),
                (None, None) => Around::Alone,
            };
            self.error(
                &Entry::Event(i + 1, events[i].title.clone()),
                Detail::OutOfOrder {
                    date: events[i].date.clone(),
                    around,
                },
            );
        }
    }

    fn timeline(&mut self) {
        let world = self.world;
        for (i, event) in world.events.iter().enumerate() {
            let entry = Entry::Event(i + 1, event.title.clone());
            if parse_date(&event.date).is_none() {
                self.full_date(&entry, &event.date);
            } else if event.date.as_str() < EARLIEST_DATE {
                self.error(
                    &entry,
                    Detail::DatedTooEarly {
                        date: event.date.clone(),
                    },
                );
            } else if let Some(as_of) = self.as_of().filter(|as_of| event.date.as_str() > *as_of) {
                self.error(
                    &entry,
                    Detail::DatedAfterAsOf {
                        date: event.date.clone(),
                        as_of: as_of.to_owned(),
                    },
                );
            }
            self.sourced(&entry, &event.sources, true);
            for id in event.turns_on.iter().chain(&event.turns_off) {
                self.known(&entry, What::Policy, id);
            }
            for id in &event.turns_on {
                if world.policy(id).is_some_and(|p| p.hypothetical) {
                    self.error(
                        &entry,
                        Detail::Hypothetical {
                            policy: id.to_string(),
                        },
                    );
                }
            }
            for id in &event.turns_on {
                if event.turns_off.contains(id) {
                    self.error(
                        &entry,
                        Detail::OnAndOff {
                            policy: id.to_string(),
                        },
                    );
                }
            }
            if let Some(j) = world.events[..i].iter().position(|e| {
                e.date == event.date
                    && e.title == event.title
                    && Self::switches(e) == Self::switches(event)
            }) {
                self.error(&entry, Detail::Repeats { event: j + 1 });
            }
        }
        self.event_order();
        let (earliest, latest) = (world.earliest(), world.latest());
        let dated = world
            .presets
            .iter()
            .map(|p| (Entry::id(What::Preset, &p.id), &p.date))
            .chain(
                world
                    .story
                    .iter()
                    .enumerate()
                    .map(|(i, s)| (Entry::StoryStep(i + 1), &s.date)),
            );
        // Each once, in the order of their English sentences (presets by id, then story
        // steps), as before they were kept as kinds.
        let mut outside = BTreeMap::new();
        for (entry, date) in dated {
            self.full_date(&entry, date);
            if parse_date(date).is_some() && (date.as_str() < earliest || date.as_str() > latest) {
                let key = match &entry {
                    Entry::Id(_, id) => format!("preset \"{id}\" {date}"),
                    Entry::StoryStep(n) => format!("story step {n} {date}"),
                    _ => String::new(),
                };
                outside.insert(key, (entry, date.clone()));
            }
        }
        for (entry, date) in outside.into_values() {
            self.error(
                &entry,
                Detail::OutsideTimeline {
                    date,
                    earliest: earliest.to_owned(),
                    latest: latest.to_owned(),
                },
            );
        }
        for (i, step) in world.story.iter().enumerate() {
            let entry = Entry::StoryStep(i + 1);
            self.sourced(&entry, &step.sources, true);
            if let Some(question) = &step.question {
                self.known(
                    &entry.part(Part::Field("question")),
                    What::Policy,
                    &question.policy,
                );
                self.sourced(
                    &entry.part(Part::Field("question")),
                    &question.sources,
                    false,
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    // Wording in Chinese needs the catalog: the tests that do are `multilingual` only, so that
    // `cargo test -p chip-paths-model --no-default-features` (English as literal code) runs the
    // rest.
    #[cfg(feature = "multilingual")]
    use crate::i18n::{self, use_language_from_files};

    fn s(text: &str) -> String {
        text.to_owned()
    }

    /// One problem of every kind of detail, at an entry that names an id ("x-id"). The match
    /// without a wildcard fails to compile when a detail is added without an example here.
    fn every_detail() -> Vec<Detail> {
        use Detail::*;
        let all = vec![
            EmptyId,
            IdCharacters,
            DefinedTwice,
            Unknown {
                what: What::Chip,
                id: s("bad-chip"),
            },
            NamedTwice {
                what: What::Policy,
                id: s("bad-policy"),
            },
            NoSources,
            ReasonWithoutSources,
            DateForm {
                field: None,
                date: s("2025-13"),
            },
            DateForm {
                field: Some("since"),
                date: s("2025-13"),
            },
            NotRealDate {
                date: s("2025-02-30"),
            },
            DateTooEarly {
                field: None,
                date: s("1989"),
            },
            DateTooEarly {
                field: Some("until"),
                date: s("1989"),
            },
            DateAfterAsOf {
                field: None,
                date: s("2031"),
                as_of: s("2026-01-01"),
            },
            DateAfterAsOf {
                field: Some("since"),
                date: s("2031"),
                as_of: s("2026-01-01"),
            },
            AsOfOutside {
                date: s("2150-01-01"),
            },
            DatedTooEarly {
                date: s("1989-01-01"),
            },
            DatedAfterAsOf {
                date: s("2031-01-01"),
                as_of: s("2026-01-01"),
            },
            OutsideTimeline {
                date: s("2019-01-01"),
                earliest: s("2022-08-26"),
                latest: s("2026-01-01"),
            },
            NotHttps {
                url: s("http://example.org"),
            },
            TightensWithLifts,
            LoosensWithEffects,
            LiftsLoosening {
                policy: s("bad-policy"),
            },
            WhenLifted {
                lifted: Status::Blocked,
                status: Status::Limited,
            },
            NoText,
            NoNote,
            BeforePath {
                since: s("2024"),
                path_since: s("2025"),
            },
            BeforeAvailable {
                since: s("2024"),
                chip: s("bad-chip"),
                available: s("2025"),
            },
            DateBefore {
                field: "main_from",
                date: s("2024"),
                other: "since",
                other_date: s("2025"),
            },
            DateNotAfter {
                field: "until",
                date: s("2024"),
                other: "since",
                other_date: s("2025"),
            },
            DateAfter {
                field: "main_until",
                date: s("2026"),
                other: "until",
                other_date: s("2025"),
            },
            DateWithout {
                field: "main_until",
                date: s("2026"),
                other: "main_from",
            },
            NoMainPath { date: s("2025") },
            MainPaths {
                date: s("2025"),
                paths: vec![s("h20/import"), s("h20/stockpile")],
            },
            MainPaths {
                date: s("2025"),
                paths: vec![s("a/import"), s("b/import"), s("c/import")],
            },
            MainPaths {
                date: s("2025"),
                paths: vec![s("a/import"); 4],
            },
            OutOfOrder {
                date: s("2025-01-01"),
                around: Around::Between(s("2024-01-01"), s("2024-06-01")),
            },
            OutOfOrder {
                date: s("2025-01-01"),
                around: Around::After(s("2025-06-01")),
            },
            OutOfOrder {
                date: s("2025-01-01"),
                around: Around::Before(s("2024-06-01")),
            },
            OutOfOrder {
                date: s("2025-01-01"),
                around: Around::Alone,
            },
            Hypothetical {
                policy: s("bad-policy"),
            },
            OnAndOff {
                policy: s("bad-policy"),
            },
            Repeats { event: 2 },
            StepDate {
                date: s("2025-01-02"),
            },
            StepEarlier {
                date: s("2025-01-02"),
            },
            StepEmpty,
            StepNoSource,
            StepUnknownSource {
                id: s("bad-source"),
            },
            QuestionUnknownPolicy {
                policy: s("bad-policy"),
            },
            QuestionAlready {
                policy: s("bad-policy"),
                on: true,
            },
            QuestionAlready {
                policy: s("bad-policy"),
                on: false,
            },
            QuestionNoPrompt,
            QuestionNoAnswer,
            AnswerUnknownDeveloper {
                developer: s("bad-developer"),
            },
        ];
        for detail in &all {
            match detail {
                EmptyId
                | IdCharacters
                | DefinedTwice
                | Unknown { .. }
                | NamedTwice { .. }
                | NoSources
                | ReasonWithoutSources
                | DateForm { .. }
                | NotRealDate { .. }
                | DateTooEarly { .. }
                | DateAfterAsOf { .. }
                | AsOfOutside { .. }
                | DatedTooEarly { .. }
                | DatedAfterAsOf { .. }
                | OutsideTimeline { .. }
                | NotHttps { .. }
                | TightensWithLifts
                | LoosensWithEffects
                | LiftsLoosening { .. }
                | WhenLifted { .. }
                | NoText
                | NoNote
                | BeforePath { .. }
                | BeforeAvailable { .. }
                | DateBefore { .. }
                | DateNotAfter { .. }
                | DateAfter { .. }
                | DateWithout { .. }
                | NoMainPath { .. }
                | MainPaths { .. }
                | OutOfOrder { .. }
                | Hypothetical { .. }
                | OnAndOff { .. }
                | Repeats { .. }
                | StepDate { .. }
                | StepEarlier { .. }
                | StepEmpty
                | StepNoSource
                | StepUnknownSource { .. }
                | QuestionUnknownPolicy { .. }
                | QuestionAlready { .. }
                | QuestionNoPrompt
                | QuestionNoAnswer
                | AnswerUnknownDeveloper { .. } => {}
            }
        }
        all
    }

    /// Every kind of entry, each naming "x-id" or a title.
    #[cfg(feature = "multilingual")]
    fn every_entry() -> Vec<Entry> {
        let dev = Entry::id(What::Developer, "x-id");
        let path = Entry::Path {
            developer: s("x-id"),
            n: 2,
            workload: Workload::Training,
            chip: s("h20"),
            route: Route::Import,
        };
        vec![
            Entry::Meta,
            Entry::Numbered(What::Policy, 3),
            Entry::id(What::Source, "x-id"),
            Entry::id(What::Chip, "x-id"),
            Entry::id(What::Preset, "x-id"),
            dev.clone(),
            Entry::Event(4, s("A title")),
            Entry::StoryStep(5),
            Entry::StoryStepTitled(5, s("A title")),
            path.clone(),
            Entry::Workload(s("x-id"), Workload::Inference),
            Entry::id(What::Chip, "x-id").part(Part::Field("production_ended")),
            Entry::id(What::Policy, "x-id").part(Part::Effect(1)),
            Entry::id(What::Policy, "x-id").part(Part::Lift(1)),
            path.part(Part::Update(1)),
            dev.part(Part::ListingUpdate(1)),
            Entry::Meta.part(Part::Unknown(1)),
            Entry::Meta.part(Part::Correction(1)),
        ]
    }

    #[cfg(feature = "multilingual")]
    fn has_han(text: &str) -> bool {
        text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
    }

    #[cfg(feature = "multilingual")]
    #[test]
    fn every_problem_is_worded_in_english_and_in_chinese_naming_its_entry_and_values() {
        let details = every_detail();
        let english: Vec<String> = details
            .iter()
            .map(|d| Problem::new(Entry::id(What::Chip, "x-id"), d.clone()).word())
            .collect();
        use_language_from_files("zh-CN");
        for (detail, en) in details.iter().zip(&english) {
            let problem = Problem::new(Entry::id(What::Chip, "x-id"), detail.clone());
            let zh = problem.word();
            // The entry first, then the problem in Chinese words of its own.
            let rest = zh
                .strip_prefix("芯片“x-id”")
                .unwrap_or_else(|| panic!("{zh}"));
            assert!(has_han(rest) && zh != *en, "{zh}");
            assert!(!zh.contains('⟦') && !zh.contains('"'), "{zh}");
            // The values (ids, dates, field names) stay as the file has them.
            for value in format!("{detail:?}")
                .split('"')
                .skip(1)
                .step_by(2)
                .filter(|v| !matches!(*v, "a/import" | "b/import" | "c/import"))
            {
                assert!(zh.contains(value), "{value} missing in {zh}");
            }
        }
        for entry in every_entry() {
            let zh = Problem::new(entry.clone(), Detail::NoText).word();
            assert!(
                has_han(&zh)
                    && (zh.contains("x-id") || zh.contains("A title") || !zh.contains('“')),
                "{zh}"
            );
        }
        i18n::set_english();
    }

    #[test]
    fn english_wording_is_the_validators_own() {
        let at = |entry: Entry, detail: Detail| Problem::new(entry, detail).word();
        let dev = || Entry::Workload(s("dev"), Workload::Inference);
        assert_eq!(
            at(dev(), Detail::MainPaths { date: s("2025-01"), paths: vec![s("h20/stockpile"), s("h20/import")] }),
            "developer \"dev\": inference has two main paths on 2025-01: h20/stockpile and h20/import"
        );
        assert_eq!(
            at(Entry::Numbered(What::Policy, 3), Detail::EmptyId),
            "policy 3 has an empty id"
        );
        assert_eq!(
            at(
                Entry::id(What::Policy, "p").part(Part::Effect(2)),
                Detail::WhenLifted { lifted: Status::Blocked, status: Status::Limited }
            ),
            "policy \"p\": effect 2: when_lifted \"blocked\" is not better than its status \"limited\""
        );
        assert_eq!(
            at(
                Entry::Event(3, s("T")),
                Detail::OutOfOrder {
                    date: s("2025-01-01"),
                    around: Around::After(s("2025-06-01"))
                }
            ),
            "event 3 (\"T\") on 2025-01-01 is out of date order, after an event on 2025-06-01"
        );
        assert_eq!(
            at(
                Entry::StoryStepTitled(2, s("T")),
                Detail::QuestionAlready {
                    policy: s("p"),
                    on: false
                }
            ),
            "story step 2 (\"T\"): question switches \"p\" off, but it is already off then"
        );
        assert_eq!(
            at(
                Entry::Meta,
                Detail::Unknown {
                    what: What::DefaultPreset,
                    id: s("x")
                }
            ),
            "meta names unknown default preset \"x\""
        );
    }

    #[test]
    fn every_detail_has_a_kind_and_story_details_are_story_problems() {
        let kinds: BTreeSet<&str> = every_detail()
            .into_iter()
            .map(|d| Problem::new(Entry::Meta, d).kind().slug())
            .collect();
        // Every kind the validator reports but Syntax (the parser's, before validation).
        assert_eq!(kinds.len(), ErrorKind::ALL.len() - 1, "{kinds:?}");
        assert!(!kinds.contains(ErrorKind::Syntax.slug()));
    }

    #[cfg(feature = "multilingual")]
    #[test]
    fn a_broken_world_is_reported_in_chinese_naming_the_bad_entry() {
        let mut world = crate::test_world().clone();
        let developer = world.developers[0].id.to_string();
        world.developers[0].paths[0].chip = "no-such-chip".into();
        let problems = problems(&world);
        assert!(problems.iter().any(|p| p.kind() == ErrorKind::UnknownId));
        use_language_from_files("zh-CN");
        let zh: Vec<String> = problems.iter().map(Problem::word).collect();
        i18n::set_english();
        assert!(
            zh.iter().any(
                |p| p.starts_with(&format!("开发商“{developer}”：第1条路径"))
                    && p.contains("引用了未知的芯片“no-such-chip”")
            ),
            "{zh:?}"
        );
        // The English is what validate() gives.
        let en: Vec<String> = validate(&world).iter().map(|e| e.message.clone()).collect();
        assert_eq!(en, problems.iter().map(Problem::word).collect::<Vec<_>>());
    }

    #[test]
    fn the_widget_carries_the_problem_messages_empty() {
        use crate::ftl;
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
        let all = ftl::load_all(&dir).expect("checked by the build");
        for (_, full) in &all {
            let carried = ftl::for_widget(full);
            assert_eq!(carried.messages.len(), full.messages.len());
            let mut emptied = 0;
            for (full, carried) in full.messages.iter().zip(&carried.messages) {
                assert_eq!(full.id, carried.id);
                if ftl::BUILD_ONLY.iter().any(|p| full.id.starts_with(p)) {
                    assert!(carried.pattern.is_empty() && !full.pattern.is_empty());
                    emptied += 1;
                } else {
                    assert_eq!(full, carried, "{}", full.id);
                }
            }
            // Every entry-* and problem-* message; data-unreadable and child-id-* stay.
            assert_eq!(emptied, 75);
        }
    }
}
