//! Step 2 of a case: prove the generated migrations on a real PostgreSQL with the library's
//! `verify::prove` (what `gen verify` runs): old.sql (+ seed.sql) -> the up files, each as ONE
//! query string like golang-migrate (`during.sql` after the expand files) -> catalog equal to
//! new.sql's -> check_up.sql -> the down files, descending -> catalog equal to old.sql's ->
//! check_down.sql.

use super::Case;
use super::server::{run_globals, server};
use gen_schema::Input;
use gen_schema::verify::{self, Databases, Failure, Proof};
use std::collections::BTreeMap;

pub fn prove(case: &Case, files: &BTreeMap<String, Vec<u8>>) -> Result<(), String> {
    let migrations = verify::migrations(files).map_err(|e| format!("step migrations: {e}"))?;
    let server = server()?;
    let globals = case.dir.join("globals.sql");
    if globals.is_file() {
        run_globals(server, &globals);
    }
    let read = |name: &str| -> Result<Option<Input>, String> {
        let path = case.dir.join(name);
        if path.is_file() {
            Input::read(&path.display().to_string())
                .map(Some)
                .map_err(|e| e.to_string())
        } else {
            Ok(None)
        }
    };
    let old = read("old.sql")?.ok_or("case has no old.sql")?;
    let new = read("new.sql")?.ok_or("case has no new.sql")?;
    let (seed, during, check_up, check_down) = (
        read("seed.sql")?,
        read("during.sql")?,
        read("check_up.sql")?,
        read("check_down.sql")?,
    );
    let proof = Proof {
        old: Some(&old),
        new: &new,
        migrations: &migrations,
        seed: seed.as_ref(),
        during: during.as_ref(),
        check_up: check_up.as_ref(),
        check_down: check_down.as_ref(),
    };
    let dbs = Databases::with_prefix(&format!("c{}_", case.index));
    match verify::prove(server, &dbs, &proof, &mut |_| {}) {
        Ok(catalogs) if catalogs.old == catalogs.new && !migrations.is_empty() => Err(format!(
            "step migrations: old.sql and new.sql have equal catalogs, yet migrations were \
             written (expected none): {}",
            migrations
                .iter()
                .map(|m| m.up_path.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        )),
        Ok(_) => {
            dbs.drop_all(server);
            Ok(())
        }
        // Keep the databases for inspection (an own cluster is removed at exit anyway).
        Err(e) => {
            let step = match e {
                Failure::Setup(_) => "step setup: INVALID case",
                Failure::Mismatch(_) => "step migrations",
            };
            Err(format!(
                "{step}: {e}\n(databases {}, {}, {} on {})",
                dbs.old,
                dbs.new,
                dbs.work,
                server.describe()
            ))
        }
    }
}
