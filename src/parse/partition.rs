//! Partitioning, read at token level where sqlparser cannot: `PARTITION BY`, `PARTITION OF ...
//! FOR VALUES`, `ALTER TABLE ... ATTACH / DETACH PARTITION` and `ALTER INDEX ... ATTACH
//! PARTITION` (as pg_dump writes them), and what PostgreSQL does on its own, so that a schema
//! gives the same model whichever way its file writes it:
//! - a partition created with PARTITION OF takes its parent's columns, with their defaults and
//!   NOT NULL (not an identity);
//! - the parent's CHECK and FOREIGN KEY constraints are implied on every partition (a partition's
//!   own constraint of the same name merges into the inherited one when it is attached);
//! - each index of a partitioned table (also a PRIMARY KEY / UNIQUE constraint's) has an index on
//!   every partition ([`PartitionIndex`]): a matching index of the partition is attached to it,
//!   otherwise one is created, named as PostgreSQL names it (`child_col_idx`, `child_pkey`);
//! - column changes on a partitioned table recurse to its partitions.
//!
//! This is a child module of `build` (it extends [`Builder`]).

use super::*;
use crate::dialect::postgres::type_sql;

/// The partitioning clauses of a CREATE TABLE, taken out of its tokens.
#[derive(Default)]
pub(super) struct PartitionClauses {
    /// `PARTITION BY strategy (...)`: the strategy, the tokens of the key list, where it is.
    by: Option<(PartitionStrategy, Vec<TokenWithSpan>, (usize, usize))>,
    /// `PARTITION OF parent ... FOR VALUES ...`, with where it is.
    of: Option<(PartitionOf, (usize, usize))>,
}

/// The tokens of a statement without whitespace and comments, with their index in `toks`.
fn sig_indexes(toks: &[TokenWithSpan]) -> Vec<usize> {
    (0..toks.len()).filter(|&i| sig(&toks[i])).collect()
}

fn pos(t: &TokenWithSpan) -> (usize, usize) {
    (t.span.start.line as usize, t.span.start.column as usize)
}

/// The index (into `sigs`) of the `)` matching the `(` at `sigs[open]`.
fn matching_paren(toks: &[TokenWithSpan], sigs: &[usize], open: usize) -> Option<usize> {
    let mut depth = 0;
    for (k, &i) in sigs.iter().enumerate().skip(open) {
        match toks[i].token {
            Token::LParen => depth += 1,
            Token::RParen => {
                depth -= 1;
                if depth == 0 {
                    return Some(k);
                }
            }
            _ => {}
        }
    }
    None
}

/// Splits significant tokens on top-level commas.
fn split_commas<'a>(toks: &[&'a TokenWithSpan]) -> Vec<Vec<&'a TokenWithSpan>> {
    let mut out = vec![Vec::new()];
    let mut depth = 0;
    for t in toks {
        match t.token {
            Token::LParen | Token::LBracket => depth += 1,
            Token::RParen | Token::RBracket => depth -= 1,
            Token::Comma if depth == 0 => {
                out.push(Vec::new());
                continue;
            }
            _ => {}
        }
        out.last_mut().expect("one group at least").push(*t);
    }
    if out.len() == 1 && out[0].is_empty() {
        out.clear();
    }
    out
}

fn space() -> TokenWithSpan {
    TokenWithSpan::wrap(Token::Whitespace(Whitespace::Space))
}

/// How a bound value compares: a literal by its text (PostgreSQL coerces bound values to the
/// key's type, so `1`, `'1'` and `'1'::integer` are one value), anything else canonicalised.
fn bound_canon(e: &SqlExpr) -> String {
    match e {
        SqlExpr::Nested(i) => bound_canon(i),
        SqlExpr::Cast { expr, .. } => bound_canon(expr),
        SqlExpr::UnaryOp {
            op: ast::UnaryOperator::Minus,
            expr,
        } => format!("-{}", bound_canon(expr)),
        SqlExpr::Value(v) => match &v.value {
            Value::Number(n, _) => n.clone(),
            Value::SingleQuotedString(s) => s.clone(),
            Value::Boolean(b) => b.to_string(),
            Value::Null => "NULL".into(),
            other => other.to_string(),
        },
        SqlExpr::TypedString(ts) => match &ts.value.value {
            Value::SingleQuotedString(s) => s.clone(),
            other => other.to_string(),
        },
        other => canon::canon_string(other, Ctx::default()),
    }
}

/// The kinds of partition key whose bound values are compared by their value, not their text:
/// pg_dump prints them in full (`'2023-01-01 00:00:00+00'` for `'2023-01-01'`, in the server's
/// time zone for `timestamptz`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum TimeKind {
    Date,
    Timestamp,
    TimestampTz,
}

/// A date or timestamp bound value in canonical form: a `date` as `YYYY-MM-DD`, a `timestamp`
/// as `YYYY-MM-DD HH:MM:SS[.ffffff]` (an offset written is ignored, as PostgreSQL's input
/// does), a `timestamptz` as its instant in UTC (a value written without an offset is taken as
/// UTC: the file cannot say which time zone the server it runs on has). None for what is not
/// such a literal (`infinity`, `now`, an expression): it keeps its text.
fn time_canon(text: &str, kind: TimeKind) -> Option<String> {
    use std::sync::OnceLock;
    static RE: OnceLock<regex::Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        regex::Regex::new(
            r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?)?\s*(Z|UTC|GMT|[+-]\d{1,2}(?::?\d{2})?(?::?\d{2})?)?$",
        )
        .expect("valid regex")
    });
    let c = re.captures(text.trim())?;
    let num = |i: usize| c.get(i).map_or(Ok(0), |m| m.as_str().parse::<i64>());
    let (y, mo, d) = (num(1).ok()?, num(2).ok()?, num(3).ok()?);
    let (h, mi, sec) = (num(4).ok()?, num(5).ok()?, num(6).ok()?);
    let micros: i64 = match c.get(7) {
        Some(m) => format!("{:0<6}", m.as_str()).parse().ok()?,
        None => 0,
    };
    let date = time::Date::from_calendar_date(
        i32::try_from(y).ok()?,
        time::Month::try_from(u8::try_from(mo).ok()?).ok()?,
        u8::try_from(d).ok()?,
    )
    .ok()?;
    if kind == TimeKind::Date {
        return Some(format!("{y:04}-{mo:02}-{d:02}"));
    }
    let t = time::Time::from_hms_micro(
        u8::try_from(h).ok()?,
        u8::try_from(mi).ok()?,
        u8::try_from(sec).ok()?,
        u32::try_from(micros).ok()?,
    )
    .ok()?;
    let mut at = time::PrimitiveDateTime::new(date, t);
    if kind == TimeKind::TimestampTz
        && let Some(z) = c.get(8).map(|m| m.as_str())
        && !matches!(z, "Z" | "UTC" | "GMT")
    {
        let sign = if z.starts_with('-') { -1 } else { 1 };
        let digits: String = z[1..].chars().filter(char::is_ascii_digit).collect();
        let part = |r: std::ops::Range<usize>| digits.get(r).map_or(Ok(0), str::parse::<i64>);
        let secs = part(0..2).ok()? * 3600 + part(2..4).ok()? * 60 + part(4..6).ok()?;
        at -= time::Duration::seconds(sign * secs);
    }
    let mut out = format!(
        "{:04}-{:02}-{:02} {:02}:{:02}:{:02}",
        at.year(),
        u8::from(at.month()),
        at.day(),
        at.hour(),
        at.minute(),
        at.second()
    );
    if at.microsecond() != 0 {
        out.push_str(format!(".{:06}", at.microsecond()).trim_end_matches('0'));
    }
    if kind == TimeKind::TimestampTz {
        out.push_str("+00");
    }
    Some(out)
}

/// Bound values of partitions whose parent's key column is a `date`, `timestamp` or
/// `timestamptz` compare by their value (see [`time_canon`]), so a file's `FROM ('2023-01-01')`
/// equals pg_dump's `FROM ('2023-01-01 00:00:00+00')`.
pub(super) fn canonical_time_bounds(schema: &mut Schema) {
    let mut kinds: HashMap<QualName, Vec<Option<TimeKind>>> = HashMap::new();
    for t in schema.tables.values() {
        let Some(key) = &t.partition_by else { continue };
        let parts = key
            .parts
            .iter()
            .map(|p| match &p.key {
                IndexKeyExpr::Column(c) => {
                    let ty = &t.column(c)?.ty;
                    if ty.array_dims != 0 || ty.schema.is_some() {
                        return None;
                    }
                    match ty.name.as_str() {
                        "date" => Some(TimeKind::Date),
                        "timestamp without time zone" => Some(TimeKind::Timestamp),
                        "timestamp with time zone" => Some(TimeKind::TimestampTz),
                        _ => None,
                    }
                }
                IndexKeyExpr::Expression(_) => None,
            })
            .collect();
        kinds.insert(t.name.clone(), parts);
    }
    if kinds.is_empty() {
        return;
    }
    let wanted = |t: &Table| {
        t.partition_of
            .as_ref()
            .is_some_and(|of| kinds.contains_key(&of.parent))
    };
    schema.tables.update(wanted, |t| {
        let Some(of) = &mut t.partition_of else {
            return;
        };
        let Some(parts) = kinds.get(&of.parent) else {
            return;
        };
        let fix = |vals: &mut Vec<BoundValue>, kind_at: &dyn Fn(usize) -> Option<TimeKind>| {
            for (i, v) in vals.iter_mut().enumerate() {
                if let BoundValue::Value(e) = v
                    && let Some(kind) = kind_at(i)
                    && let Some(c) = time_canon(&e.canon, kind)
                {
                    e.canon = c;
                }
            }
        };
        match &mut of.bound {
            PartitionBound::In(vals) => fix(vals, &|_| parts.first().copied().flatten()),
            PartitionBound::Range { from, to } => {
                fix(from, &|i| parts.get(i).copied().flatten());
                fix(to, &|i| parts.get(i).copied().flatten());
            }
            PartitionBound::Default | PartitionBound::Hash { .. } => {}
        }
    });
}

impl Builder<'_> {
    // ------------------------------------------------------------------- CREATE TABLE clauses

    /// Takes `PARTITION BY ...` and `PARTITION OF parent [(...)] FOR VALUES ... | DEFAULT` out of
    /// a CREATE TABLE. For PARTITION OF, the element list becomes a column list sqlparser reads:
    /// each column it names (`col [WITH OPTIONS] options`) gets its parent's type.
    pub(super) fn take_partition_clauses(
        &self,
        owned: Vec<TokenWithSpan>,
    ) -> R<(Vec<TokenWithSpan>, PartitionClauses)> {
        let toks = &owned[..];
        let sigs = sig_indexes(toks);
        let mut clauses = PartitionClauses::default();
        let at_kw = |k: usize, kw: &str| sigs.get(k).is_some_and(|&i| is_kw(&toks[i], kw));
        // (first, last) significant positions of each clause to cut, and what replaces it
        let mut cuts: Vec<(usize, usize, Vec<TokenWithSpan>)> = Vec::new();
        let mut depth = 0;
        let mut k = 0;
        while k < sigs.len() {
            let t = &toks[sigs[k]];
            match t.token {
                Token::LParen => depth += 1,
                Token::RParen => depth -= 1,
                _ => {}
            }
            if depth != 0 || !is_kw(t, "PARTITION") {
                k += 1;
                continue;
            }
            let start = k;
            let here = pos(t);
            if at_kw(k + 1, "BY") {
                let strategy = match sigs.get(k + 2).map(|&i| &toks[i]) {
                    Some(w) if is_kw(w, "RANGE") => PartitionStrategy::Range,
                    Some(w) if is_kw(w, "LIST") => PartitionStrategy::List,
                    Some(w) if is_kw(w, "HASH") => PartitionStrategy::Hash,
                    _ => {
                        return Err(self.err(
                            here.0,
                            here.1,
                            "expected RANGE, LIST or HASH after PARTITION BY",
                        ));
                    }
                };
                let open = k + 3;
                let close = (sigs
                    .get(open)
                    .is_some_and(|&i| matches!(toks[i].token, Token::LParen)))
                .then(|| matching_paren(toks, &sigs, open))
                .flatten()
                .ok_or_else(|| {
                    self.err(here.0, here.1, "expected the partition key in parentheses")
                })?;
                let key: Vec<TokenWithSpan> = toks[sigs[open] + 1..sigs[close]].to_vec();
                if clauses.by.replace((strategy, key, here)).is_some() {
                    return Err(self.err(here.0, here.1, "PARTITION BY is written twice"));
                }
                cuts.push((start, close, Vec::new()));
                k = close + 1;
            } else if at_kw(k + 1, "OF") {
                let mut c = k + 2;
                let mut parts = Vec::new();
                loop {
                    match sigs.get(c).map(|&i| &toks[i].token) {
                        Some(Token::Word(w)) => parts.push(if w.quote_style.is_some() {
                            w.value.clone()
                        } else {
                            w.value.to_lowercase()
                        }),
                        _ => return Err(self.err(here.0, here.1, "expected the parent table")),
                    }
                    c += 1;
                    if sigs
                        .get(c)
                        .is_some_and(|&i| matches!(toks[i].token, Token::Period))
                    {
                        c += 1;
                        continue;
                    }
                    break;
                }
                let parent = qn_parts(&parts)
                    .ok_or_else(|| self.err(here.0, here.1, "bad parent table name"))?;
                let Some(pt) = self.schema.tables.get(&parent) else {
                    return Err(self.err(
                        here.0,
                        here.1,
                        format!("PARTITION OF unknown table {parent}"),
                    ));
                };
                // The element list: columns with options, and constraints.
                let mut elements: Vec<TokenWithSpan> = Vec::new();
                if sigs
                    .get(c)
                    .is_some_and(|&i| matches!(toks[i].token, Token::LParen))
                {
                    let close = matching_paren(toks, &sigs, c).ok_or_else(|| {
                        self.err(here.0, here.1, "unbalanced parentheses after PARTITION OF")
                    })?;
                    let inner: Vec<&TokenWithSpan> =
                        sigs[c + 1..close].iter().map(|&i| &toks[i]).collect();
                    for (n, el) in split_commas(&inner).into_iter().enumerate() {
                        if n > 0 {
                            elements.push(TokenWithSpan::wrap(Token::Comma));
                        }
                        self.partition_element(&el, pt, &mut elements)?;
                    }
                    c = close + 1;
                }
                let (bound, end) = self.partition_bound(toks, &sigs, c, here)?;
                let mut replacement = vec![space(), TokenWithSpan::wrap(Token::LParen)];
                replacement.extend(elements);
                replacement.push(TokenWithSpan::wrap(Token::RParen));
                replacement.push(space());
                if clauses
                    .of
                    .replace((PartitionOf { parent, bound }, here))
                    .is_some()
                {
                    return Err(self.err(here.0, here.1, "PARTITION OF is written twice"));
                }
                cuts.push((start, end, replacement));
                k = end + 1;
            } else {
                k += 1;
            }
        }
        if cuts.is_empty() {
            return Ok((owned, clauses));
        }
        let mut out = Vec::with_capacity(toks.len());
        let mut from = 0;
        for (a, b, replacement) in cuts {
            out.extend_from_slice(&toks[from..sigs[a]]);
            out.extend(replacement);
            from = sigs[b] + 1;
        }
        out.extend_from_slice(&toks[from..]);
        Ok((out, clauses))
    }

    /// One element of a PARTITION OF list: a constraint as written, or `col [WITH OPTIONS]
    /// options` as `col <parent's type> options`.
    fn partition_element(
        &self,
        el: &[&TokenWithSpan],
        parent: &Table,
        out: &mut Vec<TokenWithSpan>,
    ) -> R<()> {
        let Some(first) = el.first() else {
            return Ok(());
        };
        let constraint = [
            "CONSTRAINT",
            "CHECK",
            "UNIQUE",
            "PRIMARY",
            "EXCLUDE",
            "FOREIGN",
        ]
        .iter()
        .any(|k| is_kw(first, k));
        let push_all = |out: &mut Vec<TokenWithSpan>, ts: &[&TokenWithSpan]| {
            for t in ts {
                out.push(space());
                out.push((*t).clone());
            }
        };
        if constraint {
            push_all(out, el);
            return Ok(());
        }
        let Token::Word(w) = &first.token else {
            let (l, c) = pos(first);
            return Err(self.err(l, c, "expected a column name or a constraint"));
        };
        let name = if w.quote_style.is_some() {
            w.value.clone()
        } else {
            w.value.to_lowercase()
        };
        let Some(col) = parent.column(&name) else {
            let (l, c) = pos(first);
            return Err(self.err(
                l,
                c,
                format!(
                    "column {name} named in the partition does not exist in {}",
                    parent.name
                ),
            ));
        };
        let mut rest = &el[1..];
        if rest.len() >= 2 && is_kw(rest[0], "WITH") && is_kw(rest[1], "OPTIONS") {
            rest = &rest[2..];
        }
        out.push(space());
        out.push((*first).clone());
        for t in plain_tokens(&type_sql(&col.ty)) {
            if !matches!(t.token, Token::EOF) {
                out.push(TokenWithSpan::new(t.token, first.span));
            }
        }
        push_all(out, rest);
        Ok(())
    }

    /// `FOR VALUES IN (...) | FROM (...) TO (...) | WITH (MODULUS m, REMAINDER r)` or `DEFAULT`
    /// at `sigs[k]`: the bound and the position of its last token.
    fn partition_bound(
        &self,
        toks: &[TokenWithSpan],
        sigs: &[usize],
        k: usize,
        here: (usize, usize),
    ) -> R<(PartitionBound, usize)> {
        let at_kw = |k: usize, kw: &str| sigs.get(k).is_some_and(|&i| is_kw(&toks[i], kw));
        if at_kw(k, "DEFAULT") {
            return Ok((PartitionBound::Default, k));
        }
        let bad = || {
            self.err(
                here.0,
                here.1,
                "expected FOR VALUES IN (...), FOR VALUES FROM (...) TO (...), FOR VALUES WITH (MODULUS m, REMAINDER r) or DEFAULT",
            )
        };
        if !(at_kw(k, "FOR") && at_kw(k + 1, "VALUES")) {
            return Err(bad());
        }
        // The values of the parenthesized list starting at sigs[open].
        let list = |open: usize| -> R<(Vec<Vec<&TokenWithSpan>>, usize)> {
            if !sigs
                .get(open)
                .is_some_and(|&i| matches!(toks[i].token, Token::LParen))
            {
                return Err(bad());
            }
            let close = matching_paren(toks, sigs, open).ok_or_else(bad)?;
            let inner: Vec<&TokenWithSpan> =
                sigs[open + 1..close].iter().map(|&i| &toks[i]).collect();
            Ok((split_commas(&inner), close))
        };
        if at_kw(k + 2, "IN") {
            let (vals, close) = list(k + 3)?;
            let vals = self.bound_values(&vals, false)?;
            if vals.is_empty() {
                return Err(bad());
            }
            Ok((PartitionBound::In(vals), close))
        } else if at_kw(k + 2, "FROM") {
            let (from, close) = list(k + 3)?;
            if !at_kw(close + 1, "TO") {
                return Err(bad());
            }
            let (to, close2) = list(close + 2)?;
            let from = self.bound_values(&from, true)?;
            let to = self.bound_values(&to, true)?;
            if from.is_empty() || from.len() != to.len() {
                return Err(bad());
            }
            Ok((PartitionBound::Range { from, to }, close2))
        } else if at_kw(k + 2, "WITH") {
            let (items, close) = list(k + 3)?;
            let mut modulus = None;
            let mut remainder = None;
            for it in items {
                let n = match it.as_slice() {
                    [_, t] => match &t.token {
                        Token::Number(n, _) => n.parse::<u64>().map_err(|_| bad())?,
                        _ => return Err(bad()),
                    },
                    _ => return Err(bad()),
                };
                if is_kw(it[0], "MODULUS") {
                    modulus = Some(n);
                } else if is_kw(it[0], "REMAINDER") {
                    remainder = Some(n);
                } else {
                    return Err(bad());
                }
            }
            match (modulus, remainder) {
                (Some(modulus), Some(remainder)) if remainder < modulus && modulus > 0 => {
                    Ok((PartitionBound::Hash { modulus, remainder }, close))
                }
                _ => Err(bad()),
            }
        } else {
            Err(bad())
        }
    }

    fn bound_values(&self, vals: &[Vec<&TokenWithSpan>], range: bool) -> R<Vec<BoundValue>> {
        let mut out = Vec::new();
        for v in vals {
            if range && v.len() == 1 && is_kw(v[0], "MINVALUE") {
                out.push(BoundValue::MinValue);
                continue;
            }
            if range && v.len() == 1 && is_kw(v[0], "MAXVALUE") {
                out.push(BoundValue::MaxValue);
                continue;
            }
            let Some(first) = v.first() else {
                return Err(self.err(1, 1, "empty partition bound value"));
            };
            let toks: Vec<TokenWithSpan> = v.iter().map(|t| (*t).clone()).collect();
            let mut p = Parser::new(&self.dialect).with_tokens_with_locations(toks);
            let (l, c) = pos(first);
            let e = p.parse_expr().map_err(|e| {
                self.err(l, c, format!("syntax error in partition bound value: {e}"))
            })?;
            let mut x = make_expr(&e, Ctx::default());
            x.canon = bound_canon(&e);
            out.push(BoundValue::Value(x));
        }
        Ok(out)
    }

    /// After the columns of a CREATE TABLE are read: a partition takes its parent's columns (its
    /// own options written in the PARTITION OF list win) and its parent's indexes; a partitioned
    /// table gets its key.
    pub(super) fn apply_partition_clauses(
        &mut self,
        s: &Stmt,
        tq: &QualName,
        clauses: PartitionClauses,
    ) -> R<()> {
        if let Some((of, (l, c))) = clauses.of {
            let parent = self.schema.tables[&of.parent].clone();
            let Some(key) = &parent.partition_by else {
                return Err(self.err(l, c, format!("{} is not partitioned", of.parent)));
            };
            self.check_bound(key, &of.bound, l, c)?;
            let table = self.schema.tables.get_mut(tq).expect("table");
            let mine = std::mem::take(&mut table.columns);
            table.columns = parent
                .columns
                .iter()
                .map(|pc| {
                    let mut col = Column {
                        identity: None,
                        comment: None,
                        directives: Directives::default(),
                        ..pc.clone()
                    };
                    if let Some(m) = mine.iter().find(|m| m.name == pc.name) {
                        col.not_null |= m.not_null;
                        if m.default.is_some() {
                            col.default = m.default.clone();
                        }
                        col.directives = m.directives.clone();
                    }
                    col
                })
                .collect();
            table.partition_of = Some(of);
            self.any_partition = true;
            self.clone_parent_indexes(tq)?;
        }
        if let Some((strategy, toks, (l, c))) = clauses.by {
            let key = self.partition_key(s, tq, strategy, toks, l, c)?;
            self.schema.tables.get_mut(tq).expect("table").partition_by = Some(key);
        }
        Ok(())
    }

    fn check_bound(&self, key: &PartitionKey, b: &PartitionBound, l: usize, c: usize) -> R<()> {
        let ok = match (key.strategy, b) {
            (PartitionStrategy::Hash, PartitionBound::Hash { .. }) => true,
            (PartitionStrategy::Hash, _) => false,
            (_, PartitionBound::Default) => true,
            (PartitionStrategy::List, PartitionBound::In(_)) => true,
            (PartitionStrategy::Range, PartitionBound::Range { from, .. }) => {
                from.len() == key.parts.len()
            }
            _ => false,
        };
        if ok {
            Ok(())
        } else {
            let s = match key.strategy {
                PartitionStrategy::Range => "range",
                PartitionStrategy::List => "list",
                PartitionStrategy::Hash => "hash",
            };
            Err(self.err(
                l,
                c,
                format!("invalid bound specification for a {s} partition"),
            ))
        }
    }

    /// The key list of `PARTITION BY strategy (...)`, read the way an index's key list is.
    fn partition_key(
        &self,
        s: &Stmt,
        tq: &QualName,
        strategy: PartitionStrategy,
        toks: Vec<TokenWithSpan>,
        l: usize,
        c: usize,
    ) -> R<PartitionKey> {
        let mut all = plain_tokens("CREATE INDEX gen_partition_key ON t (");
        all.retain(|t| !matches!(t.token, Token::EOF));
        all.extend(toks);
        all.push(TokenWithSpan::wrap(Token::RParen));
        let Statement::CreateIndex(ci) = self.parse_stmt(s, all)? else {
            return Err(self.err(l, c, "bad partition key"));
        };
        let cols = col_types(&self.schema.tables[tq]);
        let mut parts = Vec::new();
        for ic in &ci.columns {
            let ast::OrderByExpr { expr, options, .. } = &ic.column;
            if options.sort.is_some() || options.nulls_first.is_some() {
                return Err(self.err(l, c, "a partition key has no sort order"));
            }
            let mut e = expr;
            while let SqlExpr::Nested(i) = e {
                e = i;
            }
            let mut collation = None;
            if let SqlExpr::Collate {
                expr: inner,
                collation: coll,
            } = e
            {
                collation = Some(collation_name(coll));
                e = inner;
                while let SqlExpr::Nested(i) = e {
                    e = i;
                }
            }
            let key = match e {
                SqlExpr::Identifier(i) => {
                    let n = fold(i);
                    if !cols.contains_key(&n) {
                        return Err(self.err(
                            l,
                            c,
                            format!("column {n} named in partition key does not exist"),
                        ));
                    }
                    IndexKeyExpr::Column(n)
                }
                other => IndexKeyExpr::Expression(make_expr(
                    other,
                    Ctx {
                        col_type: None,
                        columns: Some(&cols),
                    },
                )),
            };
            parts.push(PartitionKeyPart {
                key,
                collation,
                opclass: ic.operator_class.as_ref().map(|o| name_parts(o).join(".")),
            });
        }
        if parts.is_empty() || (strategy == PartitionStrategy::List && parts.len() > 1) {
            return Err(self.err(
                l,
                c,
                "a partition key has one or more columns (exactly one for LIST)",
            ));
        }
        Ok(PartitionKey { strategy, parts })
    }

    // ------------------------------------------------------------------- ALTER TABLE / INDEX

    /// `ALTER TABLE [IF EXISTS] [ONLY] parent ATTACH PARTITION child FOR VALUES ... | DEFAULT` and
    /// `... DETACH PARTITION child [CONCURRENTLY | FINALIZE]`; None when the statement is another
    /// ALTER TABLE.
    pub(super) fn alter_table_partition(&mut self, s: &Stmt) -> Option<R<()>> {
        let toks = s.toks;
        let sigs = sig_indexes(toks);
        let at_kw = |k: usize, kw: &str| sigs.get(k).is_some_and(|&i| is_kw(&toks[i], kw));
        let mut k = 2;
        let if_exists = at_kw(k, "IF") && at_kw(k + 1, "EXISTS");
        if if_exists {
            k += 2;
        }
        if at_kw(k, "ONLY") {
            k += 1;
        }
        let mut c = Cur::new(&toks[sigs.get(k).copied().unwrap_or(toks.len())..]);
        let parent = c.qualified().and_then(|p| qn_parts(&p))?;
        let attach = c.kw("ATTACH");
        if !attach && !c.kw("DETACH") {
            return None;
        }
        if !c.kw("PARTITION") {
            return None;
        }
        Some(self.attach_or_detach(s, parent, attach, if_exists, c))
    }

    fn attach_or_detach(
        &mut self,
        s: &Stmt,
        parent: QualName,
        attach: bool,
        if_exists: bool,
        mut c: Cur,
    ) -> R<()> {
        let (l, col) = c.pos();
        let child = c
            .qualified()
            .and_then(|p| qn_parts(&p))
            .ok_or_else(|| self.err(l, col, "expected the partition's name"))?;
        let Some(pt) = self.schema.tables.get(&parent) else {
            if if_exists {
                return Ok(());
            }
            return Err(self.err_at(s, format!("ALTER TABLE of unknown table {parent}")));
        };
        let Some(key) = pt.partition_by.clone() else {
            return Err(self.err_at(s, format!("{parent} is not partitioned")));
        };
        let Some(ct) = self.schema.tables.get(&child) else {
            return Err(self.err(l, col, format!("unknown table {child}")));
        };
        if !attach {
            if ct.partition_of.as_ref().map(|o| &o.parent) != Some(&parent) {
                return Err(self.err(l, col, format!("{child} is not a partition of {parent}")));
            }
            // CONCURRENTLY / FINALIZE change how it runs, not the result.
            c.kw("CONCURRENTLY");
            c.kw("FINALIZE");
            if !c.at_end() {
                let (l, col) = c.pos();
                return Err(self.err(l, col, "unexpected text after DETACH PARTITION"));
            }
            self.detach(&child);
            return Ok(());
        }
        if ct.partition_of.is_some() {
            return Err(self.err(l, col, format!("{child} is already a partition")));
        }
        // The bound: the remaining significant tokens, re-indexed.
        let rest: Vec<TokenWithSpan> = c.toks[c.i..].iter().map(|t| (*t).clone()).collect();
        let sigs: Vec<usize> = (0..rest.len()).collect();
        let (bound, end) = self.partition_bound(&rest, &sigs, 0, (l, col))?;
        if end + 1 < rest.len() && !matches!(rest[end + 1].token, Token::EOF) {
            let (l, col) = pos(&rest[end + 1]);
            return Err(self.err(l, col, "unexpected text after the partition bound"));
        }
        self.check_bound(&key, &bound, l, col)?;
        // The parent's CHECK constraints: the partition must have each; its own becomes the
        // inherited one. Its own foreign keys equal to the parent's merge the same way.
        let pchecks = self.schema.inherited_constraints(&parent);
        let table = self.schema.tables.get_mut(&child).expect("table");
        for pc in &pchecks {
            let mine = table.constraints.get(&pc.name);
            match (&pc.kind, mine) {
                (ConstraintKind::Check { .. }, None) => {
                    return Err(self.err(
                        l,
                        col,
                        format!("{child} is missing constraint {} of {parent}", pc.name),
                    ));
                }
                (_, Some(m)) if m.kind == pc.kind => {
                    table.constraints.remove(&pc.name);
                }
                _ => {}
            }
        }
        table.partition_of = Some(PartitionOf {
            parent: parent.clone(),
            bound,
        });
        self.any_partition = true;
        self.clone_parent_indexes(&child)
    }

    /// Whether a statement is `ALTER INDEX ... ATTACH PARTITION ...`.
    pub(super) fn is_index_attach(s: &Stmt) -> bool {
        let toks: Vec<&TokenWithSpan> = s.toks.iter().filter(|t| sig(t)).collect();
        toks.windows(2)
            .any(|w| is_kw(w[0], "ATTACH") && is_kw(w[1], "PARTITION"))
    }

    /// `ALTER INDEX [IF EXISTS] parent_idx ATTACH PARTITION child_idx` (pg_dump).
    pub(super) fn alter_index_attach(&mut self, s: &Stmt) -> R<()> {
        let mut c = Cur::new(s.toks);
        c.kw("ALTER");
        c.kw("INDEX");
        let if_exists = c.kw("IF") && c.kw("EXISTS");
        let (l, col) = c.pos();
        let pidx = c
            .qualified()
            .and_then(|p| qn_parts(&p))
            .ok_or_else(|| self.err(l, col, "expected an index name"))?;
        if !(c.kw("ATTACH") && c.kw("PARTITION")) {
            return Err(self.err_at(s, "unsupported form of ALTER INDEX"));
        }
        let (l, col) = c.pos();
        let cidx = c
            .qualified()
            .and_then(|p| qn_parts(&p))
            .ok_or_else(|| self.err(l, col, "expected an index name"))?;
        if !c.at_end() {
            let (l, col) = c.pos();
            return Err(self.err(l, col, "unexpected text after ATTACH PARTITION"));
        }
        let Some((pdef, pkind)) = self.index_def(&pidx) else {
            if if_exists {
                return Ok(());
            }
            return Err(self.err_at(s, format!("unknown index {pidx}")));
        };
        let Some((cdef, ckind)) = self.index_def(&cidx) else {
            return Err(self.err(l, col, format!("unknown index {cidx}")));
        };
        if self.schema.partition_indexes.contains_key(&cidx) {
            return Err(self.err(l, col, format!("index {cidx} is already attached")));
        }
        let is_partition_of = self
            .schema
            .tables
            .get(&cdef.table)
            .and_then(|t| t.partition_of.as_ref())
            .is_some_and(|o| o.parent == pdef.table);
        if !is_partition_of
            || !same_index_definition(&pdef, &cdef)
            || (pkind != IndexKind::Plain && ckind != pkind)
        {
            return Err(self.err(
                l,
                col,
                format!("index {cidx} cannot be attached to {pidx}: it is not an equal index on a partition of its table"),
            ));
        }
        self.attach_index(&cdef, ckind, &pidx, pkind);
        Ok(())
    }

    // ------------------------------------------------------------------- indexes of partitions

    fn index_def(&self, name: &QualName) -> Option<(Index, IndexKind)> {
        let d = self.schema.index_definition(name)?;
        let kind = IndexKind::of(&d);
        Some((d.index, kind))
    }

    pub(super) fn partitions_of(&self, table: &QualName) -> Vec<QualName> {
        if !self.any_partition {
            return Vec::new();
        }
        self.schema
            .tables
            .values()
            .filter(|t| t.partition_of.as_ref().is_some_and(|o| &o.parent == table))
            .map(|t| t.name.clone())
            .collect()
    }

    /// Gives partition `part` an index for each index of its parent.
    fn clone_parent_indexes(&mut self, part: &QualName) -> R<()> {
        let parent = self.schema.tables[part]
            .partition_of
            .as_ref()
            .expect("a partition")
            .parent
            .clone();
        for pidx in self.schema.indexes_on(&parent) {
            self.ensure_partition_index(part, &pidx);
        }
        Ok(())
    }

    /// Gives partition `part` an index attached to `pidx` (an index of its parent), as
    /// PostgreSQL does: an equal index of the partition not yet attached to anything is
    /// attached (for a constraint's index, one of a constraint of the same kind); otherwise one is
    /// created under PostgreSQL's name for it, and, when `part` is partitioned, on its
    /// partitions in turn.
    fn ensure_partition_index(&mut self, part: &QualName, pidx: &QualName) {
        let Some((pdef, kind)) = self.index_def(pidx) else {
            return;
        };
        let want = Index {
            table: part.clone(),
            ..pdef.clone()
        };
        let found = self.schema.indexes_on(part).into_iter().find_map(|n| {
            if self.schema.partition_indexes.contains_key(&n) {
                return None;
            }
            let (d, k) = self.index_def(&n)?;
            // a plain index of the parent takes a constraint's index of the partition too
            let fits = k == kind || (kind == IndexKind::Plain && k != IndexKind::Exclude);
            (fits && same_index_definition(&want, &d)).then_some((d, k))
        });
        if let Some((d, k)) = found {
            self.attach_index(&d, k, pidx, kind);
            return;
        }
        let names = self.index_key_names(&pdef);
        let (label, add) = match kind {
            IndexKind::Plain => ("idx", name_addition(&index_column_names(&names))),
            IndexKind::Primary => ("pkey", None),
            IndexKind::Unique => ("key", name_addition(&index_column_names(&names))),
            IndexKind::Exclude => ("excl", name_addition(&index_column_names(&names))),
        };
        let schema = part.schema.clone();
        let name = choose_name(&part.name, add.as_deref(), label, |n| {
            self.rel_taken(&schema, n) || (kind != IndexKind::Plain && self.con_taken(&schema, n))
        });
        self.relnames.insert((schema.clone(), name.clone()));
        if kind != IndexKind::Plain {
            self.add_con(&schema, &name);
        }
        let q = QualName::new(schema, name);
        self.schema.partition_indexes.insert(
            q.clone(),
            PartitionIndex {
                name: q.clone(),
                table: part.clone(),
                parent: pidx.clone(),
            },
        );
        self.not_null_for_key(part, &pdef, kind);
        for sub in self.partitions_of(part) {
            self.ensure_partition_index(&sub, &q);
        }
    }

    /// Attaches index `d` (of a partition) to its parent's index `pidx`.
    /// A constraint's index attached to a plain index keeps its constraint, as the partition's
    /// own; attached to a constraint's index, the constraint is the parent's (implied).
    fn attach_index(&mut self, d: &Index, kind: IndexKind, pidx: &QualName, parent: IndexKind) {
        match kind {
            IndexKind::Plain => {
                self.schema.indexes.remove(&d.name);
            }
            _ if parent == IndexKind::Plain => {}
            _ => {
                if let Some(t) = self.schema.tables.get_mut(&d.table) {
                    t.constraints.remove(&d.name.name);
                }
            }
        }
        self.schema.partition_indexes.insert(
            d.name.clone(),
            PartitionIndex {
                name: d.name.clone(),
                table: d.table.clone(),
                parent: pidx.clone(),
            },
        );
    }

    /// A PRIMARY KEY makes its columns NOT NULL on the partition too.
    fn not_null_for_key(&mut self, part: &QualName, def: &Index, kind: IndexKind) {
        if kind != IndexKind::Primary {
            return;
        }
        if let Some(t) = self.schema.tables.get_mut(part) {
            for k in &def.keys {
                if let IndexKeyExpr::Column(c) = &k.key
                    && let Some(col) = t.column_mut(c)
                {
                    col.not_null = true;
                }
            }
        }
    }

    /// The definition of `name` when it is an index of partition `table` attached to its
    /// parent's (for `ADD CONSTRAINT ... USING INDEX`, which keeps it attached).
    pub(super) fn attached_index_of(&self, table: &QualName, name: &QualName) -> Option<Index> {
        let pi = self.schema.partition_indexes.get(name)?;
        if &pi.table != table {
            return None;
        }
        self.schema.index_definition(name).map(|d| d.index)
    }

    /// An attached index renamed (by `ADD CONSTRAINT ... USING INDEX`).
    pub(super) fn rename_attached_index(&mut self, from: &QualName, to: &str) {
        if let Some(mut pi) = self.schema.partition_indexes.remove(from) {
            pi.name = QualName::new(from.schema.clone(), to.to_string());
            for p in self.schema.partition_indexes.values_mut() {
                if &p.parent == from {
                    p.parent = pi.name.clone();
                }
            }
            self.schema.partition_indexes.insert(pi.name.clone(), pi);
        }
    }

    /// The per-key names PostgreSQL derives index names from (`ChooseIndexColumnNames` input).
    fn index_key_names(&self, i: &Index) -> Vec<String> {
        let mut v: Vec<String> = i
            .keys
            .iter()
            .map(|k| match &k.key {
                IndexKeyExpr::Column(c) => c.clone(),
                IndexKeyExpr::Expression(e) => {
                    let mut x = self.parse_expr_text(&e.sql);
                    let _ = ast::visit_expressions_mut(&mut x, |x| {
                        if let SqlExpr::Identifier(i) = x {
                            i.value = fold(i);
                        }
                        if let SqlExpr::Function(f) = x
                            && let Some(ast::ObjectNamePart::Identifier(i)) = f.name.0.last_mut()
                        {
                            i.value = fold(i);
                        }
                        std::ops::ControlFlow::<()>::Continue(())
                    });
                    figure_colname(&x)
                }
            })
            .collect();
        v.extend(i.include.iter().cloned());
        v
    }

    /// `DETACH PARTITION`: what the partition had from its parent becomes its own (the indexes
    /// attached to the parent's, the inherited CHECK and FOREIGN KEY constraints).
    fn detach(&mut self, child: &QualName) {
        let Some((table, indexes)) = self.schema.detached(child) else {
            return;
        };
        self.schema
            .partition_indexes
            .retain(|_, p| &p.table != child);
        for i in indexes {
            self.schema.indexes.insert(i.name.clone(), i);
        }
        self.schema.tables.insert(child.clone(), table);
    }

    /// Removes the indexes attached to an index that is gone (a parent's index or constraint
    /// dropped: PostgreSQL drops its partitions' indexes with it).
    pub(super) fn prune_partition_indexes(&mut self) {
        loop {
            let gone: Vec<QualName> = self
                .schema
                .partition_indexes
                .values()
                .filter(|p| {
                    self.index_def(&p.parent).is_none()
                        || !self.schema.tables.contains_key(&p.table)
                })
                .map(|p| p.name.clone())
                .collect();
            if gone.is_empty() {
                return;
            }
            for g in gone {
                self.schema.partition_indexes.remove(&g);
                self.relnames.remove(&(g.schema.clone(), g.name.clone()));
                self.drop_con(&g.schema, &g.name);
            }
        }
    }

    // ------------------------------------------------------------------- recursion of ALTER TABLE

    /// What an ALTER TABLE on a partitioned table may change on its partitions: its columns and
    /// the names of its constraints before the statement.
    pub(super) fn partition_snapshot(&self, tq: &QualName) -> Option<(Vec<Column>, Vec<String>)> {
        let t = self.schema.tables.get(tq)?;
        t.partition_by.as_ref()?;
        Some((t.columns.clone(), t.constraints.keys().cloned().collect()))
    }

    /// After an ALTER TABLE on partitioned table `tq`: column changes recurse to its partitions
    /// (a default change only without ONLY), and a new PRIMARY KEY / UNIQUE constraint gets its
    /// index on every partition (without ONLY; pg_dump attaches them one by one instead).
    pub(super) fn propagate_to_partitions(
        &mut self,
        s: &Stmt,
        tq: &QualName,
        before: Option<(Vec<Column>, Vec<String>)>,
        only: bool,
    ) -> R<()> {
        let Some((old_cols, old_cons)) = before else {
            return Ok(());
        };
        let t = self.schema.tables[tq].clone();
        let new_fks: Vec<Constraint> = t
            .constraints
            .values()
            .filter(|c| {
                matches!(c.kind, ConstraintKind::ForeignKey { .. }) && !old_cons.contains(&c.name)
            })
            .cloned()
            .collect();
        for fk in &new_fks {
            self.attach_partition_foreign_keys(tq, fk);
        }
        for part in self.partitions_of(tq) {
            let before_part = self.partition_snapshot(&part);
            for oc in &old_cols {
                if t.column(&oc.name).is_none() {
                    self.drop_column(s, &part, &oc.name, true)?;
                }
            }
            let pt = self.schema.tables.get_mut(&part).expect("table");
            for nc in &t.columns {
                let oc = old_cols.iter().find(|c| c.name == nc.name);
                match (oc, pt.column_mut(&nc.name)) {
                    (None, None) => pt.columns.push(Column {
                        identity: None,
                        comment: None,
                        directives: Directives::default(),
                        ..nc.clone()
                    }),
                    (Some(oc), Some(pc)) => {
                        if oc.ty != nc.ty || oc.collation != nc.collation {
                            pc.ty = nc.ty.clone();
                            pc.collation = nc.collation.clone();
                        }
                        if oc.default != nc.default && !only {
                            pc.default = nc.default.clone();
                        }
                        if oc.not_null != nc.not_null {
                            pc.not_null = nc.not_null;
                        }
                        if oc.generated != nc.generated {
                            pc.generated = nc.generated.clone();
                        }
                    }
                    _ => {}
                }
            }
            if !only {
                for (name, c) in &t.constraints {
                    if c.kind.has_index() && !old_cons.contains(name) {
                        self.ensure_partition_index(
                            &part,
                            &QualName::new(tq.schema.clone(), name.clone()),
                        );
                    }
                }
            }
            self.propagate_to_partitions(s, &part, before_part, only)?;
        }
        Ok(())
    }

    /// A foreign key added to partitioned table `tq`: an equal foreign key a partition already
    /// has (whatever its name) is attached to it, as PostgreSQL does, and so is no longer the
    /// partition's own (the partition has the parent's by inheritance).
    fn attach_partition_foreign_keys(&mut self, tq: &QualName, fk: &Constraint) {
        for part in self.partitions_of(tq) {
            let Some(pt) = self.schema.tables.get_mut(&part) else {
                continue;
            };
            let equal: Vec<String> = pt
                .constraints
                .values()
                .filter(|c| {
                    c.kind == fk.kind
                        && c.deferrable == fk.deferrable
                        && c.initially_deferred == fk.initially_deferred
                })
                .map(|c| c.name.clone())
                .collect();
            for name in &equal {
                pt.constraints.remove(name);
            }
            for name in &equal {
                self.drop_con(&part.schema, name);
            }
            self.attach_partition_foreign_keys(&part, fk);
        }
    }

    /// After `CREATE INDEX` (without ONLY) on a partitioned table: an index on every partition.
    pub(super) fn index_on_partitions(&mut self, iq: &QualName) {
        if !self.any_partition {
            return;
        }
        let Some(i) = self.schema.indexes.get(iq) else {
            return;
        };
        let table = i.table.clone();
        for part in self.partitions_of(&table) {
            self.ensure_partition_index(&part, iq);
        }
    }
}

/// Which kind of index an index of a table is, for the cloning rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum IndexKind {
    Plain,
    Primary,
    Unique,
    Exclude,
}

impl IndexKind {
    fn of(d: &IndexDef) -> IndexKind {
        match d.constraint.as_ref().map(|c| &c.kind) {
            None => IndexKind::Plain,
            Some(ConstraintKind::PrimaryKey { .. }) => IndexKind::Primary,
            Some(ConstraintKind::Exclude { .. }) => IndexKind::Exclude,
            Some(_) => IndexKind::Unique,
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::model::*;
    use crate::parse::parse_schema;

    #[test]
    fn time_bounds_compare_by_value() {
        use super::{TimeKind, time_canon};
        let tz = |s: &str| time_canon(s, TimeKind::TimestampTz);
        assert_eq!(tz("2023-01-01").as_deref(), Some("2023-01-01 00:00:00+00"));
        assert_eq!(tz("2023-01-01 00:00:00+00"), tz("2023-01-01"));
        assert_eq!(tz("2023-01-01 01:00:00+01"), tz("2023-01-01"));
        assert_eq!(tz("2022-12-31 19:00:00-05"), tz("2023-01-01"));
        assert_eq!(tz("2023-01-01T00:00:00Z"), tz("2023-01-01"));
        assert_eq!(
            tz("2023-01-01 00:00:00.5+00").as_deref(),
            Some("2023-01-01 00:00:00.5+00")
        );
        assert_ne!(tz("2023-01-01 01:00:00+00"), tz("2023-01-01"));
        assert_eq!(tz("infinity"), None);
        let ts = |s: &str| time_canon(s, TimeKind::Timestamp);
        assert_eq!(ts("2023-01-01").as_deref(), Some("2023-01-01 00:00:00"));
        assert_eq!(ts("2023-01-01 00:00"), ts("2023-01-01 00:00:00"));
        let d = |s: &str| time_canon(s, TimeKind::Date);
        assert_eq!(d("2023-1-1").as_deref(), Some("2023-01-01"));
        assert_eq!(d("2023-02-30"), None);
    }

    #[test]
    fn text_bounds_keep_their_text() {
        let s = schema(
            "CREATE TABLE t (k text) PARTITION BY LIST (k);
             CREATE TABLE t1 PARTITION OF t FOR VALUES IN ('2023-01-01');
             CREATE TABLE u (k timestamptz) PARTITION BY RANGE (k);
             CREATE TABLE u1 PARTITION OF u FOR VALUES FROM ('2023-01-01') TO ('2023-02-01');",
        );
        let bound = |t: &str| {
            s.tables[&QualName::public(t)]
                .partition_of
                .clone()
                .unwrap()
                .bound
        };
        let PartitionBound::In(vals) = bound("t1") else {
            panic!("a list bound")
        };
        assert!(matches!(&vals[0], BoundValue::Value(e) if e.canon == "2023-01-01"));
        let PartitionBound::Range { from, .. } = bound("u1") else {
            panic!("a range bound")
        };
        assert!(matches!(&from[0], BoundValue::Value(e) if e.canon == "2023-01-01 00:00:00+00"));
    }

    fn schema(sql: &str) -> Schema {
        match parse_schema("t.sql", sql) {
            Ok(p) => p.schema,
            Err(e) => panic!("{sql}\n{e}"),
        }
    }

    fn err(sql: &str) -> String {
        match parse_schema("t.sql", sql) {
            Ok(_) => panic!("expected an error: {sql}"),
            Err(e) => e.to_string(),
        }
    }

    const DECLARATIVE: &str = "
        CREATE TABLE r (id int PRIMARY KEY);
        CREATE TABLE p (id int NOT NULL, a int DEFAULT 5 NOT NULL, b text, c int CHECK (c > 0),
                        rid int REFERENCES r) PARTITION BY RANGE (a);
        CREATE INDEX ON p (b);
        CREATE INDEX ON p (lower(b));
        ALTER TABLE p ADD PRIMARY KEY (id, a);
        CREATE TABLE c1 PARTITION OF p FOR VALUES FROM (0) TO (10);
        CREATE TABLE cd PARTITION OF p DEFAULT;
        CREATE INDEX c1_local ON c1 (c);
    ";

    /// What pg_dump --schema-only writes for DECLARATIVE (PostgreSQL 15).
    const DUMPED: &str = "
        CREATE TABLE public.p (
            id integer NOT NULL, a integer DEFAULT 5 NOT NULL, b text, c integer, rid integer,
            CONSTRAINT p_c_check CHECK ((c > 0))
        )
        PARTITION BY RANGE (a);
        CREATE TABLE public.c1 (
            id integer NOT NULL, a integer DEFAULT 5 NOT NULL, b text, c integer, rid integer,
            CONSTRAINT p_c_check CHECK ((c > 0))
        );
        CREATE TABLE public.cd (
            id integer NOT NULL, a integer DEFAULT 5 NOT NULL, b text, c integer, rid integer,
            CONSTRAINT p_c_check CHECK ((c > 0))
        );
        CREATE TABLE public.r (id integer NOT NULL);
        ALTER TABLE ONLY public.p ATTACH PARTITION public.c1 FOR VALUES FROM (0) TO (10);
        ALTER TABLE ONLY public.p ATTACH PARTITION public.cd DEFAULT;
        ALTER TABLE ONLY public.p ADD CONSTRAINT p_pkey PRIMARY KEY (id, a);
        ALTER TABLE ONLY public.c1 ADD CONSTRAINT c1_pkey PRIMARY KEY (id, a);
        ALTER TABLE ONLY public.cd ADD CONSTRAINT cd_pkey PRIMARY KEY (id, a);
        ALTER TABLE ONLY public.r ADD CONSTRAINT r_pkey PRIMARY KEY (id);
        CREATE INDEX p_b_idx ON ONLY public.p USING btree (b);
        CREATE INDEX c1_b_idx ON public.c1 USING btree (b);
        CREATE INDEX c1_local ON public.c1 USING btree (c);
        CREATE INDEX p_lower_idx ON ONLY public.p USING btree (lower(b));
        CREATE INDEX c1_lower_idx ON public.c1 USING btree (lower(b));
        CREATE INDEX cd_b_idx ON public.cd USING btree (b);
        CREATE INDEX cd_lower_idx ON public.cd USING btree (lower(b));
        ALTER INDEX public.p_b_idx ATTACH PARTITION public.c1_b_idx;
        ALTER INDEX public.p_lower_idx ATTACH PARTITION public.c1_lower_idx;
        ALTER INDEX public.p_pkey ATTACH PARTITION public.c1_pkey;
        ALTER INDEX public.p_b_idx ATTACH PARTITION public.cd_b_idx;
        ALTER INDEX public.p_lower_idx ATTACH PARTITION public.cd_lower_idx;
        ALTER INDEX public.p_pkey ATTACH PARTITION public.cd_pkey;
        ALTER TABLE public.p ADD CONSTRAINT p_rid_fkey FOREIGN KEY (rid) REFERENCES public.r(id);
    ";

    #[test]
    fn declarative_and_dumped_partitions_give_one_model() {
        let a = schema(DECLARATIVE);
        let b = schema(DUMPED);
        let names = |s: &Schema| -> Vec<(String, String, String)> {
            s.partition_indexes
                .values()
                .map(|p| {
                    (
                        p.name.name.clone(),
                        p.table.name.clone(),
                        p.parent.name.clone(),
                    )
                })
                .collect()
        };
        assert_eq!(
            names(&a),
            vec![
                ("c1_b_idx".into(), "c1".into(), "p_b_idx".into()),
                ("c1_lower_idx".into(), "c1".into(), "p_lower_idx".into()),
                ("c1_pkey".into(), "c1".into(), "p_pkey".into()),
                ("cd_b_idx".into(), "cd".into(), "p_b_idx".into()),
                ("cd_lower_idx".into(), "cd".into(), "p_lower_idx".into()),
                ("cd_pkey".into(), "cd".into(), "p_pkey".into()),
            ]
        );
        assert_eq!(a.tables, b.tables);
        assert_eq!(a.indexes, b.indexes);
        assert_eq!(a.partition_indexes, b.partition_indexes);
        let c1 = &a.tables[&QualName::public("c1")];
        // the parent's CHECK, FOREIGN KEY and PRIMARY KEY are implied, not the partition's own
        assert!(c1.constraints.is_empty(), "{:?}", c1.constraints);
        assert_eq!(c1.column("a").unwrap().default.as_ref().unwrap().canon, "5");
        assert!(c1.column("a").unwrap().not_null);
        assert_eq!(
            c1.partition_of.as_ref().unwrap().parent,
            QualName::public("p")
        );
        assert!(a.indexes.contains_key(&QualName::public("c1_local")));
    }

    #[test]
    fn partition_keys_and_bounds() {
        let s = schema(
            "CREATE TABLE m (a int, b text, d date) PARTITION BY RANGE (a, lower(b) COLLATE \"C\");
             CREATE TABLE m1 PARTITION OF m FOR VALUES FROM (MINVALUE, 'a') TO (10, MAXVALUE);
             CREATE TABLE l (k text) PARTITION BY LIST (k);
             CREATE TABLE l1 PARTITION OF l FOR VALUES IN ('x', NULL);
             CREATE TABLE h (id bigint) PARTITION BY HASH (id);
             CREATE TABLE h0 PARTITION OF h FOR VALUES WITH (MODULUS 4, REMAINDER 3);",
        );
        let m = &s.tables[&QualName::public("m")];
        let key = m.partition_by.as_ref().unwrap();
        assert_eq!(key.strategy, PartitionStrategy::Range);
        assert_eq!(key.parts.len(), 2);
        assert_eq!(key.parts[1].collation.as_deref(), Some("\"C\""));
        let b = &s.tables[&QualName::public("m1")]
            .partition_of
            .as_ref()
            .unwrap()
            .bound;
        let PartitionBound::Range { from, to } = b else {
            panic!("{b:?}")
        };
        assert_eq!(from[0], BoundValue::MinValue);
        assert_eq!(to[1], BoundValue::MaxValue);
        let h0 = &s.tables[&QualName::public("h0")];
        assert_eq!(
            h0.partition_of.as_ref().unwrap().bound,
            PartitionBound::Hash {
                modulus: 4,
                remainder: 3
            }
        );
        // bound values compare by their text, as PostgreSQL coerces them to the key's type
        let one = schema(
            "CREATE TABLE t (a int) PARTITION BY LIST (a);
             CREATE TABLE t1 PARTITION OF t FOR VALUES IN (1);",
        );
        let quoted = schema(
            "CREATE TABLE t (a int) PARTITION BY LIST (a);
             CREATE TABLE t1 PARTITION OF t FOR VALUES IN ('1'::integer);",
        );
        assert_eq!(one.tables, quoted.tables);
    }

    #[test]
    fn partition_of_list_options_and_sub_partitions() {
        let s = schema(
            "CREATE TABLE p (a int, b text DEFAULT 'x', c int) PARTITION BY LIST (a);
             CREATE INDEX p_c_idx ON p (c);
             CREATE TABLE p1 PARTITION OF p (b WITH OPTIONS DEFAULT 'y' NOT NULL, CONSTRAINT ck CHECK (c > 0))
                 FOR VALUES IN (1) PARTITION BY RANGE (c);
             CREATE TABLE p1a PARTITION OF p1 FOR VALUES FROM (0) TO (10);",
        );
        let p1 = &s.tables[&QualName::public("p1")];
        let b = p1.column("b").unwrap();
        assert!(b.not_null);
        assert_eq!(b.default.as_ref().unwrap().canon, "'y'");
        assert!(p1.constraints.contains_key("ck"));
        assert!(p1.partition_by.is_some());
        let p1a = &s.tables[&QualName::public("p1a")];
        assert_eq!(p1a.columns.len(), 3);
        assert_eq!(
            p1a.column("b").unwrap().default.as_ref().unwrap().canon,
            "'y'"
        );
        let pi = &s.partition_indexes;
        assert_eq!(
            pi[&QualName::public("p1_c_idx")].parent,
            QualName::public("p_c_idx")
        );
        assert_eq!(
            pi[&QualName::public("p1a_c_idx")].parent,
            QualName::public("p1_c_idx")
        );
    }

    #[test]
    fn alter_table_on_a_partitioned_table_recurses() {
        let s = schema(
            "CREATE TABLE p (a int, b int) PARTITION BY LIST (a);
             CREATE TABLE p1 PARTITION OF p FOR VALUES IN (1);
             ALTER TABLE p ADD COLUMN c text DEFAULT 'z';
             ALTER TABLE p ALTER COLUMN b SET NOT NULL;
             ALTER TABLE p DROP COLUMN b;
             ALTER TABLE p ADD CONSTRAINT p_pk PRIMARY KEY (a);
             CREATE UNIQUE INDEX ON p1 (a);
             CREATE UNIQUE INDEX p_a_uq ON p (a);",
        );
        let p1 = &s.tables[&QualName::public("p1")];
        assert_eq!(
            p1.columns
                .iter()
                .map(|c| c.name.as_str())
                .collect::<Vec<_>>(),
            vec!["a", "c"]
        );
        assert_eq!(
            p1.column("c").unwrap().default.as_ref().unwrap().canon,
            "'z'"
        );
        assert!(p1.column("a").unwrap().not_null);
        // the partition's own equal unique index is attached to the new parent index
        let pi = &s.partition_indexes;
        assert_eq!(
            pi[&QualName::public("p1_pkey")].parent,
            QualName::public("p_pk")
        );
        assert_eq!(
            pi[&QualName::public("p1_a_idx")].parent,
            QualName::public("p_a_uq")
        );
        assert!(s.indexes.contains_key(&QualName::public("p_a_uq")));
        assert!(!s.indexes.contains_key(&QualName::public("p1_a_idx")));
    }

    #[test]
    fn detach_gives_the_partition_what_it_inherited() {
        let s = schema(
            "CREATE TABLE p (a int PRIMARY KEY, b int CHECK (b > 0)) PARTITION BY LIST (a);
             CREATE INDEX ON p (b);
             CREATE TABLE p1 PARTITION OF p FOR VALUES IN (1);
             ALTER TABLE p DETACH PARTITION p1;",
        );
        let p1 = &s.tables[&QualName::public("p1")];
        assert!(p1.partition_of.is_none());
        assert!(p1.constraints.contains_key("p1_pkey"));
        assert!(p1.constraints.contains_key("p_b_check"));
        assert!(s.indexes.contains_key(&QualName::public("p1_b_idx")));
        assert!(s.partition_indexes.is_empty());
    }

    #[test]
    fn dropping_the_parent_index_drops_the_partitions_indexes() {
        let s = schema(
            "CREATE TABLE p (a int, b int) PARTITION BY LIST (a);
             CREATE TABLE p1 PARTITION OF p FOR VALUES IN (1);
             ALTER TABLE p ADD CONSTRAINT p_pk PRIMARY KEY (a);
             ALTER TABLE p DROP CONSTRAINT p_pk;",
        );
        assert!(s.partition_indexes.is_empty());
    }

    #[test]
    fn partitioning_errors_name_the_problem() {
        assert!(err("CREATE TABLE p (a int) PARTITION BY LIST (a, a);").contains("exactly one"));
        assert!(
            err("CREATE TABLE c PARTITION OF nope FOR VALUES IN (1);").contains("unknown table")
        );
        assert!(
            err("CREATE TABLE p (a int) PARTITION BY LIST (a);
                 CREATE TABLE c PARTITION OF p FOR VALUES FROM (1) TO (2);")
            .contains("invalid bound specification for a list partition")
        );
        assert!(
            err("CREATE TABLE p (a int CHECK (a > 0)) PARTITION BY LIST (a);
                 CREATE TABLE c (a int);
                 ALTER TABLE p ATTACH PARTITION c FOR VALUES IN (1);")
            .contains("missing constraint p_a_check")
        );
        assert!(err("CREATE TABLE p (a int) PARTITION BY RANGE (zz);").contains("zz"));
        assert!(
            err("CREATE TABLE p (a int) PARTITION BY LIST (a);
                 CREATE TABLE c PARTITION OF p (zz DEFAULT 1) FOR VALUES IN (1);")
            .contains("zz")
        );
    }
}
