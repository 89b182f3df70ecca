//! What evaluating a scenario produces: every path's status with the reasons for it.
//!
//! Outcomes carry their reasons (which policy or fact, which sources) so the view never has to
//! re-derive why something happened. Orders are deterministic: developers and paths in data-file
//! order, reasons worst first.

use super::id_set::IdSet;
use super::types::{Gate, Route, Status, Workload};
use serde::Serialize;
use std::rc::Rc;

/// Which switches are on, and the date the reader is looking at.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Scenario {
    /// The date shown ("as of"); switches may differ from what the date implies when the
    /// reader has toggled them.
    pub date: String,
    /// Ids of the policies switched on.
    pub on: IdSet,
}

/// Where a reason comes from.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub enum Cause {
    /// A policy's effect (possibly softened by another policy's lift).
    Policy {
        policy: String,
        /// The loosening policy that lifted it to `when_lifted`, if any.
        lifted_by: Option<String>,
    },
    /// The chip's reported weakness for this workload.
    ChipFitness { chip: String },
    /// The chip's scarce supply.
    ChipSupply { chip: String },
    /// A stockpile cannot grow because importing the chip is blocked.
    StockpileCannotGrow {
        chip: String,
        /// The policies whose effects block the import.
        blocked_by: Vec<String>,
    },
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Reason {
    pub status: Status,
    pub gate: Gate,
    pub cause: Cause,
    /// A sentence fragment a reader understands: "needs a purchase justification".
    pub text: String,
    /// Source ids, never empty for a non-Open reason.
    pub sources: Vec<String>,
}

/// One evaluated path: developer × workload × chip × route.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PathOutcome {
    pub developer: String,
    pub workload: Workload,
    pub chip: String,
    pub route: Route,
    /// Index into the developer's `paths` in the data file (claim, sources, disputed).
    pub reported: usize,
    pub status: Status,
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

/// A developer's outcome for one workload: its best path and the fallbacks, in order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Outcome {
    pub developer: String,
    pub workload: Workload,
    /// Best first (lowest status; ties keep data-file order). Empty when the record reports
    /// no path for this workload: the view says "not reported", not "blocked".
    pub paths: Vec<PathOutcome>,
}

impl Outcome {
    pub fn best(&self) -> Option<&PathOutcome> {
        self.paths.first()
    }
    pub fn status(&self) -> Option<Status> {
        self.best().map(|p| p.status)
    }
}

/// All outcomes: for each developer in data order, training then inference.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Evaluation {
    pub outcomes: Vec<Outcome>,
}

impl Evaluation {
    /// One developer's outcome for one workload.
    pub fn outcome(&self, developer: &str, workload: Workload) -> Option<&Outcome> {
        self.outcomes
            .iter()
            .find(|o| o.developer == developer && o.workload == workload)
    }
}
