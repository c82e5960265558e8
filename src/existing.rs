//! What the output folder already holds, read the way each format's tool reads it, so that new
//! migrations continue it: the next version number, a timestamp after the newest one, or the
//! Alembic head revision to chain after.

use crate::error::Error;
use crate::output;
use crate::render::{Format, Naming, Start};
use regex::Regex;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;
use time::PrimitiveDateTime;
use time::macros::format_description;

/// Where `format`'s new migrations in `dir` start. `now` (seconds since the Unix epoch, UTC) is
/// the earliest timestamp a timestamped layout may use.
pub fn start(dir: &Path, format: Format, now: i64) -> Result<Start, Error> {
    let mut start = Start::version(1);
    match format.naming() {
        Naming::Version { prefix: &[] } => start.first_version = output::next_version(dir)?,
        Naming::Version { prefix } => start.first_version = next_prefixed_version(dir, prefix)?,
        Naming::Timestamp => start.first_timestamp = next_timestamp(dir, now)?,
        Naming::Revision => start.down_revision = alembic_head(dir)?,
    }
    start.has_lock_file = dir.join("migration_lock.toml").is_file();
    Ok(start)
}

/// The names of the entries of `dir` (none when it does not exist).
fn entries(dir: &Path) -> Result<Vec<(String, PathBuf, bool)>, Error> {
    let read = match fs::read_dir(dir) {
        Ok(read) => read,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => {
            return Err(Error::io(
                format!("cannot read folder {}", dir.display()),
                e,
            ));
        }
    };
    let mut out = Vec::new();
    for entry in read {
        let entry =
            entry.map_err(|e| Error::io(format!("cannot read folder {}", dir.display()), e))?;
        let path = entry.path();
        let is_dir = entry
            .file_type()
            .map_err(|e| Error::io(format!("cannot inspect {}", path.display()), e))?
            .is_dir();
        out.push((
            entry.file_name().to_string_lossy().into_owned(),
            path,
            is_dir,
        ));
    }
    out.sort();
    Ok(out)
}

/// Flyway: one more than the highest `V<n>` / `U<n>` (`n` up to its first `.` or `_`).
fn next_prefixed_version(dir: &Path, prefix: &[char]) -> Result<u64, Error> {
    let mut highest = 0u64;
    for (name, path, _) in entries(dir)? {
        let Some(rest) = name.strip_prefix(prefix) else {
            continue;
        };
        let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
        if digits.is_empty() {
            continue;
        }
        let version: u64 = digits.parse().map_err(|_| {
            Error::Existing(format!(
                "cannot number the next migration after {}: version too large",
                path.display()
            ))
        })?;
        highest = highest.max(version);
    }
    Ok(highest + 1)
}

/// Prisma / diesel: the folders' leading timestamps (`-` ignored, as diesel does); the first new
/// one is `now`, or one second after the newest existing one when that is later. Fails when a
/// folder's version is no time yet sorts after the new one.
fn next_timestamp(dir: &Path, now: i64) -> Result<i64, Error> {
    let format = format_description!("[year][month][day][hour][minute][second]");
    let mut newest: Option<(String, PathBuf)> = None;
    for (name, path, is_dir) in entries(dir)? {
        if !is_dir {
            continue;
        }
        let version: String = name
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == '-')
            .filter(char::is_ascii_digit)
            .collect();
        if !version.is_empty() && newest.as_ref().is_none_or(|(v, _)| version > *v) {
            newest = Some((version, path));
        }
    }
    let Some((version, path)) = newest else {
        return Ok(now);
    };
    let first = match PrimitiveDateTime::parse(&version, format) {
        Ok(at) => now.max(at.assume_utc().unix_timestamp() + 1),
        Err(_) => now,
    };
    let candidate = crate::render::utc(first, format);
    if candidate.len() != version.len() || candidate <= version {
        return Err(Error::Existing(format!(
            "cannot name a migration that sorts after {}: its version {version} is not a \
             YYYYMMDDHHMMSS time before {candidate}",
            path.display()
        )));
    }
    Ok(first)
}

pub(crate) static REVISION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?m)^revision\s*(?::[^=\n]*)?=\s*['"]([^'"\n]+)['"]"#).expect("regex")
});
pub(crate) static DOWN_REVISION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?m)^down_revision\s*(?::[^=\n]*)?=\s*(\([^)]*\)|[^\n#]*)"#).expect("regex")
});
pub(crate) static QUOTED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"['"]([^'"\n]+)['"]"#).expect("regex"));

/// Alembic: the revision of the `.py` files in `dir` that no other one names as its
/// `down_revision` (`None` when there are no revisions). Several heads are an error: Alembic
/// would not know which one a new revision follows.
fn alembic_head(dir: &Path) -> Result<Option<String>, Error> {
    let mut revisions: Vec<(String, PathBuf)> = Vec::new();
    let mut parents: Vec<String> = Vec::new();
    for (name, path, is_dir) in entries(dir)? {
        if is_dir || !name.ends_with(".py") {
            continue;
        }
        let text = fs::read_to_string(&path)
            .map_err(|e| Error::io(format!("cannot read {}", path.display()), e))?;
        let Some(revision) = REVISION.captures(&text) else {
            continue;
        };
        let down = DOWN_REVISION.captures(&text).ok_or_else(|| {
            Error::Existing(format!(
                "{} names revision {} but no down_revision",
                path.display(),
                &revision[1]
            ))
        })?;
        parents.extend(QUOTED.captures_iter(&down[1]).map(|c| c[1].to_string()));
        revisions.push((revision[1].to_string(), path));
    }
    let heads: Vec<&(String, PathBuf)> = revisions
        .iter()
        .filter(|(rev, _)| !parents.contains(rev))
        .collect();
    match heads.as_slice() {
        [] if revisions.is_empty() => Ok(None),
        [(rev, _)] => Ok(Some(rev.clone())),
        [] => Err(Error::Existing(format!(
            "the revisions in {} form a cycle: no head to follow",
            dir.display()
        ))),
        many => Err(Error::Existing(format!(
            "{} has {} head revisions ({}): merge them first (alembic merge heads), then run \
             gen again",
            dir.display(),
            many.len(),
            many.iter()
                .map(|(rev, path)| format!("{rev} in {}", path.display()))
                .collect::<Vec<_>>()
                .join(", ")
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_700_000_000; // 2023-11-14 22:13:20 UTC

    #[test]
    fn numbered_formats_continue_the_highest_version() {
        let tmp = tempfile::tempdir().unwrap();
        let d = tmp.path();
        assert_eq!(start(d, Format::Dbmate, NOW).unwrap().first_version, 1);
        fs::write(d.join("000004_a_expand.sql"), "").unwrap();
        assert_eq!(start(d, Format::Goose, NOW).unwrap().first_version, 5);
        fs::write(d.join("V7__a.sql"), "").unwrap();
        fs::write(d.join("U9__a.sql"), "").unwrap();
        fs::write(d.join("V2_1__a.sql"), "").unwrap();
        fs::write(d.join("R__view.sql"), "").unwrap();
        assert_eq!(start(d, Format::Flyway, NOW).unwrap().first_version, 10);
    }

    #[test]
    fn timestamps_sort_after_the_newest_folder() {
        let tmp = tempfile::tempdir().unwrap();
        let d = tmp.path();
        assert_eq!(start(d, Format::Prisma, NOW).unwrap().first_timestamp, NOW);
        fs::create_dir(d.join("00000000000000_diesel_initial_setup")).unwrap();
        assert_eq!(start(d, Format::Diesel, NOW).unwrap().first_timestamp, NOW);
        fs::create_dir(d.join("2030-01-02-030405_later")).unwrap();
        let later = PrimitiveDateTime::parse(
            "20300102030405",
            format_description!("[year][month][day][hour][minute][second]"),
        )
        .unwrap()
        .assume_utc()
        .unix_timestamp();
        assert_eq!(
            start(d, Format::Diesel, NOW).unwrap().first_timestamp,
            later + 1
        );
        // A file is not a migration folder.
        fs::write(d.join("20990101000000_x.sql"), "").unwrap();
        assert_eq!(
            start(d, Format::Prisma, NOW).unwrap().first_timestamp,
            later + 1
        );
        fs::create_dir(d.join("99999999999999_odd")).unwrap();
        let err = start(d, Format::Prisma, NOW).unwrap_err();
        assert!(err.to_string().contains("99999999999999_odd"), "{err}");
        assert_eq!(err.exit_code(), 2);
    }

    #[test]
    fn prisma_lock_file_is_noticed() {
        let tmp = tempfile::tempdir().unwrap();
        assert!(
            !start(tmp.path(), Format::Prisma, NOW)
                .unwrap()
                .has_lock_file
        );
        fs::write(tmp.path().join("migration_lock.toml"), "").unwrap();
        assert!(
            start(tmp.path(), Format::Prisma, NOW)
                .unwrap()
                .has_lock_file
        );
    }

    #[test]
    fn alembic_head_follows_the_chain() {
        let tmp = tempfile::tempdir().unwrap();
        let d = tmp.path();
        assert_eq!(alembic_head(d).unwrap(), None);
        fs::write(
            d.join("1a_first.py"),
            "revision = '1a'\ndown_revision = None\n",
        )
        .unwrap();
        fs::write(
            d.join("2b_second.py"),
            "revision: str = \"2b\"\ndown_revision: Union[str, None] = \"1a\"\n",
        )
        .unwrap();
        fs::write(d.join("__init__.py"), "").unwrap();
        assert_eq!(alembic_head(d).unwrap().as_deref(), Some("2b"));
        fs::write(
            d.join("3c_branch.py"),
            "revision = '3c'\ndown_revision = '1a'\n",
        )
        .unwrap();
        let err = alembic_head(d).unwrap_err().to_string();
        assert!(
            err.contains("2 head revisions") && err.contains("alembic merge"),
            "{err}"
        );
        fs::write(
            d.join("4d_merge.py"),
            "revision = '4d'\ndown_revision = (\n    '2b',\n    '3c',\n)\n",
        )
        .unwrap();
        assert_eq!(alembic_head(d).unwrap().as_deref(), Some("4d"));
    }
}
