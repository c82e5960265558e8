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
        ]
    );
    let out = ok(&["diff", "v3.sql", "v3.sql"]);
    assert!(text(&out.stderr).contains("equal"), "{}", text(&out.stderr));
    assert_eq!(std::fs::read_dir(dir.join("generated")).unwrap().count(), 4);
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
    assert_eq!(std::fs::read_dir(&versions).unwrap().count(), 5);
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
