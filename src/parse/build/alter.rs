//! Statements that change or remove what earlier statements built: `DROP ...`, renames,
//! `ALTER INDEX / TYPE / EXTENSION`, and the data statements that are skipped. They let gen read
//! pg_dump's `--clean` prelude and read back its own migrations: each is applied to the model in
//! file order, the way PostgreSQL applies it to the catalog.

use super::*;

/// Whether the statement is `ALTER <kind> <name> OWNER TO <role>` and nothing else: owners are
/// not part of the model.
pub(super) fn owner_only(s: &Stmt) -> bool {
    let solid: Vec<&TokenWithSpan> = s.toks.iter().filter(|t| sig(t)).collect();
    let n = solid.len();
    let mut depth = 0i32;
    let top_level_comma = solid.iter().any(|t| {
        match t.token {
            Token::LParen => depth += 1,
            Token::RParen => depth -= 1,
            Token::Comma if depth == 0 => return true,
            _ => {}
        }
        false
    });
    n >= 5 && is_kw(solid[n - 3], "OWNER") && is_kw(solid[n - 2], "TO") && !top_level_comma
}

/// The view an `ALTER TABLE [IF EXISTS] [ONLY] name ...` names, when it names one (PostgreSQL
/// takes `ALTER TABLE` for views, and gen writes it for `RENAME COLUMN` before PostgreSQL 13).
pub(super) fn altered_view(s: &Stmt, schema: &Schema) -> Option<QualName> {
    let mut c = Cur::new(s.toks);
    c.kw("ALTER");
    c.kw("TABLE");
    if c.kw("IF") {
        c.kw("EXISTS");
    }
    c.kw("ONLY");
    let name = qn_parts(&c.qualified()?)?;
    schema.views.contains_key(&name).then_some(name)
}

/// The table an `INSERT`, `UPDATE` or `DELETE` writes to, as written.
pub(super) fn insert_target(s: &Stmt) -> String {
    let mut c = Cur::new(s.toks);
    c.kw("INSERT");
    c.kw("COPY");
    c.kw("INTO");
    c.kw("UPDATE");
    c.kw("ONLY");
    c.kw("DELETE");
    c.kw("FROM");
    c.kw("ONLY");
    c.qualified()
        .map(|p| p.join("."))
        .unwrap_or_else(|| "?".to_string())
}

/// Whether what a privilege is granted on is in `s`.
fn grant_object_exists(s: &Schema, o: &GrantObject) -> bool {
    match o {
        GrantObject::Table(q) => s.tables.contains_key(q) || s.views.contains_key(q),
        GrantObject::Column(q, c) => s.tables.get(q).is_some_and(|t| t.column(c).is_some()),
        GrantObject::Sequence(q) => s.sequences.contains_key(q),
        GrantObject::Routine(k) => s.routines.contains_key(k),
        GrantObject::Schema(n) => n == DEFAULT_SCHEMA || s.schemas.contains_key(n),
        GrantObject::Type(q) => s.enums.contains_key(q) || s.domains.contains_key(q),
    }
}

/// One name of a DROP: its parts, its argument list (routines, aggregates, operators) and where
/// it is written.
type DropTarget = (Vec<String>, Option<String>, (usize, usize));

/// An ALTER TABLE action read at token level, with its line and column.
type LocatedAction = (TokAction, usize, usize);

/// What a `DROP` names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DropKind {
    Table,
    Index,
    Sequence,
    View,
    MaterializedView,
    Function,
    Procedure,
    Routine,
    Type,
    Extension,
    Schema,
    Trigger,
    Rule,
    Domain,
    Policy,
    Object(ObjectKind),
}

/// Kinds of DROP, longest phrase first.
const DROP_KINDS: &[(&[&str], Option<DropKind>)] = &[
    (&["MATERIALIZED", "VIEW"], Some(DropKind::MaterializedView)),
    (
        &["TEXT", "SEARCH", "CONFIGURATION"],
        Some(DropKind::Object(ObjectKind::TextSearchConfiguration)),
    ),
    (
        &["TEXT", "SEARCH", "DICTIONARY"],
        Some(DropKind::Object(ObjectKind::TextSearchDictionary)),
    ),
    (
        &["TEXT", "SEARCH", "PARSER"],
        Some(DropKind::Object(ObjectKind::TextSearchParser)),
    ),
    (
        &["TEXT", "SEARCH", "TEMPLATE"],
        Some(DropKind::Object(ObjectKind::TextSearchTemplate)),
    ),
    (&["OPERATOR", "CLASS"], None),
    (&["OPERATOR", "FAMILY"], None),
    (
        &["EVENT", "TRIGGER"],
        Some(DropKind::Object(ObjectKind::EventTrigger)),
    ),
    (&["FOREIGN", "TABLE"], None),
    (&["FOREIGN", "DATA", "WRAPPER"], None),
    (&["ACCESS", "METHOD"], None),
    (&["USER", "MAPPING"], None),
    (&["OWNED", "BY"], None),
    (&["MATERIALIZED", "VIEW"], Some(DropKind::MaterializedView)),
    (&["DOMAIN"], Some(DropKind::Domain)),
    (&["POLICY"], Some(DropKind::Policy)),
    (&["RULE"], Some(DropKind::Rule)),
    (
        &["PUBLICATION"],
        Some(DropKind::Object(ObjectKind::Publication)),
    ),
    (&["SUBSCRIPTION"], None),
    (
        &["STATISTICS"],
        Some(DropKind::Object(ObjectKind::Statistics)),
    ),
    (&["CAST"], None),
    (&["TRANSFORM"], None),
    (&["LANGUAGE"], None),
    (&["SERVER"], None),
    (&["CONVERSION"], None),
    (&["TABLE"], Some(DropKind::Table)),
    (&["INDEX"], Some(DropKind::Index)),
    (&["SEQUENCE"], Some(DropKind::Sequence)),
    (&["VIEW"], Some(DropKind::View)),
    (&["FUNCTION"], Some(DropKind::Function)),
    (&["PROCEDURE"], Some(DropKind::Procedure)),
    (&["ROUTINE"], Some(DropKind::Routine)),
    (&["TYPE"], Some(DropKind::Type)),
    (&["EXTENSION"], Some(DropKind::Extension)),
    (&["SCHEMA"], Some(DropKind::Schema)),
    (&["TRIGGER"], Some(DropKind::Trigger)),
    (
        &["COLLATION"],
        Some(DropKind::Object(ObjectKind::Collation)),
    ),
    (
        &["AGGREGATE"],
        Some(DropKind::Object(ObjectKind::Aggregate)),
    ),
    (&["OPERATOR"], Some(DropKind::Object(ObjectKind::Operator))),
];

impl Builder<'_> {
    /// A statement that moves data, not schema: skipped with one note per file, an error with
    /// `--strict`.
    pub(super) fn skip_data(&mut self, s: &Stmt, what: String) -> R<()> {
        if self.opts.migration {
            // a migration's data statements (backfills) do not change the schema
            return Ok(());
        }
        if self.opts.strict {
            return Err(self.err_at(
                s,
                format!("{what} is a data statement, not schema (refused with --strict)"),
            ));
        }
        *self.skipped_data.entry(what).or_default() += 1;
        Ok(())
    }

    // ------------------------------------------------------------------------------- DROP

    pub(super) fn drop_stmt(&mut self, s: &Stmt) -> R<()> {
        // the model before, to tell which privileges went with what the DROP removes
        let before = (!self.schema.grants.is_empty() || !self.schema.revoked_defaults.is_empty())
            .then(|| self.schema.clone());
        let mut c = Cur::new(s.toks);
        c.kw("DROP");
        let start = c.i;
        let mut kind = None;
        let mut phrase = String::new();
        for (words, k) in DROP_KINDS {
            c.i = start;
            if words.iter().all(|w| c.kw(w)) {
                kind = Some(*k);
                phrase = words.join(" ");
                break;
            }
        }
        let Some(kind) = kind else {
            c.i = start;
            let what = c.ident().unwrap_or_default().to_uppercase();
            let kind = format!("DROP {what}");
            return Err(self.err_at(
                s,
                format!("unsupported statement: {kind}{}", unsupported_hint(&kind)),
            ));
        };
        let concurrently = c.kw("CONCURRENTLY");
        let if_exists = c.kw("IF") && c.kw("EXISTS");
        let Some(kind) = kind else {
            // A kind the model does not hold: nothing of it can exist.
            if if_exists {
                return Ok(());
            }
            let kind = format!("DROP {phrase}");
            return Err(self.err_at(
                s,
                format!("unsupported statement: {kind}{}", unsupported_hint(&kind)),
            ));
        };
        if concurrently && kind != DropKind::Index {
            return Err(self.err_at(s, "CONCURRENTLY applies to DROP INDEX only"));
        }
        // Names (with argument lists for routines and aggregates, ON table for triggers).
        let mut targets: Vec<DropTarget> = Vec::new();
        let mut on_table = None;
        loop {
            let pos = c.pos();
            let name = if kind == DropKind::Object(ObjectKind::Operator) {
                objects::read_operator_name(&mut c).map(|q| vec![q.schema, q.name])
            } else {
                c.qualified()
            }
            .ok_or_else(|| {
                self.err(pos.0, pos.1, format!("expected a name after DROP {phrase}"))
            })?;
            let mut args = None;
            if matches!(c.peek().map(|t| &t.token), Some(Token::LParen)) {
                let from = c.i;
                let mut depth = 0;
                while let Some(t) = c.peek() {
                    c.i += 1;
                    match t.token {
                        Token::LParen => depth += 1,
                        Token::RParen => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                }
                let inner: Vec<&TokenWithSpan> = c.toks[from + 1..c.i - 1].to_vec();
                args = Some(match kind {
                    DropKind::Object(ok) => objects::args_identity(ok, &inner),
                    _ => super::super::opaque::input_types(&inner),
                });
            }
            targets.push((name, args, pos));
            if matches!(c.peek().map(|t| &t.token), Some(Token::Comma)) {
                c.i += 1;
                continue;
            }
            break;
        }
        if matches!(kind, DropKind::Trigger | DropKind::Rule | DropKind::Policy) {
            if !c.kw("ON") {
                return Err(self.err_at(s, format!("expected ON table after DROP {phrase} name")));
            }
            let pos = c.pos();
            on_table = Some(
                c.qualified()
                    .and_then(|p| qn_parts(&p))
                    .ok_or_else(|| self.err(pos.0, pos.1, "expected a table name"))?,
            );
        }
        let cascade = c.kw("CASCADE");
        if !cascade {
            c.kw("RESTRICT");
        }
        if !c.at_end() {
            let (l, col) = c.pos();
            let what = c.peek().map(|t| t.token.to_string()).unwrap_or_default();
            return Err(self.err(
                l,
                col,
                format!("unsupported or unexpected text in DROP {phrase}: `{what}`"),
            ));
        }
        for (name, args, (l, col)) in targets {
            let missing = |b: &Self, what: &str| {
                b.err(
                    l,
                    col,
                    format!("DROP {phrase}: {what} {} does not exist", name.join(".")),
                )
            };
            let found = match kind {
                DropKind::Table => {
                    let q = qn_parts(&name).ok_or_else(|| missing(self, "table"))?;
                    if self.schema.tables.contains_key(&q) {
                        self.remove_table(&q, cascade, l, col)?;
                        true
                    } else {
                        false
                    }
                }
                DropKind::Index => {
                    let q = qn_parts(&name).ok_or_else(|| missing(self, "index"))?;
                    if let Some(i) = self.schema.indexes.remove(&q) {
                        self.relnames.remove(&(q.schema.clone(), q.name.clone()));
                        if let Some(t) = self.schema.tables.get_mut(&i.table) {
                            t.index_dropped(&q.name);
                        }
                        true
                    } else if let Some(t) = self.constraint_of_index(&q) {
                        return Err(self.err(
                            l,
                            col,
                            format!(
                                "cannot drop index {q}: constraint {} on table {t} requires it",
                                q.name
                            ),
                        ));
                    } else {
                        false
                    }
                }
                DropKind::Sequence => {
                    let q = qn_parts(&name).ok_or_else(|| missing(self, "sequence"))?;
                    if self.schema.sequences.remove(&q).is_some() {
                        self.relnames.remove(&(q.schema.clone(), q.name.clone()));
                        true
                    } else {
                        false
                    }
                }
                DropKind::View | DropKind::MaterializedView => {
                    let q = qn_parts(&name).ok_or_else(|| missing(self, "view"))?;
                    match self.schema.views.get(&q) {
                        Some(v) if v.materialized == (kind == DropKind::MaterializedView) => {
                            self.remove_view(&q, cascade, l, col)?;
                            true
                        }
                        Some(_) => {
                            return Err(self.err(
                                l,
                                col,
                                format!("{q} is not a {}", phrase.to_lowercase()),
                            ));
                        }
                        None => false,
                    }
                }
                DropKind::Function | DropKind::Procedure | DropKind::Routine => {
                    let q = qn_parts(&name).ok_or_else(|| missing(self, "routine"))?;
                    let keys: Vec<String> = self
                        .schema
                        .routines
                        .iter()
                        .filter(|(_, r)| {
                            r.name == q
                                && match kind {
                                    DropKind::Function => !r.procedure,
                                    DropKind::Procedure => r.procedure,
                                    _ => true,
                                }
                                && args.as_ref().is_none_or(|a| {
                                    *a == super::super::opaque::input_types_of_args(&r.args)
                                })
                        })
                        .map(|(k, _)| k.clone())
                        .collect();
                    if keys.len() > 1 {
                        return Err(self.err(
                            l,
                            col,
                            format!("{phrase} name {q} is not unique: give its argument list"),
                        ));
                    }
                    for k in &keys {
                        self.schema.routines.remove(k);
                    }
                    !keys.is_empty()
                }
                DropKind::Type => {
                    let q = qn_parts(&name).ok_or_else(|| missing(self, "type"))?;
                    if self.schema.enums.contains_key(&q) || self.schema.composites.contains_key(&q)
                    {
                        self.remove_type(&q, "type", cascade, l, col)?;
                        true
                    } else {
                        false
                    }
                }
                DropKind::Extension => {
                    let [n] = name.as_slice() else {
                        return Err(missing(self, "extension"));
                    };
                    self.schema.extensions.remove(n).is_some() || n == "plpgsql"
                }
                DropKind::Schema => {
                    let [n] = name.as_slice() else {
                        return Err(missing(self, "schema"));
                    };
                    if self.schema.schemas.contains_key(n) {
                        self.remove_schema(n, cascade, l, col)?;
                        true
                    } else {
                        false
                    }
                }
                DropKind::Trigger | DropKind::Rule => {
                    let rule = kind == DropKind::Rule;
                    let [n] = name.as_slice() else {
                        return Err(missing(self, if rule { "rule" } else { "trigger" }));
                    };
                    let t = on_table.as_ref().expect("read above");
                    let key = Trigger::key_of(t, n, rule);
                    self.schema.triggers.remove(&key).is_some()
                }
                DropKind::Policy => {
                    let [n] = name.as_slice() else {
                        return Err(missing(self, "policy"));
                    };
                    let t = on_table.clone().expect("read above");
                    self.schema.policies.remove(&format!("{t}.{n}")).is_some()
                }
                DropKind::Domain => {
                    let q = qn_parts(&name).ok_or_else(|| missing(self, "domain"))?;
                    if self.schema.domains.contains_key(&q) {
                        self.remove_type(&q, "domain", cascade, l, col)?;
                        true
                    } else {
                        false
                    }
                }
                DropKind::Object(ok) => {
                    let q =
                        objects::object_name(ok, &name).ok_or_else(|| missing(self, ok.sql()))?;
                    self.drop_object(ok, &q, args.as_deref(), l, col)?
                }
            };
            if !found && !if_exists {
                return Err(missing(self, &phrase.to_lowercase()));
            }
        }
        self.forget_dropped(before.as_ref());
        // the indexes of partitions attached to a dropped index go with it, before a later
        // statement of the file takes their names
        self.prune_partition_indexes();
        Ok(())
    }

    /// What went with the objects a DROP removed: the policies of dropped tables and the
    /// privileges on dropped objects (`before`: the model before the DROP).
    fn forget_dropped(&mut self, before: Option<&Schema>) {
        let s = &mut self.schema;
        let tables = &s.tables;
        s.policies.retain(|_, p| tables.contains_key(&p.table));
        let Some(before) = before else {
            return;
        };
        let gone = |s: &Schema, o: &GrantObject| !grant_object_exists(s, o);
        let dropped: Vec<Grant> = s
            .grants
            .iter()
            .chain(&s.revoked_defaults)
            .filter(|g| gone(s, &g.object) && !gone(before, &g.object))
            .cloned()
            .collect();
        for g in &dropped {
            s.grants.remove(g);
            s.revoked_defaults.remove(g);
        }
    }

    /// Removes enum, composite type or domain `q` (`what` names it in messages) with what uses
    /// it: the columns of tables and the attributes of composite types of that type (only with
    /// CASCADE, as in PostgreSQL).
    fn remove_type(
        &mut self,
        q: &QualName,
        what: &str,
        cascade: bool,
        line: usize,
        col: usize,
    ) -> R<()> {
        let is_it =
            |t: &TypeRef| t.name == q.name && t.schema.as_ref().is_none_or(|sch| *sch == q.schema);
        let users: Vec<(QualName, String)> = self
            .schema
            .tables
            .values()
            .flat_map(|t| {
                t.columns
                    .iter()
                    .filter(|c| is_it(&c.ty))
                    .map(|c| (t.name.clone(), c.name.clone()))
            })
            .collect();
        let attribute_users: Vec<(QualName, String)> = self
            .schema
            .composites
            .values()
            .filter(|ct| ct.name != *q)
            .flat_map(|ct| {
                ct.attributes
                    .iter()
                    .filter(|a| is_it(&a.ty))
                    .map(|a| (ct.name.clone(), a.name.clone()))
            })
            .collect();
        if !cascade {
            let user = users
                .first()
                .map(|(t, c)| format!("column {t}.{c}"))
                .or_else(|| {
                    attribute_users
                        .first()
                        .map(|(t, a)| format!("attribute {a} of type {t}"))
                });
            if let Some(user) = user {
                return Err(self.err(
                    line,
                    col,
                    format!("cannot drop {what} {q}: {user} uses it (use CASCADE)"),
                ));
            }
        }
        for (t, c) in users {
            if let Some(tbl) = self.schema.tables.get_mut(&t) {
                tbl.columns.retain(|x| x.name != c);
            }
            self.drop_column_dependents(&t, &c);
        }
        for (t, a) in attribute_users {
            if let Some(ct) = self.schema.composites.get_mut(&t) {
                ct.attributes.retain(|x| x.name != a);
            }
        }
        self.schema.enums.remove(q);
        self.schema.composites.remove(q);
        self.schema.domains.remove(q);
        Ok(())
    }

    /// The table whose PRIMARY KEY / UNIQUE / EXCLUDE constraint is implemented by index `q`.
    fn constraint_of_index(&self, q: &QualName) -> Option<QualName> {
        self.schema
            .tables
            .values()
            .find(|t| {
                t.name.schema == q.schema
                    && t.constraints
                        .get(&q.name)
                        .is_some_and(|c| c.kind.has_index())
            })
            .map(|t| t.name.clone())
    }

    /// `DROP TABLE`: the table goes with its constraints, indexes, triggers, owned sequences and
    /// identity sequences. What depends on it from outside (foreign keys of other tables, views)
    /// goes too with CASCADE, and is an error without it, as in PostgreSQL.
    pub(super) fn remove_table(
        &mut self,
        q: &QualName,
        cascade: bool,
        line: usize,
        col: usize,
    ) -> R<()> {
        let fks: Vec<(QualName, String)> = self
            .schema
            .tables
            .values()
            .filter(|t| &t.name != q)
            .flat_map(|t| {
                t.constraints.values().filter_map(|c| match &c.kind {
                    ConstraintKind::ForeignKey { ref_table, .. } if ref_table == q => {
                        Some((t.name.clone(), c.name.clone()))
                    }
                    _ => None,
                })
            })
            .collect();
        let views = self.views_mentioning(q);
        if !cascade && let Some(dep) = fks.first() {
            return Err(self.err(
                line,
                col,
                format!(
                    "cannot drop table {q}: constraint {} on table {} depends on it (use CASCADE)",
                    dep.1, dep.0
                ),
            ));
        }
        if !cascade && let Some(v) = views.first() {
            return Err(self.err(
                line,
                col,
                format!("cannot drop table {q}: view {v} depends on it (use CASCADE)"),
            ));
        }
        for (t, c) in fks {
            if let Some(t) = self.schema.tables.get_mut(&t) {
                t.constraints.remove(&c);
            }
            self.drop_con(&t.schema, &c);
        }
        for v in views {
            if self.schema.views.contains_key(&v) {
                self.remove_view(&v, true, line, col)?;
            }
        }
        // a partitioned table's partitions go with it
        for part in self.partitions_of(q) {
            if self.schema.tables.contains_key(&part) {
                self.remove_table(&part, cascade, line, col)?;
            }
        }
        let table = self.schema.tables.remove(q).expect("checked by the caller");
        self.relnames.remove(&(q.schema.clone(), q.name.clone()));
        for c in table.constraints.values() {
            if c.kind.has_index() {
                self.relnames.remove(&(q.schema.clone(), c.name.clone()));
            }
            self.drop_con(&q.schema, &c.name);
        }
        let indexes: Vec<QualName> = self
            .schema
            .indexes
            .values()
            .filter(|i| &i.table == q)
            .map(|i| i.name.clone())
            .collect();
        for i in indexes {
            self.schema.indexes.remove(&i);
            self.relnames.remove(&(i.schema.clone(), i.name.clone()));
        }
        self.schema.triggers.retain(|_, t| &t.table != q);
        for c in &table.columns {
            self.drop_column_dependents(q, &c.name);
        }
        self.objects_forget_table(q);
        Ok(())
    }

    /// What goes with a column: the sequences it owns, its identity sequence's name, its
    /// privileges and the statistics objects on it.
    pub(super) fn drop_column_dependents(&mut self, table: &QualName, column: &str) {
        let owned: Vec<QualName> = self
            .schema
            .sequences
            .values()
            .filter(|s| {
                s.owned_by
                    .as_ref()
                    .is_some_and(|(t, c)| t == table && c == column)
            })
            .map(|s| s.name.clone())
            .collect();
        for s in owned {
            self.schema.sequences.remove(&s);
            self.relnames.remove(&(s.schema.clone(), s.name.clone()));
        }
        if let Some(rel) = self.ident_seqs.remove(&(table.clone(), column.to_string())) {
            self.relnames.remove(&rel);
        }
        // and its privileges
        let of_column =
            |g: &Grant| matches!(&g.object, GrantObject::Column(t, c) if t == table && c == column);
        self.schema.grants.retain(|g| !of_column(g));
        self.schema.revoked_defaults.retain(|g| !of_column(g));
        // and the statistics objects that name it
        self.objects_forget_column(table, column);
    }

    /// Views (and materialized views) whose query mentions relation `q`.
    fn views_mentioning(&self, q: &QualName) -> Vec<QualName> {
        self.schema
            .views
            .values()
            .filter(|v| &v.name != q && v.mentions.contains(q))
            .map(|v| v.name.clone())
            .collect()
    }

    fn remove_view(&mut self, q: &QualName, cascade: bool, line: usize, col: usize) -> R<()> {
        let deps = self.views_mentioning(q);
        if let Some(d) = deps.first()
            && !cascade
        {
            return Err(self.err(
                line,
                col,
                format!("cannot drop view {q}: view {d} depends on it (use CASCADE)"),
            ));
        }
        for d in deps {
            if self.schema.views.contains_key(&d) {
                self.remove_view(&d, true, line, col)?;
            }
        }
        self.schema.views.remove(q);
        self.relnames.remove(&(q.schema.clone(), q.name.clone()));
        let indexes: Vec<QualName> = self
            .schema
            .indexes
            .values()
            .filter(|i| &i.table == q)
            .map(|i| i.name.clone())
            .collect();
        for i in indexes {
            self.schema.indexes.remove(&i);
            self.relnames.remove(&(i.schema.clone(), i.name.clone()));
        }
        self.schema.triggers.retain(|_, t| &t.table != q);
        Ok(())
    }

    fn remove_schema(&mut self, n: &str, cascade: bool, line: usize, col: usize) -> R<()> {
        let in_schema = |q: &QualName| q.schema == n;
        let s = &self.schema;
        let first = s
            .tables
            .keys()
            .chain(s.views.keys())
            .chain(s.sequences.keys())
            .chain(s.enums.keys())
            .chain(s.routines.values().map(|r| &r.name))
            .chain(s.objects.values().map(|o| &o.name))
            .find(|q| in_schema(q))
            .cloned();
        let Some(first) = first else {
            self.schema.schemas.remove(n);
            return Ok(());
        };
        if !cascade {
            return Err(self.err(
                line,
                col,
                format!("cannot drop schema {n}: {first} is in it (use CASCADE)"),
            ));
        }
        let views: Vec<QualName> = self
            .schema
            .views
            .keys()
            .filter(|q| in_schema(q))
            .cloned()
            .collect();
        for v in views {
            if self.schema.views.contains_key(&v) {
                self.remove_view(&v, true, line, col)?;
            }
        }
        let tables: Vec<QualName> = self
            .schema
            .tables
            .keys()
            .filter(|q| in_schema(q))
            .cloned()
            .collect();
        for t in tables {
            if self.schema.tables.contains_key(&t) {
                self.remove_table(&t, true, line, col)?;
            }
        }
        let s = &mut self.schema;
        s.sequences.retain(|q, _| !in_schema(q));
        s.enums.retain(|q, _| !in_schema(q));
        s.routines.retain(|_, r| !in_schema(&r.name));
        s.objects.retain(|_, o| !in_schema(&o.name));
        s.schemas.remove(n);
        self.relnames.retain(|(sch, _)| sch != n);
        self.connames.retain(|(sch, _), _| sch != n);
        Ok(())
    }

    // -------------------------------------------------------------------------- ALTER INDEX

    /// `ALTER INDEX [IF EXISTS] i RENAME TO j`, `ALTER [COLUMN] n SET STATISTICS v`,
    /// `SET (...)`, `RESET (...)`; `ATTACH PARTITION` is reported.
    pub(super) fn alter_index(&mut self, s: &Stmt) -> R<()> {
        let mut c = Cur::new(s.toks);
        c.kw("ALTER");
        c.kw("INDEX");
        let if_exists = c.kw("IF") && c.kw("EXISTS");
        let (l, col) = c.pos();
        let q = c
            .qualified()
            .and_then(|p| qn_parts(&p))
            .ok_or_else(|| self.err(l, col, "expected an index name"))?;
        let standalone = self.schema.indexes.contains_key(&q);
        let constraint_table = self.constraint_of_index(&q);
        if !standalone && constraint_table.is_none() {
            if if_exists {
                return Ok(());
            }
            return Err(self.err(l, col, format!("ALTER INDEX of unknown index {q}")));
        }
        let (al, acol) = c.pos();
        if c.kw("RENAME") {
            if !c.kw("TO") {
                return Err(self.err(al, acol, "expected RENAME TO"));
            }
            let new = c
                .ident()
                .ok_or_else(|| self.err(al, acol, "expected the new name"))?;
            self.expect_end(&c, "ALTER INDEX ... RENAME TO")?;
            if self.rel_taken(&q.schema, &new) {
                return Err(self.err(
                    al,
                    acol,
                    format!("relation {}.{new} already exists", q.schema),
                ));
            }
            self.relnames.remove(&(q.schema.clone(), q.name.clone()));
            self.relnames.insert((q.schema.clone(), new.clone()));
            let nq = QualName::new(q.schema.clone(), new.clone());
            if let Some(mut i) = self.schema.indexes.remove(&q) {
                i.name = nq.clone();
                if let Some(t) = self.schema.tables.get_mut(&i.table) {
                    t.index_renamed(&q.name, &new);
                }
                if self.opts.migration {
                    note_rename(&mut i.directives.renamed_from, &q.name);
                }
                self.schema.indexes.insert(nq, i);
            } else if let Some(t) = constraint_table {
                // renaming a constraint's index renames the constraint (PostgreSQL does both)
                self.rename_constraint_in_model(&t, &q.name, &new);
            }
            return Ok(());
        }
        if c.kw("ATTACH") {
            return Err(self.err(
                al,
                acol,
                "unsupported statement: ALTER INDEX ... ATTACH PARTITION (partitioning is not supported yet)",
            ));
        }
        if c.kw("ALTER") {
            c.kw("COLUMN");
            let (nl, ncol) = c.pos();
            let n = c
                .int()
                .filter(|n| *n > 0)
                .ok_or_else(|| self.err(nl, ncol, "expected an index column number"))?;
            if !(c.kw("SET") && c.kw("STATISTICS")) {
                return Err(self.err(al, acol, "unsupported ALTER INDEX ... ALTER COLUMN action"));
            }
            let (vl, vcol) = c.pos();
            let v = c
                .int()
                .ok_or_else(|| self.err(vl, vcol, "expected a statistics target"))?;
            self.expect_end(&c, "ALTER INDEX ... SET STATISTICS")?;
            let Some(idx) = self.schema.indexes.get_mut(&q) else {
                return Err(self.err(
                    al,
                    acol,
                    format!("index {q} belongs to a constraint: its statistics are not kept"),
                ));
            };
            let is_expr = idx
                .keys
                .get(n as usize - 1)
                .is_some_and(|k| matches!(k.key, IndexKeyExpr::Expression(_)));
            if !is_expr {
                return Err(self.err(
                    nl,
                    ncol,
                    format!("column {n} of index {q} is not an expression: PostgreSQL refuses a statistics target there"),
                ));
            }
            idx.statistics.retain(|(k, _)| *k != n as u32);
            if v >= 0 {
                idx.statistics.push((n as u32, v as i32));
                idx.statistics.sort();
            }
            return Ok(());
        }
        if c.kw("SET") || c.kw("RESET") {
            let reset = is_kw(c.toks[c.i - 1], "RESET");
            if matches!(c.peek().map(|t| &t.token), Some(Token::LParen)) {
                let params = self.option_list(&mut c, reset)?;
                self.expect_end(&c, "ALTER INDEX ... SET (...)")?;
                let Some(idx) = self.schema.indexes.get_mut(&q) else {
                    return Err(self.err(
                        al,
                        acol,
                        format!(
                            "index {q} belongs to a constraint: its storage parameters are not kept"
                        ),
                    ));
                };
                apply_options(&mut idx.with, params, reset);
                return Ok(());
            }
        }
        let what = c.peek().map(|t| t.token.to_string()).unwrap_or_default();
        Err(self.err(
            al,
            acol,
            format!("unsupported statement: ALTER INDEX ... {what}"),
        ))
    }

    /// A parenthesized option list `(k = v, ...)` (or, for RESET, `(k, ...)`), keys folded.
    pub(super) fn option_list(&self, c: &mut Cur, reset: bool) -> R<Vec<(String, String)>> {
        let (l, col) = c.pos();
        let bad = |b: &Self| b.err(l, col, "malformed option list");
        if !matches!(c.peek().map(|t| &t.token), Some(Token::LParen)) {
            return Err(bad(self));
        }
        c.i += 1;
        let mut out = Vec::new();
        loop {
            let mut key = c.ident().ok_or_else(|| bad(self))?;
            while matches!(c.peek().map(|t| &t.token), Some(Token::Period)) {
                c.i += 1;
                key.push('.');
                key.push_str(&c.ident().ok_or_else(|| bad(self))?);
            }
            let mut value = String::new();
            if !reset && matches!(c.peek().map(|t| &t.token), Some(Token::Eq)) {
                c.i += 1;
                // a signed number (`n_distinct=-0.2`, as pg_dump writes it)
                let negative = matches!(c.peek().map(|t| &t.token), Some(Token::Minus));
                if matches!(c.peek().map(|t| &t.token), Some(Token::Minus | Token::Plus)) {
                    c.i += 1;
                    if !matches!(c.peek().map(|t| &t.token), Some(Token::Number(..))) {
                        return Err(bad(self));
                    }
                }
                value = match c.peek().map(|t| &t.token) {
                    Some(Token::SingleQuotedString(v)) => v.clone(),
                    Some(Token::Number(v, _)) if negative => format!("-{v}"),
                    Some(Token::Number(v, _)) => v.clone(),
                    Some(Token::Word(w)) if w.quote_style.is_none() => w.value.to_lowercase(),
                    Some(Token::Word(w)) => w.value.clone(),
                    _ => return Err(bad(self)),
                };
                c.i += 1;
            } else if !reset {
                value = "true".to_string();
            }
            out.push((key, value));
            match c.peek().map(|t| &t.token) {
                Some(Token::Comma) => c.i += 1,
                Some(Token::RParen) => {
                    c.i += 1;
                    break;
                }
                _ => return Err(bad(self)),
            }
        }
        Ok(out)
    }

    pub(super) fn expect_end(&self, c: &Cur, what: &str) -> R<()> {
        if c.at_end() {
            return Ok(());
        }
        let (l, col) = c.pos();
        let t = c.peek().map(|t| t.token.to_string()).unwrap_or_default();
        Err(self.err(l, col, format!("unexpected text after {what}: `{t}`")))
    }

    /// Renames a constraint (and, for an index-backed one, its index's relation name).
    pub(super) fn rename_constraint_in_model(&mut self, t: &QualName, old: &str, new: &str) {
        let Some(table) = self.schema.tables.get_mut(t) else {
            return;
        };
        let Some(mut c) = table.constraints.remove(old) else {
            return;
        };
        c.name = new.to_string();
        if self.opts.migration {
            note_rename(&mut c.directives.renamed_from, old);
        }
        let has_index = c.kind.has_index();
        if has_index {
            table.index_renamed(old, new);
        }
        table.constraints.insert(new.to_string(), c);
        self.drop_con(&t.schema, old);
        self.add_con(&t.schema, new);
        if has_index {
            self.relnames.remove(&(t.schema.clone(), old.to_string()));
            self.relnames.insert((t.schema.clone(), new.to_string()));
        }
    }

    // --------------------------------------------------------------------------- ALTER TYPE

    /// `ALTER TYPE t ADD VALUE [IF NOT EXISTS] 'v' [BEFORE | AFTER 'w']`, `RENAME VALUE 'a' TO
    /// 'b'`, `RENAME TO u` (enum types).
    pub(super) fn alter_type(&mut self, s: &Stmt) -> R<()> {
        let mut c = Cur::new(s.toks);
        c.kw("ALTER");
        c.kw("TYPE");
        let (l, col) = c.pos();
        let q = c
            .qualified()
            .and_then(|p| qn_parts(&p))
            .ok_or_else(|| self.err(l, col, "expected a type name"))?;
        if self.schema.composites.contains_key(&q) {
            return self.alter_composite(&q, &mut c);
        }
        if !self.schema.enums.contains_key(&q) {
            return Err(self.err(
                l,
                col,
                format!("ALTER TYPE of unknown type {q} (only enum types are supported)"),
            ));
        }
        let (al, acol) = c.pos();
        let string = |c: &mut Cur| -> Option<String> {
            match c.peek().map(|t| &t.token) {
                Some(Token::SingleQuotedString(v)) | Some(Token::EscapedStringLiteral(v)) => {
                    let v = v.clone();
                    c.i += 1;
                    Some(v)
                }
                _ => None,
            }
        };
        if c.kw("ADD") {
            if !c.kw("VALUE") {
                return Err(self.err(al, acol, "expected ADD VALUE"));
            }
            let if_not_exists = c.kw("IF") && c.kw("NOT") && c.kw("EXISTS");
            let label = string(&mut c).ok_or_else(|| self.err(al, acol, "expected a label"))?;
            let position = if c.kw("BEFORE") {
                Some((
                    true,
                    string(&mut c)
                        .ok_or_else(|| self.err(al, acol, "expected a label after BEFORE"))?,
                ))
            } else if c.kw("AFTER") {
                Some((
                    false,
                    string(&mut c)
                        .ok_or_else(|| self.err(al, acol, "expected a label after AFTER"))?,
                ))
            } else {
                None
            };
            self.expect_end(&c, "ALTER TYPE ... ADD VALUE")?;
            let e = self.schema.enums.get_mut(&q).expect("checked");
            if e.labels.contains(&label) {
                if if_not_exists {
                    return Ok(());
                }
                return Err(self.err(
                    al,
                    acol,
                    format!("enum label '{label}' of {q} already exists"),
                ));
            }
            let at = match position {
                None => e.labels.len(),
                Some((before, other)) => {
                    let Some(p) = e.labels.iter().position(|x| *x == other) else {
                        return Err(self.err(al, acol, format!("{q} has no label '{other}'")));
                    };
                    if before { p } else { p + 1 }
                }
            };
            e.labels.insert(at, label);
            return Ok(());
        }
        if c.kw("RENAME") {
            if c.kw("VALUE") {
                let old = string(&mut c).ok_or_else(|| self.err(al, acol, "expected a label"))?;
                if !c.kw("TO") {
                    return Err(self.err(al, acol, "expected TO"));
                }
                let new = string(&mut c).ok_or_else(|| self.err(al, acol, "expected a label"))?;
                self.expect_end(&c, "ALTER TYPE ... RENAME VALUE")?;
                let e = self.schema.enums.get_mut(&q).expect("checked");
                if e.labels.contains(&new) {
                    return Err(self.err(
                        al,
                        acol,
                        format!("enum label '{new}' of {q} already exists"),
                    ));
                }
                let Some(p) = e.labels.iter().position(|x| *x == old) else {
                    return Err(self.err(al, acol, format!("{q} has no label '{old}'")));
                };
                if self.opts.migration {
                    // the label's first name: a label renamed twice keeps the oldest
                    let first = e.label_renames.remove(&old).unwrap_or(old);
                    e.label_renames.insert(new.clone(), first);
                }
                e.labels[p] = new;
                return Ok(());
            }
            if c.kw("TO") {
                let new = c
                    .ident()
                    .ok_or_else(|| self.err(al, acol, "expected the new name"))?;
                self.expect_end(&c, "ALTER TYPE ... RENAME TO")?;
                let nq = QualName::new(q.schema.clone(), new);
                if self.schema.enums.contains_key(&nq) {
                    return Err(self.err(al, acol, format!("type {nq} already exists")));
                }
                let mut e = self.schema.enums.remove(&q).expect("checked");
                e.name = nq.clone();
                if self.opts.migration {
                    note_rename(&mut e.directives.renamed_from, &q.name);
                }
                self.schema.enums.insert(nq.clone(), e);
                self.retype_references(&q, &nq);
                return Ok(());
            }
        }
        let what = c.peek().map(|t| t.token.to_string()).unwrap_or_default();
        Err(self.err(
            al,
            acol,
            format!("unsupported statement: ALTER TYPE ... {what}"),
        ))
    }

    // ---------------------------------------------------------------------- ALTER EXTENSION

    /// `ALTER EXTENSION e UPDATE [TO 'v']`, `SET SCHEMA s`.
    pub(super) fn alter_extension(&mut self, s: &Stmt) -> R<()> {
        let mut c = Cur::new(s.toks);
        c.kw("ALTER");
        c.kw("EXTENSION");
        let (l, col) = c.pos();
        let n = c
            .ident()
            .ok_or_else(|| self.err(l, col, "expected an extension name"))?;
        if !self.schema.extensions.contains_key(&n) {
            return Err(self.err(l, col, format!("ALTER EXTENSION of unknown extension {n}")));
        }
        let (al, acol) = c.pos();
        if c.kw("UPDATE") {
            let version = if c.kw("TO") {
                Some(match c.peek().map(|t| &t.token) {
                    Some(Token::SingleQuotedString(v)) | Some(Token::Number(v, _)) => v.clone(),
                    Some(Token::Word(w)) => w.value.clone(),
                    _ => return Err(self.err(al, acol, "expected a version after TO")),
                })
            } else {
                None
            };
            if version.is_some() {
                c.i += 1;
            }
            self.expect_end(&c, "ALTER EXTENSION ... UPDATE")?;
            self.schema.extensions.get_mut(&n).expect("checked").version = version;
            return Ok(());
        }
        if c.kw("SET") && c.kw("SCHEMA") {
            let sch = c
                .ident()
                .ok_or_else(|| self.err(al, acol, "expected a schema name"))?;
            self.expect_end(&c, "ALTER EXTENSION ... SET SCHEMA")?;
            self.schema.extensions.get_mut(&n).expect("checked").schema = Some(sch);
            return Ok(());
        }
        Err(self.err(
            al,
            acol,
            "unsupported statement: ALTER EXTENSION (only UPDATE and SET SCHEMA are supported)",
        ))
    }
}

/// Column `column` of table `table`, to change.
fn table_column<'t>(
    tables: &'t mut crate::model::Tables,
    table: &QualName,
    column: &str,
) -> Option<&'t mut Column> {
    tables.get_mut(table).and_then(|t| t.column_mut(column))
}

/// Applies `SET (k = v, ...)` / `RESET (k, ...)` to a list of storage parameters or attribute
/// options.
pub(super) fn apply_options(
    with: &mut Vec<(String, String)>,
    params: Vec<(String, String)>,
    reset: bool,
) {
    for (k, v) in params {
        match with.iter_mut().find(|(k2, _)| *k2 == k) {
            Some(slot) if !reset => slot.1 = v,
            Some(_) => with.retain(|(k2, _)| *k2 != k),
            None if !reset => with.push((k, v)),
            None => {}
        }
    }
}

/// An ALTER TABLE action sqlparser cannot read, taken out of the statement and applied here.
#[derive(Debug)]
pub(super) enum TokAction {
    /// `ALTER [COLUMN] c SET STATISTICS n`.
    Statistics {
        column: String,
        value: i64,
    },
    /// `ALTER [COLUMN] c SET STORAGE { PLAIN | EXTERNAL | EXTENDED | MAIN | DEFAULT }`.
    Storage {
        column: String,
        storage: String,
    },
    /// `ALTER [COLUMN] c SET ( k = v, ... )` / `RESET ( k, ... )`: attribute options.
    ColumnOptions {
        column: String,
        reset: bool,
        params: Vec<(String, String)>,
    },
    /// `SET ( k = v, ... )` / `RESET ( k, ... )`.
    Options {
        reset: bool,
        params: Vec<(String, String)>,
    },
    /// `SET LOGGED` / `SET UNLOGGED`.
    Logged(bool),
    /// `VALIDATE CONSTRAINT c`.
    Validate(String),
    /// `RENAME [COLUMN] a TO b`, `RENAME CONSTRAINT a TO b`, `RENAME TO t`.
    RenameColumn {
        old: String,
        new: String,
    },
    RenameConstraint {
        old: String,
        new: String,
    },
    RenameTable(String),
    /// `ENABLE [REPLICA | ALWAYS] TRIGGER t`, `DISABLE TRIGGER t`; `None` for `ALL` / `USER`
    /// (every trigger of the table: the model holds no internal ones).
    TriggerFiring {
        trigger: Option<String>,
        firing: TriggerFiring,
    },
    /// `CLUSTER ON index` (`None`: `SET WITHOUT CLUSTER`).
    ClusterOn(Option<String>),
}

/// The leading words of ALTER TABLE actions gen reports by name when the model cannot hold them.
const UNSUPPORTED_ACTIONS: &[(&[&str], &str)] = &[
    (
        &["ATTACH", "PARTITION"],
        "ALTER TABLE ... ATTACH PARTITION (partitioning is not supported yet)",
    ),
    (
        &["DETACH", "PARTITION"],
        "ALTER TABLE ... DETACH PARTITION (partitioning is not supported yet)",
    ),
    (&["SET", "SCHEMA"], "ALTER TABLE ... SET SCHEMA"),
    (&["SET", "TABLESPACE"], "ALTER TABLE ... SET TABLESPACE"),
    (
        &["SET", "ACCESS", "METHOD"],
        "ALTER TABLE ... SET ACCESS METHOD",
    ),
    (
        &["SET", "WITHOUT", "OIDS"],
        "ALTER TABLE ... SET WITHOUT OIDS",
    ),
    (&["INHERIT"], "ALTER TABLE ... INHERIT"),
    (&["NO", "INHERIT"], "ALTER TABLE ... NO INHERIT"),
    (
        &["ENABLE", "ALWAYS", "RULE"],
        "ALTER TABLE ... ENABLE ALWAYS RULE (the firing state of rules is not modelled)",
    ),
    (
        &["ENABLE", "REPLICA", "RULE"],
        "ALTER TABLE ... ENABLE REPLICA RULE (the firing state of rules is not modelled)",
    ),
    (
        &["ENABLE", "RULE"],
        "ALTER TABLE ... ENABLE RULE (the firing state of rules is not modelled)",
    ),
    (
        &["DISABLE", "RULE"],
        "ALTER TABLE ... DISABLE RULE (the firing state of rules is not modelled)",
    ),
    (&["OF"], "ALTER TABLE ... OF type"),
    (&["NOT", "OF"], "ALTER TABLE ... NOT OF"),
];

impl Builder<'_> {
    /// Takes the actions sqlparser cannot read (and those read more exactly here) out of an
    /// ALTER TABLE. Returns the remaining tokens (None when no action is left) and the actions.
    pub(super) fn strip_token_actions(
        &self,
        toks: Vec<TokenWithSpan>,
    ) -> R<(Option<Vec<TokenWithSpan>>, Vec<LocatedAction>)> {
        let (sigs, ranges) = alter_table_actions(&toks);
        let at = |p: usize, kw: &str| sigs.get(p).is_some_and(|&i| is_kw(&toks[i], kw));
        let mut actions = Vec::new();
        let mut removed: Vec<usize> = Vec::new();
        for (n, &(a, b)) in ranges.iter().enumerate() {
            if b <= a {
                continue;
            }
            let span = toks[sigs[a]].span.start;
            let (line, col) = (span.line as usize, span.column as usize);
            let solid: Vec<&TokenWithSpan> = sigs[a..b].iter().map(|&i| &toks[i]).collect();
            let mut c = Cur::from_solid(solid.clone());
            for (words, what) in UNSUPPORTED_ACTIONS {
                if words.iter().enumerate().all(|(k, w)| at(a + k, w)) && a + words.len() <= b {
                    return Err(self.err(line, col, format!("unsupported statement: {what}")));
                }
            }
            let bad = |b: &Self, what: &str| {
                b.err(
                    line,
                    col,
                    format!("unsupported or malformed ALTER TABLE action: {what}"),
                )
            };
            let action = if at(a, "ALTER") {
                c.kw("ALTER");
                c.kw("COLUMN");
                let Some(column) = c.ident() else { continue };
                if c.kw("RESET") {
                    let params = self.option_list(&mut c, true)?;
                    TokAction::ColumnOptions {
                        column,
                        reset: true,
                        params,
                    }
                } else if !c.kw("SET") {
                    continue;
                } else if c.kw("STATISTICS") {
                    let value = c.int().ok_or_else(|| bad(self, "SET STATISTICS"))?;
                    TokAction::Statistics { column, value }
                } else if c.kw("STORAGE") {
                    let storage = c
                        .ident()
                        .filter(|s| {
                            ["plain", "external", "extended", "main", "default"]
                                .contains(&s.as_str())
                        })
                        .ok_or_else(|| bad(self, "SET STORAGE"))?;
                    TokAction::Storage { column, storage }
                } else if c.kw("COMPRESSION") {
                    return Err(self.err(
                        line,
                        col,
                        "unsupported statement: ALTER TABLE ... ALTER COLUMN ... SET COMPRESSION",
                    ));
                } else if matches!(c.peek().map(|t| &t.token), Some(Token::LParen)) {
                    let params = self.option_list(&mut c, false)?;
                    TokAction::ColumnOptions {
                        column,
                        reset: false,
                        params,
                    }
                } else {
                    continue;
                }
            } else if (at(a, "SET") || at(a, "RESET"))
                && sigs
                    .get(a + 1)
                    .is_some_and(|&i| matches!(toks[i].token, Token::LParen))
            {
                let reset = at(a, "RESET");
                c.i = 1;
                let params = self.option_list(&mut c, reset)?;
                TokAction::Options { reset, params }
            } else if at(a, "SET") && (at(a + 1, "LOGGED") || at(a + 1, "UNLOGGED")) {
                c.i = 2;
                TokAction::Logged(at(a + 1, "LOGGED"))
            } else if at(a, "ENABLE") || at(a, "DISABLE") {
                let firing = if c.kw("DISABLE") {
                    TriggerFiring::Disabled
                } else {
                    c.kw("ENABLE");
                    if c.kw("REPLICA") {
                        TriggerFiring::Replica
                    } else if c.kw("ALWAYS") {
                        TriggerFiring::Always
                    } else {
                        TriggerFiring::Origin
                    }
                };
                if !c.kw("TRIGGER") {
                    continue;
                }
                let all = c.peek().is_some_and(|t| {
                    matches!(&t.token, Token::Word(w) if w.quote_style.is_none()
                        && (w.value.eq_ignore_ascii_case("all")
                            || w.value.eq_ignore_ascii_case("user")))
                });
                let trigger = if all {
                    c.i += 1;
                    None
                } else {
                    Some(
                        c.ident()
                            .ok_or_else(|| bad(self, "ENABLE / DISABLE TRIGGER"))?,
                    )
                };
                TokAction::TriggerFiring { trigger, firing }
            } else if at(a, "CLUSTER") && at(a + 1, "ON") {
                c.i = 2;
                TokAction::ClusterOn(Some(c.ident().ok_or_else(|| bad(self, "CLUSTER ON"))?))
            } else if at(a, "SET") && at(a + 1, "WITHOUT") && at(a + 2, "CLUSTER") {
                c.i = 3;
                TokAction::ClusterOn(None)
            } else if at(a, "VALIDATE") && at(a + 1, "CONSTRAINT") {
                c.i = 2;
                TokAction::Validate(c.ident().ok_or_else(|| bad(self, "VALIDATE CONSTRAINT"))?)
            } else if at(a, "RENAME") {
                c.kw("RENAME");
                if c.kw("TO") {
                    TokAction::RenameTable(c.ident().ok_or_else(|| bad(self, "RENAME TO"))?)
                } else if c.kw("CONSTRAINT") {
                    let old = c.ident().ok_or_else(|| bad(self, "RENAME CONSTRAINT"))?;
                    if !c.kw("TO") {
                        return Err(bad(self, "RENAME CONSTRAINT"));
                    }
                    let new = c.ident().ok_or_else(|| bad(self, "RENAME CONSTRAINT"))?;
                    TokAction::RenameConstraint { old, new }
                } else {
                    c.kw("COLUMN");
                    let old = c.ident().ok_or_else(|| bad(self, "RENAME COLUMN"))?;
                    if !c.kw("TO") {
                        return Err(bad(self, "RENAME COLUMN"));
                    }
                    let new = c.ident().ok_or_else(|| bad(self, "RENAME COLUMN"))?;
                    TokAction::RenameColumn { old, new }
                }
            } else {
                continue;
            };
            if !c.at_end() {
                let (l, cc) = c.pos();
                let t = c.peek().map(|t| t.token.to_string()).unwrap_or_default();
                return Err(self.err(
                    l,
                    cc,
                    format!("unexpected text in ALTER TABLE action: `{t}`"),
                ));
            }
            actions.push((action, line, col));
            // the action's tokens, with one adjacent comma
            let (ra, rb) = if n + 1 < ranges.len() {
                (a, ranges[n + 1].0)
            } else if n > 0 {
                (a - 1, b)
            } else {
                (a, b)
            };
            removed.extend(sigs[ra]..sigs.get(rb).copied().unwrap_or(toks.len()));
        }
        if actions.is_empty() {
            return Ok((Some(toks), actions));
        }
        let any_left = ranges.iter().filter(|&&(a, b)| b > a).count() > actions.len();
        let drop: HashSet<usize> = removed.into_iter().collect();
        let rest: Vec<TokenWithSpan> = toks
            .into_iter()
            .enumerate()
            .filter(|(i, _)| !drop.contains(i))
            .map(|(_, t)| t)
            .collect();
        Ok((any_left.then_some(rest), actions))
    }

    /// Applies the actions taken out by [`Self::strip_token_actions`].
    pub(super) fn apply_token_actions(
        &mut self,
        tq: &QualName,
        actions: Vec<(TokAction, usize, usize)>,
    ) -> R<QualName> {
        let mut tq = tq.clone();
        for (a, line, col) in actions {
            let no_column = |b: &Self, c: &str| {
                b.err(
                    line,
                    col,
                    format!("column {c} of table {tq} does not exist"),
                )
            };
            match a {
                TokAction::Statistics { column, value } => {
                    let Some(c) = table_column(&mut self.schema.tables, &tq, &column) else {
                        return Err(no_column(self, &column));
                    };
                    c.statistics = (value >= 0).then_some(value as i32);
                }
                TokAction::Storage { column, storage } => {
                    let Some(c) = table_column(&mut self.schema.tables, &tq, &column) else {
                        return Err(no_column(self, &column));
                    };
                    let is_enum = c.ty.schema.is_some()
                        && self.schema.enums.contains_key(&QualName::new(
                            c.ty.schema.clone().unwrap_or_default(),
                            c.ty.name.clone(),
                        ));
                    let default = crate::dialect::postgres::default_storage(&c.ty)
                        .or(is_enum.then_some("plain"));
                    c.storage = if storage == "default" || default == Some(storage.as_str()) {
                        None
                    } else {
                        Some(storage)
                    };
                }
                TokAction::ColumnOptions {
                    column,
                    reset,
                    params,
                } => {
                    let Some(c) = table_column(&mut self.schema.tables, &tq, &column) else {
                        return Err(no_column(self, &column));
                    };
                    apply_options(&mut c.options, params, reset);
                }
                TokAction::Options { reset, params } => {
                    let t = self.schema.tables.get_mut(&tq).expect("table");
                    apply_options(&mut t.with, params, reset);
                }
                TokAction::Logged(logged) => {
                    self.schema.tables.get_mut(&tq).expect("table").unlogged = !logged;
                }
                TokAction::Validate(name) => {
                    let t = self.schema.tables.get_mut(&tq).expect("table");
                    match t.constraints.get_mut(&name) {
                        Some(c) => c.not_valid = false,
                        None => {
                            return Err(self.err(
                                line,
                                col,
                                format!("constraint {name} of table {tq} does not exist"),
                            ));
                        }
                    }
                }
                TokAction::RenameColumn { old, new } => {
                    let t = &self.schema.tables[&tq];
                    if t.column(&old).is_none() {
                        return Err(no_column(self, &old));
                    }
                    if t.column(&new).is_some() {
                        return Err(self.err(
                            line,
                            col,
                            format!("column {new} of table {tq} already exists"),
                        ));
                    }
                    self.rename_column_in_model(&tq, &old, &new);
                    if self.opts.migration {
                        let t = self.schema.tables.get_mut(&tq).expect("checked");
                        let c = t.column_mut(&new).expect("renamed");
                        note_rename(&mut c.directives.renamed_from, &old);
                    }
                }
                TokAction::RenameConstraint { old, new } => {
                    let t = &self.schema.tables[&tq];
                    if !t.constraints.contains_key(&old) {
                        return Err(self.err(
                            line,
                            col,
                            format!("constraint {old} of table {tq} does not exist"),
                        ));
                    }
                    if t.constraints.contains_key(&new)
                        || (t.constraints[&old].kind.has_index()
                            && self.rel_taken(&tq.schema, &new))
                    {
                        return Err(self.err(
                            line,
                            col,
                            format!("constraint or relation {new} already exists"),
                        ));
                    }
                    self.rename_constraint_in_model(&tq, &old, &new);
                }
                TokAction::TriggerFiring {
                    trigger: Some(name),
                    firing,
                } => match self
                    .schema
                    .triggers
                    .get_mut(&Trigger::key_of(&tq, &name, false))
                {
                    Some(t) => t.firing = firing,
                    None => {
                        return Err(self.err(
                            line,
                            col,
                            format!("trigger {name} for table {tq} does not exist"),
                        ));
                    }
                },
                TokAction::TriggerFiring {
                    trigger: None,
                    firing,
                } => {
                    for t in self.schema.triggers.values_mut() {
                        if t.table == tq && !t.rule {
                            t.firing = firing;
                        }
                    }
                }
                TokAction::ClusterOn(index) => {
                    if let Some(i) = &index
                        && !self.schema.table_has_index(&tq, i)
                    {
                        return Err(self.err(
                            line,
                            col,
                            format!("CLUSTER ON: {tq} has no index {i}"),
                        ));
                    }
                    self.schema.tables.get_mut(&tq).expect("table").cluster_on = index;
                }
                TokAction::RenameTable(new) => {
                    let nq = QualName::new(tq.schema.clone(), new);
                    if self.rel_taken(&nq.schema, &nq.name) {
                        return Err(self.err(line, col, format!("relation {nq} already exists")));
                    }
                    self.rename_table_in_model(&tq, &nq);
                    if self.opts.migration {
                        let t = self.schema.tables.get_mut(&nq).expect("renamed");
                        note_rename(&mut t.directives.renamed_from, &tq.name);
                    }
                    tq = nq;
                }
            }
        }
        Ok(tq)
    }

    /// `ALTER TABLE t RENAME TO u`: what refers to the table follows it, as PostgreSQL keeps
    /// references by OID (see `diff::rename_table_refs`). Names derived from the old name
    /// (`t_pkey`, `t_id_seq`) stay.
    fn rename_table_in_model(&mut self, old: &QualName, new: &QualName) {
        crate::diff::rename_table_refs(&mut self.schema, old, new, true);
        self.relnames
            .remove(&(old.schema.clone(), old.name.clone()));
        self.relnames.insert((new.schema.clone(), new.name.clone()));
        let keys: Vec<(QualName, String)> = self
            .ident_seqs
            .keys()
            .filter(|(t, _)| t == old)
            .cloned()
            .collect();
        for k in keys {
            let v = self.ident_seqs.remove(&k).expect("listed");
            self.ident_seqs.insert((new.clone(), k.1), v);
        }
    }

    /// `ALTER TABLE t RENAME COLUMN a TO b`: constraints, indexes, sequence ownership and
    /// expressions follow.
    fn rename_column_in_model(&mut self, table: &QualName, old: &str, new: &str) {
        let t = self.schema.tables.get_mut(table).expect("checked");
        t.column_mut(old).expect("checked").name = new.to_string();
        crate::diff::rename_column_refs(&mut self.schema, table, old, new);
        let k = (table.clone(), old.to_string());
        if let Some(v) = self.ident_seqs.remove(&k) {
            self.ident_seqs.insert((table.clone(), new.to_string()), v);
        }
    }
}

impl Builder<'_> {
    /// `ALTER VIEW / MATERIALIZED VIEW / TABLE [IF EXISTS] v RENAME [COLUMN] a TO b` (what gen
    /// writes for a view's renamed output column): the view keeps its query, its output column
    /// gets the new name (in the canonical form as `pg_get_viewdef` prints it, in the statement
    /// as written through its column list), and the column's privileges follow. Other `ALTER
    /// VIEW` forms are reported: the schema file declares what a view becomes.
    pub(super) fn alter_view(&mut self, s: &Stmt) -> R<()> {
        let mut c = Cur::new(s.toks);
        c.kw("ALTER");
        let kind = if c.kw("MATERIALIZED") {
            c.kw("VIEW");
            "ALTER MATERIALIZED VIEW"
        } else if c.kw("VIEW") {
            "ALTER VIEW"
        } else {
            c.kw("TABLE");
            "ALTER TABLE"
        };
        let if_exists = c.kw("IF") && c.kw("EXISTS");
        c.kw("ONLY");
        let (l, col) = c.pos();
        let name = c
            .qualified()
            .and_then(|p| qn_parts(&p))
            .ok_or_else(|| self.err(l, col, format!("{kind}: a view name expected")))?;
        let rename = c.kw("RENAME");
        c.kw("COLUMN");
        let from = c.ident().filter(|_| rename);
        let to = if c.kw("TO") { c.ident() } else { None };
        let (Some(from), Some(to), true) = (from, to, c.at_end()) else {
            let hint = if kind == "ALTER TABLE" {
                String::new()
            } else {
                format!(
                    " ({kind} ... RENAME COLUMN is read; for anything else write the view's final CREATE statement: the schema file declares what it becomes)"
                )
            };
            return Err(self.err_at(s, format!("unsupported statement: {kind}{hint}")));
        };
        let Some(v) = self.schema.views.get_mut(&name) else {
            return if if_exists {
                Ok(())
            } else {
                Err(self.err_at(s, format!("view {name} does not exist")))
            };
        };
        let Some(i) = v.columns.iter().position(|c| c == &from) else {
            return Err(self.err_at(s, format!("view {name} has no column {from}")));
        };
        if v.columns.contains(&to) {
            return Err(self.err_at(s, format!("column {to} of view {name} already exists")));
        }
        let mut columns = v.columns.clone();
        columns[i] = to.clone();
        let (Some(canon), Some(sql)) = (
            crate::dialect::postgres::rename_view_output(&v.definition.canon, i, &to),
            crate::dialect::postgres::with_view_column_list(&v.definition.sql, &columns),
        ) else {
            return Err(self.err_at(
                s,
                format!("unsupported statement: {kind} ... RENAME COLUMN of a view whose query is not a plain SELECT"),
            ));
        };
        v.definition = Definition { sql, canon };
        v.columns = columns;
        let moved: Vec<Grant> = self
            .schema
            .grants
            .iter()
            .filter(|g| matches!(&g.object, GrantObject::Column(t, c) if t == &name && c == &from))
            .cloned()
            .collect();
        for g in moved {
            self.schema.grants.remove(&g);
            self.schema.grants.insert(Grant {
                object: GrantObject::Column(name.clone(), to.clone()),
                ..g
            });
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use crate::model::*;
    use crate::parse::{ParseOptions, parse_schema, parse_schema_with};

    fn schema(sql: &str) -> Schema {
        match parse_schema("t.sql", sql) {
            Ok(p) => p.schema,
            Err(e) => panic!("{sql}\n{e}"),
        }
    }

    fn err(sql: &str) -> String {
        match parse_schema("t.sql", sql) {
            Ok(_) => panic!("expected an error for {sql}"),
            Err(e) => e.to_string(),
        }
    }

    /// `schema` read, then `migration` applied to it as a migration.
    fn migrated(schema: &str, migration: &str) -> Schema {
        let mut r = crate::parse::Reader::new(ParseOptions::default());
        r.read("s.sql", schema).unwrap();
        match r.read_migration("m.sql", migration) {
            Ok(()) => r.finish().schema,
            Err(e) => panic!("{migration}\n{e}"),
        }
    }

    #[test]
    fn inheritance_children_take_their_parents_columns_and_alter_table_recurses() {
        let base = "CREATE TABLE p (id int NOT NULL, kind text DEFAULT 'x', CONSTRAINT k CHECK (kind <> ''));\n\
                    CREATE TABLE c (extra int, kind text NOT NULL) INHERITS (p);";
        let s = schema(base);
        let c = &s.tables[&QualName::public("c")];
        let names: Vec<&str> = c.columns.iter().map(|c| c.name.as_str()).collect();
        // the parent's columns first (a column declared again merged in place), then its own
        assert_eq!(names, ["id", "kind", "extra"]);
        let kind = c.column("kind").unwrap();
        assert!(kind.not_null && kind.default.is_some());
        assert!(c.constraints.contains_key("k"));
        assert_eq!(c.inherits, [QualName::public("p")]);
        // what CREATE TABLE ... INHERITS declares: the merged column and its own, no CHECK
        let shape = s.declared_shape(c);
        let declared: Vec<&str> = shape.columns.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(declared, ["kind", "extra"]);
        assert!(shape.constraints.is_empty());

        let m = migrated(
            base,
            "ALTER TABLE p ADD COLUMN at date;\n\
             ALTER TABLE p ALTER COLUMN id TYPE bigint;\n\
             ALTER TABLE ONLY p ALTER COLUMN kind SET DEFAULT 'y';\n\
             ALTER TABLE p DROP CONSTRAINT k;",
        );
        let c = &m.tables[&QualName::public("c")];
        assert!(c.column("at").is_some(), "ADD COLUMN recurses");
        assert_eq!(
            c.column("id").unwrap().ty.name,
            "bigint",
            "a type change recurses"
        );
        assert_eq!(
            c.column("kind").unwrap().default.as_ref().unwrap().sql,
            "'x'",
            "ONLY keeps the child's default"
        );
        assert!(!c.constraints.contains_key("k"), "DROP CONSTRAINT recurses");
        assert!(
            err("CREATE TABLE p (id int); CREATE TABLE c (id text) INHERITS (p);")
                .contains("type conflict")
        );
        assert!(err("CREATE TABLE c (id int) INHERITS (nope);").contains("INHERITS unknown table"));
    }

    #[test]
    fn dropped_tables_and_columns_leave_publications_and_take_statistics() {
        let base = "CREATE TABLE a (id int PRIMARY KEY, x int, y int);\n\
                    CREATE TABLE b (id int PRIMARY KEY);\n\
                    CREATE STATISTICS a_xy ON x, y FROM a;\n\
                    CREATE STATISTICS a_id_x ON id, x FROM a;\n\
                    CREATE PUBLICATION p FOR TABLE a, b;\n";
        let s = migrated(base, "ALTER TABLE a DROP COLUMN y;\nDROP TABLE b;\n");
        // written as the remaining objects would be
        let expected = schema(
            "CREATE TABLE a (id int PRIMARY KEY, x int);\n\
             CREATE STATISTICS a_id_x ON id, x FROM a;\n\
             CREATE PUBLICATION p FOR TABLE a;\n",
        );
        let canon = |s: &Schema| -> Vec<(String, String)> {
            s.objects
                .iter()
                .map(|(k, o)| (k.clone(), o.definition.canon.clone()))
                .collect()
        };
        assert_eq!(canon(&s), canon(&expected));
        let p = &s.objects["PUBLICATION p"];
        assert_eq!(p.mentions, vec![QualName::public("a")]);
        // the statements kept for the publication create what it became
        assert!(
            p.definition.sql.contains("ADD TABLE ONLY public.a")
                && !p.definition.sql.contains("public.b"),
            "{}",
            p.definition.sql
        );
    }

    #[test]
    fn migrations_keep_renames_and_using_as_directives() {
        let base = "CREATE TABLE t (id int PRIMARY KEY, a text, n int);\n\
                    CREATE INDEX t_a_idx ON t (a);\n\
                    CREATE TYPE mood AS ENUM ('sad', 'ok');\n";
        let s = migrated(
            base,
            "ALTER TABLE t RENAME COLUMN a TO b;\n\
             ALTER TABLE t RENAME COLUMN b TO c;\n\
             ALTER TABLE t RENAME TO u;\n\
             ALTER TABLE u RENAME CONSTRAINT t_pkey TO u_pkey;\n\
             ALTER INDEX t_a_idx RENAME TO u_c_idx;\n\
             ALTER TYPE mood RENAME VALUE 'ok' TO 'fine';\n\
             ALTER TYPE mood RENAME TO feeling;\n\
             ALTER TABLE u ALTER COLUMN n TYPE bigint USING n * 10;\n\
             UPDATE u SET n = 1;\n\
             DO $$ BEGIN END $$;\n",
        );
        let u = &s.tables[&QualName::public("u")];
        assert_eq!(u.directives.renamed_from.as_deref(), Some("t"));
        // the name before the first rename
        assert_eq!(
            u.column("c").unwrap().directives.renamed_from.as_deref(),
            Some("a")
        );
        assert_eq!(
            u.column("n").unwrap().directives.using.as_deref(),
            Some("n * 10")
        );
        assert_eq!(
            u.constraints
                .get("u_pkey")
                .expect("u_pkey")
                .directives
                .renamed_from
                .as_deref(),
            Some("t_pkey")
        );
        let i = &s.indexes[&QualName::public("u_c_idx")];
        assert_eq!(i.directives.renamed_from.as_deref(), Some("t_a_idx"));
        let e = &s.enums[&QualName::public("feeling")];
        assert_eq!(e.directives.renamed_from.as_deref(), Some("mood"));
        assert_eq!(e.label_renames.get("fine").map(String::as_str), Some("ok"));
        // a schema file's renames are not directives: they describe no change
        let plain = schema(&format!("{base}ALTER TABLE t RENAME TO u;\n"));
        assert!(
            plain.tables[&QualName::public("u")]
                .directives
                .renamed_from
                .is_none()
        );
    }

    #[test]
    fn policies_composite_types_and_sequences_alter_in_place() {
        let s = migrated(
            "CREATE TABLE d (id int, owner text);\n\
             CREATE POLICY p ON d USING (owner = current_user);\n\
             CREATE TYPE addr AS (street text, floor int);\n\
             CREATE SEQUENCE s;\n\
             CREATE TABLE n (id int DEFAULT nextval('s'));\n",
            "ALTER POLICY p ON d TO app_reader, app_writer WITH CHECK (owner IS NOT NULL);\n\
             ALTER POLICY p ON d RENAME TO q;\n\
             ALTER TYPE addr DROP ATTRIBUTE floor, ADD ATTRIBUTE zip varchar(10) COLLATE \"C\", \
             ALTER ATTRIBUTE street TYPE varchar(200);\n\
             ALTER SEQUENCE s RENAME TO n_id_seq;\n",
        );
        let p = &s.policies["public.d.q"];
        assert_eq!(p.roles, ["app_reader", "app_writer"]);
        assert!(p.using.is_some() && p.with_check.is_some());
        let a = &s.composites[&QualName::public("addr")];
        let attrs: Vec<(&str, String)> = a
            .attributes
            .iter()
            .map(|a| (a.name.as_str(), crate::dialect::postgres::attribute_sql(a)))
            .collect();
        assert_eq!(
            attrs,
            [
                ("street", "street character varying(200)".to_string()),
                ("zip", "zip character varying(10) COLLATE \"C\"".to_string())
            ]
        );
        assert!(s.sequences.contains_key(&QualName::public("n_id_seq")));
        let default = &s.tables[&QualName::public("n")].columns[0].default;
        assert!(
            default.as_ref().unwrap().sql.contains("'n_id_seq'"),
            "{default:?}"
        );
    }

    #[test]
    fn partitioned_tables_drop_what_postgresql_drops_with_them() {
        let s = migrated(
            "CREATE TABLE r (id int PRIMARY KEY);\n\
             CREATE TABLE p (id int, k int, rid int) PARTITION BY LIST (k);\n\
             CREATE TABLE p1 PARTITION OF p FOR VALUES IN (1);\n\
             ALTER TABLE p ADD CONSTRAINT p_pkey PRIMARY KEY (id, k);\n\
             CREATE TABLE q (id int, k int) PARTITION BY LIST (k);\n\
             CREATE TABLE q1 PARTITION OF q FOR VALUES IN (1);\n",
            // the parent's key goes with its partitions' indexes, whose names are free again;
            // a partition's foreign key equal to its parent's new one is attached to it; a
            // partitioned table goes with its partitions
            "ALTER TABLE p DROP CONSTRAINT p_pkey;\n\
             CREATE UNIQUE INDEX p1_pkey ON p1 (id, k);\n\
             ALTER TABLE p1 ADD CONSTRAINT p1_rid_fkey FOREIGN KEY (rid) REFERENCES r (id);\n\
             ALTER TABLE p ADD CONSTRAINT p_rid_fkey FOREIGN KEY (rid) REFERENCES r (id);\n\
             DROP TABLE q;\n",
        );
        assert!(s.indexes.contains_key(&QualName::public("p1_pkey")));
        assert!(s.tables[&QualName::public("p1")].constraints.is_empty());
        assert!(
            s.tables[&QualName::public("p")]
                .constraints
                .contains_key("p_rid_fkey")
        );
        assert!(!s.tables.contains_key(&QualName::public("q1")));
    }

    #[test]
    fn clean_prelude_drops_of_what_does_not_exist_yet_are_no_ops() {
        let s = schema(
            "DROP INDEX IF EXISTS public.t_a_idx;
             ALTER TABLE IF EXISTS ONLY public.t DROP CONSTRAINT IF EXISTS t_pkey;
             DROP TABLE IF EXISTS public.t;
             DROP DOMAIN IF EXISTS public.d;
             DROP EXTENSION IF EXISTS plpgsql;
             CREATE TABLE public.t (a int PRIMARY KEY);
             CREATE INDEX t_a_idx ON t (a);",
        );
        assert!(s.tables.contains_key(&QualName::public("t")));
        assert!(s.indexes.contains_key(&QualName::public("t_a_idx")));
    }

    #[test]
    fn drops_apply_in_file_order_with_what_goes_with_them() {
        let s = schema(
            "CREATE TABLE a (id serial PRIMARY KEY, n int GENERATED ALWAYS AS IDENTITY);
             CREATE INDEX a_n ON a (n);
             CREATE TABLE b (id int REFERENCES a);
             DROP TABLE a CASCADE;
             CREATE TABLE a (id serial PRIMARY KEY, n int GENERATED ALWAYS AS IDENTITY);",
        );
        // the serial's sequence and the identity's name were freed with the table
        assert!(s.sequences.contains_key(&QualName::public("a_id_seq")));
        assert!(s.indexes.is_empty());
        assert!(s.tables[&QualName::public("b")].constraints.is_empty());
        let e = err(
            "CREATE TABLE a (id int PRIMARY KEY); CREATE TABLE b (id int REFERENCES a);\nDROP TABLE a;",
        );
        assert!(
            e.starts_with("cannot drop table public.a: constraint b_id_fkey")
                && e.contains("--> t.sql:2:12"),
            "{e}"
        );
        let e = err("CREATE TABLE a (id int);\nDROP TABLE b;");
        assert!(
            e.starts_with("DROP TABLE: table b does not exist") && e.contains("--> t.sql:2:12"),
            "{e}"
        );
        let e = err("CREATE TABLE a (id int PRIMARY KEY);\nDROP INDEX a_pkey;");
        assert!(
            e.contains("constraint a_pkey on table public.a requires it"),
            "{e}"
        );
    }

    #[test]
    fn renames_follow_references() {
        let s = schema(
            "CREATE TABLE users (id int PRIMARY KEY, email text);
             CREATE TABLE posts (id int, user_id int REFERENCES users);
             CREATE INDEX users_email ON users (email);
             ALTER TABLE users RENAME COLUMN email TO mail;
             ALTER TABLE users RENAME TO people;
             ALTER TABLE people RENAME CONSTRAINT users_pkey TO people_pkey;
             ALTER INDEX users_email RENAME TO people_mail;",
        );
        let p = &s.tables[&QualName::public("people")];
        assert!(p.column("mail").is_some() && p.constraints.contains_key("people_pkey"));
        let i = &s.indexes[&QualName::public("people_mail")];
        assert_eq!(i.table, QualName::public("people"));
        assert_eq!(i.keys[0].key, IndexKeyExpr::Column("mail".into()));
        let fk = &s.tables[&QualName::public("posts")]
            .constraints
            .get("posts_user_id_fkey")
            .expect("posts_user_id_fkey");
        assert!(
            matches!(&fk.kind, ConstraintKind::ForeignKey { ref_table, .. } if ref_table == &QualName::public("people"))
        );
    }

    #[test]
    fn enum_alterations_in_order() {
        let s = schema(
            "CREATE TYPE st AS ENUM ('a', 'c');
             ALTER TYPE st ADD VALUE 'b' BEFORE 'c';
             ALTER TYPE st ADD VALUE IF NOT EXISTS 'a';
             ALTER TYPE st ADD VALUE 'd';
             ALTER TYPE st RENAME VALUE 'a' TO 'z';
             ALTER TYPE st RENAME TO state;",
        );
        assert_eq!(
            s.enums[&QualName::public("state")].labels,
            ["z", "b", "c", "d"]
        );
    }

    #[test]
    fn storage_statistics_and_parameters() {
        let s = schema(
            "CREATE TABLE t (a text, b int, c text) WITH (fillfactor = 70, toast.autovacuum_enabled = false);
             ALTER TABLE ONLY t ALTER COLUMN a SET STORAGE EXTENDED, ALTER COLUMN c SET STORAGE EXTERNAL;
             ALTER TABLE t ALTER COLUMN b SET STATISTICS 500;
             ALTER TABLE t SET (autovacuum_enabled = off), RESET (fillfactor);
             CREATE INDEX t_lower ON t (lower(a));
             ALTER INDEX t_lower ALTER COLUMN 1 SET STATISTICS 300;",
        );
        let t = &s.tables[&QualName::public("t")];
        // EXTENDED is text's own storage: the same as not written
        assert_eq!(t.column("a").unwrap().storage, None);
        assert_eq!(t.column("c").unwrap().storage.as_deref(), Some("external"));
        assert_eq!(t.column("b").unwrap().statistics, Some(500));
        assert_eq!(
            t.with,
            [
                ("toast.autovacuum_enabled".to_string(), "false".to_string()),
                ("autovacuum_enabled".to_string(), "off".to_string())
            ]
        );
        assert_eq!(
            s.indexes[&QualName::public("t_lower")].statistics,
            [(1, 300)]
        );
        let e = err(
            "CREATE TABLE t (a int);\nCREATE INDEX i ON t (a);\nALTER INDEX i ALTER COLUMN 1 SET STATISTICS 10;",
        );
        assert!(e.contains("is not an expression"), "{e}");
    }

    #[test]
    fn partition_statements_on_plain_tables_are_refused() {
        let e = err(
            "CREATE TABLE t (a int);\nALTER TABLE ONLY t ATTACH PARTITION t_2024 FOR VALUES FROM (1) TO (2);",
        );
        assert!(
            e.starts_with("public.t is not partitioned") && e.contains("--> t.sql:2:"),
            "{e}"
        );
        let e = err(
            "CREATE TABLE t (a int);\nCREATE INDEX i ON t (a);\nALTER INDEX i ATTACH PARTITION j;",
        );
        assert!(e.contains("--> t.sql:3:"), "{e}");
    }

    #[test]
    fn data_statements_are_skipped_with_a_note_or_refused_when_strict() {
        let sql = "CREATE TABLE schema_migrations (version text PRIMARY KEY);\nINSERT INTO \"schema_migrations\" (version) VALUES ('1'), ('2');\nDO $$ BEGIN NULL; END $$;";
        let p = parse_schema("t.sql", sql).unwrap();
        assert_eq!(p.notes.len(), 1, "{:?}", p.notes);
        assert!(
            p.notes[0].contains("skipped 2 data statements"),
            "{:?}",
            p.notes
        );
        let e = parse_schema_with(
            "t.sql",
            sql,
            ParseOptions {
                strict: true,
                ..Default::default()
            },
        )
        .unwrap_err()
        .to_string();
        assert!(
            e.starts_with("INSERT INTO schema_migrations is a data statement")
                && e.contains("--> t.sql:2:1"),
            "{e}"
        );
    }

    #[test]
    fn a_dropped_column_takes_its_privileges() {
        let s = migrated(
            "CREATE TABLE t (id int, a text, b text);\nGRANT SELECT (a), SELECT (b) ON t TO PUBLIC;\n",
            "ALTER TABLE t DROP COLUMN a;\n",
        );
        let cols: Vec<&GrantObject> = s.grants.iter().map(|g| &g.object).collect();
        assert_eq!(
            cols,
            [&GrantObject::Column(QualName::public("t"), "b".into())]
        );
    }

    #[test]
    fn view_columns_renamed_in_place_read_back() {
        let base = "CREATE TABLE users (id int, email text);\n\
                    CREATE VIEW v AS SELECT id, email FROM users;\n\
                    COMMENT ON VIEW v IS 'kept';\n\
                    GRANT SELECT (email) ON v TO app_reader;\n";
        let file = |sql: &str| {
            let mut r = crate::parse::Reader::new(ParseOptions::default());
            r.read("new.sql", sql).unwrap();
            r.finish().schema
        };
        for alter in [
            "ALTER VIEW v RENAME COLUMN email TO mail;",
            "ALTER TABLE public.v RENAME COLUMN email TO mail;",
        ] {
            let s = migrated(base, alter);
            let v = &s.views[&QualName::public("v")];
            assert_eq!(v.columns, ["id", "mail"]);
            assert!(
                v.definition.sql.contains("v (id, mail) AS"),
                "{}",
                v.definition.sql
            );
            assert!(
                s.grants
                    .iter()
                    .any(|g| g.object == GrantObject::Column(QualName::public("v"), "mail".into())),
                "{:?}",
                s.grants
            );
            // the same view as a file writes it
            let written = file(&base.replace("SELECT id, email", "SELECT id, email AS mail"));
            let w = &written.views[&QualName::public("v")];
            assert_eq!(v.definition.canon, w.definition.canon);
        }
        // CREATE OR REPLACE keeps the comment
        let s = migrated(
            base,
            "CREATE OR REPLACE VIEW v AS SELECT id, email, upper(email) AS e FROM users;",
        );
        assert_eq!(
            s.views[&QualName::public("v")].comment.as_deref(),
            Some("kept")
        );
        let refused = crate::parse::Reader::new(ParseOptions::default());
        let mut r = refused;
        r.read("s.sql", base).unwrap();
        let e = r
            .read_migration("m.sql", "ALTER VIEW v SET (security_barrier = true);")
            .unwrap_err()
            .to_string();
        assert!(e.contains("unsupported statement: ALTER VIEW"), "{e}");
    }

    #[test]
    fn owners_are_ignored_for_every_kind() {
        schema(
            "CREATE FUNCTION f(a int, b int) RETURNS int LANGUAGE sql AS $$ SELECT a + b $$;
             ALTER FUNCTION public.f(a integer, b integer) OWNER TO postgres;
             CREATE SEQUENCE s; ALTER TABLE public.s OWNER TO postgres;
             CREATE VIEW v AS SELECT 1 AS one; ALTER TABLE public.v OWNER TO postgres;
             ALTER SCHEMA public OWNER TO pg_database_owner;",
        );
    }
}
