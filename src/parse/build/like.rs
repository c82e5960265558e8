//! `CREATE TABLE t (..., LIKE source [INCLUDING | EXCLUDING what] ..., ...)`: the source table's
//! columns (names, types, collations, NOT NULL) are copied where the clause stands, with what the
//! options ask for: defaults, generation expressions, CHECK constraints, indexes (primary key,
//! unique constraints and plain indexes, under names PostgreSQL chooses for the new table),
//! comments and storage. sqlparser reads only a lone `(LIKE t [INCLUDING | EXCLUDING DEFAULTS])`,
//! so the clauses are taken out of the tokens before the statement is parsed.

use super::*;

/// What a LIKE clause copies besides the columns themselves.
#[derive(Debug, Default, Clone, Copy)]
pub(super) struct Copies {
    comments: bool,
    compression: bool,
    constraints: bool,
    defaults: bool,
    generated: bool,
    identity: bool,
    indexes: bool,
    statistics: bool,
    storage: bool,
}

impl Copies {
    /// Sets (INCLUDING) or clears (EXCLUDING) one option; false for an unknown one.
    fn set(&mut self, what: &str, on: bool) -> bool {
        let field = match what {
            "ALL" => {
                *self = Copies {
                    comments: on,
                    compression: on,
                    constraints: on,
                    defaults: on,
                    generated: on,
                    identity: on,
                    indexes: on,
                    statistics: on,
                    storage: on,
                };
                return true;
            }
            "COMMENTS" => &mut self.comments,
            "COMPRESSION" => &mut self.compression,
            "CONSTRAINTS" => &mut self.constraints,
            "DEFAULTS" => &mut self.defaults,
            "GENERATED" => &mut self.generated,
            "IDENTITY" => &mut self.identity,
            "INDEXES" => &mut self.indexes,
            "STATISTICS" => &mut self.statistics,
            "STORAGE" => &mut self.storage,
            _ => return false,
        };
        *field = on;
        true
    }
}

/// One LIKE clause of a CREATE TABLE.
#[derive(Debug)]
pub(super) struct LikeClause {
    source: ObjectName,
    copies: Copies,
    /// How many of the statement's column definitions come before it.
    position: usize,
    line: usize,
    col: usize,
}

/// The words that start a table constraint in a CREATE TABLE's element list.
const CONSTRAINT_STARTS: [&str; 6] = [
    "CONSTRAINT",
    "PRIMARY",
    "UNIQUE",
    "CHECK",
    "FOREIGN",
    "EXCLUDE",
];

impl Builder<'_> {
    /// Takes the LIKE clauses out of a CREATE TABLE's element list (with the comma that
    /// separated each from its neighbour).
    pub(super) fn strip_like(
        &self,
        toks: Vec<TokenWithSpan>,
    ) -> R<(Vec<TokenWithSpan>, Vec<LikeClause>)> {
        if !toks.iter().any(|t| is_kw(t, "LIKE")) {
            return Ok((toks, Vec::new()));
        }
        let Some(open) = toks.iter().position(|t| t.token == Token::LParen) else {
            return Ok((toks, Vec::new()));
        };
        // the elements of the list: (first token, end) at depth 1, and the commas between them
        let mut elements: Vec<(usize, usize)> = Vec::new();
        let mut depth = 0usize;
        let mut start = open + 1;
        for (i, t) in toks.iter().enumerate().skip(open) {
            match t.token {
                Token::LParen => depth += 1,
                Token::RParen => {
                    depth -= 1;
                    if depth == 0 {
                        elements.push((start, i));
                        break;
                    }
                }
                Token::Comma if depth == 1 => {
                    elements.push((start, i));
                    start = i + 1;
                }
                _ => {}
            }
        }
        let mut clauses = Vec::new();
        let mut drop: Vec<(usize, usize)> = Vec::new();
        let mut columns = 0;
        for (n, &(a, b)) in elements.iter().enumerate() {
            let words: Vec<&TokenWithSpan> = toks[a..b].iter().filter(|t| sig(t)).collect();
            let Some(first) = words.first() else {
                continue;
            };
            if !is_kw(first, "LIKE") {
                if !CONSTRAINT_STARTS.iter().any(|k| is_kw(first, k)) {
                    columns += 1;
                }
                continue;
            }
            clauses.push(self.like_clause(&words, columns)?);
            // the element with the comma before it (or, for the first, the one after it)
            drop.push(match n {
                0 if elements.len() > 1 => (a, elements[1].0),
                0 => (a, b),
                _ => (elements[n - 1].1, b),
            });
        }
        let rest = toks
            .into_iter()
            .enumerate()
            .filter(|(i, _)| !drop.iter().any(|&(a, b)| (a..b).contains(i)))
            .map(|(_, t)| t)
            .collect();
        Ok((rest, clauses))
    }

    /// `LIKE name [{INCLUDING | EXCLUDING} option] ...`, its significant tokens.
    fn like_clause(&self, words: &[&TokenWithSpan], position: usize) -> R<LikeClause> {
        let (line, col) = (
            words[0].span.start.line as usize,
            words[0].span.start.column as usize,
        );
        let mut parts = Vec::new();
        let mut i = 1;
        while let Some(Token::Word(w)) = words.get(i).map(|t| &t.token) {
            parts.push(w.clone().into_ident(words[i].span));
            i += 1;
            if words.get(i).map(|t| &t.token) != Some(&Token::Period) {
                break;
            }
            i += 1;
        }
        if parts.is_empty() {
            return Err(self.err(line, col, "LIKE needs a table name"));
        }
        let mut copies = Copies::default();
        while i < words.len() {
            let on = is_kw(words[i], "INCLUDING");
            let option = match words.get(i + 1).map(|t| &t.token) {
                Some(Token::Word(w)) if on || is_kw(words[i], "EXCLUDING") => {
                    w.value.to_uppercase()
                }
                _ => String::new(),
            };
            if !copies.set(&option, on) {
                let t = words[i];
                return Err(self.err(
                    t.span.start.line as usize,
                    t.span.start.column as usize,
                    format!("unsupported in LIKE: `{}`", t.token),
                ));
            }
            i += 2;
        }
        Ok(LikeClause {
            source: ObjectName::from(parts),
            copies,
            position,
            line,
            col,
        })
    }

    /// Copies each LIKE clause's columns into the table `tq` being created (its own columns
    /// already added), and queues the constraints it copies in `pending`; the indexes it copies
    /// are returned, for once the table's constraints are named.
    pub(super) fn apply_like(
        &mut self,
        tq: &QualName,
        clauses: &[LikeClause],
        pending: &mut Vec<PendingCon>,
    ) -> R<Vec<(QualName, Copies)>> {
        let mut added = 0;
        let mut index_sources = Vec::new();
        for cl in clauses {
            let at = |m: String| self.err(cl.line, cl.col, m);
            let sq = qn_parts(&name_parts(&cl.source))
                .ok_or_else(|| at(format!("bad table name `{}`", cl.source)))?;
            let Some(src) = self.schema.tables.get(&sq) else {
                return Err(at(format!(
                    "LIKE {sq}: no such table (gen reads LIKE of a table defined before it)"
                )));
            };
            let refuse = |what: &str| {
                Err(at(format!(
                    "unsupported: LIKE {sq} INCLUDING {what} (write the copied {} out)",
                    what.to_lowercase()
                )))
            };
            if cl.copies.identity && src.columns.iter().any(|c| c.identity.is_some()) {
                return refuse("IDENTITY");
            }
            if cl.copies.indexes
                && src
                    .constraints
                    .values()
                    .any(|c| matches!(c.kind, ConstraintKind::Exclude { .. }))
            {
                return refuse("INDEXES of an exclusion constraint");
            }
            if cl.copies.statistics
                && self
                    .schema
                    .objects
                    .values()
                    .any(|o| o.kind == ObjectKind::Statistics && o.mentions.contains(&sq))
            {
                return refuse("STATISTICS");
            }
            let copies = cl.copies;
            let columns: Vec<Column> = src
                .columns
                .iter()
                .map(|c| Column {
                    name: c.name.clone(),
                    ty: c.ty.clone(),
                    not_null: c.not_null,
                    default: c.default.clone().filter(|_| copies.defaults),
                    identity: None,
                    generated: c.generated.clone().filter(|_| copies.generated),
                    collation: c.collation.clone(),
                    comment: c.comment.clone().filter(|_| copies.comments),
                    statistics: None,
                    storage: c.storage.clone().filter(|_| copies.storage),
                    options: Vec::new(),
                    directives: Default::default(),
                })
                .collect();
            let checks: Vec<PendingCon> = src
                .constraints
                .values()
                .filter(|c| match c.kind {
                    ConstraintKind::Check { .. } => copies.constraints,
                    ConstraintKind::PrimaryKey { .. } | ConstraintKind::Unique { .. } => {
                        copies.indexes
                    }
                    _ => false,
                })
                .map(|c| PendingCon {
                    // PostgreSQL keeps a CHECK's name and names a copied key for the new table
                    name: matches!(c.kind, ConstraintKind::Check { .. }).then(|| c.name.clone()),
                    kind: c.kind.clone(),
                    deferrable: c.deferrable,
                    initially_deferred: c.initially_deferred,
                    not_valid: false,
                    directives: Default::default(),
                    check_col: None,
                    line: cl.line,
                    col: cl.col,
                })
                .collect();
            let table = self.schema.tables.get_mut(tq).expect("table");
            if let Some(dup) = columns.iter().find(|c| table.column(&c.name).is_some()) {
                return Err(self.err(
                    cl.line,
                    cl.col,
                    format!(
                        "column {} of table {tq} is specified more than once",
                        dup.name
                    ),
                ));
            }
            let n = columns.len();
            let at = (cl.position + added).min(table.columns.len());
            table.columns.splice(at..at, columns);
            added += n;
            pending.extend(checks);
            if copies.indexes || copies.comments {
                index_sources.push((sq, copies));
            }
        }
        Ok(index_sources)
    }

    /// After the table's constraints are named: the comments of the constraints LIKE copied,
    /// and the plain indexes it copies, named as PostgreSQL names them (`{table}_{columns}_idx`).
    pub(super) fn finish_like(&mut self, tq: &QualName, sources: Vec<(QualName, Copies)>) {
        for (sq, copies) in sources {
            if copies.comments {
                let commented: Vec<(ConstraintKind, String)> = self.schema.tables[&sq]
                    .constraints
                    .values()
                    .filter_map(|c| Some((c.kind.clone(), c.comment.clone()?)))
                    .collect();
                let table = self.schema.tables.get_mut(tq).expect("table");
                for (kind, comment) in commented {
                    if let Some((_, c)) = table.constraints.iter_mut().find(|(_, c)| c.kind == kind)
                    {
                        c.comment = Some(comment);
                    }
                }
            }
            if !copies.indexes {
                continue;
            }
            let sources: Vec<Index> = self
                .schema
                .indexes
                .values()
                .filter(|i| i.table == sq)
                .cloned()
                .collect();
            for si in sources {
                let names: Vec<String> = si
                    .keys
                    .iter()
                    .map(|k| match &k.key {
                        IndexKeyExpr::Column(c) => c.clone(),
                        IndexKeyExpr::Expression(e) => expression_colname(&self.dialect, &e.sql),
                    })
                    .chain(si.include.iter().cloned())
                    .collect();
                let add = name_addition(&index_column_names(&names));
                let name = choose_name(&tq.name, add.as_deref(), "idx", |n| {
                    self.rel_taken(&tq.schema, n)
                });
                let iq = QualName::new(tq.schema.clone(), name);
                self.relnames.insert((iq.schema.clone(), iq.name.clone()));
                let idx = Index {
                    name: iq.clone(),
                    table: tq.clone(),
                    statistics: Vec::new(),
                    comment: si.comment.clone().filter(|_| copies.comments),
                    directives: Default::default(),
                    ..si
                };
                self.schema.indexes.insert(iq, idx);
            }
        }
    }
}

/// The name PostgreSQL gives an index column over an expression (`lower` for `lower(x)`), from
/// the expression's text.
fn expression_colname(dialect: &PostgreSqlDialect, sql: &str) -> String {
    Parser::new(dialect)
        .try_with_sql(sql)
        .and_then(|mut p| p.parse_expr())
        .map(|e| figure_colname(&e))
        .unwrap_or_else(|_| "expr".to_string())
}

#[cfg(test)]
mod tests {
    use crate::model::QualName;
    use crate::parse::parse_schema;

    fn err(sql: &str) -> String {
        match parse_schema("t.sql", sql) {
            Ok(_) => panic!("expected an error for {sql}"),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn like_refuses_what_it_cannot_copy_by_name() {
        let id = "CREATE TABLE a (id int GENERATED ALWAYS AS IDENTITY, n int);\n";
        assert!(
            err(&format!("{id}CREATE TABLE b (LIKE a INCLUDING ALL);"))
                .contains("unsupported: LIKE public.a INCLUDING IDENTITY")
        );
        assert!(
            err("CREATE TABLE b (LIKE nowhere);").contains("LIKE public.nowhere: no such table")
        );
        assert!(
            err("CREATE TABLE a (n int); CREATE TABLE b (LIKE a INCLUDING EVERYTHING);")
                .contains("unsupported in LIKE: `INCLUDING`")
        );
        assert!(
            err("CREATE TABLE a (n int); CREATE TABLE b (n int, LIKE a);")
                .contains("column n of table public.b is specified more than once")
        );
    }

    #[test]
    fn like_without_identity_copies_an_identity_column_as_a_plain_not_null_one() {
        let s = parse_schema(
            "t.sql",
            "CREATE TABLE a (id int GENERATED ALWAYS AS IDENTITY, n int DEFAULT 1);
             CREATE TABLE b (LIKE a INCLUDING DEFAULTS);",
        )
        .expect("schema");
        let b = &s.schema.tables[&QualName::public("b")];
        let id = b.column("id").expect("id");
        assert!(id.identity.is_none() && id.not_null);
        assert_eq!(
            b.column("n")
                .and_then(|c| c.default.as_ref())
                .map(|d| d.sql.as_str()),
            Some("1")
        );
    }
}
