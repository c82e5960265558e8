//! Diffing two models into a list of semantic changes.
//!
//! The diff knows nothing about SQL or ordering: it says *what* differs, object by object, in a
//! deterministic order. The planner decides *how* and *when* each change runs.
//!
//! Invariants:
//! - applying every change to the old model yields the new model (up to column order);
//! - every change has an exact inverse (`Change::inverse`), so the down migration is planned from
//!   the same changes.

use crate::dialect::postgres as pg;
use crate::error::Error;
use crate::model::*;
use hashbrown::{HashMap, HashSet};
use serde::Serialize;
use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

mod partition;
mod security;
pub use security::{CompositeSteps, columns_of_type, composite_steps, policy_reads};

/// What a comment is attached to.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub enum CommentTarget {
    Schema(String),
    Extension(String),
    Type(QualName),
    Sequence(QualName),
    Table(QualName),
    Column(QualName, String),
    Constraint(QualName, String),
    Index(QualName),
    View {
        name: QualName,
        materialized: bool,
    },
    /// A function or procedure by signature (`schema.name(args)`).
    Routine {
        signature: String,
        procedure: bool,
    },
    /// A column of a view or materialized view.
    ViewColumn {
        view: QualName,
        column: String,
    },
    /// A trigger or a rule on a table.
    Trigger {
        table: QualName,
        name: String,
        rule: bool,
    },
    /// A policy (table, name).
    Policy(QualName, String),
    /// A collation, operator, aggregate or text search object.
    Object {
        kind: ObjectKind,
        name: QualName,
        args: String,
    },
}

impl CommentTarget {
    /// The comment of a trigger or a rule.
    pub(crate) fn of_trigger(t: &Trigger) -> Self {
        CommentTarget::Trigger {
            table: t.table.clone(),
            name: t.name.clone(),
            rule: t.rule,
        }
    }

    /// Objects whose comment goes with their statement: created again, they get it back from
    /// their create step, so only a change on an object that stays is a change of its own.
    fn goes_with_definition(&self) -> bool {
        matches!(
            self,
            CommentTarget::View { .. }
                | CommentTarget::ViewColumn { .. }
                | CommentTarget::Routine { .. }
                | CommentTarget::Trigger { .. }
                | CommentTarget::Policy(..)
                | CommentTarget::Object { .. }
        )
    }
}

/// A column whose type is an enum (or an array of it) in both models: an enum rebuild converts it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EnumUser {
    pub table: QualName,
    pub column: String,
    pub array_dims: u8,
    pub old_default: Option<Expr>,
    pub new_default: Option<Expr>,
    /// The column of a partition that stays a partition of a parent that has it too: the
    /// parent's type change recurses to it (it cannot be changed on its own); only its own
    /// default is set again, after the parent's.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub inherited: bool,
}

/// Where a new enum label goes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum EnumPosition {
    End,
    Before(String),
    After(String),
}

#[derive(Debug, Clone, Serialize)]
#[allow(clippy::large_enum_variant)] // plain data, built once per change: boxing buys nothing
pub enum Change {
    CreateSchema(String),
    DropSchema(String),
    CreateExtension(Extension),
    DropExtension(Extension),
    AlterExtension {
        old: Extension,
        new: Extension,
    },
    CreateEnum(EnumType),
    DropEnum(EnumType),
    /// The labels of an enum change. When `new` only adds labels (see [`added_labels`]), they are
    /// added in place; otherwise (a label removed or reordered) the type is rebuilt.
    AlterEnum {
        old: EnumType,
        new: EnumType,
        users: Vec<EnumUser>,
    },
    CreateSequence(Sequence),
    DropSequence(Sequence),
    AlterSequence {
        old: Sequence,
        new: Sequence,
    },
    SetSequenceOwner {
        seq: QualName,
        old: Option<(QualName, String)>,
        new: Option<(QualName, String)>,
    },
    /// A new table with its columns and its non-foreign-key constraints.
    CreateTable(Table),
    /// The inverse of `CreateTable`: the table with its columns and non-foreign-key constraints.
    DropTable(Table),
    AddColumn {
        table: QualName,
        column: Column,
    },
    DropColumn {
        table: QualName,
        column: Column,
    },
    AlterColumn {
        table: QualName,
        old: Column,
        new: Column,
    },
    AddConstraint {
        table: QualName,
        constraint: Constraint,
    },
    DropConstraint {
        table: QualName,
        constraint: Constraint,
    },
    CreateIndex(Index),
    DropIndex(Index),
    RenameTable {
        old: QualName,
        new: QualName,
    },
    RenameColumn {
        table: QualName,
        old: String,
        new: String,
    },
    RenameIndex {
        old: QualName,
        new: QualName,
    },
    RenameSequence {
        old: QualName,
        new: QualName,
    },
    RenameConstraint {
        table: QualName,
        old: String,
        new: String,
    },
    RenameEnum {
        old: QualName,
        new: QualName,
    },
    /// `ALTER TYPE ty RENAME VALUE 'old' TO 'new'` (`ty` is the type's new name).
    RenameEnumValue {
        ty: QualName,
        old: String,
        new: String,
    },
    Comment {
        target: CommentTarget,
        old: Option<String>,
        new: Option<String>,
    },
    CreateRoutine(Routine),
    DropRoutine(Routine),
    /// `CREATE OR REPLACE`: same signature and return type, another definition.
    ReplaceRoutine {
        old: Routine,
        new: Routine,
    },
    CreateView(View),
    /// A view dropped, or dropped to be created again (`CreateView` of the same name): its
    /// definition changed, a column it reads changes type or goes, or a view it reads is rebuilt.
    DropView(View),
    /// `CREATE OR REPLACE VIEW`: the new definition only appends output columns (see
    /// [`appends_columns`]), so the view, its dependents, triggers and privileges stay. The way
    /// back cannot remove columns in place: the rebuild that undoes it comes as
    /// [`Change::DownOnly`] changes.
    ReplaceView {
        old: View,
        new: View,
    },
    /// `ALTER VIEW ... RENAME COLUMN`: an output column of a view renamed (the same expression).
    RenameViewColumn {
        view: QualName,
        materialized: bool,
        old: String,
        new: String,
    },
    /// A change whose statements run only in the down migration: the rebuild (of a view
    /// replaced in place, and what hangs on it) that restores what the up changed in place.
    DownOnly(Box<Change>),
    CreateTrigger(Trigger),
    DropTrigger(Trigger),
    /// A trigger's firing state changes (`ALTER TABLE ... ENABLE / DISABLE TRIGGER`).
    SetTriggerFiring {
        trigger: Trigger,
        old: TriggerFiring,
    },
    /// A table's storage parameters change (`ALTER TABLE ... SET (...) / RESET (...)`).
    SetTableOptions {
        table: QualName,
        old: Vec<(String, String)>,
        new: Vec<(String, String)>,
    },
    /// A column's statistics target or storage changes (also for a column that is created or
    /// dropped with a non-default one: the attribute is set after the create, reset before the
    /// drop).
    SetColumnAttributes {
        table: QualName,
        column: Column,
        old_statistics: Option<i32>,
        new_statistics: Option<i32>,
        old_storage: Option<String>,
        new_storage: Option<String>,
        /// Attribute options (`SET (n_distinct = v)`).
        old_options: Vec<(String, String)>,
        new_options: Vec<(String, String)>,
    },
    /// The statistics targets of an index's expression columns change.
    SetIndexStatistics {
        index: QualName,
        old: Vec<(u32, i32)>,
        new: Vec<(u32, i32)>,
    },
    CreateObject(OpaqueObject),
    DropObject(OpaqueObject),
    /// An existing table becomes a partition (`ALTER TABLE parent ATTACH PARTITION`).
    AttachPartition {
        table: QualName,
        of: PartitionOf,
    },
    /// A partition leaves its parent and stays a table (`ALTER TABLE parent DETACH PARTITION`).
    DetachPartition {
        table: QualName,
        of: PartitionOf,
    },
    /// Indexes of partitions attached to index `parent` of their (existing) partitioned table
    /// (`ALTER INDEX parent ATTACH PARTITION`): what makes an index created `ON ONLY` valid.
    AttachIndexes {
        parent: QualName,
        indexes: Vec<PartitionIndex>,
    },
    /// The inverse of `AttachIndexes` (PostgreSQL cannot detach an index's partition: `parent`
    /// is built again without them).
    DetachIndexes {
        parent: QualName,
        indexes: Vec<PartitionIndex>,
    },
    CreateDomain(Domain),
    DropDomain(Domain),
    /// Default, NOT NULL or CHECK constraints of a domain change (same base type).
    AlterDomain {
        old: Domain,
        new: Domain,
    },
    CreateComposite(CompositeType),
    DropComposite(CompositeType),
    /// Attributes of a composite type added, dropped or retyped in place (`ALTER TYPE`).
    /// `users` are the columns (`table.column`) of that type in the old schema, whose values
    /// lose what a dropped attribute held.
    AlterComposite {
        old: CompositeType,
        new: CompositeType,
        users: Vec<String>,
    },
    /// Row-level security or replica identity of a table change. For a table the migration
    /// drops (`with_drop`), the drop takes the settings and only the down restores them.
    SetTableFlags {
        table: QualName,
        old: TableFlags,
        new: TableFlags,
        with_drop: bool,
    },
    CreatePolicy(Policy),
    DropPolicy(Policy),
    /// Roles, USING or WITH CHECK of a policy change (`ALTER POLICY`).
    AlterPolicy {
        old: Policy,
        new: Policy,
    },
    /// A privilege granted (`granted`) or revoked. `with_drop`: the object is dropped by this
    /// migration (or dropped to be created again), which takes the privilege with it; only the
    /// down restores it.
    Privilege {
        grant: Grant,
        granted: bool,
        with_drop: bool,
    },
    /// The grant option of a privilege that stays granted is added (`granted`) or removed.
    GrantOption {
        grant: Grant,
        granted: bool,
    },
    /// An `ALTER DEFAULT PRIVILEGES` entry granted or revoked.
    DefaultPrivilege {
        entry: DefaultPrivilege,
        granted: bool,
    },
}

/// The table settings [`Change::SetTableFlags`] changes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TableFlags {
    pub unlogged: bool,
    pub row_security: bool,
    pub force_row_security: bool,
    pub replica_identity: ReplicaIdentity,
    pub cluster_on: Option<String>,
}

impl TableFlags {
    pub fn of(t: &Table) -> TableFlags {
        TableFlags {
            unlogged: t.unlogged,
            row_security: t.row_security,
            force_row_security: t.force_row_security,
            replica_identity: t.replica_identity.clone(),
            cluster_on: t.cluster_on.clone(),
        }
    }
    /// The settings of table `t` when it is created (or just before it is dropped): what
    /// CREATE TABLE says.
    pub fn created(t: &Table) -> TableFlags {
        TableFlags {
            unlogged: t.unlogged,
            row_security: false,
            force_row_security: false,
            replica_identity: ReplicaIdentity::Default,
            cluster_on: None,
        }
    }
}

impl Change {
    /// The change that undoes this one.
    pub fn inverse(&self) -> Change {
        use Change::*;
        match self.clone() {
            CreateSchema(s) => DropSchema(s),
            DropSchema(s) => CreateSchema(s),
            CreateExtension(e) => DropExtension(e),
            DropExtension(e) => CreateExtension(e),
            AlterExtension { old, new } => AlterExtension { old: new, new: old },
            CreateEnum(e) => DropEnum(e),
            DropEnum(e) => CreateEnum(e),
            AlterEnum { old, new, users } => AlterEnum {
                old: new,
                new: old,
                users: users
                    .into_iter()
                    .map(|u| EnumUser {
                        old_default: u.new_default,
                        new_default: u.old_default,
                        ..u
                    })
                    .collect(),
            },
            CreateSequence(s) => DropSequence(s),
            DropSequence(s) => CreateSequence(s),
            AlterSequence { old, new } => AlterSequence { old: new, new: old },
            SetSequenceOwner { seq, old, new } => SetSequenceOwner {
                seq,
                old: new,
                new: old,
            },
            CreateTable(t) => DropTable(t),
            DropTable(t) => CreateTable(t),
            AddColumn { table, column } => DropColumn { table, column },
            DropColumn { table, column } => AddColumn { table, column },
            AlterColumn { table, old, new } => AlterColumn {
                table,
                old: new,
                new: old,
            },
            AddConstraint { table, constraint } => DropConstraint { table, constraint },
            DropConstraint { table, constraint } => AddConstraint { table, constraint },
            CreateIndex(i) => DropIndex(i),
            DropIndex(i) => CreateIndex(i),
            RenameTable { old, new } => RenameTable { old: new, new: old },
            RenameColumn { table, old, new } => RenameColumn {
                table,
                old: new,
                new: old,
            },
            RenameIndex { old, new } => RenameIndex { old: new, new: old },
            RenameSequence { old, new } => RenameSequence { old: new, new: old },
            RenameConstraint { table, old, new } => RenameConstraint {
                table,
                old: new,
                new: old,
            },
            RenameEnum { old, new } => RenameEnum { old: new, new: old },
            RenameEnumValue { ty, old, new } => RenameEnumValue {
                ty,
                old: new,
                new: old,
            },
            Comment { target, old, new } => Comment {
                target,
                old: new,
                new: old,
            },
            CreateRoutine(r) => DropRoutine(r),
            DropRoutine(r) => CreateRoutine(r),
            ReplaceRoutine { old, new } => ReplaceRoutine { old: new, new: old },
            CreateView(v) => DropView(v),
            DropView(v) => CreateView(v),
            ReplaceView { old, new } => ReplaceView { old: new, new: old },
            DownOnly(c) => DownOnly(Box::new(c.inverse())),
            RenameViewColumn {
                view,
                materialized,
                old,
                new,
            } => RenameViewColumn {
                view,
                materialized,
                old: new,
                new: old,
            },
            CreateTrigger(t) => DropTrigger(t),
            DropTrigger(t) => CreateTrigger(t),
            SetTriggerFiring { mut trigger, old } => {
                let new = std::mem::replace(&mut trigger.firing, old);
                SetTriggerFiring { trigger, old: new }
            }
            SetTableOptions { table, old, new } => SetTableOptions {
                table,
                old: new,
                new: old,
            },
            SetColumnAttributes {
                table,
                column,
                old_statistics,
                new_statistics,
                old_storage,
                new_storage,
                old_options,
                new_options,
            } => SetColumnAttributes {
                table,
                column,
                old_statistics: new_statistics,
                new_statistics: old_statistics,
                old_storage: new_storage,
                new_storage: old_storage,
                old_options: new_options,
                new_options: old_options,
            },
            SetIndexStatistics { index, old, new } => SetIndexStatistics {
                index,
                old: new,
                new: old,
            },
            CreateObject(o) => DropObject(o),
            DropObject(o) => CreateObject(o),
            AttachPartition { table, of } => DetachPartition { table, of },
            DetachPartition { table, of } => AttachPartition { table, of },
            AttachIndexes { parent, indexes } => DetachIndexes { parent, indexes },
            DetachIndexes { parent, indexes } => AttachIndexes { parent, indexes },
            CreateDomain(d) => DropDomain(d),
            DropDomain(d) => CreateDomain(d),
            AlterDomain { old, new } => AlterDomain { old: new, new: old },
            CreateComposite(t) => DropComposite(t),
            DropComposite(t) => CreateComposite(t),
            AlterComposite { old, new, users } => AlterComposite {
                old: new,
                new: old,
                users,
            },
            SetTableFlags {
                table,
                old,
                new,
                with_drop,
            } => SetTableFlags {
                table,
                old: new,
                new: old,
                with_drop,
            },
            CreatePolicy(p) => DropPolicy(p),
            DropPolicy(p) => CreatePolicy(p),
            AlterPolicy { old, new } => AlterPolicy { old: new, new: old },
            Privilege {
                grant,
                granted,
                with_drop,
            } => Privilege {
                grant,
                granted: !granted,
                with_drop,
            },
            DefaultPrivilege { entry, granted } => DefaultPrivilege {
                entry,
                granted: !granted,
            },
            GrantOption { grant, granted } => GrantOption {
                grant,
                granted: !granted,
            },
        }
    }
}

/// Diffs `old` against `new`.
/// How the diff treats what the planner does in more than one way.
#[derive(Debug, Clone, Copy)]
pub struct DiffOptions {
    /// The planner renames columns compatibly where it can (see [`compat_rename_possible`]): a
    /// new column beside the old one, so the triggers, policies, privileges and views over it are
    /// changed like any object whose definition differs. A column renamed in place (`ALTER TABLE
    /// ... RENAME COLUMN`) takes them along, as PostgreSQL does, and the diff follows.
    pub compat_column_renames: bool,
}

impl Default for DiffOptions {
    fn default() -> Self {
        DiffOptions {
            compat_column_renames: true,
        }
    }
}

/// Whether the rename of column `from` of `table` to `to` can keep both names working through
/// the expand and backfill phases, with a new column beside the old one (the planner's
/// compatible rename): a plain column (not identity, not generated) of a table that keeps its
/// name and is outside partition trees, used by no EXCLUDE constraint and no generated column,
/// renamed onto a name the old table does not have.
pub fn compat_rename_possible(
    old: &Schema,
    new: &Schema,
    table: &QualName,
    from: &str,
    to: &str,
) -> bool {
    if old.in_partition_tree(table) || new.in_partition_tree(table) {
        return false;
    }
    let (Some(t_old), Some(t_new)) = (old.tables.get(table), new.tables.get(table)) else {
        return false;
    };
    let (Some(oc), Some(nc)) = (t_old.column(from), t_new.column(to)) else {
        return false;
    };
    let plain = |c: &Column| c.identity.is_none() && c.generated.is_none();
    let blocked = |t: &Table, col: &str| {
        t.constraints.values().any(|c| {
            matches!(&c.kind, ConstraintKind::Exclude { definition }
                if pg::references_column(&definition.sql, &table.name, col))
        }) || t.columns.iter().any(|c| {
            c.generated
                .as_ref()
                .is_some_and(|g| pg::references_column(&g.sql, &table.name, col))
        })
    };
    plain(oc)
        && plain(nc)
        && t_old.column(to).is_none()
        && !blocked(t_old, from)
        && !blocked(t_new, to)
}

/// The changes that turn `old` into `new`, with the default options.
pub fn diff(old: &Schema, new: &Schema) -> Result<Vec<Change>, Error> {
    diff_with(old, new, &DiffOptions::default())
}

/// The changes that turn `old` into `new`.
pub fn diff_with(old: &Schema, new: &Schema, opts: &DiffOptions) -> Result<Vec<Change>, Error> {
    let mut changes = diff_pass(old, new, opts, true)?;
    if !changes
        .iter()
        .any(|c| matches!(c, Change::ReplaceView { .. }))
    {
        return Ok(changes);
    }
    // Views replaced in place: what rebuilding them would do (drop and create them, their
    // dependents, triggers, privileges and comments) and the in-place pass does not, is what the
    // down needs to take the extra columns away again.
    let mut in_place: HashMap<String, usize> = HashMap::new();
    for c in &changes {
        *in_place.entry(change_key(c)).or_default() += 1;
    }
    for c in diff_pass(old, new, opts, false)? {
        match in_place.get_mut(&change_key(&c)) {
            Some(n) if *n > 0 => *n -= 1,
            _ => changes.push(Change::DownOnly(Box::new(c))),
        }
    }
    Ok(changes)
}

/// A change's identity for comparing two passes of the diff: its serialized form.
fn change_key(c: &Change) -> String {
    serde_json::to_string(c).expect("changes serialize")
}

/// One pass of the diff. `views_in_place`: views whose new definition only appends columns are
/// replaced in place (`ReplaceView`) instead of being rebuilt.
fn diff_pass(
    old: &Schema,
    new: &Schema,
    opts: &DiffOptions,
    views_in_place: bool,
) -> Result<Vec<Change>, Error> {
    inheritance_supported(old, new)?;
    let mut changes = Vec::new();
    // Renames first: they map old names onto new ones, and the rest of the diff works on the
    // renamed old model.
    let (renamed_old, followed) = apply_renames(old, new, opts, &mut changes)?;
    // What partitions inherit is not theirs to diff; tables whose partitioning changes are
    // rebuilt (see `partition`).
    let prepared = partition::prepare(renamed_old, new, &changes);
    let gone = &prepared.gone;
    let nothing = Schema::default();
    diff_tables(gone, &nothing, &mut changes);
    diff_indexes(gone, &nothing, &mut changes);
    diff_views(gone, &nothing, &followed, false, &mut changes);
    diff_triggers(gone, &nothing, &mut changes);
    security::diff_table_flags(gone, &nothing, &mut changes);
    security::diff_policies(gone, &nothing, &mut changes);
    diff_comments(gone, &nothing, &mut changes);
    changes.extend(prepared.changes);
    let old = &prepared.old;

    diff_schemas(old, new, &mut changes);
    diff_extensions(old, new, &mut changes);
    diff_objects(old, new, &mut changes);
    diff_enums(old, new, &mut changes);
    diff_sequences(old, new, &mut changes);
    diff_tables(old, new, &mut changes);
    diff_indexes(old, new, &mut changes);
    diff_routines(old, new, &mut changes);
    diff_views(old, new, &followed, views_in_place, &mut changes);
    diff_triggers(old, new, &mut changes);
    diff_attributes(old, new, &mut changes);
    security::diff_domains(old, new, &mut changes);
    security::diff_composites(old, new, &mut changes);
    security::diff_table_flags(old, new, &mut changes);
    security::diff_policies(old, new, &mut changes);
    security::diff_privileges(old, new, &mut changes);
    diff_comments(old, new, &mut changes);
    Ok(changes)
}

/// What gen can change in an inheritance tree (`INHERITS`): children created and dropped, and any
/// table whose parents and children are all created or all dropped by the migration. Columns
/// and CHECK constraints of a table that keeps a parent or a child, and a change of a table's
/// parents, are refused (by name, with what to do).
fn inheritance_supported(old: &Schema, new: &Schema) -> Result<(), Error> {
    if !old
        .tables
        .values()
        .chain(new.tables.values())
        .any(|t| !t.inherits.is_empty())
    {
        return Ok(());
    }
    // parents that keep a child (one in both models inheriting from them in both)
    let mut kept_parents: BTreeSet<&QualName> = BTreeSet::new();
    for (name, nt) in &new.tables {
        let Some(ot) = old.tables.get(name) else {
            continue;
        };
        if ot.inherits != nt.inherits {
            return Err(Error::Plan(format!(
                "table {name} changes its parents (INHERITS ({}) -> INHERITS ({})): \
                 ALTER TABLE ... INHERIT / NO INHERIT is not supported yet; write this step by \
                 hand, or drop and create the table in two migrations",
                names(&ot.inherits),
                names(&nt.inherits)
            )));
        }
        kept_parents.extend(nt.inherits.iter());
    }
    for (name, nt) in &new.tables {
        let Some(ot) = old.tables.get(name) else {
            continue;
        };
        if (!nt.inherits.is_empty() || kept_parents.contains(name)) && !same_inherited_shape(ot, nt)
        {
            return Err(Error::Plan(format!(
                "table {name} keeps an inheritance parent or child (INHERITS) and its columns or \
                 CHECK constraints change: gen does not plan column and CHECK changes inside an \
                 inheritance tree yet; write this step by hand"
            )));
        }
    }
    Ok(())
}

/// Whether a table's columns (by name) and CHECK constraints are the same in both versions, as
/// inheritance ties them to its parents and children.
fn same_inherited_shape(old: &Table, new: &Table) -> bool {
    fn checks(t: &Table) -> Vec<(&String, &ConstraintKind, bool)> {
        t.constraints
            .values()
            .filter(|c| matches!(c.kind, ConstraintKind::Check { .. }))
            .map(|c| (&c.name, &c.kind, c.not_valid))
            .collect()
    }
    old.columns.len() == new.columns.len()
        && old.columns.iter().all(|o| {
            new.column(&o.name)
                .is_some_and(|n| o.same_definition(n) && o.identity == n.identity)
        })
        && checks(old) == checks(new)
}

fn names(qs: &[QualName]) -> String {
    qs.iter()
        .map(|q| q.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Collations, operators, aggregates and text search objects: a changed one is dropped and
/// created again.
fn diff_objects(old: &Schema, new: &Schema, out: &mut Vec<Change>) {
    for (key, o) in &old.objects {
        if new
            .objects
            .get(key)
            .is_none_or(|n| n.definition != o.definition)
        {
            out.push(Change::DropObject(o.clone()));
        }
    }
    for (key, n) in &new.objects {
        if old
            .objects
            .get(key)
            .is_none_or(|o| o.definition != n.definition)
        {
            out.push(Change::CreateObject(n.clone()));
        }
    }
}

fn sorted_options(o: &[(String, String)]) -> Vec<(String, String)> {
    let mut v = o.to_vec();
    v.sort();
    v
}

/// Storage parameters, statistics targets and storage of tables, columns and indexes. A created
/// or dropped object with non-default ones gets them set after its create (reset before its
/// drop), so that the statements creating objects stay plain.
fn diff_attributes(old: &Schema, new: &Schema, out: &mut Vec<Change>) {
    let empty = Table {
        name: QualName::public(""),
        columns: Vec::new(),
        constraints: Constraints::new(),
        unlogged: false,
        with: Vec::new(),
        row_security: false,
        force_row_security: false,
        replica_identity: ReplicaIdentity::Default,
        cluster_on: None,
        partition_by: None,
        partition_of: None,
        inherits: Vec::new(),
        comment: None,
        directives: Directives::default(),
    };
    let names: BTreeSet<&QualName> = old.tables.keys().chain(new.tables.keys()).collect();
    for name in names {
        let (ot, nt) = (old.tables.get(name), new.tables.get(name));
        // a created or dropped table carries its storage parameters in CREATE TABLE
        if let (Some(ot), Some(nt)) = (ot, nt)
            && sorted_options(&ot.with) != sorted_options(&nt.with)
        {
            out.push(Change::SetTableOptions {
                table: name.clone(),
                old: ot.with.clone(),
                new: nt.with.clone(),
            });
        }
        let (ot, nt) = (ot.unwrap_or(&empty), nt.unwrap_or(&empty));
        let plain = |t: &Table| {
            t.columns
                .iter()
                .all(|c| c.statistics.is_none() && c.storage.is_none() && c.options.is_empty())
        };
        if plain(ot) && plain(nt) {
            continue;
        }
        let cols: BTreeSet<&String> = ot
            .columns
            .iter()
            .chain(&nt.columns)
            .map(|c| &c.name)
            .collect();
        for c in cols {
            let (oc, nc) = (ot.column(c), nt.column(c));
            let stats = |c: Option<&Column>| c.and_then(|c| c.statistics);
            let storage = |c: Option<&Column>| c.and_then(|c| c.storage.clone());
            fn options(c: Option<&Column>) -> &[(String, String)] {
                c.map_or(&[], |c| &c.options)
            }
            // a column that changes type keeps the attributes it is asked for
            if stats(oc) != stats(nc)
                || storage(oc) != storage(nc)
                || sorted_options(options(oc)) != sorted_options(options(nc))
            {
                out.push(Change::SetColumnAttributes {
                    table: name.clone(),
                    column: nc.or(oc).expect("one side has it").clone(),
                    old_statistics: stats(oc),
                    new_statistics: stats(nc),
                    old_storage: storage(oc),
                    new_storage: storage(nc),
                    old_options: options(oc).to_vec(),
                    new_options: options(nc).to_vec(),
                });
            }
        }
    }
    let names: BTreeSet<&QualName> = old.indexes.keys().chain(new.indexes.keys()).collect();
    for name in names {
        let stats = |i: Option<&Index>| i.map(|i| i.statistics.clone()).unwrap_or_default();
        let (o, n) = (stats(old.indexes.get(name)), stats(new.indexes.get(name)));
        if o.is_empty() && n.is_empty() {
            continue;
        }
        let rebuilt = matches!((old.indexes.get(name), new.indexes.get(name)), (Some(a), Some(b)) if !same_index(a, b));
        if o != n || (rebuilt && !n.is_empty()) {
            out.push(Change::SetIndexStatistics {
                index: name.clone(),
                old: if rebuilt { Vec::new() } else { o },
                new: n,
            });
        }
    }
}

fn diff_routines(old: &Schema, new: &Schema, out: &mut Vec<Change>) {
    let (rebuilt_enums, extended_enums) = enum_label_changes(out);
    for (key, r) in &new.routines {
        match old.routines.get(key) {
            None => out.push(Change::CreateRoutine(r.clone())),
            // An argument or result of an enum type that is rebuilt: the old type cannot be
            // dropped under the routine, which is dropped first and created again after.
            Some(o) if o.types.iter().any(|t| rebuilt_enums.contains(t)) => {
                out.push(Change::DropRoutine(o.clone()));
                out.push(Change::CreateRoutine(r.clone()));
            }
            // Labels only added: the down rebuilds the type, and so drops the routine before
            // and creates it again after, in the down only.
            Some(o) if o.types.iter().any(|t| extended_enums.contains(t)) => {
                out.push(Change::DownOnly(Box::new(Change::DropRoutine(o.clone()))));
                out.push(Change::DownOnly(Box::new(Change::CreateRoutine(r.clone()))));
                if o.definition != r.definition {
                    out.push(Change::ReplaceRoutine {
                        old: o.clone(),
                        new: r.clone(),
                    });
                }
            }
            Some(o) if o.definition == r.definition => {}
            // CREATE OR REPLACE cannot change the return type or turn a function into a procedure.
            Some(o) if o.returns != r.returns || o.procedure != r.procedure => {
                out.push(Change::DropRoutine(o.clone()));
                out.push(Change::CreateRoutine(r.clone()));
            }
            Some(o) => out.push(Change::ReplaceRoutine {
                old: o.clone(),
                new: r.clone(),
            }),
        }
    }
    for (key, o) in &old.routines {
        if !new.routines.contains_key(key) {
            out.push(Change::DropRoutine(o.clone()));
        }
    }
    // A routine dropped and created again (its return type changes) takes the SQL-language
    // routines that call it along: they are dropped before it and created again after it,
    // transitively.
    let mut rebuilt: BTreeSet<String> = BTreeSet::new();
    loop {
        let gone = recreated_routines(out);
        let before = rebuilt.len();
        for (key, o) in &old.routines {
            if o.sql_body
                && !gone.contains(&o.name)
                && o.mentions.iter().any(|m| gone.contains(m))
                && let Some(n) = new.routines.get(key)
                && rebuilt.insert(key.clone())
            {
                out.retain(
                    |c| !matches!(c, Change::ReplaceRoutine { new, .. } if new.signature() == *key),
                );
                out.push(Change::DropRoutine(o.clone()));
                out.push(Change::CreateRoutine(n.clone()));
            }
        }
        if rebuilt.len() == before {
            break;
        }
    }
}

/// The enum types whose labels `changes` change: those rebuilt (a label removed or reordered: a
/// new type swapped in), and those that only gain labels (rebuilt by the down).
fn enum_label_changes(changes: &[Change]) -> (BTreeSet<QualName>, BTreeSet<QualName>) {
    let mut rebuilt = BTreeSet::new();
    let mut extended = BTreeSet::new();
    for c in changes {
        if let Change::AlterEnum { old, new, .. } = c {
            if added_labels(&old.labels, &new.labels).is_none() {
                rebuilt.insert(new.name.clone());
            } else {
                extended.insert(new.name.clone());
            }
        }
    }
    (rebuilt, extended)
}

/// The routines (by name) that `changes` drop while the new schema still has them: what calls
/// them must be dropped first and created again after.
fn recreated_routines(changes: &[Change]) -> BTreeSet<QualName> {
    let created: BTreeSet<String> = changes
        .iter()
        .filter_map(|c| match c {
            Change::CreateRoutine(r) => Some(r.signature()),
            _ => None,
        })
        .collect();
    changes
        .iter()
        .filter_map(|c| match c {
            Change::DropRoutine(r) if created.contains(&r.signature()) => Some(r.name.clone()),
            _ => None,
        })
        .collect()
}

/// Whether view `v` reads column `column` of `table` (by the names its query mentions; a `*`
/// reads every column).
pub fn view_reads(v: &View, table: &QualName, column: &str) -> bool {
    v.mentions.contains(table) && (v.words.iter().any(|w| w == column) || view_has_star(v))
}

/// Whether trigger or rule `t` reads column `column` of `table`: a rule's actions or condition
/// by the names they mention, a trigger's `WHEN` condition or `UPDATE OF` list. PostgreSQL
/// refuses to change the type of such a column, or drop it, under the trigger or rule.
pub fn trigger_reads(t: &Trigger, table: &QualName, column: &str) -> bool {
    if t.rule {
        (&t.table == table || t.mentions.contains(table)) && t.words.iter().any(|w| w == column)
    } else {
        &t.table == table && pg::trigger_references_column(&t.definition.canon, &table.name, column)
    }
}

/// Whether the view's query has a `*` (`SELECT *`, `t.*`): PostgreSQL expands it into the
/// columns the table had when the view was created, so a column added later is not in the
/// view until it is created again. Read from the statement as written (the canonical form has
/// the `*` expanded); `count(*)` and a product `a * b` count too: rebuilding such a view is
/// harmless.
pub fn view_has_star(v: &View) -> bool {
    use sqlparser::tokenizer::{Token, Tokenizer};
    Tokenizer::new(&sqlparser::dialect::PostgreSqlDialect {}, &v.definition.sql)
        .tokenize()
        .map_or(true, |toks| toks.iter().any(|t| matches!(t, Token::Mul)))
}

/// Views are compared by definition; a view is also rebuilt (dropped and created again) when a
/// column it reads changes type, goes away or is renamed, or a view it reads is rebuilt. With
/// `in_place`, a view whose definition only appends output columns, and that nothing else forces
/// to be rebuilt, is replaced in place (`CREATE OR REPLACE VIEW`).
fn diff_views(
    old: &Schema,
    new: &Schema,
    followed: &Followed,
    in_place: bool,
    out: &mut Vec<Change>,
) {
    // Views whose definition changed, and views something else forces to be rebuilt.
    let mut changed: BTreeSet<QualName> = BTreeSet::new();
    let mut rebuilt: BTreeSet<QualName> = BTreeSet::new();
    for (name, v) in &old.views {
        if new
            .views
            .get(name)
            .is_some_and(|n| n.definition != v.definition)
        {
            changed.insert(name.clone());
        }
    }
    for c in out.iter() {
        let touched: Vec<(&QualName, &String)> = match c {
            Change::AlterColumn { table, old, new } if old.ty != new.ty => vec![(table, &old.name)],
            Change::DropColumn { table, column } => vec![(table, &column.name)],
            // A view follows a column renamed in place (its canonical form was renamed with
            // it); a compatible rename drops the old column in the end.
            Change::RenameColumn { table, old, .. }
                if !followed.contains(&(table.clone(), old.clone())) =>
            {
                vec![(table, old)]
            }
            // A `*` view does not show a new column until it is created again. When its
            // canonical form (`*` expanded) shows the column, the definition changed anyway.
            Change::AddColumn { table, .. } => {
                for v in old.views.values() {
                    if v.mentions.contains(table)
                        && view_has_star(v)
                        && new
                            .views
                            .get(&v.name)
                            .is_some_and(|n| n.definition == v.definition)
                    {
                        rebuilt.insert(v.name.clone());
                    }
                }
                continue;
            }
            // Rebuilding an enum converts its columns (in either direction: the down of an
            // added label rebuilds too), which PostgreSQL refuses under a view.
            Change::AlterEnum { users, .. } => {
                users.iter().map(|u| (&u.table, &u.column)).collect()
            }
            _ => continue,
        };
        for (table, column) in touched {
            for v in old.views.values() {
                if view_reads(v, table, column) && new.views.contains_key(&v.name) {
                    rebuilt.insert(v.name.clone());
                }
            }
        }
    }
    // Views calling a routine that is dropped and created again.
    let routines = recreated_routines(out);
    for v in old.views.values() {
        if new.views.contains_key(&v.name) && v.mentions.iter().any(|m| routines.contains(m)) {
            rebuilt.insert(v.name.clone());
        }
    }
    // Changed views that only rename output columns, or only gain columns at the end, stay,
    // unless forced.
    let mut replaced: BTreeSet<QualName> = BTreeSet::new();
    let mut column_renames: Vec<Change> = Vec::new();
    for name in changed {
        if !rebuilt.contains(&name)
            && let Some(pairs) = renames_columns(old, &old.views[&name], &new.views[&name])
        {
            for (from, to) in pairs {
                column_renames.push(Change::RenameViewColumn {
                    view: name.clone(),
                    materialized: old.views[&name].materialized,
                    old: from,
                    new: to,
                });
            }
            continue;
        }
        let appends = in_place
            && !rebuilt.contains(&name)
            && appends_columns(&old.views[&name], &new.views[&name]);
        if appends {
            replaced.insert(name);
        } else {
            rebuilt.insert(name);
        }
    }
    // Views reading rebuilt (or dropped) views, transitively.
    loop {
        let before = rebuilt.len();
        for v in old.views.values() {
            if new.views.contains_key(&v.name)
                && !rebuilt.contains(&v.name)
                && v.mentions.iter().any(|m| {
                    rebuilt.contains(m)
                        || (old.views.contains_key(m) && !new.views.contains_key(m))
                        || (old.tables.contains_key(m) && !new.tables.contains_key(m))
                })
            {
                rebuilt.insert(v.name.clone());
                replaced.remove(&v.name);
            }
        }
        if rebuilt.len() == before {
            break;
        }
    }
    for (name, v) in &old.views {
        if !new.views.contains_key(name) || rebuilt.contains(name) {
            out.push(Change::DropView(v.clone()));
        }
    }
    for (name, v) in &new.views {
        if !old.views.contains_key(name) || rebuilt.contains(name) {
            out.push(Change::CreateView(v.clone()));
        }
    }
    for name in replaced {
        out.push(Change::ReplaceView {
            old: old.views[&name].clone(),
            new: new.views[&name].clone(),
        });
    }
    out.extend(column_renames);
}

/// When view `new` is view `old` with some output columns renamed (the same expressions, other
/// names), the renames (old name, new name), which `ALTER VIEW ... RENAME COLUMN` does in place.
/// Only for a view no other view reads and without column privileges (both follow the rename in
/// PostgreSQL, their definitions as written would not).
fn renames_columns(schema: &Schema, old: &View, new: &View) -> Option<Vec<(String, String)>> {
    if old.columns.len() != new.columns.len()
        || old.columns == new.columns
        || schema
            .views
            .values()
            .any(|v| v.mentions.contains(&old.name))
        || schema
            .grants
            .iter()
            .any(|g| matches!(&g.object, GrantObject::Column(t, _) if t == &old.name))
    {
        return None;
    }
    let (o, n) = (
        view_shape(&old.definition.canon)?,
        view_shape(&new.definition.canon)?,
    );
    if o.head != n.head
        || o.column_list.is_some()
        || n.column_list.is_some()
        || o.select != n.select
        || o.rest != n.rest
        || o.items.len() != n.items.len()
        || o.items.len() != old.columns.len()
    {
        return None;
    }
    // An item without its `AS name`.
    let expr = |item: &[String]| -> Vec<String> {
        match item {
            [e @ .., k, _] if k.eq_ignore_ascii_case("as") => e.to_vec(),
            _ => item.to_vec(),
        }
    };
    let mut pairs = Vec::new();
    for (i, (a, b)) in o.items.iter().zip(&n.items).enumerate() {
        if expr(a) != expr(b) {
            return None;
        }
        if old.columns[i] != new.columns[i] {
            pairs.push((old.columns[i].clone(), new.columns[i].clone()));
        }
    }
    Some(pairs)
}

/// Whether view `new` is view `old` with output columns appended, which `CREATE OR REPLACE VIEW`
/// does in place: PostgreSQL keeps the view (its dependents, triggers, privileges) when the new
/// query yields the same columns, by name and type, followed by new ones. Decided on the
/// canonical forms: the same statement head (a column list may grow), the same query after the
/// output list (`FROM` onwards) and the old output list a strict prefix of the new one, so the
/// columns that stay are the same expressions over the same relations, hence of the same types.
/// Materialized views have no `OR REPLACE`.
pub fn appends_columns(old: &View, new: &View) -> bool {
    if old.materialized || new.materialized {
        return false;
    }
    let (Some(o), Some(n)) = (
        view_shape(&old.definition.canon),
        view_shape(&new.definition.canon),
    ) else {
        return false;
    };
    let list_grows = match (&o.column_list, &n.column_list) {
        (None, None) => true,
        (Some(a), Some(b)) => b.len() > a.len() && b.starts_with(a),
        _ => false,
    };
    o.head == n.head
        && list_grows
        && o.select == n.select
        && o.rest == n.rest
        && n.items.len() > o.items.len()
        && n.items.starts_with(&o.items)
}

/// A view's canonical statement cut into the parts [`appends_columns`] compares, as token texts.
struct ViewShape {
    /// Up to the name, with the options.
    head: Vec<String>,
    /// An explicit column list, by item.
    column_list: Option<Vec<Vec<String>>>,
    /// `SELECT` and `DISTINCT [ON (...)]`.
    select: Vec<String>,
    /// The output list, by item.
    items: Vec<Vec<String>>,
    /// From `FROM` (or the end of the output list) to the end.
    rest: Vec<String>,
}

/// The parts of a canonical view statement (`view name [(cols)] [with (...)] as SELECT ...`), or
/// None when its query is not a plain `SELECT` (a `WITH`, `VALUES`, a parenthesized set
/// operation).
fn view_shape(canon: &str) -> Option<ViewShape> {
    use sqlparser::tokenizer::{Token, Tokenizer};
    let toks: Vec<Token> = Tokenizer::new(&sqlparser::dialect::PostgreSqlDialect {}, canon)
        .tokenize()
        .ok()?
        .into_iter()
        .filter(|t| !matches!(t, Token::Whitespace(_)))
        .collect();
    let is_kw = |t: &Token, k: &str| matches!(t, Token::Word(w) if w.quote_style.is_none() && w.value.eq_ignore_ascii_case(k));
    let text = |ts: &[Token]| ts.iter().map(|t| t.to_string()).collect::<Vec<_>>();
    // depth-0 positions of the tokens
    let mut depth = 0i32;
    let depths: Vec<i32> = toks
        .iter()
        .map(|t| {
            let d = depth;
            match t {
                Token::LParen => depth += 1,
                Token::RParen => depth -= 1,
                _ => {}
            }
            d
        })
        .collect();
    let top = |i: usize| depths[i] == 0 && !matches!(toks[i], Token::RParen);
    let as_at = (0..toks.len()).find(|&i| top(i) && is_kw(&toks[i], "as"))?;
    if !toks.get(as_at + 1).is_some_and(|t| is_kw(t, "select")) {
        return None;
    }
    // head: the column list is the parenthesized group right after the name
    let mut head = Vec::new();
    let mut column_list = None;
    let mut i = 0;
    while i < as_at {
        if matches!(toks[i], Token::LParen) && column_list.is_none() && i > 0 && top(i) {
            let close =
                (i + 1..as_at).find(|&j| depths[j] == 1 && matches!(toks[j], Token::RParen))?;
            let after_with = head
                .last()
                .is_some_and(|h: &String| h.eq_ignore_ascii_case("with"));
            if !after_with {
                column_list = Some(split_top(&toks[i + 1..close], &depths[i + 1..close], 1));
                i = close + 1;
                continue;
            }
        }
        head.push(toks[i].to_string());
        i += 1;
    }
    let mut j = as_at + 2;
    let mut select = vec!["SELECT".to_string()];
    if toks.get(j).is_some_and(|t| is_kw(t, "distinct")) {
        select.push(toks[j].to_string());
        j += 1;
        if toks.get(j).is_some_and(|t| is_kw(t, "on")) {
            let open = j + 1;
            let close = (open + 1..toks.len())
                .find(|&k| depths[k] == 1 && matches!(toks[k], Token::RParen))?;
            select.extend(text(&toks[j..=close]));
            j = close + 1;
        }
    }
    let stop = [
        "from",
        "where",
        "group",
        "having",
        "window",
        "order",
        "limit",
        "offset",
        "union",
        "intersect",
        "except",
        "fetch",
        "for",
    ];
    let end = (j..toks.len())
        .find(|&k| top(k) && stop.iter().any(|w| is_kw(&toks[k], w)))
        .unwrap_or(toks.len());
    Some(ViewShape {
        head,
        column_list,
        select,
        items: split_top(&toks[j..end], &depths[j..end], 0),
        rest: text(&toks[end..]),
    })
}

/// `toks` split on the commas at `depth`, each part as token texts.
fn split_top(toks: &[sqlparser::tokenizer::Token], depths: &[i32], depth: i32) -> Vec<Vec<String>> {
    let mut parts = vec![Vec::new()];
    for (t, d) in toks.iter().zip(depths) {
        if *d == depth && matches!(t, sqlparser::tokenizer::Token::Comma) {
            parts.push(Vec::new());
        } else {
            parts.last_mut().expect("a part").push(t.to_string());
        }
    }
    parts
}

/// A changed trigger is dropped and created again; so is one whose function is, and one on a
/// view that is dropped and created again (`DROP VIEW` takes its triggers along). So is a
/// trigger whose `WHEN` or `UPDATE OF` reads a column that changes type or goes, and a rule
/// whose actions read such a column, or a view or function that is created again (PostgreSQL
/// changes none of them under the trigger or rule).
fn diff_triggers(old: &Schema, new: &Schema, out: &mut Vec<Change>) {
    let routines = recreated_routines(out);
    let rebuilt_views: BTreeSet<QualName> = out
        .iter()
        .filter_map(|c| match c {
            Change::DropView(v) => Some(v.name.clone()),
            _ => None,
        })
        .collect();
    let touched: Vec<(QualName, String)> = out
        .iter()
        .filter(|_| !old.triggers.is_empty())
        .flat_map(|c| match c {
            Change::AlterColumn { table, old, new } if old.ty != new.ty => {
                vec![(table.clone(), old.name.clone())]
            }
            Change::DropColumn { table, column } => vec![(table.clone(), column.name.clone())],
            Change::AlterEnum { users, .. } => users
                .iter()
                .map(|u| (u.table.clone(), u.column.clone()))
                .collect(),
            _ => Vec::new(),
        })
        .collect();
    let recreated = |t: &Trigger| {
        t.function.as_ref().is_some_and(|f| routines.contains(f))
            || rebuilt_views.contains(&t.table)
            || (t.rule
                && t.mentions
                    .iter()
                    .any(|m| routines.contains(m) || rebuilt_views.contains(m)))
            || touched.iter().any(|(table, c)| trigger_reads(t, table, c))
    };
    // compared by definition: a comment is its own change
    let same = |a: &Trigger, b: &Trigger| a.definition == b.definition;
    for (key, o) in &old.triggers {
        if !new.triggers.get(key).is_some_and(|n| same(n, o)) || recreated(o) {
            out.push(Change::DropTrigger(o.clone()));
        }
    }
    for (key, t) in &new.triggers {
        match old.triggers.get(key) {
            Some(o) if same(o, t) && !recreated(o) => {
                if o.firing != t.firing {
                    out.push(Change::SetTriggerFiring {
                        trigger: t.clone(),
                        old: o.firing,
                    });
                }
            }
            _ => out.push(Change::CreateTrigger(t.clone())),
        }
    }
}

fn diff_schemas(old: &Schema, new: &Schema, out: &mut Vec<Change>) {
    for name in new.schemas.keys().filter(|n| !old.schemas.contains_key(*n)) {
        if name != DEFAULT_SCHEMA {
            out.push(Change::CreateSchema(name.clone()));
        }
    }
    for name in old.schemas.keys().filter(|n| !new.schemas.contains_key(*n)) {
        if name != DEFAULT_SCHEMA {
            out.push(Change::DropSchema(name.clone()));
        }
    }
}

fn diff_extensions(old: &Schema, new: &Schema, out: &mut Vec<Change>) {
    for (name, ext) in &new.extensions {
        match old.extensions.get(name) {
            None => out.push(Change::CreateExtension(ext.clone())),
            // no WITH SCHEMA: the extension lands in the first schema of the search path,
            // `public` (pg_dump always writes it)
            Some(o)
                if o.schema.as_deref().unwrap_or(DEFAULT_SCHEMA)
                    != ext.schema.as_deref().unwrap_or(DEFAULT_SCHEMA)
                    || (ext.version.is_some() && o.version != ext.version) =>
            {
                out.push(Change::AlterExtension {
                    old: o.clone(),
                    new: ext.clone(),
                })
            }
            Some(_) => {}
        }
    }
    for (name, ext) in &old.extensions {
        if !new.extensions.contains_key(name) {
            out.push(Change::DropExtension(ext.clone()));
        }
    }
}

fn diff_enums(old: &Schema, new: &Schema, out: &mut Vec<Change>) {
    // The columns of every enum, found in one pass over the tables (only when some enum changes).
    let mut users: Option<HashMap<QualName, Vec<EnumUser>>> = None;
    for (name, ty) in &new.enums {
        match old.enums.get(name) {
            None => out.push(Change::CreateEnum(ty.clone())),
            Some(o) if o.labels != ty.labels => out.push(Change::AlterEnum {
                old: o.clone(),
                new: ty.clone(),
                users: users
                    .get_or_insert_with(|| enum_users(old, new))
                    .remove(name)
                    .unwrap_or_default(),
            }),
            Some(_) => {}
        }
    }
    for (name, ty) in &old.enums {
        if !new.enums.contains_key(name) {
            out.push(Change::DropEnum(ty.clone()));
        }
    }
}

/// By enum type, the columns typed with it in both models (in table order).
fn enum_users(old: &Schema, new: &Schema) -> HashMap<QualName, Vec<EnumUser>> {
    let mut users: HashMap<QualName, Vec<EnumUser>> = HashMap::new();
    for (tname, t) in &new.tables {
        let Some(ot) = old.tables.get(tname) else {
            continue;
        };
        for c in &t.columns {
            let Some(schema) = &c.ty.schema else { continue };
            let name = QualName::new(schema.clone(), c.ty.name.clone());
            if !new.enums.contains_key(&name) {
                continue;
            }
            if let Some(oc) = ot.column(&c.name)
                && oc.ty.schema == c.ty.schema
                && oc.ty.name == c.ty.name
            {
                users.entry(name).or_default().push(EnumUser {
                    table: tname.clone(),
                    column: c.name.clone(),
                    array_dims: c.ty.array_dims,
                    old_default: oc.default.clone(),
                    new_default: c.default.clone(),
                    inherited: partition::inherits_column(old, new, tname, &c.name),
                });
            }
        }
    }
    // Parents before their partitions: their ALTERs recurse, a partition's own default last.
    for v in users.values_mut() {
        v.sort_by_key(|u| partition::depth(new, &u.table));
    }
    users
}

/// When `new` keeps every label of `old` in the same order and only adds labels, the labels to add
/// with their positions, in an order that makes each position valid when applied in sequence.
pub fn added_labels(old: &[String], new: &[String]) -> Option<Vec<(String, EnumPosition)>> {
    let kept: Vec<&String> = new.iter().filter(|l| old.contains(l)).collect();
    if kept.len() != old.len() || kept.iter().zip(old).any(|(a, b)| *a != b) {
        return None;
    }
    let mut present: BTreeSet<&String> = old.iter().collect();
    let mut result = Vec::new();
    for (i, label) in new.iter().enumerate() {
        if present.contains(label) {
            continue;
        }
        // Anchor on the nearest following label that already exists; with none, after the
        // label before it (saying so, rather than relying on "append", reads unambiguously).
        let position = match new[i + 1..].iter().find(|l| present.contains(l)) {
            Some(next) => EnumPosition::Before(next.clone()),
            None if i > 0 => EnumPosition::After(new[i - 1].clone()),
            None => EnumPosition::End,
        };
        present.insert(label);
        result.push((label.clone(), position));
    }
    Some(result)
}

fn diff_sequences(old: &Schema, new: &Schema, out: &mut Vec<Change>) {
    for (name, seq) in &new.sequences {
        match old.sequences.get(name) {
            None => {
                out.push(Change::CreateSequence(Sequence {
                    owned_by: None,
                    ..seq.clone()
                }));
                if seq.owned_by.is_some() {
                    out.push(Change::SetSequenceOwner {
                        seq: name.clone(),
                        old: None,
                        new: seq.owned_by.clone(),
                    });
                }
            }
            Some(o) => {
                if o.options != seq.options || o.unlogged != seq.unlogged {
                    out.push(Change::AlterSequence {
                        old: o.clone(),
                        new: seq.clone(),
                    });
                }
                if o.owned_by != seq.owned_by {
                    out.push(Change::SetSequenceOwner {
                        seq: name.clone(),
                        old: o.owned_by.clone(),
                        new: seq.owned_by.clone(),
                    });
                }
            }
        }
    }
    for (name, seq) in &old.sequences {
        if !new.sequences.contains_key(name) {
            if seq.owned_by.is_some() {
                out.push(Change::SetSequenceOwner {
                    seq: name.clone(),
                    old: seq.owned_by.clone(),
                    new: None,
                });
            }
            out.push(Change::DropSequence(Sequence {
                owned_by: None,
                ..seq.clone()
            }));
        }
    }
}

fn is_fk(c: &Constraint) -> bool {
    matches!(c.kind, ConstraintKind::ForeignKey { .. })
}

/// Constraints a new table gets after it is created: foreign keys (the referenced table may
/// come later) and constraints declared NOT VALID (CREATE TABLE cannot say that).
fn added_after_create(c: &Constraint) -> bool {
    is_fk(c) || c.not_valid
}

/// A table as created by `CreateTable`: without the constraints [`added_after_create`] (they
/// are separate changes) and without comments (also separate).
fn table_shell(t: &Table) -> Table {
    let mut t = t.clone();
    t.constraints.retain(|_, c| !added_after_create(c));
    t
}

fn diff_tables(old: &Schema, new: &Schema, out: &mut Vec<Change>) {
    // Keys (PK/UNIQUE constraints and unique indexes) that are dropped or replaced: foreign keys
    // resting on them must be dropped and re-added even when they did not change themselves.
    let mut replaced_keys: BTreeSet<(QualName, Vec<String>)> = BTreeSet::new();
    // (a table or index both models share is the same: see `parse::parse_schema_sharing`)
    for (name, t) in &old.tables {
        let nt = new.tables.get(name);
        if nt.is_some_and(|nt| std::ptr::eq(nt, t)) {
            continue;
        }
        for c in t.constraints.values() {
            let cols = match &c.kind {
                ConstraintKind::PrimaryKey { columns, .. }
                | ConstraintKind::Unique { columns, .. } => columns,
                _ => continue,
            };
            if nt.and_then(|nt| nt.constraints.get(&c.name)) != Some(c) {
                replaced_keys.insert((name.clone(), sorted(cols)));
            }
        }
    }
    for (name, i) in &old.indexes {
        if i.unique
            && new
                .indexes
                .get(name)
                .is_none_or(|ni| !std::ptr::eq(ni, i) && ni != i)
            && let Some(cols) = plain_columns(i)
        {
            replaced_keys.insert((i.table.clone(), sorted(&cols)));
        }
    }
    // Columns whose type changes: foreign keys on either side of them are re-added too.
    let mut retyped: BTreeSet<(QualName, String)> = BTreeSet::new();
    for (name, t) in &new.tables {
        if let Some(ot) = old.tables.get(name)
            && !std::ptr::eq(ot, t)
        {
            for c in &t.columns {
                if let Some(oc) = ot.column(&c.name)
                    && (oc.ty != c.ty || oc.collation != c.collation)
                {
                    retyped.insert((name.clone(), c.name.clone()));
                }
            }
        }
    }
    let fk_rests_on_changed = |table: &QualName, c: &Constraint| -> bool {
        if let ConstraintKind::ForeignKey {
            columns,
            ref_table,
            ref_columns,
            ..
        } = &c.kind
        {
            replaced_keys.contains(&(ref_table.clone(), sorted(ref_columns)))
                || columns
                    .iter()
                    .any(|col| retyped.contains(&(table.clone(), col.clone())))
                || ref_columns
                    .iter()
                    .any(|col| retyped.contains(&(ref_table.clone(), col.clone())))
        } else {
            false
        }
    };

    for (name, t) in &new.tables {
        match old.tables.get(name) {
            None => {
                out.push(Change::CreateTable(table_shell(t)));
                for c in t.constraints.values().filter(|c| added_after_create(c)) {
                    out.push(Change::AddConstraint {
                        table: name.clone(),
                        constraint: c.clone(),
                    });
                }
            }
            // the same table: only its foreign keys over a changed key or column change
            Some(ot) if std::ptr::eq(ot, t) => {
                for c in t.constraints.values() {
                    if fk_rests_on_changed(name, c) {
                        replace_constraint(out, name, c, c);
                    }
                }
            }
            Some(ot) => {
                diff_columns(name, ot, t, out);
                for (cname, c) in &t.constraints {
                    match ot.constraints.get(cname) {
                        None => out.push(Change::AddConstraint {
                            table: name.clone(),
                            constraint: c.clone(),
                        }),
                        Some(oc) if !same_constraint(oc, c) || fk_rests_on_changed(name, oc) => {
                            replace_constraint(out, name, oc, c);
                        }
                        Some(_) => {}
                    }
                }
                for (cname, oc) in &ot.constraints {
                    if !t.constraints.contains_key(cname) {
                        out.push(Change::DropConstraint {
                            table: name.clone(),
                            constraint: oc.clone(),
                        });
                    }
                }
            }
        }
    }
    for (name, t) in &old.tables {
        if !new.tables.contains_key(name) {
            for c in t.constraints.values().filter(|c| added_after_create(c)) {
                out.push(Change::DropConstraint {
                    table: name.clone(),
                    constraint: c.clone(),
                });
            }
            out.push(Change::DropTable(table_shell(t)));
        }
    }
}

/// Constraint `old` of `table` dropped and `new` added in its place.
fn replace_constraint(out: &mut Vec<Change>, table: &QualName, old: &Constraint, new: &Constraint) {
    out.push(Change::DropConstraint {
        table: table.clone(),
        constraint: old.clone(),
    });
    out.push(Change::AddConstraint {
        table: table.clone(),
        constraint: new.clone(),
    });
}

/// Constraints compare on their definition; comments and directives are not part of it.
fn same_constraint(a: &Constraint, b: &Constraint) -> bool {
    a.kind == b.kind
        && a.deferrable == b.deferrable
        && a.initially_deferred == b.initially_deferred
        && a.not_valid == b.not_valid
}

fn sorted(cols: &[String]) -> Vec<String> {
    let mut v = cols.to_vec();
    v.sort();
    v
}

/// The key columns of an index made only of plain columns, without a predicate.
pub fn plain_columns(i: &Index) -> Option<Vec<String>> {
    if i.predicate.is_some() {
        return None;
    }
    i.keys
        .iter()
        .map(|k| match &k.key {
            IndexKeyExpr::Column(c) => Some(c.clone()),
            IndexKeyExpr::Expression(_) => None,
        })
        .collect()
}

fn diff_columns(table: &QualName, old: &Table, new: &Table, out: &mut Vec<Change>) {
    for c in &new.columns {
        match old.column(&c.name) {
            None => out.push(Change::AddColumn {
                table: table.clone(),
                column: c.clone(),
            }),
            Some(oc) => {
                if column_definition_differs(oc, c) {
                    out.push(Change::AlterColumn {
                        table: table.clone(),
                        old: oc.clone(),
                        new: c.clone(),
                    });
                }
            }
        }
    }
    for oc in &old.columns {
        if new.column(&oc.name).is_none() {
            out.push(Change::DropColumn {
                table: table.clone(),
                column: oc.clone(),
            });
        }
    }
}

fn column_definition_differs(a: &Column, b: &Column) -> bool {
    a.ty != b.ty
        || a.not_null != b.not_null
        || a.default != b.default
        || a.identity != b.identity
        || a.generated != b.generated
        || a.collation != b.collation
}

fn diff_indexes(old: &Schema, new: &Schema, out: &mut Vec<Change>) {
    for (name, i) in &new.indexes {
        match old.indexes.get(name) {
            None => out.push(Change::CreateIndex(i.clone())),
            Some(oi) if !std::ptr::eq(oi, i) && !same_index(oi, i) => {
                out.push(Change::DropIndex(oi.clone()));
                out.push(Change::CreateIndex(i.clone()));
            }
            Some(_) => {}
        }
    }
    for (name, i) in &old.indexes {
        if !new.indexes.contains_key(name) {
            out.push(Change::DropIndex(i.clone()));
        }
    }
}

fn same_index(a: &Index, b: &Index) -> bool {
    a.table == b.table
        && a.unique == b.unique
        && a.method == b.method
        && a.keys == b.keys
        && a.include == b.include
        && a.predicate == b.predicate
        && a.nulls_not_distinct == b.nulls_not_distinct
        && a.same_with(b)
}

/// Every comment of a model, by target.
pub fn comments(s: &Schema) -> BTreeMap<CommentTarget, String> {
    comments_but(s, |_| false)
}

/// Every comment of a model but those of the tables `skip` says (and of their columns and
/// constraints).
fn comments_but(s: &Schema, skip: impl Fn(&QualName) -> bool) -> BTreeMap<CommentTarget, String> {
    let mut m = BTreeMap::new();
    let mut put = |t: CommentTarget, c: &Option<String>| {
        if let Some(c) = c {
            m.insert(t, c.clone());
        }
    };
    for sd in s.schemas.values() {
        put(CommentTarget::Schema(sd.name.clone()), &sd.comment);
    }
    for e in s.extensions.values() {
        put(CommentTarget::Extension(e.name.clone()), &e.comment);
    }
    for e in s.enums.values() {
        put(CommentTarget::Type(e.name.clone()), &e.comment);
    }
    for d in s.domains.values() {
        put(CommentTarget::Type(d.name.clone()), &d.comment);
    }
    for t in s.composites.values() {
        put(CommentTarget::Type(t.name.clone()), &t.comment);
    }
    for q in s.sequences.values() {
        put(CommentTarget::Sequence(q.name.clone()), &q.comment);
    }
    for t in s.tables.values().filter(|t| !skip(&t.name)) {
        put(CommentTarget::Table(t.name.clone()), &t.comment);
        for c in &t.columns {
            put(
                CommentTarget::Column(t.name.clone(), c.name.clone()),
                &c.comment,
            );
        }
        for c in t.constraints.values() {
            put(
                CommentTarget::Constraint(t.name.clone(), c.name.clone()),
                &c.comment,
            );
        }
    }
    for i in s.indexes.values() {
        put(CommentTarget::Index(i.name.clone()), &i.comment);
    }
    for v in s.views.values() {
        put(
            CommentTarget::View {
                name: v.name.clone(),
                materialized: v.materialized,
            },
            &v.comment,
        );
        for (column, text) in &v.column_comments {
            put(
                CommentTarget::ViewColumn {
                    view: v.name.clone(),
                    column: column.clone(),
                },
                &Some(text.clone()),
            );
        }
    }
    for r in s.routines.values() {
        put(
            CommentTarget::Routine {
                signature: r.signature(),
                procedure: r.procedure,
            },
            &r.comment,
        );
    }
    for t in s.triggers.values() {
        put(CommentTarget::of_trigger(t), &t.comment);
    }
    for p in s.policies.values() {
        put(
            CommentTarget::Policy(p.table.clone(), p.name.clone()),
            &p.comment,
        );
    }
    for o in s.objects.values() {
        put(
            CommentTarget::Object {
                kind: o.kind,
                name: o.name.clone(),
                args: o.args.clone(),
            },
            &o.comment,
        );
    }
    m
}

fn diff_comments(old: &Schema, new: &Schema, out: &mut Vec<Change>) {
    // Tables whose comments (and their columns' and constraints') are the same on both sides
    // have none to diff: most tables, looked at once here instead of every comment mapped.
    let same = |name: &QualName| {
        let (Some(o), Some(n)) = (old.tables.get(name), new.tables.get(name)) else {
            return false;
        };
        std::ptr::eq(o, n)
            || o.comment == n.comment
                && o.columns.len() == n.columns.len()
                && o.columns
                    .iter()
                    .zip(&n.columns)
                    .all(|(a, b)| a.name == b.name && a.comment == b.comment)
                && o.constraints.len() == n.constraints.len()
                && o.constraints
                    .values()
                    .zip(n.constraints.values())
                    .all(|(a, b)| a.name == b.name && a.comment == b.comment)
    };
    let (oc, nc) = (comments_but(old, same), comments_but(new, same));
    let targets: BTreeSet<&CommentTarget> = oc.keys().chain(nc.keys()).collect();
    // Views, routines, triggers and policies created (again) or dropped by this migration.
    let mut rebuilt: BTreeSet<CommentTarget> = BTreeSet::new();
    for c in out.iter() {
        let t = match c {
            Change::CreateView(v) | Change::DropView(v) => {
                // its columns' comments come back with it too
                rebuilt.extend(v.column_comments.keys().map(|c| CommentTarget::ViewColumn {
                    view: v.name.clone(),
                    column: c.clone(),
                }));
                CommentTarget::View {
                    name: v.name.clone(),
                    materialized: v.materialized,
                }
            }
            Change::CreateRoutine(r) | Change::DropRoutine(r) => CommentTarget::Routine {
                signature: r.signature(),
                procedure: r.procedure,
            },
            Change::CreateTrigger(t) | Change::DropTrigger(t) => CommentTarget::of_trigger(t),
            Change::CreatePolicy(p) | Change::DropPolicy(p) => {
                CommentTarget::Policy(p.table.clone(), p.name.clone())
            }
            Change::CreateObject(o) | Change::DropObject(o) => CommentTarget::Object {
                kind: o.kind,
                name: o.name.clone(),
                args: o.args.clone(),
            },
            _ => continue,
        };
        rebuilt.insert(t);
    }
    for t in targets {
        let (o, n) = (oc.get(t), nc.get(t));
        if t.goes_with_definition() && rebuilt.contains(t) {
            continue;
        }
        // Every extension ships with a comment, which pg_dump writes and hand-written files
        // leave out: an extension's comment is compared only when both sides state one.
        if matches!(t, CommentTarget::Extension(_)) && (o.is_none() || n.is_none()) {
            continue;
        }
        if o != n {
            out.push(Change::Comment {
                target: t.clone(),
                old: o.cloned(),
                new: n.cloned(),
            });
        }
    }
}

// ------------------------------------------------------------------------------------- renames

/// Applies the `@renamed from=OLD` directives of `new` to a copy of `old`, recording a rename
/// change for each. The copy then has the new names, so the rest of the diff compares like with
/// like. A directive naming an object that does not exist in `old` is an error, unless the object
/// already has the new name there (the directive is stale: the rename happened before).
/// Columns renamed in place (by table and old name), whose dependents followed the rename.
type Followed = BTreeSet<(QualName, String)>;

fn apply_renames<'a>(
    old: &'a Schema,
    new: &Schema,
    opts: &DiffOptions,
    out: &mut Vec<Change>,
) -> Result<(Cow<'a, Schema>, Followed), Error> {
    if !has_renames(new) {
        return Ok((Cow::Borrowed(old), Followed::new()));
    }
    let mut s = old.clone();

    // Enum types.
    for (name, ty) in &new.enums {
        let Some(from) = &ty.directives.renamed_from else {
            continue;
        };
        let from_q = QualName::new(name.schema.clone(), from.clone());
        // An enum type whose old name is not in the old schema is a new type: the directive is
        // ignored (as sqldef does); dropping an old type is still refused without
        // --allow-data-loss.
        let Some(mut e) = s.enums.remove(&from_q) else {
            continue;
        };
        if s.enums.contains_key(name) {
            s.enums.insert(from_q.clone(), e);
            continue;
        }
        e.name = name.clone();
        s.enums.insert(name.clone(), e);
        let is_old = |t: &TypeRef| {
            t.schema.as_deref() == Some(from_q.schema.as_str()) && t.name == from_q.name
        };
        s.tables.update(
            |t| t.columns.iter().any(|c| is_old(&c.ty)),
            |t| {
                for c in &mut t.columns {
                    if is_old(&c.ty) {
                        c.ty.name = name.name.clone();
                    }
                }
            },
        );
        out.push(Change::RenameEnum {
            old: from_q,
            new: name.clone(),
        });
    }

    // Enum labels (after the type renames, so `name` is the type's name in the copy too).
    for (name, ty) in &new.enums {
        let Some(oe) = s.enums.get_mut(name) else {
            continue;
        };
        for (label, from) in &ty.label_renames {
            if oe.labels.contains(label) && !oe.labels.contains(from) {
                continue; // stale: renamed before
            }
            if oe.labels.contains(label) {
                return Err(Error::Plan(format!(
                    "label '{label}' of type {name} is marked `@renamed from={from}`, but the old type has both labels"
                )));
            }
            let Some(pos) = oe.labels.iter().position(|l| l == from) else {
                return Err(Error::Plan(format!(
                    "label '{label}' of type {name} is marked `@renamed from={from}`, but the old type has no label '{from}'"
                )));
            };
            oe.labels[pos] = label.clone();
            out.push(Change::RenameEnumValue {
                ty: name.clone(),
                old: from.clone(),
                new: label.clone(),
            });
        }
    }

    // Tables.
    for (name, t) in &new.tables {
        let Some(from) = &t.directives.renamed_from else {
            continue;
        };
        let from_q = QualName::new(name.schema.clone(), from.clone());
        if s.tables.contains_key(name) && !s.tables.contains_key(&from_q) {
            continue;
        }
        if !s.tables.contains_key(&from_q) {
            return Err(missing_rename("table", &from_q, name));
        }
        rename_table_refs(&mut s, &from_q, name, false);
        out.push(Change::RenameTable {
            old: from_q.clone(),
            new: name.clone(),
        });
        rename_derived_names(&mut s, new, &from_q, name, out);
    }

    // Columns. What refers to a table's columns, looked up once (renames of columns do not change
    // it), so each rename touches only its table, the tables referencing it, its indexes and
    // sequences instead of scanning the whole schema.
    let with_renamed_columns: HashSet<&QualName> = new
        .tables
        .iter()
        .filter(|(_, t)| {
            t.columns
                .iter()
                .any(|c| c.directives.renamed_from.is_some())
        })
        .map(|(name, _)| name)
        .collect();
    let refs = ColumnRefs::of_tables(&s, |t| with_renamed_columns.contains(t));
    let mut followed = BTreeSet::new();
    for (tname, t) in &new.tables {
        for c in &t.columns {
            let Some(from) = &c.directives.renamed_from else {
                continue;
            };
            let Some(ot) = s.tables.get_mut(tname) else {
                continue;
            };
            if ot.column(&c.name).is_some() && ot.column(from).is_none() {
                continue;
            }
            if ot.column(from).is_none() {
                return Err(Error::Plan(format!(
                    "column {tname}.{} is marked `@renamed from={from}`, but {tname} has no column {from} in the old schema",
                    c.name
                )));
            }
            // The old column that has the new name goes first: it is dropped, then replaced.
            if let Some(pos) = ot.columns.iter().position(|oc| oc.name == c.name) {
                let displaced = ot.columns.remove(pos);
                out.push(Change::DropColumn {
                    table: tname.clone(),
                    column: displaced,
                });
            }
            let oc = ot
                .column_mut(from)
                .expect("checked above: the old column exists");
            oc.name = c.name.clone();
            let in_place = !opts.compat_column_renames
                || !compat_rename_possible(old, new, tname, from, &c.name);
            rename_column_refs_with(&mut s, &refs, tname, from, &c.name, in_place);
            if in_place {
                followed.insert((tname.clone(), from.clone()));
            }
            out.push(Change::RenameColumn {
                table: tname.clone(),
                old: from.clone(),
                new: c.name.clone(),
            });
        }
    }

    // Constraints.
    for (tname, t) in &new.tables {
        for c in t.constraints.values() {
            let Some(from) = &c.directives.renamed_from else {
                continue;
            };
            let Some(ot) = s.tables.get_mut(tname) else {
                continue;
            };
            if ot.constraints.contains_key(&c.name) && !ot.constraints.contains_key(from) {
                continue;
            }
            let Some(mut oc) = ot.constraints.remove(from) else {
                return Err(Error::Plan(format!(
                    "constraint {} on {tname} is marked `@renamed from={from}`, but {tname} has no constraint {from} in the old schema",
                    c.name
                )));
            };
            oc.name = c.name.clone();
            if oc.kind.has_index() {
                ot.index_renamed(from, &c.name);
            }
            ot.constraints.insert(c.name.clone(), oc);
            out.push(Change::RenameConstraint {
                table: tname.clone(),
                old: from.clone(),
                new: c.name.clone(),
            });
        }
    }

    // Indexes.
    for (name, i) in &new.indexes {
        let Some(from) = &i.directives.renamed_from else {
            continue;
        };
        let from_q = QualName::new(name.schema.clone(), from.clone());
        if s.indexes.contains_key(name) && !s.indexes.contains_key(&from_q) {
            continue;
        }
        let Some(mut oi) = s.indexes.remove(&from_q) else {
            return Err(missing_rename("index", &from_q, name));
        };
        oi.name = name.clone();
        if let Some(t) = s.tables.get_mut(&oi.table) {
            t.index_renamed(&from_q.name, &name.name);
        }
        s.indexes.insert(name.clone(), oi);
        out.push(Change::RenameIndex {
            old: from_q,
            new: name.clone(),
        });
    }
    Ok((Cow::Owned(s), followed))
}

/// Whether `new` marks anything `@renamed from=...` (without, the old model needs no renamed
/// copy).
fn has_renames(new: &Schema) -> bool {
    new.enums
        .values()
        .any(|e| e.directives.renamed_from.is_some() || !e.label_renames.is_empty())
        || new
            .indexes
            .values()
            .any(|i| i.directives.renamed_from.is_some())
        || new.tables.values().any(|t| {
            t.directives.renamed_from.is_some()
                || t.columns
                    .iter()
                    .any(|c| c.directives.renamed_from.is_some())
                || t.constraints
                    .values()
                    .any(|c| c.directives.renamed_from.is_some())
        })
}

/// After a table rename in the (copied) old model: the names PostgreSQL derived from the old table
/// name (`users_pkey`, `users_email_key`, `users_org_id_fkey`, `users_org_id_idx`, the serial
/// sequence `users_id_seq`) are renamed too when the new schema has the same object under the
/// name derived from the new table name, so the objects (and a sequence's position) are kept
/// instead of being dropped and rebuilt.
fn rename_derived_names(
    s: &mut Schema,
    new: &Schema,
    from: &QualName,
    to: &QualName,
    out: &mut Vec<Change>,
) {
    let old_prefix = format!("{}_", from.name);
    let derived = |name: &str| -> Option<String> {
        let rest = name.strip_prefix(&old_prefix)?;
        Some(pg::clip(&format!("{}_{rest}", to.name), pg::MAX_IDENT).to_string())
    };
    // Constraints (a PRIMARY KEY / UNIQUE renames its index with it).
    if let (Some(ot), Some(nt)) = (s.tables.get_mut(to), new.tables.get(to)) {
        let names: Vec<String> = ot.constraints.keys().cloned().collect();
        for cname in names {
            let Some(target) = derived(&cname) else {
                continue;
            };
            if nt.constraints.contains_key(&target)
                && !nt.constraints.contains_key(&cname)
                && !ot.constraints.contains_key(&target)
            {
                let mut c = ot.constraints.remove(&cname).expect("listed above");
                c.name = target.clone();
                if c.kind.has_index() {
                    ot.index_renamed(&cname, &target);
                }
                ot.constraints.insert(target.clone(), c);
                out.push(Change::RenameConstraint {
                    table: to.clone(),
                    old: cname,
                    new: target,
                });
            }
        }
    }
    // Indexes of the table.
    let names: Vec<QualName> = s
        .indexes
        .values()
        .filter(|i| &i.table == to)
        .map(|i| i.name.clone())
        .collect();
    for iname in names {
        let Some(target) = derived(&iname.name) else {
            continue;
        };
        let target = QualName::new(iname.schema.clone(), target);
        if new.indexes.contains_key(&target)
            && !new.indexes.contains_key(&iname)
            && !s.indexes.contains_key(&target)
            && !s.has_relation(&target.schema, &target.name)
        {
            let mut i = s.indexes.remove(&iname).expect("listed above");
            i.name = target.clone();
            if let Some(t) = s.tables.get_mut(&i.table) {
                t.index_renamed(&iname.name, &target.name);
            }
            s.indexes.insert(target.clone(), i);
            out.push(Change::RenameIndex {
                old: iname,
                new: target,
            });
        }
    }
    // Sequences owned by the table's columns; the defaults that call them follow.
    let names: Vec<QualName> = s
        .sequences
        .values()
        .filter(|q| q.owned_by.as_ref().is_some_and(|(t, _)| t == to))
        .map(|q| q.name.clone())
        .collect();
    for qname in names {
        let Some(target) = derived(&qname.name) else {
            continue;
        };
        let target = QualName::new(qname.schema.clone(), target);
        if new.sequences.contains_key(&target)
            && !new.sequences.contains_key(&qname)
            && !s.has_relation(&target.schema, &target.name)
        {
            rename_sequence(s, &qname, &target);
            out.push(Change::RenameSequence {
                old: qname,
                new: target,
            });
        }
    }
}

/// Renames sequence `from` to `to` (same schema); the column defaults that call it follow, as
/// they do in PostgreSQL (`nextval('seq'::regclass)` refers to the sequence by OID).
pub(crate) fn rename_sequence(s: &mut Schema, from: &QualName, to: &QualName) {
    let Some(mut q) = s.sequences.remove(from) else {
        return;
    };
    q.name = to.clone();
    s.sequences.insert(to.clone(), q);
    let (old_lit, new_lit) = (
        format!("'{}.{}'", from.schema, from.name),
        format!("'{}.{}'", to.schema, to.name),
    );
    let (old_short, new_short) = (format!("'{}'", from.name), format!("'{}'", to.name));
    let calls = |text: &str| text.contains(&old_lit) || text.contains(&old_short);
    s.tables.update(
        |t| {
            t.columns
                .iter()
                .filter_map(|c| c.default.as_ref())
                .any(|d| calls(&d.sql) || calls(&d.canon))
        },
        |t| {
            for c in &mut t.columns {
                if let Some(d) = &mut c.default {
                    for text in [&mut d.sql, &mut d.canon] {
                        if calls(text) {
                            *text = text
                                .replace(&old_lit, &new_lit)
                                .replace(&old_short, &new_short);
                        }
                    }
                }
            }
        },
    );
}

fn missing_rename(kind: &str, from: &QualName, to: &QualName) -> Error {
    Error::Plan(format!(
        "{kind} {to} is marked `@renamed from={}`, but the old schema has no {kind} {from}",
        from.name
    ))
}

/// By table: the tables whose foreign keys reference it (itself included), its indexes and the
/// sequences it owns.
struct ColumnRefs {
    tables: HashMap<QualName, BTreeSet<QualName>>,
    indexes: HashMap<QualName, Vec<QualName>>,
    sequences: HashMap<QualName, Vec<QualName>>,
}

impl ColumnRefs {
    fn of(s: &Schema) -> ColumnRefs {
        ColumnRefs::of_tables(s, |_| true)
    }

    /// What refers to the columns of the tables `wanted` says (the others are left out).
    fn of_tables(s: &Schema, wanted: impl Fn(&QualName) -> bool) -> ColumnRefs {
        let mut tables: HashMap<QualName, BTreeSet<QualName>> = HashMap::new();
        for t in s.tables.values() {
            if wanted(&t.name) {
                tables
                    .entry(t.name.clone())
                    .or_default()
                    .insert(t.name.clone());
            }
            for c in t.constraints.values() {
                if let ConstraintKind::ForeignKey { ref_table, .. } = &c.kind
                    && wanted(ref_table)
                {
                    tables
                        .entry(ref_table.clone())
                        .or_default()
                        .insert(t.name.clone());
                }
            }
        }
        let mut indexes: HashMap<QualName, Vec<QualName>> = HashMap::new();
        for i in s.indexes.values().filter(|i| wanted(&i.table)) {
            indexes
                .entry(i.table.clone())
                .or_default()
                .push(i.name.clone());
        }
        let mut sequences: HashMap<QualName, Vec<QualName>> = HashMap::new();
        for q in s.sequences.values() {
            if let Some((t, _)) = &q.owned_by
                && wanted(t)
            {
                sequences.entry(t.clone()).or_default().push(q.name.clone());
            }
        }
        ColumnRefs {
            tables,
            indexes,
            sequences,
        }
    }
}

/// Renames table `from` to `to` (same schema) in `s`, and everything that refers to it, as
/// PostgreSQL keeps those references by OID and follows the rename: its indexes, the foreign keys
/// referencing it, the sequences it owns, its triggers and policies (keyed by table), its
/// privileges, its partitions' parent and partition indexes, and the views, policies and
/// SQL-standard routine bodies that name it (their canonical form). Names derived from the old
/// name (`t_pkey`, `t_id_seq`) stay, as in PostgreSQL.
///
/// `text`: the statements as written follow too (a file's `ALTER TABLE ... RENAME TO`: the model
/// is what a migration creates objects from). Without it (`@renamed`, in the diff's copy of the
/// old model) a view keeps its statement with the old name: a view rebuilt around the rename is
/// dropped before it and its down runs once the name is back (see the planner).
pub(crate) fn rename_table_refs(s: &mut Schema, from: &QualName, to: &QualName, text: bool) {
    let Some(mut t) = s.tables.remove(from) else {
        return;
    };
    t.name = to.clone();
    s.tables.insert(to.clone(), t);
    let follow = |q: &mut QualName| {
        if q == from {
            *q = to.clone();
        }
    };
    let fix_def = |d: &mut Definition| {
        if text {
            d.sql = pg::rename_relation_refs(&d.sql, from, to);
        }
        d.canon = pg::rename_relation_refs(&d.canon, from, to);
    };
    s.indexes
        .update(|i| &i.table == from, |i| follow(&mut i.table));
    for pi in s.partition_indexes.values_mut() {
        follow(&mut pi.table);
    }
    s.tables.update(
        |t2| {
            t2.partition_of.as_ref().is_some_and(|p| &p.parent == from)
                || t2.constraints.values().any(|c| {
                    matches!(&c.kind, ConstraintKind::ForeignKey { ref_table, .. } if ref_table == from)
                })
        },
        |t2| {
            for (_, c) in t2.constraints.iter_mut() {
                if let ConstraintKind::ForeignKey { ref_table, .. } = &mut c.kind {
                    follow(ref_table);
                }
            }
            if let Some(p) = &mut t2.partition_of {
                follow(&mut p.parent);
            }
        },
    );
    for seq in s.sequences.values_mut() {
        if let Some((t2, _)) = &mut seq.owned_by {
            follow(t2);
        }
    }
    let on_table: Vec<String> = s
        .triggers
        .iter()
        .filter(|(_, t)| &t.table == from || (t.rule && t.mentions.contains(from)))
        .map(|(k, _)| k.clone())
        .collect();
    for k in on_table {
        let mut t = s.triggers.remove(&k).expect("listed");
        if t.rule {
            // its table and the relations its actions name, as PostgreSQL keeps them
            follow(&mut t.table);
            t.mentions.iter_mut().for_each(follow);
            fix_def(&mut t.definition);
        } else {
            t.table = to.clone();
            t.definition = Definition {
                sql: pg::rename_trigger_table(&t.definition.sql, to),
                canon: t.definition.canon.replacen(
                    &format!(" on {from} "),
                    &format!(" on {to} "),
                    1,
                ),
            };
        }
        s.triggers.insert(t.key(), t);
    }
    let relation = |e: &mut Expr| {
        if pg::mentions_ident(&e.canon, &from.name) {
            *e = Expr::new(
                pg::rename_relation_refs(&e.sql, from, to),
                pg::rename_relation_refs(&e.canon, from, to),
            );
        }
    };
    let policies: Vec<String> = s.policies.keys().cloned().collect();
    for k in policies {
        let mut p = s.policies.remove(&k).expect("listed");
        follow(&mut p.table);
        p.using
            .iter_mut()
            .chain(p.with_check.iter_mut())
            .for_each(relation);
        s.policies.insert(p.key(), p);
    }
    let rename_grant = |g: &Grant| -> Grant {
        let mut g = g.clone();
        match &mut g.object {
            GrantObject::Table(t) | GrantObject::Column(t, _) => follow(t),
            _ => {}
        }
        g
    };
    s.grants = s.grants.iter().map(rename_grant).collect();
    s.revoked_defaults = s.revoked_defaults.iter().map(rename_grant).collect();
    for v in s.views.values_mut() {
        if v.mentions.contains(from) {
            v.mentions.iter_mut().for_each(follow);
            fix_def(&mut v.definition);
        }
    }
    for r in s.routines.values_mut() {
        // only an SQL-standard body (RETURN, BEGIN ATOMIC) is stored parsed; a body in a string
        // is kept as text and does not follow
        let standard = pg::mentions_ident(&r.definition.sql, "return")
            || pg::mentions_ident(&r.definition.sql, "atomic");
        if standard && r.mentions.contains(from) {
            r.mentions.iter_mut().for_each(follow);
            fix_def(&mut r.definition);
        }
    }
}

/// Renames column `from` of `table` to `to` in everything referring to it (see
/// [`rename_column_refs_with`]), for one rename (`ALTER TABLE ... RENAME COLUMN` in a file).
pub(crate) fn rename_column_refs(s: &mut Schema, table: &QualName, from: &str, to: &str) {
    let refs = ColumnRefs::of(s);
    rename_column_refs_with(s, &refs, table, from, to, true);
}

/// After a column rename in the (copied) old model, references to the column follow it, as they do
/// in PostgreSQL: constraint and index column lists, sequence ownership, the expressions of
/// checks, indexes and generated columns. With `definitions` (the column is renamed in place, as
/// `ALTER TABLE ... RENAME COLUMN` does) also triggers, policies, column privileges and the
/// canonical form of the views reading it.
fn rename_column_refs_with(
    s: &mut Schema,
    refs: &ColumnRefs,
    table: &QualName,
    from: &str,
    to: &str,
    definitions: bool,
) {
    let fix_expr = |e: &mut Expr| {
        *e = Expr::new(
            pg::rename_column_refs(&e.sql, &table.name, from, to),
            pg::rename_column_refs(&e.canon, &table.name, from, to),
        );
    };
    let fix = |cols: &mut Vec<String>| {
        for c in cols.iter_mut() {
            if c == from {
                *c = to.to_string();
            }
        }
    };
    for tname in refs.tables.get(table).into_iter().flatten() {
        let Some(t) = s.tables.get_mut(tname) else {
            continue;
        };
        for (_, c) in t.constraints.iter_mut() {
            match &mut c.kind {
                ConstraintKind::PrimaryKey { columns, include } if tname == table => {
                    fix(columns);
                    fix(include);
                }
                ConstraintKind::Unique {
                    columns, include, ..
                } if tname == table => {
                    fix(columns);
                    fix(include);
                }
                ConstraintKind::ForeignKey {
                    columns,
                    ref_table,
                    ref_columns,
                    ..
                } => {
                    if tname == table {
                        fix(columns);
                    }
                    if ref_table == table {
                        fix(ref_columns);
                    }
                }
                ConstraintKind::Check { expr, .. } if tname == table => fix_expr(expr),
                ConstraintKind::Exclude { definition } if tname == table => fix_expr(definition),
                _ => {}
            }
        }
        if tname == table {
            for c in &mut t.columns {
                if let Some(g) = &mut c.generated {
                    fix_expr(g);
                }
            }
        }
    }
    for name in refs.indexes.get(table).into_iter().flatten() {
        if let Some(i) = s.indexes.get_mut(name) {
            for k in &mut i.keys {
                match &mut k.key {
                    IndexKeyExpr::Column(c) if c == from => *c = to.to_string(),
                    IndexKeyExpr::Expression(e) => fix_expr(e),
                    IndexKeyExpr::Column(_) => {}
                }
            }
            fix(&mut i.include);
            if let Some(p) = &mut i.predicate {
                fix_expr(p);
            }
        }
    }
    for name in refs.sequences.get(table).into_iter().flatten() {
        if let Some(seq) = s.sequences.get_mut(name)
            && let Some((_, c)) = &mut seq.owned_by
            && c == from
        {
            *c = to.to_string();
        }
    }
    if definitions {
        rename_column_in_definitions(s, table, from, to);
    }
}

/// The triggers, policies, column privileges and views of `table`'s column `from`, renamed `to`.
fn rename_column_in_definitions(s: &mut Schema, table: &QualName, from: &str, to: &str) {
    for t in s.triggers.values_mut() {
        if &t.table == table {
            t.definition = Definition {
                sql: pg::rename_trigger_column(&t.definition.sql, from, to),
                canon: pg::rename_trigger_column(&t.definition.canon, from, to),
            };
        }
    }
    for p in s.policies.values_mut() {
        if &p.table == table {
            for e in p.using.iter_mut().chain(p.with_check.iter_mut()) {
                *e = Expr::new(
                    pg::rename_column_refs(&e.sql, &table.name, from, to),
                    pg::rename_column_refs(&e.canon, &table.name, from, to),
                );
            }
        }
    }
    let rename_grant = |g: &Grant| -> Grant {
        let mut g = g.clone();
        if let GrantObject::Column(t, c) = &mut g.object
            && t == table
            && c == from
        {
            *c = to.to_string();
        }
        g
    };
    s.grants = s.grants.iter().map(rename_grant).collect();
    s.revoked_defaults = s.revoked_defaults.iter().map(rename_grant).collect();
    for v in s.views.values_mut() {
        if view_reads(v, table, from) {
            let qualifiers = pg::view_qualifiers(&v.definition.canon, table);
            v.definition.canon = pg::rename_view_column(&v.definition.canon, &qualifiers, from, to);
            if !v.words.iter().any(|w| w == to) {
                v.words.push(to.to_string());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    fn view(canon: &str, columns: &[&str]) -> View {
        View {
            name: QualName::public("v"),
            materialized: false,
            definition: Definition {
                sql: String::new(),
                canon: canon.to_string(),
            },
            mentions: vec![],
            words: vec![],
            columns: labels(columns),
            no_data: false,
            comment: None,
            column_comments: BTreeMap::new(),
        }
    }

    #[test]
    fn views_that_only_append_columns_are_replaced_in_place() {
        let old = view(
            " view public.v as SELECT t.a, t.b FROM public.t WHERE t.a > 0",
            &["a", "b"],
        );
        let appended = view(
            " view public.v as SELECT t.a, t.b, lower(t.c) AS c FROM public.t WHERE t.a > 0",
            &["a", "b", "c"],
        );
        assert!(appends_columns(&old, &appended));
        // inserted in the middle, another WHERE, a column list that does not grow
        for canon in [
            " view public.v as SELECT t.a, t.c, t.b FROM public.t WHERE t.a > 0",
            " view public.v as SELECT t.a, t.b, t.c FROM public.t WHERE t.a > 1",
            " view public.v (x, y) as SELECT t.a, t.b, t.c FROM public.t WHERE t.a > 0",
            " view public.v as SELECT DISTINCT t.a, t.b, t.c FROM public.t WHERE t.a > 0",
        ] {
            assert!(
                !appends_columns(&old, &view(canon, &["a", "b", "c"])),
                "{canon}"
            );
        }
        let mut matview = appended.clone();
        matview.materialized = true;
        assert!(!appends_columns(&old, &matview));
        assert!(appends_columns(
            &view(" view public.v (x) as SELECT (t.a) FROM public.t", &["x"]),
            &view(
                " view public.v (x, y) as SELECT (t.a), t.b FROM public.t",
                &["x", "y"]
            )
        ));
    }

    #[test]
    fn views_whose_output_columns_only_change_names_are_renamed() {
        let schema = Schema::default();
        let old = view(
            " view public.v as SELECT t.mail AS email, t.b FROM public.t",
            &["email", "b"],
        );
        let new = view(
            " view public.v as SELECT t.mail, t.b AS c FROM public.t",
            &["mail", "c"],
        );
        assert_eq!(
            renames_columns(&schema, &old, &new),
            Some(vec![
                ("email".to_string(), "mail".to_string()),
                ("b".to_string(), "c".to_string())
            ])
        );
        let other = view(
            " view public.v as SELECT t.other, t.b FROM public.t",
            &["other", "b"],
        );
        assert_eq!(renames_columns(&schema, &old, &other), None);
    }

    #[test]
    fn enum_labels_added_in_place() {
        let added = added_labels(&labels(&["a", "c"]), &labels(&["a", "b", "c", "d"])).unwrap();
        assert_eq!(
            added,
            vec![
                ("b".to_string(), EnumPosition::Before("c".into())),
                ("d".to_string(), EnumPosition::After("c".into()))
            ]
        );
        let front = added_labels(&labels(&["b"]), &labels(&["a", "b"])).unwrap();
        assert_eq!(
            front,
            vec![("a".to_string(), EnumPosition::Before("b".into()))]
        );
    }

    #[test]
    fn enum_label_removal_or_reorder_is_not_an_addition() {
        assert!(added_labels(&labels(&["a", "b"]), &labels(&["b", "a"])).is_none());
        assert!(added_labels(&labels(&["a", "b"]), &labels(&["a"])).is_none());
    }

    #[test]
    fn inverse_of_inverse_is_identity_for_column_changes() {
        let col = Column {
            name: "x".into(),
            ty: TypeRef {
                schema: None,
                name: "integer".into(),
                modifiers: vec![],
                array_dims: 0,
            },
            not_null: false,
            default: None,
            identity: None,
            generated: None,
            collation: None,
            comment: None,
            statistics: None,
            storage: None,
            options: Vec::new(),
            directives: Directives::default(),
        };
        let c = Change::AddColumn {
            table: QualName::public("t"),
            column: col,
        };
        match c.inverse().inverse() {
            Change::AddColumn { table, column } => {
                assert_eq!(table, QualName::public("t"));
                assert_eq!(column.name, "x");
            }
            other => panic!("unexpected {other:?}"),
        }
    }
}
