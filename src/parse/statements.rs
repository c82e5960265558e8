//! A SQL script as its top-level statements, with their text and position: the splitter the
//! schema parser uses (sqlparser's tokenizer, so `;` inside strings, comments and `$$` bodies
//! does not split), for callers that run or inspect statements one by one (`gen verify`
//! applying a schema file, `gen lint`).

use super::{is_comment, split};
use crate::error::SourceError;
use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::tokenizer::{Token, TokenWithSpan, Tokenizer};
use std::ops::Range;

/// One statement of a script, without its terminating `;`.
#[derive(Debug, Clone)]
pub struct Statement {
    /// Byte range of the statement in the script (first token to last, comments excluded at
    /// either end).
    pub span: Range<usize>,
    /// 1-based line and column (in characters) of its first token.
    pub line: usize,
    pub column: usize,
    /// Its tokens, whitespace and comments included, without the `;`.
    pub tokens: Vec<TokenWithSpan>,
}

impl Statement {
    /// The statement's text in `script`.
    pub fn text<'s>(&self, script: &'s str) -> &'s str {
        &script[self.span.clone()]
    }

    /// The significant tokens (no whitespace or comments).
    pub fn words(&self) -> impl Iterator<Item = &Token> {
        self.tokens
            .iter()
            .map(|t| &t.token)
            .filter(|t| !matches!(t, Token::Whitespace(_)))
    }
}

/// Byte offsets of line starts, to turn tokenizer locations into offsets.
struct Lines<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> Lines<'a> {
    fn new(text: &'a str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Lines { text, starts }
    }

    fn offset(&self, line: u64, column: u64) -> usize {
        let Some(&start) = self.starts.get((line as usize).saturating_sub(1)) else {
            return self.text.len();
        };
        let rest = &self.text[start..];
        rest.char_indices()
            .nth((column as usize).saturating_sub(1))
            .map_or(self.text.len(), |(i, _)| start + i)
    }
}

/// psql meta-command lines (`\restrict KEY` in recent pg_dump output) and the rows of a
/// `COPY ... FROM stdin;` (a data dump's) blanked with spaces, so every byte offset, line and
/// column stays the same.
pub fn blank_meta_commands(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.lines().any(|l| l.trim_start().starts_with('\\')) {
        return text.into();
    }
    // the rows of a `COPY ... FROM stdin;` (a data dump's), up to the `\.` line, are blanked too
    let mut in_copy = false;
    text.split_inclusive('\n')
        .map(|l| {
            let body = l.trim_end_matches(['\n', '\r']);
            let blank = in_copy || body.trim_start().starts_with('\\');
            if in_copy {
                in_copy = body != "\\.";
            } else if is_copy_from_stdin(body) {
                in_copy = true;
            }
            if blank {
                format!("{}{}", " ".repeat(body.len()), &l[body.len()..])
            } else {
                l.to_string()
            }
        })
        .collect::<String>()
        .into()
}

/// Whether a line is a `COPY table [(columns)] FROM stdin;` whose rows follow it, as pg_dump
/// writes it.
fn is_copy_from_stdin(line: &str) -> bool {
    let l = line.trim();
    l.get(..5).is_some_and(|p| p.eq_ignore_ascii_case("COPY "))
        && l.len() >= 11
        && l.get(l.len() - 11..)
            .is_some_and(|s| s.eq_ignore_ascii_case("FROM stdin;"))
}

/// Splits `text` (of file `file`, named in errors) into its statements. Statements that are
/// only comments are left out. psql meta-command lines must be blanked first
/// ([`blank_meta_commands`]) if the text may have them.
pub fn statements(file: &str, text: &str) -> Result<Vec<Statement>, SourceError> {
    let tokens = Tokenizer::new(&PostgreSqlDialect {}, text)
        .tokenize_with_location()
        .map_err(|e| {
            SourceError::at(
                file,
                text,
                e.location.line as usize,
                e.location.column as usize,
                e.message.clone(),
            )
        })?;
    let lines = Lines::new(text);
    Ok(split(&tokens)
        .into_iter()
        .filter(|s| {
            s.toks
                .iter()
                .any(|t| !is_comment(&t.token) && !matches!(t.token, Token::Whitespace(_)))
        })
        .map(|s| {
            let first = s
                .toks
                .iter()
                .find(|t| !matches!(t.token, Token::Whitespace(_)) && !is_comment(&t.token))
                .expect("a significant token");
            let last = s
                .toks
                .iter()
                .rev()
                .find(|t| !matches!(t.token, Token::Whitespace(_) | Token::EOF))
                .unwrap_or(first);
            let start = lines.offset(first.span.start.line, first.span.start.column);
            let end = lines.offset(last.span.end.line, last.span.end.column);
            Statement {
                span: start..end.max(start),
                line: first.span.start.line as usize,
                column: first.span.start.column as usize,
                tokens: s.toks.to_vec(),
            }
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_with_positions_and_keeps_bodies_whole() {
        let text = "-- head\nCREATE TABLE t (a text DEFAULT ';');\n\n  DO $$ BEGIN PERFORM 1; END $$;\n-- only a comment\nSELECT 'é';";
        let st = statements("f.sql", text).unwrap();
        assert_eq!(st.len(), 3);
        assert_eq!(st[0].text(text), "CREATE TABLE t (a text DEFAULT ';')");
        assert_eq!((st[0].line, st[0].column), (2, 1));
        assert_eq!(st[1].text(text), "DO $$ BEGIN PERFORM 1; END $$");
        assert_eq!((st[1].line, st[1].column), (4, 3));
        assert_eq!(st[2].text(text), "SELECT 'é'");
    }

    #[test]
    fn tokenizer_errors_are_located() {
        let err = statements("f.sql", "SELECT 1;\nSELECT 'open").unwrap_err();
        assert_eq!((err.file.as_str(), err.line), ("f.sql", 2));
    }

    #[test]
    fn meta_commands_are_blanked() {
        let text = "\\restrict abc\nSELECT 1;\n";
        let cleaned = blank_meta_commands(text);
        assert_eq!(cleaned, "             \nSELECT 1;\n");
    }
}
