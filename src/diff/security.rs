//! Domains, composite types, table security settings, policies and privileges.

use super::*;

/// A domain whose base type or collation changes is dropped and created again; other changes
/// are `ALTER DOMAIN`s.
pub(super) fn diff_domains(old: &Schema, new: &Schema, out: &mut Vec<Change>) {
    for (name, d) in &new.domains {
        match old.domains.get(name) {
            None => out.push(Change::CreateDomain(d.clone())),
            Some(o) if o.base != d.base || o.collation != d.collation => {
                out.push(Change::DropDomain(o.clone()));
                out.push(Change::CreateDomain(d.clone()));
            }
            Some(o)
                if o.default != d.default || o.not_null != d.not_null || o.checks != d.checks =>
            {
                out.push(Change::AlterDomain {
                    old: o.clone(),
                    new: d.clone(),
                })
            }
            Some(_) => {}
        }
    }
    for (name, o) in &old.domains {
        if !new.domains.contains_key(name) {
            out.push(Change::DropDomain(o.clone()));
        }
    }
}

/// Composite types are altered in place (`ALTER TYPE ... ADD / DROP / ALTER ATTRIBUTE`), which
/// PostgreSQL allows while columns use the type (only a retyped attribute of a used type is
/// refused, so that one is dropped and added again, a loss the planner asks about).
pub(super) fn diff_composites(old: &Schema, new: &Schema, out: &mut Vec<Change>) {
    for (name, t) in &new.composites {
        match old.composites.get(name) {
            None => out.push(Change::CreateComposite(t.clone())),
            Some(o) if o.attributes != t.attributes => out.push(Change::AlterComposite {
                old: o.clone(),
                new: t.clone(),
                users: columns_of_type(old, name),
            }),
            Some(_) => {}
        }
    }
    for (name, o) in &old.composites {
        if !new.composites.contains_key(name) {
            out.push(Change::DropComposite(o.clone()));
        }
    }
}

/// The columns (`table.column`) and composite attributes (`type.attribute`) of type `ty`.
pub fn columns_of_type(s: &Schema, ty: &QualName) -> Vec<String> {
    let is = |t: &TypeRef| t.schema.as_deref() == Some(ty.schema.as_str()) && t.name == ty.name;
    let mut out: Vec<String> = Vec::new();
    for t in s.tables.values() {
        for c in t.columns.iter().filter(|c| is(&c.ty)) {
            out.push(format!("{}.{}", t.name, c.name));
        }
    }
    for ct in s.composites.values() {
        for a in ct.attributes.iter().filter(|a| is(&a.ty)) {
            out.push(format!("{}.{}", ct.name, a.name));
        }
    }
    out
}

/// How `ALTER TYPE` takes composite type `old` to `new`. ADD ATTRIBUTE appends, so the
/// attributes that stay are the longest prefix of `new` found in `old` in the same order (and,
/// when `used`, with the same type: PostgreSQL cannot retype an attribute of a type in use);
/// every other attribute of `old` is dropped and the rest of `new` added after them.
pub fn composite_steps(old: &CompositeType, new: &CompositeType, used: bool) -> CompositeSteps {
    let mut kept = 0;
    let mut at = 0;
    for a in &new.attributes {
        let Some(i) = old.attributes[at..].iter().position(|o| o.name == a.name) else {
            break;
        };
        let o = &old.attributes[at + i];
        if used && (o.ty != a.ty || o.collation != a.collation) {
            break;
        }
        kept += 1;
        at += i + 1;
    }
    let stay = &new.attributes[..kept];
    CompositeSteps {
        drop: old
            .attributes
            .iter()
            .filter(|o| !stay.iter().any(|a| a.name == o.name))
            .map(|o| o.name.clone())
            .collect(),
        retype: stay
            .iter()
            .filter(|a| {
                old.attributes
                    .iter()
                    .any(|o| o.name == a.name && (o.ty != a.ty || o.collation != a.collation))
            })
            .cloned()
            .collect(),
        add: new.attributes[kept..].to_vec(),
    }
}

/// What [`composite_steps`] found: attributes to drop (by name), to retype, then to add.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompositeSteps {
    pub drop: Vec<String>,
    pub retype: Vec<Attribute>,
    pub add: Vec<Attribute>,
}

/// Row-level security and replica identity, for tables in both schemas, new tables (from the
/// defaults) and dropped ones (the drop takes them).
pub(super) fn diff_table_flags(old: &Schema, new: &Schema, out: &mut Vec<Change>) {
    // An index dropped (to be built again) takes its CLUSTER mark with it.
    let dropped_indexes: hashbrown::HashSet<QualName> = out
        .iter()
        .filter_map(|c| match c {
            Change::DropIndex(i) => Some(i.name.clone()),
            Change::DropConstraint { table, constraint } if constraint.kind.has_index() => {
                Some(constraint.index_name(table))
            }
            _ => None,
        })
        .collect();
    for (name, t) in &new.tables {
        let mut before = old
            .tables
            .get(name)
            .map_or_else(|| TableFlags::created(t), TableFlags::of);
        if before.cluster_on.as_ref().is_some_and(|i| {
            dropped_indexes.contains(&QualName::new(name.schema.clone(), i.clone()))
        }) {
            // the down marks the old index again once it is built again
            let unmarked = TableFlags {
                cluster_on: None,
                ..before.clone()
            };
            out.push(Change::DownOnly(Box::new(Change::SetTableFlags {
                table: name.clone(),
                old: before,
                new: unmarked.clone(),
                with_drop: false,
            })));
            before = unmarked;
        }
        let after = TableFlags::of(t);
        if before != after {
            out.push(Change::SetTableFlags {
                table: name.clone(),
                old: before,
                new: after,
                with_drop: false,
            });
        }
    }
    for (name, t) in &old.tables {
        let before = TableFlags::of(t);
        let created = TableFlags::created(t);
        if !new.tables.contains_key(name) && before != created {
            out.push(Change::SetTableFlags {
                table: name.clone(),
                old: before,
                new: created,
                with_drop: true,
            });
        }
    }
}

/// Whether policy `p` reads column `column` of its table.
pub fn policy_reads(p: &Policy, table: &QualName, column: &str) -> bool {
    &p.table == table
        && [&p.using, &p.with_check]
            .into_iter()
            .flatten()
            .any(|e| pg::references_column(&e.canon, &table.name, column))
}

/// A policy is rebuilt when a column it reads goes away or changes type (PostgreSQL refuses both
/// while the policy exists); a change of its command or kind is a rebuild too, and so is
/// removing its USING or WITH CHECK clause, which `ALTER POLICY` cannot do. Other changes are
/// `ALTER POLICY`.
pub(super) fn diff_policies(old: &Schema, new: &Schema, out: &mut Vec<Change>) {
    let mut touched: BTreeSet<(QualName, String)> = BTreeSet::new();
    for c in out.iter() {
        match c {
            Change::AlterColumn { table, old, new } if old.ty != new.ty => {
                touched.insert((table.clone(), old.name.clone()));
            }
            Change::DropColumn { table, column } => {
                touched.insert((table.clone(), column.name.clone()));
            }
            _ => {}
        }
    }
    for (key, o) in &old.policies {
        let rebuilt = touched.iter().any(|(t, c)| policy_reads(o, t, c));
        match new.policies.get(key) {
            None => out.push(Change::DropPolicy(o.clone())),
            Some(n) if rebuilt || needs_rebuild(o, n) => {
                out.push(Change::DropPolicy(o.clone()));
                out.push(Change::CreatePolicy(n.clone()));
            }
            // a comment alone is diffed with the comments
            Some(n)
                if o != n
                    && (o.roles != n.roles
                        || o.using != n.using
                        || o.with_check != n.with_check) =>
            {
                out.push(Change::AlterPolicy {
                    old: o.clone(),
                    new: n.clone(),
                })
            }
            Some(_) => {}
        }
    }
    for (key, n) in &new.policies {
        if !old.policies.contains_key(key) {
            out.push(Change::CreatePolicy(n.clone()));
        }
    }
}

fn needs_rebuild(o: &Policy, n: &Policy) -> bool {
    o.command != n.command
        || o.permissive != n.permissive
        || (o.using.is_some() && n.using.is_none())
        || (o.with_check.is_some() && n.with_check.is_none())
}

/// Privileges of objects in both schemas are compared entry by entry. An object dropped (or
/// dropped to be created again) loses its privileges with it, and one created starts from the
/// defaults: their entries are changes too, marked `with_drop` on the old side so that only the
/// down applies them.
pub(super) fn diff_privileges(old: &Schema, new: &Schema, out: &mut Vec<Change>) {
    let mut dropped: BTreeSet<GrantObject> = BTreeSet::new();
    for c in out.iter() {
        match c {
            // also a table dropped to be created again (its partitioning changes)
            Change::DropTable(t) => {
                dropped.insert(GrantObject::Table(t.name.clone()));
            }
            Change::DropView(v) => {
                dropped.insert(GrantObject::Table(v.name.clone()));
            }
            Change::DropRoutine(r) => {
                dropped.insert(GrantObject::Routine(r.signature()));
            }
            Change::DropDomain(d) => {
                dropped.insert(GrantObject::Type(d.name.clone()));
            }
            Change::DropComposite(t) => {
                dropped.insert(GrantObject::Type(t.name.clone()));
            }
            Change::DropColumn { table, column } => {
                dropped.insert(GrantObject::Column(table.clone(), column.name.clone()));
            }
            _ => {}
        }
    }
    let exists_in_new = |o: &GrantObject| match o {
        GrantObject::Table(q) => new.tables.contains_key(q) || new.views.contains_key(q),
        GrantObject::Column(t, c) => new.tables.get(t).is_some_and(|t| t.column(c).is_some()),
        GrantObject::Sequence(q) => new.sequences.contains_key(q),
        GrantObject::Routine(k) => new.routines.contains_key(k),
        GrantObject::Schema(s) => s == DEFAULT_SCHEMA || new.schemas.contains_key(s),
        GrantObject::Type(q) => {
            new.enums.contains_key(q)
                || new.domains.contains_key(q)
                || new.composites.contains_key(q)
        }
    };
    // A table's columns go with it.
    let dropped_with_table = |o: &GrantObject| {
        dropped.contains(o)
            || matches!(o, GrantObject::Column(t, _) if dropped.contains(&GrantObject::Table(t.clone())))
    };
    let gone = |o: &GrantObject| {
        dropped_with_table(o)
            || !exists_in_new(o)
            || matches!(o, GrantObject::Column(t, _) if !new.tables.contains_key(t))
    };
    // Entries that only gain or lose the grant option.
    let flipped = |g: &Grant| Grant {
        grantable: !g.grantable,
        ..g.clone()
    };
    let mut option_changes = BTreeSet::new();
    for g in &old.grants {
        if !gone(&g.object) && !new.grants.contains(g) && new.grants.contains(&flipped(g)) {
            option_changes.insert(g.clone());
            option_changes.insert(flipped(g));
            out.push(Change::GrantOption {
                grant: Grant {
                    grantable: true,
                    ..g.clone()
                },
                granted: !g.grantable,
            });
        }
    }
    for (old_set, new_set, granted_when_added) in [
        (&old.grants, &new.grants, true),
        (&old.revoked_defaults, &new.revoked_defaults, false),
    ] {
        for g in old_set {
            let with_drop = gone(&g.object);
            if option_changes.contains(g) {
                continue;
            }
            if with_drop || !new_set.contains(g) {
                out.push(Change::Privilege {
                    grant: g.clone(),
                    granted: !granted_when_added,
                    with_drop,
                });
            }
        }
        for g in new_set {
            if option_changes.contains(g) {
                continue;
            }
            if !old_set.contains(g) || dropped_with_table(&g.object) {
                out.push(Change::Privilege {
                    grant: g.clone(),
                    granted: granted_when_added,
                    with_drop: false,
                });
            }
        }
    }
    // A routine dropped and created again in the down only (see `diff_routines`) gets its
    // privileges back there.
    let down_dropped: BTreeSet<GrantObject> = out
        .iter()
        .filter_map(|c| match c {
            Change::DownOnly(inner) => match &**inner {
                Change::DropRoutine(r) => Some(GrantObject::Routine(r.signature())),
                _ => None,
            },
            _ => None,
        })
        .collect();
    for (old_set, granted_when_added) in [(&old.grants, true), (&old.revoked_defaults, false)] {
        for g in old_set
            .iter()
            .filter(|g| down_dropped.contains(&g.object) && !gone(&g.object))
        {
            out.push(Change::DownOnly(Box::new(Change::Privilege {
                grant: g.clone(),
                granted: !granted_when_added,
                with_drop: true,
            })));
        }
    }
    // An entry without FOR ROLE (the role that runs the file) and the same entry FOR ROLE r are
    // taken as one: pg_dump names the role that ran the file, and a migration runs as that role
    // too (owners are not modelled).
    let gone: Vec<&DefaultPrivilege> = old
        .default_privileges
        .difference(&new.default_privileges)
        .collect();
    let added: Vec<&DefaultPrivilege> = new
        .default_privileges
        .difference(&old.default_privileges)
        .collect();
    let same_but_implied_role = |a: &DefaultPrivilege, b: &DefaultPrivilege| {
        a.role.is_none() != b.role.is_none()
            && DefaultPrivilege {
                role: None,
                ..a.clone()
            } == DefaultPrivilege {
                role: None,
                ..b.clone()
            }
    };
    for e in &gone {
        if !added.iter().any(|a| same_but_implied_role(e, a)) {
            out.push(Change::DefaultPrivilege {
                entry: (*e).clone(),
                granted: false,
            });
        }
    }
    for e in &added {
        if !gone.iter().any(|g| same_but_implied_role(e, g)) {
            out.push(Change::DefaultPrivilege {
                entry: (*e).clone(),
                granted: true,
            });
        }
    }
    // built-in defaults revoked: a new one is a REVOKE, one that goes a GRANT back
    for (from, to, granted) in [
        (
            &new.revoked_default_privileges,
            &old.revoked_default_privileges,
            false,
        ),
        (
            &old.revoked_default_privileges,
            &new.revoked_default_privileges,
            true,
        ),
    ] {
        for e in from.difference(to) {
            out.push(Change::DefaultPrivilege {
                entry: e.clone(),
                granted,
            });
        }
    }
}
