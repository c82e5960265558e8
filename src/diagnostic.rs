//! Messages that point into a source file: `file:line:col`, the line itself, and a caret under
//! the offending part (annotate-snippets). Colour is the caller's choice: [`use_color`] says
//! whether a stream should get it (a terminal, and `NO_COLOR` unset).

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use std::io::IsTerminal;
use std::ops::Range;

/// How bad a diagnostic is: decides its title word and colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Error,
    Warning,
    Note,
}

/// One located message: what, where, and the notes under it.
#[derive(Debug, Clone)]
pub struct Diagnostic<'a> {
    pub kind: Kind,
    /// A short stable code shown after the level (`warning[table-rewrite]`), if any.
    pub code: Option<&'a str>,
    pub title: String,
    pub file: &'a str,
    /// The text of the file, or a part of it that starts at line `first_line`.
    pub text: &'a str,
    /// The line number of the first line of `text` (1 for a whole file).
    pub first_line: usize,
    /// Byte range in `text` the caret marks (may span lines).
    pub span: Range<usize>,
    /// Label printed beside the caret.
    pub label: Option<String>,
    /// `= note: ...` / `= help: ...` lines under the snippet.
    pub notes: Vec<(Kind, String)>,
    /// `help:` lines that are the alternative to write instead.
    pub help: Vec<String>,
}

/// Whether output written to `stream` should be coloured: only on a terminal, never when
/// `NO_COLOR` is set to anything but the empty string (no-color.org).
pub fn use_color(stream: &impl IsTerminal) -> bool {
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    !no_color && stream.is_terminal()
}

fn level(kind: Kind) -> Level<'static> {
    match kind {
        Kind::Error => Level::ERROR,
        Kind::Warning => Level::WARNING,
        Kind::Note => Level::NOTE,
    }
}

/// Byte offset of 1-based `line` / `column` (in characters) in `text`, clamped to the line.
pub fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let mut start = 0;
    for _ in 1..line {
        match text[start..].find('\n') {
            Some(nl) => start += nl + 1,
            None => return text.len(),
        }
    }
    let line_end = text[start..].find('\n').map_or(text.len(), |nl| start + nl);
    text[start..line_end]
        .char_indices()
        .nth(column.saturating_sub(1))
        .map_or(line_end, |(i, _)| start + i)
}

/// The word (identifier or number) starting at byte `at`, or the one character there: what a
/// caret at a column should underline.
pub fn word_at(text: &str, at: usize) -> Range<usize> {
    let rest = &text[at.min(text.len())..];
    let word = |c: char| c.is_alphanumeric() || c == '_' || c == '$';
    let len = match rest.chars().next() {
        None | Some('\n') => 0,
        Some(c) if word(c) => rest.find(|c: char| !word(c)).unwrap_or(rest.len()),
        Some(c) => c.len_utf8(),
    };
    at..at + len
}

impl Diagnostic<'_> {
    /// The message as text, coloured (ANSI) when `color`.
    pub fn render(&self, color: bool) -> String {
        let mut snippet = Snippet::source(self.text)
            .path(self.file)
            .line_start(self.first_line)
            .fold(true);
        let mut mark = AnnotationKind::Primary.span(self.span.clone());
        if let Some(label) = &self.label {
            mark = mark.label(label.as_str());
        }
        snippet = snippet.annotation(mark);
        let mut title = level(self.kind).primary_title(self.title.as_str());
        if let Some(code) = self.code {
            title = title.id(code);
        }
        let mut group = Group::with_title(title).element(snippet);
        for (kind, note) in &self.notes {
            group = group.element(level(*kind).message(note.as_str()));
        }
        for help in &self.help {
            group = group.element(Level::HELP.message(help.as_str()));
        }
        let renderer = if color {
            Renderer::styled()
        } else {
            Renderer::plain()
        };
        renderer.render(&[group])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_count_characters_and_clamp() {
        let text = "ab\nçd e\n";
        assert_eq!(offset_of(text, 1, 1), 0);
        assert_eq!(offset_of(text, 2, 2), 5);
        assert_eq!(offset_of(text, 2, 99), 8);
        assert_eq!(offset_of(text, 9, 1), text.len());
        assert_eq!(word_at(text, 3), 3..6);
        assert_eq!(word_at("a (b", 2), 2..3);
    }

    #[test]
    fn renders_file_line_column_and_caret() {
        let text = "CREATE TABLE t (\n    email text NOT NUL,\n);\n";
        let at = offset_of(text, 2, 16);
        let d = Diagnostic {
            kind: Kind::Error,
            code: None,
            title: "syntax error".into(),
            file: "new.sql",
            text,
            first_line: 1,
            span: word_at(text, at),
            label: None,
            notes: vec![],
            help: vec!["write NOT NULL".into()],
        };
        let out = d.render(false);
        assert!(out.contains("new.sql:2:16"), "{out}");
        assert!(out.contains("2 |     email text NOT NUL,"), "{out}");
        assert!(out.contains("  |                ^^^"), "{out}");
        assert!(out.contains("help: write NOT NULL"), "{out}");
        assert!(!out.contains('\x1b'), "{out}");
        assert!(d.render(true).contains('\x1b'));
    }
}
