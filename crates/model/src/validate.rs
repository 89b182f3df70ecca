//! Checking a world before it is used: every id known and unique, every date real, every
//! policy pointing the way it says, every reason sourced. Each message names the bad entry.

use super::types::{ChipFit, Developer, Direction, PolicyId, Scope, SourceId, Workload, World};
use super::variants::variants;
use std::collections::BTreeSet;
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

/// All problems in a world; empty when it is fine.
pub fn validate(world: &World) -> Vec<LoadError> {
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
    errors.extend(
        super::story::validate_story(world)
            .into_iter()
            .map(|message| LoadError {
                kind: ErrorKind::Story,
                message,
            }),
    );
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
    errors: Vec<LoadError>,
    ids: Ids<'w>,
}

impl<'w> Check<'w> {
    fn error(&mut self, kind: ErrorKind, message: String) {
        self.errors.push(LoadError::new(kind, message));
    }

    fn collect_ids(&mut self) -> Ids<'w> {
        let w = self.world;
        Ids {
            sources: self.unique("source", w.sources.iter().map(|s| s.id.as_str())),
            policies: self.unique("policy", w.policies.iter().map(|p| p.id.as_str())),
            chips: self.unique("chip", w.chips.iter().map(|c| c.id.as_str())),
            developers: self.unique("developer", w.developers.iter().map(|d| d.id.as_str())),
            presets: self.unique("preset", w.presets.iter().map(|p| p.id.as_str())),
        }
    }

    fn unique(&mut self, what: &str, ids: impl Iterator<Item = &'w str>) -> BTreeSet<&'w str> {
        let mut seen = BTreeSet::new();
        for (i, id) in ids.enumerate() {
            if id.is_empty() {
                self.error(
                    ErrorKind::BadId,
                    format!("{what} {} has an empty id", i + 1),
                );
            } else if !id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            {
                self.error(
                    ErrorKind::BadId,
                    format!("{what} \"{id}\": ids use only lowercase letters, digits and -"),
                );
            }
            if !id.is_empty() && !seen.insert(id) {
                self.error(
                    ErrorKind::DuplicateId,
                    format!("{what} \"{id}\" is defined twice"),
                );
            }
        }
        seen
    }

    fn known(&mut self, entry: &str, what: &str, id: &str) {
        let set = match what {
            "source" => &self.ids.sources,
            "policy" => &self.ids.policies,
            "chip" => &self.ids.chips,
            "developer" => &self.ids.developers,
            _ => &self.ids.presets,
        };
        if !set.contains(id) {
            self.error(
                ErrorKind::UnknownId,
                format!("{entry} names unknown {what} \"{id}\""),
            );
        }
    }

    /// Checks each id is known; with `reason`, also that there is at least one.
    fn sourced(&mut self, entry: &str, sources: &[SourceId], reason: bool) {
        for id in sources {
            self.known(entry, "source", id);
        }
        if reason && sources.is_empty() {
            self.error(ErrorKind::NoSources, format!("{entry} has no sources"));
        }
    }

    /// A date that may be partial; `what` names the field ("since", "available", or "").
    fn partial_date(&mut self, entry: &str, what: &str, date: &str) -> bool {
        let ok = parse_partial_date(date).is_some();
        if !ok {
            let space = if what.is_empty() { "" } else { " " };
            self.error(
                ErrorKind::BadDate,
                format!(
                    "{entry} has {what}{space}date \"{date}\", not YYYY-MM-DD, YYYY-MM or YYYY"
                ),
            );
        }
        ok
    }

    fn full_date(&mut self, entry: &str, date: &str) {
        if parse_date(date).is_none() {
            self.error(
                ErrorKind::BadDate,
                format!("{entry} has date \"{date}\", not a real YYYY-MM-DD date"),
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
    /// `what` names the field ("since ", or "").
    fn in_bounds(&mut self, entry: &str, what: &str, date: &str, until_as_of: bool) {
        // "1990" is not before "1990-01-01": compare on the common prefix.
        let n = date.len().min(EARLIEST_DATE.len());
        if date[..n] < EARLIEST_DATE[..n] {
            self.error(
                ErrorKind::BadDate,
                format!("{entry} has {what}date \"{date}\", before {EARLIEST_DATE}"),
            );
        } else if let Some(as_of) = self.as_of().filter(|as_of| until_as_of && date > *as_of) {
            self.error(
                ErrorKind::BadDate,
                format!("{entry} has {what}date \"{date}\", after the record's as_of date {as_of}"),
            );
        }
    }

    fn scope(&mut self, entry: &str, scope: &Scope) {
        for chip in &scope.chips {
            self.known(entry, "chip", chip);
        }
        for developer in &scope.developers {
            self.known(entry, "developer", developer);
        }
    }

    fn meta(&mut self) {
        let meta = &self.world.meta;
        self.full_date("meta", &meta.as_of);
        if parse_date(&meta.as_of).is_some()
            && !(EARLIEST_DATE..=LATEST_AS_OF).contains(&meta.as_of.as_str())
        {
            self.error(
                ErrorKind::BadDate,
                format!(
                    "meta has as_of date \"{}\", outside {EARLIEST_DATE} to {LATEST_AS_OF}",
                    meta.as_of
                ),
            );
        }
        if !self.ids.presets.contains(meta.default_preset.as_str()) {
            self.error(
                ErrorKind::UnknownId,
                format!(
                    "meta names unknown default preset \"{}\"",
                    meta.default_preset
                ),
            );
        }
        for (i, id) in meta.headline.iter().enumerate() {
            if !self.ids.policies.contains(id.as_str()) {
                self.error(
                    ErrorKind::UnknownId,
                    format!("meta: headline names unknown policy \"{id}\""),
                );
            } else if meta.headline[..i].contains(id) {
                self.error(
                    ErrorKind::DuplicateId,
                    format!("meta: headline names policy \"{id}\" twice"),
                );
            }
        }
        for (i, unknown) in meta.unknowns.iter().enumerate() {
            self.sourced(&format!("meta: unknown {}", i + 1), &unknown.sources, false);
        }
        for (i, correction) in meta.corrections.iter().enumerate() {
            let entry = format!("meta: correction {}", i + 1);
            // A correction may come after the record's "as of" date: it corrects the record.
            if self.partial_date(&entry, "", &correction.date) {
                self.in_bounds(&entry, "", &correction.date, false);
            }
            self.sourced(&entry, &correction.sources, false);
            if correction.text.trim().is_empty() {
                self.error(ErrorKind::EmptyText, format!("{entry} has no text"));
            }
        }
    }

    fn sources(&mut self) {
        for source in &self.world.sources {
            if parse_partial_date(&source.date).is_some() {
                self.in_bounds(&format!("source \"{}\"", source.id), "", &source.date, true);
            } else {
                self.error(
                    ErrorKind::BadDate,
                    format!(
                        "source \"{}\" has date \"{}\", not YYYY-MM-DD, YYYY-MM or YYYY",
                        source.id, source.date
                    ),
                );
            }
            if let Some(url) = &source.url {
                if !url.starts_with("https://") || url.contains(char::is_whitespace) {
                    self.error(
                        ErrorKind::BadUrl,
                        format!(
                            "source \"{}\" has link \"{url}\", not an https address",
                            source.id
                        ),
                    );
                }
            }
        }
    }

    fn policies(&mut self) {
        let world = self.world;
        for policy in &world.policies {
            let entry = format!("policy \"{}\"", policy.id);
            self.sourced(&entry, &policy.sources, false);
            match policy.direction {
                Direction::Tightens if !policy.lifts.is_empty() => self.error(
                    ErrorKind::Direction,
                    format!("{entry} tightens but has lifts; only loosening policies lift"),
                ),
                Direction::Loosens if !policy.effects.is_empty() => self.error(
                    ErrorKind::Direction,
                    format!(
                        "{entry} loosens but has effects; only tightening policies have effects"
                    ),
                ),
                _ => {}
            }
            for (i, effect) in policy.effects.iter().enumerate() {
                let entry = format!("{entry}: effect {}", i + 1);
                self.scope(&entry, &effect.scope);
                for id in &effect.sources {
                    self.known(&entry, "source", id);
                }
                if policy.sources.is_empty() && effect.sources.is_empty() {
                    self.error(
                        ErrorKind::NoSources,
                        format!("{entry} gives a reason without sources"),
                    );
                }
                if let Some(lifted) = effect.when_lifted {
                    if lifted >= effect.status {
                        self.error(
                            ErrorKind::WhenLifted,
                            format!(
                                "{entry}: when_lifted \"{}\" is not better than its status \"{}\"",
                                lifted.label(),
                                effect.status.label()
                            ),
                        );
                    }
                }
            }
            for (i, lift) in policy.lifts.iter().enumerate() {
                let entry = format!("{entry}: lift {}", i + 1);
                self.scope(&entry, &lift.scope);
                match world.policy(&lift.policy) {
                    None => self.known(&entry, "policy", &lift.policy),
                    Some(target) if target.direction != Direction::Tightens => self.error(
                        ErrorKind::Direction,
                        format!(
                            "{entry} lifts \"{}\", which is not a tightening policy",
                            lift.policy
                        ),
                    ),
                    Some(_) => {}
                }
                if policy.sources.is_empty() {
                    self.error(
                        ErrorKind::NoSources,
                        format!("{entry} gives a reason without sources"),
                    );
                }
            }
        }
    }

    fn fit(&mut self, entry: &str, fit: &ChipFit, chip_sources: &[SourceId]) {
        for id in &fit.sources {
            self.known(entry, "source", id);
        }
        if fit.sources.is_empty() && chip_sources.is_empty() {
            self.error(
                ErrorKind::NoSources,
                format!("{entry} gives a reason without sources"),
            );
        }
    }

    fn chips(&mut self) {
        for chip in &self.world.chips {
            let entry = format!("chip \"{}\"", chip.id);
            self.sourced(&entry, &chip.sources, true);
            self.fit(&format!("{entry}: training"), &chip.training, &chip.sources);
            self.fit(
                &format!("{entry}: inference"),
                &chip.inference,
                &chip.sources,
            );
            if let Some(scarce) = &chip.scarce {
                self.fit(&format!("{entry}: scarce"), scarce, &chip.sources);
            }
            if let Some(date) = &chip.available {
                if self.partial_date(&entry, "available", date) {
                    self.in_bounds(&entry, "available ", date, true);
                }
            }
            if let Some(end) = &chip.production_ended {
                let entry = format!("{entry}: production_ended");
                if self.partial_date(&entry, "", &end.date) {
                    self.in_bounds(&entry, "", &end.date, true);
                }
                self.sourced(&entry, &end.sources, false);
                if end.note.trim().is_empty() {
                    self.error(ErrorKind::EmptyText, format!("{entry} has no note"));
                }
            }
        }
    }

    fn developers(&mut self) {
        for developer in &self.world.developers {
            let entry = format!("developer \"{}\"", developer.id);
            // A listing line may be a plain negative ("Not listed"), which no document states.
            self.sourced(&entry, &developer.sources, false);
            for chip in &developer.in_house_chips {
                self.known(&entry, "chip", chip);
            }
            for (i, path) in developer.paths.iter().enumerate() {
                let entry = format!(
                    "{entry}: path {} ({}, {}/{})",
                    i + 1,
                    path.workload.slug(),
                    path.chip,
                    path.route.slug()
                );
                self.known(&entry, "chip", &path.chip);
                self.sourced(&entry, &path.sources, true);
                self.path_dates(&entry, path);
                self.notes(&entry, "update", &path.updates, Some(&path.since));
            }
            self.notes(&entry, "listing update", &developer.listing_updates, None);
            for workload in Workload::ALL {
                self.main_paths(developer, workload);
            }
        }
    }

    /// Later reports (a path's updates, a developer's listing updates): each dated, sourced, with
    /// text, and none before the path it adds to (`after`).
    fn notes(
        &mut self,
        entry: &str,
        what: &str,
        notes: &[super::types::DatedNote],
        after: Option<&str>,
    ) {
        for (i, note) in notes.iter().enumerate() {
            let entry = format!("{entry}: {what} {}", i + 1);
            self.sourced(&entry, &note.sources, true);
            if note.text.trim().is_empty() {
                self.error(ErrorKind::EmptyText, format!("{entry} has no text"));
            }
            if self.partial_date(&entry, "since", &note.since) {
                self.in_bounds(&entry, "since ", &note.since, true);
                if let Some(after) = after.filter(|after| note.since.as_str() < *after) {
                    self.error(
                        ErrorKind::PathDates,
                        format!(
                            "{entry}: since {} is before the path's since {after}",
                            note.since
                        ),
                    );
                }
            }
        }
    }

    /// A path's own dates: each parses, and they come in order.
    fn path_dates(&mut self, entry: &str, path: &super::types::ReportedPath) {
        let mut ok = self.partial_date(entry, "since", &path.since);
        for (what, date) in [
            ("until", &path.until),
            ("main_from", &path.main_from),
            ("main_until", &path.main_until),
        ] {
            if let Some(date) = date {
                ok &= self.partial_date(entry, what, date);
            }
        }
        if !ok {
            return;
        }
        self.in_bounds(entry, "since ", &path.since, true);
        for (what, date) in [
            ("until ", &path.until),
            ("main_from ", &path.main_from),
            ("main_until ", &path.main_until),
        ] {
            if let Some(date) = date {
                self.in_bounds(entry, what, date, false);
            }
        }
        let since = path.since.as_str();
        let world = self.world;
        let mut order = |bad: bool, message: String| {
            if bad {
                self.error(ErrorKind::PathDates, format!("{entry}: {message}"));
            }
        };
        if let Some(available) = world.chip(&path.chip).and_then(|c| c.available.as_deref()) {
            // "2025-04" and "2025-04-09" agree: compare on the common prefix.
            let n = since.len().min(available.len());
            order(
                since[..n] < available[..n],
                format!(
                    "since {since} is before its chip \"{}\" was available ({available})",
                    path.chip
                ),
            );
        }
        if let Some(until) = path.until.as_deref() {
            order(
                until <= since,
                format!("until {until} is not after since {since}"),
            );
        }
        if let Some(from) = path.main_from.as_deref() {
            order(
                from < since,
                format!("main_from {from} is before since {since}"),
            );
        }
        match (path.main_from.as_deref(), path.main_until.as_deref()) {
            (None, Some(main_until)) => {
                order(true, format!("main_until {main_until} without main_from"))
            }
            (Some(from), Some(main_until)) => order(
                main_until <= from,
                format!("main_until {main_until} is not after main_from {from}"),
            ),
            _ => {}
        }
        if let (Some(main_until), Some(until)) = (path.main_until.as_deref(), path.until.as_deref())
        {
            order(
                main_until > until,
                format!("main_until {main_until} is after until {until}"),
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
            let at = format!("developer \"{}\": {}", developer.id, workload.slug());
            let message = match main.len() {
                0 => format!("{at} has no main path on {date}"),
                n => format!(
                    "{at} has {} main paths on {date}: {}",
                    match n {
                        2 => "two".to_string(),
                        3 => "three".to_string(),
                        n => n.to_string(),
                    },
                    main.join(" and ")
                ),
            };
            self.error(ErrorKind::MainPath, message);
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
                (Some(p), Some(n)) => format!("between events on {p} and {n}"),
                (Some(p), None) => format!("after an event on {p}"),
                (None, Some(n)) => format!("before an event on {n}"),
                (None, None) => String::new(),
            };
            self.error(
                ErrorKind::EventOrder,
                format!(
                    "event {} (\"{}\") on {} is out of date order, {around}",
                    i + 1,
                    events[i].title,
                    events[i].date
                ),
            );
        }
    }

    fn timeline(&mut self) {
        let world = self.world;
        let entry = |i: usize| format!("event {} (\"{}\")", i + 1, world.events[i].title);
        for (i, event) in world.events.iter().enumerate() {
            let entry = entry(i);
            if parse_date(&event.date).is_none() {
                self.full_date(&entry, &event.date);
            } else if event.date.as_str() < EARLIEST_DATE {
                self.error(
                    ErrorKind::BadDate,
                    format!("{entry} is dated {}, before {EARLIEST_DATE}", event.date),
                );
            } else if let Some(as_of) = self.as_of().filter(|as_of| event.date.as_str() > *as_of) {
                self.error(
                    ErrorKind::BadDate,
                    format!(
                        "{entry} is dated {}, after the record's as_of date {as_of}",
                        event.date
                    ),
                );
            }
            self.sourced(&entry, &event.sources, true);
            for id in event.turns_on.iter().chain(&event.turns_off) {
                self.known(&entry, "policy", id);
            }
            for id in &event.turns_on {
                if world.policy(id).is_some_and(|p| p.hypothetical) {
                    self.error(
                        ErrorKind::Hypothetical,
                        format!("{entry} switches on \"{id}\", a hypothetical policy"),
                    );
                }
            }
            for id in &event.turns_on {
                if event.turns_off.contains(id) {
                    self.error(
                        ErrorKind::EventSwitches,
                        format!("{entry} turns \"{id}\" both on and off"),
                    );
                }
            }
            if let Some(j) = world.events[..i].iter().position(|e| {
                e.date == event.date
                    && e.title == event.title
                    && Self::switches(e) == Self::switches(event)
            }) {
                self.error(
                    ErrorKind::EventSwitches,
                    format!(
                        "{entry} repeats event {}: the same date, title and switches",
                        j + 1
                    ),
                );
            }
        }
        self.event_order();
        let (earliest, latest) = (world.earliest(), world.latest());
        let dated = world
            .presets
            .iter()
            .map(|p| (format!("preset \"{}\"", p.id), &p.date))
            .chain(
                world
                    .story
                    .iter()
                    .enumerate()
                    .map(|(i, s)| (format!("story step {}", i + 1), &s.date)),
            );
        let mut outside = BTreeSet::new();
        for (entry, date) in dated {
            self.full_date(&entry, date);
            if parse_date(date).is_some() && (date.as_str() < earliest || date.as_str() > latest) {
                outside.insert(format!(
                    "{entry} is dated {date}, outside the timeline {earliest} to {latest}"
                ));
            }
        }
        for message in outside {
            self.error(ErrorKind::OutsideTimeline, message);
        }
        for (i, step) in world.story.iter().enumerate() {
            let entry = format!("story step {}", i + 1);
            self.sourced(&entry, &step.sources, true);
            if let Some(question) = &step.question {
                self.known(&format!("{entry}: question"), "policy", &question.policy);
            }
        }
    }
}
