//! A schema file tokenized statement by statement, so that only the statements being read hold
//! tokens (about 100 bytes each: the tokens of a whole 5 MB file take 200 MB).
//!
//! A byte scanner proposes where the next statement ends (the first `;` outside parentheses,
//! strings, quoted identifiers, comments and dollar-quoted bodies) and the piece is tokenized
//! alone: by the fast path of `lexer` when it is plain ASCII it knows, else by sqlparser's
//! tokenizer, whose locations are moved to the piece's place in the file. The tokens are the
//! ones the tokenizer gives for the whole file: a piece starts where a top-level `;` ended the
//! previous one, which the tokenizer reads the same way whatever precedes it, and the piece is
//! checked to end with a top-level `;` token of its own. Should the scanner ever disagree with the
//! tokenizer (the piece does not end so, or does not tokenize), the rest of the file is tokenized
//! in one piece, as before.

use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::tokenizer::{Location, Token, TokenWithSpan, Tokenizer, TokenizerError};

pub(crate) struct Chunks<'a> {
    src: &'a str,
    /// Byte offset where the next piece starts, and its line and column (1-based, in
    /// characters, as the tokenizer counts them).
    pos: usize,
    line: u64,
    col: u64,
}

impl<'a> Chunks<'a> {
    pub fn new(src: &'a str) -> Self {
        Chunks {
            src,
            pos: 0,
            line: 1,
            col: 1,
        }
    }

    /// The tokens of the next piece (one statement or more, with the whitespace and comments
    /// before them, and the `;` that ends the last), None at the end of the text.
    pub fn next_chunk(&mut self) -> Option<Result<Vec<TokenWithSpan>, TokenizerError>> {
        if self.pos >= self.src.len() {
            return None;
        }
        let end = statement_end(self.src.as_bytes(), self.pos);
        if end < self.src.len()
            && let Ok(toks) = self.tokenize(end)
            && ends_at_top_level_semicolon(&toks)
        {
            self.advance(end);
            return Some(Ok(toks));
        }
        // The last piece, or the scanner and the tokenizer disagree: the rest in one piece.
        let rest = self.tokenize(self.src.len());
        self.advance(self.src.len());
        Some(rest)
    }

    /// Tokenizes `src[pos..end]`, with locations in the file.
    fn tokenize(&mut self, end: usize) -> Result<Vec<TokenWithSpan>, TokenizerError> {
        let (line, col) = (self.line, self.col);
        let shift = move |l: &mut Location| {
            if l.line == 1 {
                l.column += col - 1;
            }
            l.line += line - 1;
        };
        // at most a token per byte (each space is one): sized once, not grown token by token (a
        // piece of the whole rest of the file grows from a bounded start)
        let mut toks = Vec::with_capacity((end - self.pos).min(1 << 14) + 1);
        if super::lexer::tokenize(&self.src[self.pos..end], line, col, &mut toks) {
            return Ok(toks);
        }
        toks.clear();
        Tokenizer::new(&PostgreSqlDialect {}, &self.src[self.pos..end])
            .tokenize_with_location_into_buf_with_mapper(&mut toks, |mut t| {
                shift(&mut t.span.start);
                shift(&mut t.span.end);
                t
            })
            .map_err(|mut e| {
                shift(&mut e.location);
                e
            })?;
        Ok(toks)
    }

    /// Moves to `end`, counting lines and columns as the tokenizer does (a column per character,
    /// `\n` starts a line).
    fn advance(&mut self, end: usize) {
        let piece = &self.src.as_bytes()[self.pos..end];
        match piece.iter().rposition(|&b| b == b'\n') {
            Some(nl) => {
                self.line += piece.iter().filter(|&&b| b == b'\n').count() as u64;
                self.col = 1 + chars(&piece[nl + 1..]);
            }
            None => self.col += chars(piece),
        }
        self.pos = end;
    }
}

/// The number of UTF-8 characters in `b` (bytes that do not continue a character).
fn chars(b: &[u8]) -> u64 {
    b.iter().filter(|&&c| (c & 0xC0) != 0x80).count() as u64
}

/// Whether the last token is a `;` that `split` ends a statement at (outside parentheses).
fn ends_at_top_level_semicolon(toks: &[TokenWithSpan]) -> bool {
    let mut depth = 0i32;
    for (i, t) in toks.iter().enumerate() {
        match t.token {
            Token::LParen => depth += 1,
            Token::RParen => depth -= 1,
            Token::SemiColon if depth <= 0 => {
                if i + 1 == toks.len() {
                    return true;
                }
                depth = 0;
            }
            _ => {}
        }
    }
    false
}

fn is_ident_start(c: u8) -> bool {
    c.is_ascii_alphabetic() || c == b'_' || c >= 0x80
}

fn is_ident_part(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c == b'$' || c >= 0x80
}

/// The offset after the quote that closes a string or quoted identifier whose body starts at
/// `i` (a doubled quote is one character of the body; with `backslash`, `\` escapes the next
/// character), or the end of the text.
fn skip_quoted(b: &[u8], mut i: usize, quote: u8, backslash: bool) -> usize {
    while i < b.len() {
        let c = b[i];
        if backslash && c == b'\\' {
            i += 2;
        } else if c == quote {
            if b.get(i + 1) == Some(&quote) {
                i += 2;
            } else {
                return i + 1;
            }
        } else {
            i += 1;
        }
    }
    b.len()
}

/// The offset after the first occurrence of `pat` at or after `i`, or the end of the text.
fn skip_past(b: &[u8], i: usize, pat: &[u8]) -> usize {
    b.get(i..)
        .and_then(|rest| rest.windows(pat.len()).position(|w| w == pat))
        .map_or(b.len(), |p| i + p + pat.len())
}

/// Where the statement starting at `from` ends: just after its top-level `;`, or the end of the
/// text.
pub(super) fn statement_end(b: &[u8], from: usize) -> usize {
    let mut depth = 0i32;
    let mut i = from;
    while i < b.len() {
        let c = b[i];
        match c {
            b'(' => {
                depth += 1;
                i += 1;
            }
            b')' => {
                depth -= 1;
                i += 1;
            }
            b';' => {
                if depth <= 0 {
                    return i + 1;
                }
                i += 1;
            }
            b'\'' => i = skip_quoted(b, i + 1, b'\'', false),
            b'"' => i = skip_quoted(b, i + 1, b'"', false),
            b'-' if b.get(i + 1) == Some(&b'-') => {
                i = b[i..]
                    .iter()
                    .position(|&c| c == b'\n')
                    .map_or(b.len(), |p| i + p + 1);
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                // nested, as PostgreSQL's
                let mut nested = 1;
                i += 2;
                while i < b.len() && nested > 0 {
                    if b[i] == b'/' && b.get(i + 1) == Some(&b'*') {
                        nested += 1;
                        i += 2;
                    } else if b[i] == b'*' && b.get(i + 1) == Some(&b'/') {
                        nested -= 1;
                        i += 2;
                    } else {
                        i += 1;
                    }
                }
            }
            b'$' => {
                // `$$ body $$`, `$tag$ body $tag$`, or a placeholder `$1`
                if b.get(i + 1) == Some(&b'$') {
                    i = skip_past(b, i + 2, b"$$");
                } else {
                    let tag_end = b[i + 1..]
                        .iter()
                        .position(|&c| !(c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80))
                        .map_or(b.len(), |p| i + 1 + p);
                    if b.get(tag_end) == Some(&b'$') {
                        i = skip_past(b, tag_end + 1, &b[i..=tag_end]);
                    } else {
                        i = tag_end;
                    }
                }
            }
            c if is_ident_start(c) => {
                let start = i;
                i += 1;
                while i < b.len() && is_ident_part(b[i]) {
                    i += 1;
                }
                // string constants with a prefix: E'..', X'..' (backslash escapes), B'..',
                // N'..', U&'..'
                if i == start + 1 {
                    match (c, b.get(i), b.get(i + 1)) {
                        (b'e' | b'E' | b'x' | b'X', Some(b'\''), _) => {
                            i = skip_quoted(b, i + 1, b'\'', true)
                        }
                        (b'b' | b'B' | b'n' | b'N', Some(b'\''), _) => {
                            i = skip_quoted(b, i + 1, b'\'', false)
                        }
                        (b'u' | b'U', Some(b'&'), Some(b'\'')) => {
                            i = skip_quoted(b, i + 2, b'\'', false)
                        }
                        _ => {}
                    }
                }
            }
            _ => i += 1,
        }
    }
    b.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The pieces and their tokens equal the whole text's tokens.
    fn same_as_whole(text: &str) -> usize {
        let whole = Tokenizer::new(&PostgreSqlDialect {}, text)
            .tokenize_with_location()
            .unwrap();
        let mut c = Chunks::new(text);
        let mut joined = Vec::new();
        let mut pieces = 0;
        while let Some(t) = c.next_chunk() {
            joined.extend(t.unwrap());
            pieces += 1;
        }
        assert_eq!(joined, whole);
        for (a, b) in joined.iter().zip(&whole) {
            assert_eq!(a.span, b.span, "{:?}", a.token);
        }
        pieces
    }

    #[test]
    fn pieces_tokenize_as_the_whole_text() {
        let text = "-- head ; not a split\nCREATE TABLE t (a text DEFAULT ';', b int CHECK (b > 0));\n\n  DO $$ BEGIN PERFORM 1; END $$;  CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; $body$ LANGUAGE sql;\n/* a /* nested ; */ comment; */ SELECT 'é', E'it\\'s;', \"a;\"\"b\", x$1;\nSELECT 1";
        assert_eq!(same_as_whole(text), 5);
    }

    #[test]
    fn a_tokenizer_error_is_the_whole_texts() {
        // An unterminated string: the scanner's piece ends where the tokenizer fails.
        let text = "SELECT 1;\nSELECT 'a;\nSELECT 2;";
        let mut c = Chunks::new(text);
        assert!(c.next_chunk().unwrap().is_ok());
        let e = c.next_chunk().unwrap().unwrap_err();
        let whole = Tokenizer::new(&PostgreSqlDialect {}, text)
            .tokenize_with_location()
            .unwrap_err();
        assert_eq!((e.message, e.location), (whole.message, whole.location));
        assert!(c.next_chunk().is_none());
    }

    #[test]
    fn locations_continue_across_pieces() {
        assert_eq!(same_as_whole("SELECT 'é'; SELECT\n 2;  SELECT 3 ;"), 3);
    }
}
