//! A view's query in canonical form, as `pg_get_viewdef` (and so pg_dump) writes it: every
//! relation schema-qualified, every column reference qualified with its relation's name or alias
//! (resolved against the columns the model knows), `*` expanded, every output column that is not a
//! plain column named (`count(*) AS count`), joins flattened, and expressions canonicalized like
//! defaults and checks. A hand-written view and the dump of the database it was loaded into then
//! compare equal.
//!
//! What cannot be resolved (a column of a relation the model does not know, an unknown construct)
//! is left as written: at worst the two sides differ and the view is rebuilt, never the reverse.

use super::canon::{Ctx, fold};
use super::names::figure_colname;
use crate::model::{DEFAULT_SCHEMA, QualName, Schema, TypeRef};
use hashbrown::HashMap;
use sqlparser::ast::{
    Expr as SqlExpr, GroupByExpr, Ident, JoinOperator, ObjectName, ObjectNamePart, Query, Select,
    SelectItem, SelectItemQualifiedWildcardKind, SetExpr, TableFactor, TableWithJoins, VisitMut,
    VisitorMut,
};
use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::parser::Parser;
use sqlparser::tokenizer::TokenWithSpan;
use std::ops::ControlFlow;

/// One relation of a FROM clause: the name its columns are qualified with, and its columns when
/// known (name and type).
#[derive(Clone, Debug)]
struct Item {
    alias: String,
    columns: Option<Vec<(String, Option<TypeRef>)>>,
}

type Scope = Vec<Item>;

struct Canonicalizer<'a> {
    schema: &'a Schema,
    view_types: &'a ViewTypes,
    /// CTE names visible at this point, with their output columns.
    ctes: Vec<(String, Columns)>,
}

/// The types of the output columns of the views read so far (a column passed through from a
/// table keeps its type), by view.
pub(crate) type ViewTypes = HashMap<QualName, Vec<Option<TypeRef>>>;

/// A view's output columns, with the types of those that are plain columns.
pub(crate) type OutputColumns = Vec<(String, Option<TypeRef>)>;

/// The canonical text of a view's query and its output columns (with their types when they are
/// plain columns), or None when sqlparser cannot read it.
pub(crate) fn canonical_query(
    toks: &[&TokenWithSpan],
    schema: &Schema,
    view_types: &ViewTypes,
) -> Option<(String, OutputColumns)> {
    let owned: Vec<TokenWithSpan> = toks.iter().map(|t| (*t).clone()).collect();
    let owned = super::build::rewrite_expression_tokens(owned);
    let mut p = Parser::new(&PostgreSqlDialect {}).with_tokens_with_locations(owned);
    let mut q = p.parse_query().ok()?;
    if !matches!(
        p.peek_token().token,
        sqlparser::tokenizer::Token::EOF | sqlparser::tokenizer::Token::SemiColon
    ) {
        return None;
    }
    let mut c = Canonicalizer {
        schema,
        view_types,
        ctes: Vec::new(),
    };
    let columns = c.query(&mut q, &[]);
    Some((q.to_string(), columns))
}

/// The canonical text of an expression that sees the columns `outer` under the name `alias`
/// (an SQL-standard routine body `RETURN expr`: the routine's arguments, which PostgreSQL prints
/// qualified with the routine's name inside a query), or None when sqlparser cannot read it. Its
/// references to `outer` are qualified (`alias.arg`) wherever a query's own columns do not take
/// the name first, and its subqueries are canonical as in a view.
pub(crate) fn canonical_scoped_expr(
    toks: &[&TokenWithSpan],
    schema: &Schema,
    view_types: &ViewTypes,
    alias: &str,
    outer: Vec<(String, Option<TypeRef>)>,
) -> Option<String> {
    let owned: Vec<TokenWithSpan> = toks.iter().map(|t| (*t).clone()).collect();
    let owned = super::build::rewrite_expression_tokens(owned);
    let mut p = Parser::new(&PostgreSqlDialect {}).with_tokens_with_locations(owned);
    let mut e = p.parse_expr().ok()?;
    if !matches!(
        p.peek_token().token,
        sqlparser::tokenizer::Token::EOF | sqlparser::tokenizer::Token::SemiColon
    ) {
        return None;
    }
    let mut c = Canonicalizer {
        schema,
        view_types,
        ctes: Vec::new(),
    };
    let scopes = vec![vec![Item {
        alias: alias.to_string(),
        columns: Some(outer),
    }]];
    c.expr(&mut e, &scopes);
    Some(e.to_string())
}

type Columns = Vec<(String, Option<TypeRef>)>;

fn qualify(alias: &str, col: &str) -> SqlExpr {
    SqlExpr::CompoundIdentifier(vec![ident(alias), ident(col)])
}

fn ident(s: &str) -> Ident {
    let q = crate::dialect::postgres::quote_ident(s);
    if q == s {
        Ident::new(s)
    } else {
        Ident::with_quote('"', s)
    }
}

fn object_name(parts: &[String]) -> ObjectName {
    ObjectName(
        parts
            .iter()
            .map(|p| ObjectNamePart::Identifier(ident(p)))
            .collect(),
    )
}

fn name_parts(n: &ObjectName) -> Vec<String> {
    n.0.iter()
        .map(|p| match p.as_ident() {
            Some(i) => fold(i),
            None => p.to_string(),
        })
        .collect()
}

/// The output column name of a select item, as PostgreSQL names it.
fn output_name(item: &SelectItem) -> Option<String> {
    match item {
        SelectItem::UnnamedExpr(e) => Some(figure_colname(e)),
        SelectItem::ExprWithAlias { alias, .. } => Some(fold(alias)),
        _ => None,
    }
}

impl Canonicalizer<'_> {
    /// Canonicalizes a query in place; returns its output columns.
    fn query(&mut self, q: &mut Query, outer: &[Scope]) -> Columns {
        let saved = self.ctes.len();
        if let Some(with) = &mut q.with {
            for cte in &mut with.cte_tables {
                let cols = self.query(&mut cte.query, outer);
                let cols = if cte.alias.columns.is_empty() {
                    cols
                } else {
                    cte.alias
                        .columns
                        .iter()
                        .map(|c| (fold(&c.name), None))
                        .collect()
                };
                cte.alias.name = ident(&fold(&cte.alias.name));
                self.ctes.push((fold(&cte.alias.name), cols));
            }
        }
        let (columns, scope, outputs) = self.set_expr(&mut q.body, outer);
        if let Some(order) = &mut q.order_by {
            // ORDER BY sees the select's relations (an output name is left as written)
            let mut scopes = outer.to_vec();
            scopes.push(scope);
            if let sqlparser::ast::OrderByKind::Expressions(exprs) = &mut order.kind {
                for o in exprs {
                    if !replace_ordinal(&mut o.expr, &outputs) {
                        self.expr(&mut o.expr, &scopes);
                    }
                }
            }
        }
        self.ctes.truncate(saved);
        columns
    }

    /// A query body: its output columns, the scope of its select (for ORDER BY) and its output
    /// expressions (for ORDER BY ordinals).
    fn set_expr(&mut self, s: &mut SetExpr, outer: &[Scope]) -> (Columns, Scope, Vec<SqlExpr>) {
        match s {
            SetExpr::Select(sel) => self.select(sel, outer),
            SetExpr::Query(q) => (self.query(q, outer), Vec::new(), Vec::new()),
            SetExpr::SetOperation { left, right, .. } => {
                let (cols, _, _) = self.set_expr(left, outer);
                self.set_expr(right, outer);
                // PostgreSQL names the columns of every arm after the first arm's
                let names: Vec<String> = cols.iter().map(|(n, _)| n.clone()).collect();
                rename_outputs(right, &names);
                let cols = cols.into_iter().map(|(n, _)| (n, None)).collect();
                (cols, Vec::new(), Vec::new())
            }
            SetExpr::Values(v) => {
                for row in &mut v.rows {
                    for e in row.content.iter_mut() {
                        self.expr(e, outer);
                    }
                }
                let n = v.rows.first().map_or(0, |r| r.content.len());
                let cols = (1..=n).map(|i| (format!("column{i}"), None)).collect();
                (cols, Vec::new(), Vec::new())
            }
            _ => (Vec::new(), Vec::new(), Vec::new()),
        }
    }

    /// The columns of a relation named `parts`, with its canonical name (None for a CTE, which
    /// keeps its name as written).
    fn relation(&self, parts: &[String]) -> (Option<Vec<String>>, Option<Columns>) {
        if let [n] = parts
            && let Some((_, cols)) = self.ctes.iter().rev().find(|(c, _)| c == n)
        {
            return (None, Some(cols.clone()));
        }
        let q = match parts {
            [n] => QualName::new(DEFAULT_SCHEMA, n.clone()),
            [s, n] => QualName::new(s.clone(), n.clone()),
            _ => return (None, None),
        };
        let full = Some(vec![q.schema.clone(), q.name.clone()]);
        if let Some(t) = self.schema.tables.get(&q) {
            let cols = t
                .columns
                .iter()
                .map(|c| (c.name.clone(), Some(c.ty.clone())))
                .collect();
            return (full, Some(cols));
        }
        if let Some(v) = self.schema.views.get(&q)
            && !v.columns.is_empty()
        {
            let types = self.view_types.get(&q);
            let cols = v
                .columns
                .iter()
                .enumerate()
                .map(|(i, c)| (c.clone(), types.and_then(|t| t.get(i).cloned().flatten())))
                .collect();
            return (full, Some(cols));
        }
        (full, None)
    }

    /// The FROM items of a table factor (a join contributes several), canonicalizing it.
    fn factor(&mut self, f: &mut TableFactor, outer: &[Scope], scope: &mut Scope) {
        match f {
            TableFactor::Table {
                name,
                alias,
                args: None,
                ..
            } => {
                let parts = name_parts(name);
                let (full, columns) = self.relation(&parts);
                *name = object_name(full.as_ref().unwrap_or(&parts));
                let alias_name = match alias {
                    Some(a) => {
                        a.explicit = false;
                        a.name = ident(&fold(&a.name));
                        fold(&a.name)
                    }
                    None => parts.last().cloned().unwrap_or_default(),
                };
                let columns = match alias {
                    Some(a) if !a.columns.is_empty() => {
                        Some(a.columns.iter().map(|c| (fold(&c.name), None)).collect())
                    }
                    _ => columns,
                };
                scope.push(Item {
                    alias: alias_name,
                    columns,
                });
            }
            TableFactor::Table {
                name,
                alias,
                args: Some(args),
                ..
            } => {
                // a function in FROM: `public.f()` is `f()`; the column names PostgreSQL adds to
                // its alias (those of the relation it returns) are left out
                let mut parts = name_parts(name);
                if parts.len() == 2 && (parts[0] == "public" || parts[0] == "pg_catalog") {
                    parts.remove(0);
                }
                *name = object_name(&parts);
                let mut scopes = outer.to_vec();
                scopes.push(scope.clone());
                for a in &mut args.args {
                    if let sqlparser::ast::FunctionArg::Unnamed(
                        sqlparser::ast::FunctionArgExpr::Expr(e),
                    ) = a
                    {
                        self.expr(e, &scopes);
                    }
                }
                let returned = self.returned_columns(&parts);
                let fname = parts.last().cloned().unwrap_or_default();
                let mut item_alias = fname.clone();
                let mut columns = returned
                    .clone()
                    .map(|c| c.into_iter().map(|c| (c, None)).collect());
                if let Some(a) = alias {
                    a.explicit = false;
                    a.name = ident(&fold(&a.name));
                    item_alias = fold(&a.name);
                    let written: Vec<String> = a.columns.iter().map(|c| fold(&c.name)).collect();
                    if !written.is_empty() {
                        if Some(&written) == returned.as_ref() {
                            a.columns.clear();
                        } else {
                            columns = Some(written.into_iter().map(|c| (c, None)).collect());
                        }
                    }
                    if a.columns.is_empty() && item_alias == fname {
                        *alias = None;
                    }
                }
                scope.push(Item {
                    alias: item_alias,
                    columns,
                });
            }
            TableFactor::Derived {
                lateral,
                subquery,
                alias,
                ..
            } => {
                let mut scopes = outer.to_vec();
                if *lateral {
                    scopes.push(scope.clone());
                }
                let cols = self.query(subquery, &scopes);
                if let Some(a) = alias {
                    a.explicit = false;
                    a.name = ident(&fold(&a.name));
                    let columns = if a.columns.is_empty() {
                        cols
                    } else {
                        a.columns.iter().map(|c| (fold(&c.name), None)).collect()
                    };
                    scope.push(Item {
                        alias: fold(&a.name),
                        columns: Some(columns),
                    });
                }
            }
            TableFactor::NestedJoin {
                table_with_joins,
                alias: None,
            } => {
                self.joins(table_with_joins, outer, scope);
            }
            other => {
                // a function in FROM or another form: its columns are unknown
                let mut scopes = outer.to_vec();
                scopes.push(scope.clone());
                let mut v = Resolver {
                    c: self,
                    scopes: &scopes,
                    depth: 0,
                };
                let _ = other.visit(&mut v);
                scope.push(Item {
                    alias: String::new(),
                    columns: None,
                });
            }
        }
    }

    /// The columns of the relation a set-returning function of the model returns
    /// (`RETURNS SETOF some_table`).
    fn returned_columns(&self, parts: &[String]) -> Option<Vec<String>> {
        let q = match parts {
            [n] => QualName::new(DEFAULT_SCHEMA, n.clone()),
            [s, n] => QualName::new(s.clone(), n.clone()),
            _ => return None,
        };
        let r = self.schema.routines.values().find(|r| r.name == q)?;
        let rel = r.returns.strip_prefix("setof ")?;
        let relq = match super::qualified_name_parts(rel).as_slice() {
            [n] => QualName::new(DEFAULT_SCHEMA, n.clone()),
            [s, n] => QualName::new(s.clone(), n.clone()),
            _ => return None,
        };
        self.relation(&[relq.schema.clone(), relq.name.clone()])
            .1
            .map(|cols| cols.into_iter().map(|(c, _)| c).collect())
    }

    fn joins(&mut self, t: &mut TableWithJoins, outer: &[Scope], scope: &mut Scope) {
        self.factor(&mut t.relation, outer, scope);
        for j in &mut t.joins {
            self.factor(&mut j.relation, outer, scope);
            let constraint = match &mut j.join_operator {
                JoinOperator::Inner(c) => {
                    let c = std::mem::replace(c, sqlparser::ast::JoinConstraint::None);
                    j.join_operator = JoinOperator::Join(c);
                    match &mut j.join_operator {
                        JoinOperator::Join(c) => Some(c),
                        _ => None,
                    }
                }
                JoinOperator::LeftOuter(c) => {
                    let c = std::mem::replace(c, sqlparser::ast::JoinConstraint::None);
                    j.join_operator = JoinOperator::Left(c);
                    match &mut j.join_operator {
                        JoinOperator::Left(c) => Some(c),
                        _ => None,
                    }
                }
                JoinOperator::RightOuter(c) => {
                    let c = std::mem::replace(c, sqlparser::ast::JoinConstraint::None);
                    j.join_operator = JoinOperator::Right(c);
                    match &mut j.join_operator {
                        JoinOperator::Right(c) => Some(c),
                        _ => None,
                    }
                }
                JoinOperator::Join(c)
                | JoinOperator::Left(c)
                | JoinOperator::Right(c)
                | JoinOperator::FullOuter(c)
                | JoinOperator::CrossJoin(c) => Some(c),
                _ => None,
            };
            if let Some(sqlparser::ast::JoinConstraint::On(e)) = constraint {
                let mut scopes = outer.to_vec();
                scopes.push(scope.clone());
                self.expr(e, &scopes);
            }
        }
    }

    /// `(a JOIN b ON ...) JOIN c ON ...` is `a JOIN b ON ... JOIN c ON ...`: nested joins without
    /// an alias at the head of a FROM item are flattened.
    fn flatten(t: &mut TableWithJoins) {
        while let TableFactor::NestedJoin {
            table_with_joins,
            alias: None,
        } = &mut t.relation
        {
            let inner = std::mem::replace(
                &mut **table_with_joins,
                TableWithJoins {
                    relation: TableFactor::Table {
                        name: ObjectName(vec![]),
                        alias: None,
                        args: None,
                        with_hints: vec![],
                        version: None,
                        with_ordinality: false,
                        partitions: vec![],
                        json_path: None,
                        sample: None,
                        index_hints: vec![],
                    },
                    joins: vec![],
                },
            );
            let mut joins = inner.joins;
            joins.append(&mut t.joins);
            t.relation = inner.relation;
            t.joins = joins;
        }
    }

    fn select(&mut self, s: &mut Select, outer: &[Scope]) -> (Columns, Scope, Vec<SqlExpr>) {
        let mut scope: Scope = Vec::new();
        for t in &mut s.from {
            Self::flatten(t);
            self.joins(t, outer, &mut scope);
        }
        let mut scopes = outer.to_vec();
        scopes.push(scope.clone());
        // `*` and `t.*` expand to the columns (when every relation's columns are known)
        let mut projection = Vec::new();
        for item in std::mem::take(&mut s.projection) {
            match &item {
                SelectItem::Wildcard(opts)
                    if opts.opt_exclude.is_none()
                        && opts.opt_except.is_none()
                        && opts.opt_replace.is_none()
                        && opts.opt_rename.is_none()
                        && scope.iter().all(|i| i.columns.is_some()) =>
                {
                    for i in &scope {
                        for (c, _) in i.columns.as_ref().expect("checked") {
                            projection.push(SelectItem::UnnamedExpr(qualify(&i.alias, c)));
                        }
                    }
                }
                SelectItem::QualifiedWildcard(
                    SelectItemQualifiedWildcardKind::ObjectName(n),
                    _,
                ) => {
                    let parts = name_parts(n);
                    let alias = parts.last().cloned().unwrap_or_default();
                    match scope
                        .iter()
                        .find(|i| i.alias == alias)
                        .and_then(|i| i.columns.as_ref())
                    {
                        Some(cols) => {
                            for (c, _) in cols {
                                projection.push(SelectItem::UnnamedExpr(qualify(&alias, c)));
                            }
                        }
                        None => projection.push(item),
                    }
                }
                _ => projection.push(item),
            }
        }
        let mut columns: Columns = Vec::new();
        let mut outputs: Vec<SqlExpr> = Vec::new();
        for item in &mut projection {
            match item {
                SelectItem::UnnamedExpr(e) => {
                    let name = figure_colname(e);
                    self.expr(e, &scopes);
                    let ty = self.type_of(e, &scopes);
                    outputs.push(e.clone());
                    // PostgreSQL names every output column that is not a plain column reference
                    if !matches!(e, SqlExpr::CompoundIdentifier(_) | SqlExpr::Identifier(_)) {
                        *item = SelectItem::ExprWithAlias {
                            expr: std::mem::replace(
                                e,
                                SqlExpr::Value(sqlparser::ast::Value::Null.into()),
                            ),
                            alias: ident(&name),
                        };
                    }
                    columns.push((name, ty));
                }
                SelectItem::ExprWithAlias { expr, alias } => {
                    self.expr(expr, &scopes);
                    let ty = self.type_of(expr, &scopes);
                    outputs.push(expr.clone());
                    let a = fold(alias);
                    *alias = ident(&a);
                    let plain = match expr {
                        SqlExpr::CompoundIdentifier(ids) => ids.last().map(fold) == Some(a.clone()),
                        SqlExpr::Identifier(i) => fold(i) == a,
                        _ => false,
                    };
                    if plain {
                        *item = SelectItem::UnnamedExpr(expr.clone());
                    }
                    columns.push((a, ty));
                }
                other => {
                    let mut v = Resolver {
                        c: self,
                        scopes: &scopes,
                        depth: 0,
                    };
                    let _ = other.visit(&mut v);
                    if let Some(n) = output_name(other) {
                        columns.push((n, None));
                    }
                }
            }
        }
        s.projection = projection;
        if let Some(e) = &mut s.selection {
            self.expr(e, &scopes);
        }
        if let GroupByExpr::Expressions(exprs, _) = &mut s.group_by {
            for e in exprs {
                // GROUP BY 1 is printed as the expression it names
                if !replace_ordinal(e, &outputs) {
                    self.expr(e, &scopes);
                }
            }
        }
        if let Some(e) = &mut s.having {
            self.expr(e, &scopes);
        }
        (columns, scope, outputs)
    }

    /// The type of a resolved plain column reference.
    fn type_of(&self, e: &SqlExpr, scopes: &[Scope]) -> Option<TypeRef> {
        let SqlExpr::CompoundIdentifier(ids) = e else {
            return None;
        };
        let [a, c] = ids.as_slice() else {
            return None;
        };
        let (a, c) = (fold(a), fold(c));
        scopes
            .iter()
            .rev()
            .flatten()
            .find(|i| i.alias == a)
            .and_then(|i| {
                i.columns
                    .as_ref()?
                    .iter()
                    .find(|(n, _)| *n == c)
                    .and_then(|(_, t)| t.clone())
            })
    }

    /// Resolves column references of an expression (nested queries with their own scope), then
    /// canonicalizes it.
    fn expr(&mut self, e: &mut SqlExpr, scopes: &[Scope]) {
        let mut v = Resolver {
            c: self,
            scopes,
            depth: 0,
        };
        let _ = e.visit(&mut v);
        let types: HashMap<String, TypeRef> = scopes
            .iter()
            .flatten()
            .flat_map(|i| {
                i.columns
                    .iter()
                    .flatten()
                    .filter_map(|(c, t)| t.clone().map(|t| (format!("{}.{c}", i.alias), t)))
            })
            .collect();
        let canon = super::canon::canon_expr_in_place(
            e,
            Ctx {
                col_type: None,
                columns: Some(&types),
            },
        );
        *e = canon;
    }

    /// The qualified reference of column `name` in the innermost scope that has it, when it is
    /// unambiguous there.
    fn resolve(&self, name: &str, scopes: &[Scope]) -> Option<SqlExpr> {
        for scope in scopes.iter().rev() {
            let hits: Vec<&Item> = scope
                .iter()
                .filter(|i| {
                    i.columns
                        .as_ref()
                        .is_some_and(|c| c.iter().any(|(n, _)| n == name))
                })
                .collect();
            match hits.as_slice() {
                [one] => return Some(qualify(&one.alias, name)),
                [] if scope.iter().all(|i| i.columns.is_some()) => continue,
                _ => return None,
            }
        }
        None
    }
}

/// `GROUP BY 2` / `ORDER BY 2`: the second output expression (already canonical) in its place.
fn replace_ordinal(e: &mut SqlExpr, outputs: &[SqlExpr]) -> bool {
    if let SqlExpr::Value(v) = e
        && let sqlparser::ast::Value::Number(n, _) = &v.value
        && let Ok(k) = n.parse::<usize>()
        && let Some(out) = k.checked_sub(1).and_then(|k| outputs.get(k))
    {
        *e = out.clone();
        return true;
    }
    false
}

/// Gives the output columns of a set operation's later arm the first arm's names.
fn rename_outputs(s: &mut SetExpr, names: &[String]) {
    match s {
        SetExpr::Select(sel) => {
            for (item, name) in sel.projection.iter_mut().zip(names) {
                let expr = match item {
                    SelectItem::UnnamedExpr(e) | SelectItem::ExprWithAlias { expr: e, .. } => {
                        e.clone()
                    }
                    _ => continue,
                };
                let plain = match &expr {
                    SqlExpr::CompoundIdentifier(ids) => ids.last().map(fold).as_ref() == Some(name),
                    SqlExpr::Identifier(i) => fold(i) == *name,
                    _ => false,
                };
                *item = if plain {
                    SelectItem::UnnamedExpr(expr)
                } else {
                    SelectItem::ExprWithAlias {
                        expr,
                        alias: ident(name),
                    }
                };
            }
        }
        SetExpr::SetOperation { left, right, .. } => {
            rename_outputs(left, names);
            rename_outputs(right, names);
        }
        SetExpr::Query(q) => rename_outputs(&mut q.body, names),
        _ => {}
    }
}

/// Qualifies the bare column references of an expression (not those inside nested queries,
/// which are canonicalized with their own scope when met).
struct Resolver<'a, 'b> {
    c: &'a mut Canonicalizer<'b>,
    scopes: &'a [Scope],
    depth: usize,
}

impl VisitorMut for Resolver<'_, '_> {
    type Break = ();

    fn pre_visit_query(&mut self, q: &mut Query) -> ControlFlow<()> {
        if self.depth == 0 {
            let scopes = self.scopes.to_vec();
            self.c.query(q, &scopes);
        }
        self.depth += 1;
        ControlFlow::Continue(())
    }

    fn post_visit_query(&mut self, _q: &mut Query) -> ControlFlow<()> {
        self.depth -= 1;
        ControlFlow::Continue(())
    }

    fn post_visit_expr(&mut self, e: &mut SqlExpr) -> ControlFlow<()> {
        if self.depth > 0 {
            return ControlFlow::Continue(());
        }
        match e {
            SqlExpr::Identifier(i) => {
                if let Some(r) = self.c.resolve(&fold(i), self.scopes) {
                    *e = r;
                }
            }
            SqlExpr::CompoundIdentifier(ids) if ids.len() == 3 => {
                // schema.table.column -> table.column
                let t = fold(&ids[1]);
                let c = fold(&ids[2]);
                *e = qualify(&t, &c);
            }
            SqlExpr::CompoundIdentifier(ids) if ids.len() == 2 => {
                let (t, c) = (fold(&ids[0]), fold(&ids[1]));
                *e = qualify(&t, &c);
            }
            _ => {}
        }
        ControlFlow::Continue(())
    }
}
