//! Steps for the objects gen keeps as written: functions and procedures, views and materialized
//! views, triggers. Their SQL is the schema file's own statement; ordering comes from the names
//! they mention.

use super::*;

/// The keys of what `mentions` names in `schema`: tables and views (and, with `words`, their
/// columns among the words), functions, types.
fn mentioned_keys(schema: &Schema, mentions: &[QualName], words: &[String]) -> Vec<Key> {
    let mut keys = Vec::new();
    for m in mentions {
        if let Some(t) = schema.tables.get(m) {
            keys.push(Key::Table(m.clone()));
            keys.extend(
                t.columns
                    .iter()
                    .filter(|c| words.contains(&c.name))
                    .map(|c| Key::Column(m.clone(), c.name.clone())),
            );
        } else if schema.views.contains_key(m) {
            keys.push(Key::Table(m.clone()));
        } else if schema.routines.values().any(|r| &r.name == m) {
            keys.push(Key::Routine(m.clone()));
        } else if schema.enums.contains_key(m) {
            keys.push(Key::Type(m.clone()));
        } else {
            // an aggregate it calls, a text search object or collation it names
            keys.extend(
                schema
                    .objects
                    .values()
                    .filter(|o| &o.name == m)
                    .map(|o| Key::Object(o.key())),
            );
        }
    }
    keys
}

/// The `*` views of `schema` over `table`, as keys: a column added to the table waits for their
/// drop (they are created again after it, to show the column).
pub(super) fn star_views_over(schema: &Schema, table: &QualName) -> Vec<Key> {
    schema
        .views
        .values()
        .filter(|v| v.mentions.contains(table) && crate::diff::view_has_star(v))
        .map(|v| Key::Table(v.name.clone()))
        .collect()
}

/// The views, triggers and rules of `schema` that read `table.column`, as keys.
pub(super) fn views_reading(schema: &Schema, table: &QualName, column: &str) -> Vec<Key> {
    let views = schema
        .views
        .values()
        .filter(|v| crate::diff::view_reads(v, table, column))
        .map(|v| Key::Table(v.name.clone()));
    let rules = schema
        .triggers
        .values()
        .filter(|t| crate::diff::trigger_reads(t, table, column))
        .map(|t| Key::Trigger(t.key()));
    views.chain(rules).collect()
}

/// `CREATE OR REPLACE` in place of `CREATE` at the head of `sql` (a function or procedure).
fn or_replace(sql: &str) -> String {
    let head: String = sql
        .split_whitespace()
        .take(3)
        .collect::<Vec<_>>()
        .join(" ")
        .to_uppercase();
    if head.starts_with("CREATE OR REPLACE") {
        return sql.to_string();
    }
    let trimmed = sql.trim_start();
    format!("CREATE OR REPLACE{}", &trimmed["CREATE".len()..])
}

fn routine_kind(r: &Routine) -> &'static str {
    if r.procedure { "PROCEDURE" } else { "FUNCTION" }
}

fn drop_routine_sql(r: &Routine) -> String {
    format!(
        "DROP {} {}({})",
        routine_kind(r),
        qualified(&r.name),
        r.args
    )
}

fn routine_needs(schema: &Schema, r: &Routine) -> Vec<Key> {
    let mut keys = vec![Key::Schema(r.name.schema.clone())];
    // PostgreSQL checks SQL-language bodies when the function is created: what they read first.
    if r.sql_body {
        keys.extend(mentioned_keys(schema, &r.mentions, &r.words));
    } else {
        keys.extend(
            r.mentions
                .iter()
                .filter(|m| schema.enums.contains_key(*m))
                .map(|m| Key::Type(m.clone())),
        );
    }
    // Its argument and result types exist when it is created (and while it exists). A checked
    // body reads a row type's fields (`$1.col`), so a table's columns are there first too.
    for t in &r.types {
        if let Some(table) = schema.tables.get(t) {
            keys.push(Key::Table(t.clone()));
            if r.sql_body {
                keys.extend(
                    table
                        .columns
                        .iter()
                        .map(|c| Key::Column(t.clone(), c.name.clone())),
                );
            }
        } else if schema.views.contains_key(t) {
            keys.push(Key::Table(t.clone()));
        } else if schema.enums.contains_key(t)
            || schema.domains.contains_key(t)
            || schema.composites.contains_key(t)
        {
            keys.push(Key::Type(t.clone()));
        }
    }
    keys.retain(|k| k != &Key::Routine(r.name.clone()));
    keys
}

pub(super) fn create_routine(ctx: &Context, r: &Routine) -> Vec<Step> {
    let mut st = Step::new(
        Phase::Expand,
        Rank::Routine,
        r.signature(),
        format!(
            "create {} {}",
            routine_kind(r).to_lowercase(),
            r.signature()
        ),
    )
    .up(r.definition.sql.clone())
    .down(drop_routine_sql(r));
    st.up.extend(comment_again(routine_comment(r), &r.comment));
    st.creates.push(Key::Routine(r.name.clone()));
    st.creates.push(Key::Signature(r.signature()));
    st.needs_new = routine_needs(ctx.new, r);
    // after the labels of the enum types of its signature change (a rebuilt type is swapped in)
    st.needs_new.extend(
        r.types
            .iter()
            .filter(|t| ctx.new.enums.contains_key(*t))
            .map(|t| Key::Labels(t.clone())),
    );
    if ctx.old.routines.contains_key(&r.signature()) {
        st.phase = enum_swap_phase(ctx, r);
    }
    vec![st]
}

/// The phase a routine dropped and created again for a rebuilt enum type of its signature goes
/// in: with the type's swap, in contract when the type's columns change through shadow columns.
fn enum_swap_phase(ctx: &Context, r: &Routine) -> Phase {
    if r.types.iter().any(|t| ctx.enum_rebuilds.contains_key(t)) {
        Phase::Contract
    } else {
        Phase::Expand
    }
}

pub(super) fn drop_routine(ctx: &Context, r: &Routine) -> Vec<Step> {
    // Dropped to be created again (its return type changes): in the phase of the create.
    let recreated = ctx.new.routines.contains_key(&r.signature());
    let mut st = Step::new(
        if recreated {
            enum_swap_phase(ctx, r)
        } else {
            Phase::Contract
        },
        Rank::DropRoutine,
        r.signature(),
        format!("drop {} {}", routine_kind(r).to_lowercase(), r.signature()),
    )
    .up(drop_routine_sql(r))
    .down(or_replace(&r.definition.sql))
    .down_all(comment_again(routine_comment(r), &r.comment))
    .risk(
        RiskCode::BreaksOldApp,
        None,
        format!(
            "the running application can no longer call {}",
            r.signature()
        ),
    );
    st.drops.push(Key::Routine(r.name.clone()));
    st.drops.push(Key::Signature(r.signature()));
    // A SQL-language routine's body depends on what it calls: it goes first.
    st.needs_old = routine_needs(ctx.old, r);
    vec![st]
}

pub(super) fn replace_routine(ctx: &Context, old: &Routine, new: &Routine) -> Vec<Step> {
    let mut st = Step::new(
        Phase::Expand,
        Rank::Routine,
        new.signature(),
        format!(
            "replace the definition of {} {}",
            routine_kind(new).to_lowercase(),
            new.signature()
        ),
    )
    .up(or_replace(&new.definition.sql));
    st.creates.push(Key::Routine(new.name.clone()));
    st.needs_new = routine_needs(ctx.new, new);
    // The down puts back a SQL-language body, which PostgreSQL checks against what it reads.
    // What only the old body reads (a table the change drops or renames) may come back later
    // in the same down, so there the body is not checked, as pg_dump does not check bodies.
    let old_needs = if old.sql_body {
        routine_needs(ctx.old, old)
    } else {
        Vec::new()
    };
    let unchecked = old_needs.iter().any(|k| !st.needs_new.contains(k));
    if unchecked {
        st.down
            .push("SET LOCAL check_function_bodies = off".to_string());
    }
    st.down.push(or_replace(&old.definition.sql));
    if unchecked {
        st.down
            .push("SET LOCAL check_function_bodies = on".to_string());
    }
    vec![st]
}

fn view_kind(v: &View) -> &'static str {
    if v.materialized {
        "MATERIALIZED VIEW"
    } else {
        "VIEW"
    }
}

/// The phase a view is dropped and created again in: with the contract-phase swap when it reads
/// a column that changes through a shadow column (the swap drops that column), else expand.
fn view_phase(ctx: &Context, v: &View) -> Phase {
    // The view, or a view it reads (transitively, in the old schema), reads a shadowed column.
    let mut seen: HashSet<&QualName> = HashSet::new();
    let mut todo = vec![v];
    let mut shadowed = false;
    while let Some(v) = todo.pop() {
        if !seen.insert(&v.name) {
            continue;
        }
        shadowed |= ctx.any_shadowed(|t, c| crate::diff::view_reads(v, t, c));
        todo.extend(v.mentions.iter().filter_map(|m| ctx.old.views.get(m)));
    }
    if shadowed {
        Phase::Contract
    } else {
        Phase::Expand
    }
}

/// A materialized view's indexes in `schema`, created right after it.
fn matview_indexes<'a>(schema: &'a Schema, v: &View) -> Vec<&'a Index> {
    if !v.materialized {
        return Vec::new();
    }
    schema
        .indexes
        .values()
        .filter(|i| i.table == v.name)
        .collect()
}

pub(super) fn create_view(ctx: &Context, v: &View) -> Vec<Step> {
    let recreated = ctx.old.views.contains_key(&v.name);
    let mut st = Step::new(
        if recreated {
            view_phase(ctx, v)
        } else {
            Phase::Expand
        },
        Rank::View,
        v.name.to_string(),
        format!(
            "{} {} {}",
            if recreated { "create again" } else { "create" },
            view_kind(v).to_lowercase(),
            v.name
        ),
    )
    .up(v.definition.sql.clone())
    .down(format!("DROP {} {}", view_kind(v), qualified(&v.name)));
    for i in matview_indexes(ctx.new, v) {
        st.up.push(pg::create_index(i, false));
        st.creates.push(Key::Index(i.name.clone()));
    }
    st.up.extend(comment_again(view_comment(v), &v.comment));
    st.up.extend(view_column_comments(v));
    if v.no_data {
        st = st.risk(
            RiskCode::BreaksOldApp,
            None,
            format!(
                "{} is created WITH NO DATA, as the schema says: reading it fails until REFRESH MATERIALIZED VIEW {} has run",
                v.name,
                qualified(&v.name)
            ),
        );
    } else if v.materialized {
        // Computing the rows takes as long as the query: not inside another unit's locks.
        st = st.tx(Tx::Alone).risk(
            RiskCode::RowLocks,
            None,
            format!(
                "computes the rows of {} (as long as its query takes; the tables it reads stay writable)",
                v.name
            ),
        );
    }
    st.creates.push(Key::Table(v.name.clone()));
    st.needs_new = mentioned_keys(ctx.new, &v.mentions, &v.words);
    // Columns it reads of an enum type: after the type's labels change (a rebuild converts
    // them, which the view would block).
    for m in &v.mentions {
        if let Some(t) = ctx.new.tables.get(m) {
            for c in &t.columns {
                if crate::diff::view_reads(v, m, &c.name)
                    && let Some(Key::Type(ty)) = type_key(&c.ty)
                {
                    st.needs_new.push(Key::Labels(ty));
                }
            }
        }
    }
    star_columns(ctx, v, &mut st);
    st.needs_new.push(Key::Schema(v.name.schema.clone()));
    st.needs_new.retain(|k| k != &Key::Table(v.name.clone()));
    st.after_drop.push(Key::Table(v.name.clone()));
    vec![st]
}

/// `CREATE OR REPLACE VIEW` with a definition that only appends columns. Its down is empty:
/// the rebuild that restores the old definition comes as down-only steps (see
/// `Change::DownOnly`).
pub(super) fn replace_view(ctx: &Context, v: &View) -> Vec<Step> {
    let mut st = Step::new(
        Phase::Expand,
        Rank::View,
        v.name.to_string(),
        format!(
            "replace view {} (columns appended; the down drops it and what depends on it, and creates them again)",
            v.name
        ),
    )
    .up(or_replace(&v.definition.sql))
    .risk(
        RiskCode::ExclusiveLock,
        Some(Lock::AccessExclusive),
        format!("ACCESS EXCLUSIVE lock on {}, brief", v.name),
    );
    st.creates.push(Key::Table(v.name.clone()));
    st.needs_new = mentioned_keys(ctx.new, &v.mentions, &v.words);
    star_columns(ctx, v, &mut st);
    st.needs_new.push(Key::Schema(v.name.schema.clone()));
    st.needs_new.retain(|k| k != &Key::Table(v.name.clone()));
    vec![st]
}

/// `*` in a view expands to the columns of the moment: a step creating (or replacing) view `v`
/// comes after every column of the tables it reads is added, and after every column they lose is
/// dropped (else the view would take the column along and block its drop).
fn star_columns(ctx: &Context, v: &View, st: &mut Step) {
    if !crate::diff::view_has_star(v) {
        return;
    }
    for m in &v.mentions {
        let Some(t) = ctx.new.tables.get(m) else {
            continue;
        };
        st.needs_new.extend(
            t.columns
                .iter()
                .map(|c| Key::Column(m.clone(), c.name.clone())),
        );
        if let Some(old) = ctx.old.tables.get(m) {
            st.after_drop.extend(
                old.columns
                    .iter()
                    .filter(|c| t.column(&c.name).is_none())
                    .map(|c| Key::Column(m.clone(), c.name.clone())),
            );
        }
    }
}

pub(super) fn drop_view(ctx: &Context, v: &View) -> Vec<Step> {
    let recreated = ctx.new.views.contains_key(&v.name);
    let mut st = Step::new(
        if recreated {
            view_phase(ctx, v)
        } else {
            Phase::Contract
        },
        Rank::DropView,
        v.name.to_string(),
        format!(
            "drop {} {}{}",
            view_kind(v).to_lowercase(),
            v.name,
            if recreated {
                " (to create it again)"
            } else {
                ""
            }
        ),
    )
    .up(format!("DROP {} {}", view_kind(v), qualified(&v.name)))
    .down(v.definition.sql.clone());
    for i in matview_indexes(ctx.old, v) {
        st.down.push(pg::create_index(i, false));
    }
    st.down.extend(comment_again(view_comment(v), &v.comment));
    st.down.extend(view_column_comments(v));
    if !recreated {
        st = st.risk(
            RiskCode::BreaksOldApp,
            None,
            format!("the running application can no longer read {}", v.name),
        );
    }
    st.drops.push(Key::Table(v.name.clone()));
    st.needs_old = mentioned_keys(ctx.old, &v.mentions, &v.words);
    st.needs_old.retain(|k| k != &Key::Table(v.name.clone()));
    vec![st]
}

fn routine_comment(r: &Routine) -> CommentTarget {
    CommentTarget::Routine {
        signature: r.signature(),
        procedure: r.procedure,
    }
}

fn view_comment(v: &View) -> CommentTarget {
    CommentTarget::View {
        name: v.name.clone(),
        materialized: v.materialized,
    }
}

/// The comments on a view's columns, set again where it is created.
fn view_column_comments(v: &View) -> Vec<String> {
    v.column_comments
        .iter()
        .map(|(column, text)| {
            comment_sql(
                &CommentTarget::ViewColumn {
                    view: v.name.clone(),
                    column: column.clone(),
                },
                &Some(text.clone()),
            )
        })
        .collect()
}

fn trigger_comment(t: &Trigger) -> CommentTarget {
    CommentTarget::of_trigger(t)
}

fn trigger_key(t: &Trigger) -> String {
    t.key()
}

/// `DROP TRIGGER name ON table` or `DROP RULE name ON table`.
fn drop_trigger_sql(t: &Trigger) -> String {
    format!(
        "DROP {} {} ON {}",
        t.kind().to_uppercase(),
        quote_ident(&t.name),
        qualified(&t.table)
    )
}

/// The lock creating or dropping `t` takes on its table, and how the plan says it.
fn trigger_lock(ctx: &Context, t: &Trigger, create: bool) -> (Lock, String) {
    let ddl = match (t.rule, create) {
        (false, true) => Ddl::CreateTrigger,
        (false, false) => Ddl::DropTrigger,
        (true, true) => Ddl::CreateRule,
        (true, false) => Ddl::DropRule,
    };
    let lock = ddl.lock(ctx.opts.pg_version);
    (
        lock,
        format!("{} lock on {}, brief", lock.as_str(), t.table),
    )
}

/// The statement that sets a created trigger's firing state, unless it is the default.
fn firing_again(t: &Trigger) -> Option<String> {
    (!t.firing.is_default()).then(|| pg::trigger_firing_sql(&t.table, &t.name, t.firing))
}

/// `ALTER TABLE ... ENABLE / DISABLE TRIGGER`: catalog only, under a brief lock.
pub(super) fn set_trigger_firing(ctx: &Context, t: &Trigger, old: TriggerFiring) -> Vec<Step> {
    let mut st = Step::new(
        Phase::Expand,
        Rank::Trigger,
        trigger_key(t),
        format!(
            "{} trigger {} on {}",
            match t.firing {
                TriggerFiring::Origin => "enable",
                TriggerFiring::Disabled => "disable",
                TriggerFiring::Replica => "fire only in replica sessions:",
                TriggerFiring::Always => "fire always:",
            },
            t.name,
            t.table
        ),
    )
    .up(pg::trigger_firing_sql(&t.table, &t.name, t.firing))
    .down(pg::trigger_firing_sql(&t.table, &t.name, old))
    .risk(
        RiskCode::ExclusiveLock,
        Some(Ddl::SetTriggerFiring.lock(ctx.opts.pg_version)),
        format!("SHARE ROW EXCLUSIVE lock on {}, brief", t.table),
    );
    st.needs_new.push(Key::Trigger(trigger_key(t)));
    st.needs_old.push(Key::Trigger(trigger_key(t)));
    vec![st]
}

pub(super) fn create_trigger(ctx: &Context, t: &Trigger) -> Vec<Step> {
    let mut st = Step::new(
        Phase::Expand,
        Rank::Trigger,
        trigger_key(t),
        format!("create {} {} on {}", t.kind(), t.name, t.table),
    )
    .up(t.definition.sql.clone())
    .up_all(firing_again(t))
    .up_all(comment_again(trigger_comment(t), &t.comment))
    .down(drop_trigger_sql(t));
    let (lock, says) = trigger_lock(ctx, t, true);
    st = st.risk(RiskCode::ExclusiveLock, Some(lock), says);
    st.creates.push(Key::Trigger(trigger_key(t)));
    st.after_drop.push(Key::Trigger(trigger_key(t)));
    st.needs_new.push(Key::Table(t.table.clone()));
    if let Some(f) = &t.function {
        st.needs_new.push(Key::Routine(f.clone()));
    }
    // what a rule's actions read and write
    st.needs_new
        .extend(mentioned_keys(ctx.new, &t.mentions, &t.words));
    if let Some(table) = ctx.new.tables.get(&t.table) {
        let canon = &t.definition.canon;
        for c in table
            .columns
            .iter()
            .filter(|c| pg::trigger_references_column(canon, &t.table.name, &c.name))
        {
            st.needs_new
                .push(Key::Column(t.table.clone(), c.name.clone()));
            // a column of an enum type: after the type's labels change (a rebuild converts
            // it, which the trigger would block)
            if let Some(Key::Type(ty)) = type_key(&c.ty) {
                st.needs_new.push(Key::Labels(ty));
            }
        }
    }
    vec![st]
}

pub(super) fn drop_trigger(ctx: &Context, t: &Trigger) -> Vec<Step> {
    let recreated = ctx.new.triggers.contains_key(&trigger_key(t));
    // A trigger or rule reading a shadowed column goes right before the swap, in the contract
    // phase (the swap cannot drop the old column under it), not for the whole rollout.
    let shadowed = ctx.any_shadowed(|table, c| crate::diff::trigger_reads(t, table, c));
    let mut st = Step::new(
        if recreated && !shadowed {
            Phase::Expand
        } else {
            Phase::Contract
        },
        Rank::DropTrigger,
        trigger_key(t),
        format!(
            "drop {} {} on {}{}",
            t.kind(),
            t.name,
            t.table,
            if recreated {
                " (to create it again)"
            } else {
                ""
            }
        ),
    )
    .up(drop_trigger_sql(t))
    .down(t.definition.sql.clone())
    .down_all(firing_again(t))
    .down_all(comment_again(trigger_comment(t), &t.comment));
    let (lock, says) = trigger_lock(ctx, t, false);
    st = st.risk(RiskCode::ExclusiveLock, Some(lock), says);
    if ctx.dropped_tables.contains(&t.table) {
        // Dropped with its table; the down creates it again after the table.
        st.up.clear();
    }
    st.drops.push(Key::Trigger(trigger_key(t)));
    st.needs_old.push(Key::Table(t.table.clone()));
    if let Some(f) = &t.function {
        st.needs_old.push(Key::Routine(f.clone()));
    }
    st.needs_old
        .extend(mentioned_keys(ctx.old, &t.mentions, &t.words));
    vec![st]
}

/// An object's name as its statements write it: an operator's symbol after its schema.
pub(super) fn object_name_sql(kind: ObjectKind, name: &QualName) -> String {
    if kind == ObjectKind::Operator {
        format!("{}.{}", quote_ident(&name.schema), name.name)
    } else if name.schema.is_empty() {
        quote_ident(&name.name)
    } else {
        qualified(name)
    }
}

pub(super) fn drop_object_sql(o: &OpaqueObject) -> String {
    let args = match o.kind {
        ObjectKind::Operator | ObjectKind::Aggregate => o.args.as_str(),
        _ => "",
    };
    format!(
        "DROP {} {}{args}",
        o.kind.sql(),
        object_name_sql(o.kind, &o.name)
    )
}

/// The extended statistics objects on `table` that name one of `columns`.
pub(super) fn statistics_on<'s, 'c>(
    schema: &'s Schema,
    table: &'s QualName,
    columns: impl Iterator<Item = &'c str> + Clone,
) -> impl Iterator<Item = &'s OpaqueObject> {
    schema.objects.values().filter(move |o| {
        o.kind == ObjectKind::Statistics
            && o.mentions.contains(table)
            && columns.clone().any(|c| o.words.iter().any(|w| w == c))
    })
}

/// The keys of what an object's definition names in `schema`.
fn object_needs(schema: &Schema, o: &OpaqueObject) -> Vec<Key> {
    let mut keys = Vec::new();
    if !o.name.schema.is_empty() {
        keys.push(Key::Schema(o.name.schema.clone()));
    }
    keys.extend(mentioned_keys(schema, &o.mentions, &o.words));
    for other in schema.objects.values() {
        if other.key() != o.key() && o.mentions.contains(&other.name) {
            keys.push(Key::Object(other.key()));
        }
    }
    keys
}

pub(super) fn object_comment(o: &OpaqueObject) -> CommentTarget {
    CommentTarget::Object {
        kind: o.kind,
        name: o.name.clone(),
        args: o.args.clone(),
    }
}

pub(super) fn create_object(ctx: &Context, o: &OpaqueObject) -> Vec<Step> {
    let recreated = ctx.old.objects.contains_key(&o.key());
    let mut st = Step::new(
        Phase::Expand,
        Rank::Object,
        o.key(),
        format!(
            "{} {}",
            if recreated { "create again" } else { "create" },
            o.key().to_lowercase()
        ),
    )
    .up(o.definition.sql.clone())
    .up_all(comment_again(object_comment(o), &o.comment))
    .down(drop_object_sql(o));
    st.creates.push(Key::Object(o.key()));
    st.after_drop.push(Key::Object(o.key()));
    st.needs_new = object_needs(ctx.new, o);
    vec![st]
}

pub(super) fn drop_object(ctx: &Context, o: &OpaqueObject) -> Vec<Step> {
    let recreated = ctx.new.objects.contains_key(&o.key());
    let mut st = Step::new(
        if recreated {
            Phase::Expand
        } else {
            Phase::Contract
        },
        Rank::DropObject,
        o.key(),
        format!(
            "drop {}{}",
            o.key().to_lowercase(),
            if recreated {
                " (to create it again)"
            } else {
                ""
            }
        ),
    )
    .up(drop_object_sql(o))
    .down(o.definition.sql.clone())
    .down_all(comment_again(object_comment(o), &o.comment));
    // nothing can use a statistics object, an event trigger or a publication (and in one
    // transaction no DDL runs and no change is published between the drop and the create)
    if recreated
        && !matches!(
            o.kind,
            ObjectKind::Statistics | ObjectKind::EventTrigger | ObjectKind::Publication
        )
    {
        st = st.risk(
            RiskCode::BreaksOldApp,
            None,
            format!(
                "{} is dropped and created again: the drop fails while a column, index or view uses it",
                o.key().to_lowercase()
            ),
        );
    }
    st.drops.push(Key::Object(o.key()));
    st.needs_old = object_needs(ctx.old, o);
    vec![st]
}
