//! Command-line behaviour: flags, exit codes, output folder handling, the checked-in example.

use std::path::Path;
use std::process::{Command, Output};

fn gen_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_gen"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("running gen")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn help_mentions_every_flag_and_an_example() {
    let tmp = tempfile::tempdir().unwrap();
    for args in [&["diff", "--help"][..], &["--help"][..]] {
        let out = gen_in(tmp.path(), args);
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        let help = text(&out.stdout);
        for needle in [
            "--out",
            "--name",
            "--allow-data-loss",
            "--dry-run",
            "OLD",
            "NEW",
            "Example",
            "gen diff",
        ] {
            assert!(
                help.contains(needle),
                "{args:?} help lacks {needle}:\n{help}"
            );
        }
    }
    let help = text(&gen_in(tmp.path(), &["diff", "--help"]).stdout);
    assert!(help.contains("[default: generated]"), "{help}");
    assert!(help.contains("[default: schema_change]"), "{help}");
}

#[test]
fn diff_help_lists_the_planner_flags() {
    let tmp = tempfile::tempdir().unwrap();
    let help = text(&gen_in(tmp.path(), &["diff", "--help"]).stdout);
    for needle in [
        "--plan",
        "--json",
        "--batch-size",
        "--lock-timeout",
        "--pg-version",
        "--small-table-rows",
        "--table-sizes",
        "--format",
        "--from-db",
        "--to-db",
        "--pg-dump",
        "--strict",
        "SOURCE_DATE_EPOCH",
    ] {
        assert!(help.contains(needle), "diff help lacks {needle}:\n{help}");
    }
    for format in [
        "golang-migrate",
        "alembic",
        "prisma",
        "dbmate",
        "sqlx",
        "diesel",
        "flyway",
        "goose",
        "sql",
    ] {
        assert!(
            help.contains(format),
            "diff help lacks format {format}:\n{help}"
        );
    }
    assert!(help.contains("[default: golang-migrate]"), "{help}");
    let top = text(&gen_in(tmp.path(), &["--help"]).stdout);
    assert!(
        top.contains("gen compose") && top.contains("--format"),
        "{top}"
    );
    let compose = text(&gen_in(tmp.path(), &["compose", "--help"]).stdout);
    for needle in [
        "--format",
        "--migrations",
        "--out",
        "--print",
        "pg_isready",
        "Example",
    ] {
        assert!(
            compose.contains(needle),
            "compose help lacks {needle}:\n{compose}"
        );
    }
}

#[test]
fn unknown_format_is_bad_input_listing_the_formats() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("a.sql"), "").unwrap();
    let out = gen_in(
        tmp.path(),
        &["diff", "a.sql", "a.sql", "--format", "liquibase"],
    );
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(
        err.contains("--format") && err.contains("alembic, prisma"),
        "{err}"
    );
}

#[test]
fn plan_report_lists_units_risks_and_statements() {
    let top = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = gen_in(
        top,
        &["diff", "schemas/app_v1.sql", "schemas/app_v2.sql", "--plan"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let report = text(&out.stdout);
    for needle in [
        "1. expand (one transaction)",
        "backfill (no transaction)",
        "contract",
        "[concurrently] low",
        "lock SHARE UPDATE EXCLUSIVE",
        "[validates-scan]",
        "CREATE INDEX CONCURRENTLY projects_created_by_idx",
        "before the next phase:",
    ] {
        assert!(report.contains(needle), "report lacks {needle}:\n{report}");
    }
}

#[test]
fn plan_json_carries_codes_locks_and_help() {
    let top = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = gen_in(
        top,
        &[
            "diff",
            "schemas/app_v1.sql",
            "schemas/app_v2.sql",
            "--plan",
            "--json",
            "--lock-timeout",
            "2s",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let plan: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let units = plan["units"].as_array().expect("units");
    assert!(units.len() >= 6, "{plan}");
    assert_eq!(units[0]["phase"], "expand");
    assert_eq!(units[0]["up"][0], "SET LOCAL lock_timeout = '2s'");
    let risks: Vec<&serde_json::Value> = units
        .iter()
        .flat_map(|u| u["risks"].as_array().unwrap())
        .collect();
    let validate = risks
        .iter()
        .find(|r| r["code"] == "validates-scan")
        .expect("a validates-scan risk");
    assert_eq!(validate["lock"], "SHARE_UPDATE_EXCLUSIVE");
    assert_eq!(validate["scan"], true);
    assert_eq!(validate["rewrite"], false);
    assert!(
        validate["help"]
            .as_str()
            .unwrap()
            .contains("reads and writes continue")
    );
}

#[test]
fn missing_old_file_is_bad_input_naming_the_file() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("new.sql"), "CREATE TABLE t (id integer);\n").unwrap();
    let out = gen_in(tmp.path(), &["diff", "no_such_old.sql", "new.sql"]);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(err.starts_with("error: "), "{err}");
    assert!(err.contains("no_such_old.sql"), "{err}");
    assert!(out.stdout.is_empty());
    assert!(!tmp.path().join("generated").exists());
}

#[test]
fn missing_new_file_is_bad_input_naming_the_file() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("old.sql"), "CREATE TABLE t (id integer);\n").unwrap();
    let out = gen_in(
        tmp.path(),
        &["diff", "old.sql", "missing/new.sql", "--out", "m"],
    );
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(err.contains("missing/new.sql"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert!(!tmp.path().join("m").exists());
}

#[test]
fn bad_name_is_bad_input() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("a.sql"), "").unwrap();
    for name in ["Add_Email", "add-email", "add email", "", "ä"] {
        let out = gen_in(tmp.path(), &["diff", "a.sql", "a.sql", "--name", name]);
        assert_eq!(out.status.code(), Some(2), "--name {name:?}");
        let err = text(&out.stderr);
        assert!(
            err.contains("error:") && err.contains("--name"),
            "--name {name:?}: {err}"
        );
        assert!(!tmp.path().join("generated").exists());
    }
}

#[test]
fn missing_arguments_are_bad_input() {
    let tmp = tempfile::tempdir().unwrap();
    let out = gen_in(tmp.path(), &["diff", "only_one.sql"]);
    assert_eq!(out.status.code(), Some(2));
    let out = gen_in(tmp.path(), &["frobnicate"]);
    assert_eq!(out.status.code(), Some(2));
}

/// An executable shell script standing in for pg_dump (the real one is run by the `dumps` test).
#[cfg(unix)]
fn fake_pg_dump(dir: &Path, body: &str) -> std::path::PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let path = dir.join("fake_pg_dump");
    std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    path
}

#[test]
#[cfg(unix)]
fn from_db_and_to_db_read_the_schema_pg_dump_writes() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(
        tmp.path().join("new.sql"),
        "CREATE TABLE t (id integer, name text);\n",
    )
    .unwrap();
    // pg_dump is called with --schema-only and the DSN as --dbname
    let dump = fake_pg_dump(
        tmp.path(),
        r#"[ "$1" = --schema-only ] && [ "$2" = --dbname ] && [ "$3" = "host=h dbname=d" ] || exit 3
echo 'SET statement_timeout = 0;'
echo 'CREATE TABLE public.t (id integer);'"#,
    );
    let dump = dump.to_str().unwrap();
    let out = gen_in(
        tmp.path(),
        &[
            "diff",
            "--from-db",
            "host=h dbname=d",
            "new.sql",
            "--pg-dump",
            dump,
            "--dry-run",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(stdout.contains("ADD COLUMN name text"), "{stdout}");
    // the other way round: the live schema is the new one, NEW.sql is left out
    let out = gen_in(
        tmp.path(),
        &[
            "diff",
            "new.sql",
            "--to-db",
            "host=h dbname=d",
            "--pg-dump",
            dump,
            "--dry-run",
        ],
    );
    assert_eq!(
        out.status.code(),
        Some(1),
        "dropping name loses data: {}",
        text(&out.stderr)
    );
    // a DB and two files, or no input at all, is bad input
    for args in [
        &["diff", "--from-db", "x", "new.sql", "new.sql"][..],
        &["diff", "--from-db", "x"][..],
        &["diff", "new.sql", "new.sql", "--pg-dump", dump][..],
    ] {
        let out = gen_in(tmp.path(), args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(text(&out.stderr).starts_with("error: "), "{args:?}");
    }
}

#[test]
#[cfg(unix)]
fn from_db_reports_a_missing_or_failing_pg_dump() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("new.sql"), "CREATE TABLE t (id integer);\n").unwrap();
    let missing = tmp.path().join("no_such_pg_dump");
    let out = gen_in(
        tmp.path(),
        &[
            "diff",
            "--from-db",
            "dbname=d",
            "new.sql",
            "--pg-dump",
            missing.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(
        err.contains("no_such_pg_dump not found") && err.contains("--pg-dump"),
        "{err}"
    );
    let old = fake_pg_dump(
        tmp.path(),
        "echo 'pg_dump: error: aborting because of server version mismatch' >&2; exit 1",
    );
    let out = gen_in(
        tmp.path(),
        &[
            "diff",
            "--from-db",
            "dbname=d",
            "new.sql",
            "--pg-dump",
            old.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(err.contains("server version mismatch"), "{err}");
    assert!(err.contains("at least as new as the server"), "{err}");
    assert!(!tmp.path().join("generated").exists());
}

/// The checked-in `generated/` folder is exactly what `gen diff` makes of the example schemas.
#[test]
fn generated_folder_is_current() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let tmp = tempfile::tempdir().unwrap();
    let out_dir = tmp.path().join("generated");
    let out = gen_in(
        root,
        &[
            "diff",
            "schemas/app_v1.sql",
            "schemas/app_v2.sql",
            "--out",
            out_dir.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let listing = |dir: &Path| {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    };
    let checked_in = root.join("generated");
    let names = listing(&out_dir);
    assert!(!names.is_empty());
    assert_eq!(
        names,
        listing(&checked_in),
        "regenerate with: rm -r generated && cargo run --release -- diff schemas/app_v1.sql schemas/app_v2.sql"
    );
    for name in names {
        assert_eq!(
            std::fs::read_to_string(out_dir.join(&name)).unwrap(),
            std::fs::read_to_string(checked_in.join(&name)).unwrap(),
            "generated/{name} is stale: rm -r generated && cargo run --release -- diff schemas/app_v1.sql schemas/app_v2.sql"
        );
    }
}

/// A second migration set in the same folder continues the numbering; equal schemas write nothing.
#[test]
fn versions_continue_and_equal_schemas_write_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    std::fs::write(
        dir.join("v1.sql"),
        "CREATE TABLE t (id integer PRIMARY KEY);\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("v2.sql"),
        "CREATE TABLE t (id integer PRIMARY KEY, note text);\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("v3.sql"),
        "CREATE TABLE t (id integer PRIMARY KEY, note text, tag text);\n",
    )
    .unwrap();
    let ok = |args: &[&str]| {
        let out = gen_in(dir, args);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{args:?}: {}",
            text(&out.stderr)
        );
        out
    };
    ok(&["diff", "v1.sql", "v2.sql", "--name", "add_note"]);
    ok(&["diff", "v2.sql", "v3.sql", "--name", "add_tag"]);
    let mut names: Vec<String> = std::fs::read_dir(dir.join("generated"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "000001_add_note_expand.down.sql",
            "000001_add_note_expand.up.sql",
            "000002_add_tag_expand.down.sql",
            "000002_add_tag_expand.up.sql",
            "gen.sum",
        ]
    );
    let out = ok(&["diff", "v3.sql", "v3.sql"]);
    assert!(text(&out.stderr).contains("equal"), "{}", text(&out.stderr));
    assert_eq!(std::fs::read_dir(dir.join("generated")).unwrap().count(), 5);
}

fn write_versions(dir: &Path) {
    for (name, sql) in [
        (
            "v1.sql",
            "CREATE TABLE t (id integer PRIMARY KEY, email text);\n",
        ),
        (
            "v2.sql",
            "CREATE TABLE t (id integer PRIMARY KEY, email text);\nCREATE INDEX t_email_idx ON t (email);\n",
        ),
        (
            "v3.sql",
            "CREATE TABLE t (id integer PRIMARY KEY, email text, note text);\nCREATE INDEX t_email_idx ON t (email);\n",
        ),
    ] {
        std::fs::write(dir.join(name), sql).unwrap();
    }
}

/// `gen diff` twice into one folder: v1 -> v2 (an index: two units) then v2 -> v3.
fn two_runs(dir: &Path, format: &str, out: &str) -> Vec<String> {
    write_versions(dir);
    for (old, new, name, epoch) in [
        ("v1.sql", "v2.sql", "add_index", "1700000000"),
        ("v2.sql", "v3.sql", "add_note", "1600000000"),
    ] {
        let run = Command::new(env!("CARGO_BIN_EXE_gen"))
            .args([
                "diff", old, new, "--format", format, "--out", out, "--name", name,
            ])
            .env("SOURCE_DATE_EPOCH", epoch)
            .current_dir(dir)
            .output()
            .unwrap();
        assert_eq!(
            run.status.code(),
            Some(0),
            "{format}: {}",
            text(&run.stderr)
        );
    }
    let mut names: Vec<String> = support_tree(&dir.join(out));
    names.sort();
    // every folder gen writes into has its gen.sum (see the gen.sum tests)
    let sum = names.iter().position(|n| n == "gen.sum");
    assert!(sum.is_some(), "{format}: no gen.sum in {names:?}");
    names.remove(sum.unwrap());
    names
}

fn support_tree(root: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                out.push(
                    path.strip_prefix(root)
                        .unwrap()
                        .to_string_lossy()
                        .into_owned(),
                );
            }
        }
    }
    out
}

/// Each layout continues what the folder holds; names follow the tool's documented patterns.
#[test]
fn every_format_continues_the_folder_in_its_tools_layout() {
    let re = |p: &str| regex::Regex::new(p).unwrap();
    let cases: [(&str, &str, &[&str]); 7] = [
        (
            "sqlx",
            r"^\d{6}_[a-z0-9_]+\.(up|down)\.sql$",
            &[
                "000001_add_index_expand.down.sql",
                "000001_add_index_expand.up.sql",
                "000002_add_index_expand_2.down.sql",
                "000002_add_index_expand_2.up.sql",
                "000003_add_note_expand.down.sql",
                "000003_add_note_expand.up.sql",
            ],
        ),
        (
            "dbmate",
            r"^\d+_[a-z0-9_]+\.sql$",
            &[
                "000001_add_index_expand.sql",
                "000002_add_index_expand_2.sql",
                "000003_add_note_expand.sql",
            ],
        ),
        (
            "goose",
            r"^\d+_[a-z0-9_]+\.sql$",
            &[
                "000001_add_index_expand.sql",
                "000002_add_index_expand_2.sql",
                "000003_add_note_expand.sql",
            ],
        ),
        (
            // Flyway's and refinery's pattern, plus the script configuration files.
            "flyway",
            r"^[VU](\d+)__(\w+)\.sql(\.conf)?$",
            &[
                "U1__add_index_expand.sql",
                "U2__add_index_expand_2.sql",
                "U2__add_index_expand_2.sql.conf",
                "U3__add_note_expand.sql",
                "V1__add_index_expand.sql",
                "V1__add_index_expand.sql.conf",
                "V2__add_index_expand_2.sql",
                "V2__add_index_expand_2.sql.conf",
                "V3__add_note_expand.sql",
            ],
        ),
        (
            "sql",
            r"^\d{6}_[a-z0-9_]+\.(up|down)\.sql$",
            &[
                "000001_add_index_expand.down.sql",
                "000001_add_index_expand.up.sql",
                "000002_add_note_expand.down.sql",
                "000002_add_note_expand.up.sql",
            ],
        ),
        (
            // The second run's clock is earlier: its folder still sorts after the newest one.
            "prisma",
            r"^(migration_lock\.toml|\d{14}_[a-z0-9_]+/(migration|down)\.sql)$",
            &[
                "20231114221320_add_index_expand/down.sql",
                "20231114221320_add_index_expand/migration.sql",
                "20231114221321_add_index_expand_2/down.sql",
                "20231114221321_add_index_expand_2/migration.sql",
                "20231114221322_add_note_expand/down.sql",
                "20231114221322_add_note_expand/migration.sql",
                "migration_lock.toml",
            ],
        ),
        (
            "diesel",
            r"^\d{4}-\d\d-\d\d-\d{6}_[a-z0-9_]+/(up\.sql|down\.sql|metadata\.toml)$",
            &[
                "2023-11-14-221320_add_index_expand/down.sql",
                "2023-11-14-221320_add_index_expand/metadata.toml",
                "2023-11-14-221320_add_index_expand/up.sql",
                "2023-11-14-221321_add_index_expand_2/down.sql",
                "2023-11-14-221321_add_index_expand_2/metadata.toml",
                "2023-11-14-221321_add_index_expand_2/up.sql",
                "2023-11-14-221322_add_note_expand/down.sql",
                "2023-11-14-221322_add_note_expand/up.sql",
            ],
        ),
    ];
    for (format, pattern, expected) in cases {
        let tmp = tempfile::tempdir().unwrap();
        let names = two_runs(tmp.path(), format, "m");
        assert_eq!(names, expected, "{format}");
        for name in &names {
            assert!(re(pattern).is_match(name), "{format}: {name} !~ {pattern}");
        }
    }
}

#[test]
fn alembic_revisions_chain_after_the_head_in_the_folder() {
    let tmp = tempfile::tempdir().unwrap();
    let versions = tmp.path().join("versions");
    std::fs::create_dir(&versions).unwrap();
    std::fs::write(
        versions.join("1975ea83b712_init.py"),
        "revision: str = \"1975ea83b712\"\ndown_revision: Union[str, None] = None\n",
    )
    .unwrap();
    let names = two_runs(tmp.path(), "alembic", "versions");
    assert_eq!(names.len(), 4, "{names:?}");
    // Follow the chain from the head gen found: every revision is named exactly once.
    let read = |name: &str| std::fs::read_to_string(versions.join(name)).unwrap();
    let value = |text: &str, key: &str| {
        text.lines()
            .find_map(|l| l.strip_prefix(&format!("{key} = ")))
            .map(|v| v.trim_matches('"').to_string())
    };
    let mut parent = "1975ea83b712".to_string();
    let mut chain = Vec::new();
    while let Some(child) = names.iter().find(|n| {
        n.as_str() != "1975ea83b712_init.py"
            && value(&read(n), "down_revision").as_deref() == Some(&parent)
    }) {
        let text = read(child);
        parent = value(&text, "revision").unwrap();
        assert!(child.starts_with(&parent), "{child}");
        chain.push(child.clone());
    }
    assert_eq!(chain.len(), 3, "{names:?}");
    assert!(
        chain[0].ends_with("_add_index_expand.py") && chain[2].ends_with("_add_note_expand.py")
    );

    // A second head is refused, naming both, and nothing is written.
    std::fs::write(
        versions.join("aaaa_branch.py"),
        "revision = 'aaaa'\ndown_revision = '1975ea83b712'\n",
    )
    .unwrap();
    let out = gen_in(
        tmp.path(),
        &[
            "diff", "v1.sql", "v3.sql", "--format", "alembic", "--out", "versions",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(
        err.contains("head revisions") && err.contains("aaaa"),
        "{err}"
    );
    assert_eq!(std::fs::read_dir(&versions).unwrap().count(), 6);
}

#[test]
fn bad_source_date_epoch_is_bad_input() {
    let tmp = tempfile::tempdir().unwrap();
    write_versions(tmp.path());
    let out = Command::new(env!("CARGO_BIN_EXE_gen"))
        .args(["diff", "v1.sql", "v2.sql", "--format", "prisma"])
        .env("SOURCE_DATE_EPOCH", "yesterday")
        .current_dir(tmp.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("SOURCE_DATE_EPOCH"),
        "{}",
        text(&out.stderr)
    );
    assert!(!tmp.path().join("generated").exists());
}

/// `gen compose`: the YAML parses, and the services wait for each other as they should.
#[test]
fn compose_file_structure_for_every_format() {
    let official = [
        ("golang-migrate", Some("migrate/migrate:")),
        ("dbmate", Some("ghcr.io/amacneil/dbmate:")),
        ("flyway", Some("flyway/flyway:")),
        ("alembic", None),
        ("prisma", None),
        ("sqlx", None),
        ("diesel", None),
        ("goose", None),
        ("sql", None),
    ];
    let tmp = tempfile::tempdir().unwrap();
    for (format, image) in official {
        let out = gen_in(
            tmp.path(),
            &[
                "compose",
                "--format",
                format,
                "--migrations",
                "db/migrations",
                "--print",
            ],
        );
        assert_eq!(
            out.status.code(),
            Some(0),
            "{format}: {}",
            text(&out.stderr)
        );
        let yaml: serde_norway::Value = serde_norway::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("{format}: {e}\n{}", text(&out.stdout)));
        let services = &yaml["services"];
        let db = &services["db"];
        assert!(
            db["image"].as_str().unwrap().starts_with("postgres:"),
            "{format}"
        );
        let test: Vec<&str> = db["healthcheck"]["test"]
            .as_sequence()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        assert_eq!(test[0], "CMD-SHELL", "{format}");
        assert!(test[1].starts_with("pg_isready"), "{format}: {test:?}");
        let migrate = &services["migrate"];
        assert_eq!(
            migrate["depends_on"]["db"]["condition"], "service_healthy",
            "{format}"
        );
        assert_eq!(
            services["app"]["depends_on"]["migrate"]["condition"], "service_completed_successfully",
            "{format}"
        );
        let migrate_image = migrate["image"].as_str().unwrap();
        if let Some(prefix) = image {
            assert!(
                migrate_image.starts_with(prefix),
                "{format}: {migrate_image}"
            );
        }
        let command = migrate["command"].as_sequence().expect("a command list");
        assert!(!command.is_empty(), "{format}");
        let volumes = migrate["volumes"].as_sequence().unwrap();
        let mounts_migrations = volumes
            .iter()
            .any(|v| v.as_str().unwrap().starts_with("./db/migrations:") || v == ".:/app");
        assert!(mounts_migrations, "{format}: {volumes:?}");
    }
    // The default writes docker-compose.migrate.yml and refuses to overwrite it.
    let out = gen_in(tmp.path(), &["compose", "--format", "dbmate"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let written = std::fs::read_to_string(tmp.path().join("docker-compose.migrate.yml")).unwrap();
    assert!(written.contains("ghcr.io/amacneil/dbmate"));
    let again = gen_in(tmp.path(), &["compose", "--format", "dbmate"]);
    assert_eq!(again.status.code(), Some(2));
    assert!(text(&again.stderr).contains("refusing to overwrite"));
}

// ----------------------------------------------------------------------------- located errors

#[test]
fn syntax_error_shows_file_line_column_and_a_caret() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(
        tmp.path().join("bad.sql"),
        "CREATE TABLE t (\n    email text NOT NUL,\n    id integer\n);\n",
    )
    .unwrap();
    let out = gen_in(tmp.path(), &["diff", "bad.sql", "bad.sql"]);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(err.starts_with("error: syntax error: "), "{err}");
    assert!(err.contains(" --> bad.sql:2:16\n"), "{err}");
    assert!(err.contains("2 |     email text NOT NUL,\n"), "{err}");
    assert!(err.contains("  |                ^^^\n"), "{err}");
    assert!(
        !err.contains('\x1b'),
        "no colour when stderr is not a terminal: {err}"
    );
    assert!(!tmp.path().join("generated").exists());
}

/// Runs `gen ARGS` under a pseudo-terminal (util-linux `script`), so stderr is a TTY.
fn gen_on_tty(dir: &Path, args: &str, no_color: bool) -> Option<String> {
    if !Path::new("/usr/bin/script").is_file() {
        return None;
    }
    let mut cmd = Command::new("/usr/bin/script");
    cmd.args([
        "-qec",
        &format!("{} {args}", env!("CARGO_BIN_EXE_gen")),
        "/dev/null",
    ])
    .current_dir(dir)
    .env_remove("NO_COLOR");
    if no_color {
        cmd.env("NO_COLOR", "1");
    }
    Some(text(&cmd.output().expect("running script").stdout))
}

#[test]
fn errors_are_coloured_on_a_terminal_unless_no_color() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(
        tmp.path().join("bad.sql"),
        "CREATE TABLE t (id integer NOT NUL);\n",
    )
    .unwrap();
    let Some(coloured) = gen_on_tty(tmp.path(), "diff bad.sql bad.sql", false) else {
        eprintln!("skipped: /usr/bin/script (util-linux) is not installed");
        return;
    };
    assert!(coloured.contains("\x1b["), "{coloured:?}");
    assert!(coloured.contains("bad.sql:1:28"), "{coloured:?}");
    let plain = gen_on_tty(tmp.path(), "diff bad.sql bad.sql", true).unwrap();
    assert!(!plain.contains('\x1b'), "{plain:?}");
    assert!(plain.contains("error: syntax error"), "{plain:?}");
}

#[test]
fn quiet_silences_the_wrote_lines_but_not_warnings() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    std::fs::write(
        dir.join("v1.sql"),
        "CREATE TABLE t (id integer PRIMARY KEY);\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("v2.sql"),
        "CREATE TABLE t (id integer PRIMARY KEY, n text NOT NULL);\n",
    )
    .unwrap();
    let loud = gen_in(dir, &["diff", "v1.sql", "v2.sql", "--out", "a"]);
    assert_eq!(loud.status.code(), Some(0), "{}", text(&loud.stderr));
    let loud = text(&loud.stderr);
    assert!(loud.contains("wrote a/000001_"), "{loud}");
    assert!(loud.contains("warning: "), "{loud}");
    let quiet = gen_in(dir, &["--quiet", "diff", "v1.sql", "v2.sql", "--out", "b"]);
    assert_eq!(quiet.status.code(), Some(0));
    let quiet = text(&quiet.stderr);
    assert!(!quiet.contains("wrote"), "{quiet}");
    assert!(quiet.contains("warning: "), "warnings stay: {quiet}");
    assert!(dir.join("b").is_dir());
    let same = gen_in(dir, &["diff", "-q", "v1.sql", "v1.sql"]);
    assert_eq!(same.status.code(), Some(0));
    assert!(same.stderr.is_empty(), "{}", text(&same.stderr));
}

#[test]
fn help_documents_exit_codes_and_the_new_commands() {
    let tmp = tempfile::tempdir().unwrap();
    let help = text(&gen_in(tmp.path(), &["--help"]).stdout);
    for needle in [
        "Exit codes",
        "0  success",
        "1  refused",
        "2  bad input",
        "NO_COLOR",
        "--quiet",
        "verify",
        "lint",
        "--from-git",
        "gen check",
        "gen rewrite",
        "--from-migrations",
    ] {
        assert!(help.contains(needle), "help lacks {needle}:\n{help}");
    }
    let help = text(&gen_in(tmp.path(), &["verify", "--help"]).stdout);
    for needle in ["--dir", "--database-url", "--pg-bin", "--seed", "OLD NEW"] {
        assert!(help.contains(needle), "verify help lacks {needle}:\n{help}");
    }
    let help = text(&gen_in(tmp.path(), &["lint", "--help"]).stdout);
    for needle in ["--schema", "--table-sizes", "--pg-version", "Exit code 1"] {
        assert!(help.contains(needle), "lint help lacks {needle}:\n{help}");
    }
    let help = text(&gen_in(tmp.path(), &["check", "--help"]).stdout);
    for needle in [
        "--dir",
        "--format",
        "--update-sum",
        "gen.sum",
        "[default: generated]",
        "Exit codes",
    ] {
        assert!(help.contains(needle), "check help lacks {needle}:\n{help}");
    }
    let help = text(&gen_in(tmp.path(), &["rewrite", "--help"]).stdout);
    for needle in [
        "--schema",
        "--format",
        "--out",
        "--dry-run",
        "--plan",
        "--allow-data-loss",
        "--column-renames",
        "--batch-size",
    ] {
        assert!(
            help.contains(needle),
            "rewrite help lacks {needle}:\n{help}"
        );
    }
}

// ------------------------------------------------------------------------------ --from-git

fn git(dir: &Path, args: &[&str]) {
    let out = Command::new("git")
        .args([
            "-c",
            "user.email=t@example.com",
            "-c",
            "user.name=t",
            "-c",
            "commit.gpgsign=false",
        ])
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("HOME", dir)
        .output()
        .expect("git");
    assert!(out.status.success(), "git {args:?}: {}", text(&out.stderr));
}

/// A repository with schemas/app.sql committed twice (v1 then v2) and v3 in the working tree.
fn repo_with_history() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    std::fs::create_dir(dir.join("schemas")).unwrap();
    git(dir, &["init", "-q", "-b", "main"]);
    let app = dir.join("schemas/app.sql");
    std::fs::write(&app, "CREATE TABLE t (id integer PRIMARY KEY);\n").unwrap();
    git(dir, &["add", "schemas/app.sql"]);
    git(dir, &["commit", "-q", "-m", "v1"]);
    std::fs::write(
        &app,
        "CREATE TABLE t (id integer PRIMARY KEY, note text);\n",
    )
    .unwrap();
    git(dir, &["commit", "-q", "-a", "-m", "v2"]);
    std::fs::write(
        &app,
        "CREATE TABLE t (id integer PRIMARY KEY, note text, tag text);\n",
    )
    .unwrap();
    tmp
}

#[test]
fn from_git_diffs_the_working_tree_against_head() {
    let repo = repo_with_history();
    let out = gen_in(
        repo.path(),
        &["diff", "--from-git", "schemas/app.sql", "--dry-run"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let files = text(&out.stdout);
    assert!(files.contains("ADD COLUMN tag text"), "{files}");
    assert!(!files.contains("ADD COLUMN note"), "{files}");
}

#[test]
fn from_git_takes_a_revision_and_works_from_a_subfolder() {
    let repo = repo_with_history();
    let sub = repo.path().join("schemas");
    let out = gen_in(
        &sub,
        &["diff", "--from-git", "HEAD~1", "app.sql", "--dry-run"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let files = text(&out.stdout);
    assert!(files.contains("ADD COLUMN note text"), "{files}");
    assert!(files.contains("ADD COLUMN tag text"), "{files}");
    // The flag may also follow the file.
    let out = gen_in(&sub, &["diff", "app.sql", "--from-git", "--dry-run"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("ADD COLUMN tag text"));
}

#[test]
fn from_git_errors_in_the_old_file_name_the_revision() {
    let repo = repo_with_history();
    let dir = repo.path();
    std::fs::write(
        dir.join("schemas/app.sql"),
        "CREATE TABLE t (id integer NOT NUL);\n",
    )
    .unwrap();
    git(dir, &["commit", "-q", "-a", "-m", "broken"]);
    std::fs::write(
        dir.join("schemas/app.sql"),
        "CREATE TABLE t (id integer);\n",
    )
    .unwrap();
    let out = gen_in(dir, &["diff", "--from-git", "schemas/app.sql"]);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(err.contains("--> HEAD:schemas/app.sql:1:28"), "{err}");
}

#[test]
fn from_git_outside_a_repository_is_a_clear_error() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("app.sql"), "CREATE TABLE t (id integer);\n").unwrap();
    let out = gen_in(tmp.path(), &["diff", "--from-git", "app.sql"]);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(err.contains("not inside a git repository"), "{err}");
    assert!(!tmp.path().join("generated").exists());
}

#[test]
fn from_git_unknown_revision_is_a_clear_error() {
    let repo = repo_with_history();
    let out = gen_in(
        repo.path(),
        &["diff", "--from-git", "no-such-branch", "schemas/app.sql"],
    );
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(
        err.contains("unknown git revision \"no-such-branch\""),
        "{err}"
    );
}

#[test]
fn from_git_new_file_needs_allow_new_file() {
    let repo = repo_with_history();
    let dir = repo.path();
    std::fs::write(
        dir.join("schemas/new.sql"),
        "CREATE TABLE n (id integer PRIMARY KEY);\n",
    )
    .unwrap();
    let out = gen_in(dir, &["diff", "--from-git", "schemas/new.sql"]);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(
        err.contains("schemas/new.sql does not exist at HEAD"),
        "{err}"
    );
    assert!(err.contains("--allow-new-file"), "{err}");
    assert!(!dir.join("generated").exists());
    let out = gen_in(
        dir,
        &[
            "diff",
            "--from-git",
            "schemas/new.sql",
            "--allow-new-file",
            "--dry-run",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("CREATE TABLE public.n"),
        "{}",
        text(&out.stdout)
    );
}

#[test]
fn from_git_with_two_files_is_bad_input() {
    let repo = repo_with_history();
    let out = gen_in(
        repo.path(),
        &[
            "diff",
            "--from-git",
            "HEAD",
            "schemas/app.sql",
            "schemas/app.sql",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
}

// ------------------------------------------------------------------------------------ lint

fn lint_in(dir: &Path, migration: &str, schema: Option<&str>, extra: &[&str]) -> (i32, String) {
    std::fs::write(dir.join("m.sql"), migration).unwrap();
    let mut args = vec!["lint", "m.sql"];
    if let Some(schema) = schema {
        std::fs::write(dir.join("old.sql"), schema).unwrap();
        args.extend(["--schema", "old.sql"]);
    }
    args.extend(extra);
    let out = gen_in(dir, &args);
    (
        out.status.code().unwrap(),
        text(&out.stdout) + &text(&out.stderr),
    )
}

const LINT_SCHEMA: &str = "CREATE TABLE users (id bigint PRIMARY KEY, email varchar(100), name text, org_id bigint);\n\
CREATE TABLE orgs (id bigint PRIMARY KEY); -- @rows 50\n";

#[test]
fn lint_reports_risks_with_location_lock_and_alternative() {
    let tmp = tempfile::tempdir().unwrap();
    let (code, out) = lint_in(
        tmp.path(),
        "SET lock_timeout = '5s';\n\
         ALTER TABLE users ADD COLUMN token uuid NOT NULL DEFAULT gen_random_uuid();\n",
        Some(LINT_SCHEMA),
        &[],
    );
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("error[table-rewrite]: ADD COLUMN token with a volatile default"),
        "{out}"
    );
    assert!(out.contains(" --> m.sql:2:1\n"), "{out}");
    assert!(
        out.contains(
            "2 | ALTER TABLE users ADD COLUMN token uuid NOT NULL DEFAULT gen_random_uuid();"
        ),
        "{out}"
    );
    assert!(out.contains("  | ^^^^^^^^^^^^^^^^^^^^"), "{out}");
    assert!(
        out.contains("lock ACCESS EXCLUSIVE, rewrites the table"),
        "{out}"
    );
    assert!(
        out.contains("instead: add token without the default"),
        "{out}"
    );
    assert!(
        out.contains("m.sql: 1 high, 0 medium, 0 low risk(s)"),
        "{out}"
    );
}

#[test]
fn lint_the_role_column_example() {
    // A constant default is instant since PostgreSQL 11: only the missing lock_timeout is risky.
    let tmp = tempfile::tempdir().unwrap();
    let (code, out) = lint_in(
        tmp.path(),
        "ALTER TABLE users ADD COLUMN role VARCHAR(50) NOT NULL DEFAULT 'member';\n",
        Some(LINT_SCHEMA),
        &[],
    );
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("warning[missing-lock-timeout]"), "{out}");
    assert!(!out.contains("table-rewrite"), "{out}");
    let (code, out) = lint_in(
        tmp.path(),
        "ALTER TABLE users ADD COLUMN role VARCHAR(50) NOT NULL;\n",
        Some(LINT_SCHEMA),
        &[],
    );
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("error[fails-with-rows]"), "{out}");
}

#[test]
fn lint_type_changes_use_the_old_type() {
    let tmp = tempfile::tempdir().unwrap();
    let m = "SET lock_timeout = '2s';\n\
             ALTER TABLE users ALTER COLUMN email TYPE varchar(200);\n\
             ALTER TABLE users ALTER COLUMN id TYPE integer;\n";
    let (code, out) = lint_in(tmp.path(), m, Some(LINT_SCHEMA), &[]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("note[exclusive-lock]: ALTER COLUMN email TYPE character varying(200) is binary coercible"), "{out}");
    assert!(
        out.contains("error[table-rewrite]: ALTER COLUMN id TYPE integer from bigint rewrites"),
        "{out}"
    );
    assert!(
        out.contains("warning[unsafe-cast]: id: bigint -> integer"),
        "{out}"
    );
    // Without the schema the old type is unknown: assume the rewrite, and say why.
    let (code, out) = lint_in(tmp.path(), m, None, &[]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("the old type is unknown: give --schema OLD.sql"),
        "{out}"
    );
}

#[test]
fn lint_constraints_not_null_and_validate() {
    let tmp = tempfile::tempdir().unwrap();
    let m = "SET LOCAL lock_timeout = '5s';\n\
             ALTER TABLE users ALTER COLUMN email SET NOT NULL;\n\
             ALTER TABLE users ADD CONSTRAINT users_email_check CHECK (email <> '');\n\
             ALTER TABLE users ADD CONSTRAINT users_org_fkey FOREIGN KEY (org_id) REFERENCES orgs (id);\n\
             ALTER TABLE users ADD CONSTRAINT users_name_check CHECK (name <> '') NOT VALID;\n\
             ALTER TABLE users VALIDATE CONSTRAINT users_name_check;\n\
             ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);\n";
    let (code, out) = lint_in(tmp.path(), m, Some(LINT_SCHEMA), &[]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("error[blocks-writes]: SET NOT NULL on email scans public.users"),
        "{out}"
    );
    assert!(out.contains("CHECK (email IS NOT NULL) NOT VALID"), "{out}");
    assert!(
        out.contains("error[blocks-writes]: ADD CONSTRAINT users_email_check CHECK scans"),
        "{out}"
    );
    assert!(out.contains("instead: ALTER TABLE users ADD CONSTRAINT users_email_check CHECK (email <> '') NOT VALID; then, in a later migration file, ALTER TABLE public.users VALIDATE CONSTRAINT users_email_check;"), "{out}");
    assert!(out.contains("error[blocks-writes]: ADD CONSTRAINT users_org_fkey FOREIGN KEY scans public.users under SHARE ROW EXCLUSIVE"), "{out}");
    assert!(
        out.contains(
            "VALIDATE CONSTRAINT users_name_check runs in the same file as its NOT VALID add"
        ),
        "{out}"
    );
    assert!(out.contains(" --> m.sql:6:1"), "{out}");
    assert!(out.contains("ADD UNIQUE builds its unique index"), "{out}");
    assert!(
        out.contains("CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON public.users (email);"),
        "{out}"
    );
    assert!(!out.contains("missing-lock-timeout"), "{out}");
}

#[test]
fn lint_indexes_and_concurrently_in_a_transaction() {
    let tmp = tempfile::tempdir().unwrap();
    let (code, out) = lint_in(
        tmp.path(),
        "CREATE INDEX users_name_idx ON users (name);\nDROP INDEX users_name_idx;\n",
        None,
        &[],
    );
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("error[blocks-writes]: CREATE INDEX on existing table public.users"),
        "{out}"
    );
    assert!(
        out.contains("instead: CREATE INDEX CONCURRENTLY users_name_idx ON users (name);"),
        "{out}"
    );
    assert!(
        out.contains("note[exclusive-lock]: DROP INDEX public.users_name_idx"),
        "{out}"
    );
    assert!(
        out.contains("instead: DROP INDEX CONCURRENTLY users_name_idx;"),
        "{out}"
    );
    // Alone in its file, CONCURRENTLY is fine; in a multi-statement file or BEGIN..COMMIT it fails.
    let (code, out) = lint_in(
        tmp.path(),
        "CREATE INDEX CONCURRENTLY i ON users (name);\n",
        None,
        &[],
    );
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("0 high, 0 medium, 0 low"), "{out}");
    let (code, out) = lint_in(
        tmp.path(),
        "BEGIN;\nDROP INDEX CONCURRENTLY i;\nCOMMIT;\n",
        None,
        &[],
    );
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("error[fails-in-transaction]: DROP INDEX CONCURRENTLY cannot run in a transaction block, and this one is inside BEGIN ... COMMIT"), "{out}");
    let (code, out) = lint_in(
        tmp.path(),
        "SET lock_timeout = '1s';\nCREATE INDEX CONCURRENTLY i ON users (name);\n",
        None,
        &[],
    );
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("which golang-migrate runs as one transaction"),
        "{out}"
    );
}

#[test]
fn lint_new_tables_are_not_risky_and_small_tables_are_low() {
    let tmp = tempfile::tempdir().unwrap();
    let m = "CREATE TABLE fresh (id integer);\n\
             ALTER TABLE fresh ADD COLUMN x integer NOT NULL;\n\
             ALTER TABLE fresh ADD CONSTRAINT fresh_x_check CHECK (x > 0);\n\
             CREATE INDEX fresh_x ON fresh (x);\n";
    let (code, out) = lint_in(tmp.path(), m, None, &[]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("0 high, 0 medium, 0 low"), "{out}");
    // orgs has `-- @rows 50` in the schema: small, so the index build is low.
    let (code, out) = lint_in(
        tmp.path(),
        "SET lock_timeout = '1s';\nCREATE INDEX orgs_id ON orgs (id);\n",
        Some(LINT_SCHEMA),
        &[],
    );
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("note[blocks-writes]") && out.contains("(a small table: brief)"),
        "{out}"
    );
    // `-- @rows N` before the statement, and --table-sizes, do the same.
    let (code, out) = lint_in(
        tmp.path(),
        "SET lock_timeout = '1s';\n-- @rows 10\nCREATE INDEX users_n ON users (name);\n",
        None,
        &[],
    );
    assert_eq!(code, 0, "{out}");
    std::fs::write(tmp.path().join("sizes.txt"), "public.users 20\n").unwrap();
    let (code, out) = lint_in(
        tmp.path(),
        "SET lock_timeout = '1s';\nCREATE INDEX users_n ON users (name);\n",
        None,
        &["--table-sizes", "sizes.txt"],
    );
    assert_eq!(code, 0, "{out}");
}

#[test]
fn lint_drops_renames_and_unreadable_statements() {
    let tmp = tempfile::tempdir().unwrap();
    let m = "SET lock_timeout = '1s';\n\
             ALTER TABLE users DROP COLUMN name;\n\
             DROP TABLE orgs;\n\
             ALTER TABLE users RENAME COLUMN email TO mail;\n\
             DO $$ BEGIN PERFORM 1; END $$;\n";
    let (code, out) = lint_in(tmp.path(), m, Some(LINT_SCHEMA), &[]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("error[deletes-data]: DROP COLUMN name"),
        "{out}"
    );
    assert!(
        out.contains("error[deletes-data]: DROP TABLE public.orgs"),
        "{out}"
    );
    assert!(
        out.contains("warning[breaks-old-app]: RENAME COLUMN email TO mail"),
        "{out}"
    );
    assert!(
        out.contains("warning[not-checked]: this statement was not checked"),
        "{out}"
    );
    assert!(out.contains(" --> m.sql:5:1"), "{out}");
}

#[test]
fn lint_the_files_gen_wrote_finds_no_high_risk() {
    // gen's own migration set for the example, linted in order: what an earlier file validates
    // (the CHECK behind SET NOT NULL) is known to the later ones.
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut ups: Vec<String> = std::fs::read_dir(root.join("generated"))
        .unwrap()
        .map(|e| e.unwrap().path().to_string_lossy().into_owned())
        .filter(|p| p.ends_with(".up.sql"))
        .collect();
    ups.sort();
    let mut args = vec!["lint", "--schema", "schemas/app_v1.sql"];
    args.extend(ups.iter().map(String::as_str));
    let out = gen_in(root, &args);
    let report = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{report}");
    assert_eq!(report.matches(" 0 high, ").count(), ups.len(), "{report}");
    // Alone, the contract file's SET NOT NULL cannot know the CHECK an earlier file validated.
    let last = ups.iter().rev().find(|p| p.contains("contract")).unwrap();
    let out = gen_in(root, &["lint", last, "--schema", "schemas/app_v1.sql"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stdout));
}

#[test]
fn lint_bad_sql_is_bad_input_with_a_caret() {
    let tmp = tempfile::tempdir().unwrap();
    let (code, out) = lint_in(tmp.path(), "SELECT 1;\nSELECT 'open\n", None, &[]);
    assert_eq!(code, 2, "{out}");
    assert!(out.contains("m.sql:2:"), "{out}");
}

// ------------------------------------------------------- the formats with the workflow commands

#[test]
fn from_git_writes_the_chosen_format() {
    let repo = repo_with_history();
    let out = gen_in(
        repo.path(),
        &[
            "diff",
            "--from-git",
            "schemas/app.sql",
            "--format",
            "dbmate",
            "--out",
            "db",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let mut names = support_tree(&repo.path().join("db"));
    names.sort();
    assert_eq!(
        names,
        ["000001_schema_change_expand.sql", "gen.sum"],
        "{names:?}"
    );
    let file = std::fs::read_to_string(repo.path().join("db").join(&names[0])).unwrap();
    assert!(file.contains("-- migrate:up"), "{file}");
    assert!(file.contains("ADD COLUMN tag text"), "{file}");
    assert!(!file.contains("ADD COLUMN note"), "{file}");
}

#[test]
fn quiet_silences_compose_and_verify_takes_no_format() {
    let tmp = tempfile::tempdir().unwrap();
    let out = gen_in(tmp.path(), &["-q", "compose", "--format", "dbmate"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(out.stderr.is_empty(), "{}", text(&out.stderr));
    assert!(tmp.path().join("docker-compose.migrate.yml").is_file());
    let loud = gen_in(tmp.path(), &["compose", "--out", "b.yml"]);
    assert_eq!(loud.status.code(), Some(0), "{}", text(&loud.stderr));
    assert!(text(&loud.stderr).contains("wrote b.yml"));

    // gen verify proves golang-migrate files only: it says so and refuses --format.
    let help = text(&gen_in(tmp.path(), &["verify", "--help"]).stdout);
    assert!(help.contains("golang-migrate files only"), "{help}");
    std::fs::write(tmp.path().join("a.sql"), "").unwrap();
    let out = gen_in(
        tmp.path(),
        &["verify", "a.sql", "a.sql", "--format", "sqlx"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("--format"),
        "{}",
        text(&out.stderr)
    );
}

// ------------------------------------------------------------------- gen check, gen.sum, rewrite

/// `gen` in `dir`, with its exit code and stderr (stdout appended).
fn run(dir: &Path, args: &[&str]) -> (i32, String) {
    let out = gen_in(dir, args);
    (
        out.status.code().unwrap_or(-1),
        format!("{}{}", text(&out.stderr), text(&out.stdout)),
    )
}

const V1: &str = "CREATE TABLE users (\n    id bigint PRIMARY KEY,\n    email text NOT NULL\n);\n";
const V2: &str = "CREATE TABLE users (\n    id bigint PRIMARY KEY,\n    email text NOT NULL,\n    name text\n);\nCREATE INDEX users_email_idx ON users (email);\n";
const V3: &str = "CREATE TABLE users (\n    id bigint PRIMARY KEY,\n    email text NOT NULL,\n    name text,\n    note text\n);\nCREATE INDEX users_email_idx ON users (email);\n";

/// A folder `m` made by gen: the first migration creates v1, the second takes it to v2.
fn folder_v1_v2(dir: &Path, format: &str) {
    for (name, sql) in [("v1.sql", V1), ("v2.sql", V2), ("v3.sql", V3)] {
        std::fs::write(dir.join(name), sql).unwrap();
    }
    for (old, new) in [("/dev/null", "v1.sql"), ("v1.sql", "v2.sql")] {
        let (code, out) = run(
            dir,
            &["diff", old, new, "--out", "m", "--format", format, "-q"],
        );
        assert_eq!(code, 0, "{format}: {out}");
    }
}

#[test]
fn gen_diff_records_the_files_it_writes_in_gen_sum() {
    use sha2::{Digest, Sha256};
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    folder_v1_v2(dir, "golang-migrate");
    let sum = std::fs::read_to_string(dir.join("m/gen.sum")).unwrap();
    let mut lines = sum.lines();
    let total = lines.next().unwrap();
    let body: String = lines.clone().map(|l| format!("{l}\n")).collect();
    let hex = |bytes: &[u8]| -> String {
        Sha256::digest(bytes)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    };
    assert_eq!(total, format!("sha256:{}", hex(body.as_bytes())));
    let mut files: Vec<String> = std::fs::read_dir(dir.join("m"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != "gen.sum")
        .collect();
    files.sort();
    assert_eq!(files.len(), 8, "{files:?}");
    let listed: Vec<String> = lines
        .map(|l| {
            let (file, hash) = l.rsplit_once(' ').unwrap();
            let bytes = std::fs::read(dir.join("m").join(file)).unwrap();
            assert_eq!(hash, format!("sha256:{}", hex(&bytes)), "{file}");
            file.to_string()
        })
        .collect();
    assert_eq!(listed, files);

    // an edit by hand stays visible: the next gen diff warns and keeps the recorded hash
    let edited = dir.join("m/000001_schema_change_expand.up.sql");
    std::fs::write(&edited, "CREATE TABLE users (id bigint);\n").unwrap();
    let (code, out) = run(dir, &["diff", "v2.sql", "v3.sql", "--out", "m"]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("warning: edited: 000001_schema_change_expand.up.sql changed by hand"),
        "{out}"
    );
    let after = std::fs::read_to_string(dir.join("m/gen.sum")).unwrap();
    let line = |text: &str, file: &str| {
        text.lines()
            .find(|l| l.starts_with(file))
            .map(str::to_string)
    };
    assert_eq!(
        line(&after, "000001_schema_change_expand.up.sql"),
        line(&sum, "000001_schema_change_expand.up.sql")
    );
    assert!(
        line(&after, "000005_schema_change_expand.up.sql").is_some(),
        "{after}"
    );
    // --dry-run and --plan write nothing, gen.sum included
    let (code, _) = run(
        dir,
        &["diff", "v1.sql", "v3.sql", "--out", "n", "--dry-run"],
    );
    assert_eq!(code, 0);
    assert!(!dir.join("n").exists());
}

#[test]
fn check_passes_on_the_folder_gen_wrote() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    folder_v1_v2(dir, "golang-migrate");
    let (code, out) = run(dir, &["check", "--dir", "m", "v2.sql"]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("ok: the 4 migrations in m build v2.sql, and match m/gen.sum"),
        "{out}"
    );
    // the default folder is generated/
    let (code, out) = run(dir, &["diff", "/dev/null", "v1.sql", "-q"]);
    assert_eq!(code, 0, "{out}");
    let (code, out) = run(dir, &["check", "v1.sql"]);
    assert_eq!(code, 0, "{out}");
}

#[test]
fn check_finds_a_schema_edited_without_a_migration() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    folder_v1_v2(dir, "golang-migrate");
    let (code, out) = run(dir, &["check", "--dir", "m", "v3.sql"]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("error: the migrations in m do not build v3.sql"),
        "{out}"
    );
    // the unified diff of the two schemas: the column the file has and the migrations lack
    assert!(
        out.contains("--- the schema the migrations in m build"),
        "{out}"
    );
    assert!(out.contains("+++ v3.sql"), "{out}");
    assert!(out.contains("\n+    note text,\n"), "{out}");
    assert!(out.contains("\n     name text,\n"), "{out}");
    let command = "gen diff --from-migrations m v3.sql --out m";
    assert!(out.contains(&format!("\n  {command}")), "{out}");
    // the command printed writes the missing migration
    let args: Vec<&str> = command.split(' ').skip(1).collect();
    let (code, out) = run(dir, &args);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("wrote m/000005_schema_change_expand.up.sql"),
        "{out}"
    );
    let (code, out) = run(dir, &["check", "--dir", "m", "v3.sql"]);
    assert_eq!(code, 0, "{out}");
    // the other way: the migrations build more than the file holds
    let (code, out) = run(dir, &["check", "--dir", "m", "v1.sql"]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("\n-CREATE INDEX users_email_idx"), "{out}");
}

#[test]
fn check_names_migration_files_edited_added_or_removed_by_hand() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    folder_v1_v2(dir, "golang-migrate");
    let m = dir.join("m");
    // edited: a comment changes no schema, yet the file is not the one gen wrote
    let up = m.join("000004_schema_change_expand_3.up.sql");
    let mut text = std::fs::read_to_string(&up).unwrap();
    text.push_str("-- reviewed\n");
    std::fs::write(&up, text).unwrap();
    let (code, out) = run(dir, &["check", "--dir", "m", "v2.sql"]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("edited: 000004_schema_change_expand_3.up.sql"),
        "{out}"
    );
    assert!(!out.contains("do not build"), "{out}");
    // added
    std::fs::write(m.join("000009_extra.up.sql"), "SELECT 1;\n").unwrap();
    std::fs::write(m.join("000009_extra.down.sql"), "SELECT 1;\n").unwrap();
    // removed (a down: the schema the ups build is unchanged)
    std::fs::remove_file(m.join("000002_schema_change_expand.down.sql")).unwrap();
    let (code, out) = run(dir, &["check", "--dir", "m", "v2.sql"]);
    assert_eq!(code, 1, "{out}");
    for line in [
        "edited: 000004_schema_change_expand_3.up.sql",
        "added: 000009_extra.down.sql",
        "added: 000009_extra.up.sql",
        "removed: 000002_schema_change_expand.down.sql",
    ] {
        assert!(out.contains(line), "{line}: {out}");
    }
    assert!(
        out.contains("gen check --dir m --update-sum v2.sql"),
        "the command that records the files: {out}"
    );
    // recorded after review, the folder checks clean
    let (code, out) = run(dir, &["check", "--dir", "m", "--update-sum", "v2.sql"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("wrote m/gen.sum (9 files)"), "{out}");
    let (code, out) = run(dir, &["check", "--dir", "m", "v2.sql"]);
    assert_eq!(code, 0, "{out}");
    // a gen.sum edited by hand is reported too
    let sum = std::fs::read_to_string(m.join("gen.sum")).unwrap();
    std::fs::write(m.join("gen.sum"), sum.replacen("sha256:", "sha256:0", 2)).unwrap();
    let (code, out) = run(dir, &["check", "--dir", "m", "v2.sql"]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("m/gen.sum was edited by hand"), "{out}");
}

#[test]
fn check_reports_a_folder_without_gen_sum_and_how_to_create_it() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    folder_v1_v2(dir, "dbmate");
    std::fs::remove_file(dir.join("m/gen.sum")).unwrap();
    let (code, out) = run(
        dir,
        &["check", "--dir", "m", "--format", "dbmate", "v2.sql"],
    );
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("m has no gen.sum"), "{out}");
    let command = "gen check --dir m --format dbmate --update-sum v2.sql";
    assert!(out.contains(&format!("\n  {command}")), "{out}");
    let args: Vec<&str> = command.split(' ').skip(1).collect();
    let (code, out) = run(dir, &args);
    assert_eq!(code, 0, "{out}");
    assert!(dir.join("m/gen.sum").is_file());
    // a first gen diff into a folder without gen.sum records what is there
    std::fs::remove_file(dir.join("m/gen.sum")).unwrap();
    let (code, out) = run(
        dir,
        &[
            "diff", "v2.sql", "v3.sql", "--out", "m", "--format", "dbmate",
        ],
    );
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("wrote m/gen.sum: it also records the 4 migration files already in m"),
        "{out}"
    );
    let (code, out) = run(
        dir,
        &["check", "--dir", "m", "--format", "dbmate", "v3.sql"],
    );
    assert_eq!(code, 0, "{out}");
}

#[test]
fn check_reads_every_format_layout() {
    for format in [
        "golang-migrate",
        "alembic",
        "prisma",
        "dbmate",
        "sqlx",
        "diesel",
        "flyway",
        "goose",
        "sql",
    ] {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path();
        folder_v1_v2(dir, format);
        let (code, out) = run(dir, &["check", "--dir", "m", "--format", format, "v2.sql"]);
        assert_eq!(code, 0, "{format}: {out}");
        let (code, out) = run(dir, &["check", "--dir", "m", "--format", format, "v3.sql"]);
        assert_eq!(code, 1, "{format}: {out}");
        assert!(out.contains("+    note text,"), "{format}: {out}");
        let fix = if format == "golang-migrate" {
            "gen diff --from-migrations m v3.sql --out m".to_string()
        } else {
            format!("gen diff --from-migrations m v3.sql --out m --format {format}")
        };
        assert!(out.contains(&fix), "{format}: {out}");
    }
}

#[test]
fn check_bad_input_is_exit_2_with_file_line_column() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    folder_v1_v2(dir, "golang-migrate");
    let (code, out) = run(dir, &["check", "--dir", "nope", "v2.sql"]);
    assert_eq!(code, 2, "{out}");
    assert!(out.contains("nope: no such folder"), "{out}");
    let (code, out) = run(dir, &["check", "--dir", "m", "missing.sql"]);
    assert_eq!(code, 2, "{out}");
    assert!(out.contains("missing.sql"), "{out}");
    // an up file gen cannot read into the model: named with its line and column, after the
    // gen.sum report that explains it
    std::fs::write(
        dir.join("m/000005_hand.up.sql"),
        "-- by hand\nALTER TABLE users ADD COLUMN name text;\n",
    )
    .unwrap();
    let (code, out) = run(dir, &["check", "--dir", "m", "v2.sql"]);
    assert_eq!(code, 2, "{out}");
    assert!(out.contains("added: 000005_hand.up.sql"), "{out}");
    assert!(
        out.contains("column name of table public.users is defined twice"),
        "{out}"
    );
    assert!(out.contains("--> m/000005_hand.up.sql:2:"), "{out}");
    // alembic revisions are read from the SQL strings gen writes; other Python is refused
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    folder_v1_v2(dir, "alembic");
    let first = std::fs::read_dir(dir.join("m"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| {
            std::fs::read_to_string(p)
                .unwrap()
                .contains("down_revision = None")
        })
        .unwrap();
    let text = std::fs::read_to_string(&first).unwrap().replacen(
        "    op.execute(",
        "    op.add_column('users', None)\n    op.execute(",
        1,
    );
    std::fs::write(&first, text).unwrap();
    let (code, out) = run(
        dir,
        &["check", "--dir", "m", "--format", "alembic", "v2.sql"],
    );
    assert_eq!(code, 2, "{out}");
    assert!(
        out.contains("cannot read `op.add_column('users', None)` in upgrade()"),
        "{out}"
    );
}

const APP: &str = "-- @rows 5000000\nCREATE TABLE users (\n    id bigserial PRIMARY KEY,\n    email text NOT NULL,\n    created_at timestamptz NOT NULL DEFAULT now()\n);\nCREATE INDEX users_email_idx ON users (email);\n";

#[test]
fn rewrite_the_role_column_example() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    std::fs::write(dir.join("app.sql"), APP).unwrap();
    std::fs::write(
        dir.join("add_role.sql"),
        "ALTER TABLE users ADD COLUMN role VARCHAR(50) NOT NULL DEFAULT 'member';\n",
    )
    .unwrap();
    let (code, out) = run(
        dir,
        &[
            "rewrite",
            "add_role.sql",
            "--schema",
            "app.sql",
            "--dry-run",
        ],
    );
    assert_eq!(code, 0, "{out}");
    // one expand file: the constant default is stored in the catalog (no rewrite since
    // PostgreSQL 11), under a lock_timeout the hand-written statement lacked
    assert!(
        out.contains("-- ==> generated/000001_schema_change_expand.up.sql <=="),
        "{out}"
    );
    assert!(out.contains("SET LOCAL lock_timeout = '5s';\n\nALTER TABLE public.users ADD COLUMN role character varying(50) DEFAULT 'member' NOT NULL;"), "{out}");
    assert!(
        out.contains("ALTER TABLE public.users DROP COLUMN role;"),
        "{out}"
    );
    assert!(!out.contains("000002_"), "{out}");
    // the same as gen diff of the schema with the column
    std::fs::write(
        dir.join("app2.sql"),
        APP.replace(
            "    created_at",
            "    role varchar(50) NOT NULL DEFAULT 'member',\n    created_at",
        ),
    )
    .unwrap();
    let (_, diffed) = run(dir, &["diff", "app.sql", "app2.sql", "--dry-run"]);
    assert_eq!(out, diffed);
    // without the default the column cannot be added to a table with rows: the warning says so
    std::fs::write(
        dir.join("bare.sql"),
        "ALTER TABLE users ADD COLUMN role VARCHAR(50) NOT NULL;\n",
    )
    .unwrap();
    let (code, out) = run(
        dir,
        &["rewrite", "bare.sql", "--schema", "app.sql", "--plan"],
    );
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("warning: column public.users.role is NOT NULL with no DEFAULT"),
        "{out}"
    );
    assert!(out.contains("fails-with-rows"), "{out}");
    // written into a folder, with gen.sum, and checked
    let (code, out) = run(
        dir,
        &[
            "rewrite",
            "add_role.sql",
            "--schema",
            "app.sql",
            "--out",
            "m",
        ],
    );
    assert_eq!(code, 0, "{out}");
    assert!(dir.join("m/gen.sum").is_file());
}

#[test]
fn rewrite_keeps_renames_and_using() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    std::fs::write(dir.join("app.sql"), APP).unwrap();
    // a column renamed: the compat rename (new column synced by trigger, old one dropped in
    // contract), not a drop of email and its data, which would be refused
    std::fs::write(
        dir.join("rename.sql"),
        "ALTER TABLE users RENAME COLUMN email TO mail;\n",
    )
    .unwrap();
    let (code, out) = run(
        dir,
        &["rewrite", "rename.sql", "--schema", "app.sql", "--dry-run"],
    );
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("ALTER TABLE public.users ADD COLUMN mail text;"),
        "{out}"
    );
    assert!(out.contains("CREATE TRIGGER gen_sync_users"), "{out}");
    assert!(
        out.contains("ALTER TABLE public.users DROP COLUMN email;"),
        "{out}"
    );
    assert!(!out.contains("refusing"), "{out}");
    let (code, out) = run(
        dir,
        &[
            "rewrite",
            "rename.sql",
            "--schema",
            "app.sql",
            "--dry-run",
            "--column-renames",
            "direct",
        ],
    );
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("ALTER TABLE public.users RENAME COLUMN email TO mail;"),
        "{out}"
    );
    // renames of a table and an index, in a migration that also adds a column
    std::fs::write(
        dir.join("people.sql"),
        "BEGIN;\nALTER TABLE users RENAME TO people;\nALTER INDEX users_email_idx RENAME TO people_email_idx;\nALTER TABLE people ADD COLUMN nick text;\nCOMMIT;\n",
    )
    .unwrap();
    let (code, out) = run(
        dir,
        &["rewrite", "people.sql", "--schema", "app.sql", "--dry-run"],
    );
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("ALTER TABLE public.users RENAME TO people;"),
        "{out}"
    );
    assert!(
        out.contains("ALTER INDEX public.users_email_idx RENAME TO people_email_idx;"),
        "{out}"
    );
    assert!(
        out.contains("ALTER TABLE public.people ADD COLUMN nick text;"),
        "{out}"
    );
    assert!(!out.contains("DROP TABLE"), "{out}");
    // a type change keeps its USING
    std::fs::write(
        dir.join("retype.sql"),
        "ALTER TABLE users ALTER COLUMN created_at TYPE bigint USING extract(epoch FROM created_at)::bigint;\n",
    )
    .unwrap();
    let (code, out) = run(
        dir,
        &[
            "rewrite",
            "retype.sql",
            "--schema",
            "app.sql",
            "--dry-run",
            "--allow-data-loss",
        ],
    );
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains(
            "(SELECT (extract(epoch FROM created_at)::bigint) FROM (SELECT NEW.*) AS users)"
        ),
        "{out}"
    );
    assert!(
        out.contains("SET gen_new_created_at = (extract(epoch FROM created_at)::bigint)"),
        "{out}"
    );
    // a statement gen cannot model is bad input, located
    std::fs::write(
        dir.join("bad.sql"),
        "ALTER TABLE users\n  ADD COLUMN id int;\n",
    )
    .unwrap();
    let (code, out) = run(dir, &["rewrite", "bad.sql", "--schema", "app.sql"]);
    assert_eq!(code, 2, "{out}");
    assert!(out.contains("--> bad.sql:2:"), "{out}");
}

#[test]
fn a_data_dump_reads_as_its_schema_with_the_data_skipped() {
    // pg_dump without --schema-only: each table's rows in a `COPY ... FROM stdin;` block ended
    // by `\.`, and the sequences' values set with `SELECT pg_catalog.setval(...)`. The rows are
    // not SQL (quotes, semicolons, dollar signs and comment marks in them mean nothing).
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let schema = "CREATE TABLE public.notes (\n    id integer NOT NULL,\n    body text,\n    tags text[]\n);\n\
                  CREATE SEQUENCE public.notes_id_seq AS integer;\n\
                  ALTER SEQUENCE public.notes_id_seq OWNED BY public.notes.id;\n";
    std::fs::write(dir.join("schema.sql"), schema).unwrap();
    let data = format!(
        "{schema}\n\
         COPY public.notes (id, body, tags) FROM stdin;\n\
         1\tit's a \"quote\"; and a semicolon\t{{a,b}}\n\
         2\t$$ dollars $$ and -- not a comment\t\\N\n\
         3\t/* not a comment either\t{{}}\n\
         4\t\\\\. a backslash and a dot, escaped\t\\N\n\
         \\.\n\
         \n\
         SELECT pg_catalog.setval('public.notes_id_seq', 4, true);\n\
         CREATE INDEX notes_body ON public.notes USING btree (body);\n"
    );
    std::fs::write(dir.join("data.sql"), &data).unwrap();
    std::fs::write(
        dir.join("schema_indexed.sql"),
        format!("{schema}CREATE INDEX notes_body ON public.notes USING btree (body);\n"),
    )
    .unwrap();
    let out = gen_in(
        dir,
        &["diff", "schema_indexed.sql", "data.sql", "--dry-run"],
    );
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("No changes"), "{stderr}");
    assert!(
        stderr.contains(
            "skipped 2 data statements (not schema): COPY public.notes, SELECT setval(...)"
        ),
        "{stderr}"
    );
    // what follows the rows is read: the index makes a change from the bare schema
    let out = gen_in(dir, &["diff", "schema.sql", "data.sql", "--dry-run"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("CREATE INDEX"),
        "{}",
        text(&out.stdout)
    );
    let strict = gen_in(
        dir,
        &["diff", "--strict", "schema.sql", "data.sql", "--dry-run"],
    );
    assert_eq!(strict.status.code(), Some(2));
    assert!(
        text(&strict.stderr).contains("COPY public.notes is a data statement"),
        "{}",
        text(&strict.stderr)
    );
}
