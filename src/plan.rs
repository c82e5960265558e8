//! Planning: orders the changes in a dependency graph, assigns phases, and turns each change into
//! SQL statements with their exact inverse.

use crate::diff::Change;
use crate::error::Error;
use crate::model::Schema;
use serde::Serialize;

/// The three phases of a zero-downtime change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Phase {
    /// Additive, safe while the old application still runs.
    Expand,
    /// Data moves, in batches.
    Backfill,
    /// Tightening and removal, once the application no longer needs the old shape.
    Contract,
}

impl Phase {
    pub fn as_str(self) -> &'static str {
        match self {
            Phase::Expand => "expand",
            Phase::Backfill => "backfill",
            Phase::Contract => "contract",
        }
    }
}

#[derive(Debug, Clone)]
pub struct PlanOptions {
    pub allow_data_loss: bool,
}

/// One migration unit: the statements that run together (one file for golang-migrate), with their
/// inverse. Units are in apply order; downs are applied in reverse unit order.
#[derive(Debug, Clone, Serialize)]
pub struct Unit {
    pub phase: Phase,
    /// `false` when the statements must not run inside a transaction block
    /// (e.g. `CREATE INDEX CONCURRENTLY`); such a unit holds exactly one up and one down statement.
    pub transactional: bool,
    /// What the unit changes, one line each.
    pub summary: Vec<String>,
    /// Lock, rewrite and scan hazards of the unit's statements, one line each.
    pub hazards: Vec<String>,
    /// What the application must do before the next phase runs, if anything.
    pub before_next: Option<String>,
    /// Complete SQL statements without the trailing `;`, in order.
    pub up: Vec<String>,
    /// The exact inverse of `up`, in order.
    pub down: Vec<String>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Plan {
    pub units: Vec<Unit>,
    /// Things the user should know (printed on stderr), e.g. a NOT NULL column with no backfill.
    pub warnings: Vec<String>,
}

impl Plan {
    pub fn is_empty(&self) -> bool {
        self.units.is_empty()
    }
}

pub fn plan(_old: &Schema, _new: &Schema, _changes: Vec<Change>, _opts: &PlanOptions) -> Result<Plan, Error> {
    todo!("planner")
}
