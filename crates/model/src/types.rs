//! The world's vocabulary: sources, policies, chips, routes, developers, the timeline.
//!
//! These types mirror `data/world.toml` one to one (serde), so the data file and the code
//! use the same words. Ids are typed (`ids.rs`: a `ChipId` is not a `DeveloperId`), checked by
//! `validate`; every list keeps the
//! order of the file, which is the order the widget shows.

pub use crate::ids::{ChipId, DeveloperId, IdKey, PolicyId, PresetId, SourceId};
use crate::variants::variants;
use serde::{Deserialize, Serialize};

/// A calendar date as written in the data file, `YYYY-MM-DD`. Kept as text (ISO dates sort
/// correctly as strings) and checked by `validate::parse_date`. Sources, chip availability and
/// path `since` dates may be partial (`YYYY-MM`, `YYYY`) when the record gives no day.
pub type Date = String;

/// The whole data set: everything the evaluator and the view need.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct World {
    pub meta: Meta,
    pub sources: Vec<Source>,
    pub policies: Vec<Policy>,
    pub chips: Vec<Chip>,
    pub developers: Vec<Developer>,
    pub events: Vec<Event>,
    pub presets: Vec<Preset>,
    #[serde(default)]
    pub story: Vec<StoryStep>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    pub title: String,
    /// The date up to which the record was checked.
    pub as_of: Date,
    /// The preset the widget opens at.
    pub default_preset: PresetId,
    /// The policies whose switches come first, always open, in this order (the starting
    /// report's); the rest sit behind a disclosure. None listed: every switch is shown.
    #[serde(default)]
    pub headline: Vec<PolicyId>,
    /// Things the record does not tell us, said plainly in the widget.
    #[serde(default)]
    pub unknowns: Vec<Unknown>,
    /// Updates and corrections to the record, shown beside the sources.
    #[serde(default)]
    pub corrections: Vec<Correction>,
}

/// One dated update or correction of the record: `[[meta.corrections]]`.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Correction {
    pub date: Date,
    pub text: String,
    #[serde(default)]
    pub sources: Vec<SourceId>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Unknown {
    pub text: String,
    #[serde(default)]
    pub sources: Vec<SourceId>,
}

variants! {
    /// How sure the record is. Order matters: stronger first.
    pub enum Confidence {
        /// A government document or statement on the record.
        Official = "official",
        /// A company's own statement, filing, paper or earnings call.
        Company = "company",
        /// Several major outlets, or confirmed on the record.
        Multi = "multi",
        /// One outlet's anonymous-source report.
        One = "one",
        /// The record disagrees.
        Disputed = "disputed",
    }
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: SourceId,
    /// The original outlet or issuer: "Reuters", "BIS", "Federal Register", "arXiv".
    pub outlet: String,
    pub title: String,
    pub date: Date,
    pub confidence: Confidence,
    /// Only a primary or original document; absent when we have none to link.
    #[serde(default)]
    pub url: Option<String>,
}

variants! {
    pub enum Actor {
        /// Washington.
        Us = "us",
        /// Beijing.
        China = "china",
    }
}

variants! {
    /// Which way switching a policy on moves the paths. Checked by the property tests.
    pub enum Direction {
        /// Switching it on can only make paths harder (it adds effects).
        Tightens = "tightens",
        /// Switching it on can only make paths easier (it lifts other policies' effects).
        Loosens = "loosens",
    }
}

variants! {
    /// The two permissions an imported chip needs.
    pub enum Gate {
        /// Washington's export permission.
        UsExport = "us-export",
        /// Beijing's import or use permission.
        ChinaImport = "china-import",
        /// Not a gate on the chip's movement (legal exposure, supply, capability).
        None = "none",
    }
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Policy {
    pub id: PolicyId,
    pub actor: Actor,
    /// The switch's label: "Nvidia H20 exports allowed".
    pub name: String,
    /// One line a reader understands.
    pub summary: String,
    pub direction: Direction,
    /// A policy that never took effect (proposed, on hold) is `hypothetical`: a what-if switch.
    #[serde(default)]
    pub hypothetical: bool,
    /// Who the policy reaches, in words; said when switching it changes no developer's path.
    #[serde(default)]
    pub scope_note: Option<String>,
    pub sources: Vec<SourceId>,
    /// What it does to paths while on (tightening policies).
    #[serde(default)]
    pub effects: Vec<Effect>,
    /// Which other policies' effects it lifts while on (loosening policies).
    #[serde(default)]
    pub lifts: Vec<Lift>,
}

/// Which paths an effect or a lift touches. An empty list means "all".
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Scope {
    #[serde(default)]
    pub chips: Vec<ChipId>,
    /// Only chips of these origins ("us": every US-origin chip, for Entity List listings).
    #[serde(default)]
    pub origins: Vec<Origin>,
    #[serde(default)]
    pub routes: Vec<Route>,
    #[serde(default)]
    pub workloads: Vec<Workload>,
    #[serde(default)]
    pub developers: Vec<DeveloperId>,
    /// Only developers with global exposure (US customers, suppliers or staff) feel it.
    #[serde(default)]
    pub exposed_only: bool,
}

// Effects and lifts are read from (and written as) flat tables — the scope's keys sit beside
// the effect's own — through the `*Table` mirrors below rather than `#[serde(flatten)]`:
// flatten buffers every entry through serde's generic `Content` tree, which cost the wasm
// build tens of kilobytes.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(from = "EffectTable", into = "EffectTable")]
pub struct Effect {
    pub scope: Scope,
    pub gate: Gate,
    pub status: Status,
    /// What a reader is told: "needs a purchase justification".
    pub reason: String,
    /// The status left behind when another policy lifts this effect (a licence regime that
    /// grants licences still leaves paperwork). `None`: lifting removes it entirely.
    #[serde(default)]
    pub when_lifted: Option<Status>,
    /// What a reader is told while the effect is lifted to `when_lifted`: "needs a US export
    /// licence, which Washington now grants". Defaults to `reason` when absent.
    #[serde(default)]
    pub lifted_reason: Option<String>,
    /// Extra sources for this effect beyond the policy's own.
    #[serde(default)]
    pub sources: Vec<SourceId>,
    /// While this effect applies unlifted to the import of a chip for a developer, that
    /// developer's stockpile of the chip cannot grow.
    #[serde(default)]
    pub stops_buying: bool,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(from = "LiftTable", into = "LiftTable")]
pub struct Lift {
    /// The policy whose effects are lifted.
    pub policy: PolicyId,
    pub scope: Scope,
}

/// `Effect` as the data file writes it: scope keys and effect keys in one table.
#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct EffectTable {
    #[serde(default)]
    chips: Vec<ChipId>,
    #[serde(default)]
    origins: Vec<Origin>,
    #[serde(default)]
    routes: Vec<Route>,
    #[serde(default)]
    workloads: Vec<Workload>,
    #[serde(default)]
    developers: Vec<DeveloperId>,
    #[serde(default)]
    exposed_only: bool,
    gate: Gate,
    status: Status,
    reason: String,
    #[serde(default)]
    when_lifted: Option<Status>,
    #[serde(default)]
    lifted_reason: Option<String>,
    #[serde(default)]
    sources: Vec<SourceId>,
    #[serde(default)]
    stops_buying: bool,
}

impl From<EffectTable> for Effect {
    fn from(t: EffectTable) -> Self {
        Effect {
            scope: Scope {
                chips: t.chips,
                origins: t.origins,
                routes: t.routes,
                workloads: t.workloads,
                developers: t.developers,
                exposed_only: t.exposed_only,
            },
            gate: t.gate,
            status: t.status,
            reason: t.reason,
            when_lifted: t.when_lifted,
            lifted_reason: t.lifted_reason,
            sources: t.sources,
            stops_buying: t.stops_buying,
        }
    }
}

impl From<Effect> for EffectTable {
    fn from(e: Effect) -> Self {
        EffectTable {
            chips: e.scope.chips,
            origins: e.scope.origins,
            routes: e.scope.routes,
            workloads: e.scope.workloads,
            developers: e.scope.developers,
            exposed_only: e.scope.exposed_only,
            gate: e.gate,
            status: e.status,
            reason: e.reason,
            when_lifted: e.when_lifted,
            lifted_reason: e.lifted_reason,
            sources: e.sources,
            stops_buying: e.stops_buying,
        }
    }
}

/// `Lift` as the data file writes it: the lifted policy beside the scope's keys.
#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct LiftTable {
    policy: PolicyId,
    #[serde(default)]
    chips: Vec<ChipId>,
    #[serde(default)]
    origins: Vec<Origin>,
    #[serde(default)]
    routes: Vec<Route>,
    #[serde(default)]
    workloads: Vec<Workload>,
    #[serde(default)]
    developers: Vec<DeveloperId>,
    #[serde(default)]
    exposed_only: bool,
}

impl From<LiftTable> for Lift {
    fn from(t: LiftTable) -> Self {
        Lift {
            policy: t.policy,
            scope: Scope {
                chips: t.chips,
                origins: t.origins,
                routes: t.routes,
                workloads: t.workloads,
                developers: t.developers,
                exposed_only: t.exposed_only,
            },
        }
    }
}

impl From<Lift> for LiftTable {
    fn from(l: Lift) -> Self {
        LiftTable {
            policy: l.policy,
            chips: l.scope.chips,
            origins: l.scope.origins,
            routes: l.scope.routes,
            workloads: l.scope.workloads,
            developers: l.scope.developers,
            exposed_only: l.scope.exposed_only,
        }
    }
}

variants! {
    /// How a developer gets a chip's compute.
    pub enum Route {
        /// Buy new chips and bring them into China.
        Import = "import",
        /// Use chips already held; cannot grow while new ones cannot be bought (a ban, a halt in
        /// production, or pressure not to buy).
        Stockpile = "stockpile",
        /// Rent chips in data centres abroad.
        Offshore = "offshore",
        /// Buy chips made by Chinese firms.
        Domestic = "domestic",
    }
}

variants! {
    #[derive(Default)]
    pub enum Workload {
        #[default]
        Training = "training",
        Inference = "inference",
    }
}

variants! {
    /// A path's status, from best to worst. `Ord` follows the design: Open < … < Blocked.
    pub enum Status {
        Open = "open",
        /// Allowed with paperwork, fees or political pressure.
        Friction = "friction",
        /// Works, but capped: a stockpile that cannot grow, a weak chip, scarce supply.
        Limited = "limited",
        /// Legal exposure.
        AtRisk = "at-risk",
        /// Not available: banned, unlicensed or ordered stopped.
        Blocked = "blocked",
    }
}

variants! {
    pub enum Origin {
        Us = "us",
        China = "china",
    }
}

variants! {
    /// How well a chip is reported to do a workload.
    pub enum Fitness {
        Good = "good",
        /// Usable but reported weak or unreliable: makes a path Limited.
        Weak = "weak",
    }
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ChipFit {
    pub fitness: Fitness,
    /// Why, when not good: "DeepSeek's R2 training runs on it failed (FT)".
    #[serde(default)]
    pub note: Option<String>,
    #[serde(default)]
    pub sources: Vec<SourceId>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Chip {
    pub id: ChipId,
    pub name: String,
    pub maker: String,
    pub fab: String,
    pub origin: Origin,
    /// One line: what it is.
    pub summary: String,
    pub training: ChipFit,
    pub inference: ChipFit,
    /// Scarce supply (yields, volumes) makes a domestic path Limited.
    #[serde(default)]
    pub scarce: Option<ChipFit>,
    /// When the chip was first on sale to Chinese buyers, as far as the record shows
    /// (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). Before it, paths using the chip are not shown.
    #[serde(default)]
    pub available: Option<Date>,
    /// When its maker stopped making it: from then on it cannot be bought new, and a stockpile
    /// of it cannot grow.
    #[serde(default)]
    pub production_ended: Option<ChipEnd>,
    pub sources: Vec<SourceId>,
}

/// The end of a chip's production: `production_ended = { date = "2025-08-22", note = "…" }`.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ChipEnd {
    pub date: Date,
    /// What a reader is told: "Nvidia told suppliers to stop making the H20".
    pub note: String,
    #[serde(default)]
    pub sources: Vec<SourceId>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Developer {
    pub id: DeveloperId,
    pub name: String,
    /// "Qwen", "Kimi": what readers know it by.
    #[serde(default)]
    pub known_for: Option<String>,
    /// US customers, investors or suppliers: feels GP10-style legal risk.
    pub exposed: bool,
    /// Its own listing status in words: "Entity List since 16 Jan 2025".
    pub listing: String,
    #[serde(default)]
    pub in_house_chips: Vec<ChipId>,
    pub sources: Vec<SourceId>,
    /// Later news about its listing: from its date, each replaces the `listing` line (so each
    /// says the whole status as it then stood).
    #[serde(default)]
    pub listing_updates: Vec<DatedNote>,
    /// The paths it is reported to use.
    pub paths: Vec<ReportedPath>,
}

/// One way a developer is reported to get compute, with the report behind it.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ReportedPath {
    pub workload: Workload,
    pub chip: ChipId,
    pub route: Route,
    /// What the record says: "V3 base model trained on 2,048 H800s".
    pub claim: String,
    pub sources: Vec<SourceId>,
    /// The record disagrees about this claim.
    #[serde(default)]
    pub disputed: bool,
    /// The date the record first shows this path (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`); before
    /// it the path is not shown. Required.
    pub since: Date,
    /// The date the record stops showing it (exclusive); absent: still shown.
    #[serde(default)]
    pub until: Option<Date>,
    /// The path is the developer's MAIN path for its workload at dates `d` with
    /// `main_from <= d < main_until` (`main_until` absent: open-ended; `main_from` absent:
    /// never main).
    #[serde(default)]
    pub main_from: Option<Date>,
    #[serde(default)]
    pub main_until: Option<Date>,
    /// Part of the claim (which chip, which use) is our modelling assumption, not a reported
    /// fact.
    #[serde(default)]
    pub modelled: bool,
    /// With `modelled`: the date a report makes the claim a reported fact (exclusive end of the
    /// assumption). A path dated from a later report's account of when it began is our
    /// assumption until that report (the FT's November 2025 account of renting abroad "after
    /// April 2025"). Absent: `modelled` holds at every date.
    #[serde(default)]
    pub modelled_until: Option<Date>,
    /// Later reports about this path, each shown only from its own date: the claim says what
    /// the record shows at `since`, so nothing appears before its evidence.
    #[serde(default)]
    pub updates: Vec<DatedNote>,
}

/// A later report, shown from its own date on: "R1's RL stage ran on 512 H800s (Nature)".
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct DatedNote {
    pub since: Date,
    pub text: String,
    pub sources: Vec<SourceId>,
}

/// The notes of a list that the record shows by `date`, in data order.
pub fn notes_at<'a>(notes: &'a [DatedNote], date: &'a str) -> impl Iterator<Item = &'a DatedNote> {
    notes.iter().filter(move |n| n.since.as_str() <= date)
}

impl ReportedPath {
    /// Whether the record shows this path at `date` (its chip's availability aside).
    pub fn reported_at(&self, date: &str) -> bool {
        self.since.as_str() <= date && self.until.as_deref().is_none_or(|until| date < until)
    }

    /// Whether the widget shows this path at `date`: reported then, and its chip (whose
    /// `available` date is given) on sale. The one rule the evaluator, the validator and the
    /// classroom's choice of developers share.
    pub fn shown_at(&self, chip_available: Option<&str>, date: &str) -> bool {
        self.reported_at(date) && chip_available.is_none_or(|from| from <= date)
    }

    /// Whether the path is our modelling assumption at `date`: `modelled`, before
    /// `modelled_until` when that is set.
    pub fn modelled_at(&self, date: &str) -> bool {
        self.modelled
            && self
                .modelled_until
                .as_deref()
                .is_none_or(|until| date < until)
    }

    /// Whether this is the developer's main path for its workload at `date`.
    pub fn main_at(&self, date: &str) -> bool {
        self.main_from.as_deref().is_some_and(|from| from <= date)
            && self.main_until.as_deref().is_none_or(|until| date < until)
    }
}

/// A dated event that switches policies on or off.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub date: Date,
    pub title: String,
    pub caption: String,
    #[serde(default)]
    pub turns_on: Vec<PolicyId>,
    #[serde(default)]
    pub turns_off: Vec<PolicyId>,
    pub sources: Vec<SourceId>,
}

/// A named date: "Aug 2025 — the FT report".
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Preset {
    pub id: PresetId,
    pub label: String,
    pub date: Date,
}

/// One step of the classroom story.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct StoryStep {
    pub date: Date,
    pub title: String,
    pub caption: String,
    pub sources: Vec<SourceId>,
    /// "Which developers lose their training path if …?"
    #[serde(default)]
    pub question: Option<Question>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub prompt: String,
    pub workload: Workload,
    /// The policy switched on (or off) that the students predict the effect of.
    pub policy: PolicyId,
    pub turn_on: bool,
    /// The answer in developer ids, stated so a data change cannot silently flip it: a test
    /// checks it against the model's answer. Empty: nobody's main path gets worse.
    #[serde(default)]
    pub answer: Vec<DeveloperId>,
    /// The answer in words, for the teacher and the reveal.
    #[serde(default)]
    pub answer_text: String,
    /// The sources the answer in words rests on, beyond the policy's own (the developers'
    /// paths, listings and estimates it names): printed under the answer in the answer key.
    #[serde(default)]
    pub sources: Vec<SourceId>,
}
