//! Proving a case's migrations on a real PostgreSQL with the library's `gen_schema::verify` (what
//! `gen verify` runs). [`prepare`](verify::prepare) builds old.sql, new.sql and the work
//! database (old.sql + seed.sql, on which check_down.sql must already hold); the migrations run
//! on the work database; [`check`](verify::check) then wants its catalog equal to new.sql's and
//! check_up.sql to hold after the ups, old.sql's and check_down.sql after the downs.
//!
//! [`prove`] (the `cases` runner) applies golang-migrate files with the library's `prove`: each
//! file as ONE query string, `during.sql` after the expand files. [`prove_with`] (the `tools`
//! runner) sets the databases up and lets a migration tool apply its files.

use super::Case;
use super::server::{run_globals, server};
use gen_schema::Input;
use gen_schema::verify::{self, Catalogs, Databases, Failure, Inputs, Server};
use std::collections::BTreeMap;

pub use gen_schema::verify::Direction;

/// What a migration tool leaves in the database for itself (its table of applied migrations),
/// left out of the catalog comparison: catalog lines naming one of these tables are dropped.
pub type Bookkeeping = &'static [&'static str];

/// The files of a case folder that a proof reads.
struct Files {
    old: Input,
    new: Input,
    seed: Option<Input>,
    during: Option<Input>,
    check_up: Option<Input>,
    check_down: Option<Input>,
}

impl Files {
    /// Reads the case's files, after running its `globals.sql` (roles) on the server.
    fn read(case: &Case, server: &Server) -> Result<Files, String> {
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
        Ok(Files {
            old: read("old.sql")?.ok_or("case has no old.sql")?,
            new: read("new.sql")?.ok_or("case has no new.sql")?,
            seed: read("seed.sql")?,
            during: read("during.sql")?,
            check_up: read("check_up.sql")?,
            check_down: read("check_down.sql")?,
        })
    }

    fn inputs(&self) -> Inputs<'_> {
        Inputs {
            old: Some(&self.old),
            new: &self.new,
            seed: self.seed.as_ref(),
            check_up: self.check_up.as_ref(),
            check_down: self.check_down.as_ref(),
        }
    }
}

/// The error of a failed proof, with the databases kept for inspection (an own cluster is
/// removed at exit anyway).
fn kept(e: String, dbs: &Databases, server: &Server) -> String {
    format!(
        "{e}\n(databases {}, {}, {} on {})",
        dbs.old,
        dbs.new,
        dbs.work,
        server.describe()
    )
}

fn setup_failed(e: Failure) -> String {
    format!("step setup: INVALID case: {e}")
}

/// Step 2 of a case: the golang-migrate files `files` (by relative path) proven by the library's
/// `verify::prove`.
pub fn prove(case: &Case, files: &BTreeMap<String, Vec<u8>>) -> Result<(), String> {
    let migrations = verify::migrations(files).map_err(|e| format!("step migrations: {e}"))?;
    let server = server()?;
    let case_files = Files::read(case, server)?;
    let proof = verify::Proof {
        inputs: case_files.inputs(),
        migrations: &migrations,
        during: case_files.during.as_ref(),
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
        Err(e @ Failure::Setup(_)) => Err(kept(setup_failed(e), &dbs, server)),
        Err(e) => Err(kept(format!("step migrations: {e}"), &dbs, server)),
    }
}

/// A proof set up by [`prove_with`]: the work database (old.sql + seed.sql) ready for a
/// migration tool, and the reference catalogs to judge it by.
pub struct Prepared<'a> {
    pub server: &'a Server,
    pub dbs: &'a Databases,
    inputs: Inputs<'a>,
    during: Option<&'a Input>,
    catalogs: Catalogs,
}

impl Prepared<'_> {
    /// The name of the work database the tool migrates.
    pub fn work(&self) -> &str {
        &self.dbs.work
    }

    pub fn connect(&self) -> Result<postgres::Client, String> {
        self.server.connect(&self.dbs.work)
    }

    /// After all ups (or downs), `applied` being the tool's migrations: the work catalog, without
    /// the tool's `bookkeeping` tables, equals new.sql's (old.sql's), and check_up.sql
    /// (check_down.sql) holds.
    pub fn verify(
        &self,
        direction: Direction,
        applied: &[String],
        bookkeeping: Bookkeeping,
    ) -> Result<(), String> {
        let step = match direction {
            Direction::Up => "up",
            Direction::Down => "down",
        };
        verify::check(
            &mut self.connect()?,
            &self.inputs,
            &self.catalogs,
            direction,
            bookkeeping,
        )
        .map_err(|e| format!("step {step} (migrations {}): {e}", applied.join(", ")))
    }
}

/// Sets up the databases of a proof (named after `prefix`) and runs `steps` on them; they are
/// dropped when it succeeds and kept for inspection when it fails.
pub fn prove_with(
    case: &Case,
    prefix: &str,
    steps: impl FnOnce(&Prepared<'_>) -> Result<(), String>,
) -> Result<(), String> {
    let server = server()?;
    let files = Files::read(case, server)?;
    let inputs = files.inputs();
    let dbs = Databases::with_prefix(prefix);
    let result = verify::prepare(server, &dbs, &inputs, &mut |_| {})
        .map_err(setup_failed)
        .and_then(|catalogs| {
            steps(&Prepared {
                server,
                dbs: &dbs,
                inputs,
                during: files.during.as_ref(),
                catalogs,
            })
        });
    match result {
        Ok(()) => {
            dbs.drop_all(server);
            Ok(())
        }
        Err(e) => Err(kept(e, &dbs, server)),
    }
}

/// golang-migrate's way, with the library's runner: every file as one query string, ups
/// ascending (`during.sql` after the expand files), downs descending.
pub fn golang_migrate(
    proof: &Prepared<'_>,
    files: &BTreeMap<String, Vec<u8>>,
) -> Result<(), String> {
    let migrations = verify::migrations(files).map_err(|e| format!("step migrations: {e}"))?;
    let mut work = proof.connect()?;
    for direction in [Direction::Up, Direction::Down] {
        let applied: Vec<String> = migrations
            .iter()
            .map(|m| match direction {
                Direction::Up => m.up_path.clone(),
                Direction::Down => m.down_path.clone(),
            })
            .collect();
        verify::migrate(&mut work, &migrations, direction, proof.during, &mut |_| {}).map_err(
            |e| match e {
                Failure::Setup(_) => setup_failed(e),
                Failure::Mismatch(_) => format!("step migrations: {e}"),
            },
        )?;
        proof.verify(direction, &applied, &[])?;
    }
    Ok(())
}
