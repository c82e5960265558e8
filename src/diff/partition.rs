//! Partitioning in the diff: what partitions get from their parent is not diffed as their own.
//!
//! [`prepare`] turns the (renamed) old model into the one the rest of the diff compares with the
//! new model:
//! - names follow renames of parents (tables, columns, indexes, constraints);
//! - a table whose partitioning changes (its key, or partitioned <-> not) cannot be altered in
//!   place: it is rebuilt, dropped with what sits on it (its indexes, triggers, views over it,
//!   foreign keys of other tables to it) and created again, and so are its partitions that stay
//!   its partitions;
//! - a partition moves (`DetachPartition` from its old parent, `AttachPartition` to its new one,
//!   with a new bound): the old model takes what detaching gives it (its inherited constraints
//!   and indexes become its own), then what attaching takes (the new parent's constraints are
//!   inherited, its equal indexes attach to the parent's);
//! - a partition that stays takes the column changes of its parent, which recurse in
//!   PostgreSQL (an added, dropped or retyped column, a default, NOT NULL);
//! - an index or constraint of a partition equal to one the new schema has attached to its
//!   parent's (under the same name) is adopted: it is attached, not dropped and built again.

use super::*;

/// The old model as the diff compares it, and what goes with it.
pub(super) struct Prepared<'a> {
    pub old: Cow<'a, Schema>,
    /// Rebuilt tables as the old model has them, with their indexes, triggers and the views over
    /// them: dropped whole (the rest of the diff creates them again).
    pub gone: Schema,
    /// Changes that go with the rebuilds and partition moves.
    pub changes: Vec<Change>,
}

pub(super) fn prepare<'a>(old: Cow<'a, Schema>, new: &Schema, renames: &[Change]) -> Prepared<'a> {
    if renames.is_empty() && !has_partitions(&old) && !has_partitions(new) {
        return Prepared {
            old,
            gone: Schema::default(),
            changes: Vec::new(),
        };
    }
    // the renamed copy of the old model, adjusted in place
    let mut s = old.into_owned();
    follow_renames(&mut s, renames);
    let mut changes = Vec::new();
    let rebuilt = rebuilt_tables(&s, new);
    // Partitions of a rebuilt table that leave it are detached first, while it is there.
    let leaving: Vec<QualName> = s
        .tables
        .values()
        .filter(|t| {
            !rebuilt.contains(&t.name)
                && new.tables.contains_key(&t.name)
                && t.partition_of
                    .as_ref()
                    .is_some_and(|o| rebuilt.contains(&o.parent))
        })
        .map(|t| t.name.clone())
        .collect();
    for name in &leaving {
        let of = s.tables[name].partition_of.clone().expect("a partition");
        changes.push(Change::DetachPartition {
            table: name.clone(),
            of,
        });
        detach(&mut s, name);
    }
    let gone = split_off(&mut s, &rebuilt, &mut changes);
    // Parents before their partitions: a partition takes its parent's changes as adjusted.
    let mut names: Vec<&QualName> = new
        .tables
        .keys()
        .filter(|n| s.tables.contains_key(*n))
        .collect();
    names.sort_by_key(|n| depth(new, n));
    // the old columns of partitioned partitions, before they took their own parent's changes
    let mut old_columns: HashMap<QualName, Vec<Column>> = HashMap::new();
    for name in names {
        let of_old = s.tables[name].partition_of.clone();
        let of_new = new.tables[name].partition_of.clone();
        match (of_old, of_new) {
            (Some(a), Some(b)) if a == b => {
                inherit_columns(&mut s, new, name, &a.parent, &mut old_columns)
            }
            (a, b) => {
                if let Some(a) = a {
                    // the parent's column changes reach it before it leaves
                    if new.tables.contains_key(&a.parent) && s.tables.contains_key(&a.parent) {
                        inherit_columns(&mut s, new, name, &a.parent, &mut old_columns);
                    }
                    changes.push(Change::DetachPartition {
                        table: name.clone(),
                        of: a,
                    });
                    detach(&mut s, name);
                }
                if let Some(b) = b {
                    attach(&mut s, new, name, &b);
                    changes.push(Change::AttachPartition {
                        table: name.clone(),
                        of: b,
                    });
                }
            }
        }
    }
    attach_missing_indexes(&s, new, &mut changes);
    adopt_indexes(&mut s, new);
    Prepared {
        old: Cow::Owned(s),
        gone,
        changes,
    }
}

/// Whether `s` has a partitioned table or a partition (else there is nothing to prepare).
fn has_partitions(s: &Schema) -> bool {
    !s.partition_indexes.is_empty() || s.tables.values().any(Table::in_partition_tree)
}

/// How deep `name` sits in the new model's partition trees (0: not a partition).
pub(super) fn depth(new: &Schema, name: &QualName) -> usize {
    let mut d = 0;
    let mut n = name;
    while let Some(of) = new.tables.get(n).and_then(|t| t.partition_of.as_ref()) {
        d += 1;
        n = &of.parent;
        if d > new.tables.len() {
            break;
        }
    }
    d
}

/// Whether column `column` of `table` is its parent's in both models (a partition that stays a
/// partition of the same parent, which has the column): what PostgreSQL does to the parent's
/// column it does to this one.
pub(super) fn inherits_column(old: &Schema, new: &Schema, table: &QualName, column: &str) -> bool {
    let parent = |s: &Schema| {
        s.tables
            .get(table)
            .and_then(|t| t.partition_of.as_ref())
            .map(|of| of.parent.clone())
    };
    match (parent(old), parent(new)) {
        (Some(a), Some(b)) if a == b => [old, new]
            .iter()
            .all(|s| s.tables.get(&a).is_some_and(|p| p.column(column).is_some())),
        _ => false,
    }
}

/// Renames of parents (already applied to the old model) followed by what refers to them.
fn follow_renames(s: &mut Schema, renames: &[Change]) {
    // Renames change no table's being a partition: without partitions, a column rename has no
    // partitions to follow it (and needs no scan of every table per rename).
    let any_partition = s.tables.values().any(|t| t.partition_of.is_some());
    for c in renames {
        match c {
            Change::RenameTable { old, new } => {
                s.tables.update(
                    |t| t.partition_of.as_ref().is_some_and(|of| of.parent == *old),
                    |t| {
                        if let Some(of) = &mut t.partition_of {
                            of.parent = new.clone();
                        }
                    },
                );
                for p in s.partition_indexes.values_mut() {
                    if p.table == *old {
                        p.table = new.clone();
                    }
                }
            }
            Change::RenameIndex { old, new } => {
                for p in s.partition_indexes.values_mut() {
                    if p.parent == *old {
                        p.parent = new.clone();
                    }
                }
            }
            Change::RenameConstraint { table, old, new } => {
                let from = QualName::new(table.schema.clone(), old.clone());
                for p in s.partition_indexes.values_mut() {
                    if p.parent == from {
                        p.parent = QualName::new(table.schema.clone(), new.clone());
                    }
                }
            }
            Change::RenameColumn { table, old, new } => {
                // RENAME COLUMN on a partitioned table renames it in its partitions
                if !any_partition {
                    continue;
                }
                let mut todo = s.partitions_of(table);
                if todo.is_empty() {
                    continue;
                }
                let refs = ColumnRefs::of(s);
                while let Some(p) = todo.pop() {
                    todo.extend(s.partitions_of(&p));
                    let Some(t) = s.tables.get_mut(&p) else {
                        continue;
                    };
                    if let Some(col) = t.column_mut(old) {
                        col.name = new.clone();
                        rename_column_refs_with(s, &refs, &p, old, new, true);
                    }
                }
            }
            _ => {}
        }
    }
}

/// Tables of both models whose partitioning changes, with their old partitions that stay
/// partitions of such a table.
fn rebuilt_tables(s: &Schema, new: &Schema) -> BTreeSet<QualName> {
    let mut r: BTreeSet<QualName> = new
        .tables
        .iter()
        .filter(|(n, t)| {
            s.tables
                .get(*n)
                .is_some_and(|o| o.partition_by != t.partition_by)
        })
        .map(|(n, _)| n.clone())
        .collect();
    loop {
        let more: Vec<QualName> = s
            .tables
            .values()
            .filter(|t| {
                !r.contains(&t.name)
                    && t.partition_of
                        .as_ref()
                        .is_some_and(|o| r.contains(&o.parent))
                    && new
                        .tables
                        .get(&t.name)
                        .and_then(|n| n.partition_of.as_ref())
                        .is_some_and(|o| r.contains(&o.parent))
            })
            .map(|t| t.name.clone())
            .collect();
        if more.is_empty() {
            return r;
        }
        r.extend(more);
    }
}

/// Moves the rebuilt tables and what sits on them out of `s`.
fn split_off(s: &mut Schema, r: &BTreeSet<QualName>, changes: &mut Vec<Change>) -> Schema {
    let mut gone = Schema::default();
    if r.is_empty() {
        return gone;
    }
    for name in r {
        if let Some(t) = s.tables.remove(name) {
            gone.tables.insert(name.clone(), t);
        }
    }
    gone.indexes = s.indexes.extract(|i| r.contains(&i.table));
    let (on, off): (BTreeMap<_, _>, BTreeMap<_, _>) = std::mem::take(&mut s.partition_indexes)
        .into_iter()
        .partition(|(_, p)| r.contains(&p.table));
    gone.partition_indexes = on;
    s.partition_indexes = off;
    let (on, off): (BTreeMap<_, _>, BTreeMap<_, _>) = std::mem::take(&mut s.triggers)
        .into_iter()
        .partition(|(_, t)| r.contains(&t.table));
    gone.triggers = on;
    s.triggers = off;
    // Policies go with their table (the rest of the diff creates them again); its privileges
    // go with it too (`diff_privileges` sees the table's drop).
    let (on, off): (BTreeMap<_, _>, BTreeMap<_, _>) = std::mem::take(&mut s.policies)
        .into_iter()
        .partition(|(_, p)| r.contains(&p.table));
    gone.policies = on;
    s.policies = off;
    // Views over a rebuilt table (and views over those) are dropped and created again.
    loop {
        let over: Vec<QualName> = s
            .views
            .values()
            .filter(|v| {
                v.mentions
                    .iter()
                    .any(|m| r.contains(m) || gone.views.contains_key(m))
            })
            .map(|v| v.name.clone())
            .collect();
        if over.is_empty() {
            break;
        }
        for v in over {
            let view = s.views.remove(&v).expect("listed above");
            gone.views.insert(v, view);
        }
    }
    // Foreign keys of other tables to a rebuilt table go first and come back after.
    let to_rebuilt = |c: &Constraint| matches!(&c.kind, ConstraintKind::ForeignKey { ref_table, .. } if r.contains(ref_table));
    s.tables.update(
        |t| t.constraints.values().any(to_rebuilt),
        |t| {
            let to_rebuilt: Vec<String> = t
                .constraints
                .values()
                .filter(|c| to_rebuilt(c))
                .map(|c| c.name.clone())
                .collect();
            for n in to_rebuilt {
                let c = t.constraints.remove(&n).expect("listed above");
                changes.push(Change::DropConstraint {
                    table: t.name.clone(),
                    constraint: c,
                });
            }
        },
    );
    // A serial's sequence would go with its table: it is set free first.
    for seq in s.sequences.values_mut() {
        if let Some((t, _)) = &seq.owned_by
            && r.contains(t)
        {
            changes.push(Change::SetSequenceOwner {
                seq: seq.name.clone(),
                old: seq.owned_by.take(),
                new: None,
            });
        }
    }
    gone
}

/// The column changes of the parent recur in partition `name` of `parent` (both models).
fn inherit_columns(
    s: &mut Schema,
    new: &Schema,
    name: &QualName,
    parent: &QualName,
    old_columns: &mut HashMap<QualName, Vec<Column>>,
) {
    let (Some(op), Some(np)) = (s.tables.get(parent), new.tables.get(parent)) else {
        return;
    };
    // the parent's columns before it took its own parent's changes (parents come first)
    let op = old_columns
        .get(parent)
        .cloned()
        .unwrap_or_else(|| op.columns.clone());
    let np = np.columns.clone();
    let t = s.tables.get_mut(name).expect("listed by the caller");
    if t.partition_by.is_some() {
        old_columns.insert(name.clone(), t.columns.clone());
    }
    t.columns
        .retain(|c| !op.iter().any(|o| o.name == c.name) || np.iter().any(|n| n.name == c.name));
    for nc in &np {
        let oc = op.iter().find(|o| o.name == nc.name);
        match t.column_mut(&nc.name) {
            Some(c) => {
                c.ty = nc.ty.clone();
                c.collation = nc.collation.clone();
                c.generated = nc.generated.clone();
                if let Some(oc) = oc {
                    if oc.default != nc.default {
                        c.default = nc.default.clone();
                    }
                    if oc.not_null != nc.not_null {
                        c.not_null = nc.not_null;
                    }
                }
            }
            None => t.columns.push(Column {
                identity: None,
                comment: None,
                directives: Directives::default(),
                ..nc.clone()
            }),
        }
    }
}

/// `DETACH PARTITION` in the old model: what partition `name` inherited becomes its own.
fn detach(s: &mut Schema, name: &QualName) {
    let Some((t, indexes)) = s.detached(name) else {
        return;
    };
    s.partition_indexes.retain(|_, p| &p.table != name);
    for i in indexes {
        s.indexes.insert(i.name.clone(), i);
    }
    s.tables.insert(name.clone(), t);
}

/// `ATTACH PARTITION` in the old model: table `name` becomes a partition; its constraints equal
/// to the new parent's inherited ones merge into them.
fn attach(s: &mut Schema, new: &Schema, name: &QualName, of: &PartitionOf) {
    let inherited = new.inherited_constraints(&of.parent);
    let t = s.tables.get_mut(name).expect("listed by the caller");
    for c in inherited {
        if t.constraints.get(&c.name).is_some_and(|m| m.kind == c.kind) {
            t.constraints.remove(&c.name);
        }
    }
    t.partition_of = Some(of.clone());
}

/// An index or constraint of a partition that the new model has (under its name) attached to
/// its parent's, with the same definition, is attached rather than dropped and built again.
fn adopt_indexes(s: &mut Schema, new: &Schema) {
    for (name, pi) in &new.partition_indexes {
        if s.partition_indexes.contains_key(name) {
            continue;
        }
        let Some(want) = new.index_definition(name) else {
            continue;
        };
        let Some(have) = s.index_definition(name) else {
            continue;
        };
        // (a plain unique index of the partition can become a constraint's: `USING INDEX`)
        if have.index.table != pi.table
            || !same_index_definition(&have.index, &want.index)
            || (have.is_constraint() && !want.is_constraint())
        {
            continue;
        }
        match have.constraint {
            None => {
                s.indexes.remove(name);
            }
            Some(c) if want.constraint.as_ref().is_some_and(|w| w.kind == c.kind) => {
                if let Some(t) = s.tables.get_mut(&pi.table) {
                    t.constraints.remove(&name.name);
                }
            }
            Some(_) => continue,
        }
        s.partition_indexes.insert(name.clone(), pi.clone());
    }
}

/// Indexes of partitions that the new model has attached to an index (or PRIMARY KEY / UNIQUE
/// constraint) of their partitioned table, which both models have, and the old model not (an
/// index created `ON ONLY` whose partitions' indexes are not all attached, which PostgreSQL
/// keeps invalid): `AttachIndexes`, per parent index.
fn attach_missing_indexes(s: &Schema, new: &Schema, changes: &mut Vec<Change>) {
    // (a table attached by this migration gets its indexes with the attach)
    let attaching: BTreeSet<QualName> = changes
        .iter()
        .filter_map(|c| match c {
            Change::AttachPartition { table, .. } => Some(table.clone()),
            _ => None,
        })
        .collect();
    let mut by_parent: BTreeMap<QualName, Vec<PartitionIndex>> = BTreeMap::new();
    for pi in new.partition_indexes.values() {
        let parent = &pi.parent;
        let kept = s.tables.contains_key(&pi.table)
            && s.tables
                .get(&pi.table)
                .and_then(|t| t.partition_of.as_ref())
                == new
                    .tables
                    .get(&pi.table)
                    .and_then(|t| t.partition_of.as_ref());
        let attached = s
            .partition_indexes
            .values()
            .any(|p| &p.parent == parent && p.table == pi.table);
        if !kept || attached || attaching.contains(&pi.table) {
            continue;
        }
        let (Some(o), Some(n)) = (s.index_definition(parent), new.index_definition(parent)) else {
            continue;
        };
        if o.index.table != n.index.table
            || !same_index_definition(&o.index, &n.index)
            || o.is_constraint() != n.is_constraint()
        {
            continue; // the parent index itself changes: built again with its partitions'
        }
        by_parent
            .entry(parent.clone())
            .or_default()
            .push(pi.clone());
    }
    for (parent, indexes) in by_parent {
        changes.push(Change::AttachIndexes { parent, indexes });
    }
}
