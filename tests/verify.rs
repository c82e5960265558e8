//! `gen verify` on a real PostgreSQL: both modes, a failing proof (exit 1 with the catalog
//! diff), and `--database-url` against the test server.

#[path = "support/server.rs"]
mod server;

use libtest_mimic::{Arguments, Failed, Trial};
use std::path::Path;
use std::process::{Command, Output};

/// Stops the throwaway cluster (if the tests started one) even if main unwinds.
struct Shutdown;

impl Drop for Shutdown {
    fn drop(&mut self) {
        server::shutdown();
    }
}

fn main() {
    let args = Arguments::from_args();
    let tests: [(&str, fn()); 6] = [
        (
            "rewrite_takes_old_to_old_plus_the_migration",
            rewrite_takes_old_to_old_plus_the_migration,
        ),
        (
            "verify_old_new_with_a_throwaway_cluster",
            verify_old_new_with_a_throwaway_cluster,
        ),
        (
            "verify_dir_from_an_empty_database_against_the_test_server",
            verify_dir_from_an_empty_database_against_the_test_server,
        ),
        (
            "verify_fails_with_exit_1_and_the_catalog_diff",
            verify_fails_with_exit_1_and_the_catalog_diff,
        ),
        (
            "verify_reports_a_failing_up_file_and_bad_input",
            verify_reports_a_failing_up_file_and_bad_input,
        ),
        (
            "verify_pg_bin_without_initdb_is_a_clear_error",
            verify_pg_bin_without_initdb_is_a_clear_error,
        ),
    ];
    let trials = tests
        .into_iter()
        .map(|(name, test)| {
            Trial::test(name, move || {
                std::panic::catch_unwind(test).map_err(|e| {
                    Failed::from(
                        e.downcast_ref::<String>()
                            .cloned()
                            .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
                            .unwrap_or_else(|| "panicked".into()),
                    )
                })
            })
        })
        .collect();
    let conclusion = {
        let _shutdown = Shutdown;
        libtest_mimic::run(&args, trials)
    };
    conclusion.exit();
}

fn gen_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_gen"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .expect("running gen")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// `--database-url` of the server the tests use (GEN_TEST_PGHOST/PORT, or the throwaway
/// cluster this test process started).
fn database_url() -> String {
    let server = server::server().expect("a PostgreSQL server for the tests");
    format!(
        "host={} port={} user={} dbname=postgres",
        server.host(),
        server.port(),
        server.user().unwrap_or("postgres")
    )
}

const V1: &str = "CREATE TABLE users (id bigint PRIMARY KEY, email text);\n";
const V2: &str = "CREATE TABLE users (\n    id bigint PRIMARY KEY,\n    email text NOT NULL, -- @backfill 'unknown'\n    name text\n);\nCREATE INDEX users_email_idx ON users (email);\n";

fn schemas(dir: &Path) {
    std::fs::write(dir.join("v1.sql"), V1).unwrap();
    std::fs::write(dir.join("v2.sql"), V2).unwrap();
}

fn verify_old_new_with_a_throwaway_cluster() {
    let tmp = tempfile::tempdir().unwrap();
    schemas(tmp.path());
    std::fs::write(
        tmp.path().join("seed.sql"),
        "INSERT INTO users VALUES (1, NULL), (2, 'b@example.com');\n",
    )
    .unwrap();
    let out = gen_in(
        tmp.path(),
        &["verify", "v1.sql", "v2.sql", "--seed", "seed.sql"],
    );
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    for needle in [
        "starting a throwaway PostgreSQL cluster",
        "ok  built the old database from v1.sql",
        "ok  copied the old database to the work database and applied seed.sql",
        "ok  up   000001_schema_change_expand.up.sql",
        "ok  catalog after the up files equals v2.sql",
        "_contract.down.sql",
        "ok  catalog after the down files equals v1.sql",
        "verified: the up files turn v1.sql into v2.sql",
    ] {
        assert!(err.contains(needle), "lacks {needle:?}:\n{err}");
    }
    // Not a terminal: no progress bar drawing.
    assert!(!err.contains('\r'), "{err:?}");
    // The cluster is gone afterwards: nothing of it is left in the temp folder.
    let quiet = gen_in(tmp.path(), &["-q", "verify", "v1.sql", "v2.sql"]);
    assert_eq!(quiet.status.code(), Some(0), "{}", text(&quiet.stderr));
    assert!(quiet.stderr.is_empty(), "{}", text(&quiet.stderr));
}

fn verify_dir_from_an_empty_database_against_the_test_server() {
    let tmp = tempfile::tempdir().unwrap();
    schemas(tmp.path());
    let out = gen_in(
        tmp.path(),
        &[
            "-q",
            "diff",
            "/dev/null",
            "v1.sql",
            "--out",
            "m",
            "--name",
            "init",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let out = gen_in(
        tmp.path(),
        &[
            "-q", "diff", "v1.sql", "v2.sql", "--out", "m", "--name", "email",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let url = database_url();
    let child = Command::new(env!("CARGO_BIN_EXE_gen"))
        .args(["verify", "--dir", "m", "v2.sql", "--database-url", &url])
        .current_dir(tmp.path())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let pid = child.id();
    let out = child.wait_with_output().unwrap();
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(!err.contains("throwaway"), "{err}");
    assert!(
        err.contains("ok  built the old database from the empty database"),
        "{err}"
    );
    assert!(err.contains("ok  up   000001_init_expand.up.sql"), "{err}");
    assert!(
        err.contains("ok  catalog after the down files equals the empty database"),
        "{err}"
    );
    // The scratch databases were dropped.
    let mut client = server::server().unwrap().connect("postgres").unwrap();
    let left: i64 = client
        .query_one(
            "SELECT count(*) FROM pg_database WHERE datname LIKE $1",
            &[&format!("gen\\_verify\\_{pid}\\_%")],
        )
        .unwrap()
        .get(0);
    assert_eq!(left, 0);
}

fn verify_fails_with_exit_1_and_the_catalog_diff() {
    let tmp = tempfile::tempdir().unwrap();
    schemas(tmp.path());
    let out = gen_in(
        tmp.path(),
        &["-q", "diff", "/dev/null", "v2.sql", "--out", "m"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    // A hand-edited down file that forgets the index.
    let down = std::fs::read_dir(tmp.path().join("m"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.to_string_lossy().ends_with(".down.sql"))
        .unwrap();
    let sql = std::fs::read_to_string(&down).unwrap();
    assert!(sql.contains("DROP TABLE"), "{sql}");
    std::fs::write(&down, sql.replace("DROP TABLE public.users;", "SELECT 1;")).unwrap();
    let url = database_url();
    let out = gen_in(
        tmp.path(),
        &["verify", "--dir", "m", "v2.sql", "--database-url", &url],
    );
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("ok  catalog after the up files equals v2.sql"),
        "{err}"
    );
    assert!(
        err.contains(
            "error: verify failed: the catalog after the down files differs from the empty database"
        ),
        "{err}"
    );
    assert!(
        err.contains("--- the empty database\n+++ migrated, after the down files\n"),
        "{err}"
    );
    assert!(
        err.contains("\n+column public.users.email text not null\n"),
        "{err}"
    );
    assert!(err.contains("\n+relation public.users kind r"), "{err}");
}

fn verify_reports_a_failing_up_file_and_bad_input() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    schemas(dir);
    std::fs::create_dir(dir.join("m")).unwrap();
    std::fs::write(dir.join("m/000001_x.up.sql"), "CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, name text);\nCREATE INDEX ON nope (x);\n").unwrap();
    std::fs::write(dir.join("m/000001_x.down.sql"), "DROP TABLE users;\n").unwrap();
    let url = database_url();
    let out = gen_in(
        dir,
        &["verify", "--dir", "m", "v2.sql", "--database-url", &url],
    );
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("applying 000001_x.up.sql failed:"), "{err}");
    assert!(err.contains("relation \"nope\" does not exist"), "{err}");
    // An up file without its down file, a missing folder, a schema PostgreSQL rejects: exit 2.
    std::fs::remove_file(dir.join("m/000001_x.down.sql")).unwrap();
    let out = gen_in(
        dir,
        &["verify", "--dir", "m", "v2.sql", "--database-url", &url],
    );
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("has no matching .down.sql"));
    let out = gen_in(
        dir,
        &[
            "verify",
            "--dir",
            "nowhere",
            "v2.sql",
            "--database-url",
            &url,
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    std::fs::write(
        dir.join("bad.sql"),
        "CREATE TABLE t (id integer CHECK (no_such_function(id)));\n",
    )
    .unwrap();
    let out = gen_in(
        dir,
        &["verify", "/dev/null", "bad.sql", "--database-url", &url],
    );
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("building the new schema failed:\nerror[42883]: PostgreSQL: function no_such_function(integer) does not exist\n --> bad.sql:1:35\n"), "{err}");
    assert!(
        err.contains("1 | CREATE TABLE t (id integer CHECK (no_such_function(id)));\n"),
        "{err}"
    );
    assert!(
        err.contains(&format!("  | {}^^^^^^^^^^^^^^^^\n", " ".repeat(34))),
        "{err}"
    );
    assert!(err.contains("= note: hint: No function matches"), "{err}");
    let out = gen_in(
        dir,
        &[
            "verify",
            "v1.sql",
            "v2.sql",
            "--database-url",
            "host=/nonexistent port=1",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("cannot connect"),
        "{}",
        text(&out.stderr)
    );
}

fn verify_pg_bin_without_initdb_is_a_clear_error() {
    let tmp = tempfile::tempdir().unwrap();
    schemas(tmp.path());
    let out = gen_in(
        tmp.path(),
        &["verify", "v1.sql", "v2.sql", "--pg-bin", "/nonexistent"],
    );
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(err.contains("initdb not found in /nonexistent"), "{err}");
}

/// `gen rewrite` proven on PostgreSQL: a folder holding the migration that creates the old
/// schema, then the rewrite of a hand-written migration, must build what PostgreSQL makes of the
/// old schema followed by the hand-written migration (`gen verify --dir`: every up file as
/// golang-migrate runs it, the catalog compared, every down back to the empty database).
fn rewrite_takes_old_to_old_plus_the_migration() {
    const APP: &str = "-- @rows 5000000\nCREATE TABLE users (\n    id bigserial PRIMARY KEY,\n    email text NOT NULL,\n    created_at timestamptz NOT NULL DEFAULT now()\n);\nCREATE INDEX users_email_idx ON users (email);\n";
    let migrations: [(&str, &str, &[&str]); 6] = [
        (
            "add_role",
            "ALTER TABLE users ADD COLUMN role VARCHAR(50) NOT NULL DEFAULT 'member';\n",
            &[],
        ),
        (
            "rename_email",
            "ALTER TABLE users RENAME COLUMN email TO mail;\n",
            &[],
        ),
        (
            "rename_email_direct",
            "ALTER TABLE users RENAME COLUMN email TO mail;\n",
            &["--column-renames", "direct"],
        ),
        (
            "people",
            "BEGIN;\nALTER TABLE users RENAME TO people;\nALTER INDEX users_email_idx RENAME TO people_email_idx;\nALTER TABLE people ADD COLUMN nick text;\nCOMMIT;\n",
            &[],
        ),
        (
            "epoch",
            "ALTER TABLE users ALTER COLUMN created_at DROP DEFAULT,\n    ALTER COLUMN created_at TYPE bigint USING extract(epoch FROM created_at)::bigint;\n",
            &["--allow-data-loss"],
        ),
        (
            "checks",
            "CREATE INDEX users_created_at_idx ON users (created_at);\nALTER TABLE users ADD CONSTRAINT email_has_at CHECK (email LIKE '%@%');\nALTER TABLE users ADD COLUMN token uuid NOT NULL DEFAULT gen_random_uuid();\n",
            &[],
        ),
    ];
    let url = database_url();
    for (name, migration, extra) in migrations {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path();
        std::fs::write(dir.join("app.sql"), APP).unwrap();
        std::fs::write(dir.join("m.sql"), migration).unwrap();
        // what PostgreSQL makes of the old schema followed by the hand-written migration
        std::fs::write(dir.join("target.sql"), format!("{APP}\n{migration}")).unwrap();
        let run = |args: &[&str]| {
            let out = gen_in(dir, args);
            assert_eq!(
                out.status.code(),
                Some(0),
                "{name}: gen {args:?}:\n{}",
                text(&out.stderr)
            );
            text(&out.stdout)
        };
        run(&[
            "-q",
            "diff",
            "/dev/null",
            "app.sql",
            "--out",
            "m",
            "--name",
            "init",
        ]);
        let mut args = vec![
            "-q", "rewrite", "m.sql", "--schema", "app.sql", "--out", "m", "--name", name,
        ];
        args.extend_from_slice(extra);
        run(&args);
        run(&["-q", "check", "--dir", "m", "target.sql"]);
        run(&[
            "-q",
            "verify",
            "--dir",
            "m",
            "target.sql",
            "--database-url",
            &url,
        ]);
    }
}
