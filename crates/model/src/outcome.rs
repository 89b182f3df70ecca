//! What evaluating a scenario produces: every path's status with the reasons for it.
//!
//! Outcomes carry their reasons (which policy or fact, which sources) so the view never has to
//! re-derive why something happened. Orders are deterministic: developers and paths in data-file
//! order, reasons worst first.

use super::id_set::IdSet;
use super::types::{ChipId, DeveloperId, Gate, IdKey, PolicyId, Route, SourceId, Status, Workload};
use serde::Serialize;
use std::rc::Rc;

/// Which switches are on, and the date the reader is looking at.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Scenario {
    /// The date shown ("as of"); switches may differ from what the date implies when the
    /// reader has toggled them.
    pub date: String,
    /// Ids of the policies switched on.
    pub on: IdSet<PolicyId>,
}

/// Where a reason comes from.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub enum Cause {
    /// A policy's effect (possibly softened by another policy's lift).
    Policy {
        policy: PolicyId,
        /// The loosening policy that lifted it to `when_lifted`, if any.
        lifted_by: Option<PolicyId>,
    },
    /// The chip's reported weakness for this workload.
    ChipFitness { chip: ChipId },
    /// The chip's scarce supply.
    ChipSupply { chip: ChipId },
    /// A stockpile cannot grow: importing the chip is blocked, or meets an effect that stops
    /// buying, or the chip is no longer made.
    StockpileCannotGrow {
        chip: ChipId,
        /// The policies whose effects block the import or stop buying, in data order.
        blocked_by: Vec<PolicyId>,
        /// The chip's production has ended.
        production_ended: bool,
    },
    /// The chip is no longer made: it cannot be bought new.
    ProductionEnded { chip: ChipId },
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Reason {
    pub status: Status,
    pub gate: Gate,
    pub cause: Cause,
    /// A sentence fragment a reader understands: "needs a purchase justification".
    pub text: String,
    /// Source ids, never empty for a non-Open reason.
    pub sources: Vec<SourceId>,
}

/// One evaluated path: developer × workload × chip × route.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PathOutcome {
    pub developer: DeveloperId,
    pub workload: Workload,
    pub chip: ChipId,
    pub route: Route,
    /// Index into the developer's `paths` in the data file (claim, sources, disputed).
    pub reported: usize,
    pub status: Status,
    /// The developer's main path for this workload at the scenario's date (a date fact: no
    /// switch moves it).
    pub main: bool,
    /// Which chip or use is our modelling assumption at the scenario's date (the data's
    /// `modelled`, until `modelled_until`): the screen's, the files' and the sentences' mark.
    pub modelled: bool,
    /// Worst first; empty exactly when `status` is Open. Shared (`Rc`): the same policy effect
    /// explains many paths, so an evaluation counts references instead of copying text.
    pub reasons: Vec<Rc<Reason>>,
}

impl PathOutcome {
    /// The worst status a gate puts on this path (Open when the gate raises nothing): the two
    /// import permissions, Washington's and Beijing's, shown side by side.
    pub fn gate_status(&self, gate: Gate) -> Status {
        self.reasons
            .iter()
            .filter(|r| r.gate == gate)
            .map(|r| r.status)
            .max()
            .unwrap_or(Status::Open)
    }
}

/// A developer's outcome for one workload: its main path and the others, in order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Outcome {
    pub developer: DeveloperId,
    pub workload: Workload,
    /// The main path first (if any), then the other shown paths, best status first (ties keep
    /// data-file order). Empty when the record reports no path for this workload: the view
    /// says "not reported", not "blocked".
    pub paths: Vec<PathOutcome>,
}

impl Outcome {
    /// The path the developer is reported to mainly use at this date, if any.
    pub fn main(&self) -> Option<&PathOutcome> {
        self.paths.first().filter(|p| p.main)
    }
    /// The first other path whose status is strictly better than the main path's: a better-off
    /// fallback, shown as such and never promoted to the headline.
    pub fn fallback(&self) -> Option<&PathOutcome> {
        let main = self.main()?;
        self.paths
            .iter()
            .skip(1)
            .find(|p| !p.main && p.status < main.status)
    }
    /// The main path's status.
    pub fn status(&self) -> Option<Status> {
        self.main().map(|p| p.status)
    }
}

/// All outcomes: for each developer in data order, training then inference.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Evaluation {
    pub outcomes: Vec<Outcome>,
}

impl Evaluation {
    /// One developer's outcome for one workload.
    #[inline]
    pub fn outcome(
        &self,
        developer: &(impl IdKey<DeveloperId> + ?Sized),
        workload: Workload,
    ) -> Option<&Outcome> {
        self.outcome_of(developer.key(), workload)
    }

    fn outcome_of(&self, developer: &str, workload: Workload) -> Option<&Outcome> {
        self.outcomes
            .iter()
            .find(|o| o.developer == developer && o.workload == workload)
    }
}
