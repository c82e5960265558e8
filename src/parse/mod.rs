//! Parsing schema files into the model.
//!
//! The file is tokenized statement by statement (sqlparser's tokenizer on each statement's text,
//! with file positions: see `chunks`), split on top-level `;`, classified by its leading keywords,
//! and each supported statement is parsed alone from its own tokens (so sqlparser's positions are
//! file positions). Only the statements being read hold tokens. A few forms sqlparser cannot read
//! (`ALTER SEQUENCE`, `COMMENT ON CONSTRAINT`, `SEQUENCE NAME` in identity options,
//! `CREATE INDEX ... ON ONLY`) are handled at token level.

mod build;
mod canon;
mod chunks;
mod directives;
mod lexer;
mod names;
mod opaque;
mod statements;
mod types;
mod viewcanon;

pub use statements::{Statement, blank_meta_commands, statements};
pub(crate) use types::type_ref;

use crate::error::SourceError;
use crate::model::Schema;
use sqlparser::tokenizer::{Token, TokenWithSpan, TokenizerError, Whitespace};
use std::collections::VecDeque;

/// A parsed schema file.
#[derive(Debug, Clone, Default)]
pub struct Parsed {
    pub schema: Schema,
    /// Informational notes (e.g. statements skipped on purpose), one line each.
    pub notes: Vec<String>,
}

/// The parts of a possibly quoted, possibly qualified name as written in SQL (`public."T"`),
/// folded like identifiers.
pub fn qualified_name_parts(s: &str) -> Vec<String> {
    canon::parse_qualified_text(s)
}

/// How a file is read.
#[derive(Debug, Clone, Copy, Default)]
pub struct ParseOptions {
    /// Data statements (`INSERT`, `UPDATE`, `DELETE`, `DO` blocks) are errors instead of being
    /// skipped with a note.
    pub strict: bool,
    /// The file is a migration applied to the model read so far (gen's own up or down files, or
    /// one written by hand), not a schema: data statements (a backfill's `DO` block or
    /// `UPDATE`) and transaction control are skipped without a note, and what the SQL says
    /// beyond the resulting schema is kept as directives: a rename (`ALTER TABLE ... RENAME`,
    /// `ALTER INDEX ... RENAME`, `ALTER TYPE ... RENAME [VALUE]`) as `@renamed from=OLD` on the
    /// object (its name before the first rename), a type change's `USING` as `@using`.
    pub migration: bool,
}

/// Parses the text of one schema file. `file` is only used in messages.
pub fn parse_schema(file: &str, text: &str) -> Result<Parsed, SourceError> {
    parse_schema_with(file, text, ParseOptions::default())
}

/// Parses the text of one schema file. `file` is only used in messages.
pub fn parse_schema_with(
    file: &str,
    text: &str,
    opts: ParseOptions,
) -> Result<Parsed, SourceError> {
    let mut r = Reader::new(opts);
    r.read(file, text)?;
    Ok(r.finish())
}

/// Parses one schema file as [`parse_schema_with`] does, with the model of the other file of
/// a diff beside it: the tables that come out the same as `base`'s are `base`'s, shared, so
/// that the two models hold them once (see `build::share`).
pub fn parse_schema_sharing(
    file: &str,
    text: &str,
    opts: ParseOptions,
    base: &Schema,
) -> Result<Parsed, SourceError> {
    let mut r = Reader::new(opts);
    r.b.share_with(base);
    r.read(file, text)?;
    Ok(r.finish())
}

/// Reads several files into one model, in order: each statement is applied to the model built
/// so far (a schema file followed by migration files, or migration files alone).
pub struct Reader<'t> {
    b: build::Builder<'t>,
}

impl<'t> Reader<'t> {
    pub fn new(opts: ParseOptions) -> Self {
        Reader {
            b: build::Builder::new(opts),
        }
    }

    /// Applies the statements of one migration file (see [`ParseOptions::migration`]),
    /// whatever the reader's options say about other files.
    pub fn read_migration(&mut self, file: &'t str, text: &'t str) -> Result<(), SourceError> {
        let opts = self.b.options();
        self.b.set_options(ParseOptions {
            migration: true,
            ..opts
        });
        let result = self.read(file, text);
        self.b.set_options(opts);
        result
    }

    /// Applies the statements of one file. `file` is only used in messages.
    ///
    /// The file is tokenized piece by piece (`chunks`), a few statements ahead of the one being
    /// read, so that the directives it may claim are known. The errors are the ones reading the
    /// whole file first would give, in the same precedence: a tokenizer error anywhere, then a
    /// malformed or unclaimed directive anywhere, then the first statement's error.
    pub fn read(&mut self, file: &'t str, text: &'t str) -> Result<(), SourceError> {
        // psql meta-commands (`\restrict KEY` written by recent pg_dump): blanked, keeping positions
        let cleaned = blank_meta_commands(text);
        let src: &str = &cleaned;
        let mut chunks = chunks::Chunks::new(src);
        let mut collector = directives::Collector::default();
        self.b
            .begin_file(file, text, directives::DirectiveMap::default());
        let tok_err = |e: TokenizerError| {
            SourceError::at(
                file,
                text,
                e.location.line as usize,
                e.location.column as usize,
                e.message,
            )
        };
        let dir_err =
            |(line, col, msg): (usize, usize, String)| SourceError::at(file, text, line, col, msg);
        // Pieces tokenized, their directives filed, their statements not read yet; with the
        // line their last code token ends on.
        let mut ahead: VecDeque<(Vec<TokenWithSpan>, u64)> = VecDeque::new();
        let mut at_end = false;
        loop {
            // A statement may claim directives filed under its lines: read on until code
            // starts on a later line (later directives attach to that line or after it).
            while !at_end
                && ahead
                    .front()
                    .is_none_or(|(_, last)| collector.last_code_start() <= *last)
            {
                match chunks.next_chunk() {
                    None => {
                        at_end = true;
                        collector.finish().map_err(dir_err)?;
                    }
                    Some(Err(e)) => return Err(tok_err(e)),
                    Some(Ok(toks)) => {
                        if let Err(e) = collector.feed(self.b.directives(), &toks) {
                            return Err(
                                later_errors(&mut chunks, None).map_or_else(|| dir_err(e), tok_err)
                            );
                        }
                        let last = toks
                            .iter()
                            .rev()
                            .find(|t| !matches!(t.token, Token::Whitespace(_) | Token::EOF))
                            .map_or(0, |t| t.span.end.line);
                        ahead.push_back((toks, last));
                    }
                }
            }
            let Some((toks, _)) = ahead.pop_front() else {
                break;
            };
            for (stmt, start) in split_owned(toks) {
                if let Err(e) = self.b.statement(stmt, start) {
                    // an error further on that reading the whole file first would have found
                    let mut dirs = directives::DirectiveMap::default();
                    let later = if at_end {
                        later_errors(&mut chunks, None).map(tok_err)
                    } else {
                        let mut found = None;
                        let tok = later_errors(
                            &mut chunks,
                            Some((&mut collector, &mut dirs, &mut found)),
                        );
                        tok.map(tok_err).or(found.map(dir_err))
                    };
                    return Err(later.unwrap_or(e));
                }
            }
        }
        self.b.end_file()
    }

    /// The model of what was read so far.
    pub fn model(&self) -> &Schema {
        self.b.schema()
    }

    /// Forgets the directives that describe a change (`@renamed`, `@using`, `@backfill`) in
    /// what was read so far, keeping `@rows`: the files read so far are the schema before a
    /// migration, whose own directives described how it came about.
    pub fn forget_change_directives(&mut self) {
        let rows_only = |d: &mut crate::model::Directives| {
            let rows = d.rows;
            *d = Default::default();
            if rows.is_some() {
                d.rows = rows;
            }
        };
        let s = self.b.schema_mut();
        for e in s.enums.values_mut() {
            rows_only(&mut e.directives);
            e.label_renames.clear();
        }
        for t in s.tables.values_mut() {
            rows_only(&mut t.directives);
            for c in &mut t.columns {
                rows_only(&mut c.directives);
            }
            for (_, c) in t.constraints.iter_mut() {
                rows_only(&mut c.directives);
            }
        }
        for i in s.indexes.values_mut() {
            rows_only(&mut i.directives);
        }
    }

    /// The model of everything read, with the notes of every file.
    pub fn finish(self) -> Parsed {
        self.b.finish()
    }
}

/// The first tokenizer error in the rest of the file, if any. With a directive collector, the
/// rest's directives are collected too, and `found` is set to the first directive error (or
/// the unclaimed directive at the end).
#[allow(clippy::type_complexity)]
fn later_errors(
    chunks: &mut chunks::Chunks,
    mut dirs: Option<(
        &mut directives::Collector,
        &mut directives::DirectiveMap,
        &mut Option<(usize, usize, String)>,
    )>,
) -> Option<TokenizerError> {
    while let Some(piece) = chunks.next_chunk() {
        let toks = match piece {
            Ok(toks) => toks,
            Err(e) => return Some(e),
        };
        if let Some((c, map, found)) = dirs.as_mut()
            && found.is_none()
            && let Err(e) = c.feed(map, &toks)
        {
            **found = Some(e);
        }
    }
    if let Some((c, _, found)) = dirs
        && found.is_none()
        && let Err(e) = c.finish()
    {
        *found = Some(e);
    }
    None
}

/// One statement: its tokens without the terminating `;` and without leading/trailing whitespace.
pub(crate) struct Stmt<'a> {
    pub toks: &'a [TokenWithSpan],
}

impl Stmt<'_> {
    pub fn line(&self) -> usize {
        self.toks[0].span.start.line as usize
    }
    pub fn col(&self) -> usize {
        self.toks[0].span.start.column as usize
    }
}

fn is_ws(t: &TokenWithSpan) -> bool {
    matches!(t.token, Token::Whitespace(_))
}

/// Splits the token stream on top-level `;` (dollar-quoted bodies are single tokens).
pub(crate) fn split(tokens: &[TokenWithSpan]) -> Vec<Stmt<'_>> {
    split_ranges(tokens)
        .into_iter()
        .map(|r| Stmt { toks: &tokens[r] })
        .collect()
}

/// Where [`split`]'s statements are in the token stream.
fn split_ranges(tokens: &[TokenWithSpan]) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut depth = 0i32;
    let push = |from: usize, to: usize, out: &mut Vec<std::ops::Range<usize>>| {
        let s = &tokens[from..to];
        if let Some(f) = s.iter().position(|t| !is_ws(t)) {
            let last = s.iter().rposition(|t| !is_ws(t)).unwrap_or(f);
            if !matches!(s[f].token, Token::EOF) {
                out.push(from + f..from + last + 1);
            }
        }
    };
    for (i, t) in tokens.iter().enumerate() {
        match t.token {
            Token::LParen => depth += 1,
            Token::RParen => depth -= 1,
            Token::SemiColon if depth <= 0 => {
                push(start, i, &mut out);
                start = i + 1;
                depth = 0;
            }
            _ => {}
        }
    }
    push(start, tokens.len(), &mut out);
    out
}

/// The statements of a piece of the token stream (see [`split`]), each moved into a vector of
/// its own (with where its first token is: the whitespace and comments before it are left in),
/// so that the reader can hand sqlparser a statement's tokens without copying them.
fn split_owned(mut tokens: Vec<TokenWithSpan>) -> Vec<(Vec<TokenWithSpan>, usize)> {
    let ranges = split_ranges(&tokens);
    if let [r] = &ranges[..] {
        // one statement, the usual piece
        tokens.truncate(r.end);
        return vec![(tokens, r.start)];
    }
    let mut out = Vec::with_capacity(ranges.len());
    let mut rest = tokens.into_iter().enumerate();
    for r in ranges {
        out.push((
            rest.by_ref()
                .skip_while(|(i, _)| *i < r.start)
                .take(r.len())
                .map(|(_, t)| t)
                .collect(),
            0,
        ));
    }
    out
}

/// Whether a token is a comment.
pub(crate) fn is_comment(t: &Token) -> bool {
    matches!(
        t,
        Token::Whitespace(Whitespace::SingleLineComment { .. } | Whitespace::MultiLineComment(_))
    )
}
