//! `gen.sum`: the checksums of a migrations folder's files as gen wrote them (as Atlas keeps
//! `atlas.sum`), so that `gen check` can tell which were edited, added or removed by hand since.
//!
//! The file is a total line, then one line per migration file, sorted by path:
//!
//! ```text
//! sha256:<hex of the SHA-256 of every following line, each with its line break>
//! 000001_add_role_expand.down.sql sha256:<hex of the file's SHA-256>
//! 000001_add_role_expand.up.sql sha256:<...>
//! ```
//!
//! `gen diff` writes it whenever it writes migration files into a folder: the lines of the files
//! already recorded are kept as they were (so an edit made by hand stays visible), the new files
//! are added. `gen check --update-sum` records the folder as it is.

use crate::error::Error;
use crate::render::OutputFile;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The file's name in the migrations folder.
pub const FILE: &str = "gen.sum";

/// The recorded hash of each file, by path relative to the folder (`/` separators).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sum {
    pub files: BTreeMap<String, String>,
}

/// `sha256:<hex>` of `bytes`.
pub fn hash(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
    format!("sha256:{hex}")
}

impl Sum {
    /// The hashes of `files` (relative to `dir`) as they are on disk.
    pub fn of_files(dir: &Path, files: &[String]) -> Result<Sum, Error> {
        let mut out = BTreeMap::new();
        for rel in files {
            let path = dir.join(rel);
            let bytes = std::fs::read(&path)
                .map_err(|e| Error::io(format!("cannot read {}", path.display()), e))?;
            out.insert(rel.clone(), hash(&bytes));
        }
        Ok(Sum { files: out })
    }

    /// The file's text.
    pub fn render(&self) -> String {
        let body: String = self
            .files
            .iter()
            .map(|(path, h)| format!("{path} {h}\n"))
            .collect();
        format!("{}\n{body}", hash(body.as_bytes()))
    }

    /// The file as `gen.sum` in its folder.
    pub fn output(&self) -> OutputFile {
        OutputFile {
            path: PathBuf::from(FILE),
            contents: self.render(),
        }
    }

    /// Reads `text` (the contents of `path`, named in messages). Returns the sum and whether its
    /// total line matches its other lines (false: the file itself was edited).
    pub fn parse(path: &Path, text: &str) -> Result<(Sum, bool), Error> {
        let bad = |line: usize, what: &str| {
            Error::Existing(format!(
                "{}:{line}: {what}: not a gen.sum file (recreate it with gen check --update-sum)",
                path.display()
            ))
        };
        let mut lines = text.split_inclusive('\n');
        let total = lines
            .next()
            .map(str::trim_end)
            .filter(|t| t.starts_with("sha256:"))
            .ok_or_else(|| bad(1, "the first line is not a sha256: total"))?;
        let mut files = BTreeMap::new();
        let mut body = String::new();
        for (n, line) in lines.enumerate() {
            let trimmed = line.trim_end_matches(['\n', '\r']);
            if trimmed.is_empty() {
                continue;
            }
            let (file, h) = trimmed
                .rsplit_once(' ')
                .filter(|(f, h)| !f.is_empty() && h.starts_with("sha256:"))
                .ok_or_else(|| bad(n + 2, "expected `<file> sha256:<hex>`"))?;
            files.insert(file.to_string(), h.to_string());
            body.push_str(trimmed);
            body.push('\n');
        }
        Ok((Sum { files }, hash(body.as_bytes()) == total))
    }

    /// `dir/gen.sum`, if there is one.
    pub fn read(dir: &Path) -> Result<Option<(Sum, bool)>, Error> {
        let path = dir.join(FILE);
        match std::fs::read_to_string(&path) {
            Ok(text) => Sum::parse(&path, &text).map(Some),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(Error::io(format!("cannot read {}", path.display()), e)),
        }
    }
}

/// How the files of a folder differ from what its `gen.sum` recorded.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Drift {
    pub edited: Vec<String>,
    pub added: Vec<String>,
    pub removed: Vec<String>,
}

impl Drift {
    pub fn between(recorded: &Sum, current: &Sum) -> Drift {
        let mut d = Drift::default();
        for (file, h) in &current.files {
            match recorded.files.get(file) {
                None => d.added.push(file.clone()),
                Some(r) if r != h => d.edited.push(file.clone()),
                Some(_) => {}
            }
        }
        d.removed = recorded
            .files
            .keys()
            .filter(|f| !current.files.contains_key(*f))
            .cloned()
            .collect();
        d
    }

    pub fn is_empty(&self) -> bool {
        self.edited.is_empty() && self.added.is_empty() && self.removed.is_empty()
    }

    /// One line per file: `edited: FILE`, `added: FILE`, `removed: FILE`.
    pub fn lines(&self) -> Vec<String> {
        let mut out = Vec::new();
        for (what, list) in [
            ("edited", &self.edited),
            ("added", &self.added),
            ("removed", &self.removed),
        ] {
            out.extend(list.iter().map(|f| format!("{what}: {f}")));
        }
        out
    }
}

/// The `gen.sum` after `gen diff` wrote `new_files` into a folder whose migration files are
/// `current` (on disk, before the write): what was recorded stays recorded as it was (a file
/// edited, added or removed by hand stays visible to `gen check`), and the new files are added.
/// A folder without `gen.sum` gets its first one, which records the files already there as they
/// are.
pub fn after_write(recorded: Option<&Sum>, current: &Sum, new_files: &[OutputFile]) -> Sum {
    let mut files = match recorded {
        Some(r) => r.files.clone(),
        None => current.files.clone(),
    };
    for f in new_files {
        let rel = f
            .path
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join("/");
        files.insert(rel, hash(f.contents.as_bytes()));
    }
    Sum { files }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sum(pairs: &[(&str, &str)]) -> Sum {
        Sum {
            files: pairs
                .iter()
                .map(|(f, c)| (f.to_string(), hash(c.as_bytes())))
                .collect(),
        }
    }

    #[test]
    fn renders_and_parses_with_its_total() {
        let s = sum(&[("2_b.up.sql", "b"), ("1_a.up.sql", "a")]);
        let text = s.render();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 3);
        assert!(lines[1].starts_with("1_a.up.sql sha256:"), "{text}");
        assert_eq!(
            lines[1],
            "1_a.up.sql sha256:ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb"
        );
        let p = Path::new("gen.sum");
        assert_eq!(Sum::parse(p, &text).unwrap(), (s.clone(), true));
        let edited = text.replace("ca97", "0a97");
        assert!(!Sum::parse(p, &edited).unwrap().1);
        assert!(Sum::parse(p, "nonsense\n").is_err());
    }

    #[test]
    fn drift_names_each_file() {
        let recorded = sum(&[("1.sql", "a"), ("2.sql", "b"), ("3.sql", "c")]);
        let current = sum(&[("1.sql", "a"), ("2.sql", "B"), ("4.sql", "d")]);
        let d = Drift::between(&recorded, &current);
        assert_eq!(
            d.lines(),
            ["edited: 2.sql", "added: 4.sql", "removed: 3.sql"]
        );
        assert!(Drift::between(&current, &current).is_empty());
    }

    #[test]
    fn a_write_keeps_what_was_recorded() {
        let recorded = sum(&[("1.sql", "a")]);
        let current = sum(&[("1.sql", "edited by hand"), ("0.sql", "older")]);
        let new = [OutputFile {
            path: PathBuf::from("2.sql"),
            contents: "b".into(),
        }];
        let after = after_write(Some(&recorded), &current, &new);
        assert_eq!(after, sum(&[("1.sql", "a"), ("2.sql", "b")]));
        let first = after_write(None, &current, &new);
        assert_eq!(
            first,
            sum(&[
                ("0.sql", "older"),
                ("1.sql", "edited by hand"),
                ("2.sql", "b")
            ])
        );
    }
}
