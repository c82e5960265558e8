//! Rewriting type changes on large tables, without the long lock.
//!
//! `ALTER COLUMN ... TYPE` that is not binary-coercible (int -> bigint, text -> enum) rewrites the
//! table and its indexes under ACCESS EXCLUSIVE: minutes of blocked reads and writes on a big
//! table. Instead (as pgroll and Reshape do, and strong_migrations describes):
//!
//! - expand: a nullable shadow column of the new type, and a row trigger that sets it from the
//!   column on every INSERT and UPDATE, so the running application keeps it current;
//! - backfill: the rows written before the trigger existed, in batches (each its own transaction);
//!   then the column's indexes and PRIMARY KEY / UNIQUE indexes rebuilt over the shadow column
//!   CONCURRENTLY, and its NOT NULL proven by a CHECK validated without a write lock;
//! - contract: one short transaction swaps the columns: drop the trigger and the old column,
//!   rename the shadow column, restore the default and NOT NULL, rename the prebuilt indexes,
//!   attach the PRIMARY KEY / UNIQUE constraints to theirs, re-add CHECKs and foreign keys
//!   NOT VALID (validated afterwards, without a write lock).
//!
//! Everything PostgreSQL hangs on the column (indexes, partial and expression ones too,
//! constraints, foreign keys from other tables, its default, NOT NULL, owned sequences, its
//! comment) is carried over, so the result equals a database built from the new schema. The
//! down of the swap converts the column back in place (a rewrite: the way back is not the hot
//! path); the downs of the earlier steps are no-ops once it ran, so any prefix rolls back.

use super::*;

/// Whether `table` is in a partition tree or an inheritance tree: its columns keep the in-place
/// ALTER, which recurses to every partition or child. A partition's inherited column cannot be
/// changed on its own, a partitioned table's indexes cannot be built CONCURRENTLY, and a shadow
/// column's trigger and backfill would see one table of several.
fn in_partition_tree(ctx: &Context, table: &QualName) -> bool {
    ctx.old.in_partition_tree(table)
        || ctx.new.in_partition_tree(table)
        || ctx.inheritance.contains(table)
}

/// The shadow column of `column`.
fn shadow_name(column: &str) -> String {
    format!("gen_new_{}", pg::clip(column, pg::MAX_IDENT - 8))
}

/// Whether changing `old` into `new` on `table` takes the shadow-column path: a type change that
/// rewrites, on an existing table not known to be small, of a plain column (identity and
/// generated columns, and columns under an EXCLUDE constraint or a generated column's expression,
/// keep the in-place ALTER and its `table-rewrite` risk).
pub(super) fn applies(ctx: &Context, table: &QualName, old: &Column, new: &Column) -> bool {
    if ctx.is_new_table(table)
        || ctx.is_small(table)
        || in_partition_tree(ctx, table)
        || old.name != new.name
        || old.ty == new.ty
        || pg::type_change_is_free(&old.ty, &new.ty)
        || old.generated.is_some()
        || new.generated.is_some()
        || old.identity.is_some()
        || new.identity.is_some()
    {
        return false;
    }
    let (Some(t_old), Some(t_new)) = (ctx.old.tables.get(table), ctx.new.tables.get(table)) else {
        return false;
    };
    [t_old, t_new].iter().all(|t| {
        !t.constraints.values().any(|c| {
            matches!(c.kind, ConstraintKind::Exclude { .. }) && constraint_uses(table, c, &new.name)
        }) && !t.columns.iter().any(|c| {
            c.generated
                .as_ref()
                .is_some_and(|g| pg::references_column(&g.sql, &table.name, &new.name))
        })
    })
}

/// For a column of an existing table whose enum type `ty` is rebuilt (a label removed or
/// reordered) under the temporary name `temp`: the column as the shadow path builds it, typed
/// `temp`, when it can take that path (see [`applies`]). The column then changes like a rewriting
/// type change, and the type is swapped in by name once every column uses it. `None` (the column
/// is converted in place, `table-rewrite`) when its default, a CHECK, an index expression or
/// predicate over it, or a view reading it names the type in a way the swap could not retarget.
pub(super) fn enum_column(
    ctx: &Context,
    table: &QualName,
    old: &Column,
    new: &Column,
    ty: &QualName,
    temp: &QualName,
) -> Option<Column> {
    let default = match &new.default {
        Some(d) => Some(Expr::new(
            pg::retype_refs(&d.sql, ty, temp)?,
            d.canon.clone(),
        )),
        None => None,
    };
    let column = Column {
        ty: TypeRef {
            schema: Some(temp.schema.clone()),
            name: temp.name.clone(),
            ..new.ty.clone()
        },
        default,
        ..new.clone()
    };
    if !applies(ctx, table, old, &column) {
        return None;
    }
    let names_type = |sql: &str| pg::mentions_ident(sql, &ty.name);
    for (schema, col) in [(ctx.old, &old.name), (ctx.new, &new.name)] {
        let t = schema.tables.get(table)?;
        let checks = t.constraints.values().any(|c| {
            matches!(&c.kind, ConstraintKind::Check { expr, .. } if names_type(&expr.sql))
                && constraint_uses(table, c, col)
        });
        let indexes = schema.indexes.values().any(|i| {
            &i.table == table
                && index_uses(i, col)
                && (i.predicate.as_ref().is_some_and(|p| names_type(&p.sql))
                    || i.keys.iter().any(
                        |k| matches!(&k.key, IndexKeyExpr::Expression(e) if names_type(&e.sql)),
                    ))
        });
        let views = schema.views.values().any(|v| {
            crate::diff::view_reads(v, table, col) && v.words.iter().any(|w| w == &ty.name)
        });
        if checks || indexes || views {
            return None;
        }
    }
    Some(column)
}

/// For a column rename on an existing table when old and new application versions must both
/// work (`ColumnRenames::Compat`): the old and the new column. The new column is added beside the
/// old one and synced both ways. Identity and generated columns, columns a generated column or an
/// EXCLUDE constraint uses, and renames onto a dropped column's name are renamed in place.
pub(super) fn rename_columns<'a>(
    ctx: &Context<'a>,
    table: &QualName,
    from: &str,
    to: &str,
) -> Option<(&'a Column, &'a Column)> {
    if ctx.opts.column_renames != ColumnRenames::Compat
        || ctx.is_new_table(table)
        || !crate::diff::compat_rename_possible(ctx.old, ctx.new, table, from, to)
    {
        return None;
    }
    Some((
        ctx.old.tables.get(table)?.column(from)?,
        ctx.new.tables.get(table)?.column(to)?,
    ))
}

/// Whether a shadow-column swap takes care of constraint `c` of `table` (it uses a shadowed
/// column, or references one): the diff's own add or drop of it then has nothing to do. A
/// constraint of the old side (`old_side`) may still name a renamed column by its old name.
pub(super) fn absorbs_constraint(
    ctx: &Context,
    table: &QualName,
    c: &Constraint,
    old_side: bool,
) -> bool {
    shadowed_names(ctx, old_side)
        .any(|(t, col)| (t == table && constraint_uses(table, c, col)) || fk_references(c, t, col))
}

/// Whether a shadow-column swap takes care of index `i` (it uses a shadowed column).
pub(super) fn absorbs_index(ctx: &Context, i: &Index, old_side: bool) -> bool {
    shadowed_names(ctx, old_side).any(|(t, col)| t == &i.table && index_uses(i, col))
}

/// The shadowed columns by (table, name), with their old names too when `old_side`.
fn shadowed_names<'a>(
    ctx: &'a Context,
    old_side: bool,
) -> impl Iterator<Item = (&'a QualName, &'a str)> {
    let old = ctx
        .shadow_renames
        .iter()
        .filter(move |_| old_side)
        .map(|(t, c)| (t, c.as_str()));
    ctx.shadowed.iter().map(|(t, c)| (t, c.as_str())).chain(old)
}

/// One column of the table that changes through a shadow column.
struct Shadowed<'a> {
    old: &'a Column,
    new: &'a Column,
    /// The column's name in the old schema.
    old_name: String,
    /// The column's name in the new schema.
    name: String,
    /// The column added beside the old one: the new name for a rename, else a temporary name.
    shadow: String,
    check: String,
    /// A rename: the new application writes the new column, so the trigger syncs both ways.
    two_way: bool,
}

/// The value of the shadow column for a row, written over the row's columns (`column_ref` is how
/// the column is referred to): `-- @using EXPR` when given, else the cast `ALTER COLUMN ... TYPE`
/// would use; when the column becomes NOT NULL with `-- @backfill EXPR`, that for NULLs.
fn conversion(old: &Column, new: &Column, column_ref: &str) -> String {
    let ty = pg::type_sql(&new.ty);
    let value = match new.directives.using.as_deref() {
        Some(u) => format!("({u})"),
        None => match pg::type_conversion(&old.ty, &new.ty, is_user_type) {
            pg::Conversion::Implicit => column_ref.to_string(),
            pg::Conversion::Cast => format!("({column_ref})::{ty}"),
            pg::Conversion::ViaText => format!("({column_ref})::text::{ty}"),
        },
    };
    match new.directives.backfill.as_deref() {
        Some(b) if new.not_null && !old.not_null => format!("COALESCE({value}, {b})"),
        _ => value,
    }
}

/// The value of the old column from the new one, for a two-way sync (a rename that may also
/// change the type): the cast back.
fn back_conversion(old: &Column, new: &Column, column_ref: &str) -> String {
    let ty = pg::type_sql(&old.ty);
    match pg::type_conversion(&new.ty, &old.ty, is_user_type) {
        pg::Conversion::Implicit => column_ref.to_string(),
        pg::Conversion::Cast => format!("({column_ref})::{ty}"),
        pg::Conversion::ViaText => format!("({column_ref})::text::{ty}"),
    }
}

/// Whether the conversion is an expression of the user's over the row (not just the column).
fn uses_row(new: &Column) -> bool {
    new.directives.using.is_some() || new.directives.backfill.is_some()
}

/// The name of a shadowed column in the old schema (`old`) or the new one.
fn name_in<'a>(s: &'a Shadowed, old: bool) -> &'a str {
    if old { &s.old_name } else { &s.name }
}

/// The constraints of `schema` (the old one when `old`) a swap on `table` concerns: the table's
/// own that use a shadowed column, and the foreign keys of any table that reference one.
/// The constraints of `table` over the columns, and the foreign keys (of any table) referencing
/// them, in the old or the new schema; by lookup, not by a scan of every table.
fn constraints_over<'a>(
    ctx: &Context<'a>,
    table: &QualName,
    cols: &[Shadowed],
    old: bool,
) -> Vec<(&'a QualName, &'a Constraint)> {
    let schema = if old { ctx.old } else { ctx.new };
    let fks = &ctx.fks_to[if old { 0 } else { 1 }];
    let mut v: Vec<(&'a QualName, &'a Constraint)> = Vec::new();
    // Tables in name order (as a scan of the schema would give), each table's constraints too.
    let mut tables: Vec<&'a QualName> = fks
        .get(table)
        .map(|f| f.iter().map(|(t, _)| *t).collect())
        .unwrap_or_default();
    if let Some((own, _)) = schema.tables.get_key_value(table) {
        tables.push(own);
    }
    tables.sort();
    tables.dedup();
    for tname in tables {
        let t = &schema.tables[tname];
        for c in t.constraints.values() {
            if cols.iter().any(|s| {
                (&t.name == table && constraint_uses(table, c, name_in(s, old)))
                    || fk_references(c, table, name_in(s, old))
            }) {
                v.push((&t.name, c));
            }
        }
    }
    v
}

fn indexes_over<'a>(
    ctx: &Context<'a>,
    table: &QualName,
    cols: &[Shadowed],
    old: bool,
) -> Vec<&'a Index> {
    let by_table = if old {
        &ctx.old_indexes
    } else {
        &ctx.new_indexes
    };
    let mut v: Vec<&'a Index> = by_table
        .get(table)
        .into_iter()
        .flatten()
        .copied()
        .filter(|i| cols.iter().any(|s| index_uses(i, name_in(s, old))))
        .collect();
    // In name order, as a scan of the schema's index map gives.
    v.sort_by(|a, b| a.name.cmp(&b.name));
    v
}

/// `i` with its columns renamed by `map` (from, to), named `name`.
fn index_renamed(i: &Index, map: &[(&str, &str)], name: &str) -> Index {
    let rename = |sql: &str| {
        map.iter().fold(sql.to_string(), |sql, (from, to)| {
            pg::rename_column_refs(&sql, &i.table.name, from, to)
        })
    };
    let col = |c: &String| {
        map.iter()
            .find(|(from, _)| from == c)
            .map_or_else(|| c.clone(), |(_, to)| to.to_string())
    };
    Index {
        name: QualName::new(i.name.schema.clone(), name),
        keys: i
            .keys
            .iter()
            .map(|k| IndexKey {
                key: match &k.key {
                    IndexKeyExpr::Column(c) => IndexKeyExpr::Column(col(c)),
                    IndexKeyExpr::Expression(e) => {
                        IndexKeyExpr::Expression(Expr::new(rename(&e.sql), rename(&e.canon)))
                    }
                },
                ..k.clone()
            })
            .collect(),
        include: i.include.iter().map(col).collect(),
        predicate: i
            .predicate
            .as_ref()
            .map(|p| Expr::new(rename(&p.sql), rename(&p.canon))),
        comment: None,
        ..i.clone()
    }
}

/// `c` of `table` with its columns renamed by `map` (from, to) where they are `table`'s.
fn constraint_renamed(
    t: &QualName,
    c: &Constraint,
    table: &QualName,
    map: &[(&str, &str)],
) -> Constraint {
    let col = |c: &String| {
        map.iter()
            .find(|(from, _)| from == c)
            .map_or_else(|| c.clone(), |(_, to)| to.to_string())
    };
    let cols = |v: &[String]| v.iter().map(col).collect::<Vec<_>>();
    let expr = |e: &Expr| {
        let r = |sql: &str| {
            map.iter().fold(sql.to_string(), |sql, (from, to)| {
                pg::rename_column_refs(&sql, &table.name, from, to)
            })
        };
        Expr::new(r(&e.sql), r(&e.canon))
    };
    let own = t == table;
    let kind = match &c.kind {
        ConstraintKind::PrimaryKey { columns, include } if own => ConstraintKind::PrimaryKey {
            columns: cols(columns),
            include: cols(include),
        },
        ConstraintKind::Unique {
            columns,
            include,
            nulls_not_distinct,
        } if own => ConstraintKind::Unique {
            columns: cols(columns),
            include: cols(include),
            nulls_not_distinct: *nulls_not_distinct,
        },
        ConstraintKind::Check {
            expr: e,
            no_inherit,
        } if own => ConstraintKind::Check {
            expr: expr(e),
            no_inherit: *no_inherit,
        },
        ConstraintKind::ForeignKey {
            columns,
            ref_table,
            ref_columns,
            on_delete,
            on_update,
            match_type,
        } => ConstraintKind::ForeignKey {
            columns: if own { cols(columns) } else { columns.clone() },
            ref_table: ref_table.clone(),
            ref_columns: if ref_table == table {
                cols(ref_columns)
            } else {
                ref_columns.clone()
            },
            on_delete: *on_delete,
            on_update: *on_update,
            match_type: *match_type,
        },
        other => other.clone(),
    };
    Constraint { kind, ..c.clone() }
}

fn add_constraint_sql(table: &QualName, c: &Constraint, using_index: Option<&str>) -> String {
    let at = alter_table(table);
    let name = quote_ident(&c.name);
    match (&c.kind, using_index) {
        (ConstraintKind::PrimaryKey { .. }, Some(i)) => format!(
            "{at} ADD CONSTRAINT {name} PRIMARY KEY USING INDEX {}{}",
            quote_ident(i),
            deferrable_sql(c)
        ),
        (ConstraintKind::Unique { .. }, Some(i)) => format!(
            "{at} ADD CONSTRAINT {name} UNIQUE USING INDEX {}{}",
            quote_ident(i),
            deferrable_sql(c)
        ),
        (ConstraintKind::Check { .. } | ConstraintKind::ForeignKey { .. }, Some(_)) => format!(
            "{at} ADD CONSTRAINT {name} {} NOT VALID",
            pg::constraint_body(c)
        ),
        _ => format!("{at} ADD CONSTRAINT {name} {}", pg::constraint_body(c)),
    }
}

/// Which swap validates constraint `c` of `t` after re-adding it NOT VALID (when two swaps both
/// re-add it, a foreign key between two shadowed columns): the swap of its own table when that
/// shadows a column it uses, else the swap of the table it references.
fn validated_by_own_table(ctx: &Context, t: &QualName, c: &Constraint) -> bool {
    ctx.shadowed
        .iter()
        .any(|(st, col)| st == t && constraint_uses(t, c, col))
}

/// The steps that change the types of `columns` (old, new) of `table` through shadow columns.
pub(super) fn steps(ctx: &Context, table: &QualName, columns: &[(&Column, &Column)]) -> Vec<Step> {
    let cols: Vec<Shadowed> = columns
        .iter()
        .map(|(old, new)| {
            let two_way = old.name != new.name;
            let shadow = if two_way {
                new.name.clone()
            } else {
                shadow_name(&new.name)
            };
            Shadowed {
                old,
                new,
                old_name: old.name.clone(),
                name: new.name.clone(),
                check: not_null_check_name(table, &shadow),
                shadow,
                two_way,
            }
        })
        .collect();
    let sync = pg::clip(&format!("gen_sync_{}", table.name), pg::MAX_IDENT).to_string();
    let func = qualified(&QualName::new(table.schema.clone(), sync.clone()));
    let trigger = quote_ident(&sync);
    let key = table.to_string();
    let at = alter_table(table);
    let list = cols
        .iter()
        .map(|s| s.name.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    let shadows = cols
        .iter()
        .map(|s| s.shadow.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    let olds = cols
        .iter()
        .map(|s| s.old_name.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    let filled = Key::Filled(table.clone(), sync.clone());
    let mut steps = Vec::new();

    // Expand: the shadow columns and the trigger that keeps them current.
    let mut add = Step::new(
        Phase::Expand,
        Rank::Column,
        &key,
        format!("add {shadows} beside {olds} on {table}, kept in sync by trigger {sync}"),
    );
    let mut body = String::new();
    let mut two_way = String::new();
    for s in &cols {
        let collate = s
            .new
            .collation
            .as_ref()
            .map(|c| format!(" COLLATE {c}"))
            .unwrap_or_default();
        add.up.push(format!(
            "{at} ADD COLUMN {} {}{collate}",
            quote_ident(&s.shadow),
            pg::type_sql(&s.new.ty)
        ));
        let value = if uses_row(s.new) {
            format!(
                "(SELECT {} FROM (SELECT NEW.*) AS {})",
                conversion(s.old, s.new, &quote_ident(&s.old_name)),
                quote_ident(&table.name)
            )
        } else {
            conversion(s.old, s.new, &format!("NEW.{}", quote_ident(&s.old_name)))
        };
        let (new_col, old_col) = (quote_ident(&s.shadow), quote_ident(&s.old_name));
        if s.two_way {
            // Whichever side the writer set wins: the new application writes the new column,
            // the old one the old column.
            let back = back_conversion(s.old, s.new, &format!("NEW.{new_col}"));
            two_way.push_str(&format!(
                "  IF (TG_OP = 'INSERT' AND NEW.{new_col} IS NOT NULL)\n     OR (TG_OP = 'UPDATE' AND NEW.{new_col}::text IS DISTINCT FROM OLD.{new_col}::text) THEN\n    NEW.{old_col} := {back};\n  ELSE\n    NEW.{new_col} := {value};\n  END IF;\n"
            ));
        } else {
            body.push_str(&format!("  NEW.{new_col} := {value};\n"));
        }
        add.creates
            .push(Key::Column(table.clone(), s.shadow.clone()));
        add.needs_new.extend(column_deps(s.new));
    }
    body.insert_str(0, &two_way);
    add.up.push(format!(
        "CREATE FUNCTION {func}() RETURNS trigger LANGUAGE plpgsql AS $gen$\nBEGIN\n{body}  RETURN NEW;\nEND\n$gen$"
    ));
    add.up.push(format!(
        "CREATE TRIGGER {trigger} BEFORE INSERT OR UPDATE ON {} FOR EACH ROW EXECUTE FUNCTION {func}()",
        qualified(table)
    ));
    add.down.push(format!(
        "DROP TRIGGER IF EXISTS {trigger} ON {}",
        qualified(table)
    ));
    add.down.push(format!("DROP FUNCTION IF EXISTS {func}()"));
    for s in &cols {
        add.down.push(format!(
            "{at} DROP COLUMN IF EXISTS {}",
            quote_ident(&s.shadow)
        ));
    }
    add = add.risk(
        RiskCode::ExclusiveLock,
        Some(Ddl::AddColumn { rewrites: false }.lock(ctx.opts.pg_version)),
        format!(
            "ACCESS EXCLUSIVE lock on {table}, brief: nullable columns without default need no rewrite (the trigger's SHARE ROW EXCLUSIVE lock is brief too); until the swap, every write to {table} also converts {list}"
        ),
    );
    steps.push(add);

    // Backfill: the rows written before the trigger existed, in batches, in one pass.
    let assignments = cols
        .iter()
        .map(|s| {
            format!(
                "{} = {}",
                quote_ident(&s.shadow),
                conversion(s.old, s.new, &quote_ident(&s.old_name))
            )
        })
        .collect::<Vec<_>>()
        .join(", ");
    let pending = cols
        .iter()
        .map(|s| {
            if uses_row(s.new) {
                format!("{} IS NULL", quote_ident(&s.shadow))
            } else {
                format!(
                    "({} IS NULL AND {} IS NOT NULL)",
                    quote_ident(&s.shadow),
                    quote_ident(&s.old_name)
                )
            }
        })
        .collect::<Vec<_>>()
        .join(" OR ");
    let mut fill = Step::new(
        Phase::Backfill,
        Rank::Column,
        &key,
        format!("copy {olds} of {table} into {shadows} in batches"),
    )
    .up(pg::batched_update(
        table,
        &ctx.batch_key(table),
        &assignments,
        &pending,
        ctx.opts.batch_size,
        &ctx.opts.lock_timeout,
    ))
    .tx(Tx::Forbidden)
    .risk(RiskCode::RowLocks, Some(Lock::RowExclusive), format!(
        "updates the rows of {table} in batches of {} rows, each its own transaction: row locks are brief; rerunning finishes a half-done copy",
        ctx.opts.batch_size
    ));
    fill.needs_new.extend(
        cols.iter()
            .map(|s| Key::Column(table.clone(), s.shadow.clone())),
    );
    fill.creates.push(filled.clone());
    steps.push(fill);

    // Backfill: the indexes over the columns, rebuilt over the shadow columns concurrently.
    let mut swap = Step::new(
        Phase::Contract,
        Rank::SetNotNull,
        &key,
        format!("swap {shadows} in for {olds} on {table}"),
    );
    swap.needs_new.push(filled.clone());
    // A retyped column comes back under its name with the swap (a renamed one exists from the
    // expand phase on).
    swap.creates.extend(
        cols.iter()
            .filter(|s| !s.two_way)
            .map(|s| Key::Column(table.clone(), s.name.clone())),
    );
    swap.drops.extend(
        cols.iter()
            .map(|s| Key::Swapped(table.clone(), s.old_name.clone())),
    );
    let build = |index: Index, summary: String, steps: &mut Vec<Step>, swap: &mut Step| {
        let mut b = concurrent_index_build(ctx, &index, summary);
        for st in &mut b {
            st.phase = Phase::Backfill;
            st.sort_key = key.clone();
        }
        b[1].needs_new.push(filled.clone());
        swap.needs_new.push(Key::Index(index.name.clone()));
        steps.extend(b);
    };
    let mut renames = Vec::new();
    let mut comments = Vec::new();
    let new_indexes = indexes_over(ctx, table, &cols, false);
    let to_shadows: Vec<(&str, &str)> = cols
        .iter()
        .map(|s| (s.name.as_str(), s.shadow.as_str()))
        .collect();
    for i in &new_indexes {
        let temp = ctx.free_relation_name(&i.name.schema, &i.name.name);
        build(
            index_renamed(i, &to_shadows, &temp),
            format!(
                "build index {} over the shadow columns concurrently as {temp}",
                i.name
            ),
            &mut steps,
            &mut swap,
        );
        if temp != i.name.name {
            renames.push(format!(
                "ALTER INDEX {} RENAME TO {}",
                qualified(&QualName::new(i.name.schema.clone(), temp)),
                quote_ident(&i.name.name)
            ));
        }
        if let Some(text) = &i.comment {
            comments.push(comment_sql(
                &CommentTarget::Index(i.name.clone()),
                &Some(text.clone()),
            ));
        }
        swap.creates.push(Key::Index(i.name.clone()));
    }
    let new_cons = constraints_over(ctx, table, &cols, false);
    let mut attach = Vec::new();
    let mut readd = Vec::new();
    let mut validate = Vec::new();
    for &(t, c) in &new_cons {
        match &c.kind {
            ConstraintKind::PrimaryKey { columns, include }
            | ConstraintKind::Unique {
                columns, include, ..
            } if t == table => {
                let temp = ctx.free_relation_name(&t.schema, &c.name);
                let nnd = matches!(
                    c.kind,
                    ConstraintKind::Unique {
                        nulls_not_distinct: true,
                        ..
                    }
                );
                let index = constraint_index(t, columns, include, nnd, &temp);
                // A table has one primary key: another one of the old schema goes first.
                if matches!(c.kind, ConstraintKind::PrimaryKey { .. })
                    && let Some(old_pk) = ctx.old.tables.get(table).and_then(|t| t.primary_key())
                    && old_pk.name != c.name
                {
                    swap.after_drop
                        .push(Key::Constraint(table.clone(), old_pk.name.clone()));
                }
                // The index is renamed to the constraint's name: another relation of the old
                // schema holding that name (not this table's own constraint, which the swap
                // replaces) goes first.
                if !ctx
                    .old
                    .tables
                    .get(table)
                    .is_some_and(|ot| ot.constraints.contains_key(&c.name))
                {
                    swap.after_drop.push(Key::Index(c.index_name(t)));
                }
                build(
                    index_renamed(&index, &to_shadows, &temp),
                    format!(
                        "build the unique index of {} over the shadow columns concurrently",
                        c.name
                    ),
                    &mut steps,
                    &mut swap,
                );
                attach.push(add_constraint_sql(t, c, Some(&temp)));
            }
            // A foreign key of another table whose own columns change type too is re-added by
            // that table's swap (the old column may not match the new key's type).
            _ if t != table && validated_by_own_table(ctx, t, c) => {}
            _ => {
                readd.push(add_constraint_sql(t, c, Some("")));
                let checked = matches!(
                    c.kind,
                    ConstraintKind::Check { .. } | ConstraintKind::ForeignKey { .. }
                );
                let mine = t == table || !validated_by_own_table(ctx, t, c);
                if checked && !c.not_valid && mine {
                    validate.push((t, c));
                }
            }
        }
        if let Some(text) = &c.comment {
            comments.push(comment_sql(
                &CommentTarget::Constraint(t.clone(), c.name.clone()),
                &Some(text.clone()),
            ));
        }
        swap.creates
            .push(Key::Constraint(t.clone(), c.name.clone()));
        // Not the shadowed columns themselves: a swap re-adds a foreign key over either side's
        // old or new column alike, and both swaps of a retyped foreign key re-add it.
        swap.needs_new.extend(
            constraint_deps(t, c, ctx.new).into_iter().filter(|k| {
                !matches!(k, Key::Column(kt, kc) if ctx.shadowed.contains(&(kt.clone(), kc.clone())))
            }),
        );
    }

    // NOT NULL, proven by a CHECK on the shadow column validated without a write lock. While
    // the old application can still write NULLs (the column was nullable and has no @backfill),
    // that waits for the contract phase.
    for s in cols.iter().filter(|s| s.new.not_null) {
        let phase = if s.old.not_null || s.new.directives.backfill.is_some() {
            Phase::Backfill
        } else {
            Phase::Contract
        };
        let chk = quote_ident(&s.check);
        let skey = format!("{table}.{}", s.name);
        let mut check = Step::new(
            phase,
            Rank::Constraint,
            &skey,
            format!("check {} IS NOT NULL (NOT VALID)", s.shadow),
        )
        .up(format!(
            "{at} ADD CONSTRAINT {chk} CHECK ({} IS NOT NULL) NOT VALID",
            quote_ident(&s.shadow)
        ))
        .down(format!("{at} DROP CONSTRAINT IF EXISTS {chk}"))
        .risk(
            RiskCode::ExclusiveLock,
            Some(Ddl::AddCheck { not_valid: true }.lock(ctx.opts.pg_version)),
            format!("ACCESS EXCLUSIVE lock on {table}, brief: NOT VALID skips the scan"),
        );
        check.needs_new.push(filled.clone());
        check
            .creates
            .push(Key::Constraint(table.clone(), s.check.clone()));
        let mut v = Step::new(
            phase,
            Rank::Validate,
            &skey,
            format!("validate that {} has no NULLs", s.shadow),
        )
        .up(format!("{at} VALIDATE CONSTRAINT {chk}"))
        .tx(Tx::Validate)
        .risk(
            RiskCode::ValidatesScan,
            Some(Ddl::ValidateConstraint.lock(ctx.opts.pg_version)),
            format!("scans {table} under SHARE UPDATE EXCLUSIVE: reads and writes continue"),
        );
        v.needs_new
            .push(Key::Constraint(table.clone(), s.check.clone()));
        v.creates
            .push(Key::Validated(table.clone(), s.check.clone()));
        swap.needs_new
            .push(Key::Validated(table.clone(), s.check.clone()));
        swap.creates
            .push(Key::NotNull(table.clone(), s.name.clone()));
        steps.push(check);
        steps.push(v);
    }

    // Contract: the swap, in one short transaction.
    swap.up
        .push(format!("DROP TRIGGER {trigger} ON {}", qualified(table)));
    swap.up.push(format!("DROP FUNCTION {func}()"));
    let old_cons = constraints_over(ctx, table, &cols, true);
    let old_indexes = indexes_over(ctx, table, &cols, true);
    let new_has = |t: &QualName, c: &Constraint| {
        new_cons
            .iter()
            .any(|(nt, nc)| *nt == t && nc.name == c.name)
    };
    for &(t, c) in &old_cons {
        let references = cols.iter().any(|s| fk_references(c, table, &s.old_name));
        if t != table && references {
            // the swap's down adds the foreign key back: its table and columns are there
            // (dropped after)
            swap.needs_old.push(Key::Table(t.clone()));
            if let ConstraintKind::ForeignKey { columns, .. } = &c.kind {
                swap.needs_old.extend(
                    columns
                        .iter()
                        .map(|col| Key::Column(t.clone(), col.clone())),
                );
            }
        }
        if references {
            // Other objects depend on the referenced key: drop before the column goes.
            swap.up.push(format!(
                "ALTER TABLE IF EXISTS {} DROP CONSTRAINT IF EXISTS {}",
                qualified(t),
                quote_ident(&c.name)
            ));
        }
    }
    swap.drops.extend(
        old_cons
            .iter()
            .filter(|(t, c)| !new_has(t, c))
            .map(|(t, c)| Key::Constraint((*t).clone(), c.name.clone())),
    );
    // (and the indexes of the key constraints among them: their names are free after the swap)
    swap.drops.extend(
        old_cons
            .iter()
            .filter(|(t, c)| c.kind.has_index() && !new_has(t, c))
            .map(|(t, c)| Key::Index(c.index_name(t))),
    );
    swap.drops.extend(
        old_indexes
            .iter()
            .filter(|i| !new_indexes.iter().any(|n| n.name == i.name))
            .map(|i| Key::Index(i.name.clone())),
    );
    // Views reading the old columns are dropped before the swap and created again after it.
    for s in &cols {
        swap.after_drop
            .extend(opaque::views_reading(ctx.old, table, &s.old_name));
        swap.after_drop
            .extend(security::policies_reading(ctx.old, table, &s.old_name));
    }
    // Extended statistics on the old columns: dropping a column drops them. One the new schema
    // keeps as it is goes with the swap and comes back after it; one that changes or goes is
    // dropped before the swap (and created after it) by its own steps.
    let mut statistics_again = Vec::new();
    for o in opaque::statistics_on(ctx.old, table, cols.iter().map(|s| s.old_name.as_str())) {
        if ctx.new.objects.get(&o.key()) == Some(o) {
            swap.up.push(opaque::drop_object_sql(o));
            statistics_again.push(o.definition.sql.clone());
            statistics_again.extend(comment_again(opaque::object_comment(o), &o.comment));
        } else {
            swap.after_drop.push(Key::Object(o.key()));
        }
    }
    for s in &cols {
        let col = quote_ident(&s.name);
        for seq in ctx.old.sequences.values() {
            if seq.owned_by.as_ref() == Some(&(table.clone(), s.old_name.clone())) {
                // The sequence goes over to the shadow column when it stays with the column;
                // otherwise it is freed (the owner change, a step of its own, runs after the
                // swap): dropping the old column would drop it.
                let stays = ctx
                    .new
                    .sequences
                    .get(&seq.name)
                    .is_some_and(|n| n.owned_by == Some((table.clone(), s.name.clone())));
                if stays {
                    swap.up.push(format!(
                        "ALTER SEQUENCE {} OWNED BY {}.{}",
                        qualified(&seq.name),
                        qualified(table),
                        quote_ident(&s.shadow)
                    ));
                } else {
                    swap.up.push(format!(
                        "ALTER SEQUENCE {} OWNED BY NONE",
                        qualified(&seq.name)
                    ));
                    swap.creates.push(Key::Unowned(seq.name.clone()));
                }
                swap.needs_old.push(Key::Sequence(seq.name.clone()));
            }
        }
        swap.up
            .push(format!("{at} DROP COLUMN {}", quote_ident(&s.old_name)));
        // the old column's type and collation are dropped (when they are) after it
        swap.needs_old.extend(
            column_deps(s.old)
                .into_iter()
                .filter(|k| matches!(k, Key::Type(_) | Key::Object(_))),
        );
        if !s.two_way {
            swap.up.push(format!(
                "{at} RENAME COLUMN {} TO {col}",
                quote_ident(&s.shadow)
            ));
        }
        if let Some(d) = &s.new.default {
            swap.up
                .push(format!("{at} ALTER COLUMN {col} SET DEFAULT {}", d.sql));
        }
        if s.new.not_null {
            swap.up
                .push(format!("{at} ALTER COLUMN {col} SET NOT NULL"));
            swap.up
                .push(format!("{at} DROP CONSTRAINT {}", quote_ident(&s.check)));
        }
        // the attributes of the column it replaces (a new column has none)
        if let Some(n) = s.new.statistics {
            swap.up
                .push(format!("{at} ALTER COLUMN {col} SET STATISTICS {n}"));
        }
        if let Some(storage) = &s.new.storage {
            swap.up.push(format!(
                "{at} ALTER COLUMN {col} SET STORAGE {}",
                storage.to_uppercase()
            ));
        }
        swap.up.extend(option_changes(
            &format!("{at} ALTER COLUMN {col}"),
            &[],
            &s.new.options,
        ));
        if let Some(text) = &s.new.comment {
            comments.push(comment_sql(
                &CommentTarget::Column(table.clone(), s.name.clone()),
                &Some(text.clone()),
            ));
        }
        swap.needs_new.extend(column_deps(s.new));
    }
    swap.up.extend(renames);
    swap.up.extend(attach);
    swap.up.extend(readd);
    swap.up.extend(comments);
    swap.up.extend(statistics_again);

    // The down converts the columns back in place, then puts back what differs. Expressions
    // (CHECKs, expression keys, predicates) are recreated too: converted in place, PostgreSQL
    // would keep them with casts to the new type (`(code)::bigint % (10)::bigint`).
    // Old objects are compared under the new column names.
    let renames: Vec<(&str, &str)> = cols
        .iter()
        .filter(|s| s.two_way)
        .map(|s| (s.old_name.as_str(), s.name.as_str()))
        .collect();
    let old_cons_renamed: Vec<(&QualName, Constraint)> = old_cons
        .iter()
        .map(|(t, c)| (*t, constraint_renamed(t, c, table, &renames)))
        .collect();
    let old_indexes_renamed: Vec<Index> = old_indexes
        .iter()
        .map(|i| index_renamed(i, &renames, &i.name.name))
        .collect();
    let plain_check = |c: &Constraint| !matches!(c.kind, ConstraintKind::Check { .. });
    let plain_index = |i: &Index| {
        i.predicate.is_none()
            && i.keys
                .iter()
                .all(|k| matches!(k.key, IndexKeyExpr::Column(_)))
    };
    let new_kept = |(t, c): &(&QualName, &Constraint)| {
        plain_check(c)
            && old_cons_renamed
                .iter()
                .any(|(ot, oc)| ot == t && oc.name == c.name && oc.kind == c.kind)
    };
    let old_kept = |i: usize| {
        let (t, c) = &old_cons_renamed[i];
        plain_check(c)
            && new_cons
                .iter()
                .any(|(nt, nc)| nt == t && nc.name == c.name && nc.kind == c.kind)
    };
    // A foreign key between two shadowed columns of different tables cannot stay while either
    // side converts back: its own table's down drops it, the referenced table's down (the last of
    // the two) adds it back.
    let cross = |t: &QualName, c: &Constraint| match &c.kind {
        ConstraintKind::ForeignKey {
            ref_table,
            ref_columns,
            ..
        } => {
            t != ref_table
                && validated_by_own_table(ctx, t, c)
                && ctx
                    .shadowed
                    .iter()
                    .any(|(st, col)| st == ref_table && ref_columns.contains(col))
        }
        _ => false,
    };
    // foreign keys first: they depend on the keys' indexes
    let mut keys_last: Vec<&(&QualName, &Constraint)> = new_cons.iter().collect();
    keys_last.sort_by_key(|(_, c)| c.kind.has_index());
    for tc in keys_last {
        if !new_kept(tc) || (cross(tc.0, tc.1) && tc.0 == table) {
            swap.down.push(format!(
                "ALTER TABLE {} DROP CONSTRAINT IF EXISTS {}",
                qualified(tc.0),
                quote_ident(&tc.1.name)
            ));
        }
    }
    for i in &new_indexes {
        if !(plain_index(i) && old_indexes_renamed.iter().any(|o| o == *i)) {
            swap.down
                .push(format!("DROP INDEX IF EXISTS {}", qualified(&i.name)));
        }
    }
    for s in &cols {
        if s.two_way {
            swap.down.push(format!(
                "{at} RENAME COLUMN {} TO {}",
                quote_ident(&s.name),
                quote_ident(&s.old_name)
            ));
        }
        let current = Column {
            name: s.old_name.clone(),
            ..s.new.clone()
        };
        swap.down
            .extend(alter_column_sql(table, &current, s.old, true, None));
        if s.old.comment != s.new.comment {
            swap.down.push(comment_sql(
                &CommentTarget::Column(table.clone(), s.old_name.clone()),
                &s.old.comment,
            ));
        }
    }
    for (i, renamed) in old_indexes.iter().zip(&old_indexes_renamed) {
        if !(plain_index(renamed) && new_indexes.contains(&renamed)) {
            swap.down.push(pg::create_index(i, false));
        }
    }
    // keys first: the foreign keys added back (of other tables too) reference them
    let mut keys_first: Vec<(usize, &(&QualName, &Constraint))> =
        old_cons.iter().enumerate().collect();
    keys_first.sort_by_key(|(_, (_, c))| !c.kind.has_index());
    // A foreign key of another table between two swapped columns comes back once both downs
    // have converted their columns back: in a step of its own that runs before both swaps (its
    // up is empty), so that its down runs after both, whichever of the two swaps runs first.
    let mut cross_back = Vec::new();
    for (i, tc) in keys_first {
        if cross(tc.0, tc.1) {
            if tc.0 != table {
                cross_back.push(*tc);
            }
        } else if !old_kept(i) {
            swap.down.push(add_constraint_sql(tc.0, tc.1, None));
        }
    }
    swap = swap
        .risk(
            RiskCode::ExclusiveLock,
            Some(Ddl::DropColumn.lock(ctx.opts.pg_version)),
            format!(
                "ACCESS EXCLUSIVE lock on {table}{}, brief: the prepared columns, indexes and validated NOT NULL checks are swapped in, CHECKs and foreign keys re-added NOT VALID",
                if old_cons.iter().chain(&new_cons).any(|(t, _)| *t != table) {
                    " and on the tables whose foreign keys reference it"
                } else {
                    ""
                }
            ),
        )
        .risk(
            RiskCode::LossyDown,
            None,
            format!("the down converts {list} back in place: it rewrites {table} under ACCESS EXCLUSIVE"),
        );
    let creates = swap.creates.clone();
    swap.needs_new.retain(|k| !creates.contains(k));
    // The prepared indexes are built first even when one is built under its final name (a key
    // the swap creates too): a build can be held to the contract phase by a column its predicate
    // reads (a generated column added again there).
    swap.needs_new.extend(
        steps
            .iter()
            .filter(|st| st.tx == Tx::Forbidden)
            .flat_map(|st| &st.creates)
            .filter(|k| matches!(k, Key::Index(_)))
            .cloned(),
    );
    for (t, c) in cross_back {
        let ConstraintKind::ForeignKey { columns, .. } = &c.kind else {
            continue;
        };
        let mut back = Step::new(
            swap.phase,
            swap.rank,
            &key,
            format!("add back foreign key {} of {t} in the down", c.name),
        )
        .down(add_constraint_sql(t, c, None));
        back.needs_old.push(Key::Table(t.clone()));
        back.needs_old.extend(columns.iter().flat_map(|col| {
            [
                Key::Column(t.clone(), col.clone()),
                Key::Swapped(t.clone(), col.clone()),
            ]
        }));
        back.needs_old.extend(
            cols.iter()
                .map(|s| Key::Swapped(table.clone(), s.old_name.clone())),
        );
        steps.push(back);
    }
    steps.push(swap);

    for (t, c) in validate {
        let mut v = Step::new(
            Phase::Contract,
            Rank::Validate,
            format!("{t}.{}", c.name),
            format!("validate constraint {} on {t}", c.name),
        )
        .up(format!(
            "{} VALIDATE CONSTRAINT {}",
            alter_table(t),
            quote_ident(&c.name)
        ))
        .tx(Tx::Validate)
        .risk(
            RiskCode::ValidatesScan,
            Some(Ddl::ValidateConstraint.lock(ctx.opts.pg_version)),
            format!("scans {t} under SHARE UPDATE EXCLUSIVE: reads and writes continue"),
        );
        v.needs_new.push(Key::Constraint(t.clone(), c.name.clone()));
        steps.push(v);
    }
    steps
}
