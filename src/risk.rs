//! Risks of migration statements: stable kebab-case codes (as squawk names its rules), each with a
//! message and a help line. Which statement carries which risk, and the lock it takes, is decided
//! by the planner from the dialect's rules (`dialect::postgres::Lock`).

use crate::dialect::postgres::Lock;
use serde::Serialize;

/// What can go wrong while a statement runs on a live database.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RiskCode {
    /// The table (and its indexes) is rewritten while a lock blocks reads and writes.
    TableRewrite,
    /// The table is scanned or an index built while a lock blocks writes.
    BlocksWrites,
    /// A brief ACCESS EXCLUSIVE lock: no scan, but it queues behind long transactions.
    ExclusiveLock,
    /// The table is scanned to validate a constraint; reads and writes continue.
    ValidatesScan,
    /// A `CONCURRENTLY` statement: outside any transaction; a failed build leaves an INVALID
    /// index, an interrupted partition detach a detach-pending partition.
    Concurrently,
    /// Rows are updated, taking row locks.
    RowLocks,
    /// Data is deleted (a dropped table, column, type or extension).
    DeletesData,
    /// The statement fails when the table has rows.
    FailsWithRows,
    /// Values convert through a cast that can fail or lose information.
    UnsafeCast,
    /// A name the running application uses changes.
    BreaksOldApp,
    /// The down migration does not restore the old state exactly.
    LossyDown,
    /// A statement that cannot run inside a transaction block (`CONCURRENTLY`) is in one: an
    /// explicit `BEGIN`, or a multi-statement file (one implicit transaction).
    FailsInTransaction,
    /// A statement waits for a lock that blocks the application with no `lock_timeout` set:
    /// every query on the table queues behind it while it waits.
    MissingLockTimeout,
}

/// How bad a risk is on a large, busy table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Low,
    Medium,
    High,
}

impl RiskCode {
    pub fn as_str(self) -> &'static str {
        match self {
            RiskCode::TableRewrite => "table-rewrite",
            RiskCode::BlocksWrites => "blocks-writes",
            RiskCode::ExclusiveLock => "exclusive-lock",
            RiskCode::ValidatesScan => "validates-scan",
            RiskCode::Concurrently => "concurrently",
            RiskCode::RowLocks => "row-locks",
            RiskCode::DeletesData => "deletes-data",
            RiskCode::FailsWithRows => "fails-with-rows",
            RiskCode::UnsafeCast => "unsafe-cast",
            RiskCode::BreaksOldApp => "breaks-old-app",
            RiskCode::LossyDown => "lossy-down",
            RiskCode::FailsInTransaction => "fails-in-transaction",
            RiskCode::MissingLockTimeout => "missing-lock-timeout",
        }
    }

    /// Severity on a table of unknown (so: large) size.
    pub fn severity(self) -> Severity {
        match self {
            RiskCode::TableRewrite
            | RiskCode::BlocksWrites
            | RiskCode::DeletesData
            | RiskCode::FailsWithRows
            | RiskCode::FailsInTransaction => Severity::High,
            RiskCode::UnsafeCast
            | RiskCode::BreaksOldApp
            | RiskCode::LossyDown
            | RiskCode::MissingLockTimeout => Severity::Medium,
            RiskCode::ExclusiveLock
            | RiskCode::ValidatesScan
            | RiskCode::Concurrently
            | RiskCode::RowLocks => Severity::Low,
        }
    }

    /// What to do about it.
    pub fn help(self) -> &'static str {
        match self {
            RiskCode::TableRewrite => {
                "reads and writes wait until the rewrite ends: on a large table use a shadow column kept in sync by a trigger, backfilled in batches, then swapped"
            }
            RiskCode::BlocksWrites => {
                "writes wait until the scan or build ends: on a large table add constraints NOT VALID and VALIDATE them later, and build indexes CONCURRENTLY"
            }
            RiskCode::ExclusiveLock => {
                "brief, but it waits behind long transactions and every query on the table queues behind it: lock_timeout makes it fail fast instead; rerun the file"
            }
            RiskCode::ValidatesScan => {
                "takes SHARE UPDATE EXCLUSIVE: reads and writes continue; it reads the whole table, so run it off-peak on very large tables"
            }
            RiskCode::Concurrently => {
                "runs outside a transaction; a failed build leaves an INVALID index, which the preceding `DROP INDEX CONCURRENTLY IF EXISTS` file removes on a rerun; an interrupted `DETACH PARTITION ... CONCURRENTLY` is finished with `ALTER TABLE parent DETACH PARTITION child FINALIZE`"
            }
            RiskCode::RowLocks => {
                "writes to the same rows wait for the batch: keep --batch-size small enough that a batch takes well under a second"
            }
            RiskCode::DeletesData => {
                "the data is gone once this runs: back it up first; the down migration restores the shape, not the values"
            }
            RiskCode::FailsWithRows => {
                "give the column a DEFAULT, or a `-- @backfill EXPR` comment on the line before it, and generate the migration again"
            }
            RiskCode::UnsafeCast => {
                "a value the new type does not accept fails the migration: say how to convert with `-- @using EXPR` on the line before the column"
            }
            RiskCode::BreaksOldApp => {
                "the application version still using the old name fails from now on: deploy code that handles both names first"
            }
            RiskCode::LossyDown => {
                "the down migration restores the schema, not necessarily every detail of the old state: read its comment"
            }
            RiskCode::FailsInTransaction => {
                "PostgreSQL refuses it inside a transaction block: put it alone in its own migration file (golang-migrate sends a file as one query string, one implicit transaction)"
            }
            RiskCode::MissingLockTimeout => {
                "start the file with `SET lock_timeout = '5s'`: waiting for the lock then fails fast instead of queueing every query on the table; rerun the file"
            }
        }
    }
}

/// One risk of one step: its code, the lock the statement takes, and what exactly happens.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Risk {
    pub code: RiskCode,
    pub severity: Severity,
    /// The strongest lock the statement takes on the table, if any.
    pub lock: Option<Lock>,
    /// Whether the statement rewrites the table.
    pub rewrite: bool,
    /// Whether the statement reads the whole table.
    pub scan: bool,
    /// What happens, specifically (names the table).
    pub message: String,
    /// What to do about it (the code's help line).
    pub help: &'static str,
}

impl Risk {
    pub fn new(code: RiskCode, lock: Option<Lock>, message: impl Into<String>) -> Risk {
        Risk {
            code,
            severity: code.severity(),
            lock,
            rewrite: code == RiskCode::TableRewrite,
            scan: matches!(
                code,
                RiskCode::TableRewrite | RiskCode::BlocksWrites | RiskCode::ValidatesScan
            ),
            message: message.into(),
            help: code.help(),
        }
    }

    /// The same risk on a table known to be small: brief whatever it does.
    pub fn on_small_table(mut self) -> Risk {
        self.severity = Severity::Low;
        self
    }

    /// One line for a file header: `[code] message`.
    pub fn line(&self) -> String {
        format!("[{}] {}", self.code.as_str(), self.message)
    }
}
