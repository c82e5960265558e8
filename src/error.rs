//! Errors with their source location and the process exit code each one maps to.

use std::fmt;

/// An error located in an input file: bad SQL, an unsupported statement, a bad directive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceError {
    /// The file as the user named it.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column (in characters).
    pub column: usize,
    pub message: String,
    /// The full text of the offending line (without its newline), shown under the message.
    pub line_text: String,
}

impl SourceError {
    /// Builds an error at `line`/`column` of `text`, copying the offending line out of it.
    pub fn at(
        file: &str,
        text: &str,
        line: usize,
        column: usize,
        message: impl Into<String>,
    ) -> Self {
        let line_text = text
            .lines()
            .nth(line.saturating_sub(1))
            .unwrap_or("")
            .to_string();
        SourceError {
            file: file.to_string(),
            line,
            column,
            message: message.into(),
            line_text,
        }
    }
}

impl SourceError {
    /// The error with its line and a caret under the offending word, coloured when `color`:
    /// `error: MESSAGE`, ` --> FILE:LINE:COL`, the line, the caret.
    pub fn render(&self, color: bool) -> String {
        let at = crate::diagnostic::offset_of(&self.line_text, 1, self.column);
        crate::diagnostic::Diagnostic {
            kind: crate::diagnostic::Kind::Error,
            code: None,
            title: self.message.clone(),
            file: &self.file,
            text: &self.line_text,
            first_line: self.line,
            span: crate::diagnostic::word_at(&self.line_text, at),
            label: None,
            notes: Vec::new(),
            help: Vec::new(),
        }
        .render(color)
    }
}

impl fmt::Display for SourceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let rendered = self.render(false);
        f.write_str(rendered.strip_prefix("error: ").unwrap_or(&rendered))
    }
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Bad or unsupported input, located.
    #[error("{0}")]
    Source(SourceError),
    /// The change would lose data and `--allow-data-loss` was not given.
    #[error("{}", format_data_loss(.0))]
    DataLoss(Vec<String>),
    /// The change cannot be planned (e.g. an ambiguous or impossible change), with advice.
    #[error("{0}")]
    Plan(String),
    /// The migrations already in the output folder cannot be continued (e.g. two alembic heads).
    #[error("{0}")]
    Existing(String),
    /// Bad settings outside the command line, e.g. `SOURCE_DATE_EPOCH`.
    #[error("{0}")]
    Setting(String),
    /// `--from-git`: not a repository, an unknown revision, git missing.
    #[error("{0}")]
    Git(String),
    /// `gen verify`: a migration failed or left a catalog that differs (with the diff).
    #[error("{0}")]
    Verify(String),
    /// The database `gen verify` needs could not be started, reached, or set up (including a
    /// schema file PostgreSQL rejects).
    #[error("{0}")]
    Database(String),
    #[error("{context}: {source}")]
    Io {
        context: String,
        source: std::io::Error,
    },
}

impl Error {
    /// Process exit code: 1 for a refused change or a failed verification, 2 for bad input or
    /// internal errors.
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::DataLoss(_) | Error::Verify(_) => 1,
            _ => 2,
        }
    }
    pub fn io(context: impl Into<String>, source: std::io::Error) -> Self {
        Error::Io {
            context: context.into(),
            source,
        }
    }
}

impl From<SourceError> for Error {
    fn from(e: SourceError) -> Self {
        Error::Source(e)
    }
}

fn format_data_loss(items: &[String]) -> String {
    let mut s = String::from("refusing to generate a migration that loses data:\n");
    for item in items {
        s.push_str("  - ");
        s.push_str(item);
        s.push('\n');
    }
    s.push_str(
        "If this is intended, run again with --allow-data-loss. \
         If a column or table was renamed, mark it in the new schema with \
         `-- @renamed from=OLD_NAME` on the line before it.",
    );
    s
}
