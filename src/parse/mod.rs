//! Parsing schema files into the model.
//!
//! The file is tokenized once (sqlparser's tokenizer, with file positions), split on top-level
//! `;`, classified by its leading keywords, and each supported statement is parsed alone from its
//! own tokens (so sqlparser's positions are file positions). A few forms sqlparser cannot read
//! (`ALTER SEQUENCE`, `COMMENT ON CONSTRAINT`, `SEQUENCE NAME` in identity options,
//! `CREATE INDEX ... ON ONLY`) are handled at token level.

mod build;
mod canon;
mod directives;
mod names;
mod opaque;
mod statements;
mod types;
mod viewcanon;

pub use statements::{Statement, blank_meta_commands, statements};
pub(crate) use types::type_ref;

use crate::error::SourceError;
use crate::model::Schema;
use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::tokenizer::{Token, TokenWithSpan, Tokenizer, Whitespace};

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
    pub fn read(&mut self, file: &'t str, text: &'t str) -> Result<(), SourceError> {
        // psql meta-commands (`\restrict KEY` written by recent pg_dump): blanked, keeping positions
        let cleaned = blank_meta_commands(text);
        let src: &str = &cleaned;
        let dialect = PostgreSqlDialect {};
        let tokens = Tokenizer::new(&dialect, src)
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
        let dirs = directives::collect(file, text, &tokens)?;
        self.b.begin_file(file, text, dirs);
        for stmt in split(&tokens) {
            self.b.statement(stmt)?;
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
            *d = crate::model::Directives {
                rows: d.rows,
                ..Default::default()
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
            for c in t.constraints.values_mut() {
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
    let mut out = Vec::new();
    let mut start = 0;
    let mut depth = 0i32;
    fn push<'a>(tokens: &'a [TokenWithSpan], from: usize, to: usize, out: &mut Vec<Stmt<'a>>) {
        let s = &tokens[from..to];
        let first = s.iter().position(|t| !is_ws(t));
        if let Some(f) = first {
            let last = s.iter().rposition(|t| !is_ws(t)).unwrap_or(f);
            out.push(Stmt { toks: &s[f..=last] });
        }
    }
    for (i, t) in tokens.iter().enumerate() {
        match t.token {
            Token::LParen => depth += 1,
            Token::RParen => depth -= 1,
            Token::SemiColon if depth <= 0 => {
                push(tokens, start, i, &mut out);
                start = i + 1;
                depth = 0;
            }
            Token::EOF => {}
            _ => {}
        }
    }
    push(tokens, start, tokens.len(), &mut out);
    out.retain(|s| !matches!(s.toks[0].token, Token::EOF));
    out
}

/// Whether a token is a comment.
pub(crate) fn is_comment(t: &Token) -> bool {
    matches!(
        t,
        Token::Whitespace(Whitespace::SingleLineComment { .. } | Whitespace::MultiLineComment(_))
    )
}
