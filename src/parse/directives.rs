//! Directives in comments: `-- @renamed from=OLD`, `-- @backfill EXPR`, `-- @using EXPR`,
//! `-- @rows N` (also inside `/* ... */`). A directive attaches to the object that starts on the
//! next line holding code, or, when the comment trails code, to the object starting on its line.

use crate::model::Directives;
use hashbrown::HashMap;
use sqlparser::tokenizer::{Token, TokenWithSpan, Whitespace};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Item {
    /// `@renamed from=OLD`: the old name folded like an identifier, and as written (quotes
    /// removed, case kept) for names that are not identifiers, such as enum labels.
    Renamed(String, String),
    Backfill(String),
    Using(String),
    Rows(u64),
}

impl Item {
    fn word(&self) -> &'static str {
        match self {
            Item::Renamed(..) => "@renamed",
            Item::Backfill(_) => "@backfill",
            Item::Using(_) => "@using",
            Item::Rows(_) => "@rows",
        }
    }
}

/// Which object kind claims a directive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Table,
    Column,
    Other,
}

#[derive(Debug)]
pub struct Pending {
    pub item: Item,
    pub line: usize,
    pub col: usize,
    pub used: bool,
}

/// Directives by the line of the object they attach to.
#[derive(Debug, Default)]
pub struct DirectiveMap {
    pub by_line: HashMap<usize, Vec<Pending>>,
}

impl DirectiveMap {
    /// Takes the directives attached to an object starting on `line` that apply to `target`.
    pub fn take(&mut self, line: usize, target: Target) -> Directives {
        let mut d = Directives::default();
        let Some(list) = self.by_line.get_mut(&line) else {
            return d;
        };
        for p in list.iter_mut().filter(|p| !p.used) {
            let ok = match (&p.item, target) {
                (Item::Renamed(v, _), _) => {
                    if d.renamed_from.is_some() {
                        continue;
                    }
                    d.renamed_from = Some(v.clone());
                    true
                }
                (Item::Rows(n), Target::Table) => {
                    d.rows = Some(*n);
                    true
                }
                (Item::Backfill(e), Target::Column) => {
                    d.backfill = Some(e.clone());
                    true
                }
                (Item::Using(e), Target::Column) => {
                    d.using = Some(e.clone());
                    true
                }
                _ => false,
            };
            if ok {
                p.used = true;
            }
        }
        d
    }

    /// Takes the unclaimed directive written at `line`:`col` (the comment's own position), if any.
    pub fn take_at(&mut self, line: usize, col: usize) -> Option<Item> {
        let p = self
            .by_line
            .values_mut()
            .flatten()
            .find(|p| !p.used && p.line == line && p.col == col)?;
        p.used = true;
        Some(p.item.clone())
    }

    /// The first directive no object claimed, if any.
    pub fn unused(&self) -> Option<(&Pending, &'static str)> {
        self.by_line
            .values()
            .flatten()
            .filter(|p| !p.used)
            .min_by_key(|p| (p.line, p.col))
            .map(|p| (p, p.item.word()))
    }
}

/// Splits the argument of `from=` into the name and the rest: a double- or single-quoted name
/// may contain spaces (`""` / `''` escape the quote), an unquoted one ends at whitespace.
fn split_name(v: &str) -> Option<(&str, &str)> {
    let q = v.chars().next()?;
    if q == '"' || q == '\'' {
        let b = v.as_bytes();
        let mut i = 1;
        while i < b.len() {
            if b[i] == q as u8 {
                if b.get(i + 1) == Some(&(q as u8)) {
                    i += 2;
                    continue;
                }
                return Some((&v[..=i], &v[i + 1..]));
            }
            i += 1;
        }
        None
    } else {
        let end = v.find(char::is_whitespace).unwrap_or(v.len());
        Some((&v[..end], &v[end..]))
    }
}

/// A name written in a directive: (folded like an identifier, as written without quotes).
fn fold_name(s: &str) -> (String, String) {
    let s = s.trim();
    for q in ['"', '\''] {
        if s.len() >= 2 && s.starts_with(q) && s.ends_with(q) {
            let d = q.to_string();
            let raw = s[1..s.len() - 1].replace(&format!("{d}{d}"), &d);
            return (raw.clone(), raw);
        }
    }
    (s.to_lowercase(), s.to_string())
}

/// Parses one comment body; Ok(None) when it is not a directive.
pub fn parse_comment(body: &str) -> Result<Option<Item>, String> {
    let b = body.trim();
    let Some(rest) = b.strip_prefix('@') else {
        return Ok(None);
    };
    let (word, arg) = match rest.find(char::is_whitespace) {
        Some(i) => (&rest[..i], rest[i..].trim()),
        None => (rest, ""),
    };
    match word {
        "renamed" => {
            let v = arg
                .strip_prefix("from")
                .map(str::trim_start)
                .and_then(|a| a.strip_prefix('='));
            match v.map(str::trim).and_then(split_name) {
                Some((name, rest)) if !name.is_empty() && rest.trim().is_empty() => {
                    let (folded, raw) = fold_name(name);
                    Ok(Some(Item::Renamed(folded, raw)))
                }
                _ => Err(
                    "malformed directive: expected `@renamed from=OLD_NAME` (quote a name with spaces: from=\"old name\")"
                        .into(),
                ),
            }
        }
        "backfill" | "using" if arg.is_empty() => Err(format!(
            "malformed directive: `@{word}` needs an SQL expression"
        )),
        "backfill" => Ok(Some(Item::Backfill(arg.to_string()))),
        "using" => Ok(Some(Item::Using(arg.to_string()))),
        "rows" => match arg.replace('_', "").parse::<u64>() {
            Ok(n) => Ok(Some(Item::Rows(n))),
            Err(_) => Err("malformed directive: expected `@rows N` with a whole number N".into()),
        },
        // a comment that merely starts with `@` (`-- @param id`, `-- @file.sql`) is not one of
        // gen's; a word a typo away from a directive, or sqldef's `from=` syntax, is refused
        _ if looks_like_directive(word, arg) => Err(format!(
            "unknown directive `@{word}` (known: @renamed from=OLD, @backfill EXPR, @using EXPR, @rows N)"
        )),
        _ => Ok(None),
    }
}

/// Whether an unknown `@word` was meant as a directive: it is at most two edits from one of
/// gen's (`@rename`, `@row`, `@backfil`), or its argument is `from=...` (sqldef's syntax).
fn looks_like_directive(word: &str, arg: &str) -> bool {
    let word = word.to_ascii_lowercase();
    ["renamed", "backfill", "using", "rows"]
        .iter()
        .any(|known| strsim::levenshtein(&word, known) <= 2)
        || arg.replace(' ', "").starts_with("from=")
}

/// Collects the directives of a token stream, piece by piece (see `chunks`): each directive is
/// filed under the line of the object it attaches to.
#[derive(Debug, Default)]
pub struct Collector {
    last_code_line: u64,
    /// The line where the last code token seen starts: directives still to come attach to this
    /// line or later ones.
    last_code_start: u64,
    waiting: Vec<Pending>,
}

impl Collector {
    /// The line where the last code token seen starts.
    pub fn last_code_start(&self) -> u64 {
        self.last_code_start
    }

    /// Files the directives of `tokens` (the next piece of the stream) into `map`. An error is
    /// (line, column, message).
    pub fn feed(
        &mut self,
        map: &mut DirectiveMap,
        tokens: &[TokenWithSpan],
    ) -> Result<(), (usize, usize, String)> {
        for t in tokens {
            let body = match &t.token {
                Token::Whitespace(Whitespace::SingleLineComment { comment, .. }) => {
                    Some(comment.as_str())
                }
                Token::Whitespace(Whitespace::MultiLineComment(c)) => Some(c.as_str()),
                Token::Whitespace(_) | Token::EOF => None,
                _ => {
                    let line = t.span.start.line;
                    for p in self.waiting.drain(..) {
                        map.by_line.entry(line as usize).or_default().push(p);
                    }
                    self.last_code_line = t.span.end.line;
                    self.last_code_start = line;
                    continue;
                }
            };
            let Some(body) = body else { continue };
            let (line, col) = (t.span.start.line as usize, t.span.start.column as usize);
            match parse_comment(body) {
                Ok(None) => {}
                Ok(Some(item)) => {
                    let p = Pending {
                        item,
                        line,
                        col,
                        used: false,
                    };
                    if self.last_code_line == t.span.start.line {
                        map.by_line.entry(line).or_default().push(p);
                    } else {
                        self.waiting.push(p);
                    }
                }
                Err(msg) => return Err((line, col, msg)),
            }
        }
        Ok(())
    }

    /// At the end of the stream: a directive no object follows is an error.
    pub fn finish(&self) -> Result<(), (usize, usize, String)> {
        match self.waiting.first() {
            Some(p) => Err((
                p.line,
                p.col,
                format!("directive {} is not followed by any object", p.item.word()),
            )),
            None => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn renamed(body: &str) -> (String, String) {
        match parse_comment(body) {
            Ok(Some(Item::Renamed(f, r))) => (f, r),
            other => panic!("{body}: {other:?}"),
        }
    }

    #[test]
    fn renamed_names_fold_like_identifiers() {
        assert_eq!(
            renamed(" @renamed from=Old_Name "),
            ("old_name".into(), "Old_Name".into())
        );
        assert_eq!(renamed("@renamed from = x"), ("x".into(), "x".into()));
    }

    #[test]
    fn renamed_accepts_quoted_names_with_spaces() {
        assert_eq!(
            renamed(r#"@renamed from="foo bar""#),
            ("foo bar".into(), "foo bar".into())
        );
        assert_eq!(renamed(r#"@renamed from="Say ""hi""""#).0, r#"Say "hi""#);
        assert_eq!(renamed("@renamed from='In Progress'").1, "In Progress");
    }

    #[test]
    fn only_a_word_meant_as_a_directive_is_refused() {
        for body in [
            "@rename from=x",
            "@row 5",
            "@backfil 0",
            "@Renamed from=x",
            "@moved from=x",
        ] {
            let e = parse_comment(body).unwrap_err();
            assert!(e.starts_with("unknown directive"), "{body}: {e}");
        }
        for body in [
            "@dhcpdb_create.pgsql",
            "@param id the key",
            "@author someone",
            "@see t",
        ] {
            assert_eq!(parse_comment(body), Ok(None), "{body}");
        }
    }

    #[test]
    fn renamed_rejects_malformed_names() {
        assert!(parse_comment("@renamed from=a b").is_err());
        assert!(parse_comment(r#"@renamed from="unterminated"#).is_err());
        assert!(parse_comment("@renamed to=x").is_err());
    }
}
