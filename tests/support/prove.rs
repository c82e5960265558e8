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

struct Dbs<'a> {
    server: &'a Server,
    names: [String; 3],
}

impl Dbs<'_> {
    fn drop_all(&self) {
        for db in &self.names {
            self.server.drop_db(db);
        }
    }
}

pub fn prove(case: &Case, files: &BTreeMap<String, Vec<u8>>) -> Result<(), String> {
    let (ups, downs) = migrations(files)?;
    let server = server()?;
    let prefix = format!("c{}_", case.index);
    let [ref_old, ref_new, work] = ["ref_old", "ref_new", "work"].map(|n| format!("{prefix}{n}"));
    let dbs = Dbs {
        server,
        names: [ref_old.clone(), ref_new.clone(), work.clone()],
    };
    let result = prove_in(case, server, &ups, &downs, &ref_old, &ref_new, &work);
    match result {
        Ok(()) => {
            dbs.drop_all();
            Ok(())
        }
        // Keep the databases for inspection (an own cluster is removed at exit anyway).
        Err(e) => Err(format!(
            "{e}\n(databases {ref_old}, {ref_new}, {work} on {})",
            server.describe()
        )),
    }
}

fn prove_in(
    case: &Case,
    server: &Server,
    ups: &[Migration],
    downs: &[Migration],
    ref_old: &str,
    ref_new: &str,
    work: &str,
) -> Result<(), String> {
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
    if old_catalog == new_catalog && !ups.is_empty() {
        return Err(format!(
            "step migrations: old.sql and new.sql have equal catalogs, yet migrations were \
             written (expected none): {}",
            ups.iter()
                .map(|m| m.rel.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    let mut client = server.connect(work)?;

    if file("check_down.sql").is_file() {
        run_checks(&mut client, &file("check_down.sql")).map_err(|e| {
            invalid(
                "check_down.sql on old.sql + seed.sql (before any migration)",
                e,
            )
        })?;
    }

    for (direction, migrations, reference, reference_name, check) in [
        ("up", ups, &new_catalog, "new.sql", "check_up.sql"),
        ("down", downs, &old_catalog, "old.sql", "check_down.sql"),
    ] {
        // during.sql: writes of the running (old) application between the expand phase and the
        // rest, e.g. to prove that triggers keep shadow columns in sync.
        let during = file("during.sql");
        let expand_files = migrations
            .iter()
            .take_while(|m| m.rel.contains("_expand"))
            .count();
        if direction == "up" && during.is_file() && expand_files == 0 {
            return Err(invalid(
                "during.sql",
                "the migrations have no expand phase to run it after".into(),
            ));
        }
        for (i, m) in migrations.iter().enumerate() {
            if direction == "up" && i == expand_files && during.is_file() {
                server.apply_file(work, &during).map_err(|e| {
                    format!("step up: during.sql after the expand files failed:\n{e}")
                })?;
            }
            client.batch_execute(&m.sql).map_err(|e| {
                format!(
                    "step {direction}: applying {} failed:\n{}",
                    m.rel,
                    pg_error(&e, Some(&m.sql))
                )
            })?;
        }
        let applied: Vec<&str> = migrations.iter().map(|m| m.rel.as_str()).collect();
        let actual = catalog(&mut client)?;
        if &actual != reference {
            return Err(format!(
                "step {direction}: catalog after {direction} migrations [{}] differs from \
                 {reference_name}:\n{}",
                applied.join(", "),
                unified_diff(
                    reference,
                    &actual,
                    reference_name,
                    &format!("work after {direction}")
                )
            ));
        }
        if file(check).is_file() {
            run_checks(&mut client, &file(check))
                .map_err(|e| format!("step {direction}: {check} failed: {e}"))?;
        }
    }
    Ok(())
}
