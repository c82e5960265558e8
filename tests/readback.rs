//! Read-back of gen's own output, one trial per folder under tests/cases/ (no database: the
//! model is the parser's).
//!
//! For each case:
//! - the expected files (golang-migrate, or the layout of the case's `--format`, read as `gen
//!   check` reads it): old.sql followed by the up files, each applied to the
//!   model as a migration (`parse::Reader::read_migration`), must give new.sql's model, and
//!   new.sql followed by the down files in reverse must give old.sql's model (the diff between
//!   them is empty; a failure prints the unified diff of their canonical texts);
//! - the same plan laid out in every `--format` and read back from its folder the way `gen
//!   check` reads it (`migrations::read`, `migrations::model`): the ups from an empty model
//!   after old.sql, the downs after new.sql;
//! - the migration from an empty schema to new.sql and back, and the reverse migration
//!   (new.sql to old.sql, with `--allow-data-loss`): every statement gen writes for creating and
//!   dropping each object is read back too.
//!
//! A case gen refuses (`expected/exit_code` is not 0) has no migration files: what cannot be
//! read back is skipped with its reason printed; a case with nothing left to read is ignored.
//! Run: `cargo test --release --test readback [NAME]`.

use gen_schema::Input;
use gen_schema::model::Schema;
use gen_schema::parse::{self, ParseOptions, Reader};
use gen_schema::plan::{ColumnRenames, PlanOptions};
use gen_schema::render::{self, Format, RenderOptions, Start};
use libtest_mimic::{Arguments, Failed, Trial};
use std::fs;
use std::path::{Path, PathBuf};

fn cases() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut dirs: Vec<PathBuf> = fs::read_dir(root)
        .expect("tests/cases")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    dirs
}

fn read(path: &Path) -> Input {
    Input {
        path: path.display().to_string(),
        text: fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display())),
    }
}

/// The case's planner flags (its `args` file), as `gen diff` reads them.
fn plan_options(dir: &Path) -> PlanOptions {
    case_args(dir).0
}

/// The case's planner flags and the `--format` of its expected files (its `args` file).
fn case_args(dir: &Path) -> (PlanOptions, Format) {
    let mut opts = PlanOptions::default();
    let mut format = Format::default();
    let Ok(text) = fs::read_to_string(dir.join("args")) else {
        return (opts, format);
    };
    let mut words = text.split_whitespace();
    while let Some(flag) = words.next() {
        let mut value = || {
            words
                .next()
                .unwrap_or_else(|| panic!("{flag} without a value"))
                .replace("{case}", &dir.display().to_string())
        };
        match flag {
            "--allow-data-loss" => opts.allow_data_loss = true,
            "--batch-size" => opts.batch_size = value().parse().expect("a number"),
            "--name" => {
                value();
            }
            "--column-renames" => {
                opts.column_renames = match value().as_str() {
                    "direct" => ColumnRenames::Direct,
                    _ => ColumnRenames::Compat,
                }
            }
            "--table-sizes" => {
                opts.table_sizes = gen_schema::table_sizes::read(&value()).expect("sizes")
            }
            "--format" => format = value().parse().expect("a format"),
            other => panic!("the read-back test does not know the flag {other} of {dir:?}"),
        }
    }
    (opts, format)
}

/// `first` read as a schema (when given), then each migration file applied to its model.
fn model(first: Option<&Input>, migrations: &[&Input]) -> Result<Schema, String> {
    let mut r = Reader::new(ParseOptions::default());
    if let Some(f) = first {
        r.read(&f.path, &f.text).map_err(|e| e.to_string())?;
    }
    for m in migrations {
        r.read_migration(&m.path, &m.text)
            .map_err(|e| e.to_string())?;
    }
    Ok(r.finish().schema)
}

/// Compares the model read back with the schema it must equal.
fn same(
    what: &str,
    got: Result<Schema, String>,
    want: &Schema,
    want_name: &str,
) -> Result<(), String> {
    let got = got.map_err(|e| format!("{what}: cannot read back:\n{e}"))?;
    if gen_schema::canonical::same(&got, want).map_err(|e| e.to_string())? {
        return Ok(());
    }
    let changes = gen_schema::diff::diff(&got.without_directives(), &want.without_directives())
        .map(|c| {
            c.iter()
                .take(5)
                .map(|c| format!("  {c:?}").chars().take(400).collect::<String>())
                .collect::<Vec<_>>()
                .join("\n")
        })
        .unwrap_or_else(|e| e.to_string());
    let text = gen_schema::canonical::diff_text(&got, "read back", want, want_name)
        .unwrap_or_else(|e| e.to_string());
    Err(format!(
        "{what}: the model read back differs from {want_name}:\n{text}\nchanges:\n{changes}"
    ))
}

/// Reads back a plan written in `format`: the ups after `old` must give `new`, the downs after
/// `new` in reverse must give `old`.
fn round_trip(
    what: &str,
    plan: &gen_schema::plan::Plan,
    format: Format,
    old: Option<&Input>,
    (old_model, old_name): (&Schema, &str),
    new: Option<&Input>,
    (new_model, new_name): (&Schema, &str),
) -> Result<(), String> {
    let tmp = tempfile::tempdir().map_err(|e| e.to_string())?;
    let dir = tmp.path().join("m");
    let start = Start {
        first_version: 1,
        first_timestamp: 1_700_000_000,
        down_revision: None,
        has_lock_file: false,
    };
    let files = render::render(plan, &RenderOptions::for_format("readback", format, start));
    gen_schema::output::write_files(&dir, &files).map_err(|e| e.to_string())?;
    let folder = gen_schema::migrations::read(&dir, format)
        .map_err(|e| format!("{what} ({format}): {e}"))?;
    let ups: Vec<&Input> = folder.migrations.iter().map(|m| &m.up).collect();
    let downs: Vec<&Input> = folder
        .migrations
        .iter()
        .rev()
        .map(|m| {
            m.down
                .as_ref()
                .expect("gen writes a down for every migration")
        })
        .collect();
    same(
        &format!("{what} ({format}), up"),
        model(old, &ups),
        new_model,
        new_name,
    )?;
    same(
        &format!("{what} ({format}), down"),
        model(new, &downs),
        old_model,
        old_name,
    )
}

fn run(dir: &Path) -> Result<(), String> {
    let old = read(&dir.join("old.sql"));
    let new = read(&dir.join("new.sql"));
    let old_model = parse::parse_schema(&old.path, &old.text)
        .map_err(|e| e.to_string())?
        .schema;
    let new_model = parse::parse_schema(&new.path, &new.text)
        .map_err(|e| e.to_string())?
        .schema;
    let mut failures = Vec::new();

    // the expected files, read in the layout of the case's --format (golang-migrate unless
    // its args say otherwise)
    let expected = dir.join("expected");
    let folder = gen_schema::migrations::read(&expected, case_args(dir).1)
        .map_err(|e| format!("{}: {e}", expected.display()))?;
    let ups: Vec<Input> = folder.migrations.iter().map(|m| m.up.clone()).collect();
    let downs: Vec<Input> = folder
        .migrations
        .iter()
        .map(|m| {
            m.down
                .clone()
                .expect("gen writes a down for every migration")
        })
        .collect();
    let refused = fs::read_to_string(expected.join("exit_code"))
        .map(|c| c.trim() != "0")
        .unwrap_or(false);
    if !refused && ups.is_empty() {
        println!(
            "{}: gen writes no migration for this case (the schemas are equal): old.sql alone \
             must read as new.sql",
            dir.display()
        );
    }
    if refused {
        println!(
            "{}: the expected files and the formats are not read back: gen refuses this change \
             (expected/exit_code), so it wrote no migration",
            dir.display()
        );
    } else {
        let up_refs: Vec<&Input> = ups.iter().collect();
        let down_refs: Vec<&Input> = downs.iter().rev().collect();
        failures.extend(
            same(
                "expected up files",
                model(Some(&old), &up_refs),
                &new_model,
                "new.sql",
            )
            .err(),
        );
        failures.extend(
            same(
                "expected down files",
                model(Some(&new), &down_refs),
                &old_model,
                "old.sql",
            )
            .err(),
        );

        // the same plan in every format
        let plan =
            gen_schema::plan_change(&old, &new, &plan_options(dir)).map_err(|e| e.to_string())?;
        for &format in Format::ALL {
            failures.extend(
                round_trip(
                    "the case's migration",
                    &plan,
                    format,
                    Some(&old),
                    (&old_model, "old.sql"),
                    Some(&new),
                    (&new_model, "new.sql"),
                )
                .err(),
            );
        }
    }

    // from nothing to new.sql and back; new.sql back to old.sql
    let all = PlanOptions {
        allow_data_loss: true,
        ..plan_options(dir)
    };
    // new.sql's `@renamed` directives name objects of the schema before it, not of an empty one
    let create = gen_schema::plan_parsed(
        parse::Parsed::default(),
        parse::Parsed {
            schema: new_model.without_directives(),
            notes: Vec::new(),
        },
        &all,
    )
    .map_err(|e| e.to_string())?;
    failures.extend(
        round_trip(
            "empty -> new.sql",
            &create,
            Format::GolangMigrate,
            None,
            (&Schema::default(), "the empty schema"),
            Some(&new),
            (&new_model, "new.sql"),
        )
        .err(),
    );
    match gen_schema::plan_change(&new, &old, &all) {
        Ok(reverse) => {
            let result = round_trip(
                "new.sql -> old.sql",
                &reverse,
                Format::GolangMigrate,
                Some(&new),
                (&new_model, "new.sql"),
                Some(&old),
                (&old_model, "old.sql"),
            );
            let name = dir.file_name().unwrap().to_string_lossy();
            match (EXPECTED_FAILURES.iter().find(|f| f.0 == name), result) {
                (None, r) => failures.extend(r.err()),
                (Some((_, _, why)), Ok(())) => failures.push(format!(
                    "new.sql -> old.sql reads back now: remove the case from EXPECTED_FAILURES \
                     ({why})"
                )),
                (Some((_, needle, why)), Err(e)) if e.contains(needle) => {
                    println!("{name}: new.sql -> old.sql fails as expected: {why}")
                }
                (Some(_), Err(e)) => failures.push(format!(
                    "new.sql -> old.sql fails in another way than EXPECTED_FAILURES says:\n{e}"
                )),
            }
        }
        Err(e) => println!(
            "{}: new.sql -> old.sql not read back: gen does not plan it: {e}",
            dir.display()
        ),
    }
    if failures.is_empty() {
        Ok(())
    } else {
        Err(failures.join("\n\n"))
    }
}

/// Reverse migrations (new.sql -> old.sql) that the read-back shows to be wrong, each confirmed
/// on PostgreSQL with `gen verify new.sql old.sql --allow-data-loss` (the model read back and
/// PostgreSQL refuse the same statement): planner bugs of migrations no case proves, listed with
/// the text their failure must contain. A listed case fails the test if it passes or fails
/// another way.
const EXPECTED_FAILURES: &[(&str, &str, &str)] = &[(
    "partition_attach_index_on_only",
    "relation public.items_a_pkey is defined twice",
    "a partition's index attached to its parent's primary key, detached again: rebuilt \
         CONCURRENTLY under the name it still holds (PostgreSQL: cannot drop index items_a_pkey \
         because index items_pkey requires it)",
)];

fn main() {
    let args = Arguments::from_args();
    let trials = cases()
        .into_iter()
        .map(|dir| {
            let name = dir.file_name().unwrap().to_string_lossy().into_owned();
            // a case whose new.sql gen refuses to read has nothing to read back
            let new = read(&dir.join("new.sql"));
            let unreadable = parse::parse_schema(&new.path, &new.text).err();
            if let Some(e) = &unreadable {
                eprintln!(
                    "{name}: ignored: gen refuses new.sql, so there is no migration to read back ({})",
                    e.message
                );
            }
            Trial::test(name, move || run(&dir).map_err(Failed::from))
                .with_ignored_flag(unreadable.is_some())
        })
        .collect();
    libtest_mimic::run(&args, trials).exit();
}
