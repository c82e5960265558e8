//! Sharing tables and indexes with the model of the other file of a diff.
//!
//! `gen diff` holds two models at once, and between two versions of a schema most tables and
//! indexes are the same. When the new file is read with the old model beside it
//! (`parse_schema_sharing`), each table or index that comes out the same as the old model's
//! of that name is replaced by it, shared (`SharedMap::share_from`): the copy read from the
//! new file is freed, and the two models hold it once.
//!
//! They are compared while the file is read, not only at its end, so that the copies do not
//! all pile up first: every `PASS_EVERY` statements, the tables and indexes created in the
//! window before the last one (the comments and the like that follow them read by then). A
//! table is not final until the end of the file: `end_file` resolves the column types written
//! without their schema, and later statements may change it. So the comparison during the file
//! takes a type written without a schema as the same as the old model's `public.type` when
//! that user type is known by then (what `end_file` makes of it), and a shared table or index
//! that a later statement changes is copied first (copy-on-write). At the end, after
//! `end_file`, every one left is compared as it is.
//!
//! Sharing is only ever a value replaced by an equal one: equal by `==`, and with the same
//! text for every expression (`Expr`'s `==` compares canonical forms), so the new model reads
//! the same with or without it.

use super::{Builder, resolved_schema};
use crate::model::{
    Column, Constraint, ConstraintKind, DEFAULT_SCHEMA, Expr, Index, IndexKeyExpr, QualName,
    Schema, Table, TypeRef,
};

/// Statements between two sharing passes.
const PASS_EVERY: usize = 1024;

pub(super) struct Sharing<'t> {
    /// The other file's model.
    base: &'t Schema,
    /// Tables and indexes created in this window, and in the one before it.
    recent: Vec<Created>,
    previous: Vec<Created>,
    statements: usize,
}

enum Created {
    Table(QualName),
    Index(QualName),
}

impl<'t> Sharing<'t> {
    pub(super) fn new(base: &'t Schema) -> Self {
        Sharing {
            base,
            recent: Vec::new(),
            previous: Vec::new(),
            statements: 0,
        }
    }
}

impl Builder<'_> {
    /// A table was created: compared at the pass after next.
    pub(super) fn created_table(&mut self, name: &QualName) {
        if let Some(sh) = &mut self.sharing {
            sh.recent.push(Created::Table(name.clone()));
        }
    }

    /// An index was created: compared at the pass after next.
    pub(super) fn created_index(&mut self, name: &QualName) {
        if let Some(sh) = &mut self.sharing {
            sh.recent.push(Created::Index(name.clone()));
        }
    }

    /// Counts a statement read, and every `PASS_EVERY` statements shares the tables created
    /// in the window before the last one that are the same as the other model's.
    pub(super) fn sharing_pass(&mut self) {
        let Some(sh) = &mut self.sharing else {
            return;
        };
        sh.statements += 1;
        if sh.statements % PASS_EVERY != 0 {
            return;
        }
        let due = std::mem::replace(&mut sh.previous, std::mem::take(&mut sh.recent));
        let base = sh.base;
        let schema = &mut self.schema;
        let (enums, domains, composites) = (&schema.enums, &schema.domains, &schema.composites);
        let user_type = |q: &QualName| {
            enums.contains_key(q) || domains.contains_key(q) || composites.contains_key(q)
        };
        for created in due {
            match created {
                Created::Table(name) => {
                    schema
                        .tables
                        .share_from(&name, &base.tables, |mine, theirs| {
                            same_table(mine, theirs, |a, b| same_type_so_far(user_type, a, b))
                        });
                }
                Created::Index(name) => {
                    schema.indexes.share_from(&name, &base.indexes, same_index);
                }
            }
        }
    }

    /// At the end of the file (after `end_file`): shares every table and index that is the
    /// same as the other model's.
    pub(super) fn share_rest(&mut self) {
        if let Some(sh) = self.sharing.take() {
            self.schema
                .tables
                .share_all_from(&sh.base.tables, |a, b| same_table(a, b, |x, y| x == y));
            self.schema
                .indexes
                .share_all_from(&sh.base.indexes, same_index);
        }
    }
}

/// Whether type `mine`, of a table still being read, is `theirs` of a finished model: the same,
/// or written without a schema where `theirs` has the schema `end_file` will resolve it to, by
/// the user types known by now.
fn same_type_so_far(
    user_type: impl Fn(&QualName) -> bool,
    mine: &TypeRef,
    theirs: &TypeRef,
) -> bool {
    mine == theirs
        || (mine.schema.is_none()
            && mine.name == theirs.name
            && mine.modifiers == theirs.modifiers
            && mine.array_dims == theirs.array_dims
            && resolved_schema(mine, |n| user_type(&QualName::new(DEFAULT_SCHEMA, n)))
                == theirs.schema.as_deref())
}

/// Whether two tables are the same (`==`, column types by `same_type`, and every expression
/// with the same text). Partitioned tables and partitions are never shared: their bounds are
/// made canonical at the end of the model.
fn same_table(a: &Table, b: &Table, same_type: impl Fn(&TypeRef, &TypeRef) -> bool) -> bool {
    let Table {
        name,
        columns,
        constraints,
        unlogged,
        with,
        row_security,
        force_row_security,
        replica_identity,
        cluster_on,
        comment,
        directives,
        partition_by,
        partition_of,
        inherits,
    } = a;
    partition_by.is_none()
        && partition_of.is_none()
        && b.partition_by.is_none()
        && b.partition_of.is_none()
        && *name == b.name
        && *unlogged == b.unlogged
        && *with == b.with
        && *row_security == b.row_security
        && *force_row_security == b.force_row_security
        && *replica_identity == b.replica_identity
        && *cluster_on == b.cluster_on
        && *comment == b.comment
        && *directives == b.directives
        && *inherits == b.inherits
        && columns.len() == b.columns.len()
        && columns
            .iter()
            .zip(&b.columns)
            .all(|(x, y)| same_column(x, y, &same_type))
        && constraints.len() == b.constraints.len()
        && constraints
            .iter()
            .zip(b.constraints.iter())
            .all(|((n, x), (m, y))| n == m && same_constraint(x, y))
}

fn same_column(a: &Column, b: &Column, same_type: impl Fn(&TypeRef, &TypeRef) -> bool) -> bool {
    let Column {
        name,
        ty,
        not_null,
        default,
        identity,
        generated,
        collation,
        comment,
        statistics,
        storage,
        options,
        directives,
    } = a;
    *name == b.name
        && same_type(ty, &b.ty)
        && *not_null == b.not_null
        && same_expr(default.as_ref(), b.default.as_ref())
        && *identity == b.identity
        && same_expr(generated.as_deref(), b.generated.as_deref())
        && *collation == b.collation
        && *comment == b.comment
        && *statistics == b.statistics
        && *storage == b.storage
        && *options == b.options
        && *directives == b.directives
}

fn same_constraint(a: &Constraint, b: &Constraint) -> bool {
    a == b
        && match (&a.kind, &b.kind) {
            (ConstraintKind::Check { expr: x, .. }, ConstraintKind::Check { expr: y, .. })
            | (
                ConstraintKind::Exclude { definition: x },
                ConstraintKind::Exclude { definition: y },
            ) => x.sql == y.sql,
            _ => true,
        }
}

/// Whether two indexes are the same (`==`, and every expression with the same text).
fn same_index(a: &Index, b: &Index) -> bool {
    a == b
        && same_expr(a.predicate.as_ref(), b.predicate.as_ref())
        && a.keys
            .iter()
            .zip(&b.keys)
            .all(|(x, y)| match (&x.key, &y.key) {
                (IndexKeyExpr::Expression(x), IndexKeyExpr::Expression(y)) => x.sql == y.sql,
                _ => true,
            })
}

fn same_expr(a: Option<&Expr>, b: Option<&Expr>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(x), Some(y)) => x.sql == y.sql && x.canon == y.canon,
        _ => false,
    }
}
