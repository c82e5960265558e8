//! A schema history, migration by migration: `tests/history/migrations/NNN_name.sql` are the
//! hand-written migrations of an application's schema (a SaaS app: accounts, users, projects,
//! tasks, comments, billing, a partitioned audit log, ...), applied in order to a real
//! PostgreSQL as a team applies them (statement by statement, as `psql -f`); an optional
//! `NNN_name.data.sql` beside one is what the application wrote after it (rows, updates). After
//! each step the database is dumped with `pg_dump -s`, plain and with `--clean --if-exists`, and
//! its data with `pg_dump --data-only`. Then, for both dump flavours:
//!
//! - every consecutive pair of dumps (from the empty database's on) and the first dump -> the
//!   last: `gen diff OLD NEW` (the real binary, golang-migrate layout) must write migrations
//!   that take a database built from OLD, holding the rows of that step, to NEW's catalog (up)
//!   and back to OLD's (down), on a real PostgreSQL with `gen_schema::verify`; the rows must
//!   survive both ways (every table's rows, compared on the columns both steps have with the
//!   same kind of type). `--allow-data-loss` is given only where the step really drops
//!   something (a table, column, enum type or label, or extension of OLD is gone in NEW: found
//!   by object identity in the catalog), and there `gen diff` without it must refuse;
//! - a rename (a table or a column whose identity survives under another name) gets the
//!   `-- @renamed from=OLD` line a user would write, before the table's `CREATE TABLE` or the
//!   column's line in NEW;
//! - every dump diffed against itself, and the plain dump against the clean one, plans nothing.
//!
//! Adding a migration to the history is adding its file (and data file): nothing here names a
//! step. Known failures are listed in `EXPECTED_FAILURES` with their reason (a listed trial fails
//! when it passes).
//!
//! Run: `cargo test --release --test history [FILTER]` (same environment as `cases`).

mod support;

use gen_schema::Input;
use gen_schema::dialect::postgres::quote_ident;
use gen_schema::verify::{self, Direction, Server};
use libtest_mimic::{Arguments, Failed, Trial};
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use support::Case;

/// The dump flavours: name and pg_dump flags.
const FLAVOURS: &[(&str, &[&str])] = &[("plain", &[]), ("clean", &["--clean", "--if-exists"])];

/// Offset for database names, apart from the other runners'.
const INDEX_BASE: usize = 9000;

/// Known failures: (trial, reason, text every failure message of the trial contains).
const EXPECTED_FAILURES: &[(&str, &str, &str)] = &[];

fn top() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn migrations_dir() -> PathBuf {
    top().join("tests/history/migrations")
}

/// One migration of the history, and the application's writes after it.
struct Step {
    name: String,
    migration: PathBuf,
    data: Option<PathBuf>,
}

fn steps() -> Result<Vec<Step>, String> {
    let dir = migrations_dir();
    let mut names: Vec<String> = fs::read_dir(&dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".sql") && !n.ends_with(".data.sql"))
        .collect();
    names.sort();
    Ok(names
        .into_iter()
        .map(|n| {
            let stem = n.trim_end_matches(".sql").to_string();
            let data = dir.join(format!("{stem}.data.sql"));
            Step {
                migration: dir.join(&n),
                data: data.is_file().then_some(data),
                name: stem,
            }
        })
        .collect())
}

/// A table (or partitioned table) of one state, by its identity (oid).
#[derive(Clone, Debug)]
struct Table {
    schema: String,
    name: String,
    partition: bool,
    /// attnum -> column
    columns: BTreeMap<i32, Column>,
    /// The rows, each column's text (NULL as None), in attnum order, sorted.
    rows: Vec<Vec<Option<String>>>,
}

#[derive(Clone, Debug)]
struct Column {
    name: String,
    /// The kind of its type (domains by their base type; integer types are one kind, text and
    /// varchar are one): columns whose kind changes are not compared by value.
    kind: String,
}

impl Table {
    fn qualified(&self) -> String {
        format!("{}.{}", quote_ident(&self.schema), quote_ident(&self.name))
    }
}

/// The database after one step.
struct State {
    label: String,
    /// The schema dumps, by flavour (same order as FLAVOURS).
    dumps: Vec<PathBuf>,
    /// `pg_dump --data-only` of the rows.
    data: PathBuf,
    tables: BTreeMap<u32, Table>,
    /// enum type oids, enum label oids, extension oids: what a drop would take away
    enums: BTreeSet<u32>,
    labels: BTreeSet<u32>,
    extensions: BTreeSet<u32>,
}

struct History {
    /// states[0] is the empty database, states[k] the one after step k.
    states: Vec<State>,
    _tmp: tempfile::TempDir,
}

static HISTORY: OnceLock<Result<History, String>> = OnceLock::new();

fn history() -> Result<&'static History, String> {
    HISTORY.get_or_init(build).as_ref().map_err(Clone::clone)
}

fn kind_of(ty: &str) -> String {
    match ty {
        "smallint" | "integer" | "bigint" => "integer".into(),
        "character varying" | "text" => "text".into(),
        other => other.into(),
    }
}

/// A database's tables by OID, and the OIDs of its enums, enum labels and extensions.
type Inspected = (BTreeMap<u32, Table>, [BTreeSet<u32>; 3]);

/// Reads the tables, columns, rows, enums and extensions of `db`.
fn inspect(client: &mut postgres::Client) -> Result<Inspected, String> {
    let err = |e: postgres::Error| verify::pg_error(&e, None);
    let mut tables = BTreeMap::new();
    for r in client
        .query(
            "SELECT c.oid, n.nspname::text, c.relname::text, c.relispartition
             FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE c.relkind IN ('r', 'p')
               AND n.nspname NOT IN ('pg_catalog', 'information_schema')
               AND n.nspname NOT LIKE 'pg_toast%'",
            &[],
        )
        .map_err(err)?
    {
        let oid: u32 = r.get(0);
        tables.insert(
            oid,
            Table {
                schema: r.get(1),
                name: r.get(2),
                partition: r.get(3),
                columns: BTreeMap::new(),
                rows: Vec::new(),
            },
        );
    }
    for r in client
        .query(
            "SELECT a.attrelid, a.attnum::int, a.attname::text,
                    format_type(CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE a.atttypid END, NULL)
             FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
             WHERE a.attnum > 0 AND NOT a.attisdropped",
            &[],
        )
        .map_err(err)?
    {
        let oid: u32 = r.get(0);
        if let Some(t) = tables.get_mut(&oid) {
            let ty: String = r.get(3);
            t.columns.insert(
                r.get(1),
                Column {
                    name: r.get(2),
                    kind: kind_of(&ty),
                },
            );
        }
    }
    for t in tables.values_mut() {
        let cols: Vec<String> = t
            .columns
            .values()
            .map(|c| format!("{}::text", quote_ident(&c.name)))
            .collect();
        t.rows = select_rows(client, &t.qualified(), &cols)?;
    }
    let oids = |client: &mut postgres::Client, sql: &str| -> Result<BTreeSet<u32>, String> {
        Ok(client
            .query(sql, &[])
            .map_err(err)?
            .iter()
            .map(|r| r.get::<_, u32>(0))
            .collect())
    };
    let enums = oids(client, "SELECT oid FROM pg_type WHERE typtype = 'e'")?;
    let labels = oids(client, "SELECT oid FROM pg_enum")?;
    let extensions = oids(client, "SELECT oid FROM pg_extension")?;
    Ok((tables, [enums, labels, extensions]))
}

/// The rows of `table` as the texts of `cols` (expressions), sorted.
fn select_rows(
    client: &mut postgres::Client,
    table: &str,
    cols: &[String],
) -> Result<Vec<Vec<Option<String>>>, String> {
    let list = if cols.is_empty() {
        "NULL::text".to_string()
    } else {
        cols.join(", ")
    };
    let sql = format!("SELECT {list} FROM {table}");
    let mut rows: Vec<Vec<Option<String>>> = client
        .query(&sql, &[])
        .map_err(|e| verify::pg_error(&e, Some(&sql)))?
        .iter()
        .map(|r| {
            (0..r.len())
                .map(|i| r.get::<_, Option<String>>(i))
                .collect()
        })
        .collect();
    if cols.is_empty() {
        rows.iter_mut().for_each(Vec::clear);
    }
    rows.sort();
    Ok(rows)
}

fn pg_dump_data(server: &Server, db: &str) -> Result<String, String> {
    let pg_dump = server.pg_dump()?;
    let out = Command::new(&pg_dump)
        .args(["--data-only", "--column-inserts", "--disable-triggers"])
        .arg("--dbname")
        .arg(server.dsn(db))
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("cannot run {}: {e}", pg_dump.display()))?;
    if !out.status.success() {
        return Err(format!(
            "pg_dump --data-only {db} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    String::from_utf8(out.stdout).map_err(|_| "pg_dump wrote text that is not UTF-8".into())
}

fn apply(server: &Server, db: &str, file: &Path) -> Result<(), String> {
    let text = fs::read_to_string(file).map_err(|e| format!("{}: {e}", file.display()))?;
    let mut client = server.connect(db)?;
    verify::apply_script(
        &mut client,
        &Input {
            path: file.display().to_string(),
            text,
        },
    )
}

/// Applies the history step by step and records each state.
fn build() -> Result<History, String> {
    let server = support::server::server()?;
    let tmp = tempfile::Builder::new()
        .prefix("gen-history-")
        .tempdir()
        .map_err(|e| e.to_string())?;
    let db = format!("h{INDEX_BASE}_history");
    server.recreate_db(&db, None)?;
    let mut states = Vec::new();
    let steps = steps()?;
    if steps.is_empty() {
        return Err(format!("no migrations in {}", migrations_dir().display()));
    }
    for k in 0..=steps.len() {
        let label = if k == 0 {
            "the empty database".to_string()
        } else {
            let step = &steps[k - 1];
            apply(server, &db, &step.migration)
                .map_err(|e| format!("migration {} failed:\n{e}", step.name))?;
            if let Some(data) = &step.data {
                apply(server, &db, data)
                    .map_err(|e| format!("data of {} failed:\n{e}", step.name))?;
            }
            step.name.clone()
        };
        let mut dumps = Vec::new();
        for (flavour, flags) in FLAVOURS {
            let path = tmp.path().join(format!("{k:03}_{flavour}.sql"));
            fs::write(&path, server.dump_schema(&db, flags)?).map_err(|e| e.to_string())?;
            dumps.push(path);
        }
        let data = tmp.path().join(format!("{k:03}_data.sql"));
        fs::write(&data, pg_dump_data(server, &db)?).map_err(|e| e.to_string())?;
        let (tables, [enums, labels, extensions]) = inspect(&mut server.connect(&db)?)?;
        states.push(State {
            label,
            dumps,
            data,
            tables,
            enums,
            labels,
            extensions,
        });
    }
    server.drop_db(&db);
    Ok(History { states, _tmp: tmp })
}

/// What of `old` is gone in `new`, by identity: the drops that need `--allow-data-loss`.
fn drops(old: &State, new: &State) -> Vec<String> {
    let mut out = Vec::new();
    for (oid, t) in &old.tables {
        match new.tables.get(oid) {
            None => out.push(format!("table {}", t.qualified())),
            Some(n) => {
                for (num, c) in &t.columns {
                    if !n.columns.contains_key(num) {
                        out.push(format!("column {}.{}", t.qualified(), c.name));
                    }
                }
            }
        }
    }
    for (what, a, b) in [
        ("enum type", &old.enums, &new.enums),
        ("enum label", &old.labels, &new.labels),
        ("extension", &old.extensions, &new.extensions),
    ] {
        let gone = a.difference(b).count();
        if gone > 0 {
            out.push(format!("{gone} {what}(s)"));
        }
    }
    out
}

/// The renames from `old` to `new`: tables (new table, old name) and columns (new table, new
/// column, old column), by identity.
struct Renames {
    tables: Vec<(u32, String)>,
    columns: Vec<(u32, String, String)>,
}

fn renames(old: &State, new: &State) -> Renames {
    let mut r = Renames {
        tables: Vec::new(),
        columns: Vec::new(),
    };
    for (oid, t) in &old.tables {
        let Some(n) = new.tables.get(oid) else {
            continue;
        };
        if n.name != t.name && n.schema == t.schema {
            r.tables.push((*oid, t.name.clone()));
        }
        if n.partition {
            // a partition's columns are its parent's: the parent's line carries the rename
            continue;
        }
        for (num, c) in &t.columns {
            if let Some(nc) = n.columns.get(num)
                && nc.name != c.name
            {
                r.columns.push((*oid, nc.name.clone(), c.name.clone()));
            }
        }
    }
    r
}

/// `dump` with the `-- @renamed from=OLD` lines of `renames` added, as a user writes them: before
/// the table's `CREATE TABLE` line, before the column's line in it.
fn with_directives(dump: &str, renames: &Renames, new: &State) -> Result<String, String> {
    let mut wanted_tables: BTreeMap<String, &str> = BTreeMap::new();
    for (oid, old_name) in &renames.tables {
        wanted_tables.insert(new.tables[oid].qualified(), old_name);
    }
    let mut wanted_columns: BTreeMap<(String, String), &str> = BTreeMap::new();
    for (oid, col, old_col) in &renames.columns {
        wanted_columns.insert((new.tables[oid].qualified(), quote_ident(col)), old_col);
    }
    let mut out = String::new();
    let mut placed = 0;
    let mut in_table: Option<String> = None;
    for line in dump.split_inclusive('\n') {
        let create = ["CREATE TABLE ", "CREATE UNLOGGED TABLE "]
            .iter()
            .find_map(|p| line.strip_prefix(p))
            .and_then(|rest| rest.split_whitespace().next())
            .map(str::to_string);
        if let Some(name) = create {
            if let Some(old) = wanted_tables.get(&name) {
                out.push_str(&format!("-- @renamed from={}\n", quote_ident(old)));
                placed += 1;
            }
            in_table = Some(name);
        } else if line.starts_with(')') {
            in_table = None;
        } else if let Some(table) = &in_table
            && let Some(rest) = line.strip_prefix("    ")
            && let Some(col) = rest.split_whitespace().next()
            && let Some(old) = wanted_columns.get(&(table.clone(), col.to_string()))
        {
            out.push_str(&format!("    -- @renamed from={}\n", quote_ident(old)));
            placed += 1;
        }
        out.push_str(line);
    }
    let wanted = wanted_tables.len() + wanted_columns.len();
    if placed != wanted {
        return Err(format!(
            "placed {placed} of {wanted} @renamed lines in the dump (tables {:?}, columns {:?})",
            wanted_tables, wanted_columns
        ));
    }
    Ok(out)
}

/// Runs `gen diff OLD NEW --plan ARGS`.
fn gen_plan(old: &Path, new: &Path, args: &[&str]) -> Result<(i32, String, String), String> {
    let out = Command::new(support::generate::generator())
        .arg("diff")
        .arg(old)
        .arg(new)
        .arg("--plan")
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .map_err(|e| format!("cannot run gen: {e}"))?;
    Ok((
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    ))
}

/// The rows of each table of `old` that still exists in `at` (the state the work database
/// should now have the shape of): the work database's rows, read under `at`'s names, must
/// equal `old`'s on the columns of a kind both have.
fn compare_rows(
    work: &mut postgres::Client,
    old: &State,
    new: &State,
    at: Direction,
) -> Result<(), String> {
    let mut problems = Vec::new();
    for (oid, t) in &old.tables {
        let Some(n) = new.tables.get(oid) else {
            continue;
        };
        // columns of old in both states, with the same kind of type
        let common: Vec<(i32, &Column, &Column)> = t
            .columns
            .iter()
            .filter_map(|(num, c)| {
                let nc = n.columns.get(num)?;
                (nc.kind == c.kind).then_some((*num, c, nc))
            })
            .collect();
        let (table, cols): (String, Vec<String>) = match at {
            Direction::Up => (
                n.qualified(),
                common
                    .iter()
                    .map(|(_, _, nc)| format!("{}::text", quote_ident(&nc.name)))
                    .collect(),
            ),
            Direction::Down => (
                t.qualified(),
                common
                    .iter()
                    .map(|(_, c, _)| format!("{}::text", quote_ident(&c.name)))
                    .collect(),
            ),
        };
        let positions: Vec<usize> = common
            .iter()
            .map(|(num, _, _)| t.columns.keys().position(|k| k == num).unwrap())
            .collect();
        let mut want: Vec<Vec<Option<String>>> = t
            .rows
            .iter()
            .map(|r| positions.iter().map(|&p| r[p].clone()).collect())
            .collect();
        want.sort();
        let got = select_rows(work, &table, &cols)?;
        if got != want {
            problems.push(format!(
                "rows of {table} ({} of them before) differ on columns [{}]:\n  want {:?}\n  got  {:?}",
                want.len(),
                cols.join(", "),
                want,
                got
            ));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

/// One round trip: `gen diff` from state `a` to state `b` with dumps of `flavour`, proven up
/// and down with the rows of `a`. The case folder (old.sql, new.sql, seed.sql, args) is kept
/// when it fails, to run again with `gen diff` or the `cases` runner.
fn round_trip(index: usize, a: usize, b: usize, flavour: usize) -> Result<(), String> {
    let tmp = tempfile::Builder::new()
        .prefix("gen-history-case-")
        .tempdir()
        .map_err(|e| e.to_string())?;
    round_trip_in(tmp.path(), index, a, b, flavour).map_err(|e| {
        let kept = tmp.keep();
        format!(
            "{e}
(the case is kept in {})",
            kept.display()
        )
    })
}

fn round_trip_in(
    dir: &Path,
    index: usize,
    a: usize,
    b: usize,
    flavour: usize,
) -> Result<(), String> {
    let h = history()?;
    let (old, new) = (&h.states[a], &h.states[b]);
    let new_text = fs::read_to_string(&new.dumps[flavour]).map_err(|e| e.to_string())?;
    let new_text = with_directives(&new_text, &renames(old, new), new)?;
    fs::copy(&old.dumps[flavour], dir.join("old.sql")).map_err(|e| e.to_string())?;
    fs::write(dir.join("new.sql"), &new_text).map_err(|e| e.to_string())?;
    fs::copy(&old.data, dir.join("seed.sql")).map_err(|e| e.to_string())?;
    let dropped = drops(old, new);
    if !dropped.is_empty() {
        // gen must refuse without --allow-data-loss
        let (code, _, stderr) = gen_plan(&dir.join("old.sql"), &dir.join("new.sql"), &[])?;
        if code != 1 || !stderr.contains("--allow-data-loss") {
            return Err(format!(
                "{} -> {} drops {} but gen diff without --allow-data-loss exits {code}:\n{stderr}",
                old.label,
                new.label,
                dropped.join(", ")
            ));
        }
        fs::write(dir.join("args"), "--allow-data-loss\n").map_err(|e| e.to_string())?;
    }
    let case = Case {
        name: format!("{} -> {}", old.label, new.label),
        dir: dir.to_path_buf(),
        index,
    };
    let generated = support::generate::run_generator(&case)?;
    if generated.exit_code != 0 {
        return Err(format!(
            "gen diff {} -> {} exited {}:\n{}",
            old.label, new.label, generated.exit_code, generated.stderr
        ));
    }
    let migrations =
        verify::migrations(&generated.files).map_err(|e| format!("step migrations: {e}"))?;
    support::prove::prove_with(&case, &format!("h{index}_"), |proof| {
        let mut work = proof.connect()?;
        compare_rows(&mut work, old, new, Direction::Down)
            .map_err(|e| format!("the seeded work database: {e}"))?;
        for direction in [Direction::Up, Direction::Down] {
            verify::migrate(&mut work, &migrations, direction, None, &mut |_| {})
                .map_err(|e| format!("step migrations: {e}"))?;
            let applied: Vec<String> = migrations
                .iter()
                .map(|m| match direction {
                    Direction::Up => m.up_path.clone(),
                    Direction::Down => m.down_path.clone(),
                })
                .collect();
            proof.verify(direction, &applied, &[])?;
            compare_rows(&mut work, old, new, direction).map_err(|e| {
                format!(
                    "after the {} files: {e}",
                    if direction == Direction::Up {
                        "up"
                    } else {
                        "down"
                    }
                )
            })?;
        }
        Ok(())
    })
    .map_err(|e| {
        let files: Vec<&String> = generated.files.keys().collect();
        format!("{e}\n(migration files: {files:?})")
    })
}

/// Every dump of state `k` diffed against itself, and the plain against the clean one.
fn same(k: usize) -> Result<(), String> {
    let h = history()?;
    let s = &h.states[k];
    let mut pairs: Vec<(&PathBuf, &PathBuf)> = s.dumps.iter().map(|d| (d, d)).collect();
    pairs.push((&s.dumps[0], &s.dumps[1]));
    pairs.push((&s.dumps[1], &s.dumps[0]));
    let mut failures = Vec::new();
    for (a, b) in pairs {
        let (code, stdout, stderr) = gen_plan(a, b, &[])?;
        if code != 0 || !stdout.starts_with("No changes") {
            failures.push(format!(
                "gen diff {} {} plans changes (exit {code}):\n{stdout}{stderr}",
                a.file_name().unwrap().to_string_lossy(),
                b.file_name().unwrap().to_string_lossy()
            ));
        }
    }
    if failures.is_empty() {
        Ok(())
    } else {
        Err(failures.join("\n"))
    }
}

/// The verdict on a trial, against [`EXPECTED_FAILURES`].
fn judge(name: &str, result: Result<(), String>) -> Result<(), String> {
    match (
        EXPECTED_FAILURES.iter().find(|(n, _, _)| *n == name),
        result,
    ) {
        (None, r) => r,
        (Some((_, why, _)), Ok(())) => Err(format!(
            "listed as an expected failure ({why}), but passes: take it off EXPECTED_FAILURES \
             in tests/history.rs and the README"
        )),
        (Some((_, why, marker)), Err(e)) if e.contains(marker) => {
            eprintln!("{name}: expected failure ({why})");
            Ok(())
        }
        (Some((_, why, _)), Err(e)) => Err(format!(
            "expected failure ({why}), but it fails otherwise:\n{e}"
        )),
    }
}

/// Stops the throwaway cluster even if main unwinds.
struct Shutdown;

impl Drop for Shutdown {
    fn drop(&mut self) {
        support::server::shutdown();
    }
}

fn main() {
    let args = Arguments::from_args();
    let steps = steps().unwrap_or_else(|e| panic!("{e}"));
    assert!(
        steps.len() >= 2,
        "the history needs at least two migrations in {}",
        migrations_dir().display()
    );
    let n = steps.len();
    let mut names: Vec<String> = Vec::new();
    let mut trials = Vec::new();
    let mut index = INDEX_BASE;
    for (f, (flavour, _)) in FLAVOURS.iter().enumerate() {
        let mut pairs: Vec<(String, usize, usize)> = (1..=n)
            .map(|k| (format!("{flavour}/{}", steps[k - 1].name), k - 1, k))
            .collect();
        pairs.push((format!("{flavour}/first_to_last"), 1, n));
        for (name, a, b) in pairs {
            index += 1;
            let i = index;
            names.push(name.clone());
            trials.push(Trial::test(name.clone(), move || {
                judge(&name, round_trip(i, a, b, f)).map_err(Failed::from)
            }));
        }
    }
    for k in 0..=n {
        let name = if k == 0 {
            "same/empty".to_string()
        } else {
            format!("same/{}", steps[k - 1].name)
        };
        names.push(name.clone());
        trials.push(Trial::test(name.clone(), move || {
            judge(&name, same(k)).map_err(Failed::from)
        }));
    }
    for (name, _, _) in EXPECTED_FAILURES {
        assert!(
            names.iter().any(|n| n == name),
            "EXPECTED_FAILURES names {name}, which is no trial"
        );
    }
    let conclusion = {
        let _shutdown = Shutdown;
        libtest_mimic::run(&args, trials)
    };
    conclusion.exit();
}
