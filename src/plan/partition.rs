//! Partitioning: partitions created, dropped, attached and detached, and indexes and keys of
//! partitioned tables, without long locks on the partitioned table.
//!
//! - A new partition is created on its own, with what it inherits and with its indexes equal to
//!   its parent's (named as the new schema names them), then attached: `ATTACH PARTITION` takes
//!   SHARE UPDATE EXCLUSIVE on the parent (PostgreSQL 12+) where `CREATE TABLE ... PARTITION OF`
//!   takes ACCESS EXCLUSIVE, and it attaches those indexes instead of building its own.
//! - An existing table is attached after a CHECK equal to its partition constraint was added
//!   NOT VALID and validated (SHARE UPDATE EXCLUSIVE: writes continue), so that ATTACH skips its
//!   validation scan under ACCESS EXCLUSIVE; the indexes the parent's require are built
//!   CONCURRENTLY first. A DEFAULT partition gets a CHECK excluding the new rows, which spares its
//!   scan the same way. The CHECKs are dropped once attached.
//! - A dropped partition is detached (`CONCURRENTLY` on PostgreSQL 14+ when the parent has no
//!   DEFAULT partition), then dropped.
//! - An index of an existing partitioned table is created `ON ONLY` the parent (invalid, no
//!   build), built `CONCURRENTLY` on each partition, then the partitions' indexes are attached
//!   (`ALTER INDEX ... ATTACH PARTITION`), which makes it valid. A PRIMARY KEY / UNIQUE
//!   constraint is built the same way (each partition's index becomes its constraint with
//!   `USING INDEX`), a FOREIGN KEY is added `NOT VALID` and validated on each partition (not
//!   supported on the partitioned table itself), then added to the parent, which attaches them.

use super::*;

/// Whether index or constraint changes on `table` take the partitioned path.
pub(super) fn partitioned(schema: &Schema, table: &QualName) -> bool {
    schema.is_partitioned(table)
}

fn is_fk(c: &Constraint) -> bool {
    matches!(c.kind, ConstraintKind::ForeignKey { .. })
}

fn attach_sql(parent: &QualName, child: &QualName, bound: &PartitionBound) -> String {
    format!(
        "{} ATTACH PARTITION {} {}",
        alter_table(parent),
        qualified(child),
        pg::partition_bound_sql(bound)
    )
}

fn detach_sql(parent: &QualName, child: &QualName, concurrently: bool) -> String {
    format!(
        "{} DETACH PARTITION {}{}",
        alter_table(parent),
        qualified(child),
        if concurrently { " CONCURRENTLY" } else { "" }
    )
}

/// What a partition of `parent` needs before it is attached: the parent, its indexes and keys
/// (so that the partition's equal ones are attached to them), its inherited constraints.
fn parent_keys(schema: &Schema, parent: &QualName) -> Vec<Key> {
    let mut v = vec![Key::Table(parent.clone())];
    v.extend(
        schema
            .indexes
            .values()
            .filter(|i| &i.table == parent)
            .map(|i| Key::Index(i.name.clone())),
    );
    v.extend(
        schema
            .partition_indexes
            .values()
            .filter(|p| &p.table == parent)
            .map(|p| Key::Index(p.name.clone())),
    );
    if let Some(t) = schema.tables.get(parent) {
        v.extend(
            t.constraints
                .values()
                .filter(|c| c.kind.has_index() || c.is_inherited())
                .map(|c| Key::Constraint(parent.clone(), c.name.clone())),
        );
    }
    v
}

/// The columns of `table` a step that attaches or detaches one of its partitions waits for:
/// the new schema's columns (added, retyped, made NOT NULL) and the old ones that go, so that
/// the partition is attached with, or detached after, the parent's column changes.
fn column_keys(ctx: &Context, table: &QualName) -> (Vec<Key>, Vec<Key>) {
    let mut needs = Vec::new();
    if let Some(t) = ctx.new.tables.get(table) {
        for c in &t.columns {
            needs.push(Key::Column(table.clone(), c.name.clone()));
            if c.not_null {
                needs.push(Key::NotNull(table.clone(), c.name.clone()));
            }
        }
    }
    // (a table dropped takes its columns along: that is no column change to wait for)
    let gone = ctx
        .old
        .tables
        .get(table)
        .filter(|_| ctx.new.tables.contains_key(table))
        .map(|t| {
            t.columns
                .iter()
                .filter(|c| {
                    ctx.new
                        .tables
                        .get(table)
                        .and_then(|n| n.column(&c.name))
                        .is_none()
                })
                .map(|c| Key::Column(table.clone(), c.name.clone()))
                .collect()
        })
        .unwrap_or_default();
    (needs, gone)
}

/// A temporary CHECK's name: `<table>_<what>`, cut to 63 bytes.
fn check_name(table: &QualName, what: &str) -> String {
    let suffix = format!("_{what}");
    pg::clip(&table.name, pg::MAX_IDENT - suffix.len().min(pg::MAX_IDENT)).to_string() + &suffix
}

/// Statements that add CHECK `name` on `table` NOT VALID, validate it, and drop it.
struct Check {
    table: QualName,
    name: String,
    expr: String,
}

impl Check {
    fn add_sql(&self) -> String {
        format!(
            "{} ADD CONSTRAINT {} CHECK {} NOT VALID",
            alter_table(&self.table),
            quote_ident(&self.name),
            self.expr
        )
    }
    fn drop_sql(&self) -> String {
        format!(
            "{} DROP CONSTRAINT {}",
            alter_table(&self.table),
            quote_ident(&self.name)
        )
    }
    /// The expand-phase steps that add it NOT VALID (brief ACCESS EXCLUSIVE) and validate it
    /// (SHARE UPDATE EXCLUSIVE: reads and writes continue), with `why` in their summaries.
    fn steps(&self, why: &str) -> Vec<Step> {
        let key = format!("{}.{}", self.table, self.name);
        let mut add = Step::new(
            Phase::Expand,
            Rank::Constraint,
            &key,
            format!(
                "add CHECK {} on {} (NOT VALID): {why}",
                self.name, self.table
            ),
        )
        .up(self.add_sql())
        .down(self.drop_sql())
        .risk(
            RiskCode::ExclusiveLock,
            Some(Lock::AccessExclusive),
            format!(
                "ACCESS EXCLUSIVE lock on {}, brief: NOT VALID skips the scan",
                self.table
            ),
        );
        add.needs_new.push(Key::Table(self.table.clone()));
        add.creates
            .push(Key::Constraint(self.table.clone(), self.name.clone()));
        let mut validate = Step::new(
            Phase::Expand,
            Rank::Validate,
            &key,
            format!("validate CHECK {} on {}", self.name, self.table),
        )
        .up(format!(
            "{} VALIDATE CONSTRAINT {}",
            alter_table(&self.table),
            quote_ident(&self.name)
        ))
        .tx(Tx::Validate)
        .risk(
            RiskCode::ValidatesScan,
            Some(Lock::ShareUpdateExclusive),
            format!(
                "scans {} under SHARE UPDATE EXCLUSIVE: reads and writes continue",
                self.table
            ),
        );
        validate
            .needs_new
            .push(Key::Constraint(self.table.clone(), self.name.clone()));
        validate
            .creates
            .push(Key::Validated(self.table.clone(), self.name.clone()));
        vec![add, validate]
    }
}

/// The DEFAULT partition of `parent` that ATTACH would scan under ACCESS EXCLUSIVE (it exists
/// before the migration, stays the DEFAULT partition, and is not known to be small), with the
/// CHECK that spares the scan when the bound's partition constraint can be written here.
fn default_guard(
    ctx: &Context,
    parent: &QualName,
    child: &QualName,
    bound: &PartitionBound,
) -> Option<(QualName, Option<Check>)> {
    let d = ctx.new.default_partition(parent)?;
    if &d == child
        || ctx.is_new_table(&d)
        || ctx.is_small(&d)
        || ctx.old.default_partition(parent).as_ref() != Some(&d)
    {
        return None;
    }
    let pt = ctx.new.tables.get(parent)?;
    let check = pt
        .partition_by
        .as_ref()
        .and_then(|k| pg::partition_constraint(pt, k, bound))
        .map(|c| Check {
            table: d.clone(),
            name: check_name(&d, &format!("not_{}", child.name)),
            expr: format!("(NOT {c})"),
        });
    Some((d, check))
}

/// The SQL that creates partition `t` of `schema` on its own: the table with the constraints
/// it inherits and the keys attached to its parent's, its indexes attached to its parent's (as
/// `schema` names them), then its own PRIMARY KEY / UNIQUE / EXCLUDE constraints; and the
/// statement that attaches it. `ATTACH PARTITION` takes the first equal index (in creation
/// order) for each of the parent's, so the ones meant for it exist before any other.
fn create_sql(schema: &Schema, t: &QualName) -> Option<(Vec<String>, String, Vec<Key>)> {
    let table = schema.tables.get(t)?;
    let of = table.partition_of.as_ref()?;
    let (mut shape, indexes) = schema.detached(t)?;
    shape.constraints.retain(|_, c| !is_fk(c));
    let mut keys: Vec<Key> = shape
        .constraints
        .keys()
        .map(|c| Key::Constraint(t.clone(), c.clone()))
        .collect();
    let attached = |name: &str| {
        schema
            .partition_indexes
            .contains_key(&QualName::new(t.schema.clone(), name.to_string()))
            || !table.constraints.contains_key(name)
    };
    let later: Vec<Constraint> = shape
        .constraints
        .values()
        .filter(|c| c.kind.has_index() && !attached(&c.name))
        .cloned()
        .collect();
    for c in &later {
        shape.constraints.remove(&c.name);
    }
    let mut v = vec![pg::create_table(&shape)];
    for i in &indexes {
        v.push(pg::create_index(i, false));
        keys.push(Key::Index(i.name.clone()));
    }
    for c in &later {
        v.push(format!(
            "{} ADD CONSTRAINT {} {}",
            alter_table(t),
            quote_ident(&c.name),
            pg::constraint_body(c)
        ));
    }
    Some((v, attach_sql(&of.parent, t, &of.bound), keys))
}

/// `CreateTable` of a partition.
pub(super) fn create_partition(ctx: &Context, t: &Table) -> Vec<Step> {
    let Some(of) = &t.partition_of else {
        return Vec::new();
    };
    let Some((create, attach, keys)) = create_sql(ctx.new, &t.name) else {
        return Vec::new();
    };
    let mut steps = Vec::new();
    let mut st = Step::new(
        Phase::Expand,
        Rank::Table,
        t.name.to_string(),
        format!(
            "create partition {} of {} ({})",
            t.name,
            of.parent,
            pg::partition_bound_sql(&of.bound)
        ),
    );
    st.up = create;
    st.up.push(attach);
    // detached first: a foreign key to the parent holds on to its partitions
    st.down.push(detach_sql(&of.parent, &t.name, false));
    st.down.push(format!("DROP TABLE {}", qualified(&t.name)));
    if !ctx.is_new_table(&of.parent) {
        let lock = pg::attach_partition_lock(ctx.opts.pg_version);
        if lock == Lock::AccessExclusive {
            st = st.risk(RiskCode::ExclusiveLock, Some(lock), format!(
                "ACCESS EXCLUSIVE lock on {}, brief: ATTACH PARTITION takes SHARE UPDATE EXCLUSIVE only from PostgreSQL 12",
                of.parent
            ));
        }
        if let Some((d, check)) = default_guard(ctx, &of.parent, &t.name, &of.bound) {
            match check {
                Some(c) => {
                    steps.extend(c.steps(&format!(
                        "it spares the scan of the DEFAULT partition when {} is attached",
                        t.name
                    )));
                    st.up.push(c.drop_sql());
                    st.down.insert(0, c.add_sql());
                    st.needs_new.push(Key::Validated(d.clone(), c.name.clone()));
                    st = st.risk(
                        RiskCode::ExclusiveLock,
                        Some(Lock::AccessExclusive),
                        format!(
                            "ACCESS EXCLUSIVE lock on the DEFAULT partition {d}, brief: its validated CHECK spares the scan"
                        ),
                    );
                }
                None => {
                    st = st.risk(RiskCode::BlocksWrites, Some(Lock::AccessExclusive), format!(
                        "scans the DEFAULT partition {d} under ACCESS EXCLUSIVE for rows of the new partition (its bound cannot be written as a CHECK here to spare the scan)"
                    ));
                }
            }
        }
    }
    st.creates.push(Key::Table(t.name.clone()));
    st.creates.push(Key::Partition(t.name.clone()));
    st.creates.extend(
        t.columns
            .iter()
            .map(|c| Key::Column(t.name.clone(), c.name.clone())),
    );
    st.creates.extend(keys);
    st.creates.extend(
        ctx.new
            .partition_indexes
            .values()
            .filter(|p| p.table == t.name)
            .map(|p| Key::Index(p.name.clone())),
    );
    st.needs_new.extend(table_deps(t));
    st.needs_new.extend(parent_keys(ctx.new, &of.parent));
    let (needs, gone) = column_keys(ctx, &of.parent);
    st.needs_new.extend(needs);
    st.after_drop.extend(gone);
    steps.push(st);
    steps
}

/// Whether the parent `parent` can detach a partition CONCURRENTLY (PostgreSQL 14+, and not
/// while it has a DEFAULT partition).
fn detach_concurrently(ctx: &Context, parent: &QualName) -> bool {
    pg::has_detach_concurrently(ctx.opts.pg_version)
        && ctx.old.default_partition(parent).is_none()
        && ctx.new.default_partition(parent).is_none()
}

/// The step that detaches partition `child` of `parent` (bound `bound`) in the contract phase.
fn detach_step(ctx: &Context, child: &QualName, parent: &QualName, bound: &PartitionBound) -> Step {
    let concurrently = detach_concurrently(ctx, parent);
    let mut st = Step::new(
        Phase::Contract,
        Rank::DropTable,
        format!("{child}~detach"),
        format!("detach partition {child} from {parent}"),
    )
    .up(detach_sql(parent, child, concurrently))
    .down(attach_sql(parent, child, bound));
    st = if concurrently {
        st.tx(Tx::Forbidden).risk(
            RiskCode::Concurrently,
            Some(Lock::ShareUpdateExclusive),
            format!(
                "detaches {child} CONCURRENTLY: SHARE UPDATE EXCLUSIVE on {parent} (reads and writes continue), after waiting for the transactions that use it"
            ),
        )
    } else {
        let why = if pg::has_detach_concurrently(ctx.opts.pg_version) {
            format!("{parent} has a DEFAULT partition, which rules out DETACH CONCURRENTLY")
        } else {
            format!(
                "DETACH CONCURRENTLY needs PostgreSQL 14 (--pg-version {})",
                ctx.opts.pg_version
            )
        };
        st.risk(
            RiskCode::ExclusiveLock,
            Some(Lock::AccessExclusive),
            format!("ACCESS EXCLUSIVE lock on {parent} and {child}, brief: {why}"),
        )
    };
    st.needs_old.push(Key::Table(child.clone()));
    // before the parent's indexes and inherited constraints go: the partition keeps its copies
    st.needs_old.extend(parent_keys(ctx.old, parent));
    // its own column changes come after (also to the columns it got from its parent)
    for t in [ctx.old.tables.get(child), ctx.new.tables.get(parent)]
        .into_iter()
        .flatten()
    {
        st.needs_old.extend(
            t.columns
                .iter()
                .map(|c| Key::Column(child.clone(), c.name.clone())),
        );
    }
    st.drops.push(Key::Partition(child.clone()));
    // detached once the parent's column changes reached it (unless the parent goes)
    if !ctx.dropped_tables.contains(parent) {
        let (needs, gone) = column_keys(ctx, parent);
        st.needs_new.extend(needs);
        st.after_drop.extend(gone);
    }
    st
}

/// `DropTable` of a partition: detached, then dropped (with its parent, simply dropped first).
pub(super) fn drop_partition(ctx: &Context, t: &Table) -> Vec<Step> {
    let Some(of) = &t.partition_of else {
        return Vec::new();
    };
    let Some((create, attach, keys)) = create_sql(ctx.old, &t.name) else {
        return Vec::new();
    };
    let mut drop = Step::new(
        Phase::Contract,
        Rank::DropTable,
        t.name.to_string(),
        format!("drop partition {}", t.name),
    )
    .up(format!("DROP TABLE {}", qualified(&t.name)))
    .risk(
        RiskCode::DeletesData,
        Some(Lock::AccessExclusive),
        format!("deletes partition {} and its rows", t.name),
    );
    drop.down = create;
    drop.drops.push(Key::Table(t.name.clone()));
    drop.drops.extend(
        t.columns
            .iter()
            .map(|c| Key::Column(t.name.clone(), c.name.clone())),
    );
    drop.drops.extend(keys);
    drop.needs_old = table_deps(t);
    if ctx.dropped_tables.contains(&of.parent) {
        // The parent goes too and takes its partitions along; the down creates it again after.
        drop.summary = format!("drop partition {} with its parent {}", t.name, of.parent);
        drop.up.clear();
        drop.down.push(attach);
        drop.needs_old.push(Key::Table(of.parent.clone()));
        return vec![drop];
    }
    drop.after_drop.push(Key::Partition(t.name.clone()));
    vec![detach_step(ctx, &t.name, &of.parent, &of.bound), drop]
}

/// `DetachPartition`: the table stays, on its own.
pub(super) fn detach(ctx: &Context, table: &QualName, of: &PartitionOf) -> Vec<Step> {
    let mut st = detach_step(ctx, table, &of.parent, &of.bound);
    // What it inherited becomes its own: changes to those wait for the detach.
    if let Some((shape, indexes)) = ctx.old.detached(table) {
        st.needs_old.extend(
            shape
                .constraints
                .keys()
                .map(|c| Key::Constraint(table.clone(), c.clone())),
        );
        st.needs_old
            .extend(indexes.iter().map(|i| Key::Index(i.name.clone())));
        let mut steps = vec![st];
        if detach_concurrently(ctx, &of.parent) {
            // DETACH CONCURRENTLY leaves a CHECK copying the partition constraint behind
            // (PostgreSQL 14-17): the table is to be as the new schema has it.
            let keep: Vec<String> = shape
                .constraints
                .values()
                .filter(|c| matches!(c.kind, ConstraintKind::Check { .. }))
                .map(|c| c.name.clone())
                .chain(
                    ctx.new
                        .tables
                        .get(table)
                        .into_iter()
                        .flat_map(|t| t.constraints.keys().cloned()),
                )
                .collect();
            let mut cleanup = Step::new(
                Phase::Contract,
                Rank::DropConstraint,
                format!("{table}~detached"),
                format!("drop the CHECK DETACH CONCURRENTLY left on {table}"),
            )
            .up(pg::drop_check_constraints_except(table, &keep))
            .risk(
                RiskCode::ExclusiveLock,
                Some(Lock::AccessExclusive),
                format!("ACCESS EXCLUSIVE lock on {table}, brief"),
            );
            // after the detach; what the table gets of its own comes after this too
            cleanup.after_drop.push(Key::Partition(table.clone()));
            cleanup.drops.push(Key::Partition(table.clone()));
            steps.push(cleanup);
        }
        return steps;
    }
    vec![st]
}

/// `AttachPartition`: an existing table becomes a partition, without a validation scan under
/// ACCESS EXCLUSIVE (see the module comment).
pub(super) fn attach(ctx: &Context, table: &QualName, of: &PartitionOf) -> Vec<Step> {
    let parent = &of.parent;
    let mut steps = Vec::new();
    let small = ctx.is_small(table);
    let Some(pt) = ctx.new.tables.get(parent) else {
        return steps;
    };
    // What the table has before: on its own (as detached, if it was a partition).
    let had = ctx.old.detached(table);
    let had_constraint = |name: &str, kind: &ConstraintKind| {
        had.as_ref()
            .and_then(|(t, _)| t.constraints.get(name))
            .is_some_and(|c| &c.kind == kind)
    };
    let had_index = |i: &Index| {
        ctx.old
            .index_definition(&i.name)
            .is_some_and(|d| d.index.table == *table && same_index_definition(&d.index, i))
            || had.as_ref().is_some_and(|(_, ix)| {
                ix.iter()
                    .any(|x| x.name == i.name && same_index_definition(x, i))
            })
    };
    let mut attach = Step::new(
        Phase::Expand,
        Rank::Table,
        format!("{table}~attach"),
        format!(
            "attach {table} to {parent} as a partition ({})",
            pg::partition_bound_sql(&of.bound)
        ),
    );
    let mut down_after: Vec<String> = Vec::new();
    // The parent's CHECKs it lacks, added the safe way (ATTACH requires them); they stay its
    // own after a detach, so the down drops them.
    for c in &ctx.new.inherited_constraints(parent) {
        if had_constraint(&c.name, &c.kind) {
            continue;
        }
        if is_fk(c) {
            // cloned by ATTACH; local after a detach
            down_after.push(format!(
                "{} DROP CONSTRAINT {}",
                alter_table(table),
                quote_ident(&c.name)
            ));
            continue;
        }
        let check = Check {
            table: table.clone(),
            name: c.name.clone(),
            expr: pg::constraint_body(c)
                .trim_start_matches("CHECK ")
                .to_string(),
        };
        if small {
            attach
                .up
                .push(check.add_sql().trim_end_matches(" NOT VALID").to_string());
            down_after.push(check.drop_sql());
        } else {
            steps.extend(check.steps(&format!("{parent} requires it of its partitions")));
            attach
                .needs_new
                .push(Key::Validated(table.clone(), c.name.clone()));
        }
    }
    // The indexes the parent's require, built concurrently first; ATTACH attaches them.
    for pi in ctx
        .new
        .partition_indexes
        .values()
        .filter(|p| &p.table == table)
    {
        let Some(d) = ctx.new.index_definition(&pi.name) else {
            continue;
        };
        if had_index(&d.index)
            || d.constraint
                .as_ref()
                .is_some_and(|c| had_constraint(&pi.name.name, &c.kind))
        {
            continue;
        }
        if small || ctx.new.is_partitioned(table) {
            // built by ATTACH under its lock; a detach leaves it behind
            down_after.push(match &d.constraint {
                Some(_) => format!(
                    "{} DROP CONSTRAINT {}",
                    alter_table(table),
                    quote_ident(&pi.name.name)
                ),
                None => format!("DROP INDEX {}", qualified(&pi.name)),
            });
            continue;
        }
        steps.extend(leaf_index_steps(ctx, &d, &pi.name));
        attach.needs_new.push(match &d.constraint {
            Some(_) => Key::Constraint(table.clone(), pi.name.name.clone()),
            None => Key::Index(pi.name.clone()),
        });
    }
    // ATTACH takes the oldest equal index of the table for each of the parent's: an equal one
    // that is to stay the table's own is dropped before and built again after.
    let clones: Vec<IndexDef> = ctx
        .new
        .partition_indexes
        .values()
        .filter(|p| &p.table == table)
        .filter_map(|p| ctx.new.index_definition(&p.name))
        .collect();
    for own in ctx.old.indexes.values().filter(|i| &i.table == table) {
        let stays = ctx
            .new
            .indexes
            .get(&own.name)
            .is_some_and(|n| n.table == *table && same_index_definition(n, own));
        let conflicts = clones.iter().any(|c| {
            c.index.name != own.name
                && c.constraint.is_none()
                && same_index_definition(&c.index, own)
        });
        if !(stays && conflicts) {
            continue;
        }
        let why = format!(
            "an equal index of the parent's is attached instead of {}",
            own.name
        );
        let mut drop = Step::new(
            Phase::Expand,
            Rank::DropIndex,
            format!("{}~aside", own.name),
            format!(
                "drop index {} concurrently until {table} is attached: {why}",
                own.name
            ),
        )
        .up(format!("DROP INDEX CONCURRENTLY {}", qualified(&own.name)))
        .down(pg::create_index(own, true))
        .tx(Tx::Forbidden)
        .risk(
            RiskCode::Concurrently,
            Some(Lock::ShareUpdateExclusive),
            "drops the index under SHARE UPDATE EXCLUSIVE: reads and writes continue",
        );
        drop.drops.push(Key::Index(own.name.clone()));
        drop.needs_old.push(Key::Table(table.clone()));
        attach.after_drop.push(Key::Index(own.name.clone()));
        steps.push(drop);
        let mut again = concurrent_index_build(
            ctx,
            own,
            format!("build index {} of {table} again concurrently", own.name),
        );
        for st in &mut again {
            st.needs_new.push(Key::Partition(table.clone()));
        }
        steps.extend(again);
    }
    // Its own partition constraint as a validated CHECK: ATTACH then skips its scan.
    let bound_check = (!small && !ctx.new.is_partitioned(table))
        .then(|| {
            pt.partition_by
                .as_ref()
                .and_then(|k| pg::partition_constraint(pt, k, &of.bound))
        })
        .flatten()
        .map(|expr| Check {
            table: table.clone(),
            name: check_name(table, "partition_bound"),
            expr,
        });
    let guard = default_guard(ctx, parent, table, &of.bound);
    attach.up.push(attach_sql(parent, table, &of.bound));
    let mut down = vec![detach_sql(parent, table, false)];
    down.extend(down_after);
    match &bound_check {
        Some(c) => {
            steps.extend(c.steps(&format!(
                "it spares the validation scan when {table} is attached"
            )));
            attach.up.push(c.drop_sql());
            down.push(c.add_sql());
            attach
                .needs_new
                .push(Key::Validated(table.clone(), c.name.clone()));
            attach = attach.risk(
                RiskCode::ExclusiveLock,
                Some(Lock::AccessExclusive),
                format!(
                    "ACCESS EXCLUSIVE lock on {table}, brief: its validated CHECK spares the scan"
                ),
            );
        }
        None if small => {
            attach = attach.small_table_risk(
                RiskCode::BlocksWrites,
                Some(Lock::AccessExclusive),
                format!("scans {table} under ACCESS EXCLUSIVE to check its rows fit the bound (a small table: brief)"),
            );
        }
        None => {
            attach = attach.risk(
                RiskCode::BlocksWrites,
                Some(Lock::AccessExclusive),
                format!("scans {table} under ACCESS EXCLUSIVE to check its rows fit the bound (it cannot be written as a CHECK here to spare the scan)"),
            );
        }
    }
    if let Some((d, check)) = guard {
        match check {
            Some(c) => {
                steps.extend(c.steps(&format!(
                    "it spares the scan of the DEFAULT partition when {table} is attached"
                )));
                attach.up.push(c.drop_sql());
                down.push(c.add_sql());
                attach
                    .needs_new
                    .push(Key::Validated(d.clone(), c.name.clone()));
                attach = attach.risk(
                    RiskCode::ExclusiveLock,
                    Some(Lock::AccessExclusive),
                    format!(
                        "ACCESS EXCLUSIVE lock on the DEFAULT partition {d}, brief: its validated CHECK spares the scan"
                    ),
                );
            }
            None => {
                attach = attach.risk(
                    RiskCode::BlocksWrites,
                    Some(Lock::AccessExclusive),
                    format!(
                        "scans the DEFAULT partition {d} under ACCESS EXCLUSIVE for rows of {table}"
                    ),
                );
            }
        }
    }
    let lock = pg::attach_partition_lock(ctx.opts.pg_version);
    if lock == Lock::AccessExclusive {
        attach = attach.risk(RiskCode::ExclusiveLock, Some(lock), format!(
            "ACCESS EXCLUSIVE lock on {parent}: ATTACH PARTITION takes SHARE UPDATE EXCLUSIVE only from PostgreSQL 12"
        ));
    }
    attach.down = down;
    attach.creates.push(Key::Partition(table.clone()));
    attach.needs_new.extend(parent_keys(ctx.new, parent));
    attach.needs_new.push(Key::Table(table.clone()));
    // attached once its columns and its parent's match
    for t in [table, parent] {
        let (needs, gone) = column_keys(ctx, t);
        attach.needs_new.extend(needs);
        attach.after_drop.extend(gone);
    }
    attach.after_drop.push(Key::Partition(table.clone()));
    steps.push(attach);
    steps
}

/// The steps that build index `d` (named `name`) of a leaf partition without blocking writes:
/// CONCURRENTLY, and for a PRIMARY KEY / UNIQUE constraint's index, the constraint on top
/// (`USING INDEX`, a brief ACCESS EXCLUSIVE).
fn leaf_index_steps(ctx: &Context, d: &IndexDef, name: &QualName) -> Vec<Step> {
    let index = Index {
        name: name.clone(),
        comment: None,
        directives: Directives::default(),
        ..d.index.clone()
    };
    let table = index.table.clone();
    let mut steps = concurrent_index_build(
        ctx,
        &index,
        format!("build index {name} of partition {table} concurrently"),
    );
    let Some(c) = &d.constraint else {
        return steps;
    };
    let is_pk = matches!(c.kind, ConstraintKind::PrimaryKey { .. });
    let at = alter_table(&table);
    let mut add = Step::new(
        Phase::Expand,
        Rank::Constraint,
        format!("{table}.{}", name.name),
        format!(
            "make index {name} the {} of {table}",
            if is_pk {
                "primary key"
            } else {
                "unique constraint"
            }
        ),
    )
    .up(format!(
        "{at} ADD CONSTRAINT {} {} USING INDEX {}{}",
        quote_ident(&name.name),
        if is_pk { "PRIMARY KEY" } else { "UNIQUE" },
        quote_ident(&name.name),
        deferrable_sql(c)
    ))
    .down(format!(
        "{at} DROP CONSTRAINT IF EXISTS {}",
        quote_ident(&name.name)
    ))
    .risk(
        RiskCode::ExclusiveLock,
        Some(Lock::AccessExclusive),
        format!("ACCESS EXCLUSIVE lock on {table}, brief: the index is already built"),
    );
    add.needs_new.push(Key::Index(name.clone()));
    if let ConstraintKind::PrimaryKey { columns, .. } = &c.kind {
        // its columns are NOT NULL first (on the parent, which recurses)
        let parent = ctx
            .new
            .tables
            .get(&table)
            .and_then(|t| t.partition_of.as_ref())
            .map(|o| o.parent.clone());
        for col in columns {
            add.needs_new.push(Key::NotNull(table.clone(), col.clone()));
            if let Some(p) = &parent {
                add.needs_new.push(Key::NotNull(p.clone(), col.clone()));
            }
        }
    }
    add.creates
        .push(Key::Constraint(table.clone(), name.name.clone()));
    steps.push(add);
    steps
}

/// The indexes attached (recursively) to `index` on partitions that exist before the
/// migration and stay partitions of the same parent: (partition index, its definition, its
/// parent index), parents before their partitions'.
fn kept_clones(ctx: &Context, index: &QualName) -> Vec<(QualName, IndexDef, QualName)> {
    let mut out = Vec::new();
    let mut todo = vec![index.clone()];
    while let Some(p) = todo.pop() {
        for pi in ctx.new.attached_to(&p) {
            let kept = !ctx.is_new_table(&pi.table)
                && ctx
                    .old
                    .tables
                    .get(&pi.table)
                    .and_then(|t| t.partition_of.as_ref())
                    == ctx
                        .new
                        .tables
                        .get(&pi.table)
                        .and_then(|t| t.partition_of.as_ref());
            if !kept {
                continue;
            }
            if let Some(d) = ctx.new.index_definition(&pi.name) {
                out.push((pi.name.clone(), d, p.clone()));
                todo.push(pi.name.clone());
            }
        }
    }
    out
}

/// Whether the old schema has index `name` on the same table with the same definition, as an
/// index of its own (or a constraint's, for a constraint's index), not attached to anything.
fn adopted(ctx: &Context, name: &QualName, d: &IndexDef) -> bool {
    !ctx.old.partition_indexes.contains_key(name)
        && ctx.old.index_definition(name).is_some_and(|o| {
            o.index.table == d.index.table
                && same_index_definition(&o.index, &d.index)
                && o.constraint.as_ref().map(|c| &c.kind).is_some() == d.constraint.is_some()
        })
}

/// The statement that creates the index or constraint of an adopted index again as the
/// partition's own (for a down, after the parent's went, taking it along).
fn recreate_own_sql(name: &QualName, d: &IndexDef) -> String {
    match &d.constraint {
        None => pg::create_index(
            &Index {
                name: name.clone(),
                ..d.index.clone()
            },
            false,
        ),
        Some(c) => format!(
            "{} ADD CONSTRAINT {} {}",
            alter_table(&d.index.table),
            quote_ident(&name.name),
            pg::constraint_body(c)
        ),
    }
}

/// The SQL that builds index `i` of partitioned table and its partitions' (existing ones, under
/// the new schema's names) in one transaction, without CONCURRENTLY: ON ONLY the parent, each
/// partition's, then attached.
fn index_tree_sql(
    ctx: &Context,
    schema: &Schema,
    i: &Index,
    parents: &[(QualName, IndexDef, QualName)],
    with_own: bool,
) -> Vec<String> {
    let mut v = vec![create_index_only(i)];
    for (name, d, _) in parents {
        if schema
            .tables
            .get(&d.index.table)
            .is_some_and(|t| t.constraints.contains_key(&name.name))
        {
            // the partition's own constraint's index: made with its constraint (here, or by
            // its own step)
            if with_own {
                v.push(own_index_sql(schema, name, d));
            }
            continue;
        }
        let idx = Index {
            name: name.clone(),
            ..d.index.clone()
        };
        v.push(
            if ctx.old.is_partitioned(&idx.table) || ctx.new.is_partitioned(&idx.table) {
                create_index_only(&idx)
            } else {
                pg::create_index(&idx, false)
            },
        );
    }
    for (name, _, p) in parents.iter().rev() {
        v.push(format!(
            "ALTER INDEX {} ATTACH PARTITION {}",
            qualified(p),
            qualified(name)
        ));
    }
    v
}

/// `CREATE INDEX ... ON ONLY table`.
fn create_index_only(i: &Index) -> String {
    let sql = pg::create_index(i, false);
    let on = format!(" ON {} ", qualified(&i.table));
    sql.replacen(&on, &format!(" ON ONLY {} ", qualified(&i.table)), 1)
}

/// `CreateIndex` on a partitioned table.
pub(super) fn create_index(ctx: &Context, i: &Index) -> Vec<Step> {
    let table = &i.table;
    if ctx.is_new_table(table) {
        // Its partitions do not exist yet: each is created with its own, then attached.
        let mut st = Step::new(
            Phase::Expand,
            Rank::Index,
            i.name.to_string(),
            format!("create index {}", i.name),
        )
        .up(pg::create_index(i, false))
        .down(format!("DROP INDEX {}", qualified(&i.name)));
        st.creates.push(Key::Index(i.name.clone()));
        st.needs_new = index_deps(i);
        return vec![st];
    }
    let clones = kept_clones(ctx, &i.name);
    let mut only = Step::new(
        Phase::Expand,
        Rank::Index,
        i.name.to_string(),
        format!(
            "create index {} on {table} only (invalid until its partitions' are attached)",
            i.name
        ),
    )
    .up(create_index_only(i))
    .down(format!("DROP INDEX IF EXISTS {}", qualified(&i.name)))
    .risk(
        RiskCode::ExclusiveLock,
        Some(Lock::Share),
        format!("SHARE lock on {table}, brief: ON ONLY builds nothing"),
    );
    // valid (what a foreign key over it needs) once its partitions' are attached
    only.creates.push(Key::IndexOnly(i.name.clone()));
    only.needs_new = index_deps(i);
    // an index of that name this migration drops goes first
    only.after_drop.push(Key::Index(i.name.clone()));
    if ctx.is_small(table) {
        // One transaction builds them all: brief on a small table.
        only.summary = format!("create index {} on {table} and its partitions", i.name);
        only.up = index_tree_sql(ctx, ctx.new, i, &clones, false);
        only.down = vec![format!("DROP INDEX {}", qualified(&i.name))];
        only.risks = vec![Risk::new(
            RiskCode::BlocksWrites,
            Some(Lock::Share),
            format!("SHARE lock on {table} and its partitions while the indexes are built (a small table: brief)"),
        )
        .on_small_table()];
        only.down.extend(
            clones
                .iter()
                .filter(|(n, d, _)| adopted(ctx, n, d))
                .map(|(n, d, _)| recreate_own_sql(n, d)),
        );
        only.creates
            .extend(clones.iter().map(|(n, _, _)| Key::Index(n.clone())));
        only.creates.push(Key::Index(i.name.clone()));
        return vec![only];
    }
    let mut steps = vec![only];
    let mut attach = Step::new(
        Phase::Expand,
        Rank::Index,
        format!("{}~attach", i.name),
        format!("attach the partitions' indexes to {}", i.name),
    );
    attach
        .down
        .push(format!("DROP INDEX {}", qualified(&i.name)));
    for (name, d, p) in &clones {
        let leaf = !ctx.new.is_partitioned(&d.index.table);
        let own = ctx
            .new
            .tables
            .get(&d.index.table)
            .is_some_and(|t| t.constraints.contains_key(&name.name));
        if own {
            // the partition's own constraint's index: built by its constraint; the down
            // takes it off first (the parent's index cannot go while it holds on to it)
            attach
                .needs_new
                .push(Key::Constraint(d.index.table.clone(), name.name.clone()));
            if let Some(c) = ctx
                .new
                .tables
                .get(&d.index.table)
                .and_then(|t| t.constraints.get(&name.name))
            {
                // DROP INDEX ... CASCADE takes the constraint along: it is added back after
                attach.down[0] = format!("DROP INDEX {} CASCADE", qualified(&i.name));
                attach.down.push(format!(
                    "{} ADD CONSTRAINT {} {}",
                    alter_table(&d.index.table),
                    quote_ident(&name.name),
                    pg::constraint_body(c)
                ));
            }
        } else if adopted(ctx, name, d) {
            attach.down.push(recreate_own_sql(name, d));
        } else if leaf {
            steps.extend(concurrent_index_build(
                ctx,
                &Index {
                    name: name.clone(),
                    ..d.index.clone()
                },
                format!(
                    "build index {name} of partition {} concurrently",
                    d.index.table
                ),
            ));
        } else {
            let mut st = Step::new(
                Phase::Expand,
                Rank::Index,
                name.to_string(),
                format!("create index {name} on {} only", d.index.table),
            )
            .up(create_index_only(&Index {
                name: name.clone(),
                ..d.index.clone()
            }))
            .down(format!("DROP INDEX IF EXISTS {}", qualified(name)))
            .risk(
                RiskCode::ExclusiveLock,
                Some(Lock::Share),
                format!(
                    "SHARE lock on {}, brief: ON ONLY builds nothing",
                    d.index.table
                ),
            );
            st.creates.push(Key::IndexOnly(name.clone()));
            st.needs_new.push(Key::Table(d.index.table.clone()));
            st.after_drop.push(Key::Index(name.clone()));
            steps.push(st);
        }
        for k in [name, p] {
            attach.needs_new.push(Key::Index(k.clone()));
            attach.needs_new.push(Key::IndexOnly(k.clone()));
        }
    }
    attach.creates.push(Key::Index(i.name.clone()));
    // deepest first: a partitioned partition's index is valid once its own are attached
    for (name, _, p) in clones.iter().rev() {
        attach.up.push(format!(
            "ALTER INDEX {} ATTACH PARTITION {}",
            qualified(p),
            qualified(name)
        ));
    }
    if attach.up.is_empty() {
        steps[0].creates.push(Key::Index(i.name.clone()));
        return steps;
    }
    attach = attach.risk(
        RiskCode::ExclusiveLock,
        Some(Lock::AccessExclusive),
        format!(
            "ACCESS EXCLUSIVE lock on each partition's index, brief; SHARE UPDATE EXCLUSIVE on {}",
            i.name
        ),
    );
    steps.push(attach);
    steps
}

/// `DropIndex` of a partitioned table's index: it takes its partitions' indexes with it; it
/// cannot be dropped CONCURRENTLY.
pub(super) fn drop_index(ctx: &Context, i: &Index) -> Vec<Step> {
    let mut all = Vec::new();
    let mut todo = vec![i.name.clone()];
    while let Some(p) = todo.pop() {
        for pi in ctx.old.attached_to(&p) {
            if let Some(d) = ctx.old.index_definition(&pi.name) {
                all.push((pi.name.clone(), d, p.clone()));
                todo.push(pi.name.clone());
            }
        }
    }
    // The down builds it again with the partitions that are still (or again) its partitions.
    let kept: Vec<(QualName, IndexDef, QualName)> = all
        .iter()
        .filter(|(_, d, _)| {
            ctx.old
                .tables
                .get(&d.index.table)
                .and_then(|t| t.partition_of.as_ref())
                == ctx
                    .new
                    .tables
                    .get(&d.index.table)
                    .and_then(|t| t.partition_of.as_ref())
        })
        .cloned()
        .collect();
    let mut st = Step::new(
        Phase::Contract,
        Rank::DropIndex,
        i.name.to_string(),
        format!("drop index {} with its partitions' indexes", i.name),
    )
    .up(format!("DROP INDEX {}", qualified(&i.name)))
    .risk(
        RiskCode::ExclusiveLock,
        Some(Lock::AccessExclusive),
        format!(
            "ACCESS EXCLUSIVE lock on {} and its partitions, brief (an index of a partitioned table cannot be dropped CONCURRENTLY)",
            i.table
        ),
    );
    st.down = index_tree_sql(ctx, ctx.old, i, &kept, true);
    st.drops.push(Key::Index(i.name.clone()));
    st.drops
        .extend(all.iter().map(|(n, _, _)| Key::Index(n.clone())));
    // a partition's own constraint whose index is attached to it goes along (CASCADE)
    let own: Vec<Key> = all
        .iter()
        .filter(|(n, d, _)| own_constraint(ctx.old, &d.index.table, n))
        .map(|(n, d, _)| Key::Constraint(d.index.table.clone(), n.name.clone()))
        .collect();
    if !own.is_empty() {
        st.up = vec![format!("DROP INDEX {} CASCADE", qualified(&i.name))];
        st.drops.extend(own);
    }
    st.needs_old = index_deps_in(i, ctx.old);
    for (_, d, _) in &all {
        if !kept.iter().any(|(_, k, _)| k.index.table == d.index.table) {
            // a partition leaving: it goes first, so the down finds it back in place
            st.after_drop.push(Key::Partition(d.index.table.clone()));
        }
    }
    vec![st]
}

/// Whether `name` is the index of a constraint of partition `table` itself (attached to a
/// plain index of its parent).
fn own_constraint(schema: &Schema, table: &QualName, name: &QualName) -> bool {
    schema
        .tables
        .get(table)
        .is_some_and(|t| t.constraints.contains_key(&name.name))
}

/// Whether `DropConstraint` of `c` on partition `table` has nothing to do: its index is
/// attached to a plain index of the parent that this migration drops, which takes it along.
pub(super) fn dropped_with_parent_index(ctx: &Context, table: &QualName, c: &Constraint) -> bool {
    let name = c.index_name(table);
    let Some(pi) = ctx.old.partition_indexes.get(&name) else {
        return false;
    };
    let mut root = pi.parent.clone();
    while let Some(p) = ctx.old.partition_indexes.get(&root) {
        root = p.parent.clone();
    }
    ctx.old.indexes.contains_key(&root)
        && ctx
            .new
            .index_definition(&root)
            .is_none_or(|d| d.constraint.is_some())
}

/// The SQL that puts index (or constraint) `parent` back the way `schema` has it, with the
/// partitions' indexes `schema` attaches to it, after it was dropped with them: `ON ONLY` the
/// table, each partition's built (in the transaction) and attached.
fn rebuild_attached_sql(schema: &Schema, parent: &QualName) -> Vec<String> {
    let Some(pd) = schema.index_definition(parent) else {
        return Vec::new();
    };
    let mut v = vec![match &pd.constraint {
        None => create_index_only(&pd.index),
        Some(c) => format!(
            "{} ADD CONSTRAINT {} {}",
            alter_table_only(&pd.index.table),
            quote_ident(&parent.name),
            pg::constraint_body(c)
        ),
    }];
    for pi in schema.attached_to(parent) {
        let Some(d) = schema.index_definition(&pi.name) else {
            continue;
        };
        v.push(own_index_sql(schema, &pi.name, &d));
        v.push(format!(
            "ALTER INDEX {} ATTACH PARTITION {}",
            qualified(parent),
            qualified(&pi.name)
        ));
    }
    v
}

/// `ALTER TABLE ONLY t`.
fn alter_table_only(t: &QualName) -> String {
    format!("ALTER TABLE ONLY {}", qualified(t))
}

/// The statement that creates index `name` of a partition (definition `d`) as the
/// partition's own, in a transaction: a constraint's with its constraint.
fn own_index_sql(schema: &Schema, name: &QualName, d: &IndexDef) -> String {
    let index = Index {
        name: name.clone(),
        ..d.index.clone()
    };
    let own = schema
        .tables
        .get(&index.table)
        .and_then(|t| t.constraints.get(&name.name));
    match own.or(d.constraint.as_ref()) {
        Some(c) => format!(
            "{} ADD CONSTRAINT {} {}",
            alter_table_only(&index.table),
            quote_ident(&name.name),
            pg::constraint_body(c)
        ),
        None if schema.is_partitioned(&index.table) => create_index_only(&index),
        None => pg::create_index(&index, false),
    }
}

/// `AttachIndexes` (and, the other way, `DetachIndexes`): indexes of partitions attached to
/// index `parent`, which exists before and after. An equal index the partition has is attached
/// (a plain unique one made the constraint's first, `USING INDEX`); a missing one is built
/// `CONCURRENTLY` first. PostgreSQL cannot detach them again: the down drops `parent` with its
/// partitions' indexes and builds it again as it was (`ON ONLY`, the ones attached before).
pub(super) fn attach_indexes(
    ctx: &Context,
    parent: &QualName,
    indexes: &[PartitionIndex],
    detach: bool,
) -> Vec<Step> {
    // `with` has them attached, `without` not
    let (with, without) = if detach {
        (ctx.old, ctx.new)
    } else {
        (ctx.new, ctx.old)
    };
    let Some(pd) = with.index_definition(parent) else {
        return Vec::new();
    };
    let mut steps = Vec::new();
    let mut st = Step::new(
        if detach {
            Phase::Contract
        } else {
            Phase::Expand
        },
        Rank::Index,
        format!("{parent}~attach"),
        format!(
            "attach {} to {parent}",
            indexes
                .iter()
                .map(|p| p.name.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        ),
    );
    let mut attach = Vec::new();
    let mut restore = Vec::new();
    for pi in indexes {
        let Some(d) = with.index_definition(&pi.name) else {
            continue;
        };
        let table = &pi.table;
        match without.index_definition(&pi.name) {
            Some(o) if o.index.table == *table && same_index_definition(&o.index, &d.index) => {
                if o.constraint.is_none()
                    && let Some(c) = &d.constraint
                {
                    attach.push(format!(
                        "{} ADD CONSTRAINT {} {} USING INDEX {}",
                        alter_table(table),
                        quote_ident(&pi.name.name),
                        if matches!(c.kind, ConstraintKind::PrimaryKey { .. }) {
                            "PRIMARY KEY"
                        } else {
                            "UNIQUE"
                        },
                        quote_ident(&pi.name.name)
                    ));
                }
                restore.push(own_index_sql(without, &pi.name, &o));
            }
            _ if detach || with.is_partitioned(table) || ctx.is_small(table) => {
                attach.push(own_index_sql(with, &pi.name, &d));
            }
            _ => {
                steps.extend(leaf_index_steps(ctx, &d, &pi.name));
                st.needs_new.push(match &d.constraint {
                    Some(_) => Key::Constraint(table.clone(), pi.name.name.clone()),
                    None => Key::Index(pi.name.clone()),
                });
            }
        }
        attach.push(format!(
            "ALTER INDEX {} ATTACH PARTITION {}",
            qualified(parent),
            qualified(&pi.name)
        ));
        st.needs_new.push(Key::Table(table.clone()));
    }
    // undone: the parent's index (its partitions' with it) built again as it was before
    let mut rebuild = vec![match &pd.constraint {
        None => format!("DROP INDEX {}", qualified(parent)),
        Some(_) => format!(
            "{} DROP CONSTRAINT {}",
            alter_table(&pd.index.table),
            quote_ident(&parent.name)
        ),
    }];
    rebuild.extend(rebuild_attached_sql(without, parent));
    rebuild.extend(restore);
    let (up, down) = if detach {
        (rebuild, attach)
    } else {
        (attach, rebuild)
    };
    st.up = up;
    st.down = down;
    st = st.risk(
        RiskCode::ExclusiveLock,
        Some(Lock::AccessExclusive),
        format!(
            "ACCESS EXCLUSIVE lock on each partition's index, brief; SHARE UPDATE EXCLUSIVE on {parent}"
        ),
    );
    st.needs_new.push(match &pd.constraint {
        Some(_) => Key::Constraint(pd.index.table.clone(), parent.name.clone()),
        None => Key::Index(parent.clone()),
    });
    steps.push(st);
    steps
}

/// Whether `AddConstraint` of `c` on `table` takes the partitioned path: a PRIMARY KEY, UNIQUE
/// or FOREIGN KEY constraint on an existing partitioned table not known to be small.
pub(super) fn adds_key(ctx: &Context, table: &QualName, c: &Constraint) -> bool {
    partitioned(ctx.new, table)
        && !ctx.is_new_table(table)
        && !ctx.is_small(table)
        && matches!(
            c.kind,
            ConstraintKind::PrimaryKey { .. }
                | ConstraintKind::Unique { .. }
                | ConstraintKind::ForeignKey { .. }
        )
}

/// The partitions of `table` (recursively) that exist before the migration and stay its
/// partitions: parents before their partitions.
fn kept_partitions(ctx: &Context, table: &QualName) -> Vec<QualName> {
    let mut out = Vec::new();
    let mut todo = vec![table.clone()];
    while let Some(t) = todo.pop() {
        for p in ctx.new.partitions_of(&t) {
            let kept = !ctx.is_new_table(&p)
                && ctx.old.tables.get(&p).and_then(|x| x.partition_of.as_ref())
                    == ctx.new.tables.get(&p).and_then(|x| x.partition_of.as_ref());
            if kept {
                out.push(p.clone());
                todo.push(p);
            }
        }
    }
    out
}

/// `AddConstraint` of a PRIMARY KEY / UNIQUE / FOREIGN KEY on an existing partitioned table.
pub(super) fn add_key(ctx: &Context, table: &QualName, c: &Constraint) -> Vec<Step> {
    let key = format!("{table}.{}", c.name);
    let body = pg::constraint_body(c);
    let mut steps = Vec::new();
    let mut add = Step::new(
        Phase::Expand,
        Rank::Constraint,
        &key,
        format!(
            "add constraint {} on {table} (its partitions' are in place)",
            c.name
        ),
    );
    if is_fk(c) {
        // NOT VALID is not supported on a partitioned table: each leaf partition gets the
        // foreign key NOT VALID and validates it; the parent's then attaches them.
        let mut intermediate = Vec::new();
        for p in kept_partitions(ctx, table) {
            if ctx.new.is_partitioned(&p) {
                intermediate.push(p);
                continue;
            }
            let mut st = Step::new(
                Phase::Expand,
                Rank::Constraint,
                format!("{p}.{}", c.name),
                format!("add constraint {} on partition {p} (NOT VALID)", c.name),
            )
            .up(format!(
                "{} ADD CONSTRAINT {} {body} NOT VALID",
                alter_table(&p),
                quote_ident(&c.name)
            ))
            .down(format!(
                "{} DROP CONSTRAINT IF EXISTS {}",
                alter_table(&p),
                quote_ident(&c.name)
            ))
            .risk(RiskCode::ExclusiveLock, Some(Lock::ShareRowExclusive), format!(
                "SHARE ROW EXCLUSIVE lock on {p} and the referenced table, brief: NOT VALID skips the scan"
            ));
            st.needs_new = constraint_deps(table, c, ctx.new);
            st.needs_new.push(Key::Table(p.clone()));
            st.creates.push(Key::Constraint(p.clone(), c.name.clone()));
            let mut v = Step::new(
                Phase::Expand,
                Rank::Validate,
                format!("{p}.{}", c.name),
                format!("validate constraint {} on partition {p}", c.name),
            )
            .up(format!(
                "{} VALIDATE CONSTRAINT {}",
                alter_table(&p),
                quote_ident(&c.name)
            ))
            .tx(Tx::Validate)
            .risk(
                RiskCode::ValidatesScan,
                Some(Lock::ShareUpdateExclusive),
                format!("scans {p} under SHARE UPDATE EXCLUSIVE: reads and writes continue"),
            );
            v.needs_new.push(Key::Constraint(p.clone(), c.name.clone()));
            v.creates.push(Key::Validated(p.clone(), c.name.clone()));
            add.needs_new
                .push(Key::Validated(p.clone(), c.name.clone()));
            steps.push(st);
            steps.push(v);
        }
        for p in intermediate.iter().rev() {
            add.up.push(format!(
                "{} ADD CONSTRAINT {} {body}",
                alter_table(p),
                quote_ident(&c.name)
            ));
        }
        add.up.push(format!(
            "{} ADD CONSTRAINT {} {body}",
            alter_table(table),
            quote_ident(&c.name)
        ));
        add.down.push(format!(
            "{} DROP CONSTRAINT {}",
            alter_table(table),
            quote_ident(&c.name)
        ));
        add = add.risk(
            RiskCode::ExclusiveLock,
            Some(Lock::ShareRowExclusive),
            format!("SHARE ROW EXCLUSIVE lock on {table}, its partitions and the referenced table, brief: the partitions' foreign keys are validated already"),
        );
    } else {
        // Each partition's index is built CONCURRENTLY and made its constraint; the parent's
        // constraint then attaches them.
        let clones = kept_clones(ctx, &c.index_name(table));
        let mut intermediate = Vec::new();
        for (name, d, _) in &clones {
            let t = &d.index.table;
            if ctx.new.is_partitioned(t) {
                intermediate.push((name.clone(), t.clone()));
                continue;
            }
            if adopted(ctx, name, d) {
                add.down.push(recreate_own_sql(name, d));
                continue;
            }
            if let Some(o) = ctx.old.index_definition(name)
                && o.constraint.is_none()
                && !ctx.old.partition_indexes.contains_key(name)
                && o.index.table == *t
                && same_index_definition(&o.index, &d.index)
            {
                // its equal unique index becomes its constraint's
                add.up.push(format!(
                    "{} ADD CONSTRAINT {} {} USING INDEX {}",
                    alter_table(t),
                    quote_ident(&name.name),
                    if matches!(c.kind, ConstraintKind::PrimaryKey { .. }) {
                        "PRIMARY KEY"
                    } else {
                        "UNIQUE"
                    },
                    quote_ident(&name.name)
                ));
                add.down.push(pg::create_index(&o.index, false));
                continue;
            }
            steps.extend(leaf_index_steps(ctx, d, name));
            add.needs_new
                .push(Key::Constraint(t.clone(), name.name.clone()));
        }
        for (name, t) in intermediate.iter().rev() {
            add.up.push(format!(
                "{} ADD CONSTRAINT {} {body}",
                alter_table(t),
                quote_ident(&name.name)
            ));
        }
        add.up.push(format!(
            "{} ADD CONSTRAINT {} {body}",
            alter_table(table),
            quote_ident(&c.name)
        ));
        add.down.insert(
            0,
            format!(
                "{} DROP CONSTRAINT {}",
                alter_table(table),
                quote_ident(&c.name)
            ),
        );
        add = add.risk(
            RiskCode::ExclusiveLock,
            Some(Lock::AccessExclusive),
            format!("ACCESS EXCLUSIVE lock on {table} and its partitions, brief: the partitions' unique indexes are built already"),
        );
        if let ConstraintKind::PrimaryKey { columns, .. } = &c.kind {
            add.needs_new.extend(
                columns
                    .iter()
                    .map(|col| Key::NotNull(table.clone(), col.clone())),
            );
        }
        add.creates.extend(
            clones
                .iter()
                .map(|(n, d, _)| Key::Constraint(d.index.table.clone(), n.name.clone())),
        );
    }
    add.creates
        .push(Key::Constraint(table.clone(), c.name.clone()));
    add.needs_new.extend(constraint_deps(table, c, ctx.new));
    // an index of that name this migration drops goes first
    add.after_drop.push(Key::Index(QualName::new(
        table.schema.clone(),
        c.name.clone(),
    )));
    steps.push(add);
    steps
}

/// Key `k` of a partitioned table's column (or NOT NULL, or the table) as the same key of
/// partition `p`.
fn on_partition(k: &Key, p: &QualName) -> Option<Key> {
    match k {
        Key::Column(_, c) => Some(Key::Column(p.clone(), c.clone())),
        Key::NotNull(_, c) => Some(Key::NotNull(p.clone(), c.clone())),
        Key::Table(_) => Some(Key::Table(p.clone())),
        _ => None,
    }
}

/// What PostgreSQL does to partitions when it does it to their partitioned parent, as keys of
/// the steps: a column added to the parent (or made NOT NULL) is one of each partition's, a
/// column or table of the parent dropped takes each partition's along. Steps on a partition's
/// own objects over such a column are ordered accordingly (an index dropped before the
/// column that takes it along, created after the column it needs).
pub(super) fn implied_keys(ctx: &Context, steps: &mut [Step]) {
    // A table leaving its parent gets its own triggers and constraints once it has left (it
    // still has the ones it inherits until then, under the same names).
    let leaving: HashSet<QualName> = steps
        .iter()
        .flat_map(|s| s.drops.iter())
        .filter_map(|k| match k {
            Key::Partition(t) => Some(t.clone()),
            _ => None,
        })
        .collect();
    for st in steps.iter_mut() {
        let on: Vec<QualName> = st
            .creates
            .iter()
            .filter_map(|k| match k {
                Key::Constraint(t, _) if leaving.contains(t) => Some(t.clone()),
                Key::Trigger(name) => leaving
                    .iter()
                    .find(|t| name.starts_with(&format!("{t}.")))
                    .cloned(),
                _ => None,
            })
            .collect();
        for t in on {
            let k = Key::Partition(t);
            if !st.drops.contains(&k) && !st.creates.contains(&k) && !st.after_drop.contains(&k) {
                st.after_drop.push(k);
            }
        }
    }
    let all = |s: &Schema, t: &QualName| -> Vec<QualName> {
        let mut out = Vec::new();
        let mut todo = s.partitions_of(t);
        while let Some(p) = todo.pop() {
            todo.extend(s.partitions_of(&p));
            out.push(p);
        }
        out
    };
    let kept = |t: &QualName| {
        ctx.old.tables.get(t).and_then(|x| x.partition_of.as_ref())
            == ctx.new.tables.get(t).and_then(|x| x.partition_of.as_ref())
    };
    let mut down_cache: HashMap<QualName, Vec<QualName>> = HashMap::new();
    let mut up_cache: HashMap<QualName, Vec<QualName>> = HashMap::new();
    for st in steps.iter_mut() {
        let mut more_drops = Vec::new();
        for k in &st.drops {
            // a PRIMARY KEY / UNIQUE constraint of a partitioned table takes its partitions'
            if let Key::Constraint(t, c) = k
                && ctx.old.is_partitioned(t)
            {
                let mut todo = vec![QualName::new(t.schema.clone(), c.clone())];
                while let Some(n) = todo.pop() {
                    for pi in ctx.old.attached_to(&n) {
                        more_drops.push(Key::Index(pi.name.clone()));
                        more_drops.push(Key::Constraint(pi.table.clone(), pi.name.name.clone()));
                        todo.push(pi.name.clone());
                    }
                }
            }
            // a table of a partition tree dropped takes its indexes along (names free after)
            if let Key::Table(t) = k
                && ctx.old.in_partition_tree(t)
            {
                more_drops.extend(ctx.old.indexes_on(t).into_iter().map(Key::Index));
                for p in ctx.old.partitions_of(t) {
                    more_drops.extend(ctx.old.indexes_on(&p).into_iter().map(Key::Index));
                }
            }
            let (Key::Column(t, _) | Key::Table(t)) = k else {
                continue;
            };
            if !ctx.old.is_partitioned(t) {
                continue;
            }
            let parts = down_cache
                .entry(t.clone())
                .or_insert_with(|| all(ctx.old, t));
            more_drops.extend(parts.iter().filter_map(|p| on_partition(k, p)));
        }
        let mut more_creates = Vec::new();
        // a column of a partitioned table altered: the partitions' follow (their own changes
        // to it come after)
        if st.rank == Rank::Column {
            for k in &st.needs_new {
                if let Key::Column(t, c) = k
                    && ctx.new.is_partitioned(t)
                    && !ctx.is_new_table(t)
                {
                    let parts = up_cache.entry(t.clone()).or_insert_with(|| {
                        all(ctx.new, t).into_iter().filter(|p| kept(p)).collect()
                    });
                    more_creates.extend(parts.iter().map(|p| Key::Column(p.clone(), c.clone())));
                }
            }
        }
        for k in &st.creates {
            let (Key::Column(t, _) | Key::NotNull(t, _)) = k else {
                continue;
            };
            if !ctx.new.is_partitioned(t) || ctx.is_new_table(t) {
                continue;
            }
            let parts = up_cache
                .entry(t.clone())
                .or_insert_with(|| all(ctx.new, t).into_iter().filter(|p| kept(p)).collect());
            more_creates.extend(parts.iter().filter_map(|p| on_partition(k, p)));
        }
        for k in more_drops {
            if !st.drops.contains(&k) {
                st.drops.push(k);
            }
        }
        for k in more_creates {
            if !st.creates.contains(&k) {
                st.creates.push(k);
            }
        }
    }
}

/// A default set or dropped on a column of a partitioned table recurses to its partitions, also
/// to those whose own default was another: the down of that step gives them theirs back (the
/// up's own steps for them come after it; see `diff::partition`).
pub(super) fn restore_partition_defaults(ctx: &Context, steps: &mut [Step]) {
    for st in steps.iter_mut().filter(|s| s.rank == Rank::Column) {
        let mut extra = Vec::new();
        for k in &st.needs_new {
            let Key::Column(t, c) = k else { continue };
            if !ctx.old.is_partitioned(t) || !ctx.new.is_partitioned(t) {
                continue;
            }
            let at = format!("{} ALTER COLUMN {}", alter_table(t), quote_ident(c));
            let sets_default = st.up.iter().any(|u| {
                u.starts_with(&format!("{at} SET DEFAULT ")) || *u == format!("{at} DROP DEFAULT")
            });
            let Some(parent_old) = ctx.old.tables.get(t).and_then(|x| x.column(c)) else {
                continue;
            };
            if !sets_default {
                continue;
            }
            let mut todo = ctx.old.partitions_of(t);
            while let Some(p) = todo.pop() {
                todo.extend(ctx.old.partitions_of(&p));
                let kept = ctx.new.tables.get(&p).and_then(|x| x.partition_of.as_ref())
                    == ctx.old.tables.get(&p).and_then(|x| x.partition_of.as_ref());
                let Some(own) = ctx.old.tables.get(&p).and_then(|x| x.column(c)) else {
                    continue;
                };
                if !kept || own.default == parent_old.default {
                    continue;
                }
                let pat = format!("{} ALTER COLUMN {}", alter_table(&p), quote_ident(c));
                extra.push(match &own.default {
                    Some(d) => format!("{pat} SET DEFAULT {}", d.sql),
                    None => format!("{pat} DROP DEFAULT"),
                });
            }
        }
        st.down.extend(extra);
    }
}

#[cfg(test)]
mod tests {
    use crate::Input;
    use crate::plan::{Plan, PlanOptions};
    use crate::risk::RiskCode;

    fn plan(old: &str, new: &str, pg_version: u32) -> Plan {
        let opts = PlanOptions {
            allow_data_loss: true,
            pg_version,
            ..PlanOptions::default()
        };
        let input = |path: &str, text: &str| Input {
            path: path.into(),
            text: text.into(),
        };
        crate::plan_change(&input("old.sql", old), &input("new.sql", new), &opts).expect("plans")
    }

    fn ups(p: &Plan) -> Vec<String> {
        p.units.iter().flat_map(|u| u.up.clone()).collect()
    }

    const TREE: &str = "CREATE TABLE t (id int NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);
        CREATE TABLE t_2024 PARTITION OF t FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');";

    #[test]
    fn detach_concurrently_only_where_postgres_allows_it() {
        let old = format!(
            "{TREE} CREATE TABLE t_2023 PARTITION OF t FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');"
        );
        let p15 = plan(&old, TREE, 15);
        let detach = p15
            .units
            .iter()
            .find(|u| u.up.iter().any(|s| s.contains("DETACH PARTITION")))
            .expect("a detach");
        assert!(!detach.transactional, "{detach:?}");
        assert_eq!(
            detach.up,
            vec!["ALTER TABLE public.t DETACH PARTITION public.t_2023 CONCURRENTLY"]
        );
        assert!(
            detach
                .risks
                .iter()
                .any(|r| r.code == RiskCode::Concurrently)
        );
        // before PostgreSQL 14, and with a DEFAULT partition: in a transaction, brief lock
        let p13 = plan(&old, TREE, 13);
        assert!(
            ups(&p13).contains(&"ALTER TABLE public.t DETACH PARTITION public.t_2023".to_string())
        );
        let with_default = format!("{old} CREATE TABLE t_other PARTITION OF t DEFAULT;");
        let new_default = format!("{TREE} CREATE TABLE t_other PARTITION OF t DEFAULT;");
        let pd = plan(&with_default, &new_default, 16);
        assert!(
            ups(&pd).contains(&"ALTER TABLE public.t DETACH PARTITION public.t_2023".to_string())
        );
        // the drop waits for the detach and deletes the data
        let all = ups(&p15);
        let d = all.iter().position(|s| s.contains("DETACH")).unwrap();
        let x = all
            .iter()
            .position(|s| s == "DROP TABLE public.t_2023")
            .unwrap();
        assert!(d < x);
    }

    #[test]
    fn attach_takes_the_parents_lock_by_version() {
        let new = format!(
            "{TREE} CREATE TABLE t_2025 PARTITION OF t FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');"
        );
        let p15 = plan(TREE, &new, 15);
        let u = &p15.units[0];
        assert!(
            u.up.iter()
                .any(|s| s.starts_with("CREATE TABLE public.t_2025"))
        );
        assert!(u.up.iter().any(|s| s
            == "ALTER TABLE public.t ATTACH PARTITION public.t_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')"));
        assert!(!u.up.iter().any(|s| s.contains("PARTITION OF")));
        assert!(u.risks.is_empty(), "{:?}", u.risks);
        let p11 = plan(TREE, &new, 11);
        assert!(
            p11.units[0]
                .risks
                .iter()
                .any(|r| r.code == RiskCode::ExclusiveLock && r.message.contains("PostgreSQL 12"))
        );
    }

    #[test]
    fn an_index_of_a_partitioned_table_is_built_per_partition() {
        let new = format!("{TREE} CREATE INDEX t_id_idx ON t (id);");
        let p = plan(TREE, &new, 15);
        let all = ups(&p);
        let pos = |needle: &str| {
            all.iter()
                .position(|s| s.contains(needle))
                .unwrap_or_else(|| panic!("{needle} in {all:#?}"))
        };
        let only = pos("CREATE INDEX t_id_idx ON ONLY public.t");
        let build = pos("CREATE INDEX CONCURRENTLY t_2024_id_idx ON public.t_2024");
        let attach = pos("ALTER INDEX public.t_id_idx ATTACH PARTITION public.t_2024_id_idx");
        assert!(only < build && build < attach);
        let cic = p
            .units
            .iter()
            .find(|u| {
                u.up.iter()
                    .any(|s| s.contains("CONCURRENTLY t_2024_id_idx"))
            })
            .unwrap();
        assert!(!cic.transactional && cic.up.len() == 1);
    }
}
