//! Data-driven test runner: one trial per folder under tests/cases/.
//!
//! Each case runs `gen diff old.sql new.sql --out DIR $(cat args)`, twice (must be
//! deterministic), compares the output with `expected/` (or rewrites it when
//! `UPDATE_EXPECT=1`), and then proves the migrations on a real PostgreSQL: ups turn
//! old.sql + seed.sql into new.sql's catalog and satisfy check_up.sql (optional `during.sql`
//! runs between the expand files and the rest: writes of the still-running old application), downs turn it back
//! into old.sql's catalog and satisfy check_down.sql.
//!
//! Run: `cargo test --test cases [NAME]`. Environment:
//! - `UPDATE_EXPECT=1`  rewrite `expected/` instead of comparing;
//! - `GEN_TEST_BIN`     generator to run instead of the crate's `gen` binary;
//! - `GEN_TEST_PGHOST`, `GEN_TEST_PGPORT` (`GEN_TEST_PGUSER`, default postgres): use a
//!   running server (socket dir or host) instead of starting a throwaway cluster;
//! - `GEN_TEST_PGBIN`   PostgreSQL bin dir (default: PATH, then /usr/lib/postgresql/*/bin);
//! - `GEN_TEST_TIMEOUT` generator time limit in seconds (default 60).

mod support;

use libtest_mimic::{Arguments, Failed, Trial};
use std::path::{Path, PathBuf};
use support::Case;

fn cases_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("cases")
}

fn discover() -> Vec<Case> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(cases_dir())
        .map(|rd| {
            rd.flatten()
                .map(|e| e.path())
                .filter(|p| p.is_dir())
                .collect()
        })
        .unwrap_or_default();
    dirs.sort();
    dirs.into_iter()
        .enumerate()
        .map(|(index, dir)| Case {
            name: dir.file_name().unwrap().to_string_lossy().into_owned(),
            dir,
            index,
        })
        .collect()
}

fn run_case(case: &Case) -> Result<(), String> {
    for required in ["old.sql", "new.sql"] {
        if !case.dir.join(required).is_file() {
            return Err(format!("case {} has no {required}", case.dir.display()));
        }
    }
    let first = support::generate::run_generator(case)?;
    let second = support::generate::run_generator(case)?;
    let mut failures = Vec::new();
    if let Err(e) = first.check_deterministic(&second) {
        failures.push(e);
    }
    if let Err(e) = first.check_snapshot(case) {
        failures.push(e);
    }
    // The migrations are proven even when the snapshot differs: both reports help.
    if first.exit_code == 0 {
        if let Err(e) = support::prove::prove(case, &first.files) {
            failures.push(e);
        }
    } else if !first.files.is_empty() {
        failures.push(format!(
            "step gen: exit code {} but {} file(s) written: {:?}",
            first.exit_code,
            first.files.len(),
            first.files.keys().collect::<Vec<_>>()
        ));
    }
    if failures.is_empty() {
        Ok(())
    } else {
        Err(failures.join("\n\n"))
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
    let trials = discover()
        .into_iter()
        .map(|case| {
            Trial::test(case.name.clone(), move || {
                run_case(&case).map_err(Failed::from)
            })
        })
        .collect();
    let conclusion = {
        let _shutdown = Shutdown;
        libtest_mimic::run(&args, trials)
    };
    conclusion.exit();
}
