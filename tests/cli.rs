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
    ] {
        assert!(help.contains(needle), "diff help lacks {needle}:\n{help}");
    }
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
