//! Support code of the data-driven test runners: `cases` (tests/cases.rs) and `tools`
//! (tests/tools.rs); each uses a part of it.
#![allow(dead_code)]

pub mod generate;
pub mod prove;
pub mod server;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

/// One folder under tests/cases.
pub struct Case {
    pub name: String,
    pub dir: PathBuf,
    /// Position in the sorted list of all cases: makes database names unique.
    pub index: usize,
}

/// The normalised catalog query (one `line` per object).
pub const CATALOG_SQL: &str = include_str!("catalog.sql");

/// Reads the catalog of the database `client` is connected to: sorted lines, with
/// newlines inside a line (function bodies, view definitions) escaped as `\n`.
pub fn catalog(client: &mut postgres::Client) -> Result<String, String> {
    let rows = client
        .query(CATALOG_SQL, &[])
        .map_err(|e| format!("catalog query failed: {}", pg_error(&e, None)))?;
    let mut lines: Vec<String> = rows
        .iter()
        .map(|row| {
            let line: Option<String> = row.get(0);
            line.unwrap_or_else(|| "<NULL line: catalog.sql lacks a coalesce>".into())
                .replace('\\', "\\\\")
                .replace('\n', "\\n")
        })
        .collect();
    lines.sort();
    let mut text = lines.join("\n");
    text.push('\n');
    Ok(text)
}

/// A unified diff, `expected` -> `actual`, with headers naming both sides.
pub fn unified_diff(
    expected: &str,
    actual: &str,
    expected_name: &str,
    actual_name: &str,
) -> String {
    similar::TextDiff::from_lines(expected, actual)
        .unified_diff()
        .context_radius(3)
        .header(expected_name, actual_name)
        .missing_newline_hint(true)
        .to_string()
}

/// A readable PostgreSQL error: severity, message, SQLSTATE, detail, hint, and
/// where it happened (line of `sql` when given).
pub fn pg_error(e: &postgres::Error, sql: Option<&str>) -> String {
    let Some(db) = e.as_db_error() else {
        return e.to_string();
    };
    let mut s = format!(
        "{}: {} (SQLSTATE {})",
        db.severity(),
        db.message(),
        db.code().code()
    );
    if let Some(d) = db.detail() {
        s += &format!("\n  DETAIL: {d}");
    }
    if let Some(h) = db.hint() {
        s += &format!("\n  HINT: {h}");
    }
    if let Some(w) = db.where_() {
        s += &format!("\n  WHERE: {w}");
    }
    if let (Some(postgres::error::ErrorPosition::Original(pos)), Some(sql)) = (db.position(), sql) {
        let before: String = sql
            .chars()
            .take((*pos as usize).saturating_sub(1))
            .collect();
        let line_no = before.matches('\n').count() + 1;
        let line = sql.lines().nth(line_no - 1).unwrap_or("");
        s += &format!("\n  AT LINE {line_no}: {line}");
    }
    s
}

/// All files under `root` (recursively), keyed by relative path with '/' separators.
pub fn read_tree(root: &Path) -> Result<BTreeMap<String, Vec<u8>>, String> {
    let mut files = BTreeMap::new();
    if root.is_dir() {
        walk(root, root, &mut files)?;
    }
    Ok(files)
}

fn walk(root: &Path, dir: &Path, files: &mut BTreeMap<String, Vec<u8>>) -> Result<(), String> {
    let entries = fs::read_dir(dir).map_err(|e| format!("read_dir {}: {e}", dir.display()))?;
    for entry in entries {
        let entry = entry.map_err(|e| format!("read_dir {}: {e}", dir.display()))?;
        let path = entry.path();
        if path.is_dir() {
            walk(root, &path, files)?;
        } else {
            let rel = path
                .strip_prefix(root)
                .unwrap()
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/");
            let bytes = fs::read(&path).map_err(|e| format!("read {}: {e}", path.display()))?;
            files.insert(rel, bytes);
        }
    }
    Ok(())
}
