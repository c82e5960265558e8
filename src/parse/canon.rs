//! Expression canonicalisation: `Expr { sql, canon }`.
//!
//! `canon` is the Display of a rewritten clone of the AST: identifiers and function names folded,
//! redundant parentheses dropped (and re-added, uniformly, around every compound operand so that
//! precedence stays visible), casts normalised the way `pg_get_expr` writes them.

use crate::dialect::postgres::{quote_ident, quote_literal, type_sql};
use crate::model::{Expr, TypeRef};
use hashbrown::HashMap;
use sqlparser::ast::{
    Array, BinaryOperator, CastKind, DataType, Expr as SqlExpr, FunctionArg, FunctionArgExpr,
    FunctionArguments, Ident, ObjectName, ObjectNamePart, UnaryOperator, Value, ValueWithSpan,
    VisitMut, VisitorMut,
};
use std::ops::ControlFlow;

/// What the canonicaliser knows about the expression's surroundings.
#[derive(Default, Clone, Copy)]
pub struct Ctx<'a> {
    /// The type of the column whose default / generated expression this is.
    pub col_type: Option<&'a TypeRef>,
    /// Column types of the table the expression belongs to.
    pub columns: Option<&'a HashMap<String, TypeRef>>,
}

/// Builds the model expression from a parsed sqlparser expression.
pub fn make_expr(e: &SqlExpr, ctx: Ctx) -> Expr {
    let mut sql_e = e;
    while let SqlExpr::Nested(inner) = sql_e {
        sql_e = inner;
    }
    Expr::new(sql_e.to_string(), canon_string(e, ctx))
}

/// The canonical form of an expression, as an expression.
pub fn canon_expr_in_place(e: &SqlExpr, ctx: Ctx) -> SqlExpr {
    let mut c = e.clone();
    let _ = c.visit(&mut Canon { ctx });
    c
}

pub fn canon_string(e: &SqlExpr, ctx: Ctx) -> String {
    let mut c = e.clone();
    let _ = c.visit(&mut Canon { ctx });
    c.to_string()
}

/// Folds an identifier as PostgreSQL stores it.
pub fn fold(i: &Ident) -> String {
    if i.quote_style.is_some() {
        i.value.clone()
    } else {
        i.value.to_lowercase()
    }
}

fn fold_ident(i: &mut Ident) {
    let v = fold(i);
    i.quote_style = if quote_ident(&v) == v {
        None
    } else {
        Some('"')
    };
    i.value = v;
}

fn fold_name(n: &mut ObjectName) {
    for p in n.0.iter_mut() {
        if let ObjectNamePart::Identifier(i) = p {
            fold_ident(i);
        }
    }
}

fn val(v: Value) -> SqlExpr {
    SqlExpr::Value(ValueWithSpan::from(v))
}

fn raw_type(s: String) -> DataType {
    DataType::Custom(ObjectName::from(vec![Ident::new(s)]), vec![])
}

fn take(e: &mut SqlExpr) -> SqlExpr {
    std::mem::replace(e, SqlExpr::Value(ValueWithSpan::from(Value::Null)))
}

/// Expressions that print self-delimited (need no parentheses as an operand).
fn atomic(e: &SqlExpr) -> bool {
    matches!(
        e,
        SqlExpr::Identifier(_)
            | SqlExpr::CompoundIdentifier(_)
            | SqlExpr::Value(_)
            | SqlExpr::Function(_)
            | SqlExpr::Array(_)
            | SqlExpr::Nested(_)
            | SqlExpr::TypedString { .. }
            | SqlExpr::Case { .. }
            | SqlExpr::Subquery(_)
            | SqlExpr::Tuple(_)
            | SqlExpr::Cast { .. }
    )
}

fn wrap(e: &mut SqlExpr) {
    if !atomic(e) {
        let inner = take(e);
        *e = SqlExpr::Nested(Box::new(inner));
    }
}

fn is_string_type(t: &TypeRef) -> bool {
    t.array_dims == 0
        && t.schema.is_none()
        && matches!(t.name.as_str(), "text" | "character varying" | "character")
}

fn is_int_type(t: &TypeRef) -> bool {
    t.array_dims == 0
        && t.schema.is_none()
        && matches!(t.name.as_str(), "integer" | "bigint" | "smallint")
}

fn is_num_type(t: &TypeRef) -> bool {
    is_int_type(t)
        || (t.array_dims == 0
            && t.schema.is_none()
            && matches!(t.name.as_str(), "numeric" | "real" | "double precision"))
}

fn is_literal(e: &SqlExpr) -> bool {
    match e {
        SqlExpr::Value(v) => !matches!(v.value, Value::Null),
        SqlExpr::UnaryOp {
            op: UnaryOperator::Minus,
            expr,
        } => matches!(**expr, SqlExpr::Value(_)),
        _ => false,
    }
}

/// A number literal, negative numbers as unary minus (the way sqlparser reads `-1`).
fn number(s: &str) -> SqlExpr {
    match s.strip_prefix('-') {
        Some(abs) => SqlExpr::UnaryOp {
            op: UnaryOperator::Minus,
            expr: Box::new(val(Value::Number(abs.into(), false))),
        },
        None => val(Value::Number(s.into(), false)),
    }
}

fn numeric_text(s: &str, integral: bool) -> Option<String> {
    let s = s.trim();
    let body = s.strip_prefix('-').unwrap_or(s);
    let ok = !body.is_empty()
        && body
            .chars()
            .all(|c| c.is_ascii_digit() || (!integral && c == '.'))
        && body.chars().filter(|c| *c == '.').count() <= 1
        && body.chars().any(|c| c.is_ascii_digit());
    ok.then(|| s.to_string())
}

/// Parses the text of a regclass literal (`public."T"`) into (schema, name), folding like identifiers.
pub fn parse_qualified_text(s: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let mut cur = String::new();
    let mut chars = s.chars().peekable();
    let mut quoted_part = false;
    while let Some(c) = chars.next() {
        match c {
            '"' => {
                quoted_part = true;
                while let Some(q) = chars.next() {
                    if q == '"' {
                        if chars.peek() == Some(&'"') {
                            chars.next();
                            cur.push('"');
                        } else {
                            break;
                        }
                    } else {
                        cur.push(q);
                    }
                }
            }
            '.' => {
                parts.push(std::mem::take(&mut cur));
                quoted_part = false;
            }
            c if quoted_part => cur.push(c),
            c => cur.extend(c.to_lowercase()),
        }
    }
    parts.push(cur);
    parts
}

/// `'public.t_id_seq'::regclass`, the way pg_dump writes a nextval argument.
pub fn regclass_literal(schema: &str, name: &str) -> String {
    format!(
        "{}::regclass",
        quote_literal(&format!("{}.{}", quote_ident(schema), quote_ident(name)))
    )
}

/// `l op r` with its operands parenthesized the canonical way.
fn binop(mut l: SqlExpr, op: BinaryOperator, mut r: SqlExpr) -> SqlExpr {
    wrap(&mut l);
    wrap(&mut r);
    SqlExpr::BinaryOp {
        left: Box::new(l),
        op,
        right: Box::new(r),
    }
}

/// A money amount as PostgreSQL prints it in the C locale: `$1,234.50`.
fn money_text(s: &str) -> Option<String> {
    let t: String = s
        .chars()
        .filter(|c| !matches!(c, '$' | ',' | ' '))
        .collect();
    let (neg, t) = match t.strip_prefix('-') {
        Some(r) => (true, r.to_string()),
        None => (false, t),
    };
    if t.is_empty() || !t.chars().all(|c| c.is_ascii_digit() || c == '.') {
        return None;
    }
    let v: f64 = t.parse().ok()?;
    let cents = (v * 100.0).round() as i128;
    let (whole, frac) = (cents / 100, cents % 100);
    let digits = whole.to_string();
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    Some(format!(
        "{}${grouped}.{frac:02}",
        if neg { "-" } else { "" }
    ))
}

/// A string literal cast to `ty` (as PostgreSQL prints it after a comparison with a column of
/// that type) becomes the bare literal.
fn strip_cast_to(e: &mut SqlExpr, ty: &TypeRef) {
    let SqlExpr::Cast {
        expr: inner,
        data_type: DataType::Custom(n, _),
        ..
    } = e
    else {
        return;
    };
    if !matches!(
        &**inner,
        SqlExpr::Value(ValueWithSpan {
            value: Value::SingleQuotedString(_),
            ..
        })
    ) || ty.array_dims != 0
    {
        return;
    }
    let text = n.to_string();
    let bare = quote_ident(&ty.name);
    if text == type_sql(ty) || text == bare || text == format!("public.{bare}") {
        *e = take(inner);
    }
}

struct Canon<'a> {
    ctx: Ctx<'a>,
}

/// The numeric kind of an expression, where it is plain to see.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Num {
    /// smallint, integer, bigint (PostgreSQL has operators across them)
    Int,
    Numeric,
}

fn arithmetic_or_comparison(op: &BinaryOperator) -> bool {
    use BinaryOperator::*;
    matches!(
        op,
        Plus | Minus | Multiply | Divide | Modulo | Eq | NotEq | Lt | LtEq | Gt | GtEq
    )
}

/// `e::numeric`, as PostgreSQL prints an implicit cast.
fn to_numeric(e: &mut SqlExpr) {
    let mut inner = take(e);
    wrap(&mut inner);
    *e = SqlExpr::Cast {
        kind: CastKind::DoubleColon,
        expr: Box::new(inner),
        data_type: raw_type("numeric".into()),
        format: None,
    };
}

impl Canon<'_> {
    /// The numeric kind of an (already canonical) expression: number literals (`1` integer,
    /// `1.5` and `1e3` numeric), columns of known type, casts, and arithmetic over them.
    fn num_kind(&self, e: &SqlExpr) -> Option<Num> {
        let of_type = |t: &TypeRef| {
            if is_int_type(t) {
                Some(Num::Int)
            } else if t.array_dims == 0 && t.schema.is_none() && t.name == "numeric" {
                Some(Num::Numeric)
            } else {
                None
            }
        };
        match e {
            SqlExpr::Nested(inner) => self.num_kind(inner),
            SqlExpr::Value(ValueWithSpan {
                value: Value::Number(n, _),
                ..
            }) => Some(if n.contains(['.', 'e', 'E']) {
                Num::Numeric
            } else {
                Num::Int
            }),
            SqlExpr::UnaryOp {
                op: UnaryOperator::Minus | UnaryOperator::Plus,
                expr,
            } => self.num_kind(expr),
            SqlExpr::Cast { data_type, .. } => super::types::type_ref(data_type)
                .ok()
                .and_then(|t| of_type(&t)),
            SqlExpr::Identifier(_) | SqlExpr::CompoundIdentifier(_) => {
                self.column_type(e).and_then(of_type)
            }
            SqlExpr::BinaryOp {
                left,
                op:
                    BinaryOperator::Plus
                    | BinaryOperator::Minus
                    | BinaryOperator::Multiply
                    | BinaryOperator::Divide
                    | BinaryOperator::Modulo,
                right,
            } => match (self.num_kind(left)?, self.num_kind(right)?) {
                (Num::Int, Num::Int) => Some(Num::Int),
                _ => Some(Num::Numeric),
            },
            _ => None,
        }
    }

    fn column_type(&self, e: &SqlExpr) -> Option<&TypeRef> {
        let name = match e {
            SqlExpr::Identifier(i) => i.value.clone(),
            // a view's `alias.column`
            SqlExpr::CompoundIdentifier(ids) if ids.len() == 2 => {
                format!("{}.{}", ids[0].value, ids[1].value)
            }
            _ => return None,
        };
        self.ctx.columns.and_then(|c| c.get(&name))
    }
}

impl VisitorMut for Canon<'_> {
    type Break = ();

    fn post_visit_expr(&mut self, expr: &mut SqlExpr) -> ControlFlow<()> {
        match expr {
            SqlExpr::Nested(inner) => {
                let inner = take(inner);
                *expr = inner;
            }
            SqlExpr::Identifier(i) => fold_ident(i),
            SqlExpr::CompoundIdentifier(ids) => ids.iter_mut().for_each(fold_ident),
            SqlExpr::Function(f) => {
                fold_name(&mut f.name);
                // `public.f()` (pg_dump) is `f()` (search path); so is `pg_catalog.f()`
                if f.name.0.len() == 2
                    && matches!(
                        f.name.0[0].as_ident().map(|i| i.value.as_str()),
                        Some("public" | "pg_catalog")
                    )
                {
                    f.name.0.remove(0);
                }
                if f.name.to_string() == "nextval"
                    && let FunctionArguments::List(list) = &mut f.args
                    && list.args.len() == 1
                    && let FunctionArg::Unnamed(FunctionArgExpr::Expr(arg)) = &mut list.args[0]
                {
                    let lit = match arg {
                        SqlExpr::Value(ValueWithSpan {
                            value: Value::SingleQuotedString(s),
                            ..
                        }) => Some(s.clone()),
                        SqlExpr::Cast {
                            expr: inner,
                            data_type: DataType::Custom(n, _),
                            ..
                        } if n.to_string() == "regclass" => match &**inner {
                            SqlExpr::Value(ValueWithSpan {
                                value: Value::SingleQuotedString(s),
                                ..
                            }) => Some(s.clone()),
                            _ => None,
                        },
                        _ => None,
                    };
                    if let Some(s) = lit {
                        let parts = parse_qualified_text(&s);
                        let (schema, name) = match parts.as_slice() {
                            [n] => (crate::model::DEFAULT_SCHEMA.to_string(), n.clone()),
                            [s, n] => (s.clone(), n.clone()),
                            _ => return ControlFlow::Continue(()),
                        };
                        *arg = SqlExpr::Cast {
                            kind: CastKind::DoubleColon,
                            expr: Box::new(val(Value::SingleQuotedString(format!(
                                "{}.{}",
                                quote_ident(&schema),
                                quote_ident(&name)
                            )))),
                            data_type: raw_type("regclass".into()),
                            format: None,
                        };
                    }
                }
            }
            SqlExpr::Cast {
                kind,
                expr: inner,
                data_type,
                format: None,
            } => {
                if matches!(kind, CastKind::Cast | CastKind::DoubleColon) {
                    *kind = CastKind::DoubleColon;
                }
                let Ok(ty) = super::types::type_ref(data_type) else {
                    wrap(inner);
                    return ControlFlow::Continue(());
                };
                // 'public.english'::regconfig (pg_dump) is 'english' (search path)
                if matches!(ty.name.as_str(), "regconfig" | "regdictionary")
                    && ty.array_dims == 0
                    && let SqlExpr::Value(ValueWithSpan {
                        value: Value::SingleQuotedString(n),
                        ..
                    }) = &**inner
                {
                    let parts = parse_qualified_text(n);
                    let name = match parts.as_slice() {
                        [s, n] if s == "public" || s == "pg_catalog" => n.clone(),
                        _ => n.clone(),
                    };
                    *expr = val(Value::SingleQuotedString(name));
                    return ControlFlow::Continue(());
                }
                // money literals as PostgreSQL prints them: '$1.50' for '1.5'
                if ty.name == "money"
                    && ty.array_dims == 0
                    && let SqlExpr::Value(ValueWithSpan {
                        value: Value::SingleQuotedString(m),
                        ..
                    }) = &mut **inner
                    && let Some(n) = money_text(m)
                {
                    *m = n;
                }
                // a string literal cast to a string type
                let str_lit = match &**inner {
                    SqlExpr::Value(ValueWithSpan {
                        value: Value::SingleQuotedString(s),
                        ..
                    }) => Some(s.clone()),
                    _ => None,
                };
                if str_lit.is_some() && is_string_type(&ty) {
                    *expr = take(inner);
                    return ControlFlow::Continue(());
                }
                // a literal cast to the column's own type
                if is_literal(inner)
                    && let Some(ct) = self.ctx.col_type
                    && ct.name == ty.name
                    && ct.array_dims == ty.array_dims
                {
                    *expr = take(inner);
                    return ControlFlow::Continue(());
                }
                // '-1'::integer -> -1 ; 0::numeric -> 0
                if is_num_type(&ty) {
                    let integral = is_int_type(&ty);
                    let num = match &**inner {
                        SqlExpr::Value(ValueWithSpan {
                            value: Value::SingleQuotedString(s),
                            ..
                        }) => numeric_text(s, integral),
                        SqlExpr::Value(ValueWithSpan {
                            value: Value::Number(s, _),
                            ..
                        }) => numeric_text(s, integral),
                        SqlExpr::UnaryOp {
                            op: UnaryOperator::Minus,
                            expr: e2,
                        } => match &**e2 {
                            SqlExpr::Value(ValueWithSpan {
                                value: Value::Number(s, _),
                                ..
                            }) => numeric_text(&format!("-{s}"), integral),
                            _ => None,
                        },
                        _ => None,
                    };
                    if let Some(n) = num {
                        *expr = number(&n);
                        return ControlFlow::Continue(());
                    }
                }
                // (varchar_col)::text -> varchar_col
                if ty.name == "text"
                    && ty.array_dims == 0
                    && ty.schema.is_none()
                    && let Some(ct) = self.column_type(inner)
                    && is_string_type(ct)
                {
                    *expr = take(inner);
                    return ControlFlow::Continue(());
                }
                // ARRAY['a', 'b']::text[] -> ARRAY['a', 'b']
                if ty.name == "text"
                    && ty.array_dims == 1
                    && ty.schema.is_none()
                    && let SqlExpr::Array(a) = &**inner
                    && a.elem.iter().all(|e| {
                        matches!(
                            e,
                            SqlExpr::Value(ValueWithSpan {
                                value: Value::SingleQuotedString(_),
                                ..
                            })
                        )
                    })
                {
                    *expr = take(inner);
                    return ControlFlow::Continue(());
                }
                let mut ty = ty;
                if ty.schema.as_deref() == Some(crate::model::DEFAULT_SCHEMA) {
                    ty.schema = None;
                }
                *data_type = raw_type(type_sql(&ty));
                wrap(inner);
            }
            SqlExpr::InList {
                expr: left,
                list,
                negated,
            } => {
                let mut left = take(left);
                wrap(&mut left);
                let right = Box::new(SqlExpr::Array(Array {
                    elem: std::mem::take(list),
                    named: true,
                }));
                *expr = if *negated {
                    SqlExpr::AllOp {
                        left: Box::new(left),
                        compare_op: BinaryOperator::NotEq,
                        right,
                    }
                } else {
                    SqlExpr::AnyOp {
                        left: Box::new(left),
                        compare_op: BinaryOperator::Eq,
                        right,
                        is_some: false,
                    }
                };
            }
            SqlExpr::Trim {
                expr: e,
                trim_where,
                trim_what,
                trim_characters: None,
            } => {
                // PostgreSQL's trim() is btrim / ltrim / rtrim
                let f = match trim_where {
                    None | Some(sqlparser::ast::TrimWhereField::Both) => "btrim",
                    Some(sqlparser::ast::TrimWhereField::Leading) => "ltrim",
                    Some(sqlparser::ast::TrimWhereField::Trailing) => "rtrim",
                };
                let text = match trim_what {
                    Some(w) => format!("{f}({e}, {w})"),
                    None => format!("{f}({e})"),
                };
                if let Ok(parsed) =
                    sqlparser::parser::Parser::new(&sqlparser::dialect::PostgreSqlDialect {})
                        .try_with_sql(&text)
                        .and_then(|mut p| p.parse_expr())
                {
                    *expr = parsed;
                }
            }
            SqlExpr::AnyOp {
                left,
                is_some,
                right,
                ..
            } => {
                *is_some = false;
                if let Some(ct) = self.column_type(left).cloned()
                    && let SqlExpr::Array(a) = &mut **right
                {
                    for e in a.elem.iter_mut() {
                        strip_cast_to(e, &ct);
                    }
                }
                wrap(left);
            }
            SqlExpr::AllOp { left, .. } => wrap(left),
            SqlExpr::BinaryOp { left, op, right } => {
                // `col = 'x'::its_type` is `col = 'x'` (the literal takes the column's type)
                if let Some(ct) = self.column_type(left).cloned() {
                    strip_cast_to(right, &ct);
                }
                if let Some(ct) = self.column_type(right).cloned() {
                    strip_cast_to(left, &ct);
                }
                // integer op numeric: PostgreSQL has no such operator and casts the integer side
                // (`(c)::numeric / 100.0`, how it prints `c / 100.0`); a literal it prints as
                // written (its `(2)::numeric` is `2` here)
                if arithmetic_or_comparison(op) {
                    match (self.num_kind(left), self.num_kind(right)) {
                        (Some(Num::Int), Some(Num::Numeric)) if !is_literal(left) => {
                            to_numeric(left)
                        }
                        (Some(Num::Numeric), Some(Num::Int)) if !is_literal(right) => {
                            to_numeric(right)
                        }
                        _ => {}
                    }
                }
                wrap(left);
                wrap(right);
            }
            SqlExpr::InSubquery {
                expr: e,
                subquery,
                negated: true,
            } => {
                // `x NOT IN (SELECT ...)` is printed `NOT (x IN (SELECT ...))`
                let inner = SqlExpr::InSubquery {
                    expr: Box::new(take(e)),
                    subquery: subquery.clone(),
                    negated: false,
                };
                *expr = SqlExpr::UnaryOp {
                    op: UnaryOperator::Not,
                    expr: Box::new(SqlExpr::Nested(Box::new(inner))),
                };
            }
            SqlExpr::UnaryOp { expr: e, .. } => wrap(e),
            SqlExpr::IsNull(e)
            | SqlExpr::IsNotNull(e)
            | SqlExpr::IsTrue(e)
            | SqlExpr::IsNotTrue(e)
            | SqlExpr::IsFalse(e)
            | SqlExpr::IsNotFalse(e)
            | SqlExpr::IsUnknown(e)
            | SqlExpr::IsNotUnknown(e) => wrap(e),
            SqlExpr::IsDistinctFrom(a, b) | SqlExpr::IsNotDistinctFrom(a, b) => {
                wrap(a);
                wrap(b);
            }
            // x BETWEEN a AND b is (x >= a) AND (x <= b), as PostgreSQL stores it
            SqlExpr::Between {
                expr: e,
                low,
                high,
                negated,
            } => {
                let (e, low, high) = (take(e), take(low), take(high));
                *expr = if *negated {
                    binop(
                        binop(e.clone(), BinaryOperator::Lt, low),
                        BinaryOperator::Or,
                        binop(e, BinaryOperator::Gt, high),
                    )
                } else {
                    binop(
                        binop(e.clone(), BinaryOperator::GtEq, low),
                        BinaryOperator::And,
                        binop(e, BinaryOperator::LtEq, high),
                    )
                };
            }
            // LIKE is the operator ~~ (PostgreSQL prints it so); ILIKE is ~~*
            SqlExpr::Like {
                expr: e,
                pattern,
                negated,
                any: false,
                escape_char: None,
            } => {
                let op = if *negated {
                    BinaryOperator::PGNotLikeMatch
                } else {
                    BinaryOperator::PGLikeMatch
                };
                *expr = binop(take(e), op, take(pattern));
            }
            SqlExpr::ILike {
                expr: e,
                pattern,
                negated,
                any: false,
                escape_char: None,
            } => {
                let op = if *negated {
                    BinaryOperator::PGNotILikeMatch
                } else {
                    BinaryOperator::PGILikeMatch
                };
                *expr = binop(take(e), op, take(pattern));
            }
            SqlExpr::Like {
                expr: e, pattern, ..
            }
            | SqlExpr::ILike {
                expr: e, pattern, ..
            } => {
                wrap(e);
                wrap(pattern);
            }
            SqlExpr::Collate { expr: e, collation } => {
                wrap(e);
                fold_name(collation);
            }
            _ => {}
        }
        ControlFlow::Continue(())
    }
}
