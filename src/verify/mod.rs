//! Proving migrations on a real PostgreSQL (`gen verify`, and the `cases` test runner).
//!
//! Three scratch databases: `old` built from the old schema (or empty), `new` built from the new
//! schema, `work` a copy of `old` (+ seed). The up files run on `work` in ascending version, each
//! as ONE simple-query string as golang-migrate sends it (optional `during` script after the
//! expand files: writes of the running old application); then the catalog of `work` must equal
//! the catalog of `new`. The down files run in descending version; then `work`'s catalog must
//! equal `old`'s. The catalog is one normalised line per object and property
//! ([`CATALOG_SQL`]), so a difference prints as a unified diff.

mod server;

pub use server::{Server, pg_program};

use crate::Input;
use postgres::SimpleQueryMessage;
use std::collections::BTreeMap;
use std::fmt;
use std::fs;
use std::path::Path;

/// The normalised catalog query (one `line` per object or object property).
pub const CATALOG_SQL: &str = include_str!("catalog.sql");

/// Reads the catalog of the database `client` is connected to: sorted lines, with newlines inside
/// a line (function bodies, view definitions) escaped as `\n`. Names are printed as the default
/// `search_path` sees them, whatever the session set (pg_dump's files empty it).
pub fn catalog(client: &mut postgres::Client) -> Result<String, String> {
    let failed = |e: postgres::Error| format!("catalog query failed: {}", pg_error(&e, None));
    let mut tx = client.transaction().map_err(failed)?;
    tx.batch_execute("SET LOCAL search_path TO DEFAULT")
        .map_err(failed)?;
    let rows = tx.query(CATALOG_SQL, &[]).map_err(failed)?;
    tx.rollback().map_err(failed)?;
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

/// A readable PostgreSQL error: severity, message, SQLSTATE, detail, hint, and where it happened
/// (the line of `sql`, when given).
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

/// Runs a script statement by statement (as `psql -v ON_ERROR_STOP=1 -f` does), each statement
/// its own simple query, so statements that refuse transaction blocks work. The error shows the
/// failing statement (file:line:col and a caret under it, or under the position PostgreSQL names)
/// with PostgreSQL's message, detail and hint.
pub fn apply_script(client: &mut postgres::Client, script: &Input) -> Result<(), String> {
    let text = crate::parse::blank_meta_commands(&script.text);
    let statements = crate::parse::statements(&script.path, &text).map_err(|e| e.to_string())?;
    for st in &statements {
        let sql = st.text(&text);
        if let Err(e) = client.batch_execute(sql) {
            let Some(db) = e.as_db_error() else {
                return Err(format!("{}:{}:{}: {e}", script.path, st.line, st.column));
            };
            // A position PostgreSQL gives (1-based, in characters of the statement) narrows the
            // caret to the word there.
            let span = match db.position() {
                Some(postgres::error::ErrorPosition::Original(pos)) => sql
                    .char_indices()
                    .nth((*pos as usize).saturating_sub(1))
                    .map(|(i, _)| crate::diagnostic::word_at(&text, st.span.start + i))
                    .unwrap_or(st.span.clone()),
                _ => st.span.clone(),
            };
            let mut notes = Vec::new();
            for (label, value) in [
                ("detail", db.detail()),
                ("hint", db.hint()),
                ("where", db.where_()),
            ] {
                if let Some(v) = value {
                    notes.push((crate::diagnostic::Kind::Note, format!("{label}: {v}")));
                }
            }
            let d = crate::diagnostic::Diagnostic {
                kind: crate::diagnostic::Kind::Error,
                code: Some(db.code().code()),
                title: format!("PostgreSQL: {}", db.message()),
                file: &script.path,
                text: &text,
                first_line: 1,
                span,
                label: None,
                notes,
                help: Vec::new(),
            };
            return Err(d.render(false));
        }
    }
    Ok(())
}

/// Runs the queries of a check script in a transaction that is rolled back; every row it returns
/// must be a single `true`.
pub fn run_checks(client: &mut postgres::Client, script: &Input) -> Result<(), String> {
    let sql = &script.text;
    client
        .batch_execute("BEGIN")
        .map_err(|e| pg_error(&e, None))?;
    let result = client.simple_query(sql);
    let _ = client.batch_execute("ROLLBACK");
    let messages = result.map_err(|e| format!("query failed: {}", pg_error(&e, Some(sql))))?;
    let mut statement = 1;
    let mut bad = Vec::new();
    for message in messages {
        match message {
            SimpleQueryMessage::Row(row) => {
                let values: Vec<String> = (0..row.len())
                    .map(|i| {
                        let name = row.columns()[i].name();
                        format!("{name}={}", row.get(i).unwrap_or("NULL"))
                    })
                    .collect();
                if row.len() != 1 || row.get(0) != Some("t") {
                    bad.push(format!(
                        "query #{statement} returned ({})",
                        values.join(", ")
                    ));
                }
            }
            SimpleQueryMessage::CommandComplete(_) => statement += 1,
            _ => {}
        }
    }
    if bad.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "rows that are not a single true:\n  {}\n{} was:\n{}",
            bad.join("\n  "),
            script.path,
            sql.trim_end()
        ))
    }
}

/// One golang-migrate migration: `<version>_<name>.up.sql` and its `.down.sql`.
#[derive(Debug, Clone)]
pub struct Migration {
    pub version: u64,
    /// The up file's path (relative to the migrations folder), for messages.
    pub up_path: String,
    pub up: String,
    pub down_path: String,
    pub down: String,
}

/// Pairs the `*.up.sql` and `*.down.sql` files of a migrations folder (paths relative to it,
/// any depth) by version, ascending. Other files are ignored.
pub fn migrations(files: &BTreeMap<String, Vec<u8>>) -> Result<Vec<Migration>, String> {
    let mut ups: BTreeMap<u64, (String, String)> = BTreeMap::new();
    let mut downs: BTreeMap<u64, (String, String)> = BTreeMap::new();
    for (rel, bytes) in files {
        let base = rel.rsplit('/').next().unwrap_or(rel);
        let (map, kind) = if base.ends_with(".up.sql") {
            (&mut ups, "up")
        } else if base.ends_with(".down.sql") {
            (&mut downs, "down")
        } else {
            continue;
        };
        let digits: String = base.chars().take_while(char::is_ascii_digit).collect();
        let version = digits
            .parse::<u64>()
            .ok()
            .filter(|_| base[digits.len()..].starts_with('_'))
            .ok_or_else(|| format!("{rel} is not named <version>_<name>.{kind}.sql"))?;
        let sql = String::from_utf8(bytes.clone()).map_err(|_| format!("{rel} is not UTF-8"))?;
        if let Some((other, _)) = map.insert(version, (rel.clone(), sql)) {
            return Err(format!("{other} and {rel} have the same version {version}"));
        }
    }
    if let Some((version, (rel, _))) = downs.iter().find(|(v, _)| !ups.contains_key(v)) {
        return Err(format!("{rel} has no matching .up.sql (version {version})"));
    }
    ups.into_iter()
        .map(|(version, (up_path, up))| {
            let (down_path, down) = downs.remove(&version).ok_or_else(|| {
                format!("{up_path} has no matching .down.sql (version {version})")
            })?;
            Ok(Migration {
                version,
                up_path,
                up,
                down_path,
                down,
            })
        })
        .collect()
}

/// All files under `root` (recursively), keyed by relative path with '/' separators. A missing
/// folder is empty.
pub fn read_tree(root: &Path) -> Result<BTreeMap<String, Vec<u8>>, String> {
    fn walk(root: &Path, dir: &Path, files: &mut BTreeMap<String, Vec<u8>>) -> Result<(), String> {
        let entries =
            fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
        for entry in entries {
            let entry = entry.map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
            let path = entry.path();
            if path.is_dir() {
                walk(root, &path, files)?;
            } else {
                let rel = path
                    .strip_prefix(root)
                    .expect("under root")
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect::<Vec<_>>()
                    .join("/");
                let bytes =
                    fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
                files.insert(rel, bytes);
            }
        }
        Ok(())
    }
    let mut files = BTreeMap::new();
    if root.is_dir() {
        walk(root, root, &mut files)?;
    }
    Ok(files)
}

/// The schemas and data of a proof, whichever tool applies the migrations.
pub struct Inputs<'a> {
    /// The old schema; `None`: an empty database.
    pub old: Option<&'a Input>,
    pub new: &'a Input,
    /// Rows put into the work database before the first up file.
    pub seed: Option<&'a Input>,
    /// Queries that must each return one `true` after the ups, and after the downs (and before
    /// any migration, on the old schema with the seed).
    pub check_up: Option<&'a Input>,
    pub check_down: Option<&'a Input>,
}

/// What [`prove`] proves: golang-migrate files on [`Inputs`].
pub struct Proof<'a> {
    pub inputs: Inputs<'a>,
    pub migrations: &'a [Migration],
    /// Writes of the running old application, after the expand files (names with `_expand`).
    pub during: Option<&'a Input>,
}

impl Proof<'_> {
    /// How many steps [`prove`] reports when all goes well.
    pub fn step_count(&self) -> usize {
        // build old, build new, copy, ups, compare, downs, compare
        5 + 2 * self.migrations.len()
    }
}

/// Which way the migrations ran: afterwards the work database must equal the new schema (up)
/// or the old one (down).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
}

/// Why a proof failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// The inputs themselves are bad (a schema file that PostgreSQL rejects, a failing seed)
    /// or the server failed: not a verdict on the migrations.
    Setup(String),
    /// The migrations are wrong: one failed, or a catalog differs (with the diff).
    Mismatch(String),
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Failure::Setup(s) | Failure::Mismatch(s) => f.write_str(s),
        }
    }
}

/// The three scratch databases of one proof.
pub struct Databases {
    pub old: String,
    pub new: String,
    pub work: String,
}

impl Databases {
    /// `{prefix}old`, `{prefix}new`, `{prefix}work`.
    pub fn with_prefix(prefix: &str) -> Databases {
        Databases {
            old: format!("{prefix}old"),
            new: format!("{prefix}new"),
            work: format!("{prefix}work"),
        }
    }

    pub fn drop_all(&self, server: &Server) {
        for db in [&self.work, &self.new, &self.old] {
            server.drop_db(db);
        }
    }
}

const EMPTY: &str = "the empty database";

/// The catalogs of the old and the new schema, as a proof read them.
pub struct Catalogs {
    pub old: String,
    pub new: String,
}

/// Runs the proof on `server` in the scratch databases `dbs` (created, replacing any of the same
/// name; left in place: the caller drops them or keeps them to inspect): [`prepare`], the ups
/// ([`migrate`]), [`check`], the downs, [`check`]. `on_step` is called after each step that
/// passed, with a one-line description.
pub fn prove(
    server: &Server,
    dbs: &Databases,
    proof: &Proof,
    on_step: &mut dyn FnMut(&str),
) -> Result<Catalogs, Failure> {
    let inputs = &proof.inputs;
    let catalogs = prepare(server, dbs, inputs, on_step)?;
    let mut work = server.connect(&dbs.work).map_err(Failure::Setup)?;
    for direction in [Direction::Up, Direction::Down] {
        migrate(
            &mut work,
            proof.migrations,
            direction,
            proof.during,
            on_step,
        )?;
        check(&mut work, inputs, &catalogs, direction, &[])?;
        on_step(&format!(
            "catalog after the {} files equals {}",
            direction.files(),
            inputs.name(direction)
        ));
    }
    Ok(catalogs)
}

/// Sets up a proof's databases: `old` built from the old schema (or empty), `new` from the new
/// one, `work` a copy of `old` plus the seed, on which `check_down` must already hold. Returns
/// the reference catalogs; the migrations are then applied to `work` (by [`migrate`] or by the
/// migration tool itself) and judged by [`check`].
pub fn prepare(
    server: &Server,
    dbs: &Databases,
    inputs: &Inputs,
    on_step: &mut dyn FnMut(&str),
) -> Result<Catalogs, Failure> {
    let setup = Failure::Setup;
    let old_name = inputs.name(Direction::Down);

    server.recreate_db(&dbs.old, None).map_err(setup)?;
    if let Some(old) = inputs.old {
        let mut client = server.connect(&dbs.old).map_err(setup)?;
        apply_script(&mut client, old)
            .map_err(|e| Failure::Setup(format!("building the old schema failed:\n{e}")))?;
    }
    on_step(&format!("built the old database from {old_name}"));
    server.recreate_db(&dbs.new, None).map_err(setup)?;
    let mut client = server.connect(&dbs.new).map_err(setup)?;
    apply_script(&mut client, inputs.new)
        .map_err(|e| Failure::Setup(format!("building the new schema failed:\n{e}")))?;
    drop(client);
    // A new connection: the file's session settings (pg_dump's empty search_path) would change
    // how the catalog writes names.
    let new_catalog = catalog(&mut server.connect(&dbs.new).map_err(setup)?).map_err(setup)?;
    on_step(&format!("built the new database from {}", inputs.new.path));

    // work is a copy of old (cheaper than building it again), plus the seed.
    let old_catalog = catalog(&mut server.connect(&dbs.old).map_err(setup)?).map_err(setup)?;
    server
        .recreate_db(&dbs.work, Some(&dbs.old))
        .map_err(setup)?;
    let mut work = server.connect(&dbs.work).map_err(setup)?;
    if let Some(seed) = inputs.seed {
        apply_script(&mut work, seed)
            .map_err(|e| Failure::Setup(format!("the seed failed:\n{e}")))?;
    }
    if let Some(check) = inputs.check_down {
        run_checks(&mut work, check).map_err(|e| {
            Failure::Setup(format!("{} fails before any migration: {e}", check.path))
        })?;
    }
    on_step(&format!(
        "copied the old database to the work database{}",
        inputs
            .seed
            .map(|s| format!(" and applied {}", s.path))
            .unwrap_or_default()
    ));
    Ok(Catalogs {
        old: old_catalog,
        new: new_catalog,
    })
}

/// Applies golang-migrate files to `work` as golang-migrate does: each file ONE simple-query
/// string; ups in ascending version (`during` after the expand files, the files named
/// `_expand`), downs in descending version.
pub fn migrate(
    work: &mut postgres::Client,
    migrations: &[Migration],
    direction: Direction,
    during: Option<&Input>,
    on_step: &mut dyn FnMut(&str),
) -> Result<(), Failure> {
    let apply = |work: &mut postgres::Client, path: &str, sql: &str| {
        work.batch_execute(sql).map_err(|e| {
            Failure::Mismatch(format!(
                "applying {path} failed:\n{}",
                pg_error(&e, Some(sql))
            ))
        })
    };
    if direction == Direction::Down {
        for m in migrations.iter().rev() {
            apply(work, &m.down_path, &m.down)?;
            on_step(&format!("down {}", m.down_path));
        }
        return Ok(());
    }
    let expand_files = migrations
        .iter()
        .take_while(|m| m.up_path.contains("_expand"))
        .count();
    if during.is_some() && expand_files == 0 {
        return Err(Failure::Setup(
            "a during script needs expand files to run after; the migrations have none".into(),
        ));
    }
    for (i, m) in migrations.iter().enumerate() {
        if let (Some(during), true) = (during, i == expand_files) {
            apply_script(work, during).map_err(|e| {
                Failure::Mismatch(format!(
                    "{} after the expand files failed:\n{e}",
                    during.path
                ))
            })?;
            on_step(&format!("applied {} after the expand files", during.path));
        }
        apply(work, &m.up_path, &m.up)?;
        on_step(&format!("up   {}", m.up_path));
    }
    Ok(())
}

/// After the ups (the downs): the catalog of `work` must equal the new (old) schema's, leaving
/// out the lines that name one of the tables `leave_out` (a migration tool's own table of
/// applied migrations), and `check_up` (`check_down`) must hold.
pub fn check(
    work: &mut postgres::Client,
    inputs: &Inputs,
    catalogs: &Catalogs,
    direction: Direction,
    leave_out: &[&str],
) -> Result<(), Failure> {
    let (expected, script) = match direction {
        Direction::Up => (&catalogs.new, inputs.check_up),
        Direction::Down => (&catalogs.old, inputs.check_down),
    };
    let when = format!("after the {} files", direction.files());
    let actual = without_tables(&catalog(work).map_err(Failure::Setup)?, leave_out);
    if actual != *expected {
        let name = inputs.name(direction);
        return Err(Failure::Mismatch(format!(
            "the catalog {when} differs from {name} (- {name}, + the migrated database):\n{}",
            unified_diff(expected, &actual, name, &format!("migrated, {when}"))
        )));
    }
    if let Some(script) = script {
        run_checks(work, script)
            .map_err(|e| Failure::Mismatch(format!("{} failed {when}: {e}", script.path)))?;
    }
    Ok(())
}

/// `catalog` without the lines that name one of `tables`.
pub fn without_tables(catalog: &str, tables: &[&str]) -> String {
    if tables.is_empty() {
        return catalog.to_string();
    }
    catalog
        .lines()
        .filter(|line| !tables.iter().any(|t| line.contains(t)))
        .map(|line| format!("{line}\n"))
        .collect()
}

impl Direction {
    fn files(self) -> &'static str {
        match self {
            Direction::Up => "up",
            Direction::Down => "down",
        }
    }
}

impl Inputs<'_> {
    /// The name of the schema the work database must equal after going `direction`.
    fn name(&self, direction: Direction) -> &str {
        match direction {
            Direction::Up => &self.new.path,
            Direction::Down => self.old.map_or(EMPTY, |i| i.path.as_str()),
        }
    }
}
