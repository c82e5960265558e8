//! Step 2 of a case: prove the generated migrations on a real PostgreSQL.
//!
//! ref_old <- old.sql, ref_new <- new.sql, work <- old.sql + seed.sql (psql, statement
//! by statement). Then the `*.up.sql` files, ascending version, each as ONE simple-query
//! string like golang-migrate (with `during.sql`, the old application's writes, run after the
//! expand files); catalog(work) == catalog(ref_new); check_up.sql. Then the
//! `*.down.sql` files, descending; catalog(work) == catalog(ref_old); check_down.sql.

use super::server::{Server, server};
use super::{Case, catalog, pg_error, unified_diff};
use postgres::SimpleQueryMessage;
use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

/// One golang-migrate migration file.
struct Migration {
    rel: String,
    sql: String,
}

/// Ups (ascending) and downs (descending) found under the out dir, recursively.
fn migrations(
    files: &BTreeMap<String, Vec<u8>>,
) -> Result<(Vec<Migration>, Vec<Migration>), String> {
    let mut ups: BTreeMap<u64, Migration> = BTreeMap::new();
    let mut downs: BTreeMap<u64, Migration> = BTreeMap::new();
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
            .ok_or_else(|| {
                format!("step migrations: {rel} is not named <version>_<name>.{kind}.sql")
            })?;
        let sql = String::from_utf8(bytes.clone())
            .map_err(|_| format!("step migrations: {rel} is not UTF-8"))?;
        let m = Migration {
            rel: rel.clone(),
            sql,
        };
        if let Some(other) = map.insert(version, m) {
            return Err(format!(
                "step migrations: {} and {rel} have the same version {version}",
                other.rel
            ));
        }
    }
    for (version, up) in &ups {
        if !downs.contains_key(version) {
            return Err(format!(
                "step migrations: {} has no matching .down.sql (version {version})",
                up.rel
            ));
        }
    }
    for (version, down) in &downs {
        if !ups.contains_key(version) {
            return Err(format!(
                "step migrations: {} has no matching .up.sql (version {version})",
                down.rel
            ));
        }
    }
    Ok((
        ups.into_values().collect(),
        downs.into_values().rev().collect(),
    ))
}

/// Runs the queries of a check file in a transaction that is rolled back; every row
/// must be a single `true`.
fn run_checks(client: &mut postgres::Client, file: &Path) -> Result<(), String> {
    let sql = fs::read_to_string(file).map_err(|e| format!("read {}: {e}", file.display()))?;
    client
        .batch_execute("BEGIN")
        .map_err(|e| pg_error(&e, None))?;
    let result = client.simple_query(&sql);
    let _ = client.batch_execute("ROLLBACK");
    let messages = result.map_err(|e| format!("query failed: {}", pg_error(&e, Some(&sql))))?;
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
            file.display(),
            sql.trim_end()
        ))
    }
}

/// The three databases of one proof: `ref_old` (old.sql), `ref_new` (new.sql) and `work`
/// (old.sql + seed.sql), with the reference catalogs.
pub struct Proof<'a> {
    pub case: &'a Case,
    pub server: &'a Server,
    pub work: String,
    pub old_catalog: String,
    pub new_catalog: String,
}

/// What a migration tool leaves in the database for itself (its table of applied migrations),
/// left out of the catalog comparison: catalog lines naming one of these tables are dropped.
pub type Bookkeeping = &'static [&'static str];

/// Which way a proof step goes.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
}

impl Proof<'_> {
    fn file(&self, name: &str) -> std::path::PathBuf {
        self.case.dir.join(name)
    }

    /// After all ups (or downs): the work catalog equals new.sql's (old.sql's), then
    /// check_up.sql (check_down.sql) holds.
    pub fn verify(
        &self,
        direction: Direction,
        applied: &[String],
        bookkeeping: Bookkeeping,
    ) -> Result<(), String> {
        let (name, reference, reference_name, check) = match direction {
            Direction::Up => ("up", &self.new_catalog, "new.sql", "check_up.sql"),
            Direction::Down => ("down", &self.old_catalog, "old.sql", "check_down.sql"),
        };
        let mut client = self.server.connect(&self.work)?;
        let actual = without(&catalog(&mut client)?, bookkeeping);
        if &actual != reference {
            return Err(format!(
                "step {name}: catalog after {name} migrations [{}] differs from \
                 {reference_name}:\n{}",
                applied.join(", "),
                unified_diff(
                    reference,
                    &actual,
                    reference_name,
                    &format!("work after {name}")
                )
            ));
        }
        if self.file(check).is_file() {
            run_checks(&mut client, &self.file(check))
                .map_err(|e| format!("step {name}: {check} failed: {e}"))?;
        }
        Ok(())
    }
}

/// `catalog` without the lines that name one of the `tables`.
fn without(catalog: &str, tables: Bookkeeping) -> String {
    if tables.is_empty() {
        return catalog.to_string();
    }
    catalog
        .lines()
        .filter(|line| !tables.iter().any(|t| line.contains(t)))
        .map(|line| format!("{line}\n"))
        .collect()
}

/// Builds the databases of a proof (named after `prefix`) and runs `steps` on them; they are
/// dropped when it succeeds and kept for inspection when it fails.
pub fn prove_with(
    case: &Case,
    prefix: &str,
    steps: impl FnOnce(&Proof<'_>) -> Result<(), String>,
) -> Result<(), String> {
    let server = server()?;
    let [ref_old, ref_new, work] = ["ref_old", "ref_new", "work"].map(|n| format!("{prefix}{n}"));
    let result = setup(case, server, &ref_old, &ref_new, &work).and_then(|(old, new)| {
        steps(&Proof {
            case,
            server,
            work: work.clone(),
            old_catalog: old,
            new_catalog: new,
        })
    });
    match result {
        Ok(()) => {
            for db in [&ref_old, &ref_new, &work] {
                server.drop_db(db);
            }
            Ok(())
        }
        // Keep the databases for inspection (an own cluster is removed at exit anyway).
        Err(e) => Err(format!(
            "{e}\n(databases {ref_old}, {ref_new}, {work} on {})",
            server.describe()
        )),
    }
}

pub fn prove(case: &Case, files: &BTreeMap<String, Vec<u8>>) -> Result<(), String> {
    let (ups, downs) = migrations(files)?;
    prove_with(case, &format!("c{}_", case.index), |proof| {
        if proof.old_catalog == proof.new_catalog && !ups.is_empty() {
            return Err(format!(
                "step migrations: old.sql and new.sql have equal catalogs, yet migrations were \
                 written (expected none): {}",
                ups.iter()
                    .map(|m| m.rel.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
        run_golang_migrate(proof, &ups, &downs)
    })
}

/// Proves golang-migrate files (`files` by relative path) on `proof`'s databases.
pub fn golang_migrate(proof: &Proof<'_>, files: &BTreeMap<String, Vec<u8>>) -> Result<(), String> {
    let (ups, downs) = migrations(files)?;
    run_golang_migrate(proof, &ups, &downs)
}

/// Creates the databases and returns the old and new reference catalogs; checks that
/// check_down.sql holds on old.sql + seed.sql before any migration.
fn setup(
    case: &Case,
    server: &Server,
    ref_old: &str,
    ref_new: &str,
    work: &str,
) -> Result<(String, String), String> {
    let file = |name: &str| case.dir.join(name);
    let globals = file("globals.sql");
    if globals.is_file() {
        server.run_globals(&globals);
    }
    let invalid = |what: &str, e: String| format!("step setup: INVALID case, {what} failed:\n{e}");

    server.recreate_db(ref_old, None)?;
    server
        .apply_file(ref_old, &file("old.sql"))
        .map_err(|e| invalid("old.sql", e))?;
    server.recreate_db(ref_new, None)?;
    server
        .apply_file(ref_new, &file("new.sql"))
        .map_err(|e| invalid("new.sql", e))?;
    // work is a copy of ref_old (cheaper than replaying old.sql), plus the seed.
    server.recreate_db(work, Some(ref_old))?;
    if file("seed.sql").is_file() {
        server
            .apply_file(work, &file("seed.sql"))
            .map_err(|e| invalid("seed.sql", e))?;
    }
    let old_catalog = catalog(&mut server.connect(ref_old)?)?;
    let new_catalog = catalog(&mut server.connect(ref_new)?)?;
    if file("check_down.sql").is_file() {
        run_checks(&mut server.connect(work)?, &file("check_down.sql")).map_err(|e| {
            invalid(
                "check_down.sql on old.sql + seed.sql (before any migration)",
                e,
            )
        })?;
    }
    Ok((old_catalog, new_catalog))
}

/// golang-migrate's way: every file as one query string, ups ascending (with `during.sql`
/// after the expand files), downs descending.
fn run_golang_migrate(
    proof: &Proof<'_>,
    ups: &[Migration],
    downs: &[Migration],
) -> Result<(), String> {
    let during = proof.file("during.sql");
    let mut client = proof.server.connect(&proof.work)?;
    for (direction, migrations) in [(Direction::Up, ups), (Direction::Down, downs)] {
        let name = if direction == Direction::Up {
            "up"
        } else {
            "down"
        };
        // during.sql: writes of the running (old) application between the expand phase and the
        // rest, e.g. to prove that triggers keep shadow columns in sync.
        let expand_files = migrations
            .iter()
            .take_while(|m| m.rel.contains("_expand"))
            .count();
        if direction == Direction::Up && during.is_file() && expand_files == 0 {
            return Err(
                "step setup: INVALID case, during.sql failed:\nthe migrations have no expand \
                 phase to run it after"
                    .to_string(),
            );
        }
        for (i, m) in migrations.iter().enumerate() {
            if direction == Direction::Up && i == expand_files && during.is_file() {
                proof.server.apply_file(&proof.work, &during).map_err(|e| {
                    format!("step up: during.sql after the expand files failed:\n{e}")
                })?;
            }
            client.batch_execute(&m.sql).map_err(|e| {
                format!(
                    "step {name}: applying {} failed:\n{}",
                    m.rel,
                    pg_error(&e, Some(&m.sql))
                )
            })?;
        }
        let applied: Vec<String> = migrations.iter().map(|m| m.rel.clone()).collect();
        proof.verify(direction, &applied, &[])?;
    }
    Ok(())
}
