//! Command-line behaviour that does not need the parser or planner.

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
