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

/// Whether a shadow-column swap takes care of constraint `c` of `table` (it uses a shadowed
/// column, or references one): the diff's own add or drop of it then has nothing to do.
pub(super) fn absorbs_constraint(ctx: &Context, table: &QualName, c: &Constraint) -> bool {
    ctx.shadowed
        .iter()
        .any(|(t, col)| (t == table && constraint_uses(table, c, col)) || fk_references(c, t, col))
}

/// Whether a shadow-column swap takes care of index `i` (it uses a shadowed column).
pub(super) fn absorbs_index(ctx: &Context, i: &Index) -> bool {
    ctx.shadowed
        .iter()
        .any(|(t, col)| t == &i.table && index_uses(i, col))
}

/// One column of the table that changes type through a shadow column.
struct Shadowed<'a> {
    old: &'a Column,
    new: &'a Column,
    name: String,
    shadow: String,
    check: String,
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

/// Whether the conversion is an expression of the user's over the row (not just the column).
fn uses_row(new: &Column) -> bool {
    new.directives.using.is_some() || new.directives.backfill.is_some()
}

/// The constraints of `schema` a swap on `table` concerns: the table's own that use a shadowed
/// column, and the foreign keys of any table that reference one.
fn constraints_over<'a>(
    schema: &'a Schema,
    table: &QualName,
    cols: &[Shadowed],
) -> Vec<(&'a QualName, &'a Constraint)> {
    let mut v = Vec::new();
    for t in schema.tables.values() {
        for c in t.constraints.values() {
            if cols.iter().any(|s| {
                (&t.name == table && constraint_uses(table, c, &s.name))
                    || fk_references(c, table, &s.name)
            }) {
                v.push((&t.name, c));
            }
        }
    }
    v
}

fn indexes_over<'a>(schema: &'a Schema, table: &QualName, cols: &[Shadowed]) -> Vec<&'a Index> {
    schema
        .indexes
        .values()
        .filter(|i| &i.table == table && cols.iter().any(|s| index_uses(i, &s.name)))
        .collect()
}

/// `i` rebuilt over the shadow columns instead of the columns they replace, named `name`.
fn over_shadows(i: &Index, cols: &[Shadowed], name: &str) -> Index {
    let rename = |sql: &str| {
        cols.iter().fold(sql.to_string(), |sql, s| {
            pg::rename_column_refs(&sql, &i.table.name, &s.name, &s.shadow)
        })
    };
    let col = |c: &String| {
        cols.iter()
            .find(|s| &s.name == c)
            .map_or_else(|| c.clone(), |s| s.shadow.clone())
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
            let shadow = shadow_name(&new.name);
            Shadowed {
                old,
                new,
                name: new.name.clone(),
                check: not_null_check_name(table, &shadow),
                shadow,
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
    let filled = Key::Filled(table.clone(), sync.clone());
    let mut steps = Vec::new();

    // Expand: the shadow columns and the trigger that keeps them current.
    let mut add = Step::new(
        Phase::Expand,
        Rank::Column,
        &key,
        format!(
            "add shadow columns for the type change of {list} on {table}, kept in sync by trigger {sync}"
        ),
    );
    let mut body = String::new();
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
                conversion(s.old, s.new, &quote_ident(&s.name)),
                quote_ident(&table.name)
            )
        } else {
            conversion(s.old, s.new, &format!("NEW.{}", quote_ident(&s.name)))
        };
        body.push_str(&format!("  NEW.{} := {value};\n", quote_ident(&s.shadow)));
        add.creates
            .push(Key::Column(table.clone(), s.shadow.clone()));
        add.needs_new.extend(column_deps(s.new));
    }
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
        Some(Lock::AccessExclusive),
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
                conversion(s.old, s.new, &quote_ident(&s.name))
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
                    quote_ident(&s.name)
                )
            }
        })
        .collect::<Vec<_>>()
        .join(" OR ");
    let mut fill = Step::new(
        Phase::Backfill,
        Rank::Column,
        &key,
        format!("copy {list} of {table} into the shadow columns in batches"),
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
        format!("swap the shadow columns in for {list} on {table}"),
    );
    swap.needs_new.push(filled.clone());
    swap.creates.extend(
        cols.iter()
            .map(|s| Key::Column(table.clone(), s.name.clone())),
    );
    let build = |index: Index, summary: String, steps: &mut Vec<Step>, swap: &mut Step| {
        let mut b = concurrent_index_build(&index, summary);
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
    let new_indexes = indexes_over(ctx.new, table, &cols);
    for i in &new_indexes {
        let temp = ctx.free_relation_name(&i.name.schema, &i.name.name);
        build(
            over_shadows(i, &cols, &temp),
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
    let new_cons = constraints_over(ctx.new, table, &cols);
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
                build(
                    over_shadows(&index, &cols, &temp),
                    format!(
                        "build the unique index of {} over the shadow columns concurrently",
                        c.name
                    ),
                    &mut steps,
                    &mut swap,
                );
                attach.push(add_constraint_sql(t, c, Some(&temp)));
            }
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
            Some(Lock::AccessExclusive),
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
            Some(Lock::ShareUpdateExclusive),
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
    let old_cons = constraints_over(ctx.old, table, &cols);
    let old_indexes = indexes_over(ctx.old, table, &cols);
    for &(t, c) in &old_cons {
        if cols.iter().any(|s| fk_references(c, table, &s.name)) {
            // Other objects depend on the referenced key: drop before the column goes.
            swap.up.push(format!(
                "ALTER TABLE IF EXISTS {} DROP CONSTRAINT IF EXISTS {}",
                qualified(t),
                quote_ident(&c.name)
            ));
        }
    }
    let new_has = |t: &QualName, c: &Constraint| {
        new_cons
            .iter()
            .any(|(nt, nc)| *nt == t && nc.name == c.name)
    };
    swap.drops.extend(
        old_cons
            .iter()
            .filter(|(t, c)| !new_has(t, c))
            .map(|(t, c)| Key::Constraint((*t).clone(), c.name.clone())),
    );
    swap.drops.extend(
        old_indexes
            .iter()
            .filter(|i| !new_indexes.iter().any(|n| n.name == i.name))
            .map(|i| Key::Index(i.name.clone())),
    );
    for s in &cols {
        let col = quote_ident(&s.name);
        for seq in ctx.old.sequences.values() {
            if seq.owned_by.as_ref() == Some(&(table.clone(), s.name.clone())) {
                swap.up.push(format!(
                    "ALTER SEQUENCE {} OWNED BY {}.{}",
                    qualified(&seq.name),
                    qualified(table),
                    quote_ident(&s.shadow)
                ));
                swap.needs_old.push(Key::Sequence(seq.name.clone()));
            }
        }
        swap.up.push(format!("{at} DROP COLUMN {col}"));
        swap.up.push(format!(
            "{at} RENAME COLUMN {} TO {col}",
            quote_ident(&s.shadow)
        ));
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

    // The down converts the columns back in place, then puts back what differs. Expressions
    // (CHECKs, expression keys, predicates) are recreated too: converted in place, PostgreSQL
    // would keep them with casts to the new type (`(code)::bigint % (10)::bigint`).
    let same = |a: &(&QualName, &Constraint), list: &[(&QualName, &Constraint)]| {
        !matches!(a.1.kind, ConstraintKind::Check { .. })
            && list
                .iter()
                .any(|b| a.0 == b.0 && a.1.name == b.1.name && a.1.kind == b.1.kind)
    };
    let kept = |i: &Index, list: &[&Index]| {
        i.predicate.is_none()
            && i.keys
                .iter()
                .all(|k| matches!(k.key, IndexKeyExpr::Column(_)))
            && list.contains(&i)
    };
    for tc in &new_cons {
        if !same(tc, &old_cons) {
            swap.down.push(format!(
                "ALTER TABLE {} DROP CONSTRAINT IF EXISTS {}",
                qualified(tc.0),
                quote_ident(&tc.1.name)
            ));
        }
    }
    for i in &new_indexes {
        if !kept(i, &old_indexes) {
            swap.down
                .push(format!("DROP INDEX IF EXISTS {}", qualified(&i.name)));
        }
    }
    for s in &cols {
        swap.down
            .extend(alter_column_sql(table, s.new, s.old, true, None));
    }
    for i in &old_indexes {
        if !kept(i, &new_indexes) {
            swap.down.push(pg::create_index(i, false));
        }
    }
    for tc in &old_cons {
        if !same(tc, &new_cons) {
            swap.down.push(add_constraint_sql(tc.0, tc.1, None));
        }
    }
    swap = swap
        .risk(
            RiskCode::ExclusiveLock,
            Some(Lock::AccessExclusive),
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
            Some(Lock::ShareUpdateExclusive),
            format!("scans {t} under SHARE UPDATE EXCLUSIVE: reads and writes continue"),
        );
        v.needs_new.push(Key::Constraint(t.clone(), c.name.clone()));
        steps.push(v);
    }
    steps
}
