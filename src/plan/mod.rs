//! Planning: turns each change into steps (SQL with its exact inverse, a phase and a transaction
//! mode), orders the steps in a dependency graph, and groups them into migration units.
//!
//! Invariants:
//! - every step's `down` undoes its `up` given the state right after the up ran, so a unit's down is
//!   its steps' downs in reverse order, and applying the downs of all units in reverse restores the
//!   old schema;
//! - a step never runs before a step it depends on; a step's phase is at least the phase of every
//!   step it depends on (a dependency on a later phase pulls the step into that phase);
//! - a non-transactional statement is alone in its unit; a VALIDATE is never in the unit that added
//!   the constraint NOT VALID;
//! - the same input gives the same units, byte for byte (ties broken by a stable key).

use crate::dialect::postgres::{self as pg, qualified, quote_ident, quote_literal};
use crate::dialect::postgres::{Ddl, Lock};
use crate::diff::{Change, CommentTarget, EnumPosition, EnumUser, added_labels, plain_columns};
use crate::error::Error;
use crate::model::*;
use crate::risk::{Risk, RiskCode};
use hashbrown::{HashMap, HashSet};
use petgraph::graph::{DiGraph, NodeIndex};
use serde::Serialize;
use std::cmp::Reverse;
use std::collections::{BTreeMap, BTreeSet, BinaryHeap};

mod opaque;
mod partition;
mod security;
mod shadow;

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
    /// Plan drops and narrowing changes instead of refusing them.
    pub allow_data_loss: bool,
    /// Rows per backfill batch (each batch is its own transaction).
    pub batch_size: u64,
    /// `lock_timeout` set by every transactional unit, e.g. `5s`: a statement waiting longer for
    /// its lock fails instead of queueing the application's queries behind it.
    pub lock_timeout: String,
    /// The PostgreSQL major version the migration runs on (11 to 17).
    pub pg_version: u32,
    /// Tables known to have fewer rows than this take the plain single-step path.
    pub small_table_rows: u64,
    /// Known row counts by table (from `--table-sizes`); `-- @rows N` in the schema wins.
    pub table_sizes: BTreeMap<QualName, u64>,
    /// How a column of an existing table is renamed.
    pub column_renames: ColumnRenames,
}

/// How a column of an existing table is renamed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ColumnRenames {
    /// Old and new application versions both keep working between expand and contract: the new
    /// column is added, a trigger syncs both ways, a batched copy fills it, and the contract phase
    /// drops the old column.
    #[default]
    Compat,
    /// One `ALTER TABLE ... RENAME COLUMN` in the expand phase: instant, but the running
    /// application's queries that name the old column fail from then on.
    Direct,
}

impl Default for PlanOptions {
    fn default() -> Self {
        PlanOptions {
            allow_data_loss: false,
            batch_size: 10_000,
            lock_timeout: "5s".to_string(),
            pg_version: 15,
            small_table_rows: 10_000,
            table_sizes: BTreeMap::new(),
            column_renames: ColumnRenames::Compat,
        }
    }
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
    /// Lock, rewrite and scan risks of the unit's statements.
    pub risks: Vec<Risk>,
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

// --------------------------------------------------------------------------------------- steps

/// The identity of a database object, for dependency edges.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Key {
    Schema(String),
    Extension(String),
    Type(QualName),
    Sequence(QualName),
    Table(QualName),
    Column(QualName, String),
    Constraint(QualName, String),
    Index(QualName),
    /// A name cleared of an INVALID index a failed concurrent build may have left behind.
    Cleared(QualName),
    /// A column's NOT NULL, where it is set on an existing column.
    NotNull(QualName, String),
    /// The labels of an enum, once changed.
    Labels(QualName),
    /// A constraint added NOT VALID, once validated.
    Validated(QualName, String),
    /// A shadow column, once backfilled from the column it replaces.
    Filled(QualName, String),
    /// A function or procedure by name (overloads together), for what calls it.
    Routine(QualName),
    /// A function or procedure by signature.
    Signature(String),
    /// A trigger by `schema.table.name`.
    Trigger(String),
    /// A collation, operator, aggregate or text search object by [`OpaqueObject::key`].
    Object(String),
    /// A table, as a partition of its parent.
    Partition(QualName),
    /// An index of a partitioned table created `ON ONLY` it (invalid until its partitions'
    /// indexes are attached; `Index` once they are).
    IndexOnly(QualName),
    /// A row-level security policy by `schema.table.name`.
    Policy(String),
    /// A sequence, once freed from the column that owned it (before that column's drop, or
    /// the swap of a shadow column in for it).
    Unowned(QualName),
    /// A column a shadow column replaces, until the swap drops it (what the down needs back
    /// once that swap's down has converted it back runs before the swap).
    Swapped(QualName, String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tx {
    /// Runs in a transaction with its neighbours.
    Normal,
    /// Runs in a transaction of its own (e.g. ALTER TYPE ... ADD VALUE, whose label the same
    /// transaction cannot use).
    Alone,
    /// VALIDATE CONSTRAINT: never in the transaction that added the constraint NOT VALID (that one
    /// holds its lock), but with other VALIDATEs (SHARE UPDATE EXCLUSIVE: writes continue).
    Validate,
    /// Must not run inside a transaction block (CONCURRENTLY).
    Forbidden,
}

/// Where a step sorts among the steps that are ready at the same time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Rank {
    Schema,
    Extension,
    Rename,
    Object,
    Type,
    Sequence,
    Routine,
    Table,
    Column,
    SequenceOwner,
    Constraint,
    Validate,
    SetNotNull,
    Index,
    View,
    Trigger,
    Policy,
    Grant,
    Comment,
    DropComment,
    DropPolicy,
    DropTrigger,
    DropView,
    DropConstraint,
    DropIndex,
    DropColumn,
    DropTable,
    DropRoutine,
    DropObject,
    DropSequence,
    DropType,
    DropExtension,
    DropSchema,
}

#[derive(Debug, Clone)]
struct Step {
    phase: Phase,
    tx: Tx,
    rank: Rank,
    sort_key: String,
    summary: String,
    risks: Vec<Risk>,
    up: Vec<String>,
    down: Vec<String>,
    /// Objects this step brings into existence.
    creates: Vec<Key>,
    /// Objects this step removes.
    drops: Vec<Key>,
    /// Objects that must exist: the steps creating them run first.
    needs_new: Vec<Key>,
    /// Objects this step uses while they still exist: the steps dropping them run after.
    needs_old: Vec<Key>,
    /// Objects that must be gone: the steps dropping them run first.
    after_drop: Vec<Key>,
}

impl Step {
    fn new(
        phase: Phase,
        rank: Rank,
        sort_key: impl Into<String>,
        summary: impl Into<String>,
    ) -> Step {
        Step {
            phase,
            tx: Tx::Normal,
            rank,
            sort_key: sort_key.into(),
            summary: summary.into(),
            risks: Vec::new(),
            up: Vec::new(),
            down: Vec::new(),
            creates: Vec::new(),
            drops: Vec::new(),
            needs_new: Vec::new(),
            needs_old: Vec::new(),
            after_drop: Vec::new(),
        }
    }
    fn up(mut self, sql: impl Into<String>) -> Self {
        self.up.push(sql.into());
        self
    }
    fn down(mut self, sql: impl Into<String>) -> Self {
        self.down.push(sql.into());
        self
    }
    fn up_all(mut self, sql: impl IntoIterator<Item = String>) -> Self {
        self.up.extend(sql);
        self
    }
    fn down_all(mut self, sql: impl IntoIterator<Item = String>) -> Self {
        self.down.extend(sql);
        self
    }
    fn tx(mut self, tx: Tx) -> Self {
        self.tx = tx;
        self
    }
    fn risk(mut self, code: RiskCode, lock: Option<Lock>, message: impl Into<String>) -> Self {
        self.risks.push(Risk::new(code, lock, message));
        self
    }
    /// A risk on a table known to be small, where it is brief.
    fn small_table_risk(
        mut self,
        code: RiskCode,
        lock: Option<Lock>,
        message: impl Into<String>,
    ) -> Self {
        self.risks
            .push(Risk::new(code, lock, message).on_small_table());
        self
    }
}

/// What the planner knows beyond the single change it is planning.
struct Context<'a> {
    old: &'a Schema,
    new: &'a Schema,
    opts: &'a PlanOptions,
    /// Tables created by this migration: they are empty, so plain statements are safe on them.
    created_tables: HashSet<QualName>,
    /// Tables dropped by this migration.
    dropped_tables: HashSet<QualName>,
    /// PRIMARY KEY / UNIQUE constraints added to existing tables that take over an existing
    /// unique index the new schema drops (`ADD CONSTRAINT ... USING INDEX`, as pg_dump writes
    /// it): by (table, constraint name), the index.
    adopted: HashMap<(QualName, String), Index>,
    /// The foreign keys of the old schema by the (table, column) they reference.
    referencing_fks: HashMap<(QualName, String), Vec<Key>>,
    /// The indexes of the old schema by table.
    old_indexes: HashMap<&'a QualName, Vec<&'a Index>>,
    /// The indexes of the new schema by table.
    new_indexes: HashMap<&'a QualName, Vec<&'a Index>>,
    /// Foreign keys by the table they reference: `[old, new]`, each (table, constraint).
    fks_to: [HashMap<&'a QualName, Vec<(&'a QualName, &'a Constraint)>>; 2],
    /// Relation names (tables, views, sequences, indexes, constraint indexes) as (schema, name):
    /// `[old, new]`.
    relations: [HashSet<(&'a str, &'a str)>; 2],
    /// Indexes of existing tables that change definition but keep their name: by name, the
    /// temporary name the new one is built under before it takes the old one's place.
    replaced_indexes: HashMap<QualName, QualName>,
    /// Columns of existing large tables whose type change rewrites: they change through a shadow
    /// column (see `shadow`), which also carries over their indexes and constraints.
    shadowed: BTreeSet<(QualName, String)>,
    /// The old names of the shadowed columns that are renamed.
    shadow_renames: BTreeSet<(QualName, String)>,
    /// Materialized views this migration creates or drops: their indexes go with them.
    rebuilt_matviews: HashSet<QualName>,
    /// Enum types rebuilt (a label removed or reordered) with some of their columns changing
    /// through shadow columns: by type, the temporary name the new type is created under in the
    /// expand phase; it takes the type's name once every column uses it.
    enum_rebuilds: HashMap<QualName, QualName>,
    /// The columns of `enum_rebuilds` that change through shadow columns.
    enum_shadowed: HashSet<(QualName, String)>,
    /// Tables this migration renames: by new name, the old one.
    renamed_tables: HashMap<QualName, QualName>,
    /// The indexes and constraints this migration drops (also to create them again).
    dropped_keys: HashSet<Key>,
    /// Tables with an inheritance parent or child, in the old or the new schema.
    inheritance: HashSet<&'a QualName>,
    /// Generated columns (old or new) over a column whose type changes in place: PostgreSQL
    /// cannot change the type under them, so that column's step drops them first and adds them
    /// again after (see [`generated_over`]); they have no steps of their own.
    regenerated: HashSet<(QualName, String)>,
}

impl Context<'_> {
    fn is_new_table(&self, t: &QualName) -> bool {
        self.created_tables.contains(t)
    }

    /// Whether `reads` holds for a column that changes through a shadow column (by its old name
    /// when the shadow renames it): what reads one is dropped and created again with the swap.
    fn any_shadowed(&self, reads: impl Fn(&QualName, &str) -> bool) -> bool {
        self.shadowed
            .iter()
            .chain(&self.shadow_renames)
            .any(|(t, c)| reads(t, c))
    }

    /// The key columns to batch a backfill of `table` by: its primary key when the old and the
    /// new schema agree on it, else none (batches then follow heap pages).
    fn batch_key(&self, table: &QualName) -> Vec<String> {
        let pk = |s: &Schema| {
            s.tables
                .get(table)
                .and_then(|t| t.primary_key())
                .and_then(|c| match &c.kind {
                    ConstraintKind::PrimaryKey { columns, .. } => Some(columns.clone()),
                    _ => None,
                })
        };
        match (pk(self.old), pk(self.new)) {
            (Some(a), Some(b)) if a == b => a,
            _ => Vec::new(),
        }
    }

    /// Whether `table` is known to hold fewer than `--small-table-rows` rows (`-- @rows N` in the
    /// new schema, else `--table-sizes`). A table of unknown size is large.
    fn is_small(&self, table: &QualName) -> bool {
        let rows = self
            .new
            .tables
            .get(table)
            .and_then(|t| t.directives.rows)
            .or_else(|| self.opts.table_sizes.get(table).copied());
        rows.is_some_and(|n| n < self.opts.small_table_rows)
    }

    /// `name` (a relation of the new schema), or when a relation of that name exists in `schema`
    /// in the old schema, the first of `name_ccnew`, `name_ccnew1`, ... (cut to PostgreSQL's 63
    /// bytes) that is free in both.
    fn free_relation_name(&self, schema: &str, name: &str) -> String {
        let has = |i: usize, n: &str| self.relations[i].contains(&(schema, n));
        let taken = |n: &str| has(0, n) || has(1, n);
        if !has(0, name) {
            return name.to_string();
        }
        (0..)
            .map(|i| {
                let suffix = if i == 0 {
                    "_ccnew".to_string()
                } else {
                    format!("_ccnew{i}")
                };
                pg::clip(name, pg::MAX_IDENT - suffix.len()).to_string() + &suffix
            })
            .find(|n| !taken(n))
            .expect("an unbounded range yields a free name")
    }
}

/// Every relation name of `s` (tables, views, sequences, indexes, the indexes of PRIMARY KEY /
/// UNIQUE / EXCLUDE constraints): they share one namespace per schema. A set, so that looking a
/// name up is not a scan (`Schema::has_relation` is).
fn relation_names(s: &Schema) -> HashSet<(&str, &str)> {
    let mut names: HashSet<(&str, &str)> = s
        .tables
        .keys()
        .chain(s.views.keys())
        .chain(s.sequences.keys())
        .chain(s.indexes.keys())
        .map(|q| (q.schema.as_str(), q.name.as_str()))
        .collect();
    for t in s.tables.values() {
        for c in t.constraints.values() {
            if c.kind.has_index() {
                names.insert((t.name.schema.as_str(), c.name.as_str()));
            }
        }
    }
    names
}

/// Plans `changes` (from `diff(old, new)`).
pub fn plan(
    old: &Schema,
    new: &Schema,
    changes: Vec<Change>,
    opts: &PlanOptions,
) -> Result<Plan, Error> {
    if !opts.allow_data_loss {
        let losses = data_losses(&changes, new);
        if !losses.is_empty() {
            return Err(Error::DataLoss(losses));
        }
    }
    let mut ctx = Context {
        old,
        new,
        opts,
        created_tables: HashSet::new(),
        dropped_tables: HashSet::new(),
        adopted: HashMap::new(),
        referencing_fks: HashMap::new(),
        old_indexes: HashMap::new(),
        new_indexes: HashMap::new(),
        fks_to: [HashMap::new(), HashMap::new()],
        relations: [relation_names(old), relation_names(new)],
        replaced_indexes: HashMap::new(),
        shadowed: BTreeSet::new(),
        shadow_renames: BTreeSet::new(),
        rebuilt_matviews: HashSet::new(),
        enum_rebuilds: HashMap::new(),
        enum_shadowed: HashSet::new(),
        renamed_tables: HashMap::new(),
        inheritance: old
            .inheritance_members()
            .chain(new.inheritance_members())
            .collect(),
        regenerated: HashSet::new(),
        dropped_keys: changes
            .iter()
            .filter_map(|c| match c {
                Change::DropIndex(i) => Some(Key::Index(i.name.clone())),
                Change::DropConstraint { table, constraint } => {
                    Some(Key::Constraint(table.clone(), constraint.name.clone()))
                }
                _ => None,
            })
            .collect(),
    };
    for i in old.indexes.values() {
        ctx.old_indexes.entry(&i.table).or_default().push(i);
    }
    for i in new.indexes.values() {
        ctx.new_indexes.entry(&i.table).or_default().push(i);
    }
    for (side, schema) in [old, new].into_iter().enumerate() {
        for t in schema.tables.values() {
            for c in t.constraints.values() {
                if let ConstraintKind::ForeignKey { ref_table, .. } = &c.kind {
                    ctx.fks_to[side]
                        .entry(ref_table)
                        .or_default()
                        .push((&t.name, c));
                }
            }
        }
    }
    for t in old.tables.values() {
        for c in t.constraints.values() {
            if let ConstraintKind::ForeignKey {
                ref_table,
                ref_columns,
                ..
            } = &c.kind
            {
                for col in ref_columns {
                    ctx.referencing_fks
                        .entry((ref_table.clone(), col.clone()))
                        .or_default()
                        .push(Key::Constraint(t.name.clone(), c.name.clone()));
                }
            }
        }
    }
    for c in &changes {
        match c {
            Change::AlterColumn {
                table,
                old: oc,
                new: nc,
            } if oc.ty != nc.ty => {
                for schema in [old, new] {
                    for g in generated_over(schema, table, &nc.name) {
                        ctx.regenerated.insert((table.clone(), g.name.clone()));
                    }
                }
            }
            Change::CreateTable(t) => {
                ctx.created_tables.insert(t.name.clone());
            }
            Change::DropTable(t) => {
                ctx.dropped_tables.insert(t.name.clone());
            }
            Change::RenameTable { old, new } => {
                ctx.renamed_tables.insert(new.clone(), old.clone());
            }
            Change::CreateView(v) | Change::DropView(v) if v.materialized => {
                ctx.rebuilt_matviews.insert(v.name.clone());
            }
            Change::DownOnly(inner) => {
                if let Change::CreateView(v) | Change::DropView(v) = &**inner
                    && v.materialized
                {
                    ctx.rebuilt_matviews.insert(v.name.clone());
                }
            }
            _ => {}
        }
    }
    let mut dropped_indexes: Vec<&Index> = changes
        .iter()
        .filter_map(|c| match c {
            Change::DropIndex(i) => Some(i),
            _ => None,
        })
        .collect();
    for c in &changes {
        if let Change::AddConstraint { table, constraint } = c
            && !ctx.created_tables.contains(table)
            && let Some(pos) = dropped_indexes
                .iter()
                .position(|i| &i.table == table && index_can_back(i, constraint))
        {
            let index = dropped_indexes.remove(pos).clone();
            ctx.adopted
                .insert((table.clone(), constraint.name.clone()), index);
        }
    }
    // (the names of dropped indexes, and of the dropped constraints' indexes)
    let dropped_names: HashSet<QualName> = dropped_indexes
        .iter()
        .map(|i| i.name.clone())
        .chain(changes.iter().filter_map(|c| match c {
            Change::DropConstraint { table, constraint } if constraint.kind.has_index() => {
                Some(constraint.index_name(table))
            }
            _ => None,
        }))
        .collect();
    for c in &changes {
        if let Change::CreateIndex(i) = c
            && dropped_names.contains(&i.name)
            && !ctx.created_tables.contains(&i.table)
            && !ctx.dropped_tables.contains(&i.table)
            && !ctx.is_small(&i.table)
        {
            let temp = ctx.free_relation_name(&i.name.schema, &i.name.name);
            ctx.replaced_indexes
                .insert(i.name.clone(), QualName::new(i.name.schema.clone(), temp));
        }
    }
    // Columns that change through a shadow column: renamed ones (when old and new application
    // versions must both work), then retyped ones.
    // Columns of rebuilt enum types, typed with the new type's temporary name (filled below, after
    // the renamed and retyped columns took theirs).
    let mut enum_columns: Vec<(QualName, &Column, Column)> = Vec::new();
    let mut shadowed: BTreeMap<&QualName, Vec<(&Column, &Column)>> = BTreeMap::new();
    for c in &changes {
        if let Change::RenameColumn {
            table,
            old: from,
            new: to,
        } = c
            && let Some((oc, nc)) = shadow::rename_columns(&ctx, table, from, to)
        {
            ctx.shadowed.insert((table.clone(), to.clone()));
            ctx.shadow_renames.insert((table.clone(), from.clone()));
            shadowed.entry(table).or_default().push((oc, nc));
        }
    }
    // A column renamed in place is another column in the old schema: it changes in place too.
    let renamed_in_place: HashSet<(&QualName, &String)> = changes
        .iter()
        .filter_map(|c| match c {
            Change::RenameColumn { table, old, new }
                if !ctx.shadow_renames.contains(&(table.clone(), old.clone())) =>
            {
                Some((table, new))
            }
            _ => None,
        })
        .collect();
    for c in &changes {
        if let Change::AlterColumn { table, old, new } = c
            && !ctx.shadowed.contains(&(table.clone(), new.name.clone()))
            && !renamed_in_place.contains(&(table, &new.name))
            && shadow::applies(&ctx, table, old, new)
        {
            ctx.shadowed.insert((table.clone(), new.name.clone()));
            shadowed.entry(table).or_default().push((old, new));
        }
    }
    for c in &changes {
        if let Change::AlterEnum {
            old: oe,
            new: ne,
            users,
        } = c
            && added_labels(&oe.labels, &ne.labels).is_none()
        {
            let temp = enum_temp_name(&ne.name);
            for u in users {
                if ctx.shadowed.contains(&(u.table.clone(), u.column.clone())) {
                    continue;
                }
                let cols = old
                    .tables
                    .get(&u.table)
                    .and_then(|t| t.column(&u.column))
                    .zip(new.tables.get(&u.table).and_then(|t| t.column(&u.column)));
                if let Some((oc, nc)) = cols
                    && let Some(col) = shadow::enum_column(&ctx, &u.table, oc, nc, &ne.name, &temp)
                {
                    enum_columns.push((u.table.clone(), oc, col));
                }
            }
            if enum_columns.iter().any(|(_, _, c)| {
                c.ty.name == temp.name && c.ty.schema.as_deref() == Some(temp.schema.as_str())
            }) {
                ctx.enum_rebuilds.insert(ne.name.clone(), temp);
            }
        }
    }
    for (table, oc, nc) in &enum_columns {
        ctx.shadowed.insert((table.clone(), nc.name.clone()));
        ctx.enum_shadowed.insert((table.clone(), nc.name.clone()));
        shadowed.entry(table).or_default().push((*oc, nc));
    }
    let mut warnings = Vec::new();
    let mut steps = Vec::new();
    for (table, columns) in &shadowed {
        steps.extend(shadow::steps(&ctx, table, columns));
    }
    let converted = enum_converted_columns(&ctx, &changes);
    for c in &changes {
        let mut st = steps_for(c, &ctx, &mut warnings);
        for ty in enum_conversions_read(c, &converted) {
            for s in st.iter_mut().filter(|s| !s.creates.is_empty()) {
                s.needs_new.push(Key::Labels(ty.clone()));
            }
        }
        steps.extend(st);
    }
    partition::implied_keys(&ctx, &mut steps);
    partition::restore_partition_defaults(&ctx, &mut steps);
    mark_implied_comment_drops(&mut steps);
    pull_displaced_drops_forward(&mut steps);
    let order = order_steps(&mut steps)?;
    let mut units = group_units(&steps, &order);
    set_lock_timeout(&mut units, &opts.lock_timeout);
    Ok(Plan { units, warnings })
}

/// The enum columns this migration converts in place (in its up or its down: a type that only
/// gains labels is rebuilt without them by the down), by table: each column with its type, in
/// the order of the changes.
type Converted<'a> = HashMap<&'a QualName, Vec<(&'a str, &'a QualName)>>;

fn enum_converted_columns<'a>(ctx: &Context, changes: &'a [Change]) -> Converted<'a> {
    let mut out: Converted<'a> = HashMap::new();
    for c in changes {
        if let Change::AlterEnum { new, users, .. } = c {
            for u in users {
                if !ctx
                    .enum_shadowed
                    .contains(&(u.table.clone(), u.column.clone()))
                {
                    out.entry(&u.table)
                        .or_default()
                        .push((u.column.as_str(), &new.name));
                }
            }
        }
    }
    out
}

/// The enum types whose in-place conversion (see [`enum_converted_columns`]) a new index or
/// CHECK constraint must wait for: it names a converted column in an expression or predicate,
/// which the conversion could not carry over (see [`EnumDependents`]).
fn enum_conversions_read(c: &Change, converted: &Converted) -> Vec<QualName> {
    let (table, exprs): (&QualName, Vec<&str>) = match c {
        Change::CreateIndex(i) => (
            &i.table,
            i.keys
                .iter()
                .filter_map(|k| match &k.key {
                    IndexKeyExpr::Expression(e) => Some(e),
                    IndexKeyExpr::Column(_) => None,
                })
                .chain(i.predicate.as_ref())
                .map(|e| e.sql.as_str())
                .collect(),
        ),
        Change::AddConstraint { table, constraint } => match &constraint.kind {
            ConstraintKind::Check { expr, .. } => (table, vec![expr.sql.as_str()]),
            _ => return Vec::new(),
        },
        _ => return Vec::new(),
    };
    let mut out: Vec<QualName> = converted
        .get(table)
        .into_iter()
        .flatten()
        .filter(|(col, _)| {
            exprs
                .iter()
                .any(|sql| pg::references_column(sql, &table.name, col))
        })
        .map(|(_, ty)| (*ty).clone())
        .collect();
    out.dedup();
    out
}

// ---------------------------------------------------------------------------------- data loss

fn data_losses(changes: &[Change], new: &Schema) -> Vec<String> {
    let mut out = Vec::new();
    // Columns added per table, by type, to suggest a rename when a column of the same type goes.
    let mut added: HashMap<(&QualName, &TypeRef), Vec<&str>> = HashMap::new();
    for c in changes {
        if let Change::AddColumn { table, column } = c {
            added
                .entry((table, &column.ty))
                .or_default()
                .push(&column.name);
        }
    }
    for c in changes {
        match c {
            Change::DropTable(t) if new.tables.contains_key(&t.name) => out.push(format!(
                "rebuild table {} (its partitioning changes, which PostgreSQL cannot do in place): it is dropped with all its rows and created again",
                t.name
            )),
            Change::DropTable(t) => out.push(format!("drop table {} and all its rows", t.name)),
            Change::DropColumn { table, column } => {
                let mut s = format!("drop column {table}.{} and its values", column.name);
                if let Some(names) = added.get(&(table, &column.ty)) {
                    s.push_str(&format!(
                        " (column {} of the same type is added: if {} was renamed, write `-- @renamed from={}` on the line before {} in the new schema)",
                        names.join(", "),
                        column.name,
                        column.name,
                        names[0]
                    ));
                }
                out.push(s);
            }
            Change::DropEnum(e) => out.push(format!("drop type {}", e.name)),
            Change::DropComposite(t) => out.push(format!("drop type {}", t.name)),
            Change::AlterComposite { old, new, users } if !users.is_empty() => {
                for a in crate::diff::composite_steps(old, new, true).drop {
                    out.push(format!(
                        "drop attribute {a} of type {} and its values in {}",
                        new.name,
                        users.join(", ")
                    ));
                }
            }
            Change::DropExtension(e) => out.push(format!(
                "drop extension {} and the objects it provides",
                e.name
            )),
            Change::AlterEnum { old, new, .. } => {
                for l in old.labels.iter().filter(|l| !new.labels.contains(l)) {
                    out.push(format!(
                        "remove label {} from type {} (rows holding it cannot be converted)",
                        quote_literal(l),
                        old.name
                    ));
                }
            }
            Change::AlterColumn { table, old, new }
                if old.ty != new.ty
                    && !pg::type_change_is_lossless(&old.ty, &new.ty)
                    && new.generated.is_none() =>
            {
                out.push(format!(
                    "change column {table}.{} from {} to {}, which can truncate values or fail",
                    new.name,
                    pg::type_sql(&old.ty),
                    pg::type_sql(&new.ty)
                ));
            }
            _ => {}
        }
    }
    out
}

// ------------------------------------------------------------------------ change -> steps

fn alter_table(t: &QualName) -> String {
    format!("ALTER TABLE {}", qualified(t))
}

/// The sequences a default expression uses (`nextval('s'::regclass)`).
fn sequences_in(e: &Option<Expr>) -> Vec<Key> {
    let Some(e) = e else { return Vec::new() };
    let mut out = Vec::new();
    let text = &e.canon;
    let mut rest = text.as_str();
    while let Some(i) = rest.find("nextval('") {
        let after = &rest[i + "nextval('".len()..];
        if let Some(end) = after.find('\'') {
            out.push(Key::Sequence(parse_qualified_literal(&after[..end])));
            rest = &after[end..];
        } else {
            break;
        }
    }
    out
}

/// `public.t_id_seq` or `"My Schema"."Seq"` (as in a regclass literal) into a name.
fn parse_qualified_literal(s: &str) -> QualName {
    let mut parts = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                cur.push('"');
                chars.next();
            }
            '"' => quoted = !quoted,
            '.' if !quoted => parts.push(std::mem::take(&mut cur)),
            c if !quoted => cur.push(c.to_ascii_lowercase()),
            c => cur.push(c),
        }
    }
    parts.push(cur);
    match parts.len() {
        1 => QualName::public(parts.remove(0)),
        _ => {
            let name = parts.pop().unwrap_or_default();
            QualName::new(parts.pop().unwrap_or_default(), name)
        }
    }
}

fn type_key(t: &TypeRef) -> Option<Key> {
    t.schema
        .as_ref()
        .map(|s| Key::Type(QualName::new(s.clone(), t.name.clone())))
}

/// The key of a user collation named by `COLLATE` text (`public."de-x-icu"`): schema-qualified
/// names are user collations (pg_catalog's are written without their schema).
fn collation_key(coll: &Option<String>) -> Option<Key> {
    let parts = crate::parse::qualified_name_parts(coll.as_deref()?);
    match parts.as_slice() {
        [s, n] => Some(Key::Object(format!(
            "{} {}",
            ObjectKind::Collation.sql(),
            QualName::new(s.clone(), n.clone())
        ))),
        _ => None,
    }
}

/// What a column needs to exist: its type, the sequences of its default, and for a
/// schema-defined type (an enum) the type's labels as the new schema has them (a default may
/// use a new label; a rebuilt type must be in place before a new column uses it).
fn column_deps(c: &Column) -> Vec<Key> {
    let mut v: Vec<Key> = type_key(&c.ty).into_iter().collect();
    v.extend(collation_key(&c.collation));
    v.extend(sequences_in(&c.default));
    if let Some(Key::Type(t)) = type_key(&c.ty) {
        v.push(Key::Labels(t));
    }
    v
}

fn table_deps(t: &Table) -> Vec<Key> {
    let mut v = vec![Key::Schema(t.name.schema.clone())];
    v.extend(t.inherits.iter().map(|p| Key::Table(p.clone())));
    for c in &t.columns {
        v.extend(column_deps(c));
    }
    v
}

/// The key (constraint or unique index) a foreign key rests on, in `schema`.
fn fk_key(schema: &Schema, ref_table: &QualName, ref_columns: &[String]) -> Option<Key> {
    let mut want = ref_columns.to_vec();
    want.sort();
    let t = schema.tables.get(ref_table)?;
    for c in t.constraints.values() {
        if let ConstraintKind::PrimaryKey { columns, .. } | ConstraintKind::Unique { columns, .. } =
            &c.kind
        {
            let mut have = columns.clone();
            have.sort();
            if have == want {
                return Some(Key::Constraint(ref_table.clone(), c.name.clone()));
            }
        }
    }
    schema
        .indexes
        .values()
        .find(|i| {
            i.unique
                && &i.table == ref_table
                && plain_columns(i).map(|mut c| {
                    c.sort();
                    c == want
                }) == Some(true)
        })
        .map(|i| Key::Index(i.name.clone()))
}

fn constraint_deps(table: &QualName, c: &Constraint, schema: &Schema) -> Vec<Key> {
    let mut v = vec![Key::Table(table.clone())];
    match &c.kind {
        ConstraintKind::PrimaryKey { columns, include }
        | ConstraintKind::Unique {
            columns, include, ..
        } => {
            v.extend(
                columns
                    .iter()
                    .chain(include)
                    .map(|col| Key::Column(table.clone(), col.clone())),
            );
        }
        ConstraintKind::ForeignKey {
            columns,
            ref_table,
            ref_columns,
            ..
        } => {
            v.extend(
                columns
                    .iter()
                    .map(|col| Key::Column(table.clone(), col.clone())),
            );
            v.push(Key::Table(ref_table.clone()));
            v.extend(
                ref_columns
                    .iter()
                    .map(|col| Key::Column(ref_table.clone(), col.clone())),
            );
            v.extend(fk_key(schema, ref_table, ref_columns));
        }
        ConstraintKind::Check { .. } | ConstraintKind::Exclude { .. } => {}
    }
    v
}

/// What an index needs of `schema` (the one it is in): [`index_deps`], and the columns its
/// expressions and predicate read (a column dropped under an expression index takes the index
/// along, so the index's own drop comes first).
fn index_deps_in(i: &Index, schema: &Schema) -> Vec<Key> {
    let mut v = index_deps(i);
    let exprs: Vec<&Expr> = i
        .keys
        .iter()
        .filter_map(|k| match &k.key {
            IndexKeyExpr::Expression(e) => Some(e),
            IndexKeyExpr::Column(_) => None,
        })
        .chain(&i.predicate)
        .collect();
    if let (false, Some(t)) = (exprs.is_empty(), schema.tables.get(&i.table)) {
        v.extend(
            t.columns
                .iter()
                .filter(|c| {
                    exprs
                        .iter()
                        .any(|e| pg::references_column(&e.canon, &i.table.name, &c.name))
                })
                .map(|c| Key::Column(i.table.clone(), c.name.clone())),
        );
        // the functions of the file it calls: created before it, dropped after it
        if !schema.routines.is_empty() {
            for e in &exprs {
                for f in pg::called_functions(&e.sql) {
                    v.extend(
                        schema
                            .routines
                            .values()
                            .filter(|r| r.name.name == f)
                            .map(|r| Key::Routine(r.name.clone())),
                    );
                }
            }
        }
    }
    v
}

fn index_deps(i: &Index) -> Vec<Key> {
    let mut v = vec![Key::Table(i.table.clone())];
    for k in &i.keys {
        v.extend(collation_key(&k.collation));
        if let IndexKeyExpr::Column(c) = &k.key {
            v.push(Key::Column(i.table.clone(), c.clone()));
        }
    }
    v.extend(
        i.include
            .iter()
            .map(|c| Key::Column(i.table.clone(), c.clone())),
    );
    v
}

fn comment_sql(target: &CommentTarget, text: &Option<String>) -> String {
    let what = match target {
        CommentTarget::Schema(s) => format!("SCHEMA {}", quote_ident(s)),
        CommentTarget::Extension(e) => format!("EXTENSION {}", quote_ident(e)),
        CommentTarget::Type(t) => format!("TYPE {}", qualified(t)),
        CommentTarget::Sequence(s) => format!("SEQUENCE {}", qualified(s)),
        CommentTarget::Table(t) => format!("TABLE {}", qualified(t)),
        CommentTarget::Column(t, c) => format!("COLUMN {}.{}", qualified(t), quote_ident(c)),
        CommentTarget::Constraint(t, c) => {
            format!("CONSTRAINT {} ON {}", quote_ident(c), qualified(t))
        }
        CommentTarget::Index(i) => format!("INDEX {}", qualified(i)),
        CommentTarget::View { name, materialized } => format!(
            "{}VIEW {}",
            if *materialized { "MATERIALIZED " } else { "" },
            qualified(name)
        ),
        CommentTarget::Routine {
            signature,
            procedure,
        } => format!(
            "{} {}",
            if *procedure { "PROCEDURE" } else { "FUNCTION" },
            pg::routine_signature_sql(signature)
        ),
        CommentTarget::ViewColumn { view, column } => {
            format!("COLUMN {}.{}", qualified(view), quote_ident(column))
        }
        CommentTarget::Trigger { table, name, rule } => format!(
            "{} {} ON {}",
            if *rule { "RULE" } else { "TRIGGER" },
            quote_ident(name),
            qualified(table)
        ),
        CommentTarget::Policy(t, n) => format!("POLICY {} ON {}", quote_ident(n), qualified(t)),
        CommentTarget::Object { kind, name, args } => {
            format!(
                "{} {}{args}",
                kind.sql(),
                opaque::object_name_sql(*kind, name)
            )
        }
    };
    let value = match text {
        Some(t) => quote_literal(t),
        None => "NULL".to_string(),
    };
    format!("COMMENT ON {what} IS {value}")
}

fn comment_key(target: &CommentTarget) -> Key {
    match target {
        CommentTarget::Schema(s) => Key::Schema(s.clone()),
        CommentTarget::Extension(e) => Key::Extension(e.clone()),
        CommentTarget::Type(t) => Key::Type(t.clone()),
        CommentTarget::Sequence(s) => Key::Sequence(s.clone()),
        CommentTarget::Table(t) => Key::Table(t.clone()),
        CommentTarget::Column(t, c) => Key::Column(t.clone(), c.clone()),
        CommentTarget::Constraint(t, c) => Key::Constraint(t.clone(), c.clone()),
        CommentTarget::Index(i) => Key::Index(i.clone()),
        CommentTarget::View { name, .. } | CommentTarget::ViewColumn { view: name, .. } => {
            Key::Table(name.clone())
        }
        CommentTarget::Routine { signature, .. } => Key::Signature(signature.clone()),
        CommentTarget::Trigger { table, name, rule } => {
            Key::Trigger(crate::model::Trigger::key_of(table, name, *rule))
        }
        CommentTarget::Policy(t, n) => Key::Policy(format!("{t}.{n}")),
        CommentTarget::Object { kind, name, args } => {
            Key::Object(crate::model::object_key(*kind, name, args))
        }
    }
}

/// `COMMENT ON` for an object created again from its statement, when it has a comment.
fn comment_again(target: CommentTarget, text: &Option<String>) -> Option<String> {
    text.as_ref().map(|_| comment_sql(&target, text))
}

fn extension_sql(e: &Extension) -> String {
    let mut s = format!("CREATE EXTENSION {}", quote_ident(&e.name));
    if let Some(schema) = &e.schema {
        s.push_str(&format!(" WITH SCHEMA {}", quote_ident(schema)));
    }
    if let Some(v) = &e.version {
        s.push_str(&format!(" VERSION {}", quote_literal(v)));
    }
    s
}

fn enum_sql(e: &EnumType) -> String {
    let labels: Vec<String> = e.labels.iter().map(|l| quote_literal(l)).collect();
    format!(
        "CREATE TYPE {} AS ENUM ({})",
        qualified(&e.name),
        labels.join(", ")
    )
}

/// The name a rebuilt enum type is created under before it takes the old one's name.
fn enum_temp_name(name: &QualName) -> QualName {
    let suffix = "__gen_new";
    QualName::new(
        name.schema.clone(),
        pg::clip(&name.name, pg::MAX_IDENT - suffix.len()).to_string() + suffix,
    )
}

/// Statements that turn enum type `from` into `to` in place, or by rebuilding the type (a label
/// removed or reordered): create the new type under a temporary name (unless `create_temp` is
/// false: it exists already), convert the columns `users` (defaults dropped and restored around
/// the conversion), drop the old type, rename.
fn enum_change_sql(
    from: &EnumType,
    to: &EnumType,
    users: &[EnumUser],
    create_temp: bool,
    deps: &EnumDependents,
) -> Vec<String> {
    if let Some(added) = added_labels(&from.labels, &to.labels) {
        return added
            .into_iter()
            .map(|(label, pos)| {
                let mut s = format!(
                    "ALTER TYPE {} ADD VALUE {}",
                    qualified(&to.name),
                    quote_literal(&label)
                );
                match pos {
                    EnumPosition::End => {}
                    EnumPosition::Before(b) => {
                        s.push_str(&format!(" BEFORE {}", quote_literal(&b)))
                    }
                    EnumPosition::After(a) => s.push_str(&format!(" AFTER {}", quote_literal(&a))),
                }
                s
            })
            .collect();
    }
    let tmp = enum_temp_name(&to.name);
    let mut v = Vec::new();
    if create_temp {
        v.push(enum_sql(&EnumType {
            name: tmp.clone(),
            ..to.clone()
        }));
    }
    v.extend(deps.drop_sql());
    // Partitions' own defaults go before their parent's type change reaches them.
    v.extend(inherited_drop_defaults(users));
    for u in users.iter().filter(|u| !u.inherited) {
        let col = quote_ident(&u.column);
        let arr = "[]".repeat(u.array_dims as usize);
        if u.old_default.is_some() {
            v.push(format!(
                "{} ALTER COLUMN {col} DROP DEFAULT",
                alter_table(&u.table)
            ));
        }
        v.push(format!(
            "{} ALTER COLUMN {col} TYPE {}{arr} USING {col}::text{arr}::{}{arr}",
            alter_table(&u.table),
            qualified(&tmp),
            qualified(&tmp)
        ));
    }
    v.push(format!("DROP TYPE {}", qualified(&from.name)));
    v.push(format!(
        "ALTER TYPE {} RENAME TO {}",
        qualified(&tmp),
        quote_ident(&to.name.name)
    ));
    // Defaults are written against the final type name, which exists after the rename.
    for u in users {
        if let Some(d) = &u.new_default {
            v.push(format!(
                "{} ALTER COLUMN {} SET DEFAULT {}",
                alter_table(&u.table),
                quote_ident(&u.column),
                d.sql
            ));
        }
    }
    v.extend(deps.create_sql());
    v
}

/// The down of swapping rebuilt enum type `new` (created as `temp`) in for `old`: the new type
/// goes back to its temporary name (the shadow columns' swaps convert their columns back
/// after this), `old` is created again, and the columns `users` that were converted in place
/// convert back to it.
fn enum_unswap_sql(
    old: &EnumType,
    new: &EnumType,
    temp: &QualName,
    users: &[EnumUser],
    deps: &EnumDependents,
) -> Vec<String> {
    let mut v = vec![
        format!(
            "ALTER TYPE {} RENAME TO {}",
            qualified(&new.name),
            quote_ident(&temp.name)
        ),
        enum_sql(old),
    ];
    v.extend(deps.drop_sql());
    v.extend(inherited_drop_defaults(users));
    for u in users.iter().filter(|u| !u.inherited) {
        let col = quote_ident(&u.column);
        let arr = "[]".repeat(u.array_dims as usize);
        let ty = qualified(&old.name);
        if u.old_default.is_some() {
            v.push(format!(
                "{} ALTER COLUMN {col} DROP DEFAULT",
                alter_table(&u.table)
            ));
        }
        v.push(format!(
            "{} ALTER COLUMN {col} TYPE {ty}{arr} USING {col}::text{arr}::{ty}{arr}",
            alter_table(&u.table)
        ));
        if let Some(d) = &u.new_default {
            v.push(format!(
                "{} ALTER COLUMN {col} SET DEFAULT {}",
                alter_table(&u.table),
                d.sql
            ));
        }
    }
    // Partitions' own defaults after their parents' (whose SET DEFAULT recurses).
    for u in users.iter().filter(|u| u.inherited) {
        if let Some(d) = &u.new_default {
            v.push(format!(
                "{} ALTER COLUMN {} SET DEFAULT {}",
                alter_table(&u.table),
                quote_ident(&u.column),
                d.sql
            ));
        }
    }
    v.extend(deps.create_sql());
    v
}

/// What `ALTER COLUMN ... TYPE` re-creates from its text when it converts enum columns in place:
/// the expression and partial indexes and the CHECK constraints of their tables that name a
/// converted column. PostgreSQL parses them again with the column's new type, where a literal
/// cast to the old enum type no longer compares (`operator does not exist: t__gen_new = t`), so
/// a conversion drops them first and creates them again (with their comments) once the type
/// has its final name.
#[derive(Default)]
struct EnumDependents<'a> {
    indexes: Vec<&'a Index>,
    checks: Vec<(&'a QualName, &'a Constraint)>,
}

impl EnumDependents<'_> {
    fn drop_sql(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .indexes
            .iter()
            .map(|i| format!("DROP INDEX {}", qualified(&i.name)))
            .collect();
        v.extend(self.checks.iter().map(|(t, c)| {
            format!(
                "{} DROP CONSTRAINT {}",
                alter_table(t),
                quote_ident(&c.name)
            )
        }));
        v
    }

    fn create_sql(&self) -> Vec<String> {
        let mut v = Vec::new();
        for i in &self.indexes {
            v.push(pg::create_index(i, false));
            if i.comment.is_some() {
                v.push(comment_sql(
                    &CommentTarget::Index(i.name.clone()),
                    &i.comment,
                ));
            }
        }
        for (t, c) in &self.checks {
            let mut add = format!(
                "{} ADD CONSTRAINT {} {}",
                alter_table(t),
                quote_ident(&c.name),
                pg::constraint_body(c)
            );
            if c.not_valid {
                add.push_str(" NOT VALID");
            }
            v.push(add);
            if c.comment.is_some() {
                v.push(comment_sql(
                    &CommentTarget::Constraint((*t).clone(), c.name.clone()),
                    &c.comment,
                ));
            }
        }
        v
    }
}

/// The indexes and CHECK constraints of `schema` that a conversion of the columns `users` in
/// place re-creates (see [`EnumDependents`]): those whose expressions or predicate name one of
/// the columns, split by `gone` into the ones that stay (first) and the ones this migration
/// drops (second).
fn enum_dependents<'a>(
    schema: &'a Schema,
    indexes_by_table: &HashMap<&'a QualName, Vec<&'a Index>>,
    users: &[EnumUser],
    gone: &dyn Fn(&Key) -> bool,
) -> (EnumDependents<'a>, EnumDependents<'a>) {
    let mut stay = EnumDependents::default();
    let mut go = EnumDependents::default();
    // The tables of `users`, each once, in their order, and the columns of each.
    let mut columns: HashMap<&QualName, Vec<&str>> = HashMap::new();
    let mut tables: Vec<&QualName> = Vec::new();
    for u in users {
        let cols = columns.entry(&u.table).or_default();
        if cols.is_empty() {
            tables.push(&u.table);
        }
        cols.push(&u.column);
    }
    let reads = |table: &QualName, sql: &str| {
        columns.get(table).is_some_and(|cols| {
            cols.iter()
                .any(|c| pg::references_column(sql, &table.name, c))
        })
    };
    // The indexes on those tables, in name order (as a scan of the schema's index map gives).
    let mut indexes: Vec<&'a Index> = tables
        .iter()
        .filter_map(|t| indexes_by_table.get(*t))
        .flatten()
        .copied()
        .collect();
    indexes.sort_by(|a, b| a.name.cmp(&b.name));
    for i in indexes {
        let exprs = i
            .keys
            .iter()
            .filter_map(|k| match &k.key {
                IndexKeyExpr::Expression(e) => Some(e),
                IndexKeyExpr::Column(_) => None,
            })
            .chain(i.predicate.as_ref());
        if exprs.into_iter().any(|e| reads(&i.table, &e.sql)) {
            if gone(&Key::Index(i.name.clone())) {
                go.indexes.push(i);
            } else {
                stay.indexes.push(i);
            }
        }
    }
    for tname in tables {
        let Some(t) = schema.tables.get(tname) else {
            continue;
        };
        for c in t.constraints.values() {
            if let ConstraintKind::Check { expr, .. } = &c.kind
                && reads(tname, &expr.sql)
            {
                if gone(&Key::Constraint(tname.clone(), c.name.clone())) {
                    go.checks.push((&t.name, c));
                } else {
                    stay.checks.push((&t.name, c));
                }
            }
        }
    }
    (stay, go)
}

/// `DROP DEFAULT` for the columns of `users` that are partitions' (see [`EnumUser::inherited`]):
/// their parent's type change recurses to them, which their default would stop.
fn inherited_drop_defaults(users: &[EnumUser]) -> Vec<String> {
    users
        .iter()
        .filter(|u| u.inherited && u.old_default.is_some())
        .map(|u| {
            format!(
                "{} ALTER COLUMN {} DROP DEFAULT",
                alter_table(&u.table),
                quote_ident(&u.column)
            )
        })
        .collect()
}

/// Statements that change column `from` into `to` (type, collation, default, identity, and
/// nullability when `with_nullability`), in an order PostgreSQL accepts.
fn alter_column_sql(
    table: &QualName,
    from: &Column,
    to: &Column,
    with_nullability: bool,
    using: Option<&str>,
) -> Vec<String> {
    let at = format!(
        "{} ALTER COLUMN {}",
        alter_table(table),
        quote_ident(&to.name)
    );
    let mut v = Vec::new();
    let retype = from.ty != to.ty || from.collation != to.collation;
    // Identity removed or changed.
    match (&from.identity, &to.identity) {
        (Some(_), None) => v.push(format!("{at} DROP IDENTITY")),
        (Some(a), Some(b)) if a != b => {
            if a.always != b.always {
                v.push(format!(
                    "{at} SET GENERATED {}",
                    if b.always { "ALWAYS" } else { "BY DEFAULT" }
                ));
            }
            if a.options != b.options {
                let o = &b.options;
                // PostgreSQL refuses new bounds that exclude the sequence's current value; an
                // unused sequence sits at its old START, so restart it at the new one then.
                let restart = if a.options.start < o.min || a.options.start > o.max {
                    " RESTART"
                } else {
                    ""
                };
                v.push(format!(
                    "{at} SET INCREMENT BY {} SET MINVALUE {} SET MAXVALUE {} SET START WITH {} SET CACHE {} SET {}{restart}",
                    o.increment,
                    o.min,
                    o.max,
                    o.start,
                    o.cache,
                    if o.cycle { "CYCLE" } else { "NO CYCLE" }
                ));
            }
        }
        _ => {}
    }
    if from.default.is_some() && (from.default != to.default || retype) {
        v.push(format!("{at} DROP DEFAULT"));
    }
    if with_nullability && from.not_null && !to.not_null && to.identity.is_none() {
        v.push(format!("{at} DROP NOT NULL"));
    }
    if retype {
        let mut s = format!("{at} TYPE {}", pg::type_sql(&to.ty));
        if let Some(c) = &to.collation {
            s.push_str(&format!(" COLLATE {c}"));
        }
        match using {
            Some(u) => s.push_str(&format!(" USING {u}")),
            None => match pg::type_conversion(&from.ty, &to.ty, is_user_type) {
                pg::Conversion::Implicit => {}
                pg::Conversion::Cast => s.push_str(&format!(
                    " USING {}::{}",
                    quote_ident(&to.name),
                    pg::type_sql(&to.ty)
                )),
                pg::Conversion::ViaText => s.push_str(&format!(
                    " USING {}::text::{}",
                    quote_ident(&to.name),
                    pg::type_sql(&to.ty)
                )),
            },
        }
        v.push(s);
    }
    if let Some(d) = &to.default
        && (from.default.as_ref() != Some(d) || retype)
    {
        v.push(format!("{at} SET DEFAULT {}", d.sql));
    }
    if with_nullability && !from.not_null && to.not_null {
        v.push(format!("{at} SET NOT NULL"));
    }
    if let (None, Some(id)) = (&from.identity, &to.identity) {
        v.push(format!("{at} ADD {}", pg::identity_sql(id)));
    }
    v
}

/// Types the schema defines (its enums) carry their schema; built-in and extension types do not.
fn is_user_type(t: &TypeRef) -> bool {
    t.schema.is_some()
}

/// The name of the temporary CHECK (col IS NOT NULL) used to set NOT NULL without a long lock.
fn not_null_check_name(table: &QualName, column: &str) -> String {
    pg::clip(
        &format!("{}_{}_not_null", table.name, column),
        pg::MAX_IDENT,
    )
    .to_string()
}

/// The backfill-phase step that fills the NULLs of `table.column` with `expr`: in batches of
/// `--batch-size` rows, each its own transaction, unless the table is known to be small.
fn backfill_step(ctx: &Context, table: &QualName, column: &str, expr: &str) -> Step {
    let key = format!("{table}.{column}");
    let col = quote_ident(column);
    let summary = format!("backfill NULLs of {key} with {expr}");
    if ctx.is_small(table) {
        return Step::new(Phase::Backfill, Rank::Column, &key, summary)
            .up(format!(
                "UPDATE {} SET {col} = {expr} WHERE {col} IS NULL",
                qualified(table)
            ))
            .small_table_risk(RiskCode::RowLocks, Some(Lock::RowExclusive), format!(
                "row locks on the rows of {table} whose {column} is NULL until the transaction ends (a small table: brief)"
            ));
    }
    let mut st = Step::new(Phase::Backfill, Rank::Column, &key, summary);
    let batch_key = ctx.batch_key(table);
    if batch_key.is_empty() && !pg::has_tid_range_scan(ctx.opts.pg_version) {
        st = st.risk(
            RiskCode::RowLocks,
            Some(Lock::RowExclusive),
            format!(
                "{table} has no primary key: batches follow heap pages, and before PostgreSQL 14 each batch reads the whole table"
            ),
        );
    }
    // A partitioned table has no heap pages of its own: without a key, each partition in turn.
    let batched = if batch_key.is_empty() && ctx.new.is_partitioned(table) {
        pg::batched_update_partitions
    } else {
        pg::batched_update
    };
    st.up(batched(
        table,
        &batch_key,
        &format!("{col} = {expr}"),
        &format!("{col} IS NULL"),
        ctx.opts.batch_size,
        &ctx.opts.lock_timeout,
    ))
        .tx(Tx::Forbidden)
        .risk(RiskCode::RowLocks, Some(Lock::RowExclusive), format!(
            "updates the rows of {table} whose {column} is NULL in batches of {} rows, each its own transaction: row locks are brief; rerunning finishes a half-done backfill",
            ctx.opts.batch_size
        ))
}

/// The steps that make an existing column NOT NULL without holding a long lock: backfill NULLs
/// (when `@backfill` says how), CHECK (col IS NOT NULL) NOT VALID, VALIDATE (no write lock), SET
/// NOT NULL (no scan on PostgreSQL 12+, the valid CHECK proves it), drop the CHECK.
fn set_not_null_steps(
    ctx: &Context,
    table: &QualName,
    column: &str,
    backfill: Option<&str>,
) -> Vec<Step> {
    let key = format!("{}.{}", table, column);
    let chk = quote_ident(&not_null_check_name(table, column));
    let col = quote_ident(column);
    let at = alter_table(table);
    let mut steps = Vec::new();
    let needs = vec![Key::Column(table.clone(), column.to_string())];
    if let Some(expr) = backfill {
        let mut s = backfill_step(ctx, table, column, expr);
        s.needs_new = needs.clone();
        steps.push(s);
    }
    if ctx.is_small(table) {
        // A small table is scanned in moments: one plain SET NOT NULL.
        let mut set = Step::new(
            Phase::Contract,
            Rank::SetNotNull,
            &key,
            format!("set {key} NOT NULL"),
        )
        .up(format!("{at} ALTER COLUMN {col} SET NOT NULL"))
        .down(format!("{at} ALTER COLUMN {col} DROP NOT NULL"))
        .small_table_risk(RiskCode::BlocksWrites, Some(Ddl::SetNotNull { proven: false }.lock(ctx.opts.pg_version)), format!(
            "ACCESS EXCLUSIVE lock on {table} while it is scanned for NULLs (a small table: brief)"
        ));
        set.needs_new = needs;
        set.creates
            .push(Key::NotNull(table.clone(), column.to_string()));
        steps.push(set);
        return steps;
    }
    // The CHECK goes into the contract phase: until then the old application may still write NULLs.
    let mut add = Step::new(
        Phase::Contract,
        Rank::Constraint,
        &key,
        format!("check {key} IS NOT NULL (NOT VALID)"),
    )
    .up(format!(
        "{at} ADD CONSTRAINT {chk} CHECK ({col} IS NOT NULL) NOT VALID"
    ))
    .down(format!("{at} DROP CONSTRAINT {chk}"))
    .risk(
        RiskCode::ExclusiveLock,
        Some(Ddl::AddCheck { not_valid: true }.lock(ctx.opts.pg_version)),
        format!("ACCESS EXCLUSIVE lock on {table}, brief: NOT VALID skips the scan"),
    );
    add.needs_new = needs.clone();
    // Backfill, add, validate and set run in this order: by phase, then by the keys they share.
    let mut validate = Step::new(
        Phase::Contract,
        Rank::Validate,
        &key,
        format!("validate that {key} has no NULLs"),
    )
    .up(format!("{at} VALIDATE CONSTRAINT {chk}"))
    .tx(Tx::Validate)
    .risk(
        RiskCode::ValidatesScan,
        Some(Ddl::ValidateConstraint.lock(ctx.opts.pg_version)),
        format!("scans {table} under SHARE UPDATE EXCLUSIVE: reads and writes continue"),
    );
    let chk_key = Key::Constraint(table.clone(), not_null_check_name(table, column));
    validate.needs_new = needs.clone();
    validate.needs_new.push(chk_key.clone());
    validate.creates.push(Key::Validated(
        table.clone(),
        not_null_check_name(table, column),
    ));
    let mut set = Step::new(
        Phase::Contract,
        Rank::SetNotNull,
        &key,
        format!("set {key} NOT NULL"),
    )
    .up(format!("{at} ALTER COLUMN {col} SET NOT NULL"))
    .up(format!("{at} DROP CONSTRAINT {chk}"))
    .down(format!(
        "{at} ADD CONSTRAINT {chk} CHECK ({col} IS NOT NULL) NOT VALID"
    ))
    .down(format!("{at} ALTER COLUMN {col} DROP NOT NULL"));
    set = if pg::set_not_null_uses_check(ctx.opts.pg_version) {
        set.risk(RiskCode::ExclusiveLock, Some(Ddl::SetNotNull { proven: true }.lock(ctx.opts.pg_version)), format!("ACCESS EXCLUSIVE lock on {table}, brief: the validated CHECK spares the scan (PostgreSQL 12+)"))
    } else {
        set.risk(RiskCode::BlocksWrites, Some(Ddl::SetNotNull { proven: true }.lock(ctx.opts.pg_version)), format!("ACCESS EXCLUSIVE lock on {table} while it is scanned for NULLs: PostgreSQL {} cannot use the validated CHECK (12+ can)", ctx.opts.pg_version))
    };
    set.needs_new = needs;
    set.needs_new.push(Key::Validated(
        table.clone(),
        not_null_check_name(table, column),
    ));
    set.creates
        .push(Key::NotNull(table.clone(), column.to_string()));
    steps.push(add);
    steps.push(validate);
    steps.push(set);
    steps
}

fn steps_for(change: &Change, ctx: &Context, warnings: &mut Vec<String>) -> Vec<Step> {
    use Change::*;
    let new = ctx.new;
    match change {
        CreateTable(t) if t.partition_of.is_some() => partition::create_partition(ctx, t),
        DropTable(t) if t.partition_of.is_some() => partition::drop_partition(ctx, t),
        AttachPartition { table, of } => partition::attach(ctx, table, of),
        AttachIndexes { parent, indexes } => partition::attach_indexes(ctx, parent, indexes, false),
        DetachIndexes { parent, indexes } => partition::attach_indexes(ctx, parent, indexes, true),
        DetachPartition { table, of } => partition::detach(ctx, table, of),
        CreateIndex(i) if partition::partitioned(ctx.new, &i.table) => {
            partition::create_index(ctx, i)
        }
        DropIndex(i)
            if partition::partitioned(ctx.old, &i.table)
                && !ctx.dropped_tables.contains(&i.table) =>
        {
            partition::drop_index(ctx, i)
        }
        DropConstraint { table, constraint }
            if partition::dropped_with_parent_index(ctx, table, constraint) =>
        {
            // Dropped with the parent's index its index is attached to (see `partition`).
            Vec::new()
        }
        AddConstraint { table, constraint } if partition::adds_key(ctx, table, constraint) => {
            partition::add_key(ctx, table, constraint)
        }
        CreateSchema(s) => {
            let mut st = Step::new(Phase::Expand, Rank::Schema, s, format!("create schema {s}"))
                .up(format!("CREATE SCHEMA {}", quote_ident(s)))
                .down(format!("DROP SCHEMA {}", quote_ident(s)));
            st.creates.push(Key::Schema(s.clone()));
            vec![st]
        }
        DropSchema(s) => {
            let mut st = Step::new(
                Phase::Contract,
                Rank::DropSchema,
                s,
                format!("drop schema {s}"),
            )
            .up(format!("DROP SCHEMA {}", quote_ident(s)))
            .down(format!("CREATE SCHEMA {}", quote_ident(s)));
            st.drops.push(Key::Schema(s.clone()));
            vec![st]
        }
        CreateExtension(e) => {
            let mut st = Step::new(
                Phase::Expand,
                Rank::Extension,
                &e.name,
                format!("create extension {}", e.name),
            )
            .up(extension_sql(e))
            .down(format!("DROP EXTENSION {}", quote_ident(&e.name)));
            st.creates.push(Key::Extension(e.name.clone()));
            st.needs_new
                .extend(e.schema.iter().map(|s| Key::Schema(s.clone())));
            vec![st]
        }
        DropExtension(e) => {
            let mut st = Step::new(
                Phase::Contract,
                Rank::DropExtension,
                &e.name,
                format!("drop extension {}", e.name),
            )
            .up(format!("DROP EXTENSION {}", quote_ident(&e.name)))
            .down(extension_sql(e))
            .risk(
                RiskCode::DeletesData,
                None,
                "drops every object the extension provides",
            );
            st.drops.push(Key::Extension(e.name.clone()));
            st.needs_old
                .extend(e.schema.iter().map(|s| Key::Schema(s.clone())));
            vec![st]
        }
        AlterExtension { old, new: ne } => {
            let sql = |from: &Extension, to: &Extension| {
                let mut v = Vec::new();
                // no WITH SCHEMA is `public` (see the diff)
                let eff = |e: &Extension| e.schema.clone().unwrap_or_else(|| DEFAULT_SCHEMA.into());
                if eff(from) != eff(to) {
                    let s = to
                        .schema
                        .clone()
                        .unwrap_or_else(|| DEFAULT_SCHEMA.to_string());
                    v.push(format!(
                        "ALTER EXTENSION {} SET SCHEMA {}",
                        quote_ident(&to.name),
                        quote_ident(&s)
                    ));
                }
                if let Some(ver) = &to.version
                    && from.version.as_ref() != Some(ver)
                {
                    v.push(format!(
                        "ALTER EXTENSION {} UPDATE TO {}",
                        quote_ident(&to.name),
                        quote_literal(ver)
                    ));
                }
                v
            };
            let mut st = Step::new(
                Phase::Expand,
                Rank::Extension,
                &ne.name,
                format!("alter extension {}", ne.name),
            );
            st.up = sql(old, ne);
            st.down = sql(ne, old);
            // Extensions rarely ship downgrade scripts: going back to an older version recreates
            // the extension at it (DROP without CASCADE fails if anything depends on it).
            if let (Some(ov), Some(nv)) = (&old.version, &ne.version)
                && version_older(ov, nv)
            {
                st.down = vec![
                    format!("DROP EXTENSION {}", quote_ident(&old.name)),
                    extension_sql(old),
                ];
                if let Some(c) = &old.comment {
                    // the old comment goes with the recreated extension
                    st.down.push(format!(
                        "COMMENT ON EXTENSION {} IS {}",
                        quote_ident(&old.name),
                        quote_literal(c)
                    ));
                }
                st = st.risk(RiskCode::LossyDown, None, format!(
                    "the down migration recreates extension {} at version {ov} (no downgrade path is assumed); it fails if objects depend on the extension",
                    ne.name
                ));
            }
            st.needs_new
                .extend(ne.schema.iter().map(|s| Key::Schema(s.clone())));
            vec![st]
        }
        CreateEnum(e) => {
            let mut st = Step::new(
                Phase::Expand,
                Rank::Type,
                e.name.to_string(),
                format!("create type {}", e.name),
            )
            .up(enum_sql(e))
            .down(format!("DROP TYPE {}", qualified(&e.name)));
            st.creates.push(Key::Type(e.name.clone()));
            st.needs_new.push(Key::Schema(e.name.schema.clone()));
            vec![st]
        }
        DropEnum(e) => {
            let mut st = Step::new(
                Phase::Contract,
                Rank::DropType,
                e.name.to_string(),
                format!("drop type {}", e.name),
            )
            .up(format!("DROP TYPE {}", qualified(&e.name)))
            .down(enum_sql(e));
            st.drops.push(Key::Type(e.name.clone()));
            st.needs_old.push(Key::Schema(e.name.schema.clone()));
            vec![st]
        }
        AlterEnum {
            old,
            new: ne,
            users,
        } => {
            let adds_only = added_labels(&old.labels, &ne.labels).is_some();
            let temp = ctx.enum_rebuilds.get(&ne.name);
            // Columns of large tables change through shadow columns typed with the new type
            // under its temporary name; the rest convert in place when the type is swapped in.
            let (shadowed, in_place): (Vec<&EnumUser>, Vec<&EnumUser>) =
                users.iter().partition(|u| {
                    ctx.enum_shadowed
                        .contains(&(u.table.clone(), u.column.clone()))
                });
            let in_place: Vec<EnumUser> = in_place.into_iter().cloned().collect();
            let mut out = Vec::new();
            let mut st = Step::new(
                if temp.is_some() {
                    Phase::Contract
                } else {
                    Phase::Expand
                },
                Rank::Type,
                ne.name.to_string(),
                format!("change the labels of type {}", ne.name),
            );
            let inverse_users: Vec<EnumUser> = in_place
                .iter()
                .map(|u| EnumUser {
                    old_default: u.new_default.clone(),
                    new_default: u.old_default.clone(),
                    ..u.clone()
                })
                .collect();
            let (stay, dropped_deps) =
                enum_dependents(ctx.old, &ctx.old_indexes, &in_place, &|k| {
                    ctx.dropped_keys.contains(k)
                });
            if let Some(temp) = temp {
                let mut create = Step::new(
                    Phase::Expand,
                    Rank::Type,
                    ne.name.to_string(),
                    format!(
                        "create type {temp} with the new labels of {}, for the shadow columns",
                        ne.name
                    ),
                )
                .up(enum_sql(&EnumType {
                    name: temp.clone(),
                    ..ne.clone()
                }))
                .down(format!("DROP TYPE IF EXISTS {}", qualified(temp)));
                create.creates.push(Key::Type(temp.clone()));
                create.needs_new.push(Key::Schema(temp.schema.clone()));
                if old.labels.iter().any(|l| !ne.labels.contains(l)) {
                    create = create.risk(
                        RiskCode::BreaksOldApp,
                        None,
                        format!(
                            "labels of {} are removed: from this phase on, writes of a removed label to a column being converted fail, and rows holding one make the copy fail",
                            ne.name
                        ),
                    );
                }
                out.push(create);
                st.summary = format!("swap in the new type {} (created as {temp})", ne.name);
                st.up = enum_change_sql(old, ne, &in_place, false, &stay);
                st.down = enum_unswap_sql(old, ne, temp, &inverse_users, &stay);
                st.needs_new.push(Key::Type(temp.clone()));
                st.needs_new.extend(
                    shadowed
                        .iter()
                        .map(|u| Key::Column(u.table.clone(), u.column.clone())),
                );
            } else if adds_only {
                // only the down converts the columns, when every index and constraint of the
                // old schema is back
                let (mut all, gone) =
                    enum_dependents(ctx.old, &ctx.old_indexes, &in_place, &|_| false);
                all.indexes.extend(gone.indexes);
                all.checks.extend(gone.checks);
                st.up = enum_change_sql(old, ne, users, true, &EnumDependents::default());
                st.down = enum_change_sql(ne, old, &inverse_users, true, &all);
            } else {
                st.up = enum_change_sql(old, ne, users, true, &stay);
                st.down = enum_change_sql(ne, old, &inverse_users, true, &stay);
            }
            // the routines with the type in their signature are dropped first (and created again
            // after; when labels are only added, in the down only: see `diff_routines`)
            st.after_drop.extend(
                ctx.old
                    .routines
                    .values()
                    .filter(|r| r.types.contains(&ne.name))
                    .map(|r| Key::Signature(r.signature())),
            );
            if !adds_only {
                // what this migration drops of them goes first
                st.after_drop.extend(
                    dropped_deps
                        .indexes
                        .iter()
                        .map(|i| Key::Index(i.name.clone()))
                        .chain(
                            dropped_deps
                                .checks
                                .iter()
                                .map(|(t, c)| Key::Constraint((*t).clone(), c.name.clone())),
                        ),
                );
            }
            // ALTER TYPE ... ADD VALUE: the new label cannot be used in the transaction that adds it;
            // before PostgreSQL 12 it cannot run in a transaction block at all.
            st.tx = if adds_only
                && st.up.len() == 1
                && !pg::enum_add_value_in_transaction(ctx.opts.pg_version)
            {
                Tx::Forbidden
            } else {
                Tx::Alone
            };
            if !adds_only {
                let large: Vec<&EnumUser> = in_place
                    .iter()
                    .filter(|u| !ctx.is_small(&u.table))
                    .collect();
                if !large.is_empty() || (temp.is_none() && in_place.is_empty()) {
                    st.risks.push(Risk::new(
                        RiskCode::TableRewrite,
                        Some(Lock::AccessExclusive),
                        format!(
                            "rebuilds type {}: rewrites every table with a column of that type converted in place{}",
                            ne.name,
                            large
                                .iter()
                                .map(|u| format!(" ({}.{})", u.table, u.column))
                                .collect::<String>()
                        ),
                    ));
                } else if !in_place.is_empty() {
                    st = st.small_table_risk(
                        RiskCode::TableRewrite,
                        Some(Lock::AccessExclusive),
                        format!(
                            "rebuilds type {}: rewrites the small tables with a column of that type",
                            ne.name
                        ),
                    );
                } else {
                    st = st.risk(
                        RiskCode::ExclusiveLock,
                        Some(Lock::AccessExclusive),
                        format!(
                            "ACCESS EXCLUSIVE lock on type {}, brief: every column already uses the new type; the old one is dropped and the new one renamed",
                            ne.name
                        ),
                    );
                }
            }
            st.needs_new.push(Key::Type(ne.name.clone()));
            st.creates.push(Key::Labels(ne.name.clone()));
            st.needs_new.extend(
                users
                    .iter()
                    .map(|u| Key::Column(u.table.clone(), u.column.clone())),
            );
            // Views and policies over the columns it converts (in place, here or in the down)
            // are dropped first and created again after.
            for u in &in_place {
                st.after_drop
                    .extend(opaque::views_reading(ctx.old, &u.table, &u.column));
                st.after_drop
                    .extend(security::policies_reading(ctx.old, &u.table, &u.column));
            }
            out.push(st);
            out
        }
        CreateSequence(s) => {
            let mut st = Step::new(
                Phase::Expand,
                Rank::Sequence,
                s.name.to_string(),
                format!("create sequence {}", s.name),
            )
            .up(pg::create_sequence(s))
            .down(format!("DROP SEQUENCE {}", qualified(&s.name)));
            st.creates.push(Key::Sequence(s.name.clone()));
            st.needs_new.push(Key::Schema(s.name.schema.clone()));
            vec![st]
        }
        DropSequence(s) => {
            let mut st = Step::new(
                Phase::Contract,
                Rank::DropSequence,
                s.name.to_string(),
                format!("drop sequence {}", s.name),
            )
            .up(format!("DROP SEQUENCE {}", qualified(&s.name)))
            .down(pg::create_sequence(s));
            st.drops.push(Key::Sequence(s.name.clone()));
            st.needs_old.push(Key::Schema(s.name.schema.clone()));
            vec![st]
        }
        AlterSequence { old, new: ns } => {
            let mut st = Step::new(
                Phase::Expand,
                Rank::Sequence,
                ns.name.to_string(),
                format!("alter sequence {}", ns.name),
            );
            if old.options != ns.options {
                st.up.push(pg::alter_sequence(&ns.name, &ns.options));
                st.down.push(pg::alter_sequence(&ns.name, &old.options));
            }
            if old.unlogged != ns.unlogged {
                let set = |u: bool| {
                    format!(
                        "ALTER SEQUENCE {} SET {}",
                        qualified(&ns.name),
                        if u { "UNLOGGED" } else { "LOGGED" }
                    )
                };
                st.up.push(set(ns.unlogged));
                st.down.insert(0, set(old.unlogged));
            }
            st.needs_new.push(Key::Sequence(ns.name.clone()));
            vec![st]
        }
        SetSequenceOwner {
            seq,
            old,
            new: owner,
        } => {
            let owned = |o: &Option<(QualName, String)>| match o {
                Some((t, c)) => format!(
                    "ALTER SEQUENCE {} OWNED BY {}.{}",
                    qualified(seq),
                    qualified(t),
                    quote_ident(c)
                ),
                None => format!("ALTER SEQUENCE {} OWNED BY NONE", qualified(seq)),
            };
            // A move from a column this migration drops goes in two steps: the sequence is
            // freed before that drop (which would drop it too), and given to its new column
            // once that exists (which may wait for the drop: a swapped column taking a dropped
            // table's key name).
            if let (Some((ot, oc)), Some((nt, nc))) = (old, owner)
                && ctx
                    .new
                    .tables
                    .get(ot)
                    .is_none_or(|t| t.column(oc).is_none())
            {
                let mut free = Step::new(
                    Phase::Expand,
                    Rank::SequenceOwner,
                    seq.to_string(),
                    format!("free sequence {seq} from its owner {ot}.{oc}"),
                )
                .up(owned(&None))
                .down(owned(old));
                free.needs_old.push(Key::Column(ot.clone(), oc.clone()));
                free.needs_old.push(Key::Sequence(seq.clone()));
                free.creates.push(Key::Unowned(seq.clone()));
                let mut give = Step::new(
                    Phase::Expand,
                    Rank::SequenceOwner,
                    seq.to_string(),
                    format!("set the owner of sequence {seq}"),
                )
                .up(owned(owner))
                .down(owned(&None));
                give.needs_new.push(Key::Sequence(seq.clone()));
                give.needs_new.push(Key::Unowned(seq.clone()));
                give.needs_new.push(Key::Column(nt.clone(), nc.clone()));
                return vec![free, give];
            }
            let (phase, rank) = if owner.is_some() {
                (Phase::Expand, Rank::SequenceOwner)
            } else {
                (Phase::Contract, Rank::DropConstraint)
            };
            let mut st = Step::new(
                phase,
                rank,
                seq.to_string(),
                format!("set the owner of sequence {seq}"),
            )
            .up(owned(owner))
            .down(owned(old));
            st.needs_new.push(Key::Sequence(seq.clone()));
            if let Some((t, c)) = owner {
                st.needs_new.push(Key::Column(t.clone(), c.clone()));
            }
            if let Some((t, c)) = old {
                st.needs_old.push(Key::Column(t.clone(), c.clone()));
                st.needs_old.push(Key::Sequence(seq.clone()));
                // after a swap of the old column, which frees the sequence
                st.needs_new.push(Key::Unowned(seq.clone()));
            }
            vec![st]
        }
        CreateTable(t) => {
            let mut st = Step::new(
                Phase::Expand,
                Rank::Table,
                t.name.to_string(),
                format!("create table {}", t.name),
            )
            .up(pg::create_table(&ctx.new.declared_shape(t)))
            .down(format!("DROP TABLE {}", qualified(&t.name)));
            st.creates.push(Key::Table(t.name.clone()));
            st.creates.extend(
                t.columns
                    .iter()
                    .map(|c| Key::Column(t.name.clone(), c.name.clone())),
            );
            st.creates.extend(
                t.constraints
                    .keys()
                    .map(|c| Key::Constraint(t.name.clone(), c.clone())),
            );
            // A key constraint's index takes a relation name: one an old object holds is free
            // once that is dropped.
            st.creates.extend(
                t.constraints
                    .values()
                    .filter(|c| c.kind.has_index())
                    .map(|c| Key::Index(c.index_name(&t.name))),
            );
            st.needs_new = table_deps(t);
            vec![st]
        }
        DropTable(t) => {
            let mut st = Step::new(
                Phase::Contract,
                Rank::DropTable,
                t.name.to_string(),
                format!("drop table {}", t.name),
            )
            .up(format!("DROP TABLE {}", qualified(&t.name)))
            .down(pg::create_table(&ctx.old.declared_shape(t)))
            .risk(
                RiskCode::DeletesData,
                Some(Ddl::DropTable.lock(ctx.opts.pg_version)),
                format!("deletes table {} and its rows", t.name),
            );
            st.drops.push(Key::Table(t.name.clone()));
            st.drops.extend(
                t.columns
                    .iter()
                    .map(|c| Key::Column(t.name.clone(), c.name.clone())),
            );
            st.drops.extend(
                t.constraints
                    .keys()
                    .map(|c| Key::Constraint(t.name.clone(), c.clone())),
            );
            // Its indexes go with it (its constraints' too): a new index of the same name waits
            // for this drop.
            st.drops.extend(
                ctx.old_indexes
                    .get(&t.name)
                    .into_iter()
                    .flatten()
                    .map(|i| Key::Index(i.name.clone())),
            );
            st.drops.extend(
                t.constraints
                    .values()
                    .filter(|c| c.kind.has_index())
                    .map(|c| Key::Index(c.index_name(&t.name))),
            );
            st.needs_old = table_deps(t);
            vec![st]
        }
        AddColumn { table, column } | DropColumn { table, column }
            if ctx
                .regenerated
                .contains(&(table.clone(), column.name.clone())) =>
        {
            // added or dropped by the type change of a column its expression reads
            Vec::new()
        }
        AlterColumn { table, new: nc, .. }
            if ctx.regenerated.contains(&(table.clone(), nc.name.clone())) =>
        {
            Vec::new()
        }
        AddColumn { table, column } => add_column_steps(ctx, table, column, warnings),
        DropColumn { table, column } => {
            let key = format!("{table}.{}", column.name);
            let mut st = Step::new(
                Phase::Contract,
                Rank::DropColumn,
                &key,
                format!("drop column {key}"),
            )
            .up(format!(
                "{} DROP COLUMN {}",
                alter_table(table),
                quote_ident(&column.name)
            ))
            .down(format!(
                "{} ADD COLUMN {}",
                alter_table(table),
                pg::column_def(column, true)
            ))
            .risk(
                RiskCode::DeletesData,
                Some(Ddl::DropColumn.lock(ctx.opts.pg_version)),
                format!("ACCESS EXCLUSIVE lock on {table}, brief; deletes the column's values"),
            );
            st.drops
                .push(Key::Column(table.clone(), column.name.clone()));
            st.needs_old = column_deps(column);
            st.needs_old.push(Key::Table(table.clone()));
            vec![st]
        }
        AlterColumn { table, new: nc, .. }
            if ctx.shadowed.contains(&(table.clone(), nc.name.clone())) =>
        {
            // The part of the type change that is not the type (default, NOT NULL) is planned
            // with it by `shadow::steps`.
            Vec::new()
        }
        AlterColumn {
            table,
            old,
            new: nc,
        } => alter_column_steps(table, old, nc, ctx),
        RenameColumn { table, old, .. }
            if ctx.shadow_renames.contains(&(table.clone(), old.clone())) =>
        {
            // A new column synced both ways with the old one (see `shadow`).
            Vec::new()
        }
        CreateRoutine(r) => opaque::create_routine(ctx, r),
        DropRoutine(r) => opaque::drop_routine(ctx, r),
        ReplaceRoutine { old, new: nr } => opaque::replace_routine(ctx, old, nr),
        CreateView(v) => opaque::create_view(ctx, v),
        DropView(v) => opaque::drop_view(ctx, v),
        ReplaceView { new: nv, .. } => opaque::replace_view(ctx, nv),
        DownOnly(inner) => steps_for(inner, ctx, warnings)
            .into_iter()
            .map(|mut st| {
                // Ordered as the change would be, but its statements run only in the down.
                st.up.clear();
                st.risks.clear();
                st.summary.clear();
                st
            })
            .collect(),
        CreateTrigger(t) => opaque::create_trigger(ctx, t),
        DropTrigger(t) => opaque::drop_trigger(ctx, t),
        SetTriggerFiring { trigger, old } => opaque::set_trigger_firing(ctx, trigger, *old),
        CreateObject(o) => opaque::create_object(ctx, o),
        DropObject(o) => opaque::drop_object(ctx, o),
        SetTableOptions {
            table,
            old,
            new: nw,
        } => {
            let sql = |from: &[(String, String)], to: &[(String, String)]| {
                option_changes(&alter_table(table), from, to)
            };
            let mut st = Step::new(
                Phase::Expand,
                Rank::Column,
                table.to_string(),
                format!("set the storage parameters of {table}"),
            )
            .risk(
                RiskCode::ExclusiveLock,
                Some(Lock::ShareUpdateExclusive),
                format!("SHARE UPDATE EXCLUSIVE lock on {table} (most parameters), brief"),
            );
            st.up = sql(old, nw);
            st.down = sql(nw, old);
            st.needs_new.push(Key::Table(table.clone()));
            vec![st]
        }
        SetColumnAttributes {
            table,
            column,
            old_statistics,
            new_statistics,
            old_storage,
            new_storage,
            old_options,
            new_options,
        } => {
            let is_enum = |t: &TypeRef| {
                t.schema.as_ref().is_some_and(|sch| {
                    ctx.new
                        .enums
                        .contains_key(&QualName::new(sch.clone(), t.name.clone()))
                        || ctx
                            .old
                            .enums
                            .contains_key(&QualName::new(sch.clone(), t.name.clone()))
                })
            };
            let default_storage = pg::default_storage(&column.ty)
                .or(is_enum(&column.ty).then_some("plain"))
                .map(str::to_string);
            let col = quote_ident(&column.name);
            let sql = |stats: &Option<i32>,
                       from_storage: &Option<String>,
                       storage: &Option<String>,
                       from_options: &[(String, String)],
                       options: &[(String, String)]|
             -> Vec<String> {
                let mut v = option_changes(
                    &format!("{} ALTER COLUMN {col}", alter_table(table)),
                    from_options,
                    options,
                );
                if old_statistics != new_statistics {
                    v.push(format!(
                        "{} ALTER COLUMN {col} SET STATISTICS {}",
                        alter_table(table),
                        stats.unwrap_or(-1)
                    ));
                }
                if from_storage != storage {
                    let target = storage.clone().or(default_storage.clone());
                    v.push(match target {
                        Some(t) => format!(
                            "{} ALTER COLUMN {col} SET STORAGE {}",
                            alter_table(table),
                            t.to_uppercase()
                        ),
                        None => format!(
                            "-- the default storage of type {} is unknown: set it back by hand",
                            pg::type_sql(&column.ty)
                        ),
                    });
                }
                v
            };
            let key = format!("{table}.{}", column.name);
            let mut st = Step::new(
                Phase::Expand,
                Rank::Column,
                &key,
                format!("set the attributes (statistics target, storage, options) of {key}"),
            )
            .risk(
                RiskCode::ExclusiveLock,
                Some(Lock::ShareUpdateExclusive),
                format!("SHARE UPDATE EXCLUSIVE lock on {table}, brief; no rewrite"),
            );
            st.up = sql(
                new_statistics,
                old_storage,
                new_storage,
                old_options,
                new_options,
            );
            st.down = sql(
                old_statistics,
                new_storage,
                old_storage,
                new_options,
                old_options,
            );
            if default_storage.is_none() && old_storage.is_some() != new_storage.is_some() {
                warnings.push(format!(
                    "the default storage of type {} (column {key}) is unknown to gen: the migration that resets it has a comment instead of a statement",
                    pg::type_sql(&column.ty)
                ));
            }
            let k = Key::Column(table.clone(), column.name.clone());
            if new
                .tables
                .get(table)
                .and_then(|t| t.column(&column.name))
                .is_some()
            {
                st.needs_new.push(k);
            } else {
                st.needs_old.push(k);
                st.phase = Phase::Contract;
            }
            vec![st]
        }
        SetIndexStatistics {
            index,
            old,
            new: nw,
        } => {
            let sql = |from: &[(u32, i32)], to: &[(u32, i32)]| -> Vec<String> {
                let mut v = Vec::new();
                for (n, _) in from.iter().filter(|(n, _)| !to.iter().any(|(m, _)| m == n)) {
                    v.push(format!(
                        "ALTER INDEX {} ALTER COLUMN {n} SET STATISTICS -1",
                        qualified(index)
                    ));
                }
                for (n, val) in to.iter().filter(|x| !from.contains(x)) {
                    v.push(format!(
                        "ALTER INDEX {} ALTER COLUMN {n} SET STATISTICS {val}",
                        qualified(index)
                    ));
                }
                v
            };
            let mut st = Step::new(
                Phase::Expand,
                Rank::Index,
                index.to_string(),
                format!("set the statistics targets of index {index}"),
            )
            .risk(
                RiskCode::ExclusiveLock,
                Some(Lock::ShareUpdateExclusive),
                format!("SHARE UPDATE EXCLUSIVE lock on index {index}, brief"),
            );
            st.up = sql(old, nw);
            st.down = sql(nw, old);
            if new.indexes.contains_key(index) {
                st.needs_new.push(Key::Index(index.clone()));
            } else {
                st.needs_old.push(Key::Index(index.clone()));
                st.phase = Phase::Contract;
            }
            vec![st]
        }
        CreateDomain(d) => security::create_domain(ctx, d),
        CreateComposite(t) => security::create_composite(t),
        DropComposite(t) => security::drop_composite(ctx, t),
        AlterComposite { old, new, users } => security::alter_composite(old, new, users),
        DropDomain(d) => security::drop_domain(ctx, d),
        AlterDomain { old, new } => security::alter_domain(ctx, old, new),
        SetTableFlags {
            table,
            old,
            new,
            with_drop,
        } => security::set_table_flags(ctx, table, old, new, *with_drop),
        CreatePolicy(p) => security::create_policy(ctx, p),
        DropPolicy(p) => security::drop_policy(ctx, p),
        AlterPolicy { old, new } => security::alter_policy(ctx, old, new),
        Privilege {
            grant,
            granted,
            with_drop,
        } => security::privilege(ctx, grant, *granted, *with_drop),
        DefaultPrivilege { entry, granted } => security::default_privilege(entry, *granted),
        GrantOption { grant, granted } => security::grant_option(grant, *granted),
        CreateIndex(i) | DropIndex(i) if ctx.rebuilt_matviews.contains(&i.table) => {
            // Created with its materialized view (and dropped with it).
            Vec::new()
        }
        AddConstraint { table, constraint }
            if shadow::absorbs_constraint(ctx, table, constraint, false) =>
        {
            // Re-added by the shadow-column swap.
            Vec::new()
        }
        DropConstraint { table, constraint }
            if shadow::absorbs_constraint(ctx, table, constraint, true) =>
        {
            // Dropped with the column by the shadow-column swap.
            Vec::new()
        }
        CreateIndex(i) if shadow::absorbs_index(ctx, i, false) => {
            // Rebuilt over the shadow column by the swap.
            Vec::new()
        }
        DropIndex(i) if shadow::absorbs_index(ctx, i, true) => {
            // Rebuilt over the shadow column (or dropped with the column) by the swap.
            Vec::new()
        }
        AddConstraint { table, constraint } => add_constraint_steps(table, constraint, ctx),
        DropConstraint { table, constraint } => {
            let key = format!("{table}.{}", constraint.name);
            let at = alter_table(table);
            let mut st = Step::new(
                Phase::Contract,
                Rank::DropConstraint,
                &key,
                format!("drop constraint {} on {table}", constraint.name),
            )
            .up(format!(
                "{at} DROP CONSTRAINT {}",
                quote_ident(&constraint.name)
            ))
            .down(format!(
                "{at} ADD CONSTRAINT {} {}",
                quote_ident(&constraint.name),
                pg::constraint_body(constraint)
            ))
            .risk(
                RiskCode::ExclusiveLock,
                Some(Ddl::DropConstraint.lock(ctx.opts.pg_version)),
                format!("ACCESS EXCLUSIVE lock on {table}, brief"),
            );
            if constraint.not_valid {
                st.down[0].push_str(" NOT VALID");
            }
            st.drops
                .push(Key::Constraint(table.clone(), constraint.name.clone()));
            if constraint.kind.has_index() {
                st.drops.push(Key::Index(constraint.index_name(table)));
            }
            // The key the constraint rests on is the old schema's (found there unless its table
            // was renamed); when the new schema has a matching key, that one is kept too.
            st.needs_old = constraint_deps(table, constraint, ctx.old);
            for k in constraint_deps(table, constraint, new) {
                if !st.needs_old.contains(&k) {
                    st.needs_old.push(k);
                }
            }
            vec![st]
        }
        CreateIndex(i) if ctx.is_new_table(&i.table) || ctx.is_small(&i.table) => {
            let mut st = Step::new(
                Phase::Expand,
                Rank::Index,
                i.name.to_string(),
                format!("create index {}", i.name),
            )
            .up(pg::create_index(i, false))
            .down(format!("DROP INDEX {}", qualified(&i.name)));
            if !ctx.is_new_table(&i.table) {
                st = st.small_table_risk(RiskCode::BlocksWrites, Some(Ddl::CreateIndex { concurrently: false }.lock(ctx.opts.pg_version)), format!(
                    "SHARE lock on {} while the index is built: writes wait (a small table: brief)",
                    i.table
                ));
            }
            st.creates.push(Key::Index(i.name.clone()));
            st.needs_new = index_deps_in(i, ctx.new);
            vec![st]
        }
        CreateIndex(i) => {
            let Some(temp) = ctx.replaced_indexes.get(&i.name) else {
                return concurrent_index_build(
                    ctx,
                    i,
                    format!("create index {} concurrently", i.name),
                );
            };
            // The index changes but keeps its name: build the new one under a temporary name
            // while the old one still serves queries; once the old one is dropped, rename.
            let building = Index {
                name: temp.clone(),
                ..i.clone()
            };
            let mut steps = concurrent_index_build(
                ctx,
                &building,
                format!(
                    "build the new definition of index {} concurrently as {}",
                    i.name, temp.name
                ),
            );
            let mut rename = Step::new(
                Phase::Contract,
                Rank::Index,
                i.name.to_string(),
                format!("rename index {} to {}", temp, i.name.name),
            )
            .up(format!(
                "ALTER INDEX {} RENAME TO {}",
                qualified(temp),
                quote_ident(&i.name.name)
            ))
            .down(format!(
                "ALTER INDEX {} RENAME TO {}",
                qualified(&i.name),
                quote_ident(&temp.name)
            ));
            let lock = Ddl::RenameIndex.lock(ctx.opts.pg_version);
            rename = rename.risk(
                RiskCode::ExclusiveLock,
                Some(lock),
                format!("{} lock on the index, brief", lock.as_str()),
            );
            rename.needs_new = vec![Key::Index(temp.clone())];
            rename.after_drop = vec![Key::Index(i.name.clone())];
            rename.creates = vec![Key::Index(i.name.clone())];
            steps.push(rename);
            steps
        }
        DropIndex(i) if ctx.adopted.values().any(|a| a.name == i.name) => {
            // A constraint takes the index over (see `Context::adopted`): nothing to drop.
            Vec::new()
        }
        DropIndex(i) => {
            let mut st = if ctx.dropped_tables.contains(&i.table) {
                // Dropped with its table; the down recreates it after the table.
                Step::new(
                    Phase::Contract,
                    Rank::DropTable,
                    format!("{}~0", i.table),
                    format!("drop index {} with its table", i.name),
                )
                .down(pg::create_index(i, false))
            } else {
                Step::new(
                    Phase::Contract,
                    Rank::DropIndex,
                    i.name.to_string(),
                    format!("drop index {} concurrently", i.name),
                )
                .up(format!("DROP INDEX CONCURRENTLY {}", qualified(&i.name)))
                .down(pg::create_index(i, true))
                .tx(Tx::Forbidden)
                .risk(
                    RiskCode::Concurrently,
                    Some(Ddl::DropIndex { concurrently: true }.lock(ctx.opts.pg_version)),
                    "drops the index under SHARE UPDATE EXCLUSIVE: reads and writes continue",
                )
            };
            st.drops.push(Key::Index(i.name.clone()));
            st.needs_old = index_deps_in(i, ctx.old);
            vec![st]
        }
        RenameTable { old, new: nn } => {
            let mut steps = rename_step(
                format!("rename table {old} to {}", nn.name),
                format!("{} RENAME TO {}", alter_table(old), quote_ident(&nn.name)),
                format!("{} RENAME TO {}", alter_table(nn), quote_ident(&old.name)),
                nn.to_string(),
                ctx.opts.pg_version,
            );
            // Renames of what PostgreSQL named after the table use its new name: they come after.
            steps[0].creates.push(Key::Table(nn.clone()));
            steps[0]
                .after_drop
                .extend(views_over_renamed(ctx, old, None));
            steps
        }
        RenameColumn {
            table,
            old,
            new: nn,
        } => {
            let mut steps = rename_step_after_drop(
                Key::Column(table.clone(), nn.clone()),
                format!("rename column {table}.{old} to {nn}"),
                format!(
                    "{} RENAME COLUMN {} TO {}",
                    alter_table(table),
                    quote_ident(old),
                    quote_ident(nn)
                ),
                format!(
                    "{} RENAME COLUMN {} TO {}",
                    alter_table(table),
                    quote_ident(nn),
                    quote_ident(old)
                ),
                format!("{table}.{nn}"),
                ctx.opts.pg_version,
            );
            let old_table = ctx.renamed_tables.get(table).unwrap_or(table);
            steps[0]
                .after_drop
                .extend(views_over_renamed(ctx, old_table, Some(old)));
            steps
        }
        RenameViewColumn {
            view,
            materialized,
            old,
            new: nn,
        } => {
            let alter = pg::alter_view(view, *materialized, ctx.opts.pg_version);
            rename_step(
                format!("rename column {old} of view {view} to {nn}"),
                format!(
                    "{alter} RENAME COLUMN {} TO {}",
                    quote_ident(old),
                    quote_ident(nn)
                ),
                format!(
                    "{alter} RENAME COLUMN {} TO {}",
                    quote_ident(nn),
                    quote_ident(old)
                ),
                format!("{view}.{nn}"),
                ctx.opts.pg_version,
            )
        }
        RenameSequence { old, new: nn } => rename_step(
            format!("rename sequence {old} to {}", nn.name),
            format!(
                "ALTER SEQUENCE {} RENAME TO {}",
                qualified(old),
                quote_ident(&nn.name)
            ),
            format!(
                "ALTER SEQUENCE {} RENAME TO {}",
                qualified(nn),
                quote_ident(&old.name)
            ),
            nn.to_string(),
            ctx.opts.pg_version,
        ),
        RenameIndex { old, new: nn } => rename_step(
            format!("rename index {old} to {}", nn.name),
            format!(
                "ALTER INDEX {} RENAME TO {}",
                qualified(old),
                quote_ident(&nn.name)
            ),
            format!(
                "ALTER INDEX {} RENAME TO {}",
                qualified(nn),
                quote_ident(&old.name)
            ),
            nn.to_string(),
            ctx.opts.pg_version,
        ),
        RenameConstraint {
            table,
            old,
            new: nn,
        } => {
            let mut steps = rename_step(
                format!("rename constraint {old} on {table} to {nn}"),
                format!(
                    "{} RENAME CONSTRAINT {} TO {}",
                    alter_table(table),
                    quote_ident(old),
                    quote_ident(nn)
                ),
                format!(
                    "{} RENAME CONSTRAINT {} TO {}",
                    alter_table(table),
                    quote_ident(nn),
                    quote_ident(old)
                ),
                format!("{table}.{nn}"),
                ctx.opts.pg_version,
            );
            steps[0].needs_new.push(Key::Table(table.clone()));
            steps
        }
        RenameEnum { old, new: nn } => rename_step(
            format!("rename type {old} to {}", nn.name),
            format!(
                "ALTER TYPE {} RENAME TO {}",
                qualified(old),
                quote_ident(&nn.name)
            ),
            format!(
                "ALTER TYPE {} RENAME TO {}",
                qualified(nn),
                quote_ident(&old.name)
            ),
            nn.to_string(),
            ctx.opts.pg_version,
        ),
        RenameEnumValue { ty, old, new: nn } => rename_step(
            format!("rename value '{old}' of type {ty} to '{nn}'"),
            pg::rename_enum_value(ty, old, nn),
            pg::rename_enum_value(ty, nn, old),
            format!("{ty}:{nn}"),
            ctx.opts.pg_version,
        ),
        Comment {
            target: CommentTarget::Column(table, column),
            ..
        } if ctx.shadowed.contains(&(table.clone(), column.clone())) => {
            // The swap sets the new column's comment (and its down puts the old one back).
            Vec::new()
        }
        Comment {
            target,
            old,
            new: text,
        } => {
            let mut st = Step::new(
                Phase::Expand,
                Rank::Comment,
                format!("{target:?}"),
                "set comments",
            )
            .up(comment_sql(target, text))
            .down(comment_sql(target, old));
            let key = comment_key(target);
            if text.is_some() {
                st.needs_new.push(key);
            } else {
                st.needs_old.push(key);
            }
            vec![st]
        }
    }
}

/// A rename that must wait for `displaced` (the old object of the new name) to be dropped, when
/// this migration drops it.
/// The views of the old schema that read table `table` (or its column `column`), and the views
/// reading those, transitively. A view rebuilt around a rename is dropped before it: its
/// statement, which the down runs again to create it, names what the rename renames by the old
/// names, so it must run once the down has renamed them back.
fn views_over_renamed(ctx: &Context, table: &QualName, column: Option<&str>) -> Vec<Key> {
    let mut found: BTreeSet<&QualName> = ctx
        .old
        .views
        .values()
        .filter(|v| match column {
            Some(c) => crate::diff::view_reads(v, table, c),
            None => v.mentions.contains(table),
        })
        .map(|v| &v.name)
        .collect();
    loop {
        let more: Vec<&QualName> = ctx
            .old
            .views
            .values()
            .filter(|v| !found.contains(&v.name) && v.mentions.iter().any(|m| found.contains(m)))
            .map(|v| &v.name)
            .collect();
        if more.is_empty() {
            break;
        }
        found.extend(more);
    }
    found.into_iter().map(|v| Key::Table(v.clone())).collect()
}

fn rename_step_after_drop(
    displaced: Key,
    summary: String,
    up: String,
    down: String,
    sort_key: String,
    version: u32,
) -> Vec<Step> {
    let mut steps = rename_step(summary, up, down, sort_key, version);
    steps[0].after_drop.push(displaced);
    steps
}

/// Whether version `a` sorts before `b`, comparing dot-separated numeric parts numerically.
fn version_older(a: &str, b: &str) -> bool {
    let parts = |v: &str| -> Vec<(u64, String)> {
        v.split('.')
            .map(|p| (p.parse::<u64>().unwrap_or(u64::MAX), p.to_string()))
            .collect()
    };
    parts(a) < parts(b)
}

fn rename_step(
    summary: String,
    up: String,
    down: String,
    sort_key: String,
    version: u32,
) -> Vec<Step> {
    vec![
        Step::new(Phase::Expand, Rank::Rename, sort_key, summary)
            .up(up)
            .down(down)
            .risk(
                RiskCode::BreaksOldApp,
                Some(Ddl::Rename.lock(version)),
                "ACCESS EXCLUSIVE lock, brief: the application must use the new name from now on",
            ),
    ]
}

fn add_column_steps(
    ctx: &Context,
    table: &QualName,
    column: &Column,
    warnings: &mut Vec<String>,
) -> Vec<Step> {
    let key = format!("{table}.{}", column.name);
    let at = alter_table(table);
    let col = quote_ident(&column.name);
    let needs = {
        let mut v = column_deps(column);
        v.push(Key::Table(table.clone()));
        v
    };
    let star_views = opaque::star_views_over(ctx.old, table);
    let with_step = |mut st: Step| {
        st.creates
            .push(Key::Column(table.clone(), column.name.clone()));
        st.needs_new = needs.clone();
        st.after_drop.extend(star_views.iter().cloned());
        st
    };
    let drop_sql = format!("{at} DROP COLUMN {col}");
    let needs_values = column.not_null
        && column.default.is_none()
        && column.identity.is_none()
        && column.generated.is_none();
    if needs_values {
        if let Some(expr) = &column.directives.backfill {
            // Nullable first, filled in the backfill phase, NOT NULL in the contract phase.
            let nullable = Column {
                not_null: false,
                ..column.clone()
            };
            let mut steps = vec![with_step(
                Step::new(
                    Phase::Expand,
                    Rank::Column,
                    &key,
                    format!("add column {key} (nullable until backfilled)"),
                )
                .up(format!(
                    "{at} ADD COLUMN {}",
                    pg::column_def(&nullable, true)
                ))
                .down(drop_sql)
                .risk(
                    RiskCode::ExclusiveLock,
                    Some(Ddl::AddColumn { rewrites: false }.lock(ctx.opts.pg_version)),
                    format!("ACCESS EXCLUSIVE lock on {table}, brief: no rewrite"),
                ),
            )];
            steps.extend(set_not_null_steps(ctx, table, &column.name, Some(expr)));
            return steps;
        }
        warnings.push(format!(
            "column {key} is NOT NULL with no DEFAULT and no `-- @backfill EXPR`: the migration fails if {table} has rows. \
             Add a DEFAULT, or a `-- @backfill EXPR` comment on the line before the column."
        ));
        let guard = format!(
            "DO $gen$ BEGIN IF EXISTS (SELECT 1 FROM {}) THEN RAISE EXCEPTION {} USING HINT = {}; END IF; END $gen$",
            qualified(table),
            quote_literal(&format!(
                "gen: cannot add NOT NULL column {key} without a value: the table has rows"
            )),
            quote_literal(
                "give the column a DEFAULT, or write `-- @backfill EXPR` on the line before it in the schema, and generate the migration again"
            ),
        );
        return vec![with_step(
            Step::new(
                Phase::Expand,
                Rank::Column,
                &key,
                format!("add column {key} (NOT NULL, only valid on an empty table)"),
            )
            .up(guard)
            .up(format!("{at} ADD COLUMN {}", pg::column_def(column, true)))
            .down(drop_sql)
            .risk(
                RiskCode::FailsWithRows,
                Some(Ddl::AddColumn { rewrites: false }.lock(ctx.opts.pg_version)),
                format!("fails if {table} has rows: there is no value for them"),
            ),
        )];
    }
    if let Some(default) = &column.default
        && column.identity.is_none()
        && column.generated.is_none()
        && pg::is_volatile(&default.sql)
        && !ctx.is_small(table)
    {
        // A volatile default would make ADD COLUMN rewrite the table to give every row its own
        // value. Instead: add the column bare, set the default for new rows, fill the existing
        // rows in batches, then make it NOT NULL the safe way.
        let bare = Column {
            not_null: false,
            default: None,
            ..column.clone()
        };
        let mut steps = vec![with_step(
            Step::new(
                Phase::Expand,
                Rank::Column,
                &key,
                format!("add column {key} (filled for existing rows by the backfill)"),
            )
            .up(format!("{at} ADD COLUMN {}", pg::column_def(&bare, true)))
            .up(format!(
                "{at} ALTER COLUMN {col} SET DEFAULT {}",
                default.sql
            ))
            .down(drop_sql)
            .risk(RiskCode::ExclusiveLock, Some(Ddl::AddColumn { rewrites: false }.lock(ctx.opts.pg_version)), format!(
                "ACCESS EXCLUSIVE lock on {table}, brief: no rewrite (the volatile default is set after the column exists, for new rows only)"
            )),
        )];
        let mut fill = backfill_step(ctx, table, &column.name, &default.sql);
        fill.needs_new = vec![Key::Column(table.clone(), column.name.clone())];
        steps.push(fill);
        if column.not_null {
            steps.extend(set_not_null_steps(ctx, table, &column.name, None));
        }
        return steps;
    }
    let mut st = Step::new(
        Phase::Expand,
        Rank::Column,
        &key,
        format!("add column {key}"),
    )
    .up(format!("{at} ADD COLUMN {}", pg::column_def(column, true)))
    .down(drop_sql);
    if column.generated.is_some() || column.identity.is_some() {
        st = st.risk(
            RiskCode::TableRewrite,
            Some(Ddl::AddColumn { rewrites: true }.lock(ctx.opts.pg_version)),
            format!(
                "ACCESS EXCLUSIVE lock on {table} while the table is rewritten to fill the column"
            ),
        );
    } else {
        st = st.risk(
            RiskCode::ExclusiveLock,
            Some(Ddl::AddColumn { rewrites: false }.lock(ctx.opts.pg_version)),
            format!("ACCESS EXCLUSIVE lock on {table}, brief: no rewrite (PostgreSQL 11+)"),
        );
    }
    vec![with_step(st)]
}

fn alter_column_steps(table: &QualName, old: &Column, new: &Column, ctx: &Context) -> Vec<Step> {
    let key = format!("{table}.{}", new.name);
    let at = alter_table(table);
    let mut steps = Vec::new();
    if old.generated != new.generated {
        // Generated expressions cannot be altered before PostgreSQL 17.
        let col = quote_ident(&new.name);
        let mut st = Step::new(
            Phase::Expand,
            Rank::Column,
            &key,
            format!("change the generated expression of {key}"),
        );
        if new.generated.is_none() {
            st.up
                .push(format!("{at} ALTER COLUMN {col} DROP EXPRESSION"));
            let plain = Column {
                generated: None,
                ..old.clone()
            };
            st.up
                .extend(alter_column_sql(table, &plain, new, true, None));
        } else {
            st.up.push(format!("{at} DROP COLUMN {col}"));
            st.up
                .extend(generated_column_back(ctx.new, ctx.old, table, new));
        }
        st.down.push(format!("{at} DROP COLUMN {col}"));
        st.down
            .extend(generated_column_back(ctx.old, ctx.new, table, old));
        st.risks.push(Risk::new(
            RiskCode::TableRewrite,
            Some(Ddl::AddColumn { rewrites: true }.lock(ctx.opts.pg_version)),
            format!("ACCESS EXCLUSIVE lock on {table} while the table is rewritten"),
        ));
        st.needs_new = column_deps(new);
        st.needs_new
            .push(Key::Column(table.clone(), new.name.clone()));
        st.needs_old = column_deps(old);
        // what this migration drops over the column goes first (DROP COLUMN would take it)
        st.after_drop
            .extend(keys_over_column(ctx, table, &old.name));
        return vec![st];
    }
    let tighten = !old.not_null && new.not_null;
    let identity_added = old.identity.is_none() && new.identity.is_some();
    let identity_removed = old.identity.is_some() && new.identity.is_none();
    let with_nullability = !tighten || identity_added;
    let using = new.directives.using.as_deref();
    let up = alter_column_sql(
        table,
        old,
        &Column {
            not_null: if tighten && !identity_added {
                false
            } else {
                new.not_null
            },
            ..new.clone()
        },
        with_nullability,
        using,
    );
    let down_using = None;
    let down = alter_column_sql(
        table,
        &Column {
            not_null: if tighten && !identity_added {
                false
            } else {
                new.not_null
            },
            ..new.clone()
        },
        old,
        with_nullability || identity_removed,
        down_using,
    );
    if !up.is_empty() {
        let mut st = Step::new(
            Phase::Expand,
            Rank::Column,
            &key,
            format!("alter column {key}"),
        );
        st.up = up;
        st.down = down;
        if old.ty != new.ty {
            // The generated columns over it go first and come back after, with what went with
            // them (PostgreSQL cannot change a column's type under a generation expression).
            // Either side's (IF EXISTS: a generated column over two retyped columns is added
            // back by the first one's step, and dropped again by the second one's).
            let mut names: Vec<&str> = generated_over(ctx.old, table, &new.name)
                .chain(generated_over(ctx.new, table, &new.name))
                .map(|g| g.name.as_str())
                .collect();
            names.sort_unstable();
            names.dedup();
            let drops: Vec<String> = names
                .iter()
                .map(|g| {
                    format!(
                        "{} DROP COLUMN IF EXISTS {}",
                        alter_table(table),
                        quote_ident(g)
                    )
                })
                .collect();
            let backs = |schema: &Schema, other: &Schema| -> Vec<String> {
                generated_over(schema, table, &new.name)
                    .flat_map(|g| generated_column_back(schema, other, table, g))
                    .collect()
            };
            st.up = [
                drops.clone(),
                std::mem::take(&mut st.up),
                backs(ctx.new, ctx.old),
            ]
            .concat();
            st.down = [drops, std::mem::take(&mut st.down), backs(ctx.old, ctx.new)].concat();
            // what this migration drops over them goes first (DROP COLUMN would take it)
            for g in generated_over(ctx.old, table, &new.name) {
                st.after_drop.extend(keys_over_column(ctx, table, &g.name));
            }
            // what is built over them (a new index, a view) comes after
            st.creates.extend(
                generated_over(ctx.new, table, &new.name)
                    .map(|g| Key::Column(table.clone(), g.name.clone())),
            );
        }
        if using.is_none()
            && pg::type_conversion(&old.ty, &new.ty, is_user_type) == pg::Conversion::ViaText
        {
            st.risks.push(Risk::new(RiskCode::UnsafeCast, None, format!(
                "no cast from {} to {}: values convert through their text form, and a row whose text {} does not accept fails the migration (say how with `-- @using EXPR` on the line before the column)",
                pg::type_sql(&old.ty),
                pg::type_sql(&new.ty),
                pg::type_sql(&new.ty),
            )));
        }
        if old.ty != new.ty || old.collation != new.collation {
            if pg::type_change_is_free(&old.ty, &new.ty) && old.collation == new.collation {
                st.risks.push(Risk::new(
                    RiskCode::ExclusiveLock,
                    Some(Ddl::AlterColumnType { rewrites: false }.lock(ctx.opts.pg_version)),
                    format!(
                        "ACCESS EXCLUSIVE lock on {table}, brief: the type change needs no rewrite"
                    ),
                ));
            } else {
                st.risks.push(Risk::new(RiskCode::TableRewrite, Some(Ddl::AlterColumnType { rewrites: true }.lock(ctx.opts.pg_version)), format!(
                    "ACCESS EXCLUSIVE lock on {table} while the table and its indexes are rewritten ({} -> {})",
                    pg::type_sql(&old.ty),
                    pg::type_sql(&new.ty)
                )));
            }
        } else {
            st.risks.push(Risk::new(
                RiskCode::ExclusiveLock,
                Some(Ddl::AlterColumnCatalog.lock(ctx.opts.pg_version)),
                format!("ACCESS EXCLUSIVE lock on {table}, brief"),
            ));
        }
        st.needs_new = column_deps(new);
        st.needs_new
            .push(Key::Column(table.clone(), new.name.clone()));
        st.needs_old = column_deps(old);
        if old.ty != new.ty || old.collation != new.collation {
            // Constraints and indexes over the column that this migration drops go first (they
            // may not hold for the new type); what is created over the column comes after.
            st.after_drop
                .extend(keys_over_column(ctx, table, &new.name));
            st.creates
                .push(Key::Column(table.clone(), new.name.clone()));
        }
        if old.not_null && !new.not_null {
            // DROP NOT NULL is refused while the column is in the primary key: drop that first.
            st.after_drop
                .extend(pk_with_column(ctx.old, table, &new.name));
        }
        steps.push(st);
    }
    if tighten && !identity_added {
        steps.extend(set_not_null_steps(
            ctx,
            table,
            &new.name,
            new.directives.backfill.as_deref(),
        ));
    }
    steps
}

/// Builds `i` on an existing table without blocking writes: first a step that drops an INVALID
/// leftover of a failed earlier attempt (so a rerun after a failure succeeds), then `CREATE INDEX
/// CONCURRENTLY`. Each is a statement that must run outside a transaction block.
fn concurrent_index_build(ctx: &Context, i: &Index, summary: String) -> Vec<Step> {
    let version = ctx.opts.pg_version;
    let mut clear = Step::new(
        Phase::Expand,
        Rank::Index,
        i.name.to_string(),
        format!("drop a leftover of a failed build of {}, if any", i.name),
    )
    .up(format!(
        "DROP INDEX CONCURRENTLY IF EXISTS {}",
        qualified(&i.name)
    ))
    .tx(Tx::Forbidden);
    clear.creates.push(Key::Cleared(i.name.clone()));
    clear.needs_new = vec![Key::Table(i.table.clone())];
    // an index of that name this migration drops goes first (it may not be droppable here)
    clear.after_drop = vec![Key::Index(i.name.clone())];
    let mut build = Step::new(Phase::Expand, Rank::Index, i.name.to_string(), summary)
        .up(pg::create_index(i, true))
        .down(format!(
            "DROP INDEX CONCURRENTLY IF EXISTS {}",
            qualified(&i.name)
        ))
        .tx(Tx::Forbidden)
        .risk(
            RiskCode::Concurrently,
            Some(Ddl::CreateIndex { concurrently: true }.lock(version)),
            format!(
                "builds the index under SHARE UPDATE EXCLUSIVE: reads and writes on {} continue",
                i.table
            ),
        );
    build.creates.push(Key::Index(i.name.clone()));
    // what its columns, expressions and predicate read is there first (a column added late too,
    // such as a generated column added again after a type change)
    build.needs_new = index_deps_in(i, ctx.new);
    build.needs_new.push(Key::Cleared(i.name.clone()));
    vec![clear, build]
}

/// The primary key of `table` in `schema` when it includes `column`.
/// The constraints and indexes of `table` in `schema` that use `column`: by their column lists,
/// or, for expressions (CHECK, EXCLUDE, expression keys, predicates), by mentioning its name.
fn keys_over_column(ctx: &Context, table: &QualName, column: &str) -> Vec<Key> {
    // Foreign keys of any table that reference the column.
    let mut keys = ctx
        .referencing_fks
        .get(&(table.clone(), column.to_string()))
        .cloned()
        .unwrap_or_default();
    if let Some(t) = ctx.old.tables.get(table) {
        keys.extend(
            t.constraints
                .values()
                .filter(|c| constraint_uses(table, c, column))
                .map(|c| Key::Constraint(table.clone(), c.name.clone())),
        );
    }
    keys.extend(
        ctx.old_indexes
            .get(table)
            .into_iter()
            .flatten()
            .filter(|i| index_uses(i, column))
            .map(|i| Key::Index(i.name.clone())),
    );
    // Views and policies reading the column (they are dropped and created again around the
    // change).
    keys.extend(opaque::views_reading(ctx.old, table, column));
    keys.extend(security::policies_reading(ctx.old, table, column));
    keys
}

/// The unique btree index `ADD CONSTRAINT ... USING INDEX` turns into a PRIMARY KEY or UNIQUE
/// constraint over `columns`, named `name`.
fn constraint_index(
    table: &QualName,
    columns: &[String],
    include: &[String],
    nulls_not_distinct: bool,
    name: &str,
) -> Index {
    Index {
        name: QualName::new(table.schema.clone(), name),
        table: table.clone(),
        unique: true,
        method: "btree".into(),
        keys: columns
            .iter()
            .map(|col| IndexKey {
                key: IndexKeyExpr::Column(col.clone()),
                collation: None,
                opclass: None,
                descending: false,
                nulls_first: None,
            })
            .collect(),
        include: include.to_vec(),
        predicate: None,
        nulls_not_distinct,
        with: Vec::new(),
        statistics: Vec::new(),
        comment: None,
        directives: Directives::default(),
    }
}

/// ` DEFERRABLE [INITIALLY DEFERRED]` for a deferrable constraint, else nothing.
fn deferrable_sql(c: &Constraint) -> String {
    match (c.deferrable, c.initially_deferred) {
        (false, _) => String::new(),
        (true, false) => " DEFERRABLE".into(),
        (true, true) => " DEFERRABLE INITIALLY DEFERRED".into(),
    }
}

/// Whether constraint `c` of `table` uses `column` (its key columns, or a mention in its CHECK or
/// EXCLUDE expression). A foreign key uses its referencing columns here, not the referenced ones.
fn constraint_uses(table: &QualName, c: &Constraint, column: &str) -> bool {
    match &c.kind {
        ConstraintKind::PrimaryKey { columns, include }
        | ConstraintKind::Unique {
            columns, include, ..
        } => columns.iter().chain(include).any(|c| c == column),
        ConstraintKind::ForeignKey { columns, .. } => columns.iter().any(|c| c == column),
        ConstraintKind::Check { expr, .. } => pg::references_column(&expr.sql, &table.name, column),
        ConstraintKind::Exclude { definition } => {
            pg::references_column(&definition.sql, &table.name, column)
        }
    }
}

/// `{prefix} RESET (k, ...)` for the options `from` has and `to` lacks, `{prefix} SET (k = v,
/// ...)` for those `to` adds or changes: storage parameters of a table (`prefix` an ALTER TABLE)
/// or attribute options of a column (an ALTER TABLE ... ALTER COLUMN).
fn option_changes(prefix: &str, from: &[(String, String)], to: &[(String, String)]) -> Vec<String> {
    let mut v = Vec::new();
    let reset: Vec<&str> = from
        .iter()
        .filter(|(k, _)| !to.iter().any(|(k2, _)| k2 == k))
        .map(|(k, _)| k.as_str())
        .collect();
    if !reset.is_empty() {
        v.push(format!("{prefix} RESET ({})", reset.join(", ")));
    }
    let set: Vec<(String, String)> = to.iter().filter(|kv| !from.contains(kv)).cloned().collect();
    if !set.is_empty() {
        v.push(format!("{prefix} SET ({})", pg::storage_params(&set)));
    }
    v
}

/// Whether foreign key `c` references `column` of `table`.
fn fk_references(c: &Constraint, table: &QualName, column: &str) -> bool {
    matches!(&c.kind, ConstraintKind::ForeignKey { ref_table, ref_columns, .. }
        if ref_table == table && ref_columns.iter().any(|c| c == column))
}

/// Whether index `i` uses `column` of its table: as a key, an INCLUDE column, or a mention in an
/// expression key or the predicate.
fn index_uses(i: &Index, column: &str) -> bool {
    let mentions = |sql: &str| pg::references_column(sql, &i.table.name, column);
    i.include.iter().any(|c| c == column)
        || i.predicate.as_ref().is_some_and(|p| mentions(&p.sql))
        || i.keys.iter().any(|k| match &k.key {
            IndexKeyExpr::Column(c) => c == column,
            IndexKeyExpr::Expression(e) => mentions(&e.sql),
        })
}

/// The generated columns of `table` in `schema` whose expression reads `column`.
fn generated_over<'s>(
    schema: &'s Schema,
    table: &'s QualName,
    column: &'s str,
) -> impl Iterator<Item = &'s Column> {
    schema
        .tables
        .get(table)
        .into_iter()
        .flat_map(|t| &t.columns)
        .filter(move |c| {
            c.generated
                .as_ref()
                .is_some_and(|g| pg::references_column(&g.sql, &table.name, column))
        })
}

/// Generated column `g` of `table` added back as `schema` has it, after `DROP COLUMN` took it
/// (PostgreSQL before 17 cannot change a generation expression, nor a column's type under
/// one), with what went with it: the indexes and constraints over it, their comments, its
/// comment and statistics target.
fn generated_column_back(
    schema: &Schema,
    other: &Schema,
    table: &QualName,
    g: &Column,
) -> Vec<String> {
    // Only what `other` (the schema on the far side of the step) has too: what only `schema`
    // has is created by a step of its own, what changes is dropped and created by its own.
    let same_index = |i: &Index| {
        other.indexes.get(&i.name).is_some_and(|o| {
            Index {
                comment: None,
                directives: Default::default(),
                ..o.clone()
            } == Index {
                comment: None,
                directives: Default::default(),
                ..i.clone()
            }
        })
    };
    let same_constraint = |c: &Constraint| {
        other
            .tables
            .get(table)
            .and_then(|t| t.constraints.get(&c.name))
            .is_some_and(|o| {
                o.kind == c.kind
                    && o.deferrable == c.deferrable
                    && o.initially_deferred == c.initially_deferred
            })
    };
    let at = alter_table(table);
    let mut v = vec![format!("{at} ADD COLUMN {}", pg::column_def(g, true))];
    if let Some(n) = g.statistics {
        v.push(format!(
            "{at} ALTER COLUMN {} SET STATISTICS {n}",
            quote_ident(&g.name)
        ));
    }
    if let Some(t) = schema.tables.get(table) {
        for c in t
            .constraints
            .values()
            .filter(|c| constraint_uses(table, c, &g.name) && same_constraint(c))
        {
            v.push(format!(
                "{at} ADD CONSTRAINT {} {}",
                quote_ident(&c.name),
                pg::constraint_body(c)
            ));
            if c.comment.is_some() {
                v.push(comment_sql(
                    &CommentTarget::Constraint(table.clone(), c.name.clone()),
                    &c.comment,
                ));
            }
        }
    }
    for i in schema
        .indexes
        .values()
        .filter(|i| &i.table == table && index_uses(i, &g.name) && same_index(i))
    {
        v.push(pg::create_index(i, false));
        if i.comment.is_some() {
            v.push(comment_sql(
                &CommentTarget::Index(i.name.clone()),
                &i.comment,
            ));
        }
    }
    if g.comment.is_some() {
        v.push(comment_sql(
            &CommentTarget::Column(table.clone(), g.name.clone()),
            &g.comment,
        ));
    }
    // its column privileges, all of them, as `schema` has them (DROP COLUMN took them). Unlike
    // the indexes above, also those a step of their own grants or revokes: such a step may run
    // on either side of this one (a revoke's down, a GRANT, runs before this step's down drops
    // the column again), and a GRANT given twice is one privilege
    let object = GrantObject::Column(table.clone(), g.name.clone());
    for gr in schema.grants.iter().filter(|gr| gr.object == object) {
        v.push(pg::privilege_sql(gr, true));
    }
    v
}

/// Whether `ADD CONSTRAINT ... USING INDEX i` gives exactly constraint `c`: a plain unique btree
/// index on the same columns in the same order, with the same INCLUDE and NULLS NOT DISTINCT.
fn index_can_back(i: &Index, c: &Constraint) -> bool {
    let (columns, include, nulls_not_distinct) = match &c.kind {
        ConstraintKind::PrimaryKey { columns, include } => (columns, include, false),
        ConstraintKind::Unique {
            columns,
            include,
            nulls_not_distinct,
        } => (columns, include, *nulls_not_distinct),
        _ => return false,
    };
    i.unique
        && i.method == "btree"
        && i.predicate.is_none()
        && i.with.is_empty()
        && i.nulls_not_distinct == nulls_not_distinct
        && &i.include == include
        && i.keys.len() == columns.len()
        && i.keys.iter().zip(columns).all(|(k, col)| {
            k.key == IndexKeyExpr::Column(col.clone())
                && k.collation.is_none()
                && k.opclass.is_none()
                && !k.descending
                && k.nulls_first.is_none()
        })
}

fn pk_with_column(schema: &Schema, table: &QualName, column: &str) -> Option<Key> {
    let pk = schema.tables.get(table)?.primary_key()?;
    match &pk.kind {
        ConstraintKind::PrimaryKey { columns, .. } if columns.iter().any(|c| c == column) => {
            Some(Key::Constraint(table.clone(), pk.name.clone()))
        }
        _ => None,
    }
}

fn add_constraint_steps(table: &QualName, c: &Constraint, ctx: &Context) -> Vec<Step> {
    let key = format!("{table}.{}", c.name);
    let at = alter_table(table);
    let name = quote_ident(&c.name);
    let body = pg::constraint_body(c);
    let deps = constraint_deps(table, c, ctx.new);
    let finish = |mut st: Step| {
        st.creates
            .push(Key::Constraint(table.clone(), c.name.clone()));
        st.needs_new = deps.clone();
        st
    };
    let drop_sql = format!("{at} DROP CONSTRAINT {name}");
    // A table known to be small takes the plain path: its scan or index build is brief.
    let small = ctx.is_small(table) && !ctx.is_new_table(table);
    let existing = !ctx.is_new_table(table) && !small;
    match &c.kind {
        ConstraintKind::Check { .. } | ConstraintKind::ForeignKey { .. }
            if existing || c.not_valid =>
        {
            let mut add = Step::new(
                Phase::Expand,
                Rank::Constraint,
                &key,
                format!("add constraint {} on {table} (NOT VALID)", c.name),
            )
            .up(format!("{at} ADD CONSTRAINT {name} {body} NOT VALID"))
            .down(drop_sql.clone());
            add = match &c.kind {
                ConstraintKind::ForeignKey { ref_table, .. } => add.risk(RiskCode::ExclusiveLock, Some(Ddl::AddForeignKey { not_valid: true }.lock(ctx.opts.pg_version)), format!(
                    "SHARE ROW EXCLUSIVE lock on {table} and {ref_table}, brief: NOT VALID skips the scan"
                )),
                _ => add.risk(RiskCode::ExclusiveLock, Some(Ddl::AddCheck { not_valid: true }.lock(ctx.opts.pg_version)), format!("ACCESS EXCLUSIVE lock on {table}, brief: NOT VALID skips the scan")),
            };
            let mut steps = vec![finish(add)];
            if !c.not_valid {
                let mut v = Step::new(
                    Phase::Contract,
                    Rank::Validate,
                    &key,
                    format!("validate constraint {} on {table}", c.name),
                )
                .up(format!("{at} VALIDATE CONSTRAINT {name}"))
                .tx(Tx::Validate)
                .risk(
                    RiskCode::ValidatesScan,
                    Some(Ddl::ValidateConstraint.lock(ctx.opts.pg_version)),
                    format!(
                        "scans {table} under SHARE UPDATE EXCLUSIVE: reads and writes continue"
                    ),
                );
                v.needs_new = vec![Key::Constraint(table.clone(), c.name.clone())];
                steps.push(v);
            }
            steps
        }
        ConstraintKind::PrimaryKey { columns, include }
        | ConstraintKind::Unique {
            columns, include, ..
        } if existing => {
            // Build the index without blocking writes, then attach it as the constraint.
            let is_pk = matches!(c.kind, ConstraintKind::PrimaryKey { .. });
            let nulls_not_distinct = matches!(
                c.kind,
                ConstraintKind::Unique {
                    nulls_not_distinct: true,
                    ..
                }
            );
            // While the old schema still has a relation of that name (the constraint being
            // replaced), build under a free name: attaching renames the index to the constraint.
            let index_name = ctx.free_relation_name(&table.schema, &c.name);
            let index = constraint_index(table, columns, include, nulls_not_distinct, &index_name);
            let mut build = concurrent_index_build(
                ctx,
                &index,
                format!(
                    "build the unique index of {} on {table} concurrently",
                    c.name
                ),
            );
            for st in &mut build {
                st.sort_key = key.clone();
                st.creates.retain(|k| !matches!(k, Key::Index(_)));
            }
            build[1].needs_new.extend(deps.iter().cloned());
            let deferrable = deferrable_sql(c);
            let attach = Step::new(
                Phase::Expand,
                Rank::Constraint,
                &key,
                format!("add constraint {} on {table} using its index", c.name),
            )
            .up(format!(
                "{at} ADD CONSTRAINT {name} {} USING INDEX {}{deferrable}",
                if is_pk { "PRIMARY KEY" } else { "UNIQUE" },
                quote_ident(&index_name)
            ))
            .down(drop_sql)
            .risk(
                RiskCode::ExclusiveLock,
                Some(Ddl::AttachKeyIndex.lock(ctx.opts.pg_version)),
                format!("ACCESS EXCLUSIVE lock on {table}, brief: the index is already built"),
            );
            let mut attach = finish(attach);
            // Attaching renames the index to the constraint's name: a plain index of the old
            // schema under that name is dropped first (unless it is the one adopted).
            let same_name = c.index_name(table);
            if ctx.old.indexes.contains_key(&same_name)
                && ctx
                    .adopted
                    .get(&(table.clone(), c.name.clone()))
                    .is_none_or(|a| a.name != same_name)
            {
                attach.after_drop.push(Key::Index(same_name));
            }
            // A table has one primary key: a new one under another name waits for the old one's drop.
            if is_pk
                && let Some(old_pk) = ctx.old.tables.get(table).and_then(|t| t.primary_key())
                && old_pk.name != c.name
            {
                attach
                    .after_drop
                    .push(Key::Constraint(table.clone(), old_pk.name.clone()));
            }
            // A primary key on a nullable column would SET NOT NULL with a scan under ACCESS
            // EXCLUSIVE: attach it after the columns' NOT NULL has been set the safe way.
            if is_pk {
                attach.needs_new.extend(
                    columns
                        .iter()
                        .map(|col| Key::NotNull(table.clone(), col.clone())),
                );
            }
            if let Some(adopted) = ctx.adopted.get(&(table.clone(), c.name.clone())) {
                // The old schema's unique index becomes the constraint's (and takes its name);
                // the down gives the index back.
                attach.up = vec![format!(
                    "{at} ADD CONSTRAINT {name} {} USING INDEX {}{deferrable}",
                    if is_pk { "PRIMARY KEY" } else { "UNIQUE" },
                    quote_ident(&adopted.name.name)
                )];
                attach.down.push(pg::create_index(adopted, false));
                attach.risks = vec![Risk::new(
                    RiskCode::ExclusiveLock,
                    Some(Ddl::AttachKeyIndex.lock(ctx.opts.pg_version)),
                    format!(
                        "ACCESS EXCLUSIVE lock on {table}, brief: the existing index {} becomes the constraint's",
                        adopted.name
                    ),
                )];
                attach.needs_old.push(Key::Index(adopted.name.clone()));
                return vec![attach];
            }
            attach.needs_new.push(Key::Index(index.name.clone()));
            build[1].creates.push(Key::Index(index.name.clone()));
            build.push(attach);
            build
        }
        _ => {
            let st = Step::new(
                Phase::Expand,
                Rank::Constraint,
                &key,
                format!("add constraint {} on {table}", c.name),
            )
            .up(format!("{at} ADD CONSTRAINT {name} {body}"))
            .down(drop_sql);
            let mut st = finish(st);
            if existing {
                st = st.risk(
                    RiskCode::BlocksWrites,
                    Some(plain_add(&c.kind).lock(ctx.opts.pg_version)),
                    format!(
                        "{} lock on {table} while the constraint is checked",
                        plain_add(&c.kind).lock(ctx.opts.pg_version).as_str()
                    ),
                );
            } else if small {
                st = st.small_table_risk(
                    RiskCode::BlocksWrites,
                    Some(plain_add(&c.kind).lock(ctx.opts.pg_version)),
                    format!(
                        "{} lock on {table} while the constraint is checked (a small table: brief)",
                        plain_add(&c.kind).lock(ctx.opts.pg_version).as_str()
                    ),
                );
            }
            if small && let ConstraintKind::PrimaryKey { columns, .. } = &c.kind {
                // The key's columns become NOT NULL first (a plain SET NOT NULL on a small table).
                st.needs_new.extend(
                    columns
                        .iter()
                        .map(|col| Key::NotNull(table.clone(), col.clone())),
                );
            }
            vec![st]
        }
    }
}

/// What a constraint added in one statement (checked at once, not `NOT VALID`) does.
fn plain_add(kind: &ConstraintKind) -> Ddl {
    match kind {
        ConstraintKind::ForeignKey { .. } => Ddl::AddForeignKey { not_valid: false },
        ConstraintKind::Check { .. } => Ddl::AddCheck { not_valid: false },
        _ => Ddl::AddKeyConstraint,
    }
}

/// A comment removal on an object that is dropped anyway needs no statement: the drop removes it.
/// Its down still restores the comment after the object is recreated.
fn mark_implied_comment_drops(steps: &mut [Step]) {
    let dropped: HashSet<Key> = steps.iter().flat_map(|s| s.drops.iter().cloned()).collect();
    for st in steps.iter_mut() {
        if st.rank == Rank::Comment
            && st.needs_new.is_empty()
            && let Some(k) = st.needs_old.first()
            && dropped.contains(k)
        {
            st.up.clear();
            st.phase = Phase::Contract;
            st.rank = Rank::DropComment;
        }
    }
}

// ------------------------------------------------------------------------------- ordering

/// Orders the steps: builds the dependency graph, raises each step's phase to the phases of the
/// steps it depends on, and sorts topologically with a deterministic tie-break
/// (phase, rank, sort key, original position).
/// A drop that a rename waits for (the old object of the rename's new name) runs in the rename's
/// phase, with it: the rename cannot wait for the contract phase.
fn pull_displaced_drops_forward(steps: &mut [Step]) {
    let displaced: Vec<(Key, Phase)> = steps
        .iter()
        .filter(|s| s.rank == Rank::Rename)
        .flat_map(|s| s.after_drop.iter().map(move |k| (k.clone(), s.phase)))
        .collect();
    for s in steps.iter_mut() {
        for (k, phase) in &displaced {
            if s.drops.contains(k) && s.phase > *phase {
                s.phase = *phase;
            }
        }
    }
}

fn order_steps(steps: &mut [Step]) -> Result<Vec<usize>, Error> {
    // std's maps here: their keys borrow `steps`, which get their phases while the maps are
    // alive, and only std's drop is known not to read the keys.
    use std::collections::{HashMap, HashSet};
    let mut g: DiGraph<usize, ()> = DiGraph::with_capacity(steps.len(), steps.len() * 2);
    let nodes: Vec<NodeIndex> = (0..steps.len()).map(|i| g.add_node(i)).collect();
    let mut creators: HashMap<&Key, Vec<usize>> = HashMap::new();
    let mut droppers: HashMap<&Key, Vec<usize>> = HashMap::new();
    for (i, s) in steps.iter().enumerate() {
        for k in &s.creates {
            creators.entry(k).or_default().push(i);
        }
        for k in &s.drops {
            droppers.entry(k).or_default().push(i);
        }
    }
    let mut edges: BTreeSet<(usize, usize)> = BTreeSet::new();
    let of_rank = |rank: Rank| -> Vec<usize> {
        steps
            .iter()
            .enumerate()
            .filter(|(_, s)| s.rank == rank)
            .map(|(i, _)| i)
            .collect()
    };
    let extension_creates = of_rank(Rank::Extension);
    let extension_drops = of_rank(Rank::DropExtension);
    let renames = of_rank(Rank::Rename);
    // What renames wait for: dropped before them.
    let displaced: HashSet<&Key> = renames.iter().flat_map(|&r| &steps[r].after_drop).collect();
    for (i, s) in steps.iter().enumerate() {
        for k in &s.needs_new {
            for &c in creators.get(k).into_iter().flatten() {
                edges.insert((c, i));
            }
        }
        for k in &s.needs_old {
            for &d in droppers.get(k).into_iter().flatten() {
                edges.insert((i, d));
            }
        }
        for k in s.after_drop.iter().chain(&s.creates) {
            for &d in droppers.get(k).into_iter().flatten() {
                edges.insert((d, i));
            }
        }
        // Extensions provide types, operator classes and functions that nothing records here:
        // create them before everything else and drop them after everything else.
        if s.rank != Rank::Extension && s.rank != Rank::Schema {
            for &e in &extension_creates {
                edges.insert((e, i));
            }
        }
        if s.rank != Rank::DropExtension && s.rank != Rank::DropSchema {
            for &e in &extension_drops {
                edges.insert((i, e));
            }
        }
        // Renames run first: every other step is written with the new names; except the drop
        // of an object a rename displaces, which runs before it.
        // What uses such an object while it exists (a view's trigger, a view over it) runs
        // before its drop, so before the rename too.
        if !matches!(s.rank, Rank::Rename | Rank::Schema | Rank::Extension)
            && !s
                .drops
                .iter()
                .chain(&s.needs_old)
                .any(|k| displaced.contains(k))
        {
            for &r in &renames {
                edges.insert((r, i));
            }
        }
    }
    // The steps of one column's NOT NULL change are ordered by phase and sort key; keep the
    // validate before the SET NOT NULL when both are in the contract phase.
    for (a, b) in edges.iter().copied() {
        if a != b {
            g.add_edge(nodes[a], nodes[b], ());
        }
    }
    // Raise phases along edges (in a topological order).
    let topo = petgraph::algo::toposort(&g, None).map_err(|cycle| {
        // the steps of the cycle: the strongly connected component holding the step found
        let members: Vec<String> = petgraph::algo::tarjan_scc(&g)
            .into_iter()
            .find(|scc| scc.contains(&cycle.node_id()))
            .unwrap_or_default()
            .iter()
            .map(|n| steps[g[*n]].summary.clone())
            .collect();
        Error::Plan(format!(
            "the changes depend on each other in a cycle: {}",
            members.join("; ")
        ))
    })?;
    for n in &topo {
        let i = g[*n];
        let max_pred = g
            .neighbors_directed(*n, petgraph::Direction::Incoming)
            .map(|p| steps[g[p]].phase)
            .max();
        if let Some(p) = max_pred
            && p > steps[i].phase
        {
            steps[i].phase = p;
        }
    }
    // Kahn's algorithm with a priority queue for the tie-break.
    let mut indegree: Vec<usize> = nodes
        .iter()
        .map(|n| {
            g.neighbors_directed(*n, petgraph::Direction::Incoming)
                .count()
        })
        .collect();
    // Tie-break: the earliest phase first; within it, keep filling the current file (steps of
    // the same transaction class as the last one) before starting another; then ordinary
    // transactions before VALIDATEs, statements that need a file of their own, and CONCURRENTLY
    // builds; then by rank and name. Each (phase, class) has its own queue.
    let tx_order = |tx: Tx| match tx {
        Tx::Normal => 0u8,
        Tx::Validate => 1,
        Tx::Alone => 2,
        Tx::Forbidden => 3,
    };
    type Queue = BinaryHeap<Reverse<(Rank, String, usize)>>;
    let mut ready: BTreeMap<(Phase, u8), Queue> = BTreeMap::new();
    let push = |ready: &mut BTreeMap<(Phase, u8), Queue>, i: usize| {
        let s = &steps[i];
        ready
            .entry((s.phase, tx_order(s.tx)))
            .or_default()
            .push(Reverse((s.rank, s.sort_key.clone(), i)));
    };
    for i in (0..steps.len()).filter(|&i| indegree[i] == 0) {
        push(&mut ready, i);
    }
    let mut order = Vec::with_capacity(steps.len());
    let mut last_class: Option<u8> = None;
    while let Some((&(phase, first_class), _)) = ready.first_key_value() {
        let class = match last_class {
            Some(c) if c <= tx_order(Tx::Validate) && ready.contains_key(&(phase, c)) => c,
            _ => first_class,
        };
        let queue = ready.get_mut(&(phase, class)).expect("a non-empty queue");
        let Reverse((_, _, i)) = queue.pop().expect("queues in the map are not empty");
        if queue.is_empty() {
            ready.remove(&(phase, class));
        }
        last_class = Some(class);
        order.push(i);
        for succ in g.neighbors_directed(nodes[i], petgraph::Direction::Outgoing) {
            let j = g[succ];
            indegree[j] -= 1;
            if indegree[j] == 0 {
                push(&mut ready, j);
            }
        }
    }
    Ok(order)
}

// ------------------------------------------------------------------------------- grouping

/// Starts every transactional unit (up and down) with `SET LOCAL lock_timeout`: a statement that
/// waits longer than that for its lock fails, instead of queueing every query on the table behind
/// it; the transaction rolls back and the file can simply be run again. `SET LOCAL` ends with the
/// transaction, so nothing leaks into the session. A non-transactional unit is one statement on
/// its own (a batched backfill sets the timeout inside, per batch).
fn set_lock_timeout(units: &mut [Unit], timeout: &str) {
    if timeout.is_empty() || timeout == "0" {
        return;
    }
    let set = pg::set_local_lock_timeout(timeout);
    for u in units.iter_mut().filter(|u| u.transactional) {
        for stmts in [&mut u.up, &mut u.down] {
            if !stmts.is_empty() {
                stmts.insert(0, set.clone());
            }
        }
    }
}

fn group_units(steps: &[Step], order: &[usize]) -> Vec<Unit> {
    let mut units: Vec<Unit> = Vec::new();
    let mut current: Option<Unit> = None;
    let new_unit = |s: &Step| Unit {
        phase: s.phase,
        transactional: s.tx != Tx::Forbidden,
        summary: Vec::new(),
        risks: Vec::new(),
        before_next: None,
        up: Vec::new(),
        down: Vec::new(),
    };
    let add = |u: &mut Unit, s: &Step| {
        if !s.summary.is_empty() && !u.summary.contains(&s.summary) {
            u.summary.push(s.summary.clone());
        }
        for r in &s.risks {
            if !u.risks.contains(r) {
                u.risks.push(r.clone());
            }
        }
        u.up.extend(s.up.iter().cloned());
        let mut down = s.down.clone();
        down.extend(std::mem::take(&mut u.down));
        u.down = down;
    };
    let mut current_tx = Tx::Normal;
    for &i in order {
        let s = &steps[i];
        if s.up.is_empty() && s.down.is_empty() {
            continue;
        }
        let alone = matches!(s.tx, Tx::Alone | Tx::Forbidden);
        let fits = current
            .as_ref()
            .is_some_and(|u| u.phase == s.phase && current_tx == s.tx && !alone);
        if !fits {
            if let Some(u) = current.take() {
                units.push(u);
            }
            current = Some(new_unit(s));
            current_tx = s.tx;
        }
        let u = current.as_mut().expect("a current unit");
        add(u, s);
        if alone {
            units.push(current.take().expect("a current unit"));
        }
    }
    if let Some(u) = current.take() {
        units.push(u);
    }
    // A unit whose up is empty (only implied drops) joins a transactional neighbour of its phase.
    let mut i = 0;
    while i < units.len() {
        if units[i].up.is_empty() {
            let target = if i + 1 < units.len()
                && units[i + 1].phase == units[i].phase
                && units[i + 1].transactional
            {
                Some(i + 1)
            } else if i > 0 && units[i - 1].phase == units[i].phase && units[i - 1].transactional {
                Some(i - 1)
            } else {
                None
            };
            if let Some(t) = target {
                let u = units.remove(i);
                let t = if t > i { t - 1 } else { t };
                let tu = &mut units[t];
                if t >= i {
                    // u ran before tu: its downs run after tu's.
                    tu.down.extend(u.down);
                    let mut summary = u.summary;
                    summary.append(&mut tu.summary);
                    tu.summary = summary;
                } else {
                    let mut down = u.down;
                    down.append(&mut tu.down);
                    tu.down = down;
                    tu.summary.extend(u.summary);
                }
                continue;
            }
        }
        i += 1;
    }
    // What the application must do before the next phase.
    for i in 0..units.len() {
        let next = units.get(i + 1).map(|u| u.phase);
        let this = units[i].phase;
        if next.is_some_and(|n| n != this) {
            units[i].before_next = Some(match (this, next) {
                (Phase::Expand, Some(Phase::Backfill)) => {
                    "Deploy application code that writes the new columns before running the backfill.".to_string()
                }
                (_, Some(Phase::Contract)) => "Deploy the application version that no longer reads or writes what the contract phase removes or tightens, then run the contract files.".to_string(),
                _ => "Run the next phase once the application is ready for it.".to_string(),
            });
        }
    }
    units
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sequence_names_in_defaults() {
        let e = Some(Expr::new("x", "nextval('public.t_id_seq'::regclass)"));
        assert_eq!(
            sequences_in(&e),
            vec![Key::Sequence(QualName::public("t_id_seq"))]
        );
        let e = Some(Expr::new("x", "nextval('\"My\".\"Seq\"'::regclass)"));
        assert_eq!(
            sequences_in(&e),
            vec![Key::Sequence(QualName::new("My", "Seq"))]
        );
    }

    #[test]
    fn not_null_check_names_fit_in_63_bytes() {
        let long = "x".repeat(70);
        assert_eq!(
            not_null_check_name(&QualName::public(long.clone()), "c").len(),
            63
        );
    }
}
