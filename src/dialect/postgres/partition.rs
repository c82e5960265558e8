//! PostgreSQL's partitioning rules: how keys and bounds are written, the partition constraint a
//! bound implies (`get_qual_for_range` / `get_qual_for_list` / `get_qual_for_hash` in
//! src/backend/partitioning/partbounds.c), and what depends on the server version.

use super::{Lock, qualified, quote_ident, quote_literal, type_sql};
use crate::model::*;

/// `RANGE (a, (lower(b)) COLLATE "C")`.
pub fn partition_key_sql(k: &PartitionKey) -> String {
    let strategy = match k.strategy {
        PartitionStrategy::Range => "RANGE",
        PartitionStrategy::List => "LIST",
        PartitionStrategy::Hash => "HASH",
    };
    let parts: Vec<String> = k
        .parts
        .iter()
        .map(|p| {
            let mut s = key_sql(&p.key);
            if let Some(c) = &p.collation {
                s.push_str(&format!(" COLLATE {c}"));
            }
            if let Some(o) = &p.opclass {
                s.push(' ');
                s.push_str(o);
            }
            s
        })
        .collect();
    format!("{strategy} ({})", parts.join(", "))
}

fn key_sql(k: &IndexKeyExpr) -> String {
    match k {
        IndexKeyExpr::Column(c) => quote_ident(c),
        IndexKeyExpr::Expression(e) => format!("({})", e.sql),
    }
}

fn value_sql(v: &BoundValue) -> String {
    match v {
        BoundValue::MinValue => "MINVALUE".into(),
        BoundValue::MaxValue => "MAXVALUE".into(),
        BoundValue::Value(e) => e.sql.clone(),
    }
}

fn values_sql(vs: &[BoundValue]) -> String {
    vs.iter().map(value_sql).collect::<Vec<_>>().join(", ")
}

/// `FOR VALUES FROM (...) TO (...)`, `FOR VALUES IN (...)`, `FOR VALUES WITH (MODULUS m,
/// REMAINDER r)` or `DEFAULT`.
pub fn partition_bound_sql(b: &PartitionBound) -> String {
    match b {
        PartitionBound::Default => "DEFAULT".into(),
        PartitionBound::In(v) => format!("FOR VALUES IN ({})", values_sql(v)),
        PartitionBound::Range { from, to } => {
            format!(
                "FOR VALUES FROM ({}) TO ({})",
                values_sql(from),
                values_sql(to)
            )
        }
        PartitionBound::Hash { modulus, remainder } => {
            format!("FOR VALUES WITH (MODULUS {modulus}, REMAINDER {remainder})")
        }
    }
}

/// A bound value as a constant of the key's type: `'2024-01-01'::date`. Only literals (numbers,
/// strings, booleans, optionally cast) qualify: anything else is evaluated by PostgreSQL when
/// the partition is created, and its value is not known here.
fn constant(v: &Expr, ty: Option<&TypeRef>) -> Option<String> {
    use sqlparser::dialect::PostgreSqlDialect;
    use sqlparser::tokenizer::{Token, Tokenizer};
    let toks: Vec<Token> = Tokenizer::new(&PostgreSqlDialect {}, &v.sql)
        .tokenize()
        .ok()?
        .into_iter()
        .filter(|t| !matches!(t, Token::Whitespace(_)))
        .collect();
    let literal = match toks.as_slice() {
        [Token::Number(..)] | [Token::Minus | Token::Plus, Token::Number(..)] => true,
        [Token::SingleQuotedString(_), rest @ ..] => {
            rest.is_empty() || matches!(rest.first(), Some(Token::DoubleColon))
        }
        [Token::Word(w)] => {
            w.value.eq_ignore_ascii_case("true") || w.value.eq_ignore_ascii_case("false")
        }
        _ => false,
    };
    if !literal {
        return None;
    }
    Some(match ty {
        Some(t) => format!("{}::{}", quote_literal(&v.canon), type_sql(t)),
        None => v.sql.clone(),
    })
}

/// The CHECK expression equal to the partition constraint PostgreSQL derives from `bound` on
/// `key` (of partitioned table `parent`, whose columns give the key's types): a valid CHECK of
/// this text on a table lets `ATTACH PARTITION` skip its validation scan, and its negation on
/// the DEFAULT partition spares that one's. None when it cannot be written exactly here: a
/// DEFAULT bound, a key with a collation or operator class of its own, or a bound value that is
/// not a literal.
pub fn partition_constraint(
    parent: &Table,
    key: &PartitionKey,
    bound: &PartitionBound,
) -> Option<String> {
    if key
        .parts
        .iter()
        .any(|p| p.collation.is_some() || p.opclass.is_some())
    {
        return None;
    }
    let keys: Vec<(String, Option<&TypeRef>)> = key
        .parts
        .iter()
        .map(|p| match &p.key {
            IndexKeyExpr::Column(c) => (quote_ident(c), parent.column(c).map(|c| &c.ty)),
            IndexKeyExpr::Expression(e) => (format!("({})", e.sql), None),
        })
        .collect();
    let quals: Vec<String> = match bound {
        PartitionBound::Default => return None,
        PartitionBound::Hash { modulus, remainder } => {
            let cols: Vec<&str> = keys.iter().map(|(k, _)| k.as_str()).collect();
            vec![format!(
                "satisfies_hash_partition({}::regclass, {modulus}, {remainder}, {})",
                quote_literal(&qualified(&parent.name)),
                cols.join(", ")
            )]
        }
        PartitionBound::In(values) => {
            let (k, ty) = keys.first()?;
            let mut has_null = false;
            let mut consts = Vec::new();
            for v in values {
                match v {
                    BoundValue::Value(e)
                        if e.canon == "NULL" && e.sql.eq_ignore_ascii_case("null") =>
                    {
                        has_null = true
                    }
                    BoundValue::Value(e) => consts.push(constant(e, *ty)?),
                    _ => return None,
                }
            }
            let op = match consts.len() {
                0 => None,
                1 => Some(format!("({k} = {})", consts[0])),
                _ => Some(format!("({k} = ANY (ARRAY[{}]))", consts.join(", "))),
            };
            match (has_null, op) {
                (true, Some(op)) => vec![format!("(({k} IS NULL) OR {op})")],
                (true, None) => vec![format!("({k} IS NULL)")],
                (false, Some(op)) => vec![format!("({k} IS NOT NULL)"), op],
                (false, None) => return None,
            }
        }
        PartitionBound::Range { from, to } => range_quals(&keys, from, to)?,
    };
    Some(format!("({})", quals.join(" AND ")))
}

/// `get_qual_for_range`: every key IS NOT NULL; `key = value` for the leading columns whose
/// lower and upper values are equal; then one OR of AND-arms for the lower bound and one for the
/// upper bound, each arm one column longer than the one before, stopping at MINVALUE/MAXVALUE.
fn range_quals(
    keys: &[(String, Option<&TypeRef>)],
    from: &[BoundValue],
    to: &[BoundValue],
) -> Option<Vec<String>> {
    let n = keys.len();
    if from.len() != n || to.len() != n {
        return None;
    }
    let val = |v: &BoundValue, ty: Option<&TypeRef>| -> Option<Option<String>> {
        match v {
            BoundValue::MinValue | BoundValue::MaxValue => Some(None),
            BoundValue::Value(e) => constant(e, ty).map(Some),
        }
    };
    let mut lower = Vec::with_capacity(n);
    let mut upper = Vec::with_capacity(n);
    for (j, (_, ty)) in keys.iter().enumerate() {
        lower.push(val(&from[j], *ty)?);
        upper.push(val(&to[j], *ty)?);
    }
    let is_value = |v: Option<&BoundValue>| matches!(v, Some(BoundValue::Value(_)));
    let mut result: Vec<String> = keys
        .iter()
        .map(|(k, _)| format!("({k} IS NOT NULL)"))
        .collect();
    let mut i = 0;
    while i < n {
        let (Some(l), Some(_)) = (&lower[i], &upper[i]) else {
            break;
        };
        let same = matches!((&from[i], &to[i]), (BoundValue::Value(a), BoundValue::Value(b)) if a.canon == b.canon);
        if !same {
            break;
        }
        if i == n - 1 {
            // an empty range: PostgreSQL refuses it
            return None;
        }
        result.push(format!("({} = {l})", keys[i].0));
        i += 1;
    }
    let mut lower_arms = Vec::new();
    let mut upper_arms = Vec::new();
    let (mut need_lower, mut need_upper) = (true, true);
    for arm in 0..n - i {
        let mut lower_args = Vec::new();
        let mut upper_args = Vec::new();
        let mut j = i;
        while j < n {
            let k = &keys[j].0;
            if need_lower && let Some(l) = &lower[j] {
                let op = if j - i < arm {
                    "="
                } else if j == n - 1 || matches!(from.get(j + 1), Some(BoundValue::MinValue)) {
                    ">="
                } else {
                    ">"
                };
                lower_args.push(format!("({k} {op} {l})"));
            }
            if need_upper && let Some(u) = &upper[j] {
                let op = if j - i < arm {
                    "="
                } else if matches!(to.get(j + 1), Some(BoundValue::MaxValue)) {
                    "<="
                } else {
                    "<"
                };
                upper_args.push(format!("({k} {op} {u})"));
            }
            let (has_lower, has_upper) = (lower[j].is_some(), upper[j].is_some());
            j += 1;
            if j - i > arm {
                if !has_lower || !is_value(from.get(j)) {
                    need_lower = false;
                }
                if !has_upper || !is_value(to.get(j)) {
                    need_upper = false;
                }
                break;
            }
        }
        if !lower_args.is_empty() {
            lower_arms.push(and_list(lower_args));
        }
        if !upper_args.is_empty() {
            upper_arms.push(and_list(upper_args));
        }
        if !need_lower && !need_upper {
            break;
        }
    }
    if !lower_arms.is_empty() {
        result.push(or_list(lower_arms));
    }
    if !upper_arms.is_empty() {
        result.push(or_list(upper_arms));
    }
    Some(result)
}

fn and_list(v: Vec<String>) -> String {
    if v.len() == 1 {
        v.into_iter().next().expect("one")
    } else {
        format!("({})", v.join(" AND "))
    }
}

fn or_list(v: Vec<String>) -> String {
    if v.len() == 1 {
        v.into_iter().next().expect("one")
    } else {
        format!("({})", v.join(" OR "))
    }
}

/// A `DO` block dropping the CHECK constraints of `table` not named in `keep`: what
/// `DETACH PARTITION ... CONCURRENTLY` adds (a copy of the partition constraint, under a name
/// PostgreSQL chooses, on PostgreSQL 14-17).
pub fn drop_check_constraints_except(table: &QualName, keep: &[String]) -> String {
    let keep: Vec<String> = keep.iter().map(|k| quote_literal(k)).collect();
    let t = qualified(table);
    format!(
        "DO $gen$\n\
         DECLARE\n  \
           c name;\n\
         BEGIN\n  \
           FOR c IN SELECT conname FROM pg_constraint\n            \
                     WHERE conrelid = {}::regclass AND contype = 'c'{}\n  \
           LOOP\n    \
             EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', {}, c);\n  \
           END LOOP;\n\
         END $gen$",
        quote_literal(&t),
        if keep.is_empty() {
            String::new()
        } else {
            format!(" AND conname NOT IN ({})", keep.join(", "))
        },
        quote_literal(&t),
    )
}

/// [`super::batched_update`] for a partitioned table without a key to batch by: a partitioned
/// table has no heap pages of its own, so each leaf partition (`pg_partition_tree`) is updated
/// in turn, in ranges of its heap pages, each range its own transaction. `key` is unused (it is
/// empty); the signature is `batched_update`'s.
pub fn batched_update_partitions(
    table: &QualName,
    key: &[String],
    assignments: &str,
    pending: &str,
    batch: u64,
    lock_timeout: &str,
) -> String {
    debug_assert!(key.is_empty());
    let batch = batch.max(1);
    // the statement is built with format(): `%` in the expressions is doubled
    let template = |range: &str| {
        quote_literal(&format!(
            "UPDATE %s SET {} WHERE {range} AND ({})",
            assignments.replace('%', "%%"),
            pending.replace('%', "%%")
        ))
    };
    format!(
        "DO $gen$\n\
         DECLARE\n  \
           part regclass;\n  \
           pages bigint;\n  \
           step bigint;\n  \
           lo bigint;\n\
         BEGIN\n  \
           FOR part IN SELECT relid FROM pg_partition_tree({regclass}::regclass) WHERE isleaf LOOP\n    \
             SELECT greatest(1, pg_relation_size(c.oid) / current_setting('block_size')::bigint),\n           \
                    greatest(1, ({batch} / CASE WHEN c.relpages > 0 AND c.reltuples > 0 THEN c.reltuples / c.relpages ELSE 100 END)::bigint)\n      \
               INTO pages, step FROM pg_class c WHERE c.oid = part;\n    \
             lo := 0;\n    \
             LOOP\n      \
               SET LOCAL lock_timeout = {timeout};\n      \
               IF lo + step > pages THEN\n        \
                 EXECUTE format({last}, part) USING format('(%s,0)', lo)::tid;\n      \
               ELSE\n        \
                 EXECUTE format({range}, part) USING format('(%s,0)', lo)::tid, format('(%s,0)', lo + step)::tid;\n      \
               END IF;\n      \
               COMMIT;\n      \
               EXIT WHEN lo + step > pages;\n      \
               lo := lo + step;\n    \
             END LOOP;\n  \
           END LOOP;\n\
         END $gen$",
        regclass = quote_literal(&qualified(table)),
        timeout = quote_literal(lock_timeout),
        last = template("ctid >= $1"),
        range = template("ctid >= $1 AND ctid < $2"),
    )
}

/// Whether `DETACH PARTITION ... CONCURRENTLY` exists (PostgreSQL 14+). It cannot run in a
/// transaction block, nor when the partitioned table has a DEFAULT partition.
pub fn has_detach_concurrently(version: u32) -> bool {
    version >= 14
}

/// The lock `ATTACH PARTITION` takes on the partitioned table: SHARE UPDATE EXCLUSIVE from
/// PostgreSQL 12 (reads and writes continue), ACCESS EXCLUSIVE before. The partition being
/// attached (and a DEFAULT partition) is locked ACCESS EXCLUSIVE.
pub fn attach_partition_lock(version: u32) -> Lock {
    if version >= 12 {
        Lock::ShareUpdateExclusive
    } else {
        Lock::AccessExclusive
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse_schema;

    fn constraint_of(sql: &str, child: &str) -> Option<String> {
        let s = parse_schema("t.sql", sql).expect("parses").schema;
        let c = &s.tables[&QualName::public(child)];
        let of = c.partition_of.as_ref().expect("a partition");
        let p = &s.tables[&of.parent];
        partition_constraint(p, p.partition_by.as_ref().expect("partitioned"), &of.bound)
    }

    #[test]
    fn partition_constraints_as_postgres_writes_them() {
        // the expected texts are pg_get_partition_constraintdef's on PostgreSQL 15, with the
        // literals cast to the key's type
        assert_eq!(
            constraint_of(
                "CREATE TABLE m (a int, b int) PARTITION BY RANGE (a, b);
                 CREATE TABLE m1 PARTITION OF m FOR VALUES FROM (1, 10) TO (2, 20);",
                "m1"
            )
            .unwrap(),
            "((a IS NOT NULL) AND (b IS NOT NULL) AND ((a > '1'::integer) OR ((a = '1'::integer) AND (b >= '10'::integer))) AND ((a < '2'::integer) OR ((a = '2'::integer) AND (b < '20'::integer))))"
        );
        assert_eq!(
            constraint_of(
                "CREATE TABLE m (a int, b int) PARTITION BY RANGE (a, b);
                 CREATE TABLE m2 PARTITION OF m FOR VALUES FROM (3, 10) TO (3, 20);",
                "m2"
            )
            .unwrap(),
            "((a IS NOT NULL) AND (b IS NOT NULL) AND (a = '3'::integer) AND (b >= '10'::integer) AND (b < '20'::integer))"
        );
        assert_eq!(
            constraint_of(
                "CREATE TABLE m (a int, b int) PARTITION BY RANGE (a, b);
                 CREATE TABLE m3 PARTITION OF m FOR VALUES FROM (MINVALUE, MINVALUE) TO (0, MAXVALUE);",
                "m3"
            )
            .unwrap(),
            "((a IS NOT NULL) AND (b IS NOT NULL) AND (a <= '0'::integer))"
        );
        assert_eq!(
            constraint_of(
                "CREATE TABLE q (a int) PARTITION BY LIST (a);
                 CREATE TABLE q3 PARTITION OF q FOR VALUES IN (NULL, 4);",
                "q3"
            )
            .unwrap(),
            "(((a IS NULL) OR (a = '4'::integer)))"
        );
        assert_eq!(
            constraint_of(
                "CREATE TABLE q (k text) PARTITION BY LIST (k);
                 CREATE TABLE q2 PARTITION OF q FOR VALUES IN ('x', 'y');",
                "q2"
            )
            .unwrap(),
            "((k IS NOT NULL) AND (k = ANY (ARRAY['x'::text, 'y'::text])))"
        );
        assert_eq!(
            constraint_of(
                "CREATE TABLE h (a int) PARTITION BY HASH (a);
                 CREATE TABLE h1 PARTITION OF h FOR VALUES WITH (MODULUS 2, REMAINDER 1);",
                "h1"
            )
            .unwrap(),
            "(satisfies_hash_partition('public.h'::regclass, 2, 1, a))"
        );
        assert_eq!(
            constraint_of(
                "CREATE TABLE e (a int) PARTITION BY RANGE ((a + 1));
                 CREATE TABLE e1 PARTITION OF e FOR VALUES FROM (1) TO (5);",
                "e1"
            )
            .unwrap(),
            "(((a + 1) IS NOT NULL) AND ((a + 1) >= 1) AND ((a + 1) < 5))"
        );
        // not written when it cannot be exact
        assert!(
            constraint_of(
                "CREATE TABLE d (a date) PARTITION BY RANGE (a);
                 CREATE TABLE d1 PARTITION OF d FOR VALUES FROM (now()) TO ('2100-01-01');",
                "d1"
            )
            .is_none()
        );
        assert!(
            constraint_of(
                "CREATE TABLE d (a int) PARTITION BY RANGE (a);
                 CREATE TABLE d0 PARTITION OF d DEFAULT;",
                "d0"
            )
            .is_none()
        );
    }

    #[test]
    fn keys_and_bounds_written_back() {
        let s = parse_schema(
            "t.sql",
            "CREATE TABLE m (a int, b text) PARTITION BY RANGE (a, lower(b) COLLATE \"C\");
             CREATE TABLE m1 PARTITION OF m FOR VALUES FROM (MINVALUE, 'x') TO (10, MAXVALUE);",
        )
        .unwrap()
        .schema;
        let m = &s.tables[&QualName::public("m")];
        assert_eq!(
            partition_key_sql(m.partition_by.as_ref().unwrap()),
            "RANGE (a, (lower(b)) COLLATE \"C\")"
        );
        let m1 = &s.tables[&QualName::public("m1")];
        assert_eq!(
            partition_bound_sql(&m1.partition_of.as_ref().unwrap().bound),
            "FOR VALUES FROM (MINVALUE, 'x') TO (10, MAXVALUE)"
        );
    }
}
