//! `gen lint`: the risks of a hand-written (or agent-written) migration file, statement by
//! statement: each risky statement gets a stable risk code ([`RiskCode`]), the lock it takes, whether
//! it rewrites or scans the table (facts from [`Ddl`], the dialect's one table of them), and the
//! safe alternative `gen diff` would write instead.
//!
//! The file is split with the schema parser's tokenizer-based splitter and each statement is
//! parsed alone (sqlparser). A table created earlier in the same file is new and empty: what is
//! done to it is not risky. With the old schema, the linter knows the old column types (a type
//! change that is binary coercible does not rewrite) and the tables' `-- @rows N`; small tables
//! (`@rows`, `--table-sizes`, or `-- @rows N` before the statement) lower the severity of lock,
//! scan and rewrite risks as in the planner.

use crate::Input;
use crate::diagnostic::{Diagnostic, Kind};
use crate::dialect::postgres::{self as pg, Ddl, Lock};
use crate::error::Error;
use crate::model::{ConstraintKind, QualName, Schema, TypeRef};
use crate::parse::Statement;
use crate::risk::{Risk, RiskCode, Severity};
use sqlparser::ast::{
    AlterColumnOperation, AlterIndexOperation, AlterTableOperation, ColumnDef, ColumnOption,
    GeneratedAs, Ident, ObjectName, ObjectType, Statement as Ast, TableConstraint,
};
use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::parser::Parser;
use sqlparser::tokenizer::{Token, Word};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::ops::Range;

/// What the linter knows besides the migration.
#[derive(Debug, Clone)]
pub struct LintOptions {
    /// PostgreSQL major version the migration runs on.
    pub pg_version: u32,
    /// Tables with fewer known rows are small.
    pub small_table_rows: u64,
    /// Known row counts (`--table-sizes`).
    pub table_sizes: BTreeMap<QualName, u64>,
}

impl Default for LintOptions {
    fn default() -> Self {
        LintOptions {
            pg_version: 15,
            small_table_rows: 10_000,
            table_sizes: BTreeMap::new(),
        }
    }
}

/// One risk of one statement.
#[derive(Debug, Clone)]
pub struct Finding {
    pub risk: Risk,
    /// The statement: byte range in the file, and its 1-based line and column.
    pub span: Range<usize>,
    pub line: usize,
    pub column: usize,
    /// What to write instead (SQL or steps), as `gen diff` would.
    pub alternative: String,
}

/// A statement the linter could not read (reported, never skipped in silence).
#[derive(Debug, Clone)]
pub struct Unread {
    pub span: Range<usize>,
    pub line: usize,
    pub column: usize,
    pub reason: String,
}

/// The result of linting one file.
#[derive(Debug, Clone, Default)]
pub struct Report {
    pub findings: Vec<Finding>,
    pub unread: Vec<Unread>,
}

impl Report {
    /// The highest severity found, if any.
    pub fn worst(&self) -> Option<Severity> {
        self.findings.iter().map(|f| f.risk.severity).max()
    }

    /// The report as text: one located diagnostic per finding (high: error, medium: warning, low:
    /// note), then a summary line.
    pub fn render(&self, input: &Input, color: bool) -> String {
        let mut out = String::new();
        for f in &self.findings {
            let kind = match f.risk.severity {
                Severity::High => Kind::Error,
                Severity::Medium => Kind::Warning,
                Severity::Low => Kind::Note,
            };
            let mut facts = Vec::new();
            if let Some(lock) = f.risk.lock {
                facts.push(format!("lock {}", lock.as_str()));
            }
            facts.push(
                if f.risk.rewrite {
                    "rewrites the table"
                } else {
                    "no rewrite"
                }
                .into(),
            );
            facts.push(
                if f.risk.scan {
                    "scans the table"
                } else {
                    "no scan"
                }
                .into(),
            );
            let d = Diagnostic {
                kind,
                code: Some(f.risk.code.as_str()),
                title: f.risk.message.clone(),
                file: &input.path,
                text: &input.text,
                first_line: 1,
                span: f.span.clone(),
                label: None,
                notes: vec![(Kind::Note, facts.join(", "))],
                help: vec![
                    f.risk.help.to_string(),
                    format!("instead: {}", f.alternative),
                ],
            };
            out.push_str(&d.render(color));
            out.push_str("\n\n");
        }
        for u in &self.unread {
            let d = Diagnostic {
                kind: Kind::Warning,
                code: Some("not-checked"),
                title: format!("this statement was not checked: {}", u.reason),
                file: &input.path,
                text: &input.text,
                first_line: 1,
                span: u.span.clone(),
                label: None,
                notes: Vec::new(),
                help: Vec::new(),
            };
            out.push_str(&d.render(color));
            out.push_str("\n\n");
        }
        let count = |s: Severity| {
            self.findings
                .iter()
                .filter(|f| f.risk.severity == s)
                .count()
        };
        out.push_str(&format!(
            "{}: {} high, {} medium, {} low risk(s){}\n",
            input.path,
            count(Severity::High),
            count(Severity::Medium),
            count(Severity::Low),
            if self.unread.is_empty() {
                String::new()
            } else {
                format!(", {} statement(s) not checked", self.unread.len())
            }
        ));
        out
    }
}

fn fold(i: &Ident) -> String {
    if i.quote_style.is_some() {
        i.value.clone()
    } else {
        i.value.to_lowercase()
    }
}

fn qual(n: &ObjectName) -> QualName {
    let parts: Vec<String> = n.0.iter().filter_map(|p| p.as_ident().map(fold)).collect();
    match parts.as_slice() {
        [.., schema, name] => QualName::new(schema.clone(), name.clone()),
        [name] => QualName::public(name.clone()),
        [] => QualName::public(n.to_string()),
    }
}

fn upper_words(st: &Statement) -> Vec<String> {
    st.words()
        .filter_map(|t| match t {
            Token::Word(Word { value, .. }) => Some(value.to_uppercase()),
            _ => None,
        })
        .collect()
}

/// Where `keyword` (the first word token spelled so) ends in the file's text, to insert after it.
fn after_keyword(st: &Statement, text: &str, keyword: &str) -> Option<usize> {
    let tok = st
        .tokens
        .iter()
        .find(|t| matches!(&t.token, Token::Word(w) if w.value.eq_ignore_ascii_case(keyword)))?;
    Some(crate::diagnostic::offset_of(
        text,
        tok.span.end.line as usize,
        tok.span.end.column as usize,
    ))
}

fn with_inserted(text: &str, st: &Statement, keyword: &str, insert: &str) -> Option<String> {
    let at = after_keyword(st, text, keyword)?;
    Some(format!(
        "{}{insert}{};",
        &text[st.span.start..at],
        &text[at..st.span.end]
    ))
}

/// `-- @rows N` written in the gap before a statement.
fn rows_directive(gap: &str) -> Option<u64> {
    gap.lines().rev().find_map(|l| {
        let at = l.find("@rows")?;
        l[at + 5..].split_whitespace().next()?.parse().ok()
    })
}

struct Linter<'a> {
    input: &'a Input,
    schema: Option<&'a Schema>,
    opts: &'a LintOptions,
    report: Report,
    /// Tables created by this file: new, empty.
    created: HashSet<QualName>,
    /// Constraints added `NOT VALID` in this file: name -> table.
    not_valid: HashMap<String, QualName>,
    /// CHECK constraints proving `col IS NOT NULL`: (table, constraint) -> column, and which of
    /// them are validated.
    not_null_checks: HashMap<(QualName, String), String>,
    validated: HashSet<(QualName, String)>,
    lock_timeout: bool,
    warned_lock_timeout: bool,
    /// Inside an explicit BEGIN ... COMMIT.
    in_block: bool,
    /// The file has more than one statement: golang-migrate sends it as one query string, one
    /// implicit transaction.
    multi_statement: bool,
}

impl Linter<'_> {
    fn rows(&self, table: &QualName, here: Option<u64>) -> Option<u64> {
        here.or_else(|| {
            self.schema
                .and_then(|s| s.tables.get(table))
                .and_then(|t| t.directives.rows)
        })
        .or_else(|| self.opts.table_sizes.get(table).copied())
    }

    fn column_type(&self, table: &QualName, column: &str) -> Option<&TypeRef> {
        self.schema?
            .tables
            .get(table)?
            .column(column)
            .map(|c| &c.ty)
    }

    fn push(
        &mut self,
        st: &Statement,
        table: Option<(&QualName, Option<u64>)>,
        code: RiskCode,
        ddl: Option<Ddl>,
        message: String,
        alternative: String,
    ) {
        let v = self.opts.pg_version;
        let mut risk = Risk::new(code, ddl.map(|d| d.lock(v)), message);
        if let Some(d) = ddl {
            risk.rewrite = d.rewrites();
            risk.scan = d.scans(v);
        }
        let lowers = matches!(
            code,
            RiskCode::TableRewrite
                | RiskCode::BlocksWrites
                | RiskCode::ExclusiveLock
                | RiskCode::ValidatesScan
                | RiskCode::MissingLockTimeout
        );
        if let Some((t, here)) = table
            && lowers
            && self
                .rows(t, here)
                .is_some_and(|n| n < self.opts.small_table_rows)
        {
            risk = risk.on_small_table();
            risk.message.push_str(" (a small table: brief)");
        }
        self.report.findings.push(Finding {
            risk,
            span: st.span.clone(),
            line: st.line,
            column: st.column,
            alternative,
        });
    }

    /// A statement that waits for a lock the application conflicts with, with no lock_timeout.
    fn needs_lock_timeout(
        &mut self,
        st: &Statement,
        table: &QualName,
        here: Option<u64>,
        ddl: Ddl,
    ) {
        if self.lock_timeout || self.warned_lock_timeout || !ddl.in_transaction() {
            return;
        }
        if ddl.lock(self.opts.pg_version) < Lock::Share {
            return;
        }
        self.warned_lock_timeout = true;
        self.push(
            st,
            Some((table, here)),
            RiskCode::MissingLockTimeout,
            Some(ddl),
            format!(
                "{} on {table} is requested with no lock_timeout set: while it waits, every query on the table queues behind it",
                ddl.lock(self.opts.pg_version).as_str()
            ),
            "SET lock_timeout = '5s'; as the file's first statement (gen diff writes SET LOCAL lock_timeout in every transactional file)".into(),
        );
    }

    fn statement(&mut self, st: &Statement, here: Option<u64>) {
        let text = &self.input.text;
        let words = upper_words(st);
        let w = |i: usize| words.get(i).map(String::as_str).unwrap_or("");
        match (w(0), w(1)) {
            ("BEGIN", _) | ("START", "TRANSACTION") => {
                self.in_block = true;
                return;
            }
            ("COMMIT" | "END" | "ROLLBACK" | "ABORT", _) => {
                self.in_block = false;
                return;
            }
            ("SET", _) => {
                let name = if matches!(w(1), "LOCAL" | "SESSION") {
                    w(2)
                } else {
                    w(1)
                };
                if name == "LOCK_TIMEOUT" {
                    let zero = st.words().any(|t| {
                        matches!(t, Token::Number(n, _) if n == "0")
                            || matches!(t, Token::SingleQuotedString(s) if s.trim() == "0")
                    });
                    self.lock_timeout = !zero;
                }
                return;
            }
            // sqlparser reads no rules; like a trigger's, a rule's CREATE and DROP hold the
            // table's lock only for a catalog change.
            ("CREATE", "RULE") | ("DROP", "RULE") => return,
            ("CREATE", "OR") if w(2) == "REPLACE" && w(3) == "RULE" => return,
            // sqlparser reads CONCURRENTLY as the index name here: handle it by token.
            ("DROP", "INDEX") if w(2) == "CONCURRENTLY" => {
                self.concurrently_in_transaction(st, "DROP INDEX CONCURRENTLY");
                return;
            }
            _ => {}
        }
        let parsed = Parser::new(&PostgreSqlDialect {})
            .with_tokens_with_locations(st.tokens.clone())
            .parse_statement();
        let ast = match parsed {
            Ok(ast) => ast,
            Err(e) => {
                let reason = e.to_string();
                let reason = reason
                    .split(" at Line: ")
                    .next()
                    .unwrap_or(&reason)
                    .to_string();
                self.report.unread.push(Unread {
                    span: st.span.clone(),
                    line: st.line,
                    column: st.column,
                    reason: format!("sqlparser cannot read it ({reason})"),
                });
                return;
            }
        };
        match &ast {
            Ast::CreateTable(ct) => {
                self.created.insert(qual(&ct.name));
            }
            Ast::AlterTable(at) => {
                let table = qual(&at.name);
                for op in &at.operations {
                    self.alter_table(st, &table, here, op, text);
                }
            }
            Ast::CreateIndex(ci) => {
                let table = qual(&ci.table_name);
                if ci.concurrently {
                    self.concurrently_in_transaction(st, "CREATE INDEX CONCURRENTLY");
                    return;
                }
                if self.created.contains(&table) {
                    return;
                }
                let ddl = Ddl::CreateIndex {
                    concurrently: false,
                };
                self.needs_lock_timeout(st, &table, here, ddl);
                let alt = with_inserted(text, st, "INDEX", " CONCURRENTLY")
                    .map(|s| format!("{s} alone in its own migration file"))
                    .unwrap_or_else(|| "CREATE INDEX CONCURRENTLY, alone in its own file".into());
                self.push(
                    st,
                    Some((&table, here)),
                    RiskCode::BlocksWrites,
                    Some(ddl),
                    format!("CREATE INDEX on existing table {table} blocks writes (SHARE lock) while it builds"),
                    alt,
                );
            }
            Ast::Drop {
                object_type, names, ..
            } => {
                for name in names {
                    let name = qual(name);
                    match object_type {
                        ObjectType::Table if !self.created.contains(&name) => {
                            self.push(
                                st,
                                Some((&name, here)),
                                RiskCode::DeletesData,
                                Some(Ddl::DropTable),
                                format!("DROP TABLE {name} deletes the table and its rows"),
                                "drop it in a contract-phase migration once no application version uses it, after a backup (gen diff refuses drops without --allow-data-loss)".into(),
                            );
                        }
                        ObjectType::Index => {
                            let ddl = Ddl::DropIndex {
                                concurrently: false,
                            };
                            let alt = with_inserted(text, st, "INDEX", " CONCURRENTLY")
                                .map(|s| format!("{s} alone in its own migration file"))
                                .unwrap_or_else(|| {
                                    "DROP INDEX CONCURRENTLY, alone in its own file".into()
                                });
                            self.push(
                                st,
                                None,
                                RiskCode::ExclusiveLock,
                                Some(ddl),
                                format!("DROP INDEX {name} takes ACCESS EXCLUSIVE on its table: reads and writes wait"),
                                alt,
                            );
                        }
                        _ => {}
                    }
                }
            }
            Ast::AlterIndex {
                name,
                operation: AlterIndexOperation::RenameIndex { .. },
            } => {
                let name = qual(name);
                self.push(
                    st,
                    None,
                    RiskCode::BreaksOldApp,
                    Some(Ddl::RenameIndex),
                    format!("renaming index {name}: code or hints naming the old index break"),
                    "keep the name, or rename only once no application version names it".into(),
                );
            }
            _ => {}
        }
    }

    fn concurrently_in_transaction(&mut self, st: &Statement, what: &str) {
        if !(self.in_block || self.multi_statement) {
            return;
        }
        let why = if self.in_block {
            "inside BEGIN ... COMMIT"
        } else {
            "in a file with other statements, which golang-migrate runs as one transaction"
        };
        let ddl = if what.starts_with("CREATE") {
            Ddl::CreateIndex { concurrently: true }
        } else {
            Ddl::DropIndex { concurrently: true }
        };
        self.push(
            st,
            None,
            RiskCode::FailsInTransaction,
            Some(ddl),
            format!("{what} cannot run in a transaction block, and this one is {why}"),
            format!(
                "move `{};` alone into its own migration file",
                st.text(&self.input.text)
            ),
        );
    }

    fn add_column(&mut self, st: &Statement, table: &QualName, here: Option<u64>, col: &ColumnDef) {
        let name = fold(&col.name);
        let mut default = None;
        let mut not_null = false;
        let mut generated = false;
        for o in &col.options {
            match &o.option {
                ColumnOption::Default(e) => default = Some(e.to_string()),
                ColumnOption::NotNull => not_null = true,
                ColumnOption::PrimaryKey(_) => not_null = true,
                ColumnOption::Generated { generated_as, .. } => {
                    generated = matches!(
                        generated_as,
                        GeneratedAs::Always | GeneratedAs::ByDefault | GeneratedAs::ExpStored
                    )
                }
                _ => {}
            }
        }
        let ty = col.data_type.to_string().to_lowercase();
        let serial = matches!(
            ty.as_str(),
            "serial" | "bigserial" | "smallserial" | "serial4" | "serial8" | "serial2"
        );
        let volatile = default.as_deref().is_some_and(pg::is_volatile);
        let rewrites = volatile || generated || serial;
        let ddl = Ddl::AddColumn { rewrites };
        self.needs_lock_timeout(st, table, here, ddl);
        if rewrites {
            let what = if volatile {
                format!("a volatile default ({})", default.as_deref().unwrap_or(""))
            } else if serial {
                "a serial type (its nextval() default is volatile)".into()
            } else {
                "an identity or stored generated expression".into()
            };
            self.push(
                st,
                Some((table, here)),
                RiskCode::TableRewrite,
                Some(ddl),
                format!("ADD COLUMN {name} with {what} rewrites {table} under ACCESS EXCLUSIVE"),
                format!(
                    "add {name} without the default, SET DEFAULT for new rows, fill existing rows in batches, then SET NOT NULL through a validated CHECK (gen diff does this for a new column with a volatile default)"
                ),
            );
        } else if not_null && default.is_none() {
            self.push(
                st,
                Some((table, here)),
                RiskCode::FailsWithRows,
                Some(ddl),
                format!("ADD COLUMN {name} NOT NULL without a DEFAULT fails if {table} has rows"),
                format!(
                    "add {name} nullable (or with a constant DEFAULT), fill it in batches, then ADD CONSTRAINT ... CHECK ({name} IS NOT NULL) NOT VALID, VALIDATE it in a later file, and SET NOT NULL (gen diff with `-- @backfill EXPR` on the column does this)"
                ),
            );
        }
    }

    fn alter_table(
        &mut self,
        st: &Statement,
        table: &QualName,
        here: Option<u64>,
        op: &AlterTableOperation,
        text: &str,
    ) {
        let v = self.opts.pg_version;
        if self.created.contains(table) {
            // A table this file created is empty: nothing to scan or rewrite, nobody to break.
            if let AlterTableOperation::AddConstraint {
                constraint,
                not_valid,
            } = op
                && *not_valid
                && let Some(name) = constraint_name(constraint)
            {
                self.not_valid.insert(name, table.clone());
            }
            return;
        }
        match op {
            AlterTableOperation::AddColumn { column_def, .. } => {
                self.add_column(st, table, here, column_def)
            }
            AlterTableOperation::DropColumn { column_names, .. } => {
                let names: Vec<String> = column_names.iter().map(fold).collect();
                self.push(
                    st,
                    Some((table, here)),
                    RiskCode::DeletesData,
                    Some(Ddl::DropColumn),
                    format!("DROP COLUMN {} deletes the column's data in {table}", names.join(", ")),
                    "stop using the column in every application version first, then drop it in a contract-phase migration (gen diff refuses drops without --allow-data-loss)".into(),
                );
            }
            AlterTableOperation::AlterColumn { column_name, op } => {
                let col = fold(column_name);
                match op {
                    AlterColumnOperation::SetDataType {
                        data_type, using, ..
                    } => {
                        let from = self.column_type(table, &col).cloned();
                        let to = crate::parse::type_ref(data_type).ok();
                        let free = match (&from, &to) {
                            (Some(f), Some(t)) => using.is_none() && pg::type_change_is_free(f, t),
                            _ => false,
                        };
                        let ddl = Ddl::AlterColumnType { rewrites: !free };
                        self.needs_lock_timeout(st, table, here, ddl);
                        let target = to
                            .as_ref()
                            .map(pg::type_sql)
                            .unwrap_or_else(|| data_type.to_string());
                        if free {
                            self.push(
                                st,
                                Some((table, here)),
                                RiskCode::ExclusiveLock,
                                Some(ddl),
                                format!("ALTER COLUMN {col} TYPE {target} is binary coercible: no rewrite, a brief ACCESS EXCLUSIVE on {table}"),
                                "keep it, with lock_timeout set".into(),
                            );
                        } else {
                            let known = match &from {
                                Some(f) => format!("from {} ", pg::type_sql(f)),
                                None if self.schema.is_none() => {
                                    "(the old type is unknown: give --schema OLD.sql) ".into()
                                }
                                None => String::new(),
                            };
                            self.push(
                                st,
                                Some((table, here)),
                                RiskCode::TableRewrite,
                                Some(ddl),
                                format!("ALTER COLUMN {col} TYPE {target} {known}rewrites {table} and its indexes under ACCESS EXCLUSIVE"),
                                format!("a shadow column: add gen_new_{col} {target}, keep it in sync with a trigger, copy the rows in batches, build its indexes CONCURRENTLY, swap in one short transaction (gen diff with the new type does this)"),
                            );
                            if let (Some(f), Some(t)) = (&from, &to)
                                && !pg::type_change_is_lossless(f, t)
                            {
                                self.push(
                                    st,
                                    Some((table, here)),
                                    RiskCode::UnsafeCast,
                                    None,
                                    format!("{col}: {} -> {} can fail or lose values", pg::type_sql(f), pg::type_sql(t)),
                                    "check the data first, and give the conversion explicitly (USING, or `-- @using EXPR` in the schema for gen diff)".into(),
                                );
                            }
                        }
                    }
                    AlterColumnOperation::SetNotNull => {
                        let proven = self.not_null_checks.iter().any(|((t, c), column)| {
                            t == table
                                && column == &col
                                && self.validated.contains(&(t.clone(), c.clone()))
                        });
                        let ddl = Ddl::SetNotNull { proven };
                        self.needs_lock_timeout(st, table, here, ddl);
                        if ddl.scans(v) {
                            self.push(
                                st,
                                Some((table, here)),
                                RiskCode::BlocksWrites,
                                Some(ddl),
                                format!("SET NOT NULL on {col} scans {table} under ACCESS EXCLUSIVE: reads and writes wait"),
                                format!("ALTER TABLE {t} ADD CONSTRAINT {c} CHECK ({col} IS NOT NULL) NOT VALID; then in a later file ALTER TABLE {t} VALIDATE CONSTRAINT {c}; then ALTER TABLE {t} ALTER COLUMN {col} SET NOT NULL; (no scan on PostgreSQL 12+) and DROP CONSTRAINT {c}",
                                    t = pg::qualified(table),
                                    c = pg::quote_ident(pg::clip(&format!("{}_{col}_not_null", table.name), pg::MAX_IDENT))),
                            );
                        } else {
                            self.push(
                                st,
                                Some((table, here)),
                                RiskCode::ExclusiveLock,
                                Some(ddl),
                                format!("SET NOT NULL on {col}: a validated CHECK proves it, so no scan; a brief ACCESS EXCLUSIVE on {table}"),
                                "keep it, with lock_timeout set".into(),
                            );
                        }
                    }
                    AlterColumnOperation::SetDefault { .. }
                    | AlterColumnOperation::DropDefault
                    | AlterColumnOperation::DropNotNull => {
                        self.needs_lock_timeout(st, table, here, Ddl::AlterColumnCatalog);
                    }
                    AlterColumnOperation::AddGenerated { .. } => {
                        self.needs_lock_timeout(st, table, here, Ddl::AlterColumnCatalog);
                    }
                }
            }
            AlterTableOperation::AddConstraint {
                constraint,
                not_valid,
            } => self.add_constraint(st, table, here, constraint, *not_valid, text),
            AlterTableOperation::ValidateConstraint { name } => {
                let name = fold(name);
                self.validated.insert((table.clone(), name.clone()));
                let ddl = Ddl::ValidateConstraint;
                if self.not_valid.get(&name) == Some(table) {
                    self.push(
                        st,
                        Some((table, here)),
                        RiskCode::BlocksWrites,
                        Some(ddl),
                        format!("VALIDATE CONSTRAINT {name} runs in the same file as its NOT VALID add: one transaction, so the add's lock on {table} is held through the whole scan"),
                        format!("move `{};` into a later migration file of its own (reads and writes continue while it scans)", st.text(text)),
                    );
                }
            }
            AlterTableOperation::RenameColumn {
                old_column_name,
                new_column_name,
            } => {
                let (old, new) = (fold(old_column_name), fold(new_column_name));
                self.needs_lock_timeout(st, table, here, Ddl::Rename);
                self.push(
                    st,
                    Some((table, here)),
                    RiskCode::BreaksOldApp,
                    Some(Ddl::Rename),
                    format!("RENAME COLUMN {old} TO {new} on {table}: the running application's queries naming {old} fail"),
                    format!("add {new} beside {old}, sync both with a trigger, copy in batches, and drop {old} in the contract phase (gen diff with `-- @renamed from={old}` does this)"),
                );
            }
            AlterTableOperation::RenameTable { .. } => {
                self.needs_lock_timeout(st, table, here, Ddl::Rename);
                self.push(
                    st,
                    Some((table, here)),
                    RiskCode::BreaksOldApp,
                    Some(Ddl::Rename),
                    format!("renaming table {table}: the running application's queries naming it fail"),
                    "deploy code that works with both names first (for example through a view with the old name), then rename".into(),
                );
            }
            AlterTableOperation::RenameConstraint { .. } => {
                self.needs_lock_timeout(st, table, here, Ddl::Rename);
            }
            AlterTableOperation::DropConstraint { .. } => {
                self.needs_lock_timeout(st, table, here, Ddl::DropConstraint);
            }
            _ => {}
        }
    }

    fn add_constraint(
        &mut self,
        st: &Statement,
        table: &QualName,
        here: Option<u64>,
        constraint: &TableConstraint,
        not_valid: bool,
        text: &str,
    ) {
        let name = constraint_name(constraint);
        let shown = name.clone().unwrap_or_else(|| "(unnamed)".into());
        let tq = pg::qualified(table);
        match constraint {
            TableConstraint::Check(c) => {
                if let Some(n) = &name {
                    if not_valid {
                        self.not_valid.insert(n.clone(), table.clone());
                    }
                    let expr = c.expr.to_string().to_lowercase();
                    if let Some(col) = expr.strip_suffix(" is not null") {
                        let col = col.trim_matches(|ch| ch == '(' || ch == ')' || ch == '"');
                        self.not_null_checks
                            .insert((table.clone(), n.clone()), col.to_string());
                    }
                }
                let ddl = Ddl::AddCheck { not_valid };
                self.needs_lock_timeout(st, table, here, ddl);
                if !not_valid {
                    self.push(
                        st,
                        Some((table, here)),
                        RiskCode::BlocksWrites,
                        Some(ddl),
                        format!("ADD CONSTRAINT {shown} CHECK scans {table} under ACCESS EXCLUSIVE: reads and writes wait"),
                        not_valid_alternative(st, text, &tq, name.as_deref()),
                    );
                }
            }
            TableConstraint::ForeignKey(fk) => {
                if let (Some(n), true) = (&name, not_valid) {
                    self.not_valid.insert(n.clone(), table.clone());
                }
                let ddl = Ddl::AddForeignKey { not_valid };
                self.needs_lock_timeout(st, table, here, ddl);
                if !not_valid {
                    self.push(
                        st,
                        Some((table, here)),
                        RiskCode::BlocksWrites,
                        Some(ddl),
                        format!("ADD CONSTRAINT {shown} FOREIGN KEY scans {table} under SHARE ROW EXCLUSIVE on it and on {}: writes to both wait", qual(&fk.foreign_table)),
                        not_valid_alternative(st, text, &tq, name.as_deref()),
                    );
                }
            }
            TableConstraint::PrimaryKey(_) | TableConstraint::Unique(_) => {
                let ddl = Ddl::AddKeyConstraint;
                self.needs_lock_timeout(st, table, here, ddl);
                let (kind, cols) = match constraint {
                    TableConstraint::PrimaryKey(pk) => (
                        "PRIMARY KEY",
                        pk.columns.iter().map(|c| c.to_string()).collect::<Vec<_>>(),
                    ),
                    TableConstraint::Unique(u) => {
                        ("UNIQUE", u.columns.iter().map(|c| c.to_string()).collect())
                    }
                    _ => unreachable!(),
                };
                let index = name.clone().unwrap_or_else(|| {
                    let suffix = if kind == "UNIQUE" { "key" } else { "pkey" };
                    format!("{}_{suffix}", table.name)
                });
                let iq = pg::quote_ident(&index);
                self.push(
                    st,
                    Some((table, here)),
                    RiskCode::BlocksWrites,
                    Some(ddl),
                    format!("ADD {kind} builds its unique index on {table} under ACCESS EXCLUSIVE: reads and writes wait"),
                    format!("CREATE UNIQUE INDEX CONCURRENTLY {iq} ON {tq} ({}); alone in its own file, then ALTER TABLE {tq} ADD CONSTRAINT {iq} {kind} USING INDEX {iq};", cols.join(", ")),
                );
            }
            TableConstraint::PrimaryKeyUsingIndex(_) | TableConstraint::UniqueUsingIndex(_) => {
                self.needs_lock_timeout(st, table, here, Ddl::AttachKeyIndex);
            }
            _ => {
                self.needs_lock_timeout(st, table, here, Ddl::AddKeyConstraint);
            }
        }
    }
}

fn constraint_name(c: &TableConstraint) -> Option<String> {
    let name = match c {
        TableConstraint::Check(c) => c.name.as_ref(),
        TableConstraint::ForeignKey(c) => c.name.as_ref(),
        TableConstraint::PrimaryKey(c) => c.name.as_ref(),
        TableConstraint::Unique(c) => c.name.as_ref(),
        TableConstraint::PrimaryKeyUsingIndex(c) | TableConstraint::UniqueUsingIndex(c) => {
            c.name.as_ref()
        }
        _ => None,
    };
    name.map(fold)
}

fn not_valid_alternative(st: &Statement, text: &str, table: &str, name: Option<&str>) -> String {
    let validate = match name {
        Some(n) => format!(
            "ALTER TABLE {table} VALIDATE CONSTRAINT {};",
            pg::quote_ident(n)
        ),
        None => {
            format!("name the constraint, then ALTER TABLE {table} VALIDATE CONSTRAINT <name>;")
        }
    };
    format!(
        "{} NOT VALID; then, in a later migration file, {validate} (reads and writes continue while it scans)",
        st.text(text)
    )
}

/// Lints the migration `input`. `schema` is the schema before the migration, when known.
pub fn lint(input: &Input, schema: Option<&Schema>, opts: &LintOptions) -> Result<Report, Error> {
    let mut reports = lint_files(std::slice::from_ref(input), schema, opts)?;
    Ok(reports.pop().unwrap_or_default())
}

/// Lints migration files that run in this order (each its own transaction, as golang-migrate
/// runs them): what one file creates, adds or validates is known to the next, so a `SET NOT NULL`
/// after a CHECK validated by an earlier file is seen as proven. One report per file.
pub fn lint_files(
    inputs: &[Input],
    schema: Option<&Schema>,
    opts: &LintOptions,
) -> Result<Vec<Report>, Error> {
    let mut reports = Vec::with_capacity(inputs.len());
    let mut l: Option<Linter> = None;
    for input in inputs {
        let text = crate::parse::blank_meta_commands(&input.text);
        let statements = crate::parse::statements(&input.path, &text)?;
        let mut linter = match l.take() {
            // Carry what the earlier files did; the per-file state starts afresh.
            Some(prev) => Linter {
                input,
                report: Report::default(),
                not_valid: HashMap::new(),
                lock_timeout: false,
                warned_lock_timeout: false,
                in_block: false,
                multi_statement: statements.len() > 1,
                ..prev
            },
            None => Linter::new(input, schema, opts, statements.len() > 1),
        };
        let mut prev_end = 0;
        for st in &statements {
            let here = rows_directive(&text[prev_end..st.span.start]);
            prev_end = st.span.end;
            linter.statement(st, here);
        }
        reports.push(std::mem::take(&mut linter.report));
        l = Some(linter);
    }
    Ok(reports)
}

impl<'a> Linter<'a> {
    fn new(
        input: &'a Input,
        schema: Option<&'a Schema>,
        opts: &'a LintOptions,
        multi_statement: bool,
    ) -> Self {
        let mut l = Linter {
            input,
            schema,
            opts,
            report: Report::default(),
            created: HashSet::new(),
            not_valid: HashMap::new(),
            not_null_checks: HashMap::new(),
            validated: HashSet::new(),
            lock_timeout: false,
            warned_lock_timeout: false,
            in_block: false,
            multi_statement,
        };
        if let Some(schema) = schema {
            for (name, t) in &schema.tables {
                for c in t.constraints.values() {
                    if let ConstraintKind::Check { expr, .. } = &c.kind
                        && let Some(col) = not_null_column(&expr.canon)
                    {
                        l.not_null_checks
                            .insert((name.clone(), c.name.clone()), col);
                        if !c.not_valid {
                            l.validated.insert((name.clone(), c.name.clone()));
                        }
                    }
                }
            }
        }
        l
    }
}

/// The column of a `col IS NOT NULL` check expression.
fn not_null_column(expr: &str) -> Option<String> {
    let lower = expr.trim().to_lowercase();
    let inner = lower.trim_start_matches('(').trim_end_matches(')');
    let col = inner.strip_suffix(" is not null")?.trim();
    let col = col.trim_matches(|ch| ch == '(' || ch == ')' || ch == '"');
    (!col.is_empty() && !col.contains(' ')).then(|| col.to_string())
}
