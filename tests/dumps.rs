//! Schema files through pg_dump: every schema of the test bed (each case's old.sql and new.sql,
//! schemas/*.sql, tests/dumps/*.sql) is loaded into a real PostgreSQL and dumped with `pg_dump -s`
//! plain, with `--clean --if-exists`, `--no-owner` and
//! `--quote-all-identifiers`. Then:
//!
//! - `gen diff ORIGINAL DUMP` plans no change, for every flag set (a dump equals the file it came
//!   from), nor does `gen diff --from-db DSN ORIGINAL` on the loaded database, and so do `gen diff PLAIN_DUMP PLAIN_DUMP` and `gen diff PLAIN_DUMP OTHER_DUMP` (flags
//!   and the order pg_dump writes things in make no difference); a file gen refuses (an
//!   unsupported statement) is refused in its dump too, with the same message;
//! - for each case, the `--clean --if-exists` dumps of old.sql and new.sql (the plain dump after
//!   a DROP prelude) are diffed and the migration is proven both ways on PostgreSQL, as the
//!   `cases` runner does with
//!   the hand-written files (with the case's seed, during and check files). Cases whose new.sql
//!   carries directives (`@renamed`, `@backfill`, ...) are not round-tripped: a dump has no
//!   comments, so the change would mean something else. When PostgreSQL itself rejects a
//!   `--clean` dump on an empty database (pg_dump 15 writes `ALTER DOMAIN d DROP CONSTRAINT IF
//!   EXISTS c` without IF EXISTS for the domain), the plain dump is round-tripped instead and the
//!   runner says so.
//!
//! Known failures are listed in `EXPECTED_FAILURES` with their reason: such a unit passes only
//! when every one of its failures is the known one, and fails when it passes.
//!
//! Run: `cargo test --release --test dumps [NAME]` (same environment as `cases`).

mod support;

use gen_schema::Input;
use gen_schema::verify::{self, Server};
use libtest_mimic::{Arguments, Failed, Trial};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use support::Case;

const FLAG_SETS: &[(&str, &[&str])] = &[
    ("plain", &[]),
    ("clean", &["--clean", "--if-exists"]),
    ("no-owner", &["--no-owner"]),
    ("quote-all", &["--quote-all-identifiers"]),
];

/// The flag sets whose dumps of a case's old and new schema are round-tripped: the clean dump
/// is the plain dump after its DROP prelude, so it proves both.
const ROUNDTRIP: &[&str] = &["clean"];

/// Offset for database names and case indexes, apart from the `cases` runner's.
const INDEX_BASE: usize = 5000;

fn top() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// One schema file of the test bed.
struct Source {
    path: PathBuf,
    /// `case/old.sql`, `schemas/app_v1.sql`, ...
    label: String,
}

/// One trial: a case (its old and new schema) or a lone schema file.
struct Unit {
    name: String,
    index: usize,
    sources: Vec<Source>,
    /// The case folder, for the round trip.
    case: Option<PathBuf>,
}

fn units() -> Vec<Unit> {
    let mut out = Vec::new();
    let mut dirs: Vec<PathBuf> = fs::read_dir(top().join("tests/cases"))
        .map(|rd| {
            rd.flatten()
                .map(|e| e.path())
                .filter(|p| p.is_dir())
                .collect()
        })
        .unwrap_or_default();
    dirs.sort();
    for dir in dirs {
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        let sources = ["old.sql", "new.sql"]
            .iter()
            .map(|f| Source {
                path: dir.join(f),
                label: format!("{name}/{f}"),
            })
            .collect();
        out.push(Unit {
            name: format!("case/{name}"),
            index: 0,
            sources,
            case: Some(dir),
        });
    }
    for folder in ["schemas", "tests/dumps"] {
        let mut files: Vec<PathBuf> = fs::read_dir(top().join(folder))
            .map(|rd| {
                rd.flatten()
                    .map(|e| e.path())
                    .filter(|p| p.extension().is_some_and(|x| x == "sql"))
                    .collect()
            })
            .unwrap_or_default();
        files.sort();
        for f in files {
            let label = format!("{folder}/{}", f.file_name().unwrap().to_string_lossy());
            out.push(Unit {
                name: format!("file/{label}"),
                index: 0,
                sources: vec![Source { path: f, label }],
                case: None,
            });
        }
    }
    for (i, u) in out.iter_mut().enumerate() {
        u.index = INDEX_BASE + i;
    }
    out
}

/// What `gen diff` said.
struct Outcome {
    code: i32,
    stdout: String,
    stderr: String,
}

fn gen_diff(old: &Path, new: &Path, extra: &[&str]) -> Result<Outcome, String> {
    let out = Command::new(support::generate::generator())
        .arg("diff")
        .arg(old)
        .arg(new)
        .args(["--plan", "--allow-data-loss"])
        .args(extra)
        .env("NO_COLOR", "1")
        .output()
        .map_err(|e| format!("cannot run gen: {e}"))?;
    Ok(Outcome {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    })
}

/// `gen diff ARGS... NEW --plan`.
fn gen_diff_args(args: &[&str], new: &Path) -> Result<Outcome, String> {
    let out = Command::new(support::generate::generator())
        .arg("diff")
        .args(args)
        .arg(new)
        .arg("--plan")
        .env("NO_COLOR", "1")
        .output()
        .map_err(|e| format!("cannot run gen: {e}"))?;
    Ok(Outcome {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    })
}

/// `gen diff A B` must find the schemas equal.
fn expect_equal(a: &Path, b: &Path, what: &str) -> Result<(), String> {
    let o = gen_diff(a, b, &[])?;
    if o.code == 0 && o.stdout.starts_with("No changes") {
        return Ok(());
    }
    Err(format!(
        "{what}: gen diff {} {} plans changes (exit {}):\n{}{}",
        a.display(),
        b.display(),
        o.code,
        o.stdout,
        o.stderr
    ))
}

/// The message of a located error (`error: MESSAGE` followed by ` --> file:line:col`), without
/// its location and the source line.
fn error_message(stderr: &str) -> Option<String> {
    let mut lines = stderr.lines();
    let first = lines.find(|l| l.starts_with("error: "))?;
    let located = lines
        .next()
        .is_some_and(|l| l.trim_start().starts_with("--> "));
    located.then(|| first["error: ".len()..].trim().to_string())
}

/// Runs schema file `file` in database `db`, statement by statement, as `gen verify` does.
fn load(server: &Server, db: &str, file: &Path) -> Result<(), String> {
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

/// Whether a schema file writes `CREATE EXTENSION ... VERSION v` (which pg_dump leaves out).
fn pins_extension_version(text: &str) -> bool {
    text.lines().any(|l| {
        let l = l.to_uppercase();
        l.contains("CREATE EXTENSION") && l.contains(" VERSION ")
    })
}

/// What the case's files tell gen that a dump cannot carry, if anything.
fn lost_in_dump(case: &Path) -> Option<&'static str> {
    let new = fs::read_to_string(case.join("new.sql")).unwrap_or_default();
    let old = fs::read_to_string(case.join("old.sql")).unwrap_or_default();
    if ["@renamed", "@backfill", "@using", "@rows"]
        .iter()
        .any(|d| new.contains(d))
    {
        return Some("new.sql has directives, which are comments");
    }
    if pins_extension_version(&old) || pins_extension_version(&new) {
        return Some("an extension VERSION is written, which pg_dump leaves out");
    }
    None
}

fn expected_exit_code(case: &Path) -> i32 {
    fs::read_to_string(case.join("expected/exit_code"))
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(0)
}

/// What one unit found: its report lines and its failures (each a message).
struct Findings {
    report: Vec<String>,
    failures: Vec<String>,
}

fn run_unit(u: &Unit) -> Result<Findings, String> {
    let server = support::server::server()?;
    let tmp = tempfile::Builder::new()
        .prefix("gen-dumps-")
        .tempdir()
        .map_err(|e| e.to_string())?;
    let mut report = Vec::new();
    let mut failures = Vec::new();
    // dumps[source][flag set]
    let mut dumps: Vec<Option<Vec<PathBuf>>> = Vec::new();
    for (si, src) in u.sources.iter().enumerate() {
        // The roles a case grants to, as the `cases` runner creates them: whether they exist
        // must not depend on which runner used the server first.
        if let Some(globals) = src.path.parent().map(|d| d.join("globals.sql"))
            && globals.is_file()
        {
            support::server::run_globals(server, &globals);
        }
        let db = format!("d{}_{si}", u.index);
        server.recreate_db(&db, None)?;
        if let Err(e) = load(server, &db, &src.path) {
            // not valid SQL for PostgreSQL (a case about bad input): nothing to dump
            report.push(format!(
                "{}: not loadable, skipped ({})",
                src.label,
                e.lines().next().unwrap_or("")
            ));
            server.drop_db(&db);
            dumps.push(None);
            continue;
        }
        let mut files = Vec::new();
        for (tag, flags) in FLAG_SETS {
            let text = server.dump_schema(&db, flags)?;
            let path = tmp.path().join(format!("{si}_{tag}.sql"));
            fs::write(&path, text).map_err(|e| e.to_string())?;
            files.push(path);
        }
        let original = gen_diff(&src.path, &src.path, &[])?;
        let text = fs::read_to_string(&src.path).unwrap_or_default();
        if original.code == 0 && !pins_extension_version(&text) {
            // the live database read by gen itself (--from-db) equals the file it was loaded from
            // (a file that pins an extension VERSION does not: pg_dump writes none, and a
            // VERSION in the new file asks for `ALTER EXTENSION ... UPDATE`)
            let pg_dump = server.pg_dump()?;
            let dsn = server.dsn(&db);
            let pg_dump = pg_dump.to_string_lossy();
            let live = gen_diff_args(&["--from-db", &dsn, "--pg-dump", &pg_dump], &src.path)?;
            if live.code == 0 && live.stdout.starts_with("No changes") {
                report.push(format!("{}: --from-db equal", src.label));
            } else {
                failures.push(format!(
                    "{}: gen diff --from-db (the loaded database) {} plans changes (exit {}):\n{}{}",
                    src.label,
                    src.path.display(),
                    live.code,
                    live.stdout,
                    live.stderr
                ));
            }
        }
        server.drop_db(&db);
        if original.code != 0 {
            // gen refuses the file: the dump must be refused with the same message
            let want = error_message(&original.stderr);
            for (f, (tag, _)) in files.iter().zip(FLAG_SETS) {
                let got = gen_diff(f, f, &[])?;
                let got_msg = error_message(&got.stderr);
                if got.code != original.code || got_msg != want || want.is_none() {
                    failures.push(format!(
                        "{} [{tag}]: gen refuses the file ({:?}) but says {:?} (exit {}) of its dump",
                        src.label, want, got_msg, got.code
                    ));
                }
            }
            report.push(format!(
                "{}: refused alike in all {} dumps",
                src.label,
                files.len()
            ));
            dumps.push(None);
            continue;
        }
        let mut checks = 0;
        for (f, (tag, _)) in files.iter().zip(FLAG_SETS) {
            let mut pairs = vec![(&src.path, f, format!("{} vs its {tag} dump", src.label))];
            if *tag == "plain" {
                pairs.push((f, f, format!("{} plain dump vs itself", src.label)));
            } else {
                pairs.push((
                    &files[0],
                    f,
                    format!("{} plain dump vs {tag} dump", src.label),
                ));
            }
            for (a, b, what) in pairs {
                match expect_equal(a, b, &what) {
                    Ok(()) => checks += 1,
                    Err(e) => failures.push(e),
                }
            }
        }
        report.push(format!("{}: {checks} comparisons equal", src.label));
        dumps.push(Some(files));
    }
    // The round trip of the dumps of a case's old and new schema.
    if let (Some(case_dir), [Some(old), Some(new)]) = (&u.case, dumps.as_slice()) {
        if expected_exit_code(case_dir) != 0 {
            report.push("round trip: skipped (the case expects a refusal)".into());
        } else if let Some(why) = lost_in_dump(case_dir) {
            report.push(format!("round trip: skipped ({why})"));
        } else {
            for tag in ROUNDTRIP {
                let mut tag = *tag;
                let mut k = FLAG_SETS
                    .iter()
                    .position(|(t, _)| *t == tag)
                    .expect("flag set");
                // PostgreSQL itself may reject a --clean dump on an empty database (pg_dump 15
                // writes `ALTER DOMAIN d DROP CONSTRAINT IF EXISTS c` with no IF EXISTS for the
                // domain); then the plain dump, which the clean one repeats after its prelude,
                // is round-tripped instead.
                if tag != "plain" {
                    let db = format!("d{}_empty", u.index);
                    let mut rejected = None;
                    for f in [&old[k], &new[k]] {
                        server.recreate_db(&db, None)?;
                        if let Err(e) = load(server, &db, f) {
                            rejected = Some(e.lines().next().unwrap_or("").to_string());
                            break;
                        }
                    }
                    server.drop_db(&db);
                    if let Some(why) = rejected {
                        let line = format!(
                            "round trip [{tag}]: PostgreSQL rejects the {tag} dump on an empty \
                             database ({why}); the plain dump is round-tripped instead"
                        );
                        eprintln!("{}: {line}", u.name);
                        report.push(line);
                        tag = "plain";
                        k = 0;
                    }
                }
                let has_matview = [case_dir.join("old.sql"), case_dir.join("new.sql")]
                    .iter()
                    .any(|f| {
                        fs::read_to_string(f)
                            .unwrap_or_default()
                            .to_uppercase()
                            .contains("MATERIALIZED VIEW")
                    });
                if has_matview {
                    report.push(format!(
                        "round trip [{tag}]: without the case's check files (every materialized \
                         view of a dump is WITH NO DATA)"
                    ));
                }
                let dir = tmp.path().join(format!("case_{tag}"));
                fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
                for entry in fs::read_dir(case_dir).map_err(|e| e.to_string())?.flatten() {
                    let p = entry.path();
                    let name = entry.file_name().to_string_lossy().into_owned();
                    // pg_dump writes every materialized view WITH NO DATA (its rows are data):
                    // the case's checks, written for views that hold rows, cannot run on them
                    let unreadable_checks =
                        has_matview && (name == "check_up.sql" || name == "check_down.sql");
                    if p.is_file() && name != "old.sql" && name != "new.sql" && !unreadable_checks {
                        fs::copy(&p, dir.join(&name)).map_err(|e| e.to_string())?;
                    }
                }
                fs::copy(&old[k], dir.join("old.sql")).map_err(|e| e.to_string())?;
                fs::copy(&new[k], dir.join("new.sql")).map_err(|e| e.to_string())?;
                let case = Case {
                    name: format!("{}-{tag}", u.name),
                    dir: dir.clone(),
                    index: u.index * 10 + k,
                };
                let generated = support::generate::run_generator(&case)?;
                if generated.exit_code != 0 {
                    failures.push(format!(
                        "round trip [{tag}]: gen diff of the dumps exited {}:\n{}",
                        generated.exit_code, generated.stderr
                    ));
                    continue;
                }
                match support::prove::prove(&case, &generated.files) {
                    Ok(()) => report.push(format!(
                        "round trip [{tag}]: {} migration files proven up and down",
                        generated.files.len()
                    )),
                    Err(e) => failures.push(format!("round trip [{tag}]: {e}")),
                }
            }
        }
    }
    Ok(Findings { report, failures })
}

/// Stops the throwaway cluster even if main unwinds.
struct Shutdown;

impl Drop for Shutdown {
    fn drop(&mut self) {
        support::server::shutdown();
    }
}

/// Known failures: (unit, reason, text every failure of the unit contains). A listed unit
/// passes only when it fails and each of its failures is the known one; it fails when it passes
/// (take it off the list) or fails in another way.
const EXPECTED_FAILURES: &[(&str, &str, &str)] = &[(
    "case/rules",
    "a rule's actions are compared by their normalized tokens, not in pg_get_ruledef's form \
     (qualified names, typed literals): the hand-written rule and its dump differ, and gen \
     drops and creates it again, a correct but needless change",
    "drop rule log_delete on public.posts (to create it again)",
)];

/// The verdict on a unit, against [`EXPECTED_FAILURES`].
fn judge(name: &str, findings: Findings, verbose: bool) -> Result<(), String> {
    let expected = EXPECTED_FAILURES.iter().find(|(n, _, _)| *n == name);
    if verbose {
        eprintln!("{name}:\n  {}", findings.report.join("\n  "));
    }
    match (expected, findings.failures.is_empty()) {
        (None, true) => Ok(()),
        (None, false) => Err(findings.failures.join("\n\n")),
        (Some((_, why, _)), true) => Err(format!(
            "listed as an expected failure ({why}), but passes: take it off EXPECTED_FAILURES \
             in tests/dumps.rs and the README"
        )),
        (Some((_, why, marker)), false) => {
            let other: Vec<&String> = findings
                .failures
                .iter()
                .filter(|f| !f.contains(marker))
                .collect();
            if other.is_empty() {
                eprintln!(
                    "{name}: expected failure ({} checks fail: {why})",
                    findings.failures.len()
                );
                Ok(())
            } else {
                Err(format!(
                    "expected failure ({why}), but it also fails otherwise:\n\n{}",
                    other
                        .iter()
                        .map(|f| f.as_str())
                        .collect::<Vec<_>>()
                        .join("\n\n")
                ))
            }
        }
    }
}

fn main() {
    let args = Arguments::from_args();
    let verbose = std::env::var_os("GEN_DUMPS_VERBOSE").is_some();
    let units = units();
    for (name, _, _) in EXPECTED_FAILURES {
        assert!(
            units.iter().any(|u| u.name == *name),
            "EXPECTED_FAILURES names {name}, which is no unit"
        );
    }
    let trials = units
        .into_iter()
        .map(|u| {
            Trial::test(u.name.clone(), move || {
                let findings = run_unit(&u).map_err(Failed::from)?;
                judge(&u.name, findings, verbose).map_err(Failed::from)
            })
        })
        .collect();
    let conclusion = {
        let _shutdown = Shutdown;
        libtest_mimic::run(&args, trials)
    };
    conclusion.exit();
}
