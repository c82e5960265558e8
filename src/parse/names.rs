//! PostgreSQL's default-name rules (`makeObjectName`, `ChooseRelationName`,
//! `ChooseConstraintName`, `ChooseIndexNameAddition`, `ChooseIndexColumnNames`, `FigureColname`),
//! ported from src/backend/commands/indexcmds.c and src/backend/parser/parse_target.c (PG 15).

pub use crate::dialect::postgres::{MAX_IDENT, clip};
use sqlparser::ast::{CastKind, Expr as SqlExpr};

/// `makeObjectName(name1, name2, label)`: `name1_name2_label`, shortening the longer of name1 and
/// name2 first so that the result fits in 63 bytes.
pub fn make_object_name(name1: &str, name2: Option<&str>, label: Option<&str>) -> String {
    let mut overhead = 0;
    let mut name2chars = 0;
    if let Some(n2) = name2 {
        name2chars = n2.len();
        overhead += 1;
    }
    if let Some(l) = label {
        overhead += l.len() + 1;
    }
    let avail = MAX_IDENT.saturating_sub(overhead);
    let mut name1chars = name1.len();
    while name1chars + name2chars > avail {
        if name1chars > name2chars {
            name1chars -= 1;
        } else {
            name2chars -= 1;
        }
    }
    let mut out = clip(name1, name1chars).to_string();
    if let Some(n2) = name2 {
        out.push('_');
        out.push_str(clip(n2, name2chars));
    }
    if let Some(l) = label {
        out.push('_');
        out.push_str(l);
    }
    out
}

/// `ChooseRelationName` / `ChooseConstraintName`: the first of `name1_name2_label`,
/// `name1_name2_label1`, `name1_name2_label2`, ... for which `taken` is false.
pub fn choose_name(
    name1: &str,
    name2: Option<&str>,
    label: &str,
    taken: impl Fn(&str) -> bool,
) -> String {
    let mut name = make_object_name(name1, name2, Some(label));
    let mut pass = 0;
    while taken(&name) {
        pass += 1;
        name = make_object_name(name1, name2, Some(&format!("{label}{pass}")));
    }
    name
}

/// `ChooseIndexNameAddition` (also used for foreign keys): column names joined with `_`,
/// stopping once the result reaches NAMEDATALEN bytes.
pub fn name_addition(names: &[String]) -> Option<String> {
    if names.is_empty() {
        return None;
    }
    let mut buf = String::new();
    for n in names {
        if !buf.is_empty() {
            buf.push('_');
        }
        buf.push_str(clip(n, MAX_IDENT));
        if buf.len() > MAX_IDENT {
            break;
        }
    }
    Some(buf)
}

/// `ChooseIndexColumnNames`: makes the per-key names unique by appending 1, 2, ...
pub fn index_column_names(orig: &[String]) -> Vec<String> {
    let mut result: Vec<String> = Vec::with_capacity(orig.len());
    for o in orig {
        let mut cur = o.clone();
        let mut i = 1;
        while result.contains(&cur) {
            let nbuf = i.to_string();
            cur = format!("{}{}", clip(o, MAX_IDENT - nbuf.len()), nbuf);
            i += 1;
        }
        result.push(cur);
    }
    result
}

/// `FigureIndexColname`: the preliminary name of an index expression (`lower(email)` -> `lower`),
/// `expr` when PostgreSQL has no good name for it. Identifiers must already be folded.
pub fn figure_colname(e: &SqlExpr) -> String {
    figure(e)
        .map(|(n, _)| n)
        .unwrap_or_else(|| "expr".to_string())
}

/// Returns the name and its strength (2 = strong, 1 = weak); None = no name (strength 0).
fn figure(e: &SqlExpr) -> Option<(String, u8)> {
    match e {
        SqlExpr::Nested(inner) => figure(inner),
        SqlExpr::Identifier(i) => Some((i.value.clone(), 2)),
        SqlExpr::CompoundIdentifier(ids) => ids.last().map(|i| (i.value.clone(), 2)),
        SqlExpr::Function(f) => {
            let last = f.name.0.last()?.as_ident()?.value.clone();
            Some((last, 2))
        }
        SqlExpr::Cast {
            kind: CastKind::DoubleColon | CastKind::Cast,
            expr,
            data_type,
            ..
        } => {
            match figure(expr) {
                Some((n, 2)) => Some((n, 2)),
                _ => {
                    // The last word of the type name, as PostgreSQL's grammar names it.
                    let ty = super::types::type_ref(data_type).ok()?;
                    Some((pg_internal_type_name(&ty.name), 1))
                }
            }
        }
        SqlExpr::Case { .. } => Some(("case".into(), 1)),
        SqlExpr::Array(_) => Some(("array".into(), 1)),
        _ => None,
    }
}

/// The internal name PostgreSQL's grammar uses for a built-in type in a cast (what FigureColname
/// reports for `x::integer` when x has no strong name): `int4`, `varchar`, `timestamptz`, ...
fn pg_internal_type_name(canonical: &str) -> String {
    match canonical {
        "integer" => "int4",
        "bigint" => "int8",
        "smallint" => "int2",
        "boolean" => "bool",
        "real" => "float4",
        "double precision" => "float8",
        "character varying" => "varchar",
        "character" => "bpchar",
        "timestamp without time zone" => "timestamp",
        "timestamp with time zone" => "timestamptz",
        "time without time zone" => "time",
        "time with time zone" => "timetz",
        "bit varying" => "varbit",
        other if other.starts_with("interval") => "interval",
        other => other,
    }
    .to_string()
}
