//! Statement handlers: fill the model statement by statement, in file order.

use super::canon::{self, Ctx, fold, make_expr};
use super::directives::{DirectiveMap, Target};
use super::names::{choose_name, figure_colname, index_column_names, name_addition};
use super::types::{builtin_alias, declared_type_ref, type_ref};
use super::{Parsed, Stmt, is_comment};
use crate::error::SourceError;
use crate::model::*;
use hashbrown::{HashMap, HashSet};
use sqlparser::ast::{
    self, AlterColumnOperation, AlterTableOperation, ColumnOption, CommentObject, CreateIndex,
    CreateTable, DeferrableInitial, Expr as SqlExpr, GeneratedAs, IndexColumn, ObjectName,
    ReferentialAction, SchemaName, Statement, TableConstraint, UserDefinedTypeRepresentation,
    Value,
};
use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::keywords::Keyword;
use sqlparser::parser::{Parser, ParserError};
use sqlparser::tokenizer::{Token, TokenWithSpan, Whitespace};
use std::collections::BTreeMap;
use std::collections::VecDeque;

mod alter;
mod domain;
mod inherit;
mod like;
mod objects;
mod security;
mod share;

type R<T> = Result<T, SourceError>;

/// Storage parameters `(key, value)` in the order written.
type StorageParams = Vec<(String, String)>;

#[path = "partition.rs"]
mod partition;

/// A constraint before it has a name.
struct PendingCon {
    name: Option<String>,
    kind: ConstraintKind,
    deferrable: bool,
    initially_deferred: bool,
    not_valid: bool,
    directives: Directives,
    /// For an unnamed CHECK: the single column it references, if exactly one.
    check_col: Option<String>,
    line: usize,
    col: usize,
}

/// Options written for a sequence or identity; None = not written.
#[derive(Default, Debug)]
pub(crate) struct SeqOpts {
    pub ty: Option<String>,
    pub inc: Option<i64>,
    pub min: Option<Option<i64>>,
    pub max: Option<Option<i64>>,
    pub start: Option<i64>,
    pub cache: Option<i64>,
    pub cycle: Option<bool>,
}

impl SeqOpts {
    pub fn resolve(&self, default_ty: &str) -> SequenceOptions {
        let ty = self.ty.as_deref().unwrap_or(default_ty);
        let inc = self.inc.unwrap_or(1);
        let d = SequenceOptions::defaults(ty, inc);
        let min = self.min.flatten().unwrap_or(d.min);
        let max = self.max.flatten().unwrap_or(d.max);
        SequenceOptions {
            data_type: ty.to_string(),
            start: self.start.unwrap_or(if inc > 0 { min } else { max }),
            increment: inc,
            min,
            max,
            cache: self.cache.unwrap_or(1),
            cycle: self.cycle.unwrap_or(false),
        }
    }

    /// ALTER SEQUENCE semantics: unspecified bounds that were the old defaults follow the new type.
    pub fn apply(&self, old: &SequenceOptions) -> SequenceOptions {
        let ty = self.ty.clone().unwrap_or_else(|| old.data_type.clone());
        let inc = self.inc.unwrap_or(old.increment);
        let d_old = SequenceOptions::defaults(&old.data_type, old.increment);
        let d_new = SequenceOptions::defaults(&ty, inc);
        let min = match self.min {
            Some(Some(v)) => v,
            Some(None) => d_new.min,
            None if old.min == d_old.min => d_new.min,
            None => old.min,
        };
        let max = match self.max {
            Some(Some(v)) => v,
            Some(None) => d_new.max,
            None if old.max == d_old.max => d_new.max,
            None => old.max,
        };
        SequenceOptions {
            data_type: ty,
            start: self.start.unwrap_or(old.start),
            increment: inc,
            min,
            max,
            cache: self.cache.unwrap_or(old.cache),
            cycle: self.cycle.unwrap_or(old.cycle),
        }
    }
}

pub(crate) struct Builder<'t> {
    file: &'t str,
    text: &'t str,
    opts: super::ParseOptions,
    dialect: PostgreSqlDialect,
    schema: Schema,
    notes: Vec<String>,
    /// Relation names (tables, sequences, indexes, identity sequences) per schema.
    relnames: HashSet<(String, String)>,
    /// Constraint names per schema, with a use count (names are unique per table only).
    connames: HashMap<(String, String), usize>,
    dirs: DirectiveMap,
    /// Foreign keys whose referenced columns are the referenced table's primary key.
    pending_fk: Vec<(QualName, String, usize, usize)>,
    /// Where objects were declared, for messages at the end of the file.
    seq_pos: HashMap<QualName, (usize, usize)>,
    fk_pos: Vec<(QualName, String, usize, usize)>,
    /// Identity option lists of the statement being read, in order (see `strip_identity_options`).
    ident_specs: VecDeque<IdentSpec>,
    /// The relation name taken by each identity column's sequence, by (table, column).
    ident_seqs: HashMap<(QualName, String), (String, String)>,
    /// Statements skipped as data (`INSERT`, `DO`): counts by what they touch, for one note.
    skipped_data: BTreeMap<String, usize>,
    /// Options and mappings of the opaque objects, by key (see `objects`).
    obj_states: HashMap<String, objects::ObjState>,
    /// The types of views' output columns, where known.
    view_types: super::viewcanon::ViewTypes,
    /// `CREATE TABLE x ()` as sqlparser reads it, for `check_create_table_clauses` (parsed
    /// once).
    plain_create_table: std::cell::OnceCell<Option<CreateTable>>,
    /// Where each line of the file being read starts (see `src`).
    line_starts: std::cell::OnceCell<Vec<usize>>,
    /// The other model of a diff, whose tables and indexes this one shares where they are the
    /// same (see `share`).
    sharing: Option<share::Sharing<'t>>,
    /// Whether any table was made a partition (`PARTITION OF`, `ATTACH PARTITION`): until one
    /// is, no table has partitions and `partitions_of` need not scan every table.
    any_partition: bool,
    /// Whether any table was created with INHERITS: until one is, no ALTER TABLE recurses.
    any_inherits: bool,
}

fn qn_parts(parts: &[String]) -> Option<QualName> {
    match parts {
        [n] => Some(QualName::public(n.clone())),
        [s, n] => Some(QualName::new(s.clone(), n.clone())),
        _ => None,
    }
}

fn name_parts(n: &ObjectName) -> Vec<String> {
    n.0.iter()
        .map(|p| match p.as_ident() {
            Some(i) => fold(i),
            None => p.to_string(),
        })
        .collect()
}

/// PostgreSQL merges the PRIMARY KEY / UNIQUE constraints of one CREATE TABLE that would build
/// the same index (`id int PRIMARY KEY UNIQUE`): the primary key, else the first, is kept, and
/// takes the name of a merged one when it has none of its own (parse_utilcmd.c,
/// transformIndexConstraints).
fn merge_redundant_keys(pending: &mut Vec<PendingCon>) {
    let key = |p: &PendingCon| match &p.kind {
        ConstraintKind::PrimaryKey { columns, include } => {
            Some((columns.clone(), include.clone(), false))
        }
        ConstraintKind::Unique {
            columns,
            include,
            nulls_not_distinct,
        } => Some((columns.clone(), include.clone(), *nulls_not_distinct)),
        _ => None,
    };
    let same = |a: &PendingCon, b: &PendingCon| {
        key(a).is_some()
            && key(a) == key(b)
            && a.deferrable == b.deferrable
            && a.initially_deferred == b.initially_deferred
    };
    // The primary key first, then the others in order.
    let mut order: Vec<usize> = (0..pending.len()).collect();
    order.sort_by_key(|&i| !matches!(pending[i].kind, ConstraintKind::PrimaryKey { .. }));
    let mut kept: Vec<usize> = Vec::new();
    let mut merged: Vec<usize> = Vec::new();
    for i in order {
        if let Some(&k) = kept.iter().find(|&&k| same(&pending[k], &pending[i])) {
            if pending[k].name.is_none() {
                pending[k].name = pending[i].name.clone();
            }
            merged.push(i);
        } else {
            kept.push(i);
        }
    }
    merged.sort_unstable();
    for i in merged.into_iter().rev() {
        pending.remove(i);
    }
}

/// The significant tokens of an `ALTER TABLE [IF EXISTS] [ONLY] name[.name] [*] action, ...`
/// (indexes into `toks`) and its actions: the top-level comma-separated ranges of those indexes.
pub(super) fn alter_table_actions(toks: &[TokenWithSpan]) -> (Vec<usize>, Vec<(usize, usize)>) {
    let sigs: Vec<usize> = (0..toks.len()).filter(|&i| sig(&toks[i])).collect();
    let at = |p: usize, kw: &str| sigs.get(p).is_some_and(|&i| is_kw(&toks[i], kw));
    let is = |p: usize, t: Token| sigs.get(p).is_some_and(|&i| toks[i].token == t);
    let mut p = 2;
    if at(p, "IF") {
        p += 2;
    }
    if at(p, "ONLY") {
        p += 1;
    }
    p += 1;
    while is(p, Token::Period) {
        p += 2;
    }
    if is(p, Token::Mul) {
        p += 1;
    }
    let mut ranges = Vec::new();
    let mut depth = 0;
    let mut from = p;
    for q in p..sigs.len() {
        match toks[sigs[q]].token {
            Token::LParen => depth += 1,
            Token::RParen => depth -= 1,
            Token::Comma if depth == 0 => {
                ranges.push((from, q));
                from = q + 1;
            }
            _ => {}
        }
    }
    ranges.push((from, sigs.len()));
    (sigs, ranges)
}

/// Advice for a statement that is not read. Objects gen models but alters only through their
/// definition: the file should say what they become.
fn unsupported_hint(kind: &str) -> &'static str {
    const DECLARED: &[&str] = &[
        "VIEW",
        "MATERIALIZED",
        "FUNCTION",
        "PROCEDURE",
        "ROUTINE",
        "TRIGGER",
        "POLICY",
    ];
    match kind.strip_prefix("ALTER ") {
        Some(k) if DECLARED.contains(&k) => {
            " (write the object's final CREATE statement instead: the schema file declares what it becomes)"
        }
        _ => "",
    }
}

/// A rename read from a migration: the object's `@renamed from=OLD`, which keeps the name it
/// had before its first rename.
fn note_rename(renamed_from: &mut Option<String>, old: &str) {
    if renamed_from.is_none() {
        *renamed_from = Some(old.to_string());
    }
}

fn int_of(e: &SqlExpr) -> Option<i64> {
    match e {
        SqlExpr::Value(v) => match &v.value {
            Value::Number(n, _) => n.parse().ok(),
            _ => None,
        },
        SqlExpr::UnaryOp {
            op: ast::UnaryOperator::Minus,
            expr,
        } => int_of(expr).map(|v| -v),
        SqlExpr::UnaryOp {
            op: ast::UnaryOperator::Plus,
            expr,
        } => int_of(expr),
        SqlExpr::Nested(e) => int_of(e),
        _ => None,
    }
}

fn fk_action(a: &Option<ReferentialAction>) -> FkAction {
    match a {
        None | Some(ReferentialAction::NoAction) => FkAction::NoAction,
        Some(ReferentialAction::Restrict) => FkAction::Restrict,
        Some(ReferentialAction::Cascade) => FkAction::Cascade,
        Some(ReferentialAction::SetNull) => FkAction::SetNull,
        Some(ReferentialAction::SetDefault) => FkAction::SetDefault,
    }
}

/// Collation as PostgreSQL prints it: each part quoted where needed, `pg_catalog.` dropped.
pub(super) fn collation_name(n: &ObjectName) -> String {
    let parts = name_parts(n);
    let parts: Vec<&String> = if parts.len() == 2 && parts[0] == "pg_catalog" {
        vec![&parts[1]]
    } else {
        parts.iter().collect()
    };
    let q: Vec<String> = parts
        .iter()
        .map(|p| {
            let q = crate::dialect::postgres::quote_ident(p);
            // PostgreSQL always quotes collation names that are not plain lower-case words
            if q.starts_with('"')
                || p.chars()
                    .all(|c| c.is_ascii_lowercase() || c == '_' || c.is_ascii_digit())
            {
                q
            } else {
                format!("\"{p}\"")
            }
        })
        .collect();
    q.join(".")
}

/// The distinct column names an expression references (PostgreSQL's pull_var_clause).
fn referenced_columns(e: &SqlExpr, table_cols: &HashMap<String, TypeRef>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let _ = ast::visit_expressions(e, |x| {
        if let SqlExpr::Identifier(i) = x {
            let n = fold(i);
            if table_cols.contains_key(&n) && !out.contains(&n) {
                out.push(n);
            }
        }
        std::ops::ControlFlow::<()>::Continue(())
    });
    out
}

fn col_types(t: &Table) -> HashMap<String, TypeRef> {
    t.columns
        .iter()
        .map(|c| (c.name.clone(), c.ty.clone()))
        .collect()
}

fn is_kw(t: &TokenWithSpan, kw: &str) -> bool {
    matches!(&t.token, Token::Word(w) if w.quote_style.is_none() && w.value.eq_ignore_ascii_case(kw))
}

/// `f(a, VARIADIC ARRAY[x, y])`, as pg_dump prints a call of a variadic function, written
/// `f(a, x, y)`: the same call (PostgreSQL stores the latter as the former), which sqlparser can
/// read. Only a literal `ARRAY[...]` with elements that is the call's last argument.
fn variadic_arrays_spread(mut toks: Vec<TokenWithSpan>) -> Vec<TokenWithSpan> {
    let solid = |toks: &[TokenWithSpan], from: usize| (from..toks.len()).find(|&k| sig(&toks[k]));
    let mut i = 0;
    while i < toks.len() {
        if !is_kw(&toks[i], "variadic") {
            i += 1;
            continue;
        }
        let spread = (|| {
            let array = solid(&toks, i + 1).filter(|&a| is_kw(&toks[a], "array"))?;
            let open =
                solid(&toks, array + 1).filter(|&o| matches!(toks[o].token, Token::LBracket))?;
            let mut depth = 0;
            let close = (open..toks.len()).find(|&k| {
                match toks[k].token {
                    Token::LBracket => depth += 1,
                    Token::RBracket => depth -= 1,
                    _ => {}
                }
                depth == 0
            })?;
            let after = solid(&toks, close + 1)?;
            let empty = solid(&toks, open + 1) == Some(close);
            (matches!(toks[after].token, Token::RParen) && !empty).then_some((open, close))
        })();
        match spread {
            Some((open, close)) => {
                toks.remove(close);
                toks.drain(i..=open);
            }
            None => i += 1,
        }
    }
    toks
}

/// A tiny cursor over a statement's non-whitespace tokens, for token-level statements.
struct Cur<'a> {
    toks: Vec<&'a TokenWithSpan>,
    i: usize,
}

impl<'a> Cur<'a> {
    fn from_solid(toks: Vec<&'a TokenWithSpan>) -> Self {
        Cur { toks, i: 0 }
    }
    fn new(s: &'a [TokenWithSpan]) -> Self {
        Cur {
            toks: s
                .iter()
                .filter(|t| !matches!(t.token, Token::Whitespace(_)))
                .collect(),
            i: 0,
        }
    }
    fn peek(&self) -> Option<&'a TokenWithSpan> {
        self.toks.get(self.i).copied()
    }
    fn kw(&mut self, kw: &str) -> bool {
        if self.peek().is_some_and(|t| is_kw(t, kw)) {
            self.i += 1;
            true
        } else {
            false
        }
    }
    fn ident(&mut self) -> Option<String> {
        match self.peek().map(|t| &t.token) {
            Some(Token::Word(w)) => {
                self.i += 1;
                Some(if w.quote_style.is_some() {
                    w.value.clone()
                } else {
                    w.value.to_lowercase()
                })
            }
            _ => None,
        }
    }
    fn qualified(&mut self) -> Option<Vec<String>> {
        let mut v = vec![self.ident()?];
        while matches!(self.peek().map(|t| &t.token), Some(Token::Period)) {
            self.i += 1;
            v.push(self.ident()?);
        }
        Some(v)
    }
    fn int(&mut self) -> Option<i64> {
        let neg = match self.peek().map(|t| &t.token) {
            Some(Token::Minus) => {
                self.i += 1;
                true
            }
            Some(Token::Plus) => {
                self.i += 1;
                false
            }
            _ => false,
        };
        match self.peek().map(|t| &t.token) {
            Some(Token::Number(n, _)) => {
                self.i += 1;
                n.parse::<i64>().ok().map(|v| if neg { -v } else { v })
            }
            _ => None,
        }
    }
    /// Skips the parenthesized group at the cursor (which must be at its `(`) and returns the
    /// tokens inside it; None when it is not closed (the cursor is then at the end).
    fn group(&mut self) -> Option<&[&'a TokenWithSpan]> {
        let start = self.i;
        let mut depth = 0;
        while let Some(t) = self.peek() {
            self.i += 1;
            match t.token {
                Token::LParen => depth += 1,
                Token::RParen => {
                    depth -= 1;
                    if depth == 0 {
                        return Some(&self.toks[start + 1..self.i - 1]);
                    }
                }
                _ => {}
            }
        }
        None
    }
    fn at_end(&self) -> bool {
        self.i >= self.toks.len() || matches!(self.toks[self.i].token, Token::EOF)
    }
    fn pos(&self) -> (usize, usize) {
        let t = self.peek().or_else(|| self.toks.last().copied());
        t.map(|t| (t.span.start.line as usize, t.span.start.column as usize))
            .unwrap_or((1, 1))
    }
}

/// One sequence option at the cursor, as CREATE/ALTER SEQUENCE and identity option lists write
/// them: `AS type`, `INCREMENT [BY] n`, `MINVALUE n` / `NO MINVALUE`, `MAXVALUE n` /
/// `NO MAXVALUE`, `START [WITH] n`, `CACHE n`, `[NO] CYCLE` (numbers may be signed).
/// Ok(false) when the cursor is not at one; Err(the clause) when it is malformed.
fn seq_option(c: &mut Cur, o: &mut SeqOpts) -> Result<bool, String> {
    let num = |c: &mut Cur, what: &str| c.int().ok_or_else(|| what.to_string());
    if c.kw("AS") {
        let t = c.ident().ok_or("AS")?;
        match builtin_alias(&t) {
            Some(n @ ("smallint" | "integer" | "bigint")) => o.ty = Some(n.to_string()),
            _ => {
                return Err(format!(
                    "AS {t} (a sequence type is smallint, integer or bigint)"
                ));
            }
        }
    } else if c.kw("INCREMENT") {
        c.kw("BY");
        o.inc = Some(num(c, "INCREMENT")?);
        if o.inc == Some(0) {
            return Err("INCREMENT must not be zero".into());
        }
    } else if c.kw("MINVALUE") {
        o.min = Some(Some(num(c, "MINVALUE")?));
    } else if c.kw("MAXVALUE") {
        o.max = Some(Some(num(c, "MAXVALUE")?));
    } else if c.kw("NO") {
        if c.kw("MINVALUE") {
            o.min = Some(None);
        } else if c.kw("MAXVALUE") {
            o.max = Some(None);
        } else if c.kw("CYCLE") {
            o.cycle = Some(false);
        } else {
            return Err("NO".into());
        }
    } else if c.kw("START") {
        c.kw("WITH");
        o.start = Some(num(c, "START")?);
    } else if c.kw("CACHE") {
        o.cache = Some(num(c, "CACHE")?);
    } else if c.kw("CYCLE") {
        o.cycle = Some(true);
    } else {
        return Ok(false);
    }
    Ok(true)
}

/// The options written for one `AS IDENTITY`, in statement order.
#[derive(Default, Debug)]
pub(crate) struct IdentSpec {
    pub opts: SeqOpts,
    /// `SEQUENCE NAME x` in the option list.
    pub seqname: Option<Vec<String>>,
}

/// An identity change written as an ALTER TABLE action sqlparser cannot read.
#[derive(Debug)]
enum IdentAction {
    /// `ALTER COLUMN c SET GENERATED ... / SET option ... / RESTART ...` (chained).
    Set {
        column: String,
        always: Option<bool>,
        opts: SeqOpts,
        line: usize,
        col: usize,
    },
    /// `ALTER COLUMN c DROP IDENTITY [IF EXISTS]`.
    Drop {
        column: String,
        if_exists: bool,
        line: usize,
        col: usize,
    },
}

fn sig(t: &TokenWithSpan) -> bool {
    !matches!(t.token, Token::Whitespace(_))
}

/// A keyword as sqlparser spells it (upper case), without allocating; None for a word that is
/// not one.
fn keyword_text(k: Keyword) -> Option<&'static str> {
    // ALL_KEYWORDS lists the keywords in the order of the enum, which starts with NoKeyword.
    (k != Keyword::NoKeyword).then(|| sqlparser::keywords::ALL_KEYWORDS[k as usize - 1])
}

/// The first tokens of a statement (after the whitespace and comments before it), copied: what
/// a handler that gives the statement's tokens to sqlparser still reads of it (its position,
/// its first words).
fn statement_head(toks: &[TokenWithSpan]) -> Vec<TokenWithSpan> {
    let first = toks.iter().position(sig).unwrap_or(0);
    toks[first..].iter().take(4).cloned().collect()
}

/// The schema of a column type once the file is read (`end_file`): a type of an extension
/// written `public.citext` is the same as `citext`, and a user type of `public` (`user_type`
/// says which names are) written without its schema resolves through `public`.
fn resolved_schema(ty: &TypeRef, user_type: impl Fn(&str) -> bool) -> Option<&str> {
    let mut schema = ty.schema.as_deref();
    if schema == Some(DEFAULT_SCHEMA) && !user_type(&ty.name) {
        schema = None;
    }
    if schema.is_none() && user_type(&ty.name) && builtin_alias(&ty.name).is_none() {
        schema = Some(DEFAULT_SCHEMA);
    }
    schema
}

/// Rewrites typed string literals sqlparser cannot read (`money '1.00'`, `inet '::1'`: PostgreSQL
/// accepts `type 'string'` for any type name) into the equivalent cast `'1.00'::money`. Only where
/// an expression starts (after DEFAULT, an operator, `(`, `,`, AND/OR/NOT, CASE arms), so that
/// clauses such as `COMMENT ... IS 'x'` are left alone; the forms sqlparser reads itself (DATE,
/// TIME, TIMESTAMP, INTERVAL) are kept. Before that, the other forms sqlparser cannot read:
/// `VARIADIC ARRAY[...]` arguments (`variadic_arrays_spread`) and `TRIM(BOTH FROM x)`
/// (`rewrite_trim`).
fn rewrite_typed_literals(toks: Vec<TokenWithSpan>) -> Vec<TokenWithSpan> {
    rewrite_literals(rewrite_trim(variadic_arrays_spread(toks)))
}

/// The token rewrites applied before sqlparser reads an expression (see
/// `rewrite_typed_literals`), for the other modules.
pub(crate) fn rewrite_expression_tokens(toks: Vec<TokenWithSpan>) -> Vec<TokenWithSpan> {
    rewrite_typed_literals(toks)
}

/// `TRIM(BOTH FROM x)` (how PostgreSQL prints `trim(x)`; sqlparser needs characters before
/// FROM) -> `TRIM(x)`; `TRIM(LEADING FROM x)` -> `ltrim(x)`, TRAILING -> `rtrim(x)` (the same
/// functions; PostgreSQL prints them in their function form then).
fn rewrite_trim(toks: Vec<TokenWithSpan>) -> Vec<TokenWithSpan> {
    if !toks.iter().any(|t| is_kw(t, "TRIM")) {
        return toks;
    }
    let sigs: Vec<usize> = (0..toks.len()).filter(|&i| sig(&toks[i])).collect();
    let mut edits: Vec<(usize, &'static str, usize)> = Vec::new(); // (TRIM index, name, FROM index)
    for w in 0..sigs.len().saturating_sub(3) {
        let (t, p, how, from) = (
            &toks[sigs[w]],
            &toks[sigs[w + 1]],
            &toks[sigs[w + 2]],
            &toks[sigs[w + 3]],
        );
        if is_kw(t, "TRIM") && matches!(p.token, Token::LParen) && is_kw(from, "FROM") {
            let name = if is_kw(how, "BOTH") {
                "btrim"
            } else if is_kw(how, "LEADING") {
                "ltrim"
            } else if is_kw(how, "TRAILING") {
                "rtrim"
            } else {
                continue;
            };
            edits.push((sigs[w], name, sigs[w + 3]));
        }
    }
    if edits.is_empty() {
        return toks;
    }
    let mut out = Vec::with_capacity(toks.len());
    let mut i = 0;
    let mut e = edits.into_iter().peekable();
    while i < toks.len() {
        if let Some(&(at, name, from)) = e.peek()
            && i == at
        {
            e.next();
            let mut word = toks[at].clone();
            if name != "btrim" {
                word.token = Token::make_word(name, None);
            }
            out.push(word);
            out.push(toks[at + 1..].iter().find(|t| sig(t)).cloned().expect("("));
            i = from + 1;
            continue;
        }
        out.push(toks[i].clone());
        i += 1;
    }
    out
}

fn rewrite_literals(toks: Vec<TokenWithSpan>) -> Vec<TokenWithSpan> {
    const NOT_A_TYPE: &[&str] = &[
        "DEFAULT",
        "NULL",
        "TRUE",
        "FALSE",
        "NOT",
        "AND",
        "OR",
        "IS",
        "LIKE",
        "ILIKE",
        "SIMILAR",
        "ESCAPE",
        "THEN",
        "ELSE",
        "WHEN",
        "CASE",
        "END",
        "IN",
        "ANY",
        "ALL",
        "SOME",
        "ZONE",
        "COLLATE",
        "DATE",
        "TIME",
        "TIMESTAMP",
        "INTERVAL",
        "AS",
        "USING",
        "TO",
        "FROM",
        "BY",
        "WITH",
        "VALUE",
        "VERSION",
        "ARRAY",
        "ROW",
        "OPERATOR",
        "BETWEEN",
        "SYMMETRIC",
        "EXISTS",
        "DISTINCT",
        "CHECK",
        "COMMENT",
    ];
    const EXPR_START_WORDS: &[&str] = &[
        "DEFAULT",
        "AND",
        "OR",
        "NOT",
        "THEN",
        "ELSE",
        "WHEN",
        "CASE",
        "BETWEEN",
        "SYMMETRIC",
    ];
    let mut rewrite: Vec<(usize, usize)> = Vec::new(); // (word index, string index)
    // the last two significant tokens before the one looked at
    let (mut before_word, mut word_at): (Option<usize>, Option<usize>) = (None, None);
    for l in 0..toks.len() {
        if !sig(&toks[l]) {
            continue;
        }
        let (p, w) = (before_word, word_at);
        (before_word, word_at) = (word_at, Some(l));
        let (Some(p), Some(w)) = (p, w) else {
            continue;
        };
        let (prev, word, lit) = (&toks[p], &toks[w], &toks[l]);
        if !matches!(lit.token, Token::SingleQuotedString(_)) {
            continue;
        }
        let Token::Word(wd) = &word.token else {
            continue;
        };
        if wd.quote_style.is_none() && NOT_A_TYPE.iter().any(|k| wd.value.eq_ignore_ascii_case(k)) {
            continue;
        }
        let starts = match &prev.token {
            Token::Word(p) => {
                p.quote_style.is_none()
                    && EXPR_START_WORDS
                        .iter()
                        .any(|k| p.value.eq_ignore_ascii_case(k))
            }
            Token::LParen
            | Token::Comma
            | Token::Eq
            | Token::DoubleEq
            | Token::Neq
            | Token::Lt
            | Token::Gt
            | Token::LtEq
            | Token::GtEq
            | Token::Plus
            | Token::Minus
            | Token::Mul
            | Token::Div
            | Token::Mod
            | Token::StringConcat => true,
            _ => false,
        };
        if starts {
            rewrite.push((w, l));
        }
    }
    if rewrite.is_empty() {
        return toks;
    }
    let mut out = Vec::with_capacity(toks.len() + rewrite.len());
    let mut i = 0;
    let mut r = rewrite.into_iter().peekable();
    while i < toks.len() {
        if let Some(&(w, l)) = r.peek()
            && i == w
        {
            r.next();
            // `type 'lit'` -> `'lit'::type`, keeping the tokens' positions for messages
            out.push(toks[l].clone());
            out.push(TokenWithSpan::new(Token::DoubleColon, toks[w].span));
            out.push(toks[w].clone());
            i = l + 1;
            continue;
        }
        out.push(toks[i].clone());
        i += 1;
    }
    out
}

impl<'t> Builder<'t> {
    pub fn new(opts: super::ParseOptions) -> Self {
        Builder {
            file: "",
            text: "",
            opts,
            dialect: PostgreSqlDialect {},
            schema: Schema::default(),
            notes: Vec::new(),
            relnames: HashSet::new(),
            connames: HashMap::new(),
            dirs: DirectiveMap::default(),
            pending_fk: Vec::new(),
            seq_pos: HashMap::new(),
            fk_pos: Vec::new(),
            ident_specs: VecDeque::new(),
            ident_seqs: HashMap::new(),
            skipped_data: BTreeMap::new(),
            obj_states: HashMap::new(),
            view_types: HashMap::new(),
            any_partition: false,
            any_inherits: false,
            plain_create_table: std::cell::OnceCell::new(),
            line_starts: std::cell::OnceCell::new(),
            sharing: None,
        }
    }

    /// Shares the tables and indexes that come out the same as `base`'s.
    pub fn share_with(&mut self, base: &'t Schema) {
        self.sharing = Some(share::Sharing::new(base));
    }

    /// The model of what was read so far.
    pub fn schema(&self) -> &Schema {
        &self.schema
    }

    pub fn schema_mut(&mut self) -> &mut Schema {
        &mut self.schema
    }

    pub fn options(&self) -> super::ParseOptions {
        self.opts
    }

    pub fn set_options(&mut self, opts: super::ParseOptions) {
        self.opts = opts;
    }

    /// Starts reading the statements of another file (the model keeps what earlier files built).
    pub fn begin_file(&mut self, file: &'t str, text: &'t str, dirs: DirectiveMap) {
        self.file = file;
        self.text = text;
        self.line_starts = std::cell::OnceCell::new();
        self.dirs = dirs;
        self.skipped_data.clear();
    }

    /// The file's text with its line starts (found once per file, when first needed).
    pub(super) fn src(&self) -> super::opaque::Src<'_> {
        super::opaque::Src {
            text: self.text,
            starts: self
                .line_starts
                .get_or_init(|| super::opaque::line_starts(self.text)),
        }
    }

    /// The directives of the file being read, which the reader files as it tokenizes.
    pub fn directives(&mut self) -> &mut DirectiveMap {
        &mut self.dirs
    }

    fn err(&self, line: usize, col: usize, msg: impl Into<String>) -> SourceError {
        SourceError::at(self.file, self.text, line.max(1), col.max(1), msg)
    }

    fn err_at(&self, s: &Stmt, msg: impl Into<String>) -> SourceError {
        self.err(s.line(), s.col(), msg)
    }

    fn parser_err(&self, s: &Stmt, e: ParserError) -> SourceError {
        let msg = match e {
            ParserError::ParserError(m) | ParserError::TokenizerError(m) => m,
            ParserError::RecursionLimitExceeded => "expression nested too deeply".to_string(),
        };
        if let Some(i) = msg.rfind(" at Line: ") {
            let loc = &msg[i + " at Line: ".len()..];
            let mut it = loc.split(", Column: ");
            let line = it.next().and_then(|l| l.trim().parse::<usize>().ok());
            let col = it.next().and_then(|c| c.trim().parse::<usize>().ok());
            if let (Some(l), Some(c)) = (line, col)
                && l > 0
            {
                return self.err(l, c, format!("syntax error: {}", &msg[..i]));
            }
        }
        self.err_at(s, format!("syntax error: {msg}"))
    }

    fn parse_stmt(&self, s: &Stmt, mut toks: Vec<TokenWithSpan>) -> R<Statement> {
        // Spaces and tabs (a token each) are only skipped by sqlparser: gone, it has fewer tokens
        // to step over. Newlines stay (PostgreSQL joins string literals across one).
        toks.retain(|t| {
            !matches!(
                t.token,
                Token::Whitespace(Whitespace::Space | Whitespace::Tab)
            )
        });
        let mut p = Parser::new(&self.dialect).with_tokens_with_locations(toks);
        let st = p.parse_statement().map_err(|e| self.parser_err(s, e))?;
        let next = p.peek_token();
        if !matches!(next.token, Token::EOF | Token::SemiColon) {
            return Err(self.err(
                next.span.start.line as usize,
                next.span.start.column as usize,
                format!("unsupported or unexpected text: `{}`", next.token),
            ));
        }
        Ok(st)
    }

    fn parse_expr_text(&self, sql: &str) -> SqlExpr {
        Parser::new(&self.dialect)
            .try_with_sql(sql)
            .and_then(|mut p| p.parse_expr())
            .expect("generated SQL parses")
    }

    fn rel_taken(&self, schema: &str, name: &str) -> bool {
        self.relnames
            .contains(&(schema.to_string(), name.to_string()))
    }
    fn con_taken(&self, schema: &str, name: &str) -> bool {
        self.connames
            .get(&(schema.to_string(), name.to_string()))
            .is_some_and(|n| *n > 0)
    }
    fn add_con(&mut self, schema: &str, name: &str) {
        *self
            .connames
            .entry((schema.to_string(), name.to_string()))
            .or_default() += 1;
    }
    fn drop_con(&mut self, schema: &str, name: &str) {
        if let Some(n) = self
            .connames
            .get_mut(&(schema.to_string(), name.to_string()))
        {
            *n = n.saturating_sub(1);
        }
    }

    /// Applies one statement: its tokens from `start` (whitespace and comments before it may come
    /// first), without the final `;`.
    pub fn statement(&mut self, toks: Vec<TokenWithSpan>, start: usize) -> R<()> {
        self.sharing_pass();
        let s = Stmt {
            toks: &toks[start..],
        };
        let words: Vec<std::borrow::Cow<'static, str>> = s
            .toks
            .iter()
            .filter(|t| !matches!(t.token, Token::Whitespace(_)))
            .take(6)
            .map(|t| match &t.token {
                Token::Word(w) if w.quote_style.is_none() => keyword_text(w.keyword)
                    .map_or_else(|| w.value.to_uppercase().into(), Into::into),
                _ => "".into(),
            })
            .collect();
        let w = |i: usize| words.get(i).map_or("", |w| &**w);
        match w(0) {
            "SET" | "RESET" => Ok(()),
            "SELECT" if s.toks.iter().any(|t| is_kw(t, "set_config")) => Ok(()),
            // a sequence's current value, as a data dump sets it
            "SELECT" if s.toks.iter().any(|t| is_kw(t, "setval")) => {
                self.skip_data(&s, "SELECT setval(...)".to_string())
            }
            // a query in a migration (diesel's `SELECT 1` in a down with nothing to undo)
            "SELECT" if self.opts.migration => Ok(()),
            // a query, as schema scripts end with one that records their version
            // (`SELECT update_db_version('1.2')`): gen does not run functions, so it is data
            "SELECT" => {
                let called = s
                    .toks
                    .windows(2)
                    .find_map(|p| match (&p[0].token, &p[1].token) {
                        (Token::Word(w), Token::LParen) => Some(format!("SELECT {}(...)", w.value)),
                        _ => None,
                    });
                self.skip_data(&s, called.unwrap_or_else(|| "SELECT".to_string()))
            }
            "BEGIN" | "COMMIT" | "START" | "END" if self.opts.migration => Ok(()),
            "BEGIN" | "COMMIT" | "START" | "END" => {
                self.notes.push(format!(
                    "{}:{}: ignored transaction control statement {}",
                    self.file,
                    s.line(),
                    w(0)
                ));
                Ok(())
            }
            "CREATE" => {
                let mut i = 1;
                if w(1) == "OR" && w(2) == "REPLACE" {
                    i = 3;
                }
                match (w(i), w(i + 1)) {
                    ("TABLE", _) | ("UNLOGGED", "TABLE") => self.create_table(toks),
                    ("INDEX", _) | ("UNIQUE", "INDEX") => self.create_index(toks),
                    ("EXTENSION", _) if i == 1 => self.create_extension(&s),
                    ("SEQUENCE", _) | ("UNLOGGED", "SEQUENCE") if i == 1 => {
                        self.create_sequence(&s)
                    }
                    ("SCHEMA", _) | ("EXTENSION", _) | ("SEQUENCE", _) | ("TYPE", _) => {
                        self.other_create(&s)
                    }
                    ("FUNCTION", _) | ("PROCEDURE", _) => self.create_routine(&s),
                    ("VIEW", _) | ("MATERIALIZED", "VIEW") | ("RECURSIVE", "VIEW") => {
                        self.create_view(&s)
                    }
                    ("TRIGGER", _) | ("CONSTRAINT", "TRIGGER") => self.create_trigger(&s),
                    ("RULE", _) => self.create_rule(&s),
                    ("LANGUAGE", _) | ("PROCEDURAL", "LANGUAGE") | ("TRUSTED", _) => {
                        self.create_language(&s)
                    }
                    ("COLLATION", _) | ("AGGREGATE", _) if i == 1 || w(i) == "AGGREGATE" => {
                        self.create_object(&s)
                    }
                    ("OPERATOR", b) if i == 1 && b != "CLASS" && b != "FAMILY" => {
                        self.create_object(&s)
                    }
                    ("TEXT", "SEARCH")
                        if i == 1
                            && matches!(
                                w(3),
                                "CONFIGURATION" | "DICTIONARY" | "PARSER" | "TEMPLATE"
                            ) =>
                    {
                        self.create_object(&s)
                    }
                    ("POLICY", _) if i == 1 => self.create_policy(&s),
                    ("STATISTICS", _) if i == 1 => self.create_statistics(&s),
                    ("EVENT", "TRIGGER") if i == 1 => self.create_event_trigger(&s),
                    ("PUBLICATION", _) if i == 1 => self.create_publication(&s),
                    ("DOMAIN", _) if i == 1 => self.create_domain(&s),
                    (a, b) => {
                        let two = matches!(
                            a,
                            "MATERIALIZED"
                                | "TEMP"
                                | "TEMPORARY"
                                | "CONSTRAINT"
                                | "EVENT"
                                | "FOREIGN"
                                | "RECURSIVE"
                                | "UNLOGGED"
                                | "DEFAULT"
                                | "TEXT"
                                | "OPERATOR"
                        );
                        let kind = if two {
                            format!("CREATE {a} {b}")
                        } else {
                            format!("CREATE {a}")
                        };
                        Err(self.err_at(
                            &s,
                            format!("unsupported statement: {kind}{}", unsupported_hint(&kind)),
                        ))
                    }
                }
            }
            "GRANT" => self.grant(&s, false),
            "REVOKE" => self.grant(&s, true),
            "ALTER" if alter::owner_only(&s) => Ok(()),
            "ALTER" => match (w(1), w(2)) {
                ("TABLE", _) if alter::altered_view(&s, &self.schema).is_some() => {
                    self.alter_view(&s)
                }
                ("TABLE", _) => self.alter_table(&s),
                ("VIEW", _) | ("MATERIALIZED", "VIEW") => self.alter_view(&s),
                ("DOMAIN", _) => self.alter_domain(&s),
                ("POLICY", _) => self.alter_policy(&s),
                ("DEFAULT", "PRIVILEGES") => self.alter_default_privileges(&s),
                ("SEQUENCE", _) => self.alter_sequence(&s),
                ("INDEX", _) if Self::is_index_attach(&s) => self.alter_index_attach(&s),
                ("INDEX", _) => self.alter_index(&s),
                ("TYPE", _) => self.alter_type(&s),
                ("EXTENSION", _) => self.alter_extension(&s),
                ("TEXT", "SEARCH") => self.alter_object(&s),
                ("STATISTICS", _) => self.alter_statistics(&s),
                ("EVENT", "TRIGGER") => self.alter_event_trigger(&s),
                ("PUBLICATION", _) => self.alter_publication(&s),
                (k, k2) => {
                    let kind = if matches!(
                        k,
                        "MATERIALIZED" | "FOREIGN" | "EVENT" | "DEFAULT" | "OPERATOR" | "TEXT"
                    ) {
                        format!("ALTER {k} {k2}")
                    } else {
                        format!("ALTER {k}")
                    };
                    Err(self.err_at(
                        &s,
                        format!("unsupported statement: {kind}{}", unsupported_hint(&kind)),
                    ))
                }
            },
            "DROP" => self.drop_stmt(&s),
            "DO" => self.skip_data(&s, "DO block".to_string()),
            "INSERT" => {
                let target = alter::insert_target(&s);
                self.skip_data(&s, format!("INSERT INTO {target}"))
            }
            // its rows (pg_dump's `COPY ... FROM stdin;` block) are blanked before tokenizing
            "COPY" => {
                let target = alter::insert_target(&s);
                self.skip_data(&s, format!("COPY {target}"))
            }
            "UPDATE" => {
                let target = alter::insert_target(&s);
                self.skip_data(&s, format!("UPDATE {target}"))
            }
            "DELETE" => {
                let target = alter::insert_target(&s);
                self.skip_data(&s, format!("DELETE FROM {target}"))
            }
            "COMMENT" if w(2) == "CONSTRAINT" => self.comment_constraint(&s),
            // a built-in language's comment (pg_dump before 9.1 wrote languages)
            "COMMENT" if w(2) == "LANGUAGE" || (w(2) == "PROCEDURAL" && w(3) == "LANGUAGE") => {
                self.language(&s, "COMMENT ON LANGUAGE")
            }
            "COMMENT"
                if matches!(
                    w(2),
                    "VIEW"
                        | "MATERIALIZED"
                        | "FUNCTION"
                        | "PROCEDURE"
                        | "ROUTINE"
                        | "TRIGGER"
                        | "RULE"
                        | "POLICY"
                ) =>
            {
                self.comment_on_definition(&s)
            }
            "COMMENT"
                if matches!(
                    w(2),
                    "COLLATION"
                        | "AGGREGATE"
                        | "OPERATOR"
                        | "TEXT"
                        | "STATISTICS"
                        | "EVENT"
                        | "PUBLICATION"
                ) =>
            {
                self.comment_on_object(&s)
            }
            "COMMENT" => self.comment(&s),
            k => {
                let kind = if k.is_empty() {
                    "(unrecognised)".to_string()
                } else {
                    k.to_string()
                };
                Err(self.err_at(
                    &s,
                    format!("unsupported statement: {kind}{}", unsupported_hint(&kind)),
                ))
            }
        }
    }

    // ---------------------------------------------------------------- CREATE SCHEMA/EXTENSION/SEQUENCE/TYPE

    // ------------------------------------------------- routines, views, triggers (as written)

    fn create_routine(&mut self, s: &Stmt) -> R<()> {
        let p = super::opaque::routine(self.src(), s.toks, &self.schema, &self.view_types)
            .map_err(|m| self.err_at(s, m))?;
        let r = Routine {
            name: p.name,
            args: p.args,
            procedure: p.procedure,
            returns: p.returns,
            definition: p.definition,
            mentions: p.mentions,
            words: p.words,
            types: p.types,
            sql_body: p.sql_body,
            comment: None,
        };
        let key = r.signature();
        if self.schema.routines.contains_key(&key) && !has_or_replace(s) {
            return Err(self.err_at(s, format!("function {key} is defined twice")));
        }
        self.schema.routines.insert(key, r);
        Ok(())
    }

    fn create_view(&mut self, s: &Stmt) -> R<()> {
        let p = super::opaque::view(self.src(), s.toks, &self.schema, &self.view_types)
            .map_err(|m| self.err_at(s, m))?;
        self.view_types.insert(
            p.name.clone(),
            p.columns.iter().map(|(_, t)| t.clone()).collect(),
        );
        if (self.schema.views.contains_key(&p.name) && !has_or_replace(s))
            || self.schema.tables.contains_key(&p.name)
        {
            return Err(self.err_at(s, format!("relation {} is defined twice", p.name)));
        }
        self.relnames
            .insert((p.name.schema.clone(), p.name.name.clone()));
        // `CREATE OR REPLACE VIEW` keeps the view, with its comments
        let (comment, column_comments) = self
            .schema
            .views
            .get(&p.name)
            .map(|v| (v.comment.clone(), v.column_comments.clone()))
            .unwrap_or_default();
        self.schema.views.insert(
            p.name.clone(),
            View {
                name: p.name,
                materialized: p.materialized,
                definition: p.definition,
                mentions: p.mentions,
                words: p.words,
                columns: p.columns.into_iter().map(|(c, _)| c).collect(),
                no_data: p.no_data,
                comment,
                column_comments,
            },
        );
        Ok(())
    }

    fn create_trigger(&mut self, s: &Stmt) -> R<()> {
        let p = super::opaque::trigger(self.src(), s.toks, &self.schema)
            .map_err(|m| self.err_at(s, m))?;
        self.add_trigger(
            s,
            Trigger {
                table: p.table,
                name: p.name,
                definition: p.definition,
                function: p.function,
                comment: None,
                firing: TriggerFiring::Origin,
                rule: false,
                mentions: Vec::new(),
                words: Vec::new(),
            },
        )
    }

    /// Adds a trigger or a rule, unless one of its name is on the table already (and the
    /// statement does not say OR REPLACE).
    fn add_trigger(&mut self, s: &Stmt, t: Trigger) -> R<()> {
        let key = t.key();
        if self.schema.triggers.contains_key(&key) && !has_or_replace(s) {
            return Err(self.err_at(
                s,
                format!("{} {} on {} is defined twice", t.kind(), t.name, t.table),
            ));
        }
        self.schema.triggers.insert(key, t);
        Ok(())
    }

    /// `CREATE [OR REPLACE] [TRUSTED] [PROCEDURAL] LANGUAGE name`, as pg_dump wrote it before
    /// PostgreSQL 9.1 (where languages became extensions): for a language PostgreSQL has built
    /// in (`plpgsql` since 9.0) nothing to do; any other is refused (install it with CREATE
    /// EXTENSION).
    fn create_language(&mut self, s: &Stmt) -> R<()> {
        self.language(s, "CREATE LANGUAGE")
    }

    /// A statement about language `name` (the word after LANGUAGE): skipped with a note for a
    /// built-in language, refused for any other.
    fn language(&mut self, s: &Stmt, what: &str) -> R<()> {
        let solid: Vec<&TokenWithSpan> = s.toks.iter().filter(|t| sig(t)).collect();
        let name = solid
            .iter()
            .position(|t| is_kw(t, "LANGUAGE"))
            .and_then(|i| solid.get(i + 1))
            .and_then(|t| match &t.token {
                Token::Word(w) if w.quote_style.is_none() => Some(w.value.to_lowercase()),
                Token::Word(w) => Some(w.value.clone()),
                _ => None,
            })
            .ok_or_else(|| self.err_at(s, format!("{what}: expected the language's name")))?;
        if matches!(name.as_str(), "plpgsql" | "sql" | "c" | "internal") {
            self.notes.push(format!(
                "{}:{}: ignored {what} {name}: PostgreSQL has it built in",
                self.file,
                s.line()
            ));
            return Ok(());
        }
        Err(self.err_at(
            s,
            format!(
                "unsupported statement: {what} {name}: languages other than the built-in ones are installed as extensions (CREATE EXTENSION {name})"
            ),
        ))
    }

    fn create_rule(&mut self, s: &Stmt) -> R<()> {
        let p =
            super::opaque::rule(self.src(), s.toks, &self.schema).map_err(|m| self.err_at(s, m))?;
        if !self.schema.tables.contains_key(&p.table) && !self.schema.views.contains_key(&p.table) {
            return Err(self.err_at(s, format!("relation {} does not exist", p.table)));
        }
        self.add_trigger(
            s,
            Trigger {
                table: p.table,
                name: p.name,
                definition: p.definition,
                function: None,
                comment: None,
                firing: TriggerFiring::Origin,
                rule: true,
                mentions: p.mentions,
                words: p.words,
            },
        )
    }

    fn other_create(&mut self, s: &Stmt) -> R<()> {
        let st = self.parse_stmt(s, s.toks.to_vec())?;
        match st {
            Statement::CreateSchema {
                schema_name,
                if_not_exists,
                or_replace: false,
                with: None,
                ..
            } => {
                let name = match &schema_name {
                    SchemaName::Simple(n) | SchemaName::NamedAuthorization(n, _) => name_parts(n),
                    SchemaName::UnnamedAuthorization(i) => vec![fold(i)],
                };
                let [name] = name.as_slice() else {
                    return Err(self.err_at(s, "bad schema name"));
                };
                if self.schema.schemas.contains_key(name) {
                    if if_not_exists {
                        return Ok(());
                    }
                    return Err(self.err_at(s, format!("schema {name} is defined twice")));
                }
                self.schema.schemas.insert(
                    name.clone(),
                    SchemaDef {
                        name: name.clone(),
                        comment: None,
                    },
                );
                Ok(())
            }
            Statement::CreateExtension(ast::CreateExtension {
                name,
                if_not_exists,
                cascade: _,
                schema,
                version,
            }) => {
                let n = fold(&name);
                if self.schema.extensions.contains_key(&n) {
                    if if_not_exists {
                        return Ok(());
                    }
                    return Err(self.err_at(s, format!("extension {n} is defined twice")));
                }
                let ext = Extension {
                    name: n.clone(),
                    schema: schema.as_ref().map(fold),
                    version: version.as_ref().map(|v| v.value.clone()),
                    comment: None,
                };
                self.schema.extensions.insert(n, ext);
                Ok(())
            }
            Statement::CreateSequence {
                temporary: false,
                if_not_exists,
                name,
                data_type,
                sequence_options,
                owned_by,
            } => {
                let qn = self.qual(s, &name)?;
                if self.rel_taken(&qn.schema, &qn.name) {
                    if if_not_exists && self.schema.sequences.contains_key(&qn) {
                        return Ok(());
                    }
                    return Err(self.err_at(s, format!("relation {qn} is defined twice")));
                }
                let mut o = self.seq_opts(s, &sequence_options)?;
                if let Some(dt) = &data_type {
                    o.ty = Some(self.seq_type(s, dt)?);
                }
                let owned = match owned_by {
                    None => None,
                    Some(n) => self.owned_by(s, &name_parts(&n))?,
                };
                let unlogged = s.toks.iter().take(6).any(|t| is_kw(t, "UNLOGGED"));
                self.relnames.insert((qn.schema.clone(), qn.name.clone()));
                self.seq_pos.insert(qn.clone(), (s.line(), s.col()));
                self.schema.sequences.insert(
                    qn.clone(),
                    Sequence {
                        name: qn,
                        options: o.resolve("bigint"),
                        owned_by: owned,
                        unlogged,
                        comment: None,
                    },
                );
                Ok(())
            }
            Statement::CreateType {
                name,
                representation,
            } => {
                let qn = self.qual(s, &name)?;
                match representation {
                    Some(UserDefinedTypeRepresentation::Enum { labels }) => {
                        if self.schema.enums.contains_key(&qn) {
                            return Err(self.err_at(s, format!("type {qn} is defined twice")));
                        }
                        let labels: Vec<String> = labels.iter().map(|l| l.value.clone()).collect();
                        let (directives, label_renames) = self.enum_directives(s);
                        if let Some(l) = label_renames.keys().find(|l| !labels.contains(l)) {
                            return Err(self.err_at(s, format!("@renamed on unknown label {l}")));
                        }
                        self.schema.enums.insert(
                            qn.clone(),
                            EnumType { name: qn, labels, comment: None, directives, label_renames },
                        );
                        Ok(())
                    }
                    Some(UserDefinedTypeRepresentation::Composite { attributes }) => {
                        self.composite_type(s, qn, &attributes)
                    }
                    None => Err(self.err_at(
                        s,
                        "unsupported statement: CREATE TYPE name (a shell type, without a definition)",
                    )),
                    Some(_) => Err(self.err_at(s, "unsupported statement: CREATE TYPE (range and base types are not read; enums and composite types are)")),
                }
            }
            other => Err(self.err_at(
                s,
                format!("unsupported form of statement: {}", first_words(&other)),
            )),
        }
    }

    /// `CREATE EXTENSION [IF NOT EXISTS] name [WITH] [SCHEMA s] [VERSION v] [CASCADE]` (token
    /// level: sqlparser needs WITH and reads no string version).
    fn create_extension(&mut self, s: &Stmt) -> R<()> {
        let mut c = Cur::new(s.toks);
        c.kw("CREATE");
        c.kw("EXTENSION");
        let if_not_exists = c.kw("IF") && c.kw("NOT") && c.kw("EXISTS");
        let (l, col) = c.pos();
        let n = c
            .ident()
            .ok_or_else(|| self.err(l, col, "expected an extension name"))?;
        c.kw("WITH");
        let mut schema = None;
        let mut version = None;
        while !c.at_end() {
            let (l, col) = c.pos();
            if c.kw("SCHEMA") {
                schema = Some(
                    c.ident()
                        .ok_or_else(|| self.err(l, col, "expected a schema name"))?,
                );
            } else if c.kw("VERSION") {
                version = Some(match c.peek().map(|t| &t.token) {
                    Some(Token::SingleQuotedString(v)) => {
                        let v = v.clone();
                        c.i += 1;
                        v
                    }
                    Some(Token::Word(w)) => {
                        let v = w.value.clone();
                        c.i += 1;
                        v
                    }
                    Some(Token::Number(v, _)) => {
                        let v = v.clone();
                        c.i += 1;
                        v
                    }
                    _ => return Err(self.err(l, col, "expected a version after VERSION")),
                });
            } else if c.kw("CASCADE") {
            } else {
                let what = c.peek().map(|t| t.token.to_string()).unwrap_or_default();
                return Err(self.err(
                    l,
                    col,
                    format!("unsupported or unexpected text in CREATE EXTENSION: `{what}`"),
                ));
            }
        }
        if n == "plpgsql" {
            // built into every database (older pg_dump versions write it)
            return Ok(());
        }
        if self.schema.extensions.contains_key(&n) {
            if if_not_exists {
                return Ok(());
            }
            return Err(self.err_at(s, format!("extension {n} is defined twice")));
        }
        let ext = Extension {
            name: n.clone(),
            schema,
            version,
            comment: None,
        };
        self.schema.extensions.insert(n, ext);
        Ok(())
    }

    /// The `@renamed` directives of a `CREATE TYPE ... AS ENUM (...)`. One written right after a
    /// label on the label's line (before or after its comma) renames that label; any other (before
    /// the statement, after the type name, on its own line in the label list) renames the type, and
    /// the first of those wins. Returns the type's directives and the label renames (new -> old).
    fn enum_directives(&mut self, s: &Stmt) -> (Directives, BTreeMap<String, String>) {
        let mut labels = BTreeMap::new();
        let mut type_level: Vec<(usize, usize)> = Vec::new();
        let mut in_list = false;
        let mut after_enum = false;
        // the label the last code token belongs to (the label itself or its comma), with its line
        let mut last_label: Option<(String, u64)> = None;
        for t in s.toks {
            if is_comment(&t.token) {
                let body = match &t.token {
                    Token::Whitespace(Whitespace::SingleLineComment { comment, .. }) => comment,
                    Token::Whitespace(Whitespace::MultiLineComment(c)) => c,
                    _ => continue,
                };
                if !matches!(
                    super::directives::parse_comment(body),
                    Ok(Some(super::directives::Item::Renamed(..)))
                ) {
                    continue;
                }
                let (line, col) = (t.span.start.line as usize, t.span.start.column as usize);
                match &last_label {
                    Some((label, l)) if in_list && *l == t.span.start.line => {
                        if let Some(super::directives::Item::Renamed(_, raw)) =
                            self.dirs.take_at(line, col)
                        {
                            labels.entry(label.clone()).or_insert(raw);
                        }
                    }
                    _ => type_level.push((line, col)),
                }
                continue;
            }
            if !sig(t) {
                continue;
            }
            let line = t.span.start.line;
            last_label = match (&t.token, &last_label) {
                (Token::SingleQuotedString(v), _) if in_list => Some((v.clone(), line)),
                (Token::Comma, Some((v, l))) if *l == line => Some((v.clone(), line)),
                _ => None,
            };
            if after_enum && matches!(t.token, Token::LParen) {
                in_list = true;
            }
            after_enum = is_kw(t, "ENUM");
        }
        let mut d = self.dirs.take(s.line(), Target::Other);
        for (line, col) in type_level {
            if let Some(super::directives::Item::Renamed(v, _)) = self.dirs.take_at(line, col)
                && d.renamed_from.is_none()
            {
                d.renamed_from = Some(v);
            }
        }
        (d, labels)
    }

    fn qual(&self, s: &Stmt, n: &ObjectName) -> R<QualName> {
        qn_parts(&name_parts(n)).ok_or_else(|| self.err_at(s, format!("bad object name `{n}`")))
    }

    fn seq_type(&self, s: &Stmt, dt: &ast::DataType) -> R<String> {
        let t = type_ref(dt).map_err(|m| self.err_at(s, m))?;
        match t.name.as_str() {
            "smallint" | "integer" | "bigint" if t.array_dims == 0 => Ok(t.name),
            _ => Err(self.err_at(
                s,
                format!(
                    "sequence type must be smallint, integer or bigint, not {}",
                    t.name
                ),
            )),
        }
    }

    fn seq_opts(&self, s: &Stmt, opts: &[ast::SequenceOptions]) -> R<SeqOpts> {
        let mut o = SeqOpts::default();
        let num = |e: &SqlExpr| {
            int_of(e).ok_or_else(|| self.err_at(s, format!("expected an integer, found `{e}`")))
        };
        for opt in opts {
            match opt {
                ast::SequenceOptions::IncrementBy(e, _) => o.inc = Some(num(e)?),
                ast::SequenceOptions::MinValue(e) => o.min = Some(e.as_ref().map(num).transpose()?),
                ast::SequenceOptions::MaxValue(e) => o.max = Some(e.as_ref().map(num).transpose()?),
                ast::SequenceOptions::StartWith(e, _) => o.start = Some(num(e)?),
                ast::SequenceOptions::Cache(e) => o.cache = Some(num(e)?),
                ast::SequenceOptions::Cycle(no) => o.cycle = Some(!no),
            }
        }
        Ok(o)
    }

    fn owned_by(&self, s: &Stmt, parts: &[String]) -> R<Option<(QualName, String)>> {
        match parts {
            [none] if none == "none" => Ok(None),
            [t, c] => Ok(Some((QualName::public(t.clone()), c.clone()))),
            [sc, t, c] => Ok(Some((QualName::new(sc.clone(), t.clone()), c.clone()))),
            _ => Err(self.err_at(s, "OWNED BY expects table.column")),
        }
    }

    // ---------------------------------------------------------------- ALTER SEQUENCE (token level)

    /// `CREATE [UNLOGGED] SEQUENCE [IF NOT EXISTS] name [options] [OWNED BY t.c | NONE]`, at
    /// token level: sqlparser takes the options only in one order, pg_dump writes another.
    fn create_sequence(&mut self, s: &Stmt) -> R<()> {
        let mut c = Cur::new(s.toks);
        c.kw("CREATE");
        let unlogged = c.kw("UNLOGGED");
        c.kw("SEQUENCE");
        let if_not_exists = c.kw("IF") && c.kw("NOT") && c.kw("EXISTS");
        let (l, col) = c.pos();
        let parts = c
            .qualified()
            .ok_or_else(|| self.err(l, col, "expected a sequence name"))?;
        let qn = qn_parts(&parts).ok_or_else(|| self.err(l, col, "bad sequence name"))?;
        if self.rel_taken(&qn.schema, &qn.name) {
            if if_not_exists && self.schema.sequences.contains_key(&qn) {
                return Ok(());
            }
            return Err(self.err_at(s, format!("relation {qn} is defined twice")));
        }
        let mut o = SeqOpts::default();
        let mut owned = None;
        while !c.at_end() {
            let (l, col) = c.pos();
            let bad = |b: &Self, what: &str| {
                b.err(
                    l,
                    col,
                    format!("unsupported or malformed CREATE SEQUENCE option: {what}"),
                )
            };
            if c.kw("OWNED") {
                if !c.kw("BY") {
                    return Err(bad(self, "OWNED"));
                }
                let p = c.qualified().ok_or_else(|| bad(self, "OWNED BY"))?;
                owned = self.owned_by(s, &p)?;
            } else {
                match seq_option(&mut c, &mut o) {
                    Ok(true) => {}
                    Ok(false) => {
                        let what = c.peek().map(|t| t.token.to_string()).unwrap_or_default();
                        return Err(bad(self, &what));
                    }
                    Err(what) => return Err(bad(self, &what)),
                }
            }
        }
        self.relnames.insert((qn.schema.clone(), qn.name.clone()));
        self.seq_pos.insert(qn.clone(), (s.line(), s.col()));
        self.schema.sequences.insert(
            qn.clone(),
            Sequence {
                name: qn,
                options: o.resolve("bigint"),
                owned_by: owned,
                unlogged,
                comment: None,
            },
        );
        Ok(())
    }

    fn alter_sequence(&mut self, s: &Stmt) -> R<()> {
        let mut c = Cur::new(s.toks);
        c.kw("ALTER");
        c.kw("SEQUENCE");
        let if_exists = c.kw("IF") && c.kw("EXISTS");
        let (l, col) = c.pos();
        let parts = c
            .qualified()
            .ok_or_else(|| self.err(l, col, "expected a sequence name"))?;
        let qn = qn_parts(&parts).ok_or_else(|| self.err(l, col, "bad sequence name"))?;
        if !self.schema.sequences.contains_key(&qn) {
            if if_exists {
                return Ok(());
            }
            return Err(self.err(l, col, format!("ALTER SEQUENCE of unknown sequence {qn}")));
        }
        if c.kw("RENAME") {
            let (l, col) = c.pos();
            let new = c
                .kw("TO")
                .then(|| c.ident())
                .flatten()
                .ok_or_else(|| self.err(l, col, "expected RENAME TO new_name"))?;
            self.expect_end(&c, "ALTER SEQUENCE ... RENAME TO")?;
            let nq = QualName::new(qn.schema.clone(), new);
            if self.rel_taken(&nq.schema, &nq.name) {
                return Err(self.err(l, col, format!("relation {nq} already exists")));
            }
            self.relnames.remove(&(qn.schema.clone(), qn.name.clone()));
            self.relnames.insert((nq.schema.clone(), nq.name.clone()));
            if let Some(p) = self.seq_pos.remove(&qn) {
                self.seq_pos.insert(nq.clone(), p);
            }
            crate::diff::rename_sequence(&mut self.schema, &qn, &nq);
            return Ok(());
        }
        let mut o = SeqOpts::default();
        let mut owned: Option<Option<(QualName, String)>> = None;
        while !c.at_end() {
            let (l, col) = c.pos();
            let bad = |b: &Self, what: &str| {
                b.err(
                    l,
                    col,
                    format!("unsupported or malformed ALTER SEQUENCE clause: {what}"),
                )
            };
            if c.kw("OWNED") {
                if !c.kw("BY") {
                    return Err(bad(self, "OWNED"));
                }
                let p = c.qualified().ok_or_else(|| bad(self, "OWNED BY"))?;
                owned = Some(self.owned_by(s, &p)?);
            } else if c.kw("RESTART") {
                c.kw("WITH");
                c.int();
            } else if c.kw("OWNER") {
                c.kw("TO");
                c.ident();
            } else {
                match seq_option(&mut c, &mut o) {
                    Ok(true) => {}
                    Ok(false) => {
                        let what = c.peek().map(|t| t.token.to_string()).unwrap_or_default();
                        return Err(bad(self, &what));
                    }
                    Err(what) => return Err(bad(self, &what)),
                }
            }
        }
        let seq = self.schema.sequences.get_mut(&qn).expect("checked");
        seq.options = o.apply(&seq.options);
        if let Some(ob) = owned {
            seq.owned_by = ob;
        }
        Ok(())
    }

    // ---------------------------------------------------------------- CREATE TABLE

    /// Takes the option list of every `AS IDENTITY ( ... )` out of the tokens (sqlparser reads only
    /// some of the forms PostgreSQL accepts) and parses it here. Returns the remaining tokens and
    /// one spec per `AS IDENTITY`, with or without a list, in statement order.
    fn strip_identity_options(
        &self,
        toks: Vec<TokenWithSpan>,
    ) -> R<(Vec<TokenWithSpan>, VecDeque<IdentSpec>)> {
        // Most statements have no identity column: their tokens stay as they are.
        let mut prev_as = false;
        let any = toks.iter().filter(|t| sig(t)).any(|t| {
            let found = prev_as && is_kw(t, "IDENTITY");
            prev_as = is_kw(t, "AS");
            found
        });
        if !any {
            return Ok((toks, VecDeque::new()));
        }
        let mut out = Vec::with_capacity(toks.len());
        let mut specs = VecDeque::new();
        let mut prev_as = false;
        let mut i = 0;
        while i < toks.len() {
            let t = &toks[i];
            out.push(t.clone());
            i += 1;
            if !sig(t) {
                continue;
            }
            let is_identity = prev_as && is_kw(t, "IDENTITY");
            prev_as = is_kw(t, "AS");
            if !is_identity {
                continue;
            }
            let mut spec = IdentSpec::default();
            let mut j = i;
            while j < toks.len() && !sig(&toks[j]) {
                j += 1;
            }
            if j < toks.len() && matches!(toks[j].token, Token::LParen) {
                let mut depth = 0;
                let mut k = j;
                while k < toks.len() {
                    match toks[k].token {
                        Token::LParen => depth += 1,
                        Token::RParen => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                    k += 1;
                }
                let (l, c0) = (
                    toks[j].span.start.line as usize,
                    toks[j].span.start.column as usize,
                );
                if k >= toks.len() {
                    return Err(self.err(l, c0, "unclosed identity option list"));
                }
                let mut c = Cur::new(&toks[j + 1..k]);
                while !c.at_end() {
                    let (l, col) = c.pos();
                    let bad = |what: &str| {
                        self.err(
                            l,
                            col,
                            format!("unsupported or malformed identity option: {what}"),
                        )
                    };
                    if c.kw("SEQUENCE") {
                        if !c.kw("NAME") {
                            return Err(bad("SEQUENCE"));
                        }
                        spec.seqname = Some(c.qualified().ok_or_else(|| bad("SEQUENCE NAME"))?);
                        continue;
                    }
                    if c.kw("AS") {
                        // PostgreSQL: "conflicting or redundant options"
                        return Err(self.err(
                            l,
                            col,
                            "identity options cannot name a type (AS): the sequence takes the column's type",
                        ));
                    }
                    match seq_option(&mut c, &mut spec.opts) {
                        Ok(true) => {}
                        Ok(false) => {
                            let what = c.peek().map(|t| t.token.to_string()).unwrap_or_default();
                            return Err(bad(&what));
                        }
                        Err(what) => return Err(bad(&what)),
                    }
                }
                i = k + 1;
            }
            specs.push_back(spec);
        }
        Ok((out, specs))
    }

    /// Takes the `ALTER [COLUMN] c SET GENERATED / SET option / RESTART / DROP IDENTITY` actions
    /// out of an ALTER TABLE (sqlparser cannot read them). Returns the remaining tokens (None when
    /// no action is left) and the actions, to apply after the others.
    fn strip_identity_actions(
        &self,
        toks: Vec<TokenWithSpan>,
    ) -> R<(Option<Vec<TokenWithSpan>>, Vec<IdentAction>)> {
        let (sigs, ranges) = alter_table_actions(&toks);
        let at = |p: usize, kw: &str| sigs.get(p).is_some_and(|&i| is_kw(&toks[i], kw));
        let mut actions = Vec::new();
        let mut removed: Vec<(usize, usize)> = Vec::new(); // sig ranges, comma included
        for (n, &(a, b)) in ranges.iter().enumerate() {
            if b <= a || !at(a, "ALTER") {
                continue;
            }
            let mut q = a + 1;
            if at(q, "COLUMN") {
                q += 1;
            }
            let name_at = q;
            q += 1;
            let next = |q: usize, kw: &str| q < b && at(q, kw);
            let is_set = next(q, "SET")
                && [
                    "GENERATED",
                    "INCREMENT",
                    "START",
                    "MINVALUE",
                    "MAXVALUE",
                    "NO",
                    "CACHE",
                    "CYCLE",
                ]
                .iter()
                .any(|k| next(q + 1, k));
            let is_ident =
                is_set || next(q, "RESTART") || (next(q, "DROP") && next(q + 1, "IDENTITY"));
            if !is_ident {
                continue;
            }
            let span = toks[sigs[a]].span.start;
            let (line, col) = (span.line as usize, span.column as usize);
            let mut c = Cur::new(&toks[sigs[name_at]..sigs[b - 1] + 1]);
            let column = c
                .ident()
                .ok_or_else(|| self.err(line, col, "expected a column name"))?;
            if c.kw("DROP") {
                c.kw("IDENTITY");
                let if_exists = c.kw("IF") && c.kw("EXISTS");
                if !c.at_end() {
                    let (l, cc) = c.pos();
                    return Err(self.err(l, cc, "unexpected text after DROP IDENTITY"));
                }
                actions.push(IdentAction::Drop {
                    column,
                    if_exists,
                    line,
                    col,
                });
            } else {
                let mut always = None;
                let mut opts = SeqOpts::default();
                while !c.at_end() {
                    let (l, cc) = c.pos();
                    let bad = |what: &str| {
                        self.err(
                            l,
                            cc,
                            format!("unsupported or malformed identity change: {what}"),
                        )
                    };
                    if c.kw("RESTART") {
                        c.kw("WITH");
                        c.int();
                        continue;
                    }
                    if !c.kw("SET") {
                        let what = c.peek().map(|t| t.token.to_string()).unwrap_or_default();
                        return Err(bad(&what));
                    }
                    if c.kw("GENERATED") {
                        if c.kw("ALWAYS") {
                            always = Some(true);
                        } else if c.kw("BY") && c.kw("DEFAULT") {
                            always = Some(false);
                        } else {
                            return Err(bad("SET GENERATED"));
                        }
                        continue;
                    }
                    match seq_option(&mut c, &mut opts) {
                        Ok(true) => {}
                        Ok(false) => {
                            let what = c.peek().map(|t| t.token.to_string()).unwrap_or_default();
                            return Err(bad(&format!("SET {what}")));
                        }
                        Err(what) => return Err(bad(&format!("SET {what}"))),
                    }
                }
                actions.push(IdentAction::Set {
                    column,
                    always,
                    opts,
                    line,
                    col,
                });
            }
            // remove the action with one adjacent comma
            if n + 1 < ranges.len() {
                removed.push((a, ranges[n + 1].0));
            } else if n > 0 {
                removed.push((a - 1, b));
            } else {
                removed.push((a, b));
            }
        }
        if actions.is_empty() {
            return Ok((Some(toks), actions));
        }
        let drop: HashSet<usize> = removed
            .iter()
            .flat_map(|&(a, b)| sigs[a]..sigs.get(b).copied().unwrap_or(toks.len()))
            .collect();
        let rest: Vec<TokenWithSpan> = toks
            .into_iter()
            .enumerate()
            .filter(|(i, _)| !drop.contains(i))
            .map(|(_, t)| t)
            .collect();
        let any_left = ranges.iter().filter(|&&(a, b)| b > a).count() > actions.len();
        Ok((any_left.then_some(rest), actions))
    }

    /// Applies identity actions taken out of an ALTER TABLE.
    fn apply_identity_actions(&mut self, tq: &QualName, actions: Vec<IdentAction>) -> R<()> {
        for a in actions {
            match a {
                IdentAction::Set {
                    column,
                    always,
                    opts,
                    line,
                    col,
                } => {
                    let e = self.err(
                        line,
                        col,
                        format!("column {column} of table {tq} is not an identity column"),
                    );
                    let e2 = self.err(
                        line,
                        col,
                        format!("column {column} of table {tq} does not exist"),
                    );
                    let c = self
                        .schema
                        .tables
                        .get_mut(tq)
                        .expect("table")
                        .column_mut(&column)
                        .ok_or(e2)?;
                    let id = c.identity.as_mut().ok_or(e)?;
                    if let Some(a) = always {
                        id.always = a;
                    }
                    id.options = opts.apply(&id.options);
                }
                IdentAction::Drop {
                    column,
                    if_exists,
                    line,
                    col,
                } => {
                    let e = self.err(
                        line,
                        col,
                        format!("column {column} of table {tq} is not an identity column"),
                    );
                    let e2 = self.err(
                        line,
                        col,
                        format!("column {column} of table {tq} does not exist"),
                    );
                    let c = self
                        .schema
                        .tables
                        .get_mut(tq)
                        .expect("table")
                        .column_mut(&column)
                        .ok_or(e2)?;
                    if c.identity.is_none() && !if_exists {
                        return Err(e);
                    }
                    // the column stays NOT NULL, as in PostgreSQL
                    c.identity = None;
                    if let Some(rel) = self.ident_seqs.remove(&(tq.clone(), column.clone())) {
                        self.relnames.remove(&rel);
                    }
                }
            }
        }
        Ok(())
    }

    fn create_table(&mut self, toks: Vec<TokenWithSpan>) -> R<()> {
        // The tokens go to sqlparser without a copy: what is read of the statement afterwards
        // (its position, its first words) is in its first tokens.
        let head = statement_head(&toks);
        let s = &Stmt { toks: &head };
        let (toks, partitioning) = self.take_partition_clauses(toks)?;
        let (toks, specs) = self.strip_identity_options(toks)?;
        self.ident_specs = specs;
        let (toks, with) = self.strip_table_with(toks)?;
        let (toks, likes) = self.strip_like(toks)?;
        let st = self.parse_stmt(s, rewrite_typed_literals(toks))?;
        let Statement::CreateTable(mut ct) = st else {
            return Err(self.err_at(s, "unsupported form of CREATE TABLE"));
        };
        let inherits = ct.inherits.take().unwrap_or_default();
        self.check_create_table_clauses(s, &mut ct)?;
        let qn = self.qual(s, &ct.name)?;
        if self.schema.tables.contains_key(&qn) {
            if ct.if_not_exists {
                self.notes.push(format!(
                    "{}:{}: CREATE TABLE IF NOT EXISTS {qn}: already defined, skipped",
                    self.file,
                    s.line()
                ));
                return Ok(());
            }
            return Err(self.err_at(s, format!("table {qn} is defined twice")));
        }
        if self.rel_taken(&qn.schema, &qn.name) {
            return Err(self.err_at(s, format!("relation {qn} already exists")));
        }
        let directives = self.dirs.take(s.line(), Target::Table);
        self.relnames.insert((qn.schema.clone(), qn.name.clone()));
        let mut table = Table {
            name: qn.clone(),
            columns: Vec::with_capacity(ct.columns.len()),
            constraints: Default::default(),
            unlogged: ct.unlogged,
            with,
            row_security: false,
            force_row_security: false,
            replica_identity: ReplicaIdentity::Default,
            cluster_on: None,
            comment: None,
            directives,
            partition_by: None,
            partition_of: None,
            inherits: Vec::new(),
        };
        let mut pending = Vec::new();
        // The column types seen so far, for the columns' expressions: built once, at the first
        // column that needs it, then kept up to date column by column.
        let mut cols_ctx = None;
        for cd in &ct.columns {
            self.add_column(s, &mut table, cd, &mut pending, &mut cols_ctx)?;
        }
        self.schema.tables.insert(qn.clone(), table);
        self.created_table(&qn);
        let like_sources = if likes.is_empty() {
            Vec::new()
        } else {
            self.apply_like(&qn, &likes, &mut pending)?
        };
        // the parents' columns before the table's constraints, which may name them
        if !inherits.is_empty() {
            self.apply_inherits(s, &qn, &inherits)?;
        }
        self.apply_partition_clauses(s, &qn, partitioning)?;
        for tc in &ct.constraints {
            let p = self.table_constraint(s, &qn, tc, false)?;
            pending.push(p);
        }
        merge_redundant_keys(&mut pending);
        self.name_constraints(&qn, pending)?;
        if !like_sources.is_empty() {
            self.finish_like(&qn, like_sources);
        }
        Ok(())
    }

    /// Takes `WITH ( storage parameters )` after the column list out of a CREATE TABLE (sqlparser
    /// reads no dotted keys such as `toast.autovacuum_enabled`), and the `WITHOUT OIDS` or `oids
    /// = false` that PostgreSQL still accepts and ignores (`WITH OIDS` is an error since 12).
    fn strip_table_with(
        &self,
        mut toks: Vec<TokenWithSpan>,
    ) -> R<(Vec<TokenWithSpan>, StorageParams)> {
        let mut depth = 0;
        let mut seen_list = false;
        let mut at = None;
        let mut without_oids = None;
        for (i, t) in toks.iter().enumerate() {
            match t.token {
                Token::LParen => depth += 1,
                Token::RParen => {
                    depth -= 1;
                    if depth == 0 {
                        seen_list = true;
                    }
                }
                _ if depth == 0 && seen_list && is_kw(t, "WITHOUT") => {
                    let next = toks[i + 1..].iter().position(sig).map(|p| i + 1 + p);
                    if let Some(n) = next.filter(|&n| is_kw(&toks[n], "OIDS")) {
                        without_oids = Some((i, n));
                    }
                    break;
                }
                _ if depth == 0 && seen_list && is_kw(t, "WITH") => {
                    let next = toks[i + 1..].iter().position(sig).map(|p| i + 1 + p);
                    if next.is_some_and(|n| matches!(toks[n].token, Token::LParen)) {
                        at = Some(i);
                    }
                    break;
                }
                _ => {}
            }
        }
        if let Some((from, to)) = without_oids {
            toks.drain(from..=to);
        }
        let Some(start) = at else {
            return Ok((toks, Vec::new()));
        };
        let solid: Vec<&TokenWithSpan> = toks[start + 1..].iter().filter(|t| sig(t)).collect();
        let mut c = Cur::from_solid(solid);
        let mut params = self.option_list(&mut c, false)?;
        if let Some((_, v)) = params.iter().find(|(k, _)| k == "oids") {
            if !matches!(v.to_lowercase().as_str(), "false" | "off" | "0" | "no") {
                let t = &toks[start];
                return Err(self.err(
                    t.span.start.line as usize,
                    t.span.start.column as usize,
                    "tables WITH OIDS are not supported (PostgreSQL 12 removed them)",
                ));
            }
            params.retain(|(k, _)| k != "oids");
        }
        // the end of the list in `toks`
        let mut depth = 0;
        let mut end = toks.len();
        for (i, t) in toks.iter().enumerate().skip(start + 1) {
            match t.token {
                Token::LParen => depth += 1,
                Token::RParen => {
                    depth -= 1;
                    if depth == 0 {
                        end = i + 1;
                        break;
                    }
                }
                _ => {}
            }
        }
        let mut rest = toks[..start].to_vec();
        rest.extend_from_slice(&toks[end..]);
        Ok((rest, params))
    }

    fn check_create_table_clauses(&self, s: &Stmt, ct: &mut CreateTable) -> R<()> {
        let clause = if ct.temporary {
            Some("TEMPORARY")
        } else if ct.inherits.is_some() {
            Some("INHERITS")
        } else if ct.partition_by.is_some() {
            Some("PARTITION BY (partitioning is not supported yet)")
        } else if ct.partition_of.is_some() || ct.for_values.is_some() {
            Some("PARTITION OF (partitioning is not supported yet)")
        } else if ct.like.is_some() {
            Some("LIKE")
        } else if ct.query.is_some() {
            Some("AS SELECT")
        } else if ct.or_replace {
            Some("OR REPLACE")
        } else if !matches!(ct.table_options, ast::CreateTableOptions::None) {
            Some("table options / WITH (...) storage parameters / TABLESPACE")
        } else if ct.on_commit.is_some() {
            Some("ON COMMIT")
        } else {
            None
        };
        if let Some(c) = clause {
            return Err(self.err_at(s, format!("unsupported clause in CREATE TABLE: {c}")));
        }
        // Everything else must be what a plain CREATE TABLE leaves at its default: compared
        // with the fields this statement may set swapped out for the plain one's (and back).
        let base = self.plain_create_table.get_or_init(|| {
            match Parser::new(&self.dialect)
                .with_tokens_with_locations(plain_tokens("CREATE TABLE x ()"))
                .parse_statement()
            {
                Ok(Statement::CreateTable(b)) => Some(b),
                _ => None,
            }
        });
        let Some(base) = base else {
            return Ok(());
        };
        let name = std::mem::replace(&mut ct.name, base.name.clone());
        let columns = std::mem::take(&mut ct.columns);
        let constraints = std::mem::take(&mut ct.constraints);
        let if_not_exists = std::mem::replace(&mut ct.if_not_exists, base.if_not_exists);
        let unlogged = std::mem::replace(&mut ct.unlogged, base.unlogged);
        let plain = *ct == *base;
        ct.name = name;
        ct.columns = columns;
        ct.constraints = constraints;
        ct.if_not_exists = if_not_exists;
        ct.unlogged = unlogged;
        if !plain {
            return Err(self.err_at(s, "unsupported clause in CREATE TABLE"));
        }
        Ok(())
    }

    /// Adds a column (with serial expansion); inline constraints are pushed to `pending`.
    /// `cols_ctx` is the table's column types (None: not built yet), which the column's
    /// expressions see with the column itself; the caller keeps it for the next column of the
    /// same statement.
    fn add_column(
        &mut self,
        s: &Stmt,
        table: &mut Table,
        cd: &ast::ColumnDef,
        pending: &mut Vec<PendingCon>,
        cols_ctx: &mut Option<HashMap<String, TypeRef>>,
    ) -> R<()> {
        let tq = &table.name;
        let name = fold(&cd.name);
        let (nl, nc) = (
            cd.name.span.start.line as usize,
            cd.name.span.start.column as usize,
        );
        if table.column(&name).is_some() {
            return Err(self.err(
                nl,
                nc,
                format!("column {name} of table {tq} is defined twice"),
            ));
        }
        let mut ty = declared_type_ref(&cd.data_type).map_err(|m| self.err(nl, nc, m))?;
        let unlogged = table.unlogged;
        let directives = if nl == s.line() {
            Default::default()
        } else {
            self.dirs.take(nl, Target::Column)
        };
        let mut col = Column {
            name: name.clone(),
            ty: ty.clone(),
            not_null: false,
            default: None,
            identity: None,
            generated: None,
            collation: None,
            comment: None,
            statistics: None,
            storage: None,
            options: Vec::new(),
            directives,
        };
        let serial = if ty.schema.is_none() && ty.array_dims == 0 {
            match ty.name.as_str() {
                "serial" => Some("integer"),
                "bigserial" => Some("bigint"),
                "smallserial" => Some("smallint"),
                _ => None,
            }
        } else {
            None
        };
        if let Some(int) = serial {
            ty = TypeRef {
                schema: None,
                name: int.into(),
                modifiers: vec![],
                array_dims: 0,
            };
            col.ty = ty.clone();
        }
        let mut identity_seq: Option<Vec<String>> = None;
        // Column options; constraints are named later.
        if let Some(m) = cols_ctx.as_mut() {
            m.insert(name.clone(), ty.clone());
        }
        let needs_ctx = cd.options.iter().any(|od| {
            matches!(
                od.option,
                ColumnOption::Default(_) | ColumnOption::Generated { .. } | ColumnOption::Check(_)
            )
        });
        if needs_ctx && cols_ctx.is_none() {
            let mut m = col_types(table);
            m.insert(name.clone(), ty.clone());
            *cols_ctx = Some(m);
        }
        let empty = HashMap::new();
        let cols_ctx: &HashMap<String, TypeRef> = cols_ctx.as_ref().unwrap_or(&empty);
        for od in &cd.options {
            let cname = od.name.as_ref().map(fold);
            match &od.option {
                ColumnOption::Null => col.not_null = false,
                ColumnOption::NotNull => col.not_null = true,
                ColumnOption::Default(e) => {
                    col.default = Some(make_expr(
                        e,
                        Ctx {
                            col_type: Some(&ty),
                            columns: Some(cols_ctx),
                        },
                    ));
                }
                ColumnOption::Collation(n) => col.collation = Some(collation_name(n)),
                ColumnOption::Generated {
                    generated_as: g @ (GeneratedAs::Always | GeneratedAs::ByDefault),
                    sequence_options,
                    generation_expr: None,
                    ..
                } => {
                    if !matches!(ty.name.as_str(), "smallint" | "integer" | "bigint")
                        || ty.array_dims > 0
                    {
                        return Err(self.err(
                            nl,
                            nc,
                            "identity column type must be smallint, integer, or bigint",
                        ));
                    }
                    let spec = self.next_ident_spec(s, sequence_options.as_deref())?;
                    col.identity = Some(Box::new(Identity {
                        always: matches!(g, GeneratedAs::Always),
                        options: spec.opts.resolve(&ty.name),
                    }));
                    identity_seq = spec.seqname;
                    col.not_null = true;
                }
                ColumnOption::Generated {
                    generated_as: GeneratedAs::Always | GeneratedAs::ExpStored,
                    generation_expr: Some(e),
                    generation_expr_mode: Some(ast::GeneratedExpressionMode::Stored) | None,
                    sequence_options: None,
                    ..
                } => {
                    col.generated = Some(Box::new(make_expr(
                        e,
                        Ctx {
                            col_type: Some(&ty),
                            columns: Some(cols_ctx),
                        },
                    )));
                }
                ColumnOption::PrimaryKey(pk) => {
                    let c =
                        self.index_constraint_cols(s, &pk.columns, std::slice::from_ref(&name))?;
                    let (deferrable, initially_deferred) = chars(&pk.characteristics);
                    pending.push(PendingCon {
                        name: cname.or(pk.name.as_ref().map(fold)),
                        kind: ConstraintKind::PrimaryKey {
                            columns: c,
                            include: pk.include.iter().map(fold).collect(),
                        },
                        deferrable,
                        initially_deferred,
                        not_valid: false,
                        directives: Default::default(),
                        check_col: None,
                        line: nl,
                        col: nc,
                    });
                }
                ColumnOption::Unique(u) => {
                    let c =
                        self.index_constraint_cols(s, &u.columns, std::slice::from_ref(&name))?;
                    let (deferrable, initially_deferred) = chars(&u.characteristics);
                    pending.push(PendingCon {
                        name: cname.or(u.name.as_ref().map(fold)),
                        kind: ConstraintKind::Unique {
                            columns: c,
                            include: u.include.iter().map(fold).collect(),
                            nulls_not_distinct: matches!(
                                u.nulls_distinct,
                                ast::NullsDistinctOption::NotDistinct
                            ),
                        },
                        deferrable,
                        initially_deferred,
                        not_valid: false,
                        directives: Default::default(),
                        check_col: None,
                        line: nl,
                        col: nc,
                    });
                }
                ColumnOption::ForeignKey(fk) => {
                    let mut fk = fk.clone();
                    if fk.columns.is_empty() {
                        fk.columns = vec![cd.name.clone()];
                    }
                    if fk.name.is_none() {
                        fk.name = od.name.clone();
                    }
                    let p = self.fk_constraint(s, &fk, false, nl, nc)?;
                    pending.push(p);
                }
                ColumnOption::Check(ck) => {
                    let mut p = self.check_constraint(s, ck, cols_ctx, false, nl, nc)?;
                    if p.name.is_none() {
                        p.name = cname;
                    }
                    pending.push(p);
                }
                other => {
                    return Err(self.err(nl, nc, format!("unsupported column option: {other}")));
                }
            }
        }
        if let Some(int) = serial {
            if col.default.is_some() || col.identity.is_some() {
                return Err(self.err(
                    nl,
                    nc,
                    format!("multiple default values specified for column {name} of table {tq}"),
                ));
            }
            let seqname = choose_name(&tq.name, Some(&name), "seq", |n| {
                self.rel_taken(&tq.schema, n)
            });
            let sq = QualName::new(tq.schema.clone(), seqname.clone());
            self.relnames.insert((sq.schema.clone(), sq.name.clone()));
            let sql = format!("nextval({})", canon::regclass_literal(&sq.schema, &sq.name));
            let e = self.parse_expr_text(&sql);
            col.default = Some(make_expr(
                &e,
                Ctx {
                    col_type: Some(&ty),
                    columns: None,
                },
            ));
            col.not_null = true;
            self.schema.sequences.insert(
                sq.clone(),
                Sequence {
                    name: sq,
                    options: SequenceOptions::defaults(int, 1),
                    owned_by: Some((tq.clone(), name.clone())),
                    unlogged,
                    comment: None,
                },
            );
        }
        if col.identity.is_some() {
            // the identity's sequence takes a relation name like a serial's
            let seq = match identity_seq.as_deref().and_then(qn_parts) {
                Some(q) => (q.schema, q.name),
                None => (
                    tq.schema.clone(),
                    choose_name(&tq.name, Some(&name), "seq", |n| {
                        self.rel_taken(&tq.schema, n)
                    }),
                ),
            };
            self.relnames.insert(seq.clone());
            self.ident_seqs.insert((tq.clone(), name.clone()), seq);
        }
        table.columns.push(col);
        Ok(())
    }

    fn index_constraint_cols(
        &self,
        s: &Stmt,
        cols: &[IndexColumn],
        default: &[String],
    ) -> R<Vec<String>> {
        if cols.is_empty() {
            return Ok(default.to_vec());
        }
        cols.iter()
            .map(|c| {
                match (
                    &c.column.expr,
                    &c.operator_class,
                    &c.column.options.nulls_first,
                ) {
                    (SqlExpr::Identifier(i), None, None) if c.column.options.sort.is_none() => {
                        Ok(fold(i))
                    }
                    _ => Err(self.err_at(s, format!("unsupported key in constraint: `{c}`"))),
                }
            })
            .collect()
    }

    fn check_constraint(
        &self,
        s: &Stmt,
        ck: &ast::CheckConstraint,
        cols: &HashMap<String, TypeRef>,
        not_valid: bool,
        line: usize,
        col: usize,
    ) -> R<PendingCon> {
        let ast::CheckConstraint {
            name,
            expr,
            no_inherit,
            enforced,
        } = ck;
        if enforced.is_some() {
            return Err(self.err_at(s, "unsupported: [NOT] ENFORCED"));
        }
        let refs = referenced_columns(expr, cols);
        Ok(PendingCon {
            name: name.as_ref().map(fold),
            kind: ConstraintKind::Check {
                expr: make_expr(
                    expr,
                    Ctx {
                        col_type: None,
                        columns: Some(cols),
                    },
                ),
                no_inherit: *no_inherit,
            },
            deferrable: false,
            initially_deferred: false,
            not_valid,
            directives: Default::default(),
            check_col: if refs.len() == 1 {
                refs.into_iter().next()
            } else {
                None
            },
            line,
            col,
        })
    }

    fn fk_constraint(
        &self,
        s: &Stmt,
        fk: &ast::ForeignKeyConstraint,
        not_valid: bool,
        line: usize,
        col: usize,
    ) -> R<PendingCon> {
        let ast::ForeignKeyConstraint {
            name,
            index_name,
            columns,
            foreign_table,
            referred_columns,
            on_delete,
            on_update,
            match_kind,
            characteristics,
        } = fk;
        if index_name.is_some() {
            return Err(self.err_at(s, "unsupported: index name in FOREIGN KEY"));
        }
        let (deferrable, initially_deferred) = chars(characteristics);
        Ok(PendingCon {
            name: name.as_ref().map(fold),
            kind: ConstraintKind::ForeignKey {
                columns: columns.iter().map(fold).collect(),
                ref_table: self.qual(s, foreign_table)?,
                ref_columns: referred_columns.iter().map(fold).collect(),
                on_delete: fk_action(on_delete),
                on_update: fk_action(on_update),
                match_type: match match_kind {
                    Some(ast::ConstraintReferenceMatchKind::Full) => FkMatch::Full,
                    Some(ast::ConstraintReferenceMatchKind::Partial) => FkMatch::Partial,
                    _ => FkMatch::Simple,
                },
            },
            deferrable,
            initially_deferred,
            not_valid,
            directives: Default::default(),
            check_col: None,
            line,
            col,
        })
    }

    fn table_constraint(
        &mut self,
        s: &Stmt,
        tq: &QualName,
        tc: &TableConstraint,
        not_valid: bool,
    ) -> R<PendingCon> {
        use sqlparser::ast::Spanned;
        let sp = tc.span();
        let (line, col) = if sp.start.line > 0 {
            (sp.start.line as usize, sp.start.column as usize)
        } else {
            (s.line(), s.col())
        };
        let mut p = match tc {
            TableConstraint::PrimaryKey(pk) => {
                let ast::PrimaryKeyConstraint {
                    name,
                    index_name,
                    index_type,
                    columns,
                    include,
                    index_options,
                    characteristics,
                } = pk;
                if index_name.is_some() || index_type.is_some() || !index_options.is_empty() {
                    return Err(self.err(line, col, "unsupported PRIMARY KEY options"));
                }
                let (deferrable, initially_deferred) = chars(characteristics);
                PendingCon {
                    name: name.as_ref().map(fold),
                    kind: ConstraintKind::PrimaryKey {
                        columns: self.index_constraint_cols(s, columns, &[])?,
                        include: include.iter().map(fold).collect(),
                    },
                    deferrable,
                    initially_deferred,
                    not_valid,
                    directives: Default::default(),
                    check_col: None,
                    line,
                    col,
                }
            }
            TableConstraint::Unique(u) => {
                let ast::UniqueConstraint {
                    name,
                    index_name,
                    index_type_display: _,
                    index_type,
                    columns,
                    include,
                    index_options,
                    characteristics,
                    nulls_distinct,
                } = u;
                if index_name.is_some() || index_type.is_some() || !index_options.is_empty() {
                    return Err(self.err(line, col, "unsupported UNIQUE options"));
                }
                let (deferrable, initially_deferred) = chars(characteristics);
                PendingCon {
                    name: name.as_ref().map(fold),
                    kind: ConstraintKind::Unique {
                        columns: self.index_constraint_cols(s, columns, &[])?,
                        include: include.iter().map(fold).collect(),
                        nulls_not_distinct: matches!(
                            nulls_distinct,
                            ast::NullsDistinctOption::NotDistinct
                        ),
                    },
                    deferrable,
                    initially_deferred,
                    not_valid,
                    directives: Default::default(),
                    check_col: None,
                    line,
                    col,
                }
            }
            TableConstraint::PrimaryKeyUsingIndex(u) | TableConstraint::UniqueUsingIndex(u) => {
                let pk = matches!(tc, TableConstraint::PrimaryKeyUsingIndex(_));
                self.constraint_using_index(tq, u, pk, not_valid, line, col)?
            }
            TableConstraint::ForeignKey(fk) => self.fk_constraint(s, fk, not_valid, line, col)?,
            TableConstraint::Check(ck) => {
                let cols = col_types(&self.schema.tables[tq]);
                self.check_constraint(s, ck, &cols, not_valid, line, col)?
            }
            TableConstraint::Exclude(ex) => {
                let ast::ExcludeConstraint {
                    name,
                    index_method: _,
                    elements,
                    include: _,
                    where_clause: _,
                    characteristics,
                } = ex;
                let (deferrable, initially_deferred) = chars(characteristics);
                let mut def = ex.clone();
                def.name = None;
                let text = def.to_string();
                // PostgreSQL names an unnamed exclusion constraint after all its key columns
                // (`expr` for an expression), like an index.
                let keys: Vec<String> = elements
                    .iter()
                    .map(|e| match &e.column.column.expr {
                        SqlExpr::Identifier(i) => fold(i),
                        _ => "expr".to_string(),
                    })
                    .collect();
                let first = name_addition(&index_column_names(&keys));
                let canon = canon_exclude(&def);
                PendingCon {
                    name: name.as_ref().map(fold),
                    kind: ConstraintKind::Exclude {
                        definition: Expr::new(text, canon),
                    },
                    deferrable,
                    initially_deferred,
                    not_valid,
                    directives: Default::default(),
                    check_col: first,
                    line,
                    col,
                }
            }
            other => {
                return Err(self.err(line, col, format!("unsupported table constraint: {other}")));
            }
        };
        p.directives = if line == s.line() && s.toks.iter().take(3).any(|t| is_kw(t, "CREATE")) {
            Default::default()
        } else {
            self.dirs.take(line, Target::Other)
        };
        Ok(p)
    }

    /// `ADD [CONSTRAINT c] { PRIMARY KEY | UNIQUE } USING INDEX i`: as in PostgreSQL, the unique
    /// index becomes the constraint's index (renamed to the constraint's name, which defaults to the
    /// index's) and stops being a separate index; its columns and INCLUDE columns become the
    /// constraint's. A primary key's columns become NOT NULL (done when the constraint is named).
    fn constraint_using_index(
        &mut self,
        tq: &QualName,
        u: &ast::ConstraintUsingIndex,
        pk: bool,
        not_valid: bool,
        line: usize,
        col: usize,
    ) -> R<PendingCon> {
        let ast::ConstraintUsingIndex {
            name,
            index_name,
            characteristics,
        } = u;
        let what = if pk { "PRIMARY KEY" } else { "UNIQUE" };
        let iq = QualName::new(tq.schema.clone(), fold(index_name));
        let attached = self.attached_index_of(tq, &iq);
        let Some(idx) = self.schema.indexes.get(&iq).or(attached.as_ref()) else {
            let msg = if self.rel_taken(&iq.schema, &iq.name) {
                format!("{what} USING INDEX {iq}: the index already belongs to a constraint")
            } else {
                format!("{what} USING INDEX: index {iq} does not exist")
            };
            return Err(self.err(line, col, msg));
        };
        let fail = |why: &str| {
            self.err(
                line,
                col,
                format!("cannot create a {what} constraint using index {iq}: {why}"),
            )
        };
        if idx.table != *tq {
            return Err(fail(&format!("it is an index of table {}", idx.table)));
        }
        if !idx.unique {
            return Err(fail("it is not a unique index"));
        }
        if idx.predicate.is_some() {
            return Err(fail("it is a partial index"));
        }
        if idx.method != "btree" {
            return Err(fail(&format!(
                "it uses access method {}, not btree",
                idx.method
            )));
        }
        if !idx.with.is_empty() {
            return Err(fail(
                "it has storage parameters, which constraints do not keep yet",
            ));
        }
        if pk && idx.nulls_not_distinct {
            return Err(fail("a primary key cannot be NULLS NOT DISTINCT"));
        }
        let mut columns = Vec::new();
        for k in &idx.keys {
            match &k.key {
                IndexKeyExpr::Column(c)
                    if k.collation.is_none()
                        && k.opclass.is_none()
                        && !k.descending
                        && k.nulls_first.is_none() =>
                {
                    columns.push(c.clone())
                }
                IndexKeyExpr::Column(c) => {
                    return Err(fail(&format!(
                        "key column {c} has a non-default collation, operator class or sort order"
                    )));
                }
                IndexKeyExpr::Expression(e) => {
                    return Err(fail(&format!("it has an expression key ({})", e.sql)));
                }
            }
        }
        let include = idx.include.clone();
        let nulls_not_distinct = idx.nulls_not_distinct;
        if idx.comment.is_some() {
            self.notes.push(format!(
                "{}:{line}: the comment on index {iq} is not kept once the index belongs to a constraint",
                self.file
            ));
        }
        self.schema.indexes.remove(&iq);
        self.relnames.remove(&(iq.schema.clone(), iq.name.clone()));
        let (deferrable, initially_deferred) = chars(characteristics);
        let cname = name.as_ref().map(fold).unwrap_or(iq.name.clone());
        if attached.is_some() {
            // still attached to its parent's index, under the constraint's name
            self.rename_attached_index(&iq, &cname);
        }
        Ok(PendingCon {
            name: Some(cname),
            kind: if pk {
                ConstraintKind::PrimaryKey { columns, include }
            } else {
                ConstraintKind::Unique {
                    columns,
                    include,
                    nulls_not_distinct,
                }
            },
            deferrable,
            initially_deferred,
            not_valid,
            directives: Default::default(),
            check_col: None,
            line,
            col,
        })
    }

    /// Names the constraints of one CREATE TABLE / ALTER TABLE the way PostgreSQL does:
    /// checks first, then the primary key, then unique/exclusion constraints, then foreign keys.
    fn name_constraints(&mut self, tq: &QualName, pending: Vec<PendingCon>) -> R<()> {
        let order = |k: &ConstraintKind| match k {
            ConstraintKind::Check { .. } => 0,
            ConstraintKind::PrimaryKey { .. } => 1,
            ConstraintKind::Unique { .. } | ConstraintKind::Exclude { .. } => 2,
            ConstraintKind::ForeignKey { .. } => 3,
        };
        let mut pending = pending;
        pending.sort_by_key(|p| order(&p.kind));
        let sch = tq.schema.clone();
        let mut local_checks: Vec<String> = Vec::new();
        for p in pending {
            let is_index = matches!(
                p.kind,
                ConstraintKind::PrimaryKey { .. }
                    | ConstraintKind::Unique { .. }
                    | ConstraintKind::Exclude { .. }
            );
            let name = match &p.name {
                Some(n) => n.clone(),
                None => match &p.kind {
                    ConstraintKind::Check { .. } => {
                        choose_name(&tq.name, p.check_col.as_deref(), "check", |n| {
                            self.con_taken(&sch, n) || local_checks.iter().any(|c| c == n)
                        })
                    }
                    ConstraintKind::PrimaryKey { .. } => choose_name(&tq.name, None, "pkey", |n| {
                        self.rel_taken(&sch, n) || self.con_taken(&sch, n)
                    }),
                    ConstraintKind::Unique {
                        columns, include, ..
                    } => {
                        let all: Vec<String> =
                            columns.iter().chain(include.iter()).cloned().collect();
                        let add = name_addition(&index_column_names(&all));
                        choose_name(&tq.name, add.as_deref(), "key", |n| {
                            self.rel_taken(&sch, n) || self.con_taken(&sch, n)
                        })
                    }
                    ConstraintKind::Exclude { .. } => {
                        choose_name(&tq.name, p.check_col.as_deref(), "excl", |n| {
                            self.rel_taken(&sch, n) || self.con_taken(&sch, n)
                        })
                    }
                    ConstraintKind::ForeignKey { columns, .. } => {
                        let add = name_addition(columns);
                        choose_name(&tq.name, add.as_deref(), "fkey", |n| {
                            self.con_taken(&sch, n)
                        })
                    }
                },
            };
            let table = &self.schema.tables[tq];
            if table.constraints.contains_key(&name) {
                return Err(self.err(
                    p.line,
                    p.col,
                    format!("constraint {name} of table {tq} is defined twice"),
                ));
            }
            if is_index && self.rel_taken(&sch, &name) {
                return Err(self.err(
                    p.line,
                    p.col,
                    format!("relation {sch}.{name} already exists"),
                ));
            }
            // columns must exist
            let cols: Vec<&String> = match &p.kind {
                ConstraintKind::PrimaryKey { columns, include }
                | ConstraintKind::Unique {
                    columns, include, ..
                } => columns.iter().chain(include.iter()).collect(),
                ConstraintKind::ForeignKey { columns, .. } => columns.iter().collect(),
                _ => vec![],
            };
            if let Some(missing) = cols.iter().find(|c| table.column(c).is_none()) {
                return Err(self.err(
                    p.line,
                    p.col,
                    format!("column {missing} of table {tq} does not exist"),
                ));
            }
            if is_index {
                self.relnames.insert((sch.clone(), name.clone()));
            }
            if matches!(p.kind, ConstraintKind::Check { .. }) {
                local_checks.push(name.clone());
            }
            self.add_con(&sch, &name);
            let table = self.schema.tables.get_mut(tq).expect("table");
            if let ConstraintKind::PrimaryKey { columns, .. } = &p.kind {
                if table.primary_key().is_some() {
                    return Err(self.err(
                        p.line,
                        p.col,
                        format!("multiple primary keys for table {tq}"),
                    ));
                }
                for c in columns {
                    if let Some(col) = table.column_mut(c) {
                        col.not_null = true;
                    }
                }
            }
            if let ConstraintKind::ForeignKey { ref_columns, .. } = &p.kind {
                if ref_columns.is_empty() {
                    self.pending_fk
                        .push((tq.clone(), name.clone(), p.line, p.col));
                }
                self.fk_pos.push((tq.clone(), name.clone(), p.line, p.col));
            }
            table.constraints.insert(
                name.clone(),
                Constraint {
                    name,
                    kind: p.kind,
                    deferrable: p.deferrable,
                    initially_deferred: p.initially_deferred,
                    not_valid: p.not_valid,
                    comment: None,
                    directives: p.directives,
                },
            );
        }
        Ok(())
    }

    // ---------------------------------------------------------------- CREATE INDEX

    fn create_index(&mut self, mut toks: Vec<TokenWithSpan>) -> R<()> {
        let head = statement_head(&toks);
        let s = &Stmt { toks: &head };
        // `ON ONLY t` (pg_dump, partitioned tables): sqlparser cannot read ONLY here.
        let mut prev_on = false;
        let mut only = false;
        toks.retain(|t| {
            if prev_on && is_kw(t, "ONLY") {
                prev_on = false;
                only = true;
                return false;
            }
            if !matches!(t.token, Token::Whitespace(_)) {
                prev_on = is_kw(t, "ON");
            }
            true
        });
        let st = self.parse_stmt(s, rewrite_typed_literals(toks))?;
        let Statement::CreateIndex(ci) = st else {
            return Err(self.err_at(s, "unsupported form of CREATE INDEX"));
        };
        let CreateIndex {
            name,
            table_name,
            using,
            columns,
            unique,
            concurrently: _,
            r#async,
            if_not_exists,
            include,
            nulls_distinct,
            with,
            predicate,
            index_options,
            alter_options,
        } = &ci;
        if *r#async || !index_options.is_empty() || !alter_options.is_empty() {
            return Err(self.err_at(s, "unsupported clause in CREATE INDEX"));
        }
        let tq = self.qual(s, table_name)?;
        // A materialized view's columns are not modelled: its index keys are taken as written.
        let on_view = self.schema.views.get(&tq).is_some_and(|v| v.materialized);
        if !on_view && !self.schema.tables.contains_key(&tq) {
            return Err(self.err_at(s, format!("CREATE INDEX on unknown table {tq}")));
        }
        // The table's column types, for key expressions and the predicate (plain column keys
        // only need the column to exist).
        let cols_cell: std::cell::OnceCell<HashMap<String, TypeRef>> = std::cell::OnceCell::new();
        let cols = || {
            cols_cell.get_or_init(|| {
                self.schema
                    .tables
                    .get(&tq)
                    .map(col_types)
                    .unwrap_or_default()
            })
        };
        let mut keys = Vec::with_capacity(columns.len());
        let mut key_names = Vec::new();
        for c in columns {
            let IndexColumn {
                column,
                operator_class,
            } = c;
            let ast::OrderByExpr {
                expr,
                options,
                with_fill,
            } = column;
            if with_fill.is_some() {
                return Err(self.err_at(s, "unsupported WITH FILL in index"));
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
            let (key, kname) = match e {
                SqlExpr::Identifier(i) => {
                    let n = fold(i);
                    if !on_view && self.schema.tables[&tq].column(&n).is_none() {
                        return Err(
                            self.err_at(s, format!("column {n} of table {tq} does not exist"))
                        );
                    }
                    (IndexKeyExpr::Column(n.clone()), n)
                }
                other => {
                    let mut folded = other.clone();
                    let _ = ast::visit_expressions_mut(&mut folded, |x| {
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
                    (
                        IndexKeyExpr::Expression(make_expr(
                            other,
                            Ctx {
                                col_type: None,
                                columns: Some(cols()),
                            },
                        )),
                        figure_colname(&folded),
                    )
                }
            };
            let descending = match &options.sort {
                None | Some(ast::OrderBySort::Asc) => false,
                Some(ast::OrderBySort::Desc) => true,
                Some(ast::OrderBySort::Using(_)) => {
                    return Err(self.err_at(s, "unsupported: USING operator in index key"));
                }
            };
            let nulls_first = match options.nulls_first {
                Some(nf) if nf == descending => None,
                other => other,
            };
            keys.push(IndexKey {
                key,
                collation,
                // `public.gin_trgm_ops` (pg_dump) is `gin_trgm_ops` (search path)
                opclass: operator_class.as_ref().map(|o| {
                    let parts = name_parts(o);
                    match parts.as_slice() {
                        [s, n] if s == DEFAULT_SCHEMA || s == "pg_catalog" => n.clone(),
                        _ => parts.join("."),
                    }
                }),
                descending,
                nulls_first,
            });
            key_names.push(kname);
        }
        let include: Vec<String> = include.iter().map(fold).collect();
        let iname = match name {
            Some(n) => {
                let parts = name_parts(n);
                match parts.as_slice() {
                    [n] => n.clone(),
                    [sch, n] if *sch == tq.schema => n.clone(),
                    _ => {
                        return Err(self.err_at(
                            s,
                            "an index name must not name another schema than its table's",
                        ));
                    }
                }
            }
            None => {
                let all: Vec<String> = key_names.iter().chain(include.iter()).cloned().collect();
                let add = name_addition(&index_column_names(&all));
                choose_name(&tq.name, add.as_deref(), "idx", |n| {
                    self.rel_taken(&tq.schema, n)
                })
            }
        };
        if self.rel_taken(&tq.schema, &iname) {
            if *if_not_exists {
                self.notes.push(format!(
                    "{}:{}: CREATE INDEX IF NOT EXISTS {iname}: already defined, skipped",
                    self.file,
                    s.line()
                ));
                return Ok(());
            }
            return Err(self.err_at(
                s,
                format!("relation {}.{iname} is defined twice", tq.schema),
            ));
        }
        let mut wparams = Vec::new();
        for w in with {
            match w {
                SqlExpr::BinaryOp {
                    left,
                    op: ast::BinaryOperator::Eq,
                    right,
                } => {
                    let k = match &**left {
                        SqlExpr::Identifier(i) => fold(i),
                        other => other.to_string().to_lowercase(),
                    };
                    let v = match &**right {
                        SqlExpr::Value(v) => match &v.value {
                            Value::SingleQuotedString(x) => x.clone(),
                            Value::Number(n, _) => n.clone(),
                            Value::Boolean(b) => b.to_string(),
                            other => other.to_string(),
                        },
                        SqlExpr::Identifier(i) => fold(i),
                        other => other.to_string(),
                    };
                    wparams.push((k, v));
                }
                other => {
                    return Err(
                        self.err_at(s, format!("unsupported index storage parameter `{other}`"))
                    );
                }
            }
        }
        let predicate = predicate.as_ref().map(|p| {
            make_expr(
                p,
                Ctx {
                    col_type: None,
                    columns: Some(cols()),
                },
            )
        });
        // kept in the order written: PostgreSQL keeps it (comparison ignores it)
        let directives = self.dirs.take(s.line(), Target::Other);
        let iq = QualName::new(tq.schema.clone(), iname);
        self.relnames.insert((iq.schema.clone(), iq.name.clone()));
        let idx = Index {
            name: iq.clone(),
            table: tq,
            unique: *unique,
            method: using
                .as_ref()
                .map(|u| u.to_string().trim_matches('"').to_lowercase())
                .unwrap_or_else(|| "btree".into()),
            keys,
            include,
            predicate,
            nulls_not_distinct: *nulls_distinct == Some(false),
            with: wparams,
            statistics: Vec::new(),
            comment: None,
            directives,
        };
        self.schema.indexes.insert(iq.clone(), idx);
        self.created_index(&iq);
        if !only {
            self.index_on_partitions(&iq);
        }
        Ok(())
    }

    // ---------------------------------------------------------------- ALTER TABLE

    fn alter_table(&mut self, s: &Stmt) -> R<()> {
        if let Some(r) = self.alter_table_partition(s) {
            return r;
        }
        let (toks, specs) = self.strip_identity_options(s.toks.to_vec())?;
        self.ident_specs = specs;
        let (toks, ident_actions) = self.strip_identity_actions(toks)?;
        let (toks, tok_actions) = match toks {
            Some(t) => self.strip_token_actions(t)?,
            None => (None, Vec::new()),
        };
        let Some(toks) = toks else {
            // only actions read at token level: the header is all that is left to read
            let mut c = Cur::new(s.toks);
            c.kw("ALTER");
            c.kw("TABLE");
            let if_exists = c.kw("IF") && c.kw("EXISTS");
            c.kw("ONLY");
            let (l, col) = c.pos();
            let tq = c
                .qualified()
                .and_then(|p| qn_parts(&p))
                .ok_or_else(|| self.err(l, col, "expected a table name"))?;
            if !self.schema.tables.contains_key(&tq) {
                if if_exists {
                    return Ok(());
                }
                return Err(self.unknown_table(s, &tq));
            }
            self.apply_identity_actions(&tq, ident_actions)?;
            self.apply_token_actions(&tq, tok_actions)?;
            return Ok(());
        };
        let st = self.parse_stmt(s, rewrite_typed_literals(toks))?;
        let Statement::AlterTable(at) = st else {
            return Err(self.err_at(s, "unsupported form of ALTER TABLE"));
        };
        let ast::AlterTable {
            name,
            if_exists,
            only,
            operations,
            location,
            on_cluster,
            table_type,
            end_token: _,
        } = at;
        if location.is_some() || on_cluster.is_some() || table_type.is_some() {
            return Err(self.err_at(s, "unsupported clause in ALTER TABLE"));
        }
        let tq = self.qual(s, &name)?;
        if !self.schema.tables.contains_key(&tq) {
            // `ALTER TABLE view OWNER TO r` (PostgreSQL accepts ALTER TABLE on views for this).
            let owner_only = operations
                .iter()
                .all(|op| matches!(op, AlterTableOperation::OwnerTo { .. }));
            if if_exists || (owner_only && self.schema.views.contains_key(&tq)) {
                return Ok(());
            }
            return Err(self.unknown_table(s, &tq));
        }
        let before = self.partition_snapshot(&tq);
        let before_children = self.inheritance_snapshot(&tq);
        let mut pending = Vec::new();
        // the USING expressions of type changes as written, in order (for `@using`)
        let mut usings = self.type_change_usings(s).into_iter();
        for op in &operations {
            match op {
                AlterTableOperation::OwnerTo { .. } => {}
                AlterTableOperation::AddConstraint {
                    constraint,
                    not_valid,
                } => {
                    let p = self.table_constraint(s, &tq, constraint, *not_valid)?;
                    pending.push(p);
                }
                AlterTableOperation::AddColumn {
                    column_keyword: _,
                    if_not_exists,
                    column_def,
                    column_position: None,
                } => {
                    let n = fold(&column_def.name);
                    if *if_not_exists && self.schema.tables[&tq].column(&n).is_some() {
                        continue;
                    }
                    let mut t = self.schema.tables.remove(&tq).expect("table");
                    let added = self.add_column(s, &mut t, column_def, &mut pending, &mut None);
                    self.schema.tables.insert(tq.clone(), t);
                    added?;
                }
                AlterTableOperation::AlterColumn { column_name, op } => {
                    let cn = fold(column_name);
                    let cols = col_types(&self.schema.tables[&tq]);
                    let Some(ty) = cols.get(&cn).cloned() else {
                        return Err(
                            self.err_at(s, format!("column {cn} of table {tq} does not exist"))
                        );
                    };
                    if !matches!(
                        op,
                        AlterColumnOperation::SetNotNull
                            | AlterColumnOperation::DropNotNull
                            | AlterColumnOperation::SetDefault { .. }
                            | AlterColumnOperation::DropDefault
                            | AlterColumnOperation::SetDataType { .. }
                            | AlterColumnOperation::AddGenerated { .. }
                    ) {
                        return Err(
                            self.err_at(s, format!("unsupported ALTER COLUMN action: {op}"))
                        );
                    }
                    let e = match op {
                        AlterColumnOperation::SetDefault { value } => Some(make_expr(
                            value,
                            Ctx {
                                col_type: Some(&ty),
                                columns: Some(&cols),
                            },
                        )),
                        _ => None,
                    };
                    let mut new_ty = None;
                    if let AlterColumnOperation::SetDataType { data_type, .. } = op {
                        new_ty = Some(declared_type_ref(data_type).map_err(|m| self.err_at(s, m))?);
                    }
                    let mut ident = None;
                    if let AlterColumnOperation::AddGenerated {
                        generated_as,
                        sequence_options,
                    } = op
                    {
                        if !matches!(ty.name.as_str(), "smallint" | "integer" | "bigint") {
                            return Err(self.err_at(
                                s,
                                "identity column type must be smallint, integer, or bigint",
                            ));
                        }
                        let spec = self.next_ident_spec(s, sequence_options.as_deref())?;
                        ident = Some(Identity {
                            always: !matches!(generated_as, Some(GeneratedAs::ByDefault)),
                            options: spec.opts.resolve(&ty.name),
                        });
                        let seq = match spec.seqname.as_deref().and_then(qn_parts) {
                            Some(q) => q,
                            None => QualName::new(
                                tq.schema.clone(),
                                choose_name(&tq.name, Some(&cn), "seq", |n| {
                                    self.rel_taken(&tq.schema, n)
                                }),
                            ),
                        };
                        self.relnames.insert((seq.schema.clone(), seq.name.clone()));
                        self.ident_seqs
                            .insert((tq.clone(), cn.clone()), (seq.schema, seq.name));
                    }
                    let col = self
                        .schema
                        .tables
                        .get_mut(&tq)
                        .expect("table")
                        .column_mut(&cn)
                        .expect("column");
                    match op {
                        AlterColumnOperation::SetNotNull => col.not_null = true,
                        AlterColumnOperation::DropNotNull => col.not_null = false,
                        AlterColumnOperation::SetDefault { .. } => col.default = e,
                        AlterColumnOperation::DropDefault => col.default = None,
                        AlterColumnOperation::SetDataType { using, .. } => {
                            col.ty = new_ty.expect("type");
                            let written = using.as_ref().and_then(|_| usings.next());
                            if self.opts.migration {
                                col.directives.using = written;
                            }
                        }
                        AlterColumnOperation::AddGenerated { .. } => {
                            col.identity = ident.map(Box::new);
                            col.not_null = true;
                        }
                    }
                }
                AlterTableOperation::DropConstraint {
                    if_exists,
                    name,
                    drop_behavior: _,
                } => {
                    let n = fold(name);
                    let table = self.schema.tables.get_mut(&tq).expect("table");
                    match table.constraints.remove(&n) {
                        Some(c) => {
                            if matches!(
                                c.kind,
                                ConstraintKind::PrimaryKey { .. }
                                    | ConstraintKind::Unique { .. }
                                    | ConstraintKind::Exclude { .. }
                            ) {
                                table.index_dropped(&n);
                                self.relnames.remove(&(tq.schema.clone(), n.clone()));
                            }
                            self.drop_con(&tq.schema, &n);
                        }
                        None if *if_exists => {}
                        None => {
                            return Err(self.err_at(
                                s,
                                format!("constraint {n} of table {tq} does not exist"),
                            ));
                        }
                    }
                }
                AlterTableOperation::DropColumn {
                    has_column_keyword: _,
                    column_names,
                    if_exists,
                    drop_behavior: _,
                } => {
                    for cn in column_names {
                        let n = fold(cn);
                        self.drop_column(s, &tq, &n, *if_exists)?;
                    }
                }
                other if self.table_security_op(s, &tq, other)? => {}
                other => {
                    return Err(self.err_at(s, format!("unsupported ALTER TABLE action: {other}")));
                }
            }
        }
        self.name_constraints(&tq, pending)?;
        self.propagate_to_partitions(s, &tq, before, only)?;
        self.propagate_to_children(s, &tq, before_children, only)?;
        if operations.iter().any(|op| {
            matches!(
                op,
                AlterTableOperation::DropConstraint { .. } | AlterTableOperation::DropColumn { .. }
            )
        }) {
            // partitions' indexes attached to a dropped constraint's index go with it
            self.prune_partition_indexes();
        }
        self.apply_identity_actions(&tq, ident_actions)?;
        self.apply_token_actions(&tq, tok_actions)?;
        Ok(())
    }

    /// The `USING` expressions of the `ALTER [COLUMN] c [SET DATA] TYPE t USING expr` actions
    /// of an ALTER TABLE, as written, in order.
    fn type_change_usings(&self, s: &Stmt) -> Vec<String> {
        let (sigs, ranges) = alter_table_actions(s.toks);
        let mut out = Vec::new();
        for (a, b) in ranges {
            let words: Vec<usize> = sigs[a..b]
                .iter()
                .copied()
                .filter(|&i| !matches!(s.toks[i].token, Token::EOF))
                .collect();
            if !words.first().is_some_and(|&i| is_kw(&s.toks[i], "ALTER"))
                || !words.iter().any(|&i| is_kw(&s.toks[i], "TYPE"))
            {
                continue;
            }
            let mut depth = 0;
            let at = words.iter().position(|&i| {
                match s.toks[i].token {
                    Token::LParen => depth += 1,
                    Token::RParen => depth -= 1,
                    _ => {}
                }
                depth == 0 && is_kw(&s.toks[i], "USING")
            });
            if let Some(p) = at
                && p + 1 < words.len()
            {
                let from = words[p + 1];
                let to = *words.last().expect("non-empty");
                out.push(super::opaque::source(self.src(), &s.toks[from..=to]));
            }
        }
        out
    }

    /// `ALTER TABLE` of a name that is not a table: a view, sequence or index gets a precise
    /// message.
    fn unknown_table(&self, s: &Stmt, tq: &QualName) -> SourceError {
        let what = if self.schema.views.contains_key(tq) {
            "a view: ALTER TABLE on views is not supported (only OWNER TO)"
        } else if self.schema.sequences.contains_key(tq) {
            "a sequence: ALTER TABLE on sequences is not supported (only OWNER TO)"
        } else if self.schema.indexes.contains_key(tq) {
            "an index: use ALTER INDEX"
        } else {
            return self.err_at(s, format!("ALTER TABLE of unknown table {tq}"));
        };
        self.err_at(s, format!("ALTER TABLE {tq}: it is {what}"))
    }

    /// The identity options of the next `AS IDENTITY` of the statement (taken out of the tokens by
    /// [`Self::strip_identity_options`]); options sqlparser read itself are merged in.
    fn next_ident_spec(
        &mut self,
        s: &Stmt,
        parsed: Option<&[ast::SequenceOptions]>,
    ) -> R<IdentSpec> {
        let mut spec = self.ident_specs.pop_front().unwrap_or_default();
        if let Some(p) = parsed
            && !p.is_empty()
        {
            let o = self.seq_opts(s, p)?;
            spec.opts = o;
        }
        Ok(spec)
    }

    fn drop_column(&mut self, s: &Stmt, tq: &QualName, n: &str, if_exists: bool) -> R<()> {
        let table = self.schema.tables.get_mut(tq).expect("table");
        let Some(pos) = table.columns.iter().position(|c| c.name == n) else {
            if if_exists {
                return Ok(());
            }
            return Err(self.err_at(s, format!("column {n} of table {tq} does not exist")));
        };
        table.columns.remove(pos);
        self.drop_column_dependents(tq, n);
        let table = self.schema.tables.get_mut(tq).expect("table");
        // constraints and indexes on the column go with it, as in PostgreSQL
        let refs = |e: &Expr| crate::dialect::postgres::references_column(&e.canon, &tq.name, n);
        let dropped: Vec<String> = table
            .constraints
            .iter()
            .filter(|(_, c)| match &c.kind {
                ConstraintKind::PrimaryKey { columns, include }
                | ConstraintKind::Unique {
                    columns, include, ..
                } => columns.iter().chain(include).any(|c| c == n),
                ConstraintKind::ForeignKey { columns, .. } => columns.iter().any(|c| c == n),
                ConstraintKind::Check { expr, .. } => refs(expr),
                ConstraintKind::Exclude { definition } => refs(definition),
            })
            .map(|(k, _)| k.clone())
            .collect();
        for d in &dropped {
            table.constraints.remove(d);
        }
        for d in dropped {
            self.relnames.remove(&(tq.schema.clone(), d.clone()));
            self.drop_con(&tq.schema, &d);
        }
        // foreign keys of other tables over the column go with the key they rest on
        let over_column = |c: &Constraint| {
            matches!(&c.kind, ConstraintKind::ForeignKey { ref_table, ref_columns, .. }
                if ref_table == tq && ref_columns.iter().any(|c| c == n))
        };
        let connames = &mut self.connames;
        self.schema.tables.update(
            |t| t.constraints.values().any(over_column),
            |t| {
                let gone: Vec<String> = t
                    .constraints
                    .values()
                    .filter(|c| over_column(c))
                    .map(|c| c.name.clone())
                    .collect();
                for g in gone {
                    t.constraints.remove(&g);
                    if let Some(k) = connames.get_mut(&(t.name.schema.clone(), g)) {
                        *k = k.saturating_sub(1);
                    }
                }
            },
        );
        let idx: Vec<QualName> = self
            .schema
            .indexes
            .values()
            .filter(|i| {
                &i.table == tq
                    && (i.keys.iter().any(|k| match &k.key {
                        IndexKeyExpr::Column(c) => c == n,
                        IndexKeyExpr::Expression(e) => refs(e),
                    }) || i.include.iter().any(|c| c == n)
                        || i.predicate.as_ref().is_some_and(refs))
            })
            .map(|i| i.name.clone())
            .collect();
        for i in idx {
            self.relnames.remove(&(i.schema.clone(), i.name.clone()));
            self.schema.indexes.remove(&i);
        }
        Ok(())
    }

    // ---------------------------------------------------------------- COMMENT

    fn comment(&mut self, s: &Stmt) -> R<()> {
        let st = self.parse_stmt(s, s.toks.to_vec())?;
        let Statement::Comment {
            object_type,
            object_name,
            comment,
            if_exists: _,
        } = st
        else {
            return Err(self.err_at(s, "unsupported form of COMMENT"));
        };
        let parts = name_parts(&object_name);
        let missing = |b: &Self, what: &str| {
            b.err_at(
                s,
                format!(
                    "COMMENT ON {what} {}: no such object in the file",
                    parts.join(".")
                ),
            )
        };
        match object_type {
            CommentObject::Table => {
                let q = qn_parts(&parts).ok_or_else(|| missing(self, "TABLE"))?;
                match self.schema.tables.get_mut(&q) {
                    Some(o) => o.comment = comment,
                    None => return Err(missing(self, "TABLE")),
                }
            }
            CommentObject::Column => {
                let (q, c) = match parts.as_slice() {
                    [t, c] => (QualName::public(t.clone()), c.clone()),
                    [sc, t, c] => (QualName::new(sc.clone(), t.clone()), c.clone()),
                    _ => return Err(missing(self, "COLUMN")),
                };
                if let Some(v) = self.schema.views.get_mut(&q) {
                    // a view's column: one of its output columns, when they are known
                    if !v.columns.is_empty() && !v.columns.contains(&c) {
                        return Err(missing(self, "COLUMN"));
                    }
                    match comment {
                        Some(text) => v.column_comments.insert(c, text),
                        None => v.column_comments.remove(&c),
                    };
                    return Ok(());
                }
                match self
                    .schema
                    .tables
                    .get_mut(&q)
                    .and_then(|t| t.column_mut(&c))
                {
                    Some(col) => col.comment = comment,
                    None => return Err(missing(self, "COLUMN")),
                }
            }
            CommentObject::Index => {
                let q = qn_parts(&parts).ok_or_else(|| missing(self, "INDEX"))?;
                let taken = self.rel_taken(&q.schema, &q.name);
                match self.schema.indexes.get_mut(&q) {
                    Some(i) => i.comment = comment,
                    None if taken => self.notes.push(format!(
                        "{}:{}: COMMENT ON INDEX {q}: comments on constraint indexes are not kept",
                        self.file,
                        s.line()
                    )),
                    None => return Err(missing(self, "INDEX")),
                }
            }
            CommentObject::Type | CommentObject::Domain => {
                let q = qn_parts(&parts).ok_or_else(|| missing(self, "TYPE"))?;
                if let Some(o) = self.schema.enums.get_mut(&q) {
                    o.comment = comment;
                } else if let Some(d) = self.schema.domains.get_mut(&q) {
                    d.comment = comment;
                } else if let Some(ct) = self.schema.composites.get_mut(&q) {
                    ct.comment = comment;
                } else {
                    return Err(missing(self, "TYPE"));
                }
            }
            CommentObject::Sequence => {
                let q = qn_parts(&parts).ok_or_else(|| missing(self, "SEQUENCE"))?;
                match self.schema.sequences.get_mut(&q) {
                    Some(o) => o.comment = comment,
                    None => return Err(missing(self, "SEQUENCE")),
                }
            }
            CommentObject::Schema => {
                let [n] = parts.as_slice() else {
                    return Err(missing(self, "SCHEMA"));
                };
                if n == DEFAULT_SCHEMA && !self.schema.schemas.contains_key(n) {
                    self.schema.schemas.insert(
                        n.clone(),
                        SchemaDef {
                            name: n.clone(),
                            comment: None,
                        },
                    );
                }
                // PostgreSQL's own comment on `public` (pg_dump --quote-all-identifiers writes
                // it): the default, as if not written
                let comment =
                    comment.filter(|c| !(n == DEFAULT_SCHEMA && c == "standard public schema"));
                match self.schema.schemas.get_mut(n) {
                    Some(o) => o.comment = comment,
                    None => return Err(missing(self, "SCHEMA")),
                }
            }
            CommentObject::Extension => {
                let [n] = parts.as_slice() else {
                    return Err(missing(self, "EXTENSION"));
                };
                match self.schema.extensions.get_mut(n) {
                    Some(o) => o.comment = comment,
                    None if n == "plpgsql" => {}
                    None => return Err(missing(self, "EXTENSION")),
                }
            }
            other => {
                let kind = format!("COMMENT ON {}", format!("{other:?}").to_uppercase());
                return Err(self.err_at(s, format!("unsupported statement: {kind}")));
            }
        }
        Ok(())
    }

    /// `COMMENT ON CONSTRAINT c ON [schema.]t IS '...' | NULL` (token level).
    fn comment_constraint(&mut self, s: &Stmt) -> R<()> {
        let mut c = Cur::new(s.toks);
        c.kw("COMMENT");
        c.kw("ON");
        c.kw("CONSTRAINT");
        let (l, col) = c.pos();
        let bad = |b: &Self| {
            b.err(
                l,
                col,
                "expected COMMENT ON CONSTRAINT name ON table IS 'text'",
            )
        };
        let name = c.ident().ok_or_else(|| bad(self))?;
        if !c.kw("ON") {
            return Err(bad(self));
        }
        if c.kw("DOMAIN") {
            return Err(self.err_at(s, "unsupported statement: COMMENT ON CONSTRAINT ... ON DOMAIN (domains are not supported yet)"));
        }
        let t = c
            .qualified()
            .and_then(|p| qn_parts(&p))
            .ok_or_else(|| bad(self))?;
        if !c.kw("IS") {
            return Err(bad(self));
        }
        let text = if c.kw("NULL") {
            None
        } else {
            match c.peek().map(|t| &t.token) {
                Some(Token::SingleQuotedString(v)) | Some(Token::EscapedStringLiteral(v)) => {
                    c.i += 1;
                    Some(v.clone())
                }
                Some(Token::DollarQuotedString(d)) => {
                    c.i += 1;
                    Some(d.value.clone())
                }
                _ => return Err(bad(self)),
            }
        };
        if !c.at_end() {
            return Err(bad(self));
        }
        let e1 = self.err(l, col, format!("COMMENT ON CONSTRAINT: unknown table {t}"));
        let e2 = self.err(
            l,
            col,
            format!("COMMENT ON CONSTRAINT: table {t} has no constraint {name}"),
        );
        let tbl = self.schema.tables.get_mut(&t).ok_or(e1)?;
        tbl.constraints.get_mut(&name).ok_or(e2)?.comment = text;
        Ok(())
    }

    // ---------------------------------------------------------------- end of file

    /// The model of every file read.
    pub fn finish(mut self) -> Parsed {
        partition::canonical_time_bounds(&mut self.schema);
        self.share_rest();
        Parsed {
            schema: self.schema,
            notes: self.notes,
        }
    }

    /// The checks at the end of a file: references resolve, directives were used.
    pub fn end_file(&mut self) -> R<()> {
        self.prune_partition_indexes();
        if !self.skipped_data.is_empty() {
            let what: Vec<String> = self
                .skipped_data
                .iter()
                .map(|(k, n)| {
                    if *n == 1 {
                        k.clone()
                    } else {
                        format!("{k} ({n})")
                    }
                })
                .collect();
            let total: usize = self.skipped_data.values().sum();
            self.notes.push(format!(
                "{}: skipped {total} data statement{} (not schema): {} (--strict makes this an error)",
                self.file,
                if total == 1 { "" } else { "s" },
                what.join(", ")
            ));
            self.skipped_data.clear();
        }
        // user enums, domains and composite types of the file: unqualified type names resolve
        // through `public`
        let enums: HashSet<String> = self
            .schema
            .enums
            .keys()
            .chain(self.schema.domains.keys())
            .chain(self.schema.composites.keys())
            .filter(|q| q.schema == DEFAULT_SCHEMA)
            .map(|q| q.name.clone())
            .collect();
        // user collations of the file written without their schema: pg_dump writes them with it
        let collations: HashSet<String> = self
            .schema
            .objects
            .values()
            .filter(|o| o.kind == ObjectKind::Collation && o.name.schema == DEFAULT_SCHEMA)
            .map(|o| crate::dialect::postgres::quote_ident(&o.name.name))
            .collect();
        let qualified =
            |c: &Option<String>| c.as_ref().is_some_and(|n| collations.contains(n.as_str()));
        let qualify = |c: &mut Option<String>| {
            if let Some(n) = c
                && collations.contains(n.as_str())
            {
                *n = format!("{DEFAULT_SCHEMA}.{n}");
            }
        };
        let user_type = |name: &str| enums.contains(name);
        let resolve = |ty: &mut TypeRef| {
            let schema = resolved_schema(ty, user_type).map(str::to_string);
            ty.schema = schema;
        };
        // only the tables these change are copied (a table may be shared: see `share`)
        self.schema.tables.update(
            |t| {
                t.columns.iter().any(|c| {
                    qualified(&c.collation)
                        || resolved_schema(&c.ty, user_type) != c.ty.schema.as_deref()
                })
            },
            |t| {
                for c in t.columns.iter_mut() {
                    qualify(&mut c.collation);
                    resolve(&mut c.ty);
                }
            },
        );
        // a key's COLLATE of its column's own collation is no COLLATE (pg_dump omits it)
        let tables = &self.schema.tables;
        let own_collation = |table: &QualName, k: &IndexKey| {
            matches!(&k.key, IndexKeyExpr::Column(c)
                if tables.get(table).and_then(|t| t.column(c)).map(|c| &c.collation)
                    == Some(&k.collation))
        };
        self.schema.indexes.update(
            |i| i.keys.iter().any(|k| k.collation.is_some()),
            |i| {
                for k in &mut i.keys {
                    qualify(&mut k.collation);
                    if k.collation.is_some() && own_collation(&i.table, k) {
                        k.collation = None;
                    }
                }
            },
        );
        for ct in self.schema.composites.values_mut() {
            for a in ct.attributes.iter_mut() {
                qualify(&mut a.collation);
                resolve(&mut a.ty);
            }
        }
        // foreign keys: referenced table must exist; omitted columns = its primary key
        for (tq, cname, line, col) in std::mem::take(&mut self.fk_pos) {
            let Some(ConstraintKind::ForeignKey { ref_table, .. }) = self
                .schema
                .tables
                .get(&tq)
                .and_then(|t| t.constraints.get(&cname))
                .map(|c| &c.kind)
            else {
                continue;
            };
            if !self.schema.tables.contains_key(ref_table) {
                return Err(self.err(
                    line,
                    col,
                    format!("foreign key {cname} references unknown table {ref_table}"),
                ));
            }
        }
        for (tq, cname, line, col) in std::mem::take(&mut self.pending_fk) {
            let Some(ConstraintKind::ForeignKey {
                ref_table, columns, ..
            }) = self
                .schema
                .tables
                .get(&tq)
                .and_then(|t| t.constraints.get(&cname))
                .map(|c| &c.kind)
            else {
                continue;
            };
            let pk = match self
                .schema
                .tables
                .get(ref_table)
                .and_then(|t| t.primary_key())
                .map(|c| &c.kind)
            {
                Some(ConstraintKind::PrimaryKey { columns, .. }) => columns.clone(),
                _ => {
                    return Err(self.err(
                        line,
                        col,
                        format!("foreign key {cname}: table {ref_table} has no primary key"),
                    ));
                }
            };
            if pk.len() != columns.len() {
                return Err(self.err(line, col, format!("foreign key {cname}: number of columns does not match the primary key of {ref_table}")));
            }
            if let Some(ConstraintKind::ForeignKey { ref_columns, .. }) = self
                .schema
                .tables
                .get_mut(&tq)
                .and_then(|t| t.constraints.get_mut(&cname))
                .map(|c| &mut c.kind)
            {
                *ref_columns = pk;
            }
        }
        // sequence OWNED BY must name an existing column
        for (q, seq) in &self.schema.sequences {
            if let Some((t, c)) = &seq.owned_by
                && self
                    .schema
                    .tables
                    .get(t)
                    .and_then(|t| t.column(c))
                    .is_none()
            {
                let (l, col) = self.seq_pos.get(q).copied().unwrap_or((1, 1));
                return Err(self.err(
                    l,
                    col,
                    format!("sequence {q} is OWNED BY {t}.{c}, which is not defined in the file"),
                ));
            }
        }
        if let Some((p, word)) = self.dirs.unused() {
            return Err(self.err(p.line, p.col, format!("directive {word} does not apply to the object it is attached to (or is attached to nothing)")));
        }
        Ok(())
    }
}

fn chars(c: &Option<ast::ConstraintCharacteristics>) -> (bool, bool) {
    match c {
        None => (false, false),
        Some(c) => {
            let deferred = matches!(c.initially, Some(DeferrableInitial::Deferred));
            (c.deferrable.unwrap_or(false) || deferred, deferred)
        }
    }
}

fn canon_exclude(ex: &ast::ExcludeConstraint) -> String {
    let mut e = ex.clone();
    // `USING "gist" ("room" WITH &&)` (--quote-all-identifiers) is `USING gist (room WITH &&)`
    if let Some(m) = &mut e.index_method {
        *m = ast::Ident::new(m.value.to_lowercase());
    }
    for el in &mut e.elements {
        el.column.column.expr = canon::canon_expr_in_place(&el.column.column.expr, Ctx::default());
        if let Some(oc) = &mut el.column.operator_class {
            for p in oc.0.iter_mut() {
                if let ast::ObjectNamePart::Identifier(i) = p {
                    *i = ast::Ident::new(fold(i));
                }
            }
        }
    }
    e.include = e.include.iter().map(|i| ast::Ident::new(fold(i))).collect();
    if let Some(w) = &e.where_clause {
        let c = canon::canon_string(w, Ctx::default());
        e.where_clause = Some(Box::new(SqlExpr::Identifier(ast::Ident::new(c))));
    }
    e.to_string().to_lowercase()
}

fn plain_tokens(sql: &str) -> Vec<TokenWithSpan> {
    sqlparser::tokenizer::Tokenizer::new(&PostgreSqlDialect {}, sql)
        .tokenize_with_location()
        .expect("tokenizes")
}

fn first_words(st: &Statement) -> String {
    st.to_string()
        .split_whitespace()
        .take(3)
        .collect::<Vec<_>>()
        .join(" ")
}

#[allow(dead_code)]
fn has_comment(toks: &[TokenWithSpan]) -> bool {
    toks.iter().any(|t| is_comment(&t.token))
}

/// Whether a CREATE statement says OR REPLACE.
fn has_or_replace(s: &Stmt) -> bool {
    let mut solid = s
        .toks
        .iter()
        .filter(|t| !matches!(t.token, Token::Whitespace(_)));
    solid.next();
    solid.next().is_some_and(|t| is_kw(t, "OR"))
}

#[cfg(test)]
mod tests {
    #[test]
    fn keyword_text_is_the_keyword_as_spelled() {
        use sqlparser::keywords::{ALL_KEYWORDS, ALL_KEYWORDS_INDEX};
        for (i, k) in ALL_KEYWORDS_INDEX.iter().enumerate() {
            assert_eq!(super::keyword_text(*k), Some(ALL_KEYWORDS[i]));
        }
        assert_eq!(super::keyword_text(super::Keyword::NoKeyword), None);
        assert_eq!(super::keyword_text(super::Keyword::CREATE), Some("CREATE"));
    }

    use crate::model::*;
    use crate::parse::parse_schema;

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

    fn column<'a>(s: &'a Schema, t: &str, c: &str) -> &'a Column {
        s.tables[&QualName::public(t)].column(c).expect("column")
    }

    #[test]
    fn variadic_array_arguments_read_as_the_spread_call() {
        let table = "CREATE TABLE t (col jsonb, tags text[]);\n";
        let dumped = schema(&format!(
            "{table}CREATE INDEX i ON public.t USING btree (jsonb_extract_path_text(col, VARIADIC ARRAY['foo'::text, 'bar'::text]));"
        ));
        let written = schema(&format!(
            "{table}CREATE INDEX i ON t (jsonb_extract_path_text(col, 'foo', 'bar'));"
        ));
        let changes = crate::diff::diff(&written, &dumped).unwrap();
        assert!(
            changes.is_empty(),
            "a call written with its variadic arguments spread equals pg_dump's form: {changes:?}"
        );
        // not a literal array: still refused by sqlparser, with its position
        assert!(
            err(&format!(
                "{table}CREATE INDEX j ON t (jsonb_extract_path_text(col, VARIADIC tags));"
            ))
            .contains("t.sql:2:")
        );
    }

    #[test]
    fn identity_option_lists_in_every_form() {
        let s = schema(
            "CREATE TABLE t (
               a bigint GENERATED ALWAYS AS IDENTITY ( MINVALUE 2 MAXVALUE 9 START 3 INCREMENT 4 CACHE 5 NO CYCLE ),
               b int GENERATED BY DEFAULT AS IDENTITY (START WITH -100
                 INCREMENT BY -5
                 MINVALUE -1000 NO MAXVALUE CYCLE SEQUENCE NAME public.b_seq),
               c smallint NOT NULL
             );
             ALTER TABLE t ALTER COLUMN c ADD GENERATED ALWAYS AS IDENTITY (INCREMENT 2);
             ALTER TABLE t ALTER COLUMN a SET GENERATED BY DEFAULT SET MAXVALUE 99 RESTART, ALTER COLUMN c DROP IDENTITY;",
        );
        let a = column(&s, "t", "a").identity.as_ref().expect("identity");
        assert!(!a.always);
        assert_eq!(
            (
                a.options.min,
                a.options.max,
                a.options.start,
                a.options.increment,
                a.options.cache,
                a.options.cycle
            ),
            (2, 99, 3, 4, 5, false)
        );
        let b = column(&s, "t", "b").identity.as_ref().expect("identity");
        assert_eq!(b.options.data_type, "integer");
        assert_eq!(
            (
                b.options.start,
                b.options.increment,
                b.options.min,
                b.options.max
            ),
            (-100, -5, -1000, -1)
        );
        assert!(b.options.cycle);
        let c = column(&s, "t", "c");
        assert!(c.identity.is_none() && c.not_null);
    }

    #[test]
    fn identity_option_errors_point_at_the_option() {
        assert!(
            err("CREATE TABLE t (a int GENERATED ALWAYS AS IDENTITY (INCREMENT BY x))")
                .contains("INCREMENT")
        );
        assert!(
            err("CREATE TABLE t (a int GENERATED ALWAYS AS IDENTITY (AS bigint))").contains("AS")
        );
        assert!(
            err("CREATE TABLE t (a int); ALTER TABLE t ALTER COLUMN a SET INCREMENT BY 2")
                .contains("not an identity column")
        );
    }

    #[test]
    fn typed_literals_become_casts_only_where_an_expression_starts() {
        let s = schema(
            "CREATE TABLE t (m money DEFAULT money '1.00', h inet DEFAULT inet '::1' CHECK (h <> inet '0.0.0.0'), x text DEFAULT 'y');
             COMMENT ON COLUMN t.x IS 'still a string';",
        );
        assert_eq!(
            column(&s, "t", "m").default.as_ref().unwrap().sql,
            "'1.00'::money"
        );
        let same = schema("CREATE TABLE t (m money DEFAULT '1.00'::money)");
        assert_eq!(
            column(&s, "t", "m").default,
            column(&same, "t", "m").default
        );
        assert_eq!(
            column(&s, "t", "x").comment.as_deref(),
            Some("still a string")
        );
    }

    #[test]
    fn constraint_using_index_takes_over_the_index() {
        let s = schema(
            "CREATE TABLE t (id int, e text, n int);
             CREATE UNIQUE INDEX t_id_idx ON t (id);
             CREATE UNIQUE INDEX t_e_idx ON t (e) INCLUDE (n);
             ALTER TABLE t ADD CONSTRAINT t_pk PRIMARY KEY USING INDEX t_id_idx;
             ALTER TABLE t ADD UNIQUE USING INDEX t_e_idx;",
        );
        assert!(s.indexes.is_empty());
        let t = &s.tables[&QualName::public("t")];
        assert!(
            matches!(&t.constraints.get("t_pk").expect("t_pk").kind, ConstraintKind::PrimaryKey { columns, .. } if columns == &["id"])
        );
        assert!(
            matches!(&t.constraints.get("t_e_idx").expect("t_e_idx").kind, ConstraintKind::Unique { include, .. } if include == &["n"])
        );
        assert!(t.column("id").unwrap().not_null);
        let e = err(
            "CREATE TABLE t (id int); CREATE UNIQUE INDEX i ON t (id) WHERE id > 0; ALTER TABLE t ADD PRIMARY KEY USING INDEX i;",
        );
        assert!(e.contains("partial index"), "{e}");
        let e = err(
            "CREATE TABLE t (id int); CREATE UNIQUE INDEX i ON t (lower(id::text)); ALTER TABLE t ADD UNIQUE USING INDEX i;",
        );
        assert!(e.contains("expression"), "{e}");
        let e = err(
            "CREATE TABLE t (id int); CREATE INDEX i ON t (id); ALTER TABLE t ADD UNIQUE USING INDEX i;",
        );
        assert!(e.contains("not a unique index"), "{e}");
    }

    #[test]
    fn enum_directives_by_placement() {
        let s = schema(
            "CREATE TYPE s /* @renamed from=a */ AS ENUM ( /* @renamed from=b */
               'x' /* @renamed from=old_x */,
               'y', -- @renamed from=\"Old Y\"
               'z'
             );",
        );
        let e = &s.enums[&QualName::public("s")];
        assert_eq!(e.directives.renamed_from.as_deref(), Some("a"));
        assert_eq!(e.label_renames.get("x").map(String::as_str), Some("old_x"));
        assert_eq!(e.label_renames.get("y").map(String::as_str), Some("Old Y"));
        assert_eq!(e.label_renames.len(), 2);
        let own_line = schema("CREATE TYPE s AS ENUM (\n  /* @renamed from=a */\n  'x'\n);");
        let e = &own_line.enums[&QualName::public("s")];
        assert_eq!(e.directives.renamed_from.as_deref(), Some("a"));
        assert!(e.label_renames.is_empty());
    }

    #[test]
    fn extension_version_with_or_without_with() {
        let s = schema(
            "CREATE EXTENSION pg_trgm VERSION '1.3'; CREATE EXTENSION IF NOT EXISTS hstore WITH SCHEMA public VERSION \"1.7\" CASCADE;",
        );
        assert_eq!(s.extensions["pg_trgm"].version.as_deref(), Some("1.3"));
        assert_eq!(s.extensions["hstore"].version.as_deref(), Some("1.7"));
        assert_eq!(s.extensions["hstore"].schema.as_deref(), Some("public"));
    }

    #[test]
    fn storage_parameters_keep_their_order_and_arrays_one_dimension() {
        let s = schema(
            "CREATE TABLE t (a int[][], b text); CREATE INDEX i ON t (b) WITH (fillfactor = 70, deduplicate_items = on);",
        );
        let i = &s.indexes[&QualName::public("i")];
        assert_eq!(i.with[0].0, "fillfactor");
        assert_eq!(column(&s, "t", "a").ty.array_dims, 1);
    }
}
