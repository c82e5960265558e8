//! `--table-sizes FILE`: known row counts, one `[schema.]table rows` pair per line (space, tab or
//! comma between them; `#` starts a comment). Names fold like SQL identifiers: unquoted to lower
//! case, `"Quoted"` kept; an unqualified name is in `public`. `psql -At -F ' '` over the README's
//! `pg_class.reltuples` query writes this format.

use crate::error::{Error, SourceError};
use crate::model::QualName;
use std::collections::BTreeMap;

/// Reads a table-sizes file.
pub fn read(path: &str) -> Result<BTreeMap<QualName, u64>, Error> {
    let text =
        std::fs::read_to_string(path).map_err(|e| Error::io(format!("cannot read {path}"), e))?;
    parse(path, &text).map_err(Error::Source)
}

/// Parses the text of a table-sizes file named `file` (for messages).
pub fn parse(file: &str, text: &str) -> Result<BTreeMap<QualName, u64>, SourceError> {
    let mut sizes = BTreeMap::new();
    for (i, raw) in text.lines().enumerate() {
        let line = raw.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        let err = |col: usize, msg: &str| SourceError::at(file, text, i + 1, col + 1, msg);
        let split = line
            .rfind([' ', '\t', ','])
            .ok_or_else(|| err(0, "expected `[schema.]table rows`"))?;
        let (name, rows) = (
            line[..split].trim_end_matches([' ', '\t', ',']),
            line[split + 1..].trim(),
        );
        let start = raw.find(line).unwrap_or(0);
        // reltuples is a float (-1 when never analyzed); a negative count means unknown.
        let rows: f64 = rows
            .parse()
            .map_err(|_| err(start + split + 1, "expected a row count"))?;
        let name = qual_name(name).ok_or_else(|| err(start, "expected a table name"))?;
        if rows >= 0.0 {
            sizes.insert(name, rows as u64);
        }
    }
    Ok(sizes)
}

/// `schema.table`, `table`, `"Schema"."Table"`, folded like SQL identifiers.
fn qual_name(s: &str) -> Option<QualName> {
    let mut parts = Vec::new();
    let mut chars = s.trim().chars().peekable();
    loop {
        let mut part = String::new();
        if chars.peek() == Some(&'"') {
            chars.next();
            loop {
                match chars.next()? {
                    '"' if chars.peek() == Some(&'"') => {
                        chars.next();
                        part.push('"');
                    }
                    '"' => break,
                    c => part.push(c),
                }
            }
        } else {
            while let Some(&c) = chars.peek() {
                if c == '.' {
                    break;
                }
                part.push(c.to_ascii_lowercase());
                chars.next();
            }
        }
        if part.is_empty() {
            return None;
        }
        parts.push(part);
        match chars.next() {
            None => break,
            Some('.') => continue,
            Some(_) => return None,
        }
    }
    match parts.as_slice() {
        [t] => Some(QualName::new("public", t)),
        [s, t] => Some(QualName::new(s, t)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_names_and_counts_in_every_spelling() {
        let text = "# from pg_class\npublic.users 1200000\nAccounts\t42\n\"Odd\".\"T x\",7\nnever_analyzed -1\n";
        let sizes = parse("sizes.txt", text).unwrap();
        assert_eq!(
            sizes.get(&QualName::new("public", "users")),
            Some(&1_200_000)
        );
        assert_eq!(sizes.get(&QualName::new("public", "accounts")), Some(&42));
        assert_eq!(sizes.get(&QualName::new("Odd", "T x")), Some(&7));
        assert_eq!(sizes.len(), 3, "a negative reltuples means unknown");
    }

    #[test]
    fn a_bad_line_is_located() {
        let err = parse("sizes.txt", "users 10\nusers lots\n").unwrap_err();
        assert_eq!((err.line, err.column), (2, 7));
    }
}
