//! The new model of a diff is read beside the old one, sharing the tables and indexes that come
//! out the same (`parse::parse_schema_sharing`). That must change nothing but memory: the model
//! read that way is the model read alone, to the text of every expression, and the old model is
//! left as it was. Checked on every case's pair, on the benchmarks' generated pairs (big enough
//! for the passes made while the file is read), and on files that change shared tables after
//! they were shared.

#[path = "../benches/support/dump_gen.rs"]
mod dump_gen;
#[path = "../benches/support/schema_gen.rs"]
mod schema_gen;

use gen_schema::model::Schema;
use gen_schema::parse::{ParseOptions, parse_schema, parse_schema_sharing};
use std::fmt::Write;
use std::path::Path;

/// All of a model, to the text of every expression (`Expr`'s `==` compares canonical forms).
fn dump(s: &Schema) -> String {
    format!("{s:?}")
}

/// Reads `new` beside `old` and alone, checks that both readings and the old model are as they
/// should be, and returns how many tables and indexes the new model shares with the old one.
fn check(what: &str, old: &str, new: &str) -> (usize, usize) {
    let Ok(old) = parse_schema("old.sql", old) else {
        return (0, 0);
    };
    let before = dump(&old.schema);
    let alone = parse_schema("new.sql", new);
    let shared = parse_schema_sharing("new.sql", new, ParseOptions::default(), &old.schema);
    let (alone, shared) = match (alone, shared) {
        (Ok(a), Ok(s)) => (a, s),
        (Err(a), Err(s)) => {
            assert_eq!(a.to_string(), s.to_string(), "{what}: the errors differ");
            return (0, 0);
        }
        (a, s) => panic!(
            "{what}: read alone {:?}, read sharing {:?}",
            a.err(),
            s.err()
        ),
    };
    assert_eq!(
        dump(&alone.schema),
        dump(&shared.schema),
        "{what}: the models differ"
    );
    assert_eq!(alone.notes, shared.notes, "{what}: the notes differ");
    assert_eq!(before, dump(&old.schema), "{what}: the old model changed");
    let (s, o) = (&shared.schema, &old.schema);
    let tables = s.tables.keys().filter(|k| s.tables.shares(&o.tables, *k));
    let indexes = s
        .indexes
        .keys()
        .filter(|k| s.indexes.shares(&o.indexes, *k));
    (tables.count(), indexes.count())
}

/// Every folder under `dir` with an old.sql and a new.sql: checked, with the tables shared.
fn check_cases(dir: &Path, cases: &mut usize, shared_tables: &mut usize) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let case = entry.unwrap().path();
        if !case.is_dir() {
            continue;
        }
        match (
            std::fs::read_to_string(case.join("old.sql")),
            std::fs::read_to_string(case.join("new.sql")),
        ) {
            (Ok(old), Ok(new)) => {
                *shared_tables += check(&case.display().to_string(), &old, &new).0;
                *cases += 1;
            }
            _ => check_cases(&case, cases, shared_tables),
        }
    }
}

/// Every case of tests/cases, and of the folders `SHARING_EXTRA` names (`:`-separated: the
/// shared corpus, downloaded applications' histories).
#[test]
fn every_case_reads_the_same_sharing() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut cases = 0;
    let mut shared_tables = 0;
    check_cases(&dir, &mut cases, &mut shared_tables);
    assert!(cases > 100, "only {cases} cases found in {}", dir.display());
    if let Ok(extra) = std::env::var("SHARING_EXTRA") {
        for d in extra.split(':').filter(|d| !d.is_empty()) {
            check_cases(Path::new(d), &mut cases, &mut shared_tables);
        }
        eprintln!("{cases} cases, {shared_tables} tables shared");
    }
    // most cases change the one table they have; 70 tables were shared when this was written
    assert!(shared_tables > 50, "only {shared_tables} tables shared");
}

#[test]
fn generated_pairs_share_their_unchanged_tables() {
    let (old, new) = (
        schema_gen::schema(1000, false),
        schema_gen::schema(1000, true),
    );
    let (tables, indexes) = check("1,000 tables", &old, &new);
    // every tenth table changes; the others are shared, most of them while the file is read
    assert!(tables >= 880, "{tables} of 1,000 tables shared");
    assert!(indexes >= 1800, "{indexes} of 2,000 indexes shared");
    let (tables, _) = check("dump", &dump_gen::dump(false), &dump_gen::dump(true));
    assert!(tables > 100, "{tables} tables of the dump shared");
}

/// Tables shared while the file is read, then changed by statements further on (the copy is
/// changed, not the old model's table), or dropped and created again differently.
#[test]
fn tables_changed_after_they_are_shared() {
    let mut old = String::from("CREATE TYPE mood AS ENUM ('ok', 'sad');\n");
    for i in 0..600 {
        writeln!(
            old,
            "CREATE TABLE t{i} (id bigint PRIMARY KEY, m mood, v text DEFAULT 'x' || 'y');\n\
             CREATE INDEX t{i}_v ON t{i} (lower(v));\nCOMMENT ON TABLE t{i} IS 'c';"
        )
        .unwrap();
    }
    let mut new = old.clone();
    for i in (0..600).step_by(7) {
        writeln!(
            new,
            "ALTER TABLE t{i} ADD COLUMN n integer;\nALTER TABLE t{i} ALTER COLUMN v SET DEFAULT 'xy';\n\
             COMMENT ON INDEX t{i}_v IS 'i';"
        )
        .unwrap();
    }
    writeln!(new, "DROP TABLE t5;\nCREATE TABLE t5 (id integer);").unwrap();
    writeln!(new, "ALTER TYPE mood RENAME TO feeling;").unwrap();
    let (tables, indexes) = check("changed later", &old, &new);
    assert_eq!(
        (tables, indexes),
        (0, 513),
        "the type rename changes every table"
    );
    let new = new.replace("ALTER TYPE mood RENAME TO feeling;\n", "");
    let (tables, indexes) = check("changed later", &old, &new);
    assert_eq!((tables, indexes), (513, 513));
}
