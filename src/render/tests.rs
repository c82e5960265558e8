use super::*;
use crate::dialect::postgres::Lock;
use crate::plan::{Phase, Plan, Unit};
use crate::risk::{Risk, RiskCode};

fn unit(phase: Phase, transactional: bool, up: &[&str], down: &[&str]) -> Unit {
    Unit {
        phase,
        transactional,
        summary: vec![],
        risks: vec![],
        before_next: None,
        up: up.iter().map(|s| s.to_string()).collect(),
        down: down.iter().map(|s| s.to_string()).collect(),
    }
}

fn sample() -> Plan {
    let mut add_col = unit(
        Phase::Expand,
        true,
        &[
            "ALTER TABLE public.users ADD COLUMN email text",
            "CREATE TABLE public.t (id integer)",
        ],
        &[
            "DROP TABLE public.t",
            "ALTER TABLE public.users DROP COLUMN email",
        ],
    );
    add_col.summary = vec![
        "add column public.users.email".into(),
        "add table public.t".into(),
    ];
    add_col.before_next = Some("deploy the application that writes users.email".into());
    let mut index = unit(
        Phase::Expand,
        false,
        &["CREATE INDEX CONCURRENTLY users_email_idx ON public.users (email)"],
        &["DROP INDEX CONCURRENTLY public.users_email_idx"],
    );
    index.summary = vec!["add index users_email_idx".into()];
    index.risks = vec![Risk::new(
        RiskCode::Concurrently,
        Some(Lock::ShareUpdateExclusive),
        "builds the index without blocking writes; slower",
    )];
    let mut contract = unit(
        Phase::Contract,
        true,
        &["ALTER TABLE public.users ALTER COLUMN email SET NOT NULL"],
        &["ALTER TABLE public.users ALTER COLUMN email DROP NOT NULL"],
    );
    contract.summary = vec!["users.email becomes NOT NULL".into()];
    contract.risks = vec![Risk::new(
        RiskCode::BlocksWrites,
        Some(Lock::AccessExclusive),
        "scans public.users under ACCESS EXCLUSIVE lock\nwhile checking",
    )];
    Plan {
        units: vec![add_col, index, contract],
        warnings: vec![],
    }
}

fn names(files: &[OutputFile]) -> Vec<String> {
    files
        .iter()
        .map(|f| f.path.to_string_lossy().into_owned())
        .collect()
}

#[test]
fn names_and_numbering() {
    let files = render(&sample(), &RenderOptions::new("schema_change", 7));
    assert_eq!(
        names(&files),
        [
            "000007_schema_change_expand.up.sql",
            "000007_schema_change_expand.down.sql",
            "000008_schema_change_expand_2.up.sql",
            "000008_schema_change_expand_2.down.sql",
            "000009_schema_change_contract.up.sql",
            "000009_schema_change_contract.down.sql",
        ]
    );
}

#[test]
fn empty_plan_gives_no_files() {
    assert!(render(&Plan::default(), &RenderOptions::new("x", 1)).is_empty());
}

#[test]
fn up_file_layout() {
    let files = render(&sample(), &RenderOptions::new("schema_change", 1));
    assert_eq!(
        files[0].contents,
        "\
-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - add column public.users.email
--   - add table public.t
--
-- Before the next phase:
--   deploy the application that writes users.email

ALTER TABLE public.users ADD COLUMN email text;

CREATE TABLE public.t (id integer);
"
    );
}

#[test]
fn down_file_layout() {
    let files = render(&sample(), &RenderOptions::new("schema_change", 1));
    assert_eq!(
        files[1].contents,
        "\
-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - add column public.users.email
--   - add table public.t

DROP TABLE public.t;

ALTER TABLE public.users DROP COLUMN email;
"
    );
}

#[test]
fn non_transactional_unit_says_so() {
    let files = render(&sample(), &RenderOptions::new("schema_change", 1));
    for f in &files[2..4] {
        assert!(
            f.contents
                .contains("-- No transaction: this file holds one statement"),
            "{}",
            f.contents
        );
        let sql: String = f
            .contents
            .lines()
            .filter(|l| !l.starts_with("--"))
            .collect();
        assert_eq!(sql.matches(';').count(), 1, "{}", f.contents);
    }
    assert!(
        files[2]
            .contents
            .contains("--   - [concurrently] builds the index without blocking writes; slower\n")
    );
    assert!(
        files[2]
            .contents
            .ends_with("\n\nCREATE INDEX CONCURRENTLY users_email_idx ON public.users (email);\n")
    );
    for f in files
        .iter()
        .filter(|f| !f.path.to_string_lossy().contains("expand_2"))
    {
        assert!(!f.contents.contains("No transaction"), "{}", f.contents);
    }
}

#[test]
fn contract_header_and_multiline_hazard() {
    let files = render(&sample(), &RenderOptions::new("schema_change", 1));
    let up = &files[4].contents;
    assert!(up.starts_with(
        "-- 000003_schema_change_contract.up.sql\n-- Phase contract: tightening and removal; run only once the \
         application no longer needs the old shape.\n"
    ));
    assert!(up.contains(
        "-- Hazards (locks, rewrites, scans):\n--   - [blocks-writes] scans public.users under ACCESS EXCLUSIVE lock\n--     while checking\n"
    ));
    assert!(files[5].contents.starts_with(
        "-- 000003_schema_change_contract.down.sql\n-- Reverts 000003_schema_change_contract.up.sql.\n"
    ));
}

#[test]
fn every_file_ends_with_one_newline_and_semicolons_are_not_doubled() {
    let mut plan = sample();
    plan.units[0].up[0].push_str(";\n\n");
    let files = render(&plan, &RenderOptions::new("schema_change", 1));
    for f in &files {
        assert!(
            f.contents.ends_with(";\n") && !f.contents.ends_with("\n\n"),
            "{:?}",
            f.contents
        );
        assert!(!f.contents.contains(";;"));
    }
}

#[test]
fn empty_down_is_a_comment() {
    let plan = Plan {
        units: vec![unit(Phase::Backfill, true, &["UPDATE t SET a = b"], &[])],
        warnings: vec![],
    };
    let files = render(&plan, &RenderOptions::new("fill", 12));
    assert_eq!(files[0].path, PathBuf::from("000012_fill_backfill.up.sql"));
    assert!(
        files[1].contents.ends_with("--\n-- Nothing to run.\n"),
        "{}",
        files[1].contents
    );
}

#[test]
fn deterministic() {
    let a = render(&sample(), &RenderOptions::new("schema_change", 1));
    let b = render(&sample(), &RenderOptions::new("schema_change", 1));
    assert_eq!(a, b);
}
