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

// ------------------------------------------------------------------------- the other formats

fn in_format(format: Format, start: Start) -> Vec<OutputFile> {
    render(
        &sample(),
        &RenderOptions::for_format("schema_change", format, start),
    )
}

fn by_name<'a>(files: &'a [OutputFile], name: &str) -> &'a str {
    &files
        .iter()
        .find(|f| f.path.to_string_lossy() == name)
        .unwrap_or_else(|| panic!("no {name} in {:?}", names(files)))
        .contents
}

/// 2023-11-14 22:13:20 UTC.
const T0: i64 = 1_700_000_000;

fn timestamped(first_timestamp: i64) -> Start {
    Start {
        first_timestamp,
        ..Start::version(1)
    }
}

#[test]
fn every_format_prints_the_shared_header_and_statements() {
    for &format in Format::ALL {
        let files = in_format(format, timestamped(T0));
        let all: String = files.iter().map(|f| f.contents.as_str()).collect();
        for needle in [
            "Phase expand: additive changes, safe while the old application still runs.",
            "Changes:",
            "  - add column public.users.email",
            "Hazards (locks, rewrites, scans):",
            "  - [blocks-writes] scans public.users under ACCESS EXCLUSIVE lock",
            "    while checking",
            "Before the next phase:",
            "  deploy the application that writes users.email",
            "No transaction: ",
            "must not run inside a transaction",
            "CREATE INDEX CONCURRENTLY users_email_idx ON public.users (email);",
            "DROP INDEX CONCURRENTLY public.users_email_idx;",
            "ALTER TABLE public.users ALTER COLUMN email DROP NOT NULL;",
        ] {
            assert!(all.contains(needle), "{format} lacks {needle:?}:\n{all}");
        }
        assert!(files.iter().all(|f| f.contents.ends_with('\n')), "{format}");
        assert_eq!(files, in_format(format, timestamped(T0)), "{format}");
    }
}

#[test]
fn sqlx_marks_non_transactional_files_on_their_first_line() {
    let files = in_format(Format::Sqlx, Start::version(3));
    assert_eq!(
        names(&files),
        [
            "000003_schema_change_expand.up.sql",
            "000003_schema_change_expand.down.sql",
            "000004_schema_change_expand_2.up.sql",
            "000004_schema_change_expand_2.down.sql",
            "000005_schema_change_contract.up.sql",
            "000005_schema_change_contract.down.sql",
        ]
    );
    for f in &files {
        let marked = f.contents.starts_with("-- no-transaction\n-- ");
        assert_eq!(
            marked,
            f.path.to_string_lossy().contains("expand_2"),
            "{}",
            f.contents
        );
    }
}

#[test]
fn dbmate_sections_say_transaction_false_where_needed() {
    let files = in_format(Format::Dbmate, Start::version(1));
    assert_eq!(
        names(&files),
        [
            "000001_schema_change_expand.sql",
            "000002_schema_change_expand_2.sql",
            "000003_schema_change_contract.sql",
        ]
    );
    let index = by_name(&files, "000002_schema_change_expand_2.sql");
    assert!(index.contains("\n-- migrate:up transaction:false\n\nCREATE INDEX CONCURRENTLY"));
    assert!(index.contains("\n-- migrate:down transaction:false\n\nDROP INDEX CONCURRENTLY"));
    let first = by_name(&files, "000001_schema_change_expand.sql");
    assert!(first.contains("\n-- migrate:up\n") && first.contains("\n-- migrate:down\n"));
    assert!(first.find("-- migrate:up") < first.find("ALTER TABLE public.users ADD"));
    assert!(first.find("-- migrate:down") < first.find("DROP TABLE public.t;"));
}

#[test]
fn goose_annotations_and_statement_blocks() {
    let mut plan = sample();
    plan.units[0]
        .up
        .push("DO $$\nBEGIN\n  PERFORM 1;\nEND $$".to_string());
    let files = render(
        &plan,
        &RenderOptions::for_format("schema_change", Format::Goose, Start::version(1)),
    );
    let first = by_name(&files, "000001_schema_change_expand.sql");
    assert!(first.contains(
        "-- +goose StatementBegin\nDO $$\nBEGIN\n  PERFORM 1;\nEND $$;\n-- +goose StatementEnd"
    ));
    assert!(first.contains("\n-- +goose Up\n\nALTER TABLE public.users ADD COLUMN email text;\n"));
    assert!(!first.contains("NO TRANSACTION"));
    let index = by_name(&files, "000002_schema_change_expand_2.sql");
    assert!(index.contains("\n-- +goose NO TRANSACTION\n\n-- +goose Up\n"));
    // No comment line but the annotations themselves starts with `+goose`.
    for f in &files {
        for line in f.contents.lines().filter(|l| l.starts_with("-- +goose")) {
            assert!(
                matches!(
                    line,
                    "-- +goose Up"
                        | "-- +goose Down"
                        | "-- +goose NO TRANSACTION"
                        | "-- +goose StatementBegin"
                        | "-- +goose StatementEnd"
                ),
                "{line}"
            );
        }
    }
}

#[test]
fn flyway_versions_undo_scripts_and_script_config() {
    let files = in_format(Format::Flyway, Start::version(7));
    assert_eq!(
        names(&files),
        [
            "V7__schema_change_expand.sql",
            "U7__schema_change_expand.sql",
            "V8__schema_change_expand_2.sql",
            "V8__schema_change_expand_2.sql.conf",
            "U8__schema_change_expand_2.sql",
            "U8__schema_change_expand_2.sql.conf",
            "V9__schema_change_contract.sql",
            "U9__schema_change_contract.sql",
        ]
    );
    let conf = by_name(&files, "V8__schema_change_expand_2.sql.conf");
    assert!(conf.ends_with("\nexecuteInTransaction=false\n"), "{conf}");
    assert!(conf.starts_with("# V8__schema_change_expand_2.sql: CREATE INDEX CONCURRENTLY"));
    assert!(by_name(&files, "U7__schema_change_expand.sql").starts_with(
        "-- U7__schema_change_expand.sql\n-- Reverts V7__schema_change_expand.sql.\n"
    ));
}

#[test]
fn diesel_folders_metadata_and_empty_downs() {
    let mut plan = sample();
    plan.units[2].down.clear();
    let files = render(
        &plan,
        &RenderOptions::for_format("schema_change", Format::Diesel, timestamped(T0)),
    );
    assert_eq!(
        names(&files),
        [
            "2023-11-14-221320_schema_change_expand/up.sql",
            "2023-11-14-221320_schema_change_expand/down.sql",
            "2023-11-14-221321_schema_change_expand_2/up.sql",
            "2023-11-14-221321_schema_change_expand_2/down.sql",
            "2023-11-14-221321_schema_change_expand_2/metadata.toml",
            "2023-11-14-221322_schema_change_contract/up.sql",
            "2023-11-14-221322_schema_change_contract/down.sql",
        ]
    );
    assert!(
        by_name(
            &files,
            "2023-11-14-221321_schema_change_expand_2/metadata.toml"
        )
        .ends_with("\nrun_in_transaction = false\n")
    );
    let empty = by_name(&files, "2023-11-14-221322_schema_change_contract/down.sql");
    assert!(
        empty.contains("-- Nothing to run.\n") && empty.ends_with("\n\nSELECT 1;\n"),
        "{empty}"
    );
}

#[test]
fn prisma_folders_down_files_and_lock_file() {
    let files = in_format(Format::Prisma, timestamped(T0));
    assert_eq!(
        names(&files),
        [
            "migration_lock.toml",
            "20231114221320_schema_change_expand/migration.sql",
            "20231114221320_schema_change_expand/down.sql",
            "20231114221321_schema_change_expand_2/migration.sql",
            "20231114221321_schema_change_expand_2/down.sql",
            "20231114221322_schema_change_contract/migration.sql",
            "20231114221322_schema_change_contract/down.sql",
        ]
    );
    assert!(by_name(&files, "migration_lock.toml").contains("provider = \"postgresql\"\n"));
    let down = by_name(&files, "20231114221320_schema_change_expand/down.sql");
    assert!(down.contains("Prisma has no down migrations"), "{down}");
    assert!(down.contains("prisma db execute --file 20231114221320_schema_change_expand/down.sql"));
    let with_lock = in_format(
        Format::Prisma,
        Start {
            has_lock_file: true,
            ..timestamped(T0)
        },
    );
    assert_eq!(with_lock.len(), 6);
}

#[test]
fn alembic_chains_revisions_and_runs_concurrently_in_autocommit() {
    let files = in_format(
        Format::Alembic,
        Start {
            down_revision: Some("1975ea83b712".into()),
            ..Start::version(1)
        },
    );
    let revision = |text: &str, key: &str| {
        text.lines()
            .find_map(|l| l.strip_prefix(&format!("{key} = ")))
            .unwrap()
            .to_string()
    };
    let mut parent = "\"1975ea83b712\"".to_string();
    for f in &files {
        let rev = revision(&f.contents, "revision");
        assert_eq!(revision(&f.contents, "down_revision"), parent);
        let name = f.path.to_string_lossy();
        assert!(
            name.starts_with(rev.trim_matches('"')) && name.ends_with(".py"),
            "{name}"
        );
        parent = rev;
    }
    let index = &files[1].contents;
    assert!(index.contains(
        "    with op.get_context().autocommit_block():\n        op.execute(\"CREATE INDEX CONCURRENTLY"
    ));
    let first = &files[0].contents;
    assert!(first.contains(
        "def upgrade() -> None:\n    # A transaction of its own: commit what earlier revisions"
    ));
    assert!(
        first.contains("    op.execute(\"ALTER TABLE public.users ADD COLUMN email text;\")\n")
    );
    // A different head gives different revision ids.
    assert_ne!(
        in_format(Format::Alembic, Start::version(1))[0].path,
        files[0].path
    );
}

#[test]
fn plain_sql_one_pair_per_phase_with_explicit_transactions() {
    let files = in_format(Format::Sql, Start::version(4));
    assert_eq!(
        names(&files),
        [
            "000004_schema_change_expand.up.sql",
            "000004_schema_change_expand.down.sql",
            "000005_schema_change_contract.up.sql",
            "000005_schema_change_contract.down.sql",
        ]
    );
    let up = &files[0].contents;
    assert!(up.contains("-- Part 1 of 2\n") && up.contains("-- Part 2 of 2\n"));
    assert!(up.contains("\n\nBEGIN;\n\nALTER TABLE public.users ADD COLUMN email text;\n"));
    assert!(up.contains("CREATE TABLE public.t (id integer);\n\nCOMMIT;\n"));
    let index = up.find("CREATE INDEX CONCURRENTLY").unwrap();
    assert_eq!(up[index..].matches("BEGIN;").count(), 0, "{up}");
    // Downs run in reverse: the index's down first.
    let down = &files[1].contents;
    assert!(down.find("DROP INDEX CONCURRENTLY") < down.find("DROP TABLE public.t;"));
}
