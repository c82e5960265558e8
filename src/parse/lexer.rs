//! A fast path for sqlparser's tokenizer, for the plain ASCII text most schema statements are.
//!
//! sqlparser's tokenizer reads characters through a `Peekable<Chars>` and asks the dialect about
//! each one; on a schema of thousands of tables it was a third of the parse. [`tokenize`] reads
//! bytes and gives the same tokens with the same spans (the test below checks it against
//! sqlparser on every SQL file of the test suite) for the forms it knows: words, quoted
//! identifiers, plain string literals and numbers, `--` comments, whitespace, and `( ) , ; . [ ]
//! :: =`. On anything else (non-ASCII text, operators, `$`, block comments, `E'...'` and other
//! prefixed strings, backslashes, carriage returns, exponents) it gives up, and the caller uses
//! sqlparser's tokenizer for that piece: it never guesses.

use hashbrown::HashMap;
use sqlparser::keywords::{ALL_KEYWORDS, ALL_KEYWORDS_INDEX, Keyword};
use sqlparser::tokenizer::{Location, Span, Token, TokenWithSpan, Whitespace, Word};
use std::sync::OnceLock;

/// Tokenizes `src` (a piece starting at `line`:`col` of its file) into `out`, or returns false
/// (with `out` in any state) when the piece has something only sqlparser's tokenizer reads.
pub(crate) fn tokenize(src: &str, line: u64, col: u64, out: &mut Vec<TokenWithSpan>) -> bool {
    if !src.is_ascii() {
        return false;
    }
    let b = src.as_bytes();
    let (mut i, mut line, mut col) = (0usize, line, col);
    let word_part = |c: u8| c.is_ascii_alphanumeric() || c == b'_' || c == b'$';
    while i < b.len() {
        let start = Location::new(line, col);
        let c = b[i];
        let next = b.get(i + 1).copied();
        // the token and its length in bytes (one column each: the text is ASCII)
        let (token, len) = match c {
            b' ' => (Token::Whitespace(Whitespace::Space), 1),
            b'\t' => (Token::Whitespace(Whitespace::Tab), 1),
            b'\n' => {
                out.push(TokenWithSpan::new(
                    Token::Whitespace(Whitespace::Newline),
                    Span::new(start, Location::new(line + 1, 1)),
                ));
                i += 1;
                line += 1;
                col = 1;
                continue;
            }
            b'-' if next == Some(b'-') => {
                let end = b[i..]
                    .iter()
                    .position(|&c| c == b'\n')
                    .map_or(b.len(), |p| i + p);
                let comment = Whitespace::SingleLineComment {
                    comment: src[i + 2..end].to_string(),
                    prefix: "--".to_string(),
                };
                (Token::Whitespace(comment), end - i)
            }
            c if c.is_ascii_alphabetic() || c == b'_' => {
                let len = b[i..]
                    .iter()
                    .position(|&c| !word_part(c))
                    .unwrap_or(b.len() - i);
                // `E'...'`, `U&'...'`, `B'...'`, `x"..."` and the like are not plain words
                if matches!(b.get(i + len), Some(b'\'' | b'"' | b'&')) {
                    return false;
                }
                (word(&src[i..i + len]), len)
            }
            b'"' => {
                let Some((value, len)) = quoted(b, i, b'"') else {
                    return false;
                };
                (Token::make_word(&value, Some('"')), len)
            }
            b'\'' => {
                let Some((value, len)) = quoted(b, i, b'\'') else {
                    return false;
                };
                (Token::SingleQuotedString(value), len)
            }
            b'0'..=b'9' => {
                let digits = |from: usize| {
                    b[from..]
                        .iter()
                        .position(|c| !c.is_ascii_digit())
                        .unwrap_or(b.len() - from)
                };
                let mut len = digits(i);
                if b.get(i + len) == Some(&b'.') {
                    len += 1 + digits(i + len + 1);
                }
                // exponents, `_` separators, `0x`, suffixes: sqlparser's
                if b.get(i + len)
                    .is_some_and(|&c| word_part(c) || matches!(c, b'.' | b'\'' | b'"'))
                {
                    return false;
                }
                (Token::Number(src[i..i + len].to_string(), false), len)
            }
            b'.' if !next.is_some_and(|c| c.is_ascii_digit() || c == b'_') => (Token::Period, 1),
            b'(' => (Token::LParen, 1),
            b')' => (Token::RParen, 1),
            b',' => (Token::Comma, 1),
            b';' => (Token::SemiColon, 1),
            b'[' => (Token::LBracket, 1),
            b']' => (Token::RBracket, 1),
            b':' if next == Some(b':') => (Token::DoubleColon, 2),
            b'=' if !matches!(next, Some(b'>' | b'=')) => (Token::Eq, 1),
            _ => return false,
        };
        // a string or quoted identifier may span lines
        let text = &b[i..i + len];
        let (end_line, end_col) = match text.iter().rposition(|&c| c == b'\n') {
            Some(nl) => (
                line + text.iter().filter(|&&c| c == b'\n').count() as u64,
                (len - nl) as u64,
            ),
            None => (line, col + len as u64),
        };
        out.push(TokenWithSpan::new(
            token,
            Span::new(start, Location::new(end_line, end_col)),
        ));
        i += len;
        (line, col) = (end_line, end_col);
    }
    true
}

/// An unquoted word as sqlparser makes it, with its keyword found by hashing instead of
/// sqlparser's binary search over its keywords (a tenth of the parse on large schemas).
fn word(text: &str) -> Token {
    // by bytes: the upper-cased copy below needs no UTF-8 check to be looked up
    static KEYWORDS: OnceLock<HashMap<&'static [u8], Keyword>> = OnceLock::new();
    let keywords = KEYWORDS.get_or_init(|| {
        ALL_KEYWORDS
            .iter()
            .map(|k| k.as_bytes())
            .zip(ALL_KEYWORDS_INDEX.iter().copied())
            .collect()
    });
    const LONGEST: usize = 48;
    let mut upper = [0u8; LONGEST];
    let keyword = match upper.get_mut(..text.len()) {
        Some(buf) => {
            buf.copy_from_slice(text.as_bytes());
            buf.make_ascii_uppercase();
            keywords.get(&*buf).copied().unwrap_or(Keyword::NoKeyword)
        }
        None => Keyword::NoKeyword,
    };
    Token::Word(Word {
        value: text.to_string(),
        quote_style: None,
        keyword,
    })
}

/// The value and length of the quoted text at `at` (opening `quote` included): a doubled quote
/// is one character of the value. None when it does not end, or holds a backslash.
fn quoted(b: &[u8], at: usize, quote: u8) -> Option<(String, usize)> {
    let mut value = Vec::new();
    let mut i = at + 1;
    loop {
        match *b.get(i)? {
            b'\\' => return None,
            c if c == quote => {
                if b.get(i + 1) == Some(&quote) {
                    value.push(quote);
                    i += 2;
                } else {
                    let value = String::from_utf8(value).expect("ASCII");
                    return Some((value, i + 1 - at));
                }
            }
            c => {
                value.push(c);
                i += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sqlparser::dialect::PostgreSqlDialect;
    use sqlparser::tokenizer::Tokenizer;
    use std::path::Path;

    fn sqlparser_tokens(src: &str) -> Option<Vec<TokenWithSpan>> {
        Tokenizer::new(&PostgreSqlDialect {}, src)
            .tokenize_with_location()
            .ok()
    }

    /// Tokens and spans equal sqlparser's, or the fast path gives up. Returns whether it read
    /// the text.
    fn agrees(src: &str) -> bool {
        let mut fast = Vec::new();
        if !tokenize(src, 1, 1, &mut fast) {
            return false;
        }
        let slow = sqlparser_tokens(src).expect("sqlparser tokenizes what the fast path reads");
        assert_eq!(fast.len(), slow.len(), "token count of {src:?}");
        for (f, s) in fast.iter().zip(&slow) {
            assert_eq!(f.token, s.token, "token in {src:?}");
            assert_eq!(f.span, s.span, "span of {:?} in {src:?}", f.token);
            if let (Token::Word(a), Token::Word(b)) = (&f.token, &s.token) {
                assert_eq!(a.keyword, b.keyword, "keyword of {:?}", a.value);
            }
        }
        true
    }

    #[test]
    fn reads_plain_statements_as_sqlparser_does() {
        for src in [
            "CREATE TABLE t (\n    id bigint PRIMARY KEY,\n    \"Name\" text DEFAULT 'it''s',\n    price numeric(12, 2) DEFAULT 1.5,\n    n int DEFAULT 12.\n);",
            "CREATE INDEX t_x_idx ON public.t (x) WHERE (x = 'a'::text);\n-- a comment\n",
            "COMMENT ON TABLE t IS 'two\nlines';",
            "SELECT a[1], \"q\"\"x\", '', _y$1;",
        ] {
            assert!(agrees(src), "the fast path reads {src:?}");
        }
    }

    #[test]
    fn every_keyword_is_found() {
        for (text, k) in ALL_KEYWORDS.iter().zip(ALL_KEYWORDS_INDEX) {
            let Token::Word(w) = word(&text.to_lowercase()) else {
                unreachable!()
            };
            assert_eq!(w.keyword, *k, "{text}");
        }
        let Token::Word(w) = word("not_a_keyword") else {
            unreachable!()
        };
        assert_eq!(w.keyword, Keyword::NoKeyword);
    }

    #[test]
    fn gives_up_on_what_it_does_not_know() {
        for src in [
            "SELECT E'a\\n'",
            "SELECT 1e5",
            "SELECT x >= 1",
            "SELECT $1",
            "/* c */ SELECT 1",
            "SELECT 'caf\u{e9}'",
            "SELECT 1\r\n",
            "SELECT 0x1F",
            "SELECT 1_000",
            "SELECT U&'x'",
            "SELECT 'a\\b'",
            "SELECT .5",
        ] {
            assert!(!agrees(src), "the fast path leaves {src:?} to sqlparser");
        }
    }

    /// Every statement of every SQL file of the test suite (and the example schemas): where the
    /// fast path reads one, its tokens are sqlparser's; and it reads most of them.
    /// `LEXER_EXTRA=DIR:DIR cargo test --release --lib lexer -- --nocapture` checks the SQL
    /// files under more folders too (the shared corpus, downloaded applications' schemas).
    #[test]
    fn agrees_with_sqlparser_on_the_test_suite() {
        fn walk(dir: &Path, files: &mut Vec<std::path::PathBuf>) {
            let Ok(entries) = std::fs::read_dir(dir) else {
                return;
            };
            for e in entries.flatten() {
                let p = e.path();
                if p.is_dir() {
                    walk(&p, files);
                } else if p.extension().is_some_and(|x| x == "sql") {
                    files.push(p);
                }
            }
        }
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut files = Vec::new();
        walk(&root.join("tests"), &mut files);
        walk(&root.join("schemas"), &mut files);
        if let Ok(extra) = std::env::var("LEXER_EXTRA") {
            for d in extra.split(':') {
                walk(Path::new(d), &mut files);
            }
        }
        assert!(files.len() > 100, "the test suite's SQL files are found");
        let (mut pieces, mut read) = (0, 0);
        for f in &files {
            let text = std::fs::read_to_string(f).unwrap();
            let b = text.as_bytes();
            let mut pos = 0;
            while pos < b.len() {
                let end = super::super::chunks::statement_end(b, pos);
                let piece = &text[pos..end];
                if sqlparser_tokens(piece).is_some() {
                    pieces += 1;
                    if agrees(piece) {
                        read += 1;
                    }
                }
                pos = end;
            }
        }
        eprintln!("lexer: {read} of {pieces} in {} files", files.len());
        assert!(
            read * 2 > pieces,
            "the fast path reads most statements: {read} of {pieces}"
        );
    }
}
