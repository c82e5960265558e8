//! The generated pg_dump pair of the speed benchmark (`benches/support/dump_gen.rs`, the dump row
//! of `cargo bench --bench scale`) is honest pg_dump text: each file loads into PostgreSQL
//! (statement by statement, as `gen verify` applies a schema), and `gen diff` plans nothing
//! between the file and itself, nor between the file and `pg_dump -s` of the loaded database.
//! When the server's pg_dump is the version the generator imitates (15) and the owner is
//! `postgres`, the texts are the same but for the `\restrict` key and the version lines. The old
//! and new files also differ as the benchmark says (gen plans a migration between them).
//!
//! Run: `cargo test --release --test bench_dump` (same environment as `cases`: a running
//! PostgreSQL named by `GEN_TEST_PGHOST` / `GEN_TEST_PGPORT`, or a throwaway cluster).

#[path = "../benches/support/dump_gen.rs"]
mod dump_gen;
mod support;

use gen_schema::Input;
use gen_schema::verify;
use std::path::Path;
use std::process::Command;

/// `gen diff A B --plan --allow-data-loss`: exit code and stdout + stderr.
fn gen_plan(a: &Path, b: &Path) -> (i32, String) {
    let out = Command::new(support::generate::generator())
        .arg("diff")
        .arg(a)
        .arg(b)
        .args(["--plan", "--allow-data-loss"])
        .env("NO_COLOR", "1")
        .output()
        .expect("running gen");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.code().unwrap_or(-1), text)
}

fn expect_equal(a: &Path, b: &Path, what: &str) -> Result<(), String> {
    let (code, text) = gen_plan(a, b);
    if code == 0 && text.starts_with("No changes") {
        Ok(())
    } else {
        Err(format!(
            "{what}: gen diff plans changes (exit {code}):\n{text}"
        ))
    }
}

/// The dump without what differs between runs and builds: the `\restrict` key and the versions.
fn normalized(dump: &str) -> String {
    dump.lines()
        .filter(|l| {
            !l.starts_with("\\restrict")
                && !l.starts_with("\\unrestrict")
                && !l.starts_with("-- Dumped from")
                && !l.starts_with("-- Dumped by")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn run() -> Result<Vec<String>, String> {
    let server = support::server::server()?;
    let tmp = tempfile::tempdir().map_err(|e| e.to_string())?;
    let version = Command::new(server.pg_dump()?)
        .arg("--version")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
        .unwrap_or_default();
    let same_version = version.contains(" 15.") && server.user().is_none_or(|u| u == "postgres");
    let mut report = Vec::new();
    let mut files = Vec::new();
    for (tag, changed) in [("old", false), ("new", true)] {
        let text = dump_gen::dump(changed);
        let file = tmp.path().join(format!("{tag}.sql"));
        std::fs::write(&file, &text).map_err(|e| e.to_string())?;
        let db = format!("gen_bench_dump_{tag}");
        server.recreate_db(&db, None)?;
        let mut client = server.connect(&db)?;
        verify::apply_script(
            &mut client,
            &Input {
                path: file.display().to_string(),
                text: text.clone(),
            },
        )
        .map_err(|e| format!("{tag}.sql does not load:\n{e}"))?;
        drop(client);
        let dumped = server.dump_schema(&db, &[])?;
        server.drop_db(&db);
        let dump_file = tmp.path().join(format!("{tag}.dump.sql"));
        std::fs::write(&dump_file, &dumped).map_err(|e| e.to_string())?;
        expect_equal(&file, &file, &format!("{tag}.sql vs itself"))?;
        expect_equal(&file, &dump_file, &format!("{tag}.sql vs pg_dump of it"))?;
        expect_equal(
            &dump_file,
            &file,
            &format!("pg_dump of {tag}.sql vs {tag}.sql"),
        )?;
        if same_version {
            let (a, b) = (normalized(&text), normalized(&dumped));
            if a != b {
                let diff = verify::unified_diff(&a, &b, "generated", "pg_dump");
                return Err(format!(
                    "{tag}.sql is not what pg_dump ({}) writes:\n{diff}",
                    version.trim()
                ));
            }
            report.push(format!(
                "{tag}.sql: loads; equal to itself and to pg_dump's text"
            ));
        } else {
            report.push(format!(
                "{tag}.sql: loads; equal to itself and to its dump ({}: text not compared)",
                version.trim()
            ));
        }
        files.push(file);
    }
    let (code, text) = gen_plan(&files[0], &files[1]);
    if code != 0 || text.starts_with("No changes") {
        return Err(format!(
            "gen diff old.sql new.sql should plan the benchmark's changes (exit {code}):\n{text}"
        ));
    }
    Ok(report)
}

#[test]
fn generated_dump_is_pg_dump_text() {
    let result = run();
    support::server::shutdown();
    match result {
        Ok(report) => {
            for line in report {
                eprintln!("{line}");
            }
        }
        Err(e) => panic!("{e}"),
    }
}
