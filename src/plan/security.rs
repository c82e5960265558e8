//! Steps for domains, composite types, table security settings (row-level security, replica identity), policies
//! and privileges.

use super::*;

/// The key of what a privilege is on.
fn object_key(o: &GrantObject) -> Key {
    match o {
        GrantObject::Table(q) => Key::Table(q.clone()),
        GrantObject::Column(t, c) => Key::Column(t.clone(), c.clone()),
        GrantObject::Sequence(q) => Key::Sequence(q.clone()),
        GrantObject::Routine(sig) => Key::Signature(sig.clone()),
        GrantObject::Schema(s) => Key::Schema(s.clone()),
        GrantObject::Type(q) => Key::Type(q.clone()),
    }
}

/// The tables of `schema` with a column of domain `d` (the ones `ALTER DOMAIN` checks).
fn tables_using<'a>(schema: &'a Schema, d: &QualName) -> Vec<&'a QualName> {
    schema
        .tables
        .values()
        .filter(|t| {
            t.columns
                .iter()
                .any(|c| c.ty.schema.as_deref() == Some(d.schema.as_str()) && c.ty.name == d.name)
        })
        .map(|t| &t.name)
        .collect()
}

/// What a domain needs: its schema, its base type, and the functions its checks call.
fn domain_needs(schema: &Schema, d: &Domain) -> Vec<Key> {
    let mut keys = vec![Key::Schema(d.name.schema.clone())];
    keys.extend(type_key(&d.base));
    let exprs: Vec<&str> = d
        .checks
        .values()
        .map(|c| c.expr.canon.as_str())
        .chain(d.default.iter().map(|e| e.canon.as_str()))
        .collect();
    for r in schema.routines.values() {
        if exprs.iter().any(|e| pg::mentions_ident(e, &r.name.name)) {
            keys.push(Key::Routine(r.name.clone()));
        }
    }
    keys
}

pub(super) fn create_domain(ctx: &Context, d: &Domain) -> Vec<Step> {
    let mut st = Step::new(
        Phase::Expand,
        Rank::Type,
        d.name.to_string(),
        format!("create domain {}", d.name),
    )
    .up(pg::create_domain(d))
    .down(format!("DROP DOMAIN {}", qualified(&d.name)));
    st.up.extend(pg::domain_not_valid_checks(d));
    st.creates.push(Key::Type(d.name.clone()));
    st.creates.push(Key::Labels(d.name.clone()));
    st.after_drop.push(Key::Type(d.name.clone()));
    st.needs_new = domain_needs(ctx.new, d);
    vec![st]
}

pub(super) fn drop_domain(ctx: &Context, d: &Domain) -> Vec<Step> {
    let mut st = Step::new(
        if ctx.new.domains.contains_key(&d.name) {
            Phase::Expand
        } else {
            Phase::Contract
        },
        Rank::DropType,
        d.name.to_string(),
        format!("drop domain {}", d.name),
    )
    .up(format!("DROP DOMAIN {}", qualified(&d.name)))
    .down(pg::create_domain(d));
    st.down.extend(pg::domain_not_valid_checks(d));
    st.drops.push(Key::Type(d.name.clone()));
    st.needs_old = domain_needs(ctx.old, d);
    vec![st]
}

/// What a composite type needs: its schema and the user types of its attributes.
fn composite_needs(t: &CompositeType) -> Vec<Key> {
    let mut keys = vec![Key::Schema(t.name.schema.clone())];
    for a in &t.attributes {
        if let Some(Key::Type(ty)) = type_key(&a.ty) {
            keys.push(Key::Labels(ty.clone()));
            keys.push(Key::Type(ty));
        }
    }
    keys
}

pub(super) fn create_composite(t: &CompositeType) -> Vec<Step> {
    let mut st = Step::new(
        Phase::Expand,
        Rank::Type,
        t.name.to_string(),
        format!("create type {}", t.name),
    )
    .up(pg::create_composite(t))
    .down(format!("DROP TYPE {}", qualified(&t.name)));
    st.creates.push(Key::Type(t.name.clone()));
    st.creates.push(Key::Labels(t.name.clone()));
    st.after_drop.push(Key::Type(t.name.clone()));
    st.needs_new = composite_needs(t);
    vec![st]
}

pub(super) fn drop_composite(ctx: &Context, t: &CompositeType) -> Vec<Step> {
    let mut st = Step::new(
        if ctx.new.composites.contains_key(&t.name) {
            Phase::Expand
        } else {
            Phase::Contract
        },
        Rank::DropType,
        t.name.to_string(),
        format!("drop type {}", t.name),
    )
    .up(format!("DROP TYPE {}", qualified(&t.name)))
    .down(pg::create_composite(t));
    st.drops.push(Key::Type(t.name.clone()));
    st.needs_old = composite_needs(t);
    vec![st]
}

/// One `ALTER TYPE` each way. Dropping attributes waits for contract (the old application may
/// read them) and loses their values in the columns of the type; the down adds them back empty,
/// at the end.
pub(super) fn alter_composite(
    old: &CompositeType,
    new: &CompositeType,
    users: &[String],
) -> Vec<Step> {
    let up = crate::diff::composite_steps(old, new, !users.is_empty());
    let down = crate::diff::composite_steps(new, old, !users.is_empty());
    let mut st = Step::new(
        if up.drop.is_empty() {
            Phase::Expand
        } else {
            Phase::Contract
        },
        Rank::Type,
        new.name.to_string(),
        format!("alter type {}", new.name),
    );
    st.up.extend(pg::alter_composite_sql(
        &new.name, &up.drop, &up.retype, &up.add,
    ));
    st.down.extend(pg::alter_composite_sql(
        &old.name,
        &down.drop,
        &down.retype,
        &down.add,
    ));
    if !users.is_empty() && !up.drop.is_empty() {
        st = st.risk(
            RiskCode::DeletesData,
            None,
            format!(
                "attribute {} of type {} dropped: its values in {} are lost",
                up.drop.join(", "),
                new.name,
                users.join(", ")
            ),
        );
    }
    if !users.is_empty() && !down.drop.is_empty() {
        st = st.risk(
            RiskCode::LossyDown,
            None,
            format!(
                "the down drops attribute {} of type {} again: its values in {} are lost",
                down.drop.join(", "),
                new.name,
                users.join(", ")
            ),
        );
    }
    st.creates.push(Key::Labels(new.name.clone()));
    st.needs_new = composite_needs(new);
    vec![st]
}

/// `ALTER DOMAIN` steps. Adding a validated CHECK or NOT NULL checks every column of the domain
/// under a SHARE lock on its table (PostgreSQL 17 and older): that blocks writes, so it is said.
pub(super) fn alter_domain(ctx: &Context, old: &Domain, new: &Domain) -> Vec<Step> {
    let ad = format!("ALTER DOMAIN {}", qualified(&new.name));
    let users = tables_using(ctx.old, &new.name);
    let large: Vec<&&QualName> = users.iter().filter(|t| !ctx.is_small(t)).collect();
    let scan_risk = |st: Step, what: &str| {
        if users.is_empty() {
            return st;
        }
        let message = format!(
            "{what} checks every value of the domain under a SHARE lock on {}: writes wait until the scan ends",
            users
                .iter()
                .map(|t| t.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        );
        if large.is_empty() {
            st.small_table_risk(RiskCode::BlocksWrites, Some(Lock::Share), message)
        } else {
            st.risk(RiskCode::BlocksWrites, Some(Lock::Share), message)
        }
    };
    let key = new.name.to_string();
    let mut steps = Vec::new();
    let mut expand = Step::new(
        Phase::Expand,
        Rank::Type,
        &key,
        format!("alter domain {}", new.name),
    );
    if old.default != new.default {
        expand.up.push(match &new.default {
            Some(e) => format!("{ad} SET DEFAULT {}", pg::column_default_sql(&e.sql)),
            None => format!("{ad} DROP DEFAULT"),
        });
        expand.down.insert(
            0,
            match &old.default {
                Some(e) => format!("{ad} SET DEFAULT {}", pg::column_default_sql(&e.sql)),
                None => format!("{ad} DROP DEFAULT"),
            },
        );
    }
    if old.not_null && !new.not_null {
        expand.up.push(format!("{ad} DROP NOT NULL"));
        expand.down.insert(0, format!("{ad} SET NOT NULL"));
    }
    let mut contract = Step::new(
        Phase::Contract,
        Rank::Constraint,
        &key,
        format!("tighten domain {}", new.name),
    );
    for (name, c) in &old.checks {
        if new.checks.get(name).is_none_or(|n| n.expr != c.expr) {
            contract
                .up
                .push(format!("{ad} DROP CONSTRAINT {}", quote_ident(name)));
            contract
                .down
                .insert(0, format!("{ad} ADD {}", pg::domain_check_sql(name, c)));
        }
    }
    let mut tightened = Vec::new();
    for (name, c) in &new.checks {
        match old.checks.get(name) {
            Some(o) if o.expr == c.expr => {
                if o.not_valid && !c.not_valid {
                    contract
                        .up
                        .push(format!("{ad} VALIDATE CONSTRAINT {}", quote_ident(name)));
                    // A validated constraint cannot become NOT VALID again: the down adds it
                    // again unvalidated.
                    contract
                        .down
                        .insert(0, format!("{ad} ADD {}", pg::domain_check_sql(name, o)));
                    contract
                        .down
                        .insert(0, format!("{ad} DROP CONSTRAINT {}", quote_ident(name)));
                    tightened.push(format!("VALIDATE CONSTRAINT {name}"));
                } else if !o.not_valid && c.not_valid {
                    // A validated constraint cannot become NOT VALID: add it again unvalidated.
                    contract
                        .up
                        .push(format!("{ad} DROP CONSTRAINT {}", quote_ident(name)));
                    contract
                        .up
                        .push(format!("{ad} ADD {}", pg::domain_check_sql(name, c)));
                    contract
                        .down
                        .insert(0, format!("{ad} ADD {}", pg::domain_check_sql(name, o)));
                    contract
                        .down
                        .insert(0, format!("{ad} DROP CONSTRAINT {}", quote_ident(name)));
                }
            }
            _ => {
                contract
                    .up
                    .push(format!("{ad} ADD {}", pg::domain_check_sql(name, c)));
                contract
                    .down
                    .insert(0, format!("{ad} DROP CONSTRAINT {}", quote_ident(name)));
                if !c.not_valid {
                    tightened.push(format!("ADD CONSTRAINT {name}"));
                }
            }
        }
    }
    if new.not_null && !old.not_null {
        contract.up.push(format!("{ad} SET NOT NULL"));
        contract.down.insert(0, format!("{ad} DROP NOT NULL"));
        tightened.push("SET NOT NULL".to_string());
    }
    if !expand.up.is_empty() {
        expand.creates.push(Key::Labels(new.name.clone()));
        expand.needs_new = domain_needs(ctx.new, new);
        steps.push(expand);
    }
    if !contract.up.is_empty() {
        contract.needs_new = domain_needs(ctx.new, new);
        if !tightened.is_empty() {
            contract = scan_risk(contract, &tightened.join(", "));
        }
        steps.push(contract);
    }
    steps
}

/// The phase of a table setting: a new table's settings come with it; enabling or forcing
/// row-level security restricts what the running application sees, so it waits for the contract
/// phase; the rest is expand.
pub(super) fn set_table_flags(
    ctx: &Context,
    table: &QualName,
    old: &crate::diff::TableFlags,
    new: &crate::diff::TableFlags,
    with_drop: bool,
) -> Vec<Step> {
    let new_table = ctx.is_new_table(table);
    let mut steps = Vec::new();
    let make = |phase: Phase, summary: String, up: String, down: String, needs: Vec<Key>| {
        let mut st = Step::new(phase, Rank::Constraint, table.to_string(), summary)
            .up(up)
            .down(down)
            .risk(
                RiskCode::ExclusiveLock,
                Some(Lock::AccessExclusive),
                format!("ACCESS EXCLUSIVE lock on {table}, brief"),
            );
        if with_drop {
            // The table's drop takes the setting; the down restores it after the table.
            st.up.clear();
            st.risks.clear();
            st.phase = Phase::Expand;
            st.needs_old.push(Key::Table(table.clone()));
            st.needs_old.extend(needs);
        } else {
            st.needs_new.push(Key::Table(table.clone()));
            st.needs_new.extend(needs);
        }
        st
    };
    let tightening = |on: bool| {
        if on && !new_table {
            Phase::Contract
        } else {
            Phase::Expand
        }
    };
    if old.row_security != new.row_security {
        steps.push(make(
            tightening(new.row_security),
            format!(
                "{} row level security on {table}",
                if new.row_security {
                    "enable"
                } else {
                    "disable"
                }
            ),
            pg::row_security_sql(table, new.row_security),
            pg::row_security_sql(table, old.row_security),
            Vec::new(),
        ));
    }
    if old.force_row_security != new.force_row_security {
        steps.push(make(
            tightening(new.force_row_security),
            format!(
                "{} row level security on {table} for its owner",
                if new.force_row_security {
                    "force"
                } else {
                    "stop forcing"
                }
            ),
            pg::force_row_security_sql(table, new.force_row_security),
            pg::force_row_security_sql(table, old.force_row_security),
            Vec::new(),
        ));
    }
    if old.unlogged != new.unlogged {
        let sql = |unlogged: bool| {
            format!(
                "ALTER TABLE {} SET {}",
                qualified(table),
                if unlogged { "UNLOGGED" } else { "LOGGED" }
            )
        };
        let mut st = make(
            Phase::Expand,
            format!(
                "make {table} {}",
                if new.unlogged { "unlogged" } else { "logged" }
            ),
            sql(new.unlogged),
            sql(old.unlogged),
            Vec::new(),
        );
        if !with_drop {
            let message = format!(
                "rewrites {table} (and writes it to the WAL when it becomes logged) under ACCESS EXCLUSIVE: reads and writes wait"
            );
            st.risks.clear();
            st.risks.push(if ctx.is_small(table) {
                Risk::new(RiskCode::TableRewrite, Some(Lock::AccessExclusive), message)
                    .on_small_table()
            } else {
                Risk::new(RiskCode::TableRewrite, Some(Lock::AccessExclusive), message)
            });
        }
        steps.push(st);
    }
    // the key of an index a setting names: a standalone index, or a key constraint's
    let index_key = |i: &str| {
        let q = QualName::new(table.schema.clone(), i.to_string());
        if ctx.new.indexes.contains_key(&q) || ctx.old.indexes.contains_key(&q) {
            Key::Index(q)
        } else {
            Key::Constraint(table.clone(), i.to_string())
        }
    };
    if old.replica_identity != new.replica_identity {
        let index = |r: &ReplicaIdentity| match r {
            ReplicaIdentity::Index(i) => vec![index_key(i)],
            _ => Vec::new(),
        };
        steps.push(make(
            Phase::Expand,
            format!("set the replica identity of {table}"),
            pg::replica_identity_sql(table, &new.replica_identity),
            pg::replica_identity_sql(table, &old.replica_identity),
            if with_drop {
                index(&old.replica_identity)
            } else {
                index(&new.replica_identity)
            },
        ));
    }
    if old.cluster_on != new.cluster_on {
        let index =
            |i: &Option<String>| -> Vec<Key> { i.as_deref().map(index_key).into_iter().collect() };
        let mut st = make(
            Phase::Expand,
            match &new.cluster_on {
                Some(i) => format!("mark index {i} of {table} for CLUSTER"),
                None => format!("unmark the CLUSTER index of {table}"),
            },
            pg::cluster_on_sql(table, new.cluster_on.as_deref()),
            pg::cluster_on_sql(table, old.cluster_on.as_deref()),
            if with_drop {
                index(&old.cluster_on)
            } else {
                index(&new.cluster_on)
            },
        );
        if !with_drop {
            st.risks.clear();
            st.risks.push(Risk::new(
                RiskCode::ExclusiveLock,
                Some(pg::Ddl::ClusterOn.lock(ctx.opts.pg_version)),
                format!("SHARE UPDATE EXCLUSIVE lock on {table}, brief; catalog only"),
            ));
        }
        if let (false, Some(i)) = (with_drop, &old.cluster_on) {
            // the mark goes with the old index when that is dropped first
            st.needs_old.push(index_key(i));
        }
        steps.push(st);
    }
    steps
}

fn policy_comment(p: &Policy) -> CommentTarget {
    CommentTarget::Policy(p.table.clone(), p.name.clone())
}

fn policy_key(p: &Policy) -> Key {
    Key::Policy(p.key())
}

/// What a policy's expressions use in `schema`: its table, the columns it reads and the
/// functions it calls.
fn policy_needs(schema: &Schema, p: &Policy) -> Vec<Key> {
    let mut keys = vec![Key::Table(p.table.clone())];
    let exprs: Vec<&str> = [&p.using, &p.with_check]
        .into_iter()
        .flatten()
        .map(|e| e.canon.as_str())
        .collect();
    if let Some(t) = schema.tables.get(&p.table) {
        keys.extend(
            t.columns
                .iter()
                .filter(|c| crate::diff::policy_reads(p, &p.table, &c.name))
                .map(|c| Key::Column(p.table.clone(), c.name.clone())),
        );
    }
    for r in schema.routines.values() {
        if exprs.iter().any(|e| pg::mentions_ident(e, &r.name.name)) {
            keys.push(Key::Routine(r.name.clone()));
        }
    }
    for other in schema.tables.keys().chain(schema.views.keys()) {
        if other != &p.table && exprs.iter().any(|e| pg::mentions_ident(e, &other.name)) {
            keys.push(Key::Table(other.clone()));
        }
    }
    keys
}

/// Policies of `schema` reading `table.column`, as keys (they are dropped and created again
/// around a change of the column's type).
pub(super) fn policies_reading(schema: &Schema, table: &QualName, column: &str) -> Vec<Key> {
    schema
        .policies
        .values()
        .filter(|p| crate::diff::policy_reads(p, table, column))
        .map(policy_key)
        .collect()
}

/// The phase a policy is dropped and created again in: with the contract-phase swap when it
/// reads a column that changes through a shadow column, else expand.
fn rebuild_phase(ctx: &Context, p: &Policy) -> Phase {
    let shadowed = ctx.any_shadowed(|t, c| crate::diff::policy_reads(p, t, c));
    if shadowed {
        Phase::Contract
    } else {
        Phase::Expand
    }
}

fn policy_risk(st: Step, p: &Policy) -> Step {
    st.risk(
        RiskCode::ExclusiveLock,
        Some(Lock::AccessExclusive),
        format!("ACCESS EXCLUSIVE lock on {}, brief", p.table),
    )
}

pub(super) fn create_policy(ctx: &Context, p: &Policy) -> Vec<Step> {
    let recreated = ctx.old.policies.contains_key(&p.key());
    let mut st = Step::new(
        if recreated {
            rebuild_phase(ctx, p)
        } else {
            Phase::Expand
        },
        Rank::Policy,
        p.key(),
        format!(
            "{} policy {} on {}",
            if recreated { "create again" } else { "create" },
            p.name,
            p.table
        ),
    )
    .up(pg::create_policy(p))
    .up_all(comment_again(policy_comment(p), &p.comment))
    .down(pg::drop_policy(p));
    st = policy_risk(st, p);
    st.creates.push(policy_key(p));
    st.after_drop.push(policy_key(p));
    st.needs_new = policy_needs(ctx.new, p);
    vec![st]
}

pub(super) fn drop_policy(ctx: &Context, p: &Policy) -> Vec<Step> {
    let recreated = ctx.new.policies.contains_key(&p.key());
    // A table dropped to be created again (its partitioning changes) takes its policies along.
    let with_table = ctx.dropped_tables.contains(&p.table);
    let mut st = Step::new(
        if recreated && !with_table {
            rebuild_phase(ctx, p)
        } else {
            Phase::Contract
        },
        Rank::DropPolicy,
        p.key(),
        format!(
            "drop policy {} on {}{}",
            p.name,
            p.table,
            if recreated {
                " (to create it again)"
            } else {
                ""
            }
        ),
    )
    .up(pg::drop_policy(p))
    .down(pg::create_policy(p))
    .down_all(comment_again(policy_comment(p), &p.comment));
    st = policy_risk(st, p);
    if with_table {
        // Dropped with its table; the down creates it again after the table.
        st.up.clear();
        st.risks.clear();
    }
    st.drops.push(policy_key(p));
    st.needs_old = policy_needs(ctx.old, p);
    vec![st]
}

pub(super) fn alter_policy(ctx: &Context, old: &Policy, new: &Policy) -> Vec<Step> {
    let mut st = Step::new(
        Phase::Expand,
        Rank::Policy,
        new.key(),
        format!("alter policy {} on {}", new.name, new.table),
    )
    .up(pg::alter_policy(old, new))
    .down(pg::alter_policy(new, old));
    st = policy_risk(st, new);
    st.needs_new = policy_needs(ctx.new, new);
    st.needs_old = policy_needs(ctx.old, old);
    vec![st]
}

/// What a privilege is on, for a step's summary: `TABLE public.t`, `column public.t.c`,
/// `ROUTINE public.f(integer)`, ...
fn object_text(g: &Grant) -> String {
    match &g.object {
        GrantObject::Column(t, c) => format!("column {t}.{}", pg::quote_ident(c)),
        o => pg::grant_target(o).1,
    }
}

/// A privilege granted (expand: the new application may need it) or revoked (contract: the old
/// one may still use it).
pub(super) fn privilege(ctx: &Context, g: &Grant, granted: bool, with_drop: bool) -> Vec<Step> {
    let _ = ctx;
    let what = format!(
        "{} {} on {} {} {}",
        if granted { "grant" } else { "revoke" },
        g.privilege,
        object_text(g),
        if granted { "to" } else { "from" },
        g.grantee
    );
    let mut st = Step::new(
        if granted {
            Phase::Expand
        } else {
            Phase::Contract
        },
        Rank::Grant,
        format!("{:?}", g.object),
        what,
    )
    .up(pg::privilege_sql(g, granted))
    .down(pg::privilege_sql(g, !granted));
    if with_drop {
        // The object's drop takes the privilege; the down restores it after the object. Nothing
        // runs up, so the step must not hold the drop back to its own phase.
        st.up.clear();
        st.phase = Phase::Expand;
        st.needs_old.push(object_key(&g.object));
    } else {
        st.needs_new.push(object_key(&g.object));
    }
    vec![st]
}

pub(super) fn default_privilege(e: &DefaultPrivilege, granted: bool) -> Vec<Step> {
    let mut st = Step::new(
        if granted {
            Phase::Expand
        } else {
            Phase::Contract
        },
        Rank::Grant,
        format!("{e:?}"),
        format!(
            "{} default privilege {} on {} {} {}",
            if granted { "grant" } else { "revoke" },
            e.privilege,
            e.kind.to_lowercase(),
            if granted { "to" } else { "from" },
            e.grantee
        ),
    )
    .up(pg::default_privilege_sql(e, granted))
    .down(pg::default_privilege_sql(e, !granted));
    if let Some(s) = &e.schema {
        st.needs_new.push(Key::Schema(s.clone()));
    }
    vec![st]
}

pub(super) fn grant_option(g: &Grant, granted: bool) -> Vec<Step> {
    let mut st = Step::new(
        if granted {
            Phase::Expand
        } else {
            Phase::Contract
        },
        Rank::Grant,
        format!("{:?}", g.object),
        format!(
            "{} the grant option of {} on {} for {}",
            if granted { "add" } else { "remove" },
            g.privilege,
            object_text(g),
            g.grantee
        ),
    )
    .up(pg::grant_option_sql(g, granted))
    .down(pg::grant_option_sql(g, !granted));
    st.needs_new.push(object_key(&g.object));
    vec![st]
}
