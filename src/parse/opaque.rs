//! Statements gen keeps as written: functions and procedures, views and materialized views,
//! triggers. Their bodies are opaque (PL/pgSQL, or SQL that only PostgreSQL fully understands), so
//! they are read at the token level: the identity (name, argument list, table), a normalized form
//! to compare two versions by, and the names they mention (for dependency order).

use crate::model::{DEFAULT_SCHEMA, Definition, QualName};
use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::tokenizer::{Token, TokenWithSpan, Tokenizer, Whitespace};
use std::collections::BTreeMap;

fn is_solid(t: &TokenWithSpan) -> bool {
    !matches!(t.token, Token::Whitespace(_) | Token::EOF)
}

fn kw(t: &Token, word: &str) -> bool {
    matches!(t, Token::Word(w) if w.quote_style.is_none() && w.value.eq_ignore_ascii_case(word))
}

fn ident(t: &Token) -> Option<String> {
    match t {
        Token::Word(w) if w.quote_style.is_none() => Some(w.value.to_lowercase()),
        Token::Word(w) if w.quote_style == Some('"') => Some(w.value.clone()),
        _ => None,
    }
}

/// A file's text and the byte offset where each of its lines starts (see [`line_starts`]), to
/// find a token's text without reading the file from its start.
#[derive(Clone, Copy)]
pub(crate) struct Src<'a> {
    pub text: &'a str,
    pub starts: &'a [usize],
}

/// The byte offset of the start of each line of `text` (line 1 first).
pub(crate) fn line_starts(text: &str) -> Vec<usize> {
    let mut starts = vec![0];
    starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
    starts
}

/// The statement's text as written, from its first token to its last.
pub(crate) fn source(src: Src, toks: &[TokenWithSpan]) -> String {
    let text = src.text;
    let line_start = |line: u64| -> usize {
        let i = (line as usize).saturating_sub(1);
        src.starts.get(i).copied().unwrap_or(text.len())
    };
    let offset = |line: u64, col: u64| -> usize {
        let start = line_start(line);
        text[start..]
            .char_indices()
            .nth((col as usize).saturating_sub(1))
            .map_or(text.len(), |(i, _)| start + i)
    };
    let (Some(first), Some(last)) = (
        toks.iter().find(|t| is_solid(t)),
        toks.iter().rev().find(|t| is_solid(t)),
    ) else {
        return String::new();
    };
    let from = offset(first.span.start.line, first.span.start.column);
    let to = offset(last.span.end.line, last.span.end.column);
    text[from..to.max(from)].to_string()
}

/// The normalized text of tokens: one space between tokens, keywords and unquoted names in lower
/// case, quoted names folded the same way, string literals kept, dollar-quoted bodies with their
/// whitespace collapsed, comments dropped.
pub(crate) fn normalize(toks: &[&TokenWithSpan]) -> String {
    let mut out = Vec::with_capacity(toks.len());
    for t in toks {
        out.push(match &t.token {
            Token::Word(w) if w.quote_style.is_none() => w.value.to_lowercase(),
            Token::Word(w) if w.quote_style == Some('"') => {
                crate::dialect::postgres::quote_ident(&w.value)
            }
            Token::SingleQuotedString(s) => format!("'{}'", s.replace('\'', "''")),
            Token::DollarQuotedString(d) => {
                format!(
                    "$$ {} $$",
                    d.value.split_whitespace().collect::<Vec<_>>().join(" ")
                )
            }
            Token::Whitespace(Whitespace::SingleLineComment { .. })
            | Token::Whitespace(Whitespace::MultiLineComment(_)) => continue,
            other => other.to_string(),
        });
    }
    out.join(" ")
}

/// A possibly qualified name at `i`: its parts and the index after it.
fn read_name(sol: &[&TokenWithSpan], mut i: usize) -> Option<(Vec<String>, usize)> {
    let mut parts = vec![ident(&sol.get(i)?.token)?];
    i += 1;
    while matches!(sol.get(i).map(|t| &t.token), Some(Token::Period)) {
        parts.push(ident(&sol.get(i + 1)?.token)?);
        i += 2;
    }
    Some((parts, i))
}

fn qual(parts: &[String]) -> Option<QualName> {
    match parts {
        [n] => Some(QualName::new(DEFAULT_SCHEMA, n.clone())),
        [s, n] => Some(QualName::new(s.clone(), n.clone())),
        _ => None,
    }
}

/// The index of the parenthesis closing the one at `open`.
fn closing(sol: &[&TokenWithSpan], open: usize) -> Option<usize> {
    let mut depth = 0i32;
    for (i, t) in sol.iter().enumerate().skip(open) {
        match t.token {
            Token::LParen => depth += 1,
            Token::RParen => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

/// The names `toks` mention: relations (a name not followed by `(`) and called functions, and
/// every word (column names are among them). Dollar-quoted bodies are read too.
pub(crate) fn mentions(toks: &[&TokenWithSpan]) -> (Vec<QualName>, Vec<String>) {
    let mut names = Vec::new();
    let mut words = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if let Token::DollarQuotedString(d) = &toks[i].token
            && let Ok(inner) =
                Tokenizer::new(&PostgreSqlDialect {}, &d.value).tokenize_with_location()
        {
            let sol: Vec<&TokenWithSpan> = inner.iter().filter(|t| is_solid(t)).collect();
            let (n, w) = mentions(&sol);
            names.extend(n);
            words.extend(w);
            i += 1;
            continue;
        }
        let after_colons = i > 0 && matches!(toks[i - 1].token, Token::DoubleColon);
        if let Some((parts, next)) = read_name(toks, i) {
            words.extend(parts.iter().cloned());
            if !after_colons && let Some(q) = qual(&parts) {
                names.push(q);
            }
            i = next;
            continue;
        }
        i += 1;
    }
    names.sort();
    names.dedup();
    words.sort();
    words.dedup();
    (names, words)
}

pub(crate) struct RoutineParts {
    pub name: QualName,
    pub procedure: bool,
    pub args: String,
    pub returns: String,
    pub definition: Definition,
    pub mentions: Vec<QualName>,
    pub words: Vec<String>,
    /// The names of its argument and result types.
    pub types: Vec<QualName>,
    pub sql_body: bool,
}

/// Keywords that end a RETURNS clause.
const ROUTINE_CLAUSES: &[&str] = &[
    "language",
    "as",
    "immutable",
    "stable",
    "volatile",
    "strict",
    "called",
    "security",
    "external",
    "set",
    "cost",
    "rows",
    "parallel",
    "window",
    "leakproof",
    "not",
    "transform",
    "support",
    "return",
    "begin",
];

/// One routine argument, canonical: `[mode] [name] type [DEFAULT expr]`.
pub(crate) struct Arg {
    /// `out`, `inout` or `variadic`; None for `in`.
    pub mode: Option<String>,
    pub name: Option<String>,
    /// The type as PostgreSQL prints it, without modifiers (PostgreSQL drops them) and without
    /// the `public.` / `pg_catalog.` qualification.
    pub ty: String,
    /// The default's canonical text.
    pub default: Option<String>,
}

impl Arg {
    fn text(&self, with_default: bool) -> String {
        let mut s = String::new();
        if let Some(m) = &self.mode {
            s.push_str(m);
            s.push(' ');
        }
        if let Some(n) = &self.name {
            s.push_str(&crate::dialect::postgres::quote_ident(n));
            s.push(' ');
        }
        s.push_str(&self.ty);
        if with_default && let Some(d) = &self.default {
            s.push_str(" DEFAULT ");
            s.push_str(d);
        }
        s
    }
}

/// Splits solid tokens on top-level commas.
fn split_commas<'a, 'b>(toks: &'b [&'a TokenWithSpan]) -> Vec<&'b [&'a TokenWithSpan]> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut from = 0;
    for (i, t) in toks.iter().enumerate() {
        match t.token {
            Token::LParen | Token::LBracket => depth += 1,
            Token::RParen | Token::RBracket => depth -= 1,
            Token::Comma if depth == 0 => {
                out.push(&toks[from..i]);
                from = i + 1;
            }
            _ => {}
        }
    }
    if from < toks.len() {
        out.push(&toks[from..]);
    }
    out
}

fn owned(toks: &[&TokenWithSpan]) -> Vec<TokenWithSpan> {
    toks.iter().map(|t| (*t).clone()).collect()
}

/// The canonical text of a type written as `toks`, if sqlparser reads it whole.
pub(crate) fn canonical_type(toks: &[&TokenWithSpan]) -> Option<String> {
    if toks.is_empty() {
        return None;
    }
    let mut p = sqlparser::parser::Parser::new(&PostgreSqlDialect {})
        .with_tokens_with_locations(owned(toks));
    let dt = p.parse_data_type().ok()?;
    if !matches!(p.peek_token().token, Token::EOF) {
        return None;
    }
    let mut t = super::types::type_ref(&dt).ok()?;
    t.modifiers.clear();
    if matches!(t.schema.as_deref(), Some("public" | "pg_catalog")) {
        t.schema = None;
    }
    Some(crate::dialect::postgres::type_sql(&t))
}

/// [`canonical_expr`] with the types of the columns it may name.
fn canonical_expr_with(
    toks: &[&TokenWithSpan],
    types: &hashbrown::HashMap<String, crate::model::TypeRef>,
) -> String {
    let mut p = sqlparser::parser::Parser::new(&PostgreSqlDialect {})
        .with_tokens_with_locations(super::build::rewrite_expression_tokens(owned(toks)));
    match p.parse_expr() {
        Ok(e) if matches!(p.peek_token().token, Token::EOF) => super::canon::canon_string(
            &e,
            super::canon::Ctx {
                col_type: None,
                columns: Some(types),
            },
        ),
        _ => normalize(toks),
    }
}

/// The canonical text of an expression written as `toks` (or its normalized tokens).
fn canonical_expr(toks: &[&TokenWithSpan]) -> String {
    let mut p = sqlparser::parser::Parser::new(&PostgreSqlDialect {})
        .with_tokens_with_locations(owned(toks));
    match p.parse_expr() {
        Ok(e) if matches!(p.peek_token().token, Token::EOF) => {
            super::canon::canon_string(&e, super::canon::Ctx::default())
        }
        _ => normalize(toks),
    }
}

/// Reads a routine's argument list (the tokens between its parentheses).
pub(crate) fn parse_args(toks: &[&TokenWithSpan]) -> Vec<Arg> {
    let mut out = Vec::new();
    for part in split_commas(toks) {
        let mut part = part;
        let mut mode = None;
        if let Some(first) = part.first()
            && ["in", "out", "inout", "variadic"]
                .iter()
                .any(|m| kw(&first.token, m))
            && part.len() > 1
        {
            let m = ident(&first.token).unwrap_or_default();
            if m != "in" {
                mode = Some(m);
            }
            part = &part[1..];
        }
        let mut default = None;
        if let Some(d) = part
            .iter()
            .position(|t| kw(&t.token, "default") || matches!(t.token, Token::Eq))
        {
            default = Some(canonical_expr(&part[d + 1..]));
            part = &part[..d];
        }
        let (name, ty) = match canonical_type(part) {
            Some(ty) => (None, ty),
            None if part.len() > 1 => (
                ident(&part[0].token),
                canonical_type(&part[1..]).unwrap_or_else(|| normalize(&part[1..])),
            ),
            None => (None, normalize(part)),
        };
        out.push(Arg {
            mode,
            name,
            ty,
            default,
        });
    }
    out
}

/// The argument list that identifies a routine (and `DROP FUNCTION` accepts): modes, names and
/// types, without defaults.
pub(crate) fn args_signature(args: &[Arg]) -> String {
    args.iter()
        .map(|a| a.text(false))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The input argument types of an argument list (what identifies a routine to PostgreSQL).
pub(crate) fn input_types(toks: &[&TokenWithSpan]) -> String {
    types_of(&parse_args(toks))
}

fn types_of(args: &[Arg]) -> String {
    args.iter()
        .filter(|a| a.mode.as_deref() != Some("out"))
        .map(|a| a.ty.clone())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The input argument types of a routine's stored signature (see [`args_signature`]).
pub(crate) fn input_types_of_args(args: &str) -> String {
    let Ok(toks) = Tokenizer::new(&PostgreSqlDialect {}, args).tokenize_with_location() else {
        return args.to_string();
    };
    let sol: Vec<&TokenWithSpan> = toks.iter().filter(|t| is_solid(t)).collect();
    input_types(&sol)
}

/// Whether a solid token starts a routine clause after RETURNS.
fn clause_start(t: &Token) -> bool {
    ROUTINE_CLAUSES.iter().any(|k| kw(t, k))
}

/// A string or dollar-quoted string's content.
fn string_value(t: &Token) -> Option<String> {
    match t {
        Token::SingleQuotedString(s) | Token::EscapedStringLiteral(s) => Some(s.clone()),
        Token::DollarQuotedString(d) => Some(d.value.clone()),
        _ => None,
    }
}

/// The canonical clauses of a routine after its argument list: RETURNS, LANGUAGE, the body and
/// the attributes PostgreSQL keeps, with defaults left out and in a fixed order (pg_dump writes
/// them in its own order). None when a clause is not understood.
fn routine_clauses(
    sol: &[&TokenWithSpan],
    procedure: bool,
    return_expr: &dyn Fn(&[&TokenWithSpan]) -> Option<String>,
) -> Option<(String, String)> {
    let mut returns = String::new();
    let mut language = String::new();
    let mut attrs: BTreeMap<&'static str, String> = BTreeMap::new();
    let mut sets: Vec<String> = Vec::new();
    let mut body = String::new();
    let mut setof = false;
    let mut i = 0;
    let at = |i: usize, w: &str| sol.get(i).is_some_and(|t| kw(&t.token, w));
    while i < sol.len() {
        if at(i, "returns") && at(i + 1, "null") {
            // RETURNS NULL ON NULL INPUT
            attrs.insert("strict", "strict".into());
            i += 5;
        } else if at(i, "returns") {
            i += 1;
            if at(i, "table") && matches!(sol.get(i + 1).map(|t| &t.token), Some(Token::LParen)) {
                let close = closing(sol, i + 1)?;
                let cols = parse_args(&sol[i + 2..close]);
                returns = format!("table({})", args_signature(&cols));
                setof = true;
                i = close + 1;
            } else {
                if at(i, "setof") {
                    setof = true;
                    i += 1;
                }
                let mut j = i;
                let mut depth = 0;
                while j < sol.len() {
                    match sol[j].token {
                        Token::LParen => depth += 1,
                        Token::RParen => depth -= 1,
                        _ => {}
                    }
                    if depth == 0 && j > i && clause_start(&sol[j].token) {
                        break;
                    }
                    j += 1;
                }
                let ty = canonical_type(&sol[i..j]).unwrap_or_else(|| normalize(&sol[i..j]));
                returns = if setof { format!("setof {ty}") } else { ty };
                i = j;
            }
        } else if at(i, "language") {
            let t = &sol.get(i + 1)?.token;
            language = ident(t).or_else(|| string_value(t).map(|s| s.to_lowercase()))?;
            i += 2;
        } else if at(i, "as") {
            let b = string_value(&sol.get(i + 1)?.token)?;
            body = b.split_whitespace().collect::<Vec<_>>().join(" ");
            i += 2;
            if matches!(sol.get(i).map(|t| &t.token), Some(Token::Comma)) {
                body.push_str(", ");
                body.push_str(&string_value(&sol.get(i + 1)?.token)?);
                i += 2;
            }
        } else if at(i, "immutable") || at(i, "stable") {
            attrs.insert("volatility", ident(&sol[i].token)?);
            i += 1;
        } else if at(i, "volatile") {
            attrs.remove("volatility");
            i += 1;
        } else if at(i, "strict") {
            attrs.insert("strict", "strict".into());
            i += 1;
        } else if at(i, "called") {
            // CALLED ON NULL INPUT: the default
            attrs.remove("strict");
            i += 4;
        } else if at(i, "external") || at(i, "security") {
            if at(i, "external") {
                i += 1;
            }
            if at(i + 1, "definer") {
                attrs.insert("security", "security definer".into());
            } else {
                attrs.remove("security");
            }
            i += 2;
        } else if at(i, "leakproof") {
            attrs.insert("leakproof", "leakproof".into());
            i += 1;
        } else if at(i, "not") && at(i + 1, "leakproof") {
            attrs.remove("leakproof");
            i += 2;
        } else if at(i, "parallel") {
            let v = ident(&sol.get(i + 1)?.token)?;
            if v == "unsafe" {
                attrs.remove("parallel");
            } else {
                attrs.insert("parallel", format!("parallel {v}"));
            }
            i += 2;
        } else if at(i, "cost") || at(i, "rows") {
            let k = if at(i, "cost") { "cost" } else { "rows" };
            let v = match &sol.get(i + 1)?.token {
                Token::Number(n, _) => n.clone(),
                _ => return None,
            };
            attrs.insert(k, v);
            i += 2;
        } else if at(i, "support") {
            let (parts, next) = read_name(sol, i + 1)?;
            let parts: Vec<String> = parts
                .into_iter()
                .filter(|p| p != "public" && p != "pg_catalog")
                .collect();
            attrs.insert("support", format!("support {}", parts.join(".")));
            i = next;
        } else if at(i, "window") {
            attrs.insert("window", "window".into());
            i += 1;
        } else if at(i, "set") {
            let name = ident(&sol.get(i + 1)?.token)?;
            i += 2;
            if at(i, "from") && at(i + 1, "current") {
                sets.push(format!("set {name} from current"));
                i += 2;
                continue;
            }
            if !(at(i, "to") || matches!(sol.get(i).map(|t| &t.token), Some(Token::Eq))) {
                return None;
            }
            i += 1;
            let mut values = Vec::new();
            while i < sol.len() && !clause_start(&sol[i].token) {
                match &sol[i].token {
                    Token::Comma => {}
                    t => values.push(
                        string_value(t)
                            .or_else(|| ident(t))
                            .unwrap_or_else(|| t.to_string()),
                    ),
                }
                i += 1;
            }
            sets.push(format!("set {name} = {}", values.join(", ")));
        } else if at(i, "return") {
            // an SQL-standard body `RETURN expr`: canonical, as PostgreSQL stores and prints it
            // (pg_dump writes `RETURN ((c)::numeric / 100.0)` for `RETURN c / 100.0`)
            body = match return_expr(&sol[i + 1..]) {
                Some(e) => format!("return {e}"),
                None => normalize(&sol[i..]),
            };
            i = sol.len();
        } else if at(i, "begin") {
            // BEGIN ATOMIC ... END: compared as written
            body = normalize(&sol[i..]);
            i = sol.len();
        } else {
            return None;
        }
    }
    if !procedure && returns.is_empty() {
        return None;
    }
    // COST defaults to 1 for C and internal functions, 100 for the others; ROWS to 1000.
    let default_cost = if matches!(language.as_str(), "c" | "internal") {
        "1"
    } else {
        "100"
    };
    if attrs.get("cost").is_some_and(|c| c == default_cost) {
        attrs.remove("cost");
    }
    if attrs.get("rows").is_some_and(|r| r == "1000" || !setof) {
        attrs.remove("rows");
    }
    sets.sort();
    let mut canon = String::new();
    if !procedure {
        canon.push_str(&format!("returns {returns} "));
    }
    canon.push_str(&format!("language {language}"));
    for (k, v) in &attrs {
        match *k {
            "cost" | "rows" => canon.push_str(&format!(" {k} {v}")),
            _ => canon.push_str(&format!(" {v}")),
        }
    }
    for s in &sets {
        canon.push_str(&format!(" {s}"));
    }
    canon.push_str(&format!(" body {body}"));
    Some((returns, canon))
}

/// `CREATE [OR REPLACE] FUNCTION|PROCEDURE name (args) ...`. A `RETURN expr` body is compared
/// in canonical form, its arguments typed and its queries resolved against the relations of
/// `schema` (see `viewcanon`).
pub(crate) fn routine(
    src: Src,
    toks: &[TokenWithSpan],
    schema: &crate::model::Schema,
    view_types: &super::viewcanon::ViewTypes,
) -> Result<RoutineParts, String> {
    let sol: Vec<&TokenWithSpan> = toks.iter().filter(|t| is_solid(t)).collect();
    let at = sol
        .iter()
        .position(|t| kw(&t.token, "function") || kw(&t.token, "procedure"))
        .ok_or("expected FUNCTION or PROCEDURE")?;
    let procedure = kw(&sol[at].token, "procedure");
    let (parts, after) = read_name(&sol, at + 1).ok_or("expected the routine's name")?;
    let name = qual(&parts).ok_or("a routine name has at most two parts")?;
    if !matches!(sol.get(after).map(|t| &t.token), Some(Token::LParen)) {
        return Err("expected the argument list".into());
    }
    let close = closing(&sol, after).ok_or("unbalanced parentheses")?;
    let parsed_args = parse_args(&sol[after + 1..close]);
    let args = args_signature(&parsed_args);
    let with_defaults = parsed_args
        .iter()
        .map(|a| a.text(true))
        .collect::<Vec<_>>()
        .join(", ");
    let language = sol
        .iter()
        .position(|t| kw(&t.token, "language"))
        .and_then(|p| sol.get(p + 1))
        .and_then(|t| ident(&t.token).or_else(|| string_value(&t.token)))
        .unwrap_or_default()
        .to_lowercase();
    let sql_body = language == "sql"
        || sol[close..]
            .iter()
            .any(|t| kw(&t.token, "return") || kw(&t.token, "atomic"));
    let (mentions, words) = mentions(&sol[close + 1..]);
    let mut types = signature_types(&parsed_args, &sol[close + 1..]);
    if language == "plpgsql" {
        // PL/pgSQL resolves its declarations' types when the function is created
        types.extend(plpgsql_declared_types(&sol[close + 1..]));
        types.sort();
        types.dedup();
    }
    let kind = if procedure { "procedure" } else { "function" };
    // the input arguments a RETURN expression sees, with their types
    let arg_columns: Vec<(String, Option<crate::model::TypeRef>)> = parsed_args
        .iter()
        .filter(|a| a.mode.as_deref() != Some("out"))
        .filter_map(|a| {
            let ty = sqlparser::parser::Parser::new(&PostgreSqlDialect {})
                .try_with_sql(&a.ty)
                .ok()?
                .parse_data_type()
                .ok()
                .and_then(|dt| super::types::type_ref(&dt).ok());
            Some((a.name.clone()?, ty))
        })
        .collect();
    let return_expr = |toks: &[&TokenWithSpan]| {
        super::viewcanon::canonical_scoped_expr(
            toks,
            schema,
            view_types,
            &name.name,
            arg_columns.clone(),
        )
    };
    let (returns, canon) = match routine_clauses(&sol[close + 1..], procedure, &return_expr) {
        Some((returns, clauses)) => (returns, format!("{kind} {name}({with_defaults}) {clauses}")),
        None => {
            // not understood clause by clause: compared by its tokens
            let mut returns = String::new();
            if sol.get(close + 1).is_some_and(|t| kw(&t.token, "returns")) {
                let end = sol[close + 2..]
                    .iter()
                    .position(|t| clause_start(&t.token))
                    .map_or(sol.len(), |p| close + 2 + p);
                returns = normalize(&sol[close + 2..end]);
            }
            (
                returns,
                format!(
                    "{kind} {name}({with_defaults}) {}",
                    normalize(&sol[close + 1..])
                ),
            )
        }
    };
    Ok(RoutineParts {
        name,
        procedure,
        args,
        returns,
        definition: Definition {
            sql: source(src, toks),
            canon,
        },
        mentions,
        words,
        types,
        sql_body,
    })
}

/// The names a routine's argument types and its `RETURNS` clause (`SETOF t`, `TABLE (...)`)
/// are written with. Built-in type names are among them; callers keep the names of the model.
fn signature_types(args: &[Arg], after_args: &[&TokenWithSpan]) -> Vec<QualName> {
    let mut names: Vec<QualName> = args
        .iter()
        .filter_map(|a| {
            qual(&super::canon::parse_qualified_text(
                a.ty.trim_end_matches("[]"),
            ))
        })
        .collect();
    if after_args.first().is_some_and(|t| kw(&t.token, "returns")) {
        let end = after_args[1..]
            .iter()
            .position(|t| clause_start(&t.token))
            .map_or(after_args.len(), |p| 1 + p);
        names.extend(mentions(&after_args[1..end]).0);
    }
    names.sort();
    names.dedup();
    names
}

/// The names the declarations of a PL/pgSQL body (every `DECLARE` section, nested blocks too)
/// give types with: `v t`, `v t%ROWTYPE`, `v t.col%TYPE` name `t`. Variables declared with a
/// variable's type (`v w%TYPE`) and built-in types are among them; callers keep the names of
/// the model.
fn plpgsql_declared_types(after_args: &[&TokenWithSpan]) -> Vec<QualName> {
    // the string after AS (a `SET search_path TO 'a', 'b'` clause has strings too)
    fn string(t: &Token) -> Option<&str> {
        match t {
            Token::DollarQuotedString(d) => Some(d.value.as_str()),
            Token::SingleQuotedString(s) => Some(s.as_str()),
            _ => None,
        }
    }
    let Some(body) = after_args
        .windows(2)
        .find_map(|w| kw(&w[0].token, "as").then(|| string(&w[1].token)).flatten())
    else {
        return Vec::new();
    };
    let Ok(toks) = Tokenizer::new(&PostgreSqlDialect {}, body).tokenize_with_location() else {
        return Vec::new();
    };
    let sol: Vec<&TokenWithSpan> = toks.iter().filter(|t| is_solid(t)).collect();
    let mut names = Vec::new();
    let mut in_declare = false;
    // at the start of a declaration (after DECLARE or a `;` inside the section)
    let mut at_start = false;
    let mut i = 0;
    while i < sol.len() {
        let t = &sol[i].token;
        if kw(t, "declare") {
            (in_declare, at_start) = (true, true);
        } else if kw(t, "begin") {
            in_declare = false;
        } else if in_declare && matches!(t, Token::SemiColon) {
            at_start = true;
        } else if in_declare && at_start {
            at_start = false;
            // `name [CONSTANT] type`
            let mut j = i + 1;
            if sol.get(j).is_some_and(|t| kw(&t.token, "constant")) {
                j += 1;
            }
            if let Some((mut parts, next)) = read_name(&sol, j) {
                let percent = matches!(sol.get(next).map(|t| &t.token), Some(Token::Mod));
                if percent && sol.get(next + 1).is_some_and(|t| kw(&t.token, "type")) {
                    parts.pop();
                }
                if let Some(q) = qual(&parts) {
                    names.push(q);
                }
            }
        }
        i += 1;
    }
    names
}

pub(crate) struct ViewParts {
    pub name: QualName,
    pub materialized: bool,
    pub definition: Definition,
    pub mentions: Vec<QualName>,
    pub words: Vec<String>,
    /// Its output columns (with the types of plain columns), when known.
    pub columns: Vec<(String, Option<crate::model::TypeRef>)>,
    /// A materialized view created `WITH NO DATA`.
    pub no_data: bool,
}

/// `CREATE [OR REPLACE] [MATERIALIZED|RECURSIVE] VIEW [IF NOT EXISTS] name [(columns)]
/// [WITH (options)] AS query [WITH [CASCADED | LOCAL] CHECK OPTION | WITH [NO] DATA]`. The
/// query is compared in canonical form (see `viewcanon`) against the relations of `schema`.
/// `WITH NO DATA` stays in the statement a migration runs (the view is created empty, as the
/// file says; pg_dump writes it for every materialized view) but not in the canonical form:
/// whether the rows were computed is data, not schema.
pub(crate) fn view(
    src: Src,
    toks: &[TokenWithSpan],
    schema: &crate::model::Schema,
    view_types: &super::viewcanon::ViewTypes,
) -> Result<ViewParts, String> {
    let sol: Vec<&TokenWithSpan> = toks.iter().filter(|t| is_solid(t)).collect();
    let at = sol
        .iter()
        .position(|t| kw(&t.token, "view"))
        .ok_or("expected VIEW")?;
    let materialized = sol[..at].iter().any(|t| kw(&t.token, "materialized"));
    let mut i = at + 1;
    if sol.get(i).is_some_and(|t| kw(&t.token, "if")) {
        i += 3;
    }
    let (parts, after) = read_name(&sol, i).ok_or("expected the view's name")?;
    let name = qual(&parts).ok_or("a view name has at most two parts")?;
    let head: Vec<&TokenWithSpan> = sol[..at]
        .iter()
        .copied()
        .filter(|t| !kw(&t.token, "or") && !kw(&t.token, "replace"))
        .collect();
    let (mentions, words) = mentions(&sol[after..]);
    // [(columns)] [WITH (options)] [USING am] [TABLESPACE ts] AS
    let mut j = after;
    let mut columns = Vec::new();
    if matches!(sol.get(j).map(|t| &t.token), Some(Token::LParen)) {
        let close = closing(&sol, j).ok_or("unbalanced parentheses")?;
        columns = sol[j + 1..close]
            .iter()
            .filter_map(|t| ident(&t.token))
            .collect();
        j = close + 1;
    }
    let mut options: Vec<String> = Vec::new();
    let mut check = String::new();
    let mut extra = Vec::new();
    while j < sol.len() && !kw(&sol[j].token, "as") {
        if kw(&sol[j].token, "with")
            && matches!(sol.get(j + 1).map(|t| &t.token), Some(Token::LParen))
        {
            let close = closing(&sol, j + 1).ok_or("unbalanced parentheses")?;
            for opt in split_commas(&sol[j + 2..close]) {
                let key = opt
                    .first()
                    .and_then(|t| ident(&t.token))
                    .unwrap_or_default();
                let value = opt
                    .get(2)
                    .map(|t| {
                        string_value(&t.token)
                            .or_else(|| ident(&t.token))
                            .unwrap_or_else(|| t.token.to_string())
                    })
                    .unwrap_or_else(|| "true".to_string());
                if key == "check_option" {
                    check = format!(" with {value} check option");
                } else {
                    options.push(format!("{key}={value}"));
                }
            }
            j = close + 1;
        } else {
            extra.push(sol[j]);
            j += 1;
        }
    }
    if j >= sol.len() {
        return Err("expected AS query".into());
    }
    let query_start = j + 1;
    let mut query_end = sol.len();
    let mut no_data = false;
    // a trailing WITH [CASCADED | LOCAL] CHECK OPTION or WITH [NO] DATA
    let n = sol.len();
    let tail_at = |k: usize, w: &str| k < n && kw(&sol[k].token, w);
    for start in n.saturating_sub(4)..n {
        if !kw(&sol[start].token, "with") {
            continue;
        }
        let rest: Vec<String> = sol[start + 1..]
            .iter()
            .filter_map(|t| ident(&t.token))
            .collect();
        let rest: Vec<&str> = rest.iter().map(String::as_str).collect();
        let matched = match rest.as_slice() {
            ["check", "option"] | ["cascaded", "check", "option"] => {
                check = " with cascaded check option".into();
                true
            }
            ["local", "check", "option"] => {
                check = " with local check option".into();
                true
            }
            ["data"] => true,
            ["no", "data"] => {
                no_data = true;
                true
            }
            _ => false,
        };
        if matched && tail_at(start, "with") {
            query_end = start;
            break;
        }
    }
    options.sort();
    let query = &sol[query_start..query_end];
    let (query_canon, out_columns) =
        match super::viewcanon::canonical_query(query, schema, view_types) {
            Some((c, cols)) => (c, cols),
            None => (normalize(query), Vec::new()),
        };
    let canon = format!(
        "{} {name}{}{}{} as {query_canon}{check}",
        normalize(&head[1..]),
        if columns.is_empty() {
            String::new()
        } else {
            format!(" ({})", columns.join(", "))
        },
        if options.is_empty() {
            String::new()
        } else {
            format!(" with ({})", options.join(", "))
        },
        if extra.is_empty() {
            String::new()
        } else {
            format!(" {}", normalize(&extra))
        },
    );
    Ok(ViewParts {
        name,
        materialized,
        definition: Definition {
            sql: source(src, toks),
            canon,
        },
        mentions,
        words,
        columns: if columns.is_empty() {
            out_columns
        } else {
            columns.into_iter().map(|c| (c, None)).collect()
        },
        no_data,
    })
}

pub(crate) struct TriggerParts {
    pub table: QualName,
    pub name: String,
    pub definition: Definition,
    pub function: Option<QualName>,
}

/// The position of `word` (RULE, TRIGGER) among the solid tokens and the name after it.
fn keyword_and_name(sol: &[&TokenWithSpan], word: &str) -> Result<(usize, String), String> {
    let at = sol
        .iter()
        .position(|t| kw(&t.token, word))
        .ok_or(format!("expected {}", word.to_uppercase()))?;
    let name = sol
        .get(at + 1)
        .and_then(|t| ident(&t.token))
        .ok_or(format!("expected the {word}'s name"))?;
    Ok((at, name))
}

/// The types `NEW.col` and `OLD.col` have in a trigger's `WHEN` or a rule's `WHERE` on `table`.
fn row_types(
    schema: &crate::model::Schema,
    table: &QualName,
) -> hashbrown::HashMap<String, crate::model::TypeRef> {
    schema
        .tables
        .get(table)
        .map(|t| {
            t.columns
                .iter()
                .flat_map(|c| ["new", "old"].map(|row| (format!("{row}.{}", c.name), c.ty.clone())))
                .collect()
        })
        .unwrap_or_default()
}

/// A rule's parts: its table and name, its statement, and what its actions mention.
pub(crate) struct RuleParts {
    pub table: QualName,
    pub name: String,
    pub definition: Definition,
    pub mentions: Vec<QualName>,
    pub words: Vec<String>,
}

/// `CREATE [OR REPLACE] RULE name AS ON event TO table [WHERE condition] DO [ALSO | INSTEAD]
/// {NOTHING | command | (command; ...)}`. A rule `ON SELECT` (a view made from a table, as old
/// pg_dump versions wrote views in a dependency loop) is refused: it is a view.
pub(crate) fn rule(
    src: Src,
    toks: &[TokenWithSpan],
    schema: &crate::model::Schema,
) -> Result<RuleParts, String> {
    let sol: Vec<&TokenWithSpan> = toks.iter().filter(|t| is_solid(t)).collect();
    let (at, name) = keyword_and_name(&sol, "rule")?;
    let expect = |i: usize, word: &str| {
        sol.get(i)
            .is_some_and(|t| kw(&t.token, word))
            .then_some(())
            .ok_or(format!("expected {} in CREATE RULE", word.to_uppercase()))
    };
    expect(at + 2, "as")?;
    expect(at + 3, "on")?;
    let event = sol
        .get(at + 4)
        .and_then(|t| ident(&t.token))
        .ok_or("expected the rule's event")?;
    if event == "select" {
        return Err(
            "CREATE RULE ... ON SELECT is not supported: a rule on SELECT makes a view; \
                    write it as CREATE VIEW"
                .to_string(),
        );
    }
    expect(at + 5, "to")?;
    let (parts, after_table) = read_name(&sol, at + 6).ok_or("expected the rule's table")?;
    let table = qual(&parts).ok_or("a table name has at most two parts")?;
    let Some(do_at) = sol[after_table..]
        .iter()
        .position(|t| kw(&t.token, "do"))
        .map(|p| after_table + p)
    else {
        return Err("expected DO in CREATE RULE".to_string());
    };
    let (mentions, words) = mentions(&sol[after_table..]);
    // As pg_get_ruledef prints it, where gen can tell: the WHERE condition canonical (NEW and
    // OLD have the table's column types), `ALSO` left out (the default). The actions are
    // compared by their normalized tokens.
    let condition = if sol.get(after_table).is_some_and(|t| kw(&t.token, "where")) {
        let types = row_types(schema, &table);
        format!(
            " where {}",
            canonical_expr_with(&sol[after_table + 1..do_at], &types)
        )
    } else {
        String::new()
    };
    let mut actions = do_at + 1;
    if sol.get(actions).is_some_and(|t| kw(&t.token, "also")) {
        actions += 1;
    }
    let canon = format!(
        "create rule {} as on {event} to {table}{condition} do {}",
        crate::dialect::postgres::quote_ident(&name),
        normalize(&sol[actions..])
    );
    Ok(RuleParts {
        table,
        name,
        definition: Definition {
            sql: source(src, toks),
            canon,
        },
        mentions,
        words,
    })
}

/// `CREATE [OR REPLACE] [CONSTRAINT] TRIGGER name ... ON table ... EXECUTE FUNCTION f(...)`.
pub(crate) fn trigger(
    src: Src,
    toks: &[TokenWithSpan],
    schema: &crate::model::Schema,
) -> Result<TriggerParts, String> {
    let sol: Vec<&TokenWithSpan> = toks.iter().filter(|t| is_solid(t)).collect();
    let (at, name) = keyword_and_name(&sol, "trigger")?;
    let on = sol[at + 2..]
        .iter()
        .position(|t| kw(&t.token, "on"))
        .map(|p| at + 2 + p)
        .ok_or("expected ON table")?;
    let (parts, after_table) = read_name(&sol, on + 1).ok_or("expected the trigger's table")?;
    let table = qual(&parts).ok_or("a table name has at most two parts")?;
    let execute = sol
        .iter()
        .position(|t| kw(&t.token, "execute"))
        .ok_or("expected EXECUTE FUNCTION")?;
    let function = read_name(&sol, execute + 2).and_then(|(parts, _)| qual(&parts));
    let constraint = sol[..at].iter().any(|t| kw(&t.token, "constraint"));
    let types = row_types(schema, &table);
    let canon = trigger_canon(
        &sol,
        at,
        on,
        after_table,
        execute,
        constraint,
        &name,
        &table,
        &types,
    )
    .unwrap_or_else(|| {
        let head: Vec<&TokenWithSpan> = sol[..at]
            .iter()
            .copied()
            .filter(|t| !kw(&t.token, "or") && !kw(&t.token, "replace"))
            .collect();
        format!(
            "{} {} {} on {table} {}",
            normalize(&head),
            normalize(&sol[at..at + 2]),
            normalize(&sol[at + 2..on]),
            normalize(&sol[after_table..])
        )
    });
    Ok(TriggerParts {
        table,
        name,
        definition: Definition {
            sql: source(src, toks),
            canon,
        },
        function,
    })
}

/// A trigger's canonical form, as `pg_get_triggerdef` would write it: events in PostgreSQL's
/// order, `FOR EACH STATEMENT` when not written, the WHEN condition canonicalized, `FUNCTION` for
/// `PROCEDURE`, the function without `public.`, its arguments as strings.
#[allow(clippy::too_many_arguments)]
fn trigger_canon(
    sol: &[&TokenWithSpan],
    at: usize,
    on: usize,
    after_table: usize,
    execute: usize,
    constraint: bool,
    name: &str,
    table: &QualName,
    types: &hashbrown::HashMap<String, crate::model::TypeRef>,
) -> Option<String> {
    let timing_events = &sol[at + 2..on];
    let (timing, events) = if timing_events
        .first()
        .is_some_and(|t| kw(&t.token, "instead"))
    {
        ("instead of", &timing_events[2..])
    } else {
        (
            if timing_events
                .first()
                .is_some_and(|t| kw(&t.token, "before"))
            {
                "before"
            } else {
                "after"
            },
            &timing_events[1..],
        )
    };
    let mut evs: Vec<(u8, String)> = Vec::new();
    for ev in events.split(|t| kw(&t.token, "or")) {
        let first = ident(&ev.first()?.token)?;
        let order = match first.as_str() {
            "insert" => 0,
            "delete" => 1,
            "update" => 2,
            "truncate" => 3,
            _ => return None,
        };
        let mut text = first;
        if ev.len() > 2 && kw(&ev[1].token, "of") {
            // in the order written: PostgreSQL keeps it (tgattr)
            let cols: Vec<String> = ev[2..].iter().filter_map(|t| ident(&t.token)).collect();
            text = format!("update of {}", cols.join(", "));
        }
        evs.push((order, text));
    }
    evs.sort();
    let events: Vec<String> = evs.into_iter().map(|(_, e)| e).collect();
    let mut mid = Vec::new();
    let mut each = "statement";
    let mut when = String::new();
    let mut i = after_table;
    while i < execute {
        let t = &sol[i].token;
        if kw(t, "for") {
            i += 1;
            if sol.get(i).is_some_and(|t| kw(&t.token, "each")) {
                i += 1;
            }
            each = if sol.get(i).is_some_and(|t| kw(&t.token, "row")) {
                "row"
            } else {
                "statement"
            };
            i += 1;
        } else if kw(t, "when") && matches!(sol.get(i + 1).map(|t| &t.token), Some(Token::LParen)) {
            let close = closing(sol, i + 1)?;
            when = format!(" when {}", canonical_expr_with(&sol[i + 2..close], types));
            i = close + 1;
        } else if kw(t, "from") {
            let (parts, next) = read_name(sol, i + 1)?;
            mid.push(format!("from {}", qual(&parts)?));
            i = next;
        } else {
            mid.push(normalize(&sol[i..i + 1]));
            i += 1;
        }
    }
    let (fparts, after_fn) = read_name(sol, execute + 2)?;
    let fparts: Vec<String> = fparts
        .into_iter()
        .skip_while(|p| p == "public" || p == "pg_catalog")
        .collect();
    let open = after_fn;
    if !matches!(sol.get(open).map(|t| &t.token), Some(Token::LParen)) {
        return None;
    }
    let close = closing(sol, open)?;
    let args: Vec<String> = split_commas(&sol[open + 1..close])
        .into_iter()
        .map(|a| {
            let v = a
                .iter()
                .map(|t| string_value(&t.token).unwrap_or_else(|| t.token.to_string()))
                .collect::<String>();
            format!("'{}'", v.replace('\'', "''"))
        })
        .collect();
    if close + 1 != sol.len() {
        return None;
    }
    Some(format!(
        "{}trigger {} {timing} {} on {table}{}{} for each {each}{when} execute function {}({})",
        if constraint { "constraint " } else { "" },
        crate::dialect::postgres::quote_ident(name),
        events.join(" or "),
        if mid.is_empty() { "" } else { " " },
        mid.join(" "),
        fparts.join("."),
        args.join(", ")
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn routine_of(
        sql: &str,
        schema: &crate::model::Schema,
        view_types: &crate::parse::viewcanon::ViewTypes,
    ) -> RoutineParts {
        let starts = line_starts(sql);
        let src = Src {
            text: sql,
            starts: &starts,
        };
        routine(src, &toks(sql), schema, view_types).unwrap()
    }

    fn toks(sql: &str) -> Vec<TokenWithSpan> {
        Tokenizer::new(&PostgreSqlDialect {}, sql)
            .tokenize_with_location()
            .unwrap()
    }

    fn rule_of(sql: &str) -> Result<RuleParts, String> {
        let starts = line_starts(sql);
        let src = Src {
            text: sql,
            starts: &starts,
        };
        rule(src, &toks(sql), &crate::model::Schema::default())
    }

    #[test]
    fn rules_compare_by_normalized_tokens_and_select_rules_are_refused() {
        let written = "CREATE RULE keep AS ON DELETE TO tags DO INSTEAD NOTHING";
        let dumped = "CREATE RULE keep AS\n    ON DELETE TO public.tags DO INSTEAD NOTHING";
        let (a, b) = (rule_of(written).unwrap(), rule_of(dumped).unwrap());
        assert_eq!(a.table, QualName::public("tags"));
        assert_eq!(a.name, "keep");
        assert_eq!(a.definition.canon, b.definition.canon);
        let logs = rule_of(
            "CREATE OR REPLACE RULE log AS ON UPDATE TO app.posts WHERE new.title <> old.title DO ALSO INSERT INTO audit (row_id) VALUES (new.id)",
        )
        .unwrap();
        assert_eq!(logs.table, QualName::new("app", "posts"));
        assert!(logs.mentions.contains(&QualName::public("audit")));
        assert!(logs.words.iter().any(|w| w == "title"));
        // a rule on SELECT makes a view of the table (PostgreSQL 15 and before)
        let err = rule_of("CREATE RULE \"_RETURN\" AS ON SELECT TO t DO INSTEAD SELECT 1 AS one")
            .err()
            .unwrap();
        assert!(err.contains("ON SELECT is not supported"), "{err}");
    }

    #[test]
    fn routines_compare_by_normalized_tokens() {
        let a = "CREATE FUNCTION add(a integer, b integer) RETURNS integer\n  LANGUAGE sql IMMUTABLE\n  AS $$ SELECT a + b $$";
        let b = "create or replace function public.add(a INTEGER, b integer) returns integer language sql immutable as $body$\n  SELECT a +   b\n$body$";
        let (s, vt) = (crate::model::Schema::default(), Default::default());
        let (ra, rb) = (routine_of(a, &s, &vt), routine_of(b, &s, &vt));
        assert_eq!(ra.name, QualName::public("add"));
        assert_eq!(ra.args, "a integer, b integer");
        assert_eq!(ra.returns, "integer");
        assert!(ra.sql_body);
        assert_eq!(ra.definition, rb.definition);
        assert_eq!(ra.definition.sql, a);
    }

    #[test]
    fn return_bodies_compare_as_postgresql_prints_them() {
        let (s, vt) = (crate::model::Schema::default(), Default::default());
        let canon = |sql: &str| routine_of(sql, &s, &vt).definition.canon;
        let written =
            "CREATE FUNCTION f(c integer) RETURNS numeric LANGUAGE sql IMMUTABLE RETURN c / 100.0";
        let dumped = "CREATE FUNCTION public.f(c integer) RETURNS numeric\n    LANGUAGE sql IMMUTABLE\n    RETURN ((c)::numeric / 100.0)";
        assert_eq!(canon(written), canon(dumped));
        // an explicit cast is not an implicit one: integer division differs
        let int_div =
            "CREATE FUNCTION f(c integer) RETURNS numeric LANGUAGE sql IMMUTABLE RETURN c / 100";
        assert_ne!(canon(int_div), canon(dumped));
        let strings = "CREATE FUNCTION g(n text) RETURNS text LANGUAGE sql RETURN n || 'x'";
        let strings_dumped =
            "CREATE FUNCTION public.g(n text) RETURNS text LANGUAGE sql RETURN (n || 'x'::text)";
        assert_eq!(canon(strings), canon(strings_dumped));
    }

    #[test]
    fn views_mention_relations_and_words() {
        let v = "CREATE VIEW active AS SELECT u.id, lower(u.email) FROM app.users u WHERE u.state = 'on'";
        let p = view(
            Src {
                text: v,
                starts: &line_starts(v),
            },
            &toks(v),
            &crate::model::Schema::default(),
            &Default::default(),
        )
        .unwrap();
        assert_eq!(p.name, QualName::public("active"));
        assert!(p.mentions.contains(&QualName::new("app", "users")));
        assert!(p.words.contains(&"email".to_string()));
        assert!(!p.materialized);
    }

    #[test]
    fn triggers_name_their_table_and_function() {
        let t = "CREATE TRIGGER touch BEFORE UPDATE ON accounts FOR EACH ROW EXECUTE FUNCTION app.touch()";
        let starts = line_starts(t);
        let p = trigger(
            Src {
                text: t,
                starts: &starts,
            },
            &toks(t),
            &crate::model::Schema::default(),
        )
        .unwrap();
        assert_eq!(p.table, QualName::public("accounts"));
        assert_eq!(p.name, "touch");
        assert_eq!(p.function, Some(QualName::new("app", "touch")));
    }
}
