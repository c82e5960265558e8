//! Statements gen keeps as written: functions and procedures, views and materialized views,
//! triggers. Their bodies are opaque (PL/pgSQL, or SQL that only PostgreSQL fully understands), so
//! they are read at the token level: the identity (name, argument list, table), a normalized form
//! to compare two versions by, and the names they mention (for dependency order).

use crate::model::{DEFAULT_SCHEMA, Definition, QualName};
use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::tokenizer::{Token, TokenWithSpan, Tokenizer, Whitespace};

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

/// The statement's text as written, from its first token to its last.
pub(crate) fn source(text: &str, toks: &[TokenWithSpan]) -> String {
    let line_start = |line: u64| -> usize {
        text.split_inclusive('\n')
            .take((line as usize).saturating_sub(1))
            .map(str::len)
            .sum()
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

/// Normalized text with the short type aliases that are never part of a longer type name
/// (`int`, `int4`, `bool`, `varchar`, `timestamptz`, ...) written as PostgreSQL names the type,
/// so that `RETURNS int` and `RETURNS integer` compare equal.
pub(crate) fn fold_type_aliases(normalized: &str) -> String {
    normalized
        .split(' ')
        .map(|w| match w {
            "int" | "int4" | "int8" | "int2" | "bool" | "float4" | "float8" | "varchar"
            | "timestamptz" | "timetz" | "varbit" | "decimal" => {
                super::types::builtin_alias(w).unwrap_or(w)
            }
            _ => w,
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// `CREATE [OR REPLACE] FUNCTION|PROCEDURE name (args) ...`.
pub(crate) fn routine(text: &str, toks: &[TokenWithSpan]) -> Result<RoutineParts, String> {
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
    let args = fold_type_aliases(&normalize(&sol[after + 1..close]));
    let mut returns = String::new();
    if sol.get(close + 1).is_some_and(|t| kw(&t.token, "returns")) {
        let end = sol[close + 2..]
            .iter()
            .position(|t| ROUTINE_CLAUSES.iter().any(|k| kw(&t.token, k)))
            .map_or(sol.len(), |p| close + 2 + p);
        returns = fold_type_aliases(&normalize(&sol[close + 2..end]));
    }
    let language = sol
        .iter()
        .position(|t| kw(&t.token, "language"))
        .and_then(|p| sol.get(p + 1))
        .and_then(|t| ident(&t.token))
        .unwrap_or_default();
    let sql_body = language == "sql"
        || sol[close..]
            .iter()
            .any(|t| kw(&t.token, "return") || kw(&t.token, "atomic"));
    let (mentions, words) = mentions(&sol[close + 1..]);
    let canon = format!(
        "{} {name} ({args}) {}",
        if procedure { "procedure" } else { "function" },
        fold_type_aliases(&normalize(&sol[close + 1..]))
    );
    Ok(RoutineParts {
        name,
        procedure,
        args,
        returns,
        definition: Definition {
            sql: source(text, toks),
            canon,
        },
        mentions,
        words,
        sql_body,
    })
}

pub(crate) struct ViewParts {
    pub name: QualName,
    pub materialized: bool,
    pub definition: Definition,
    pub mentions: Vec<QualName>,
    pub words: Vec<String>,
}

/// `CREATE [OR REPLACE] [MATERIALIZED|RECURSIVE] VIEW [IF NOT EXISTS] name ...`.
pub(crate) fn view(text: &str, toks: &[TokenWithSpan]) -> Result<ViewParts, String> {
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
    let canon = format!(
        "{} {name} {}",
        normalize(&head[1..]),
        normalize(&sol[after..])
    );
    let (mentions, words) = mentions(&sol[after..]);
    Ok(ViewParts {
        name,
        materialized,
        definition: Definition {
            sql: source(text, toks),
            canon,
        },
        mentions,
        words,
    })
}

pub(crate) struct TriggerParts {
    pub table: QualName,
    pub name: String,
    pub definition: Definition,
    pub function: Option<QualName>,
}

/// `CREATE [OR REPLACE] [CONSTRAINT] TRIGGER name ... ON table ... EXECUTE FUNCTION f(...)`.
pub(crate) fn trigger(text: &str, toks: &[TokenWithSpan]) -> Result<TriggerParts, String> {
    let sol: Vec<&TokenWithSpan> = toks.iter().filter(|t| is_solid(t)).collect();
    let at = sol
        .iter()
        .position(|t| kw(&t.token, "trigger"))
        .ok_or("expected TRIGGER")?;
    let name = sol
        .get(at + 1)
        .and_then(|t| ident(&t.token))
        .ok_or("expected the trigger's name")?;
    let on = sol[at + 2..]
        .iter()
        .position(|t| kw(&t.token, "on"))
        .map(|p| at + 2 + p)
        .ok_or("expected ON table")?;
    let (parts, after_table) = read_name(&sol, on + 1).ok_or("expected the trigger's table")?;
    let table = qual(&parts).ok_or("a table name has at most two parts")?;
    let function = sol
        .iter()
        .position(|t| kw(&t.token, "execute"))
        .and_then(|p| read_name(&sol, p + 2))
        .and_then(|(parts, _)| qual(&parts));
    let head: Vec<&TokenWithSpan> = sol[..at]
        .iter()
        .copied()
        .filter(|t| !kw(&t.token, "or") && !kw(&t.token, "replace"))
        .collect();
    let canon = format!(
        "{} {} {} on {table} {}",
        normalize(&head),
        normalize(&sol[at..at + 2]),
        normalize(&sol[at + 2..on]),
        normalize(&sol[after_table..])
    );
    Ok(TriggerParts {
        table,
        name,
        definition: Definition {
            sql: source(text, toks),
            canon,
        },
        function,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(sql: &str) -> Vec<TokenWithSpan> {
        Tokenizer::new(&PostgreSqlDialect {}, sql)
            .tokenize_with_location()
            .unwrap()
    }

    #[test]
    fn routines_compare_by_normalized_tokens() {
        let a = "CREATE FUNCTION add(a integer, b integer) RETURNS integer\n  LANGUAGE sql IMMUTABLE\n  AS $$ SELECT a + b $$";
        let b = "create or replace function public.add(a INTEGER, b integer) returns integer language sql immutable as $body$\n  SELECT a +   b\n$body$";
        let (ra, rb) = (routine(a, &toks(a)).unwrap(), routine(b, &toks(b)).unwrap());
        assert_eq!(ra.name, QualName::public("add"));
        assert_eq!(ra.args, "a integer , b integer");
        assert_eq!(ra.returns, "integer");
        assert!(ra.sql_body);
        assert_eq!(ra.definition, rb.definition);
        assert_eq!(ra.definition.sql, a);
    }

    #[test]
    fn views_mention_relations_and_words() {
        let v = "CREATE VIEW active AS SELECT u.id, lower(u.email) FROM app.users u WHERE u.state = 'on'";
        let p = view(v, &toks(v)).unwrap();
        assert_eq!(p.name, QualName::public("active"));
        assert!(p.mentions.contains(&QualName::new("app", "users")));
        assert!(p.words.contains(&"email".to_string()));
        assert!(!p.materialized);
    }

    #[test]
    fn triggers_name_their_table_and_function() {
        let t = "CREATE TRIGGER touch BEFORE UPDATE ON accounts FOR EACH ROW EXECUTE FUNCTION app.touch()";
        let p = trigger(t, &toks(t)).unwrap();
        assert_eq!(p.table, QualName::public("accounts"));
        assert_eq!(p.name, "touch");
        assert_eq!(p.function, Some(QualName::new("app", "touch")));
    }
}
