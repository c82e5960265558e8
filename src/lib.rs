//! `gen`: turns a change to a declarative PostgreSQL schema into safe, phased, reversible
//! migration files.
//!
//! Data flows one way: text -> [`parse`] -> [`model`] -> [`diff`] -> changes -> [`plan`]
//! (graph, phases, risk) -> SQL statements -> [`render`] (templates) -> [`output`] (files).
//! PostgreSQL's own rules (quoting, types, locks) live in [`dialect::postgres`].

pub mod canonical;
pub mod check;
pub mod diagnostic;
pub mod dialect;
pub mod diff;
pub mod error;
pub mod existing;
pub mod git;
pub mod lint;
pub mod migrations;
pub mod model;
pub mod output;
pub mod parse;
pub mod plan;
pub mod render;
pub mod rewrite;
pub mod risk;
pub mod sum;
pub mod table_sizes;
pub mod verify;

pub use error::{Error, SourceError};

/// One input schema file: the name to show in messages, and its text.
#[derive(Debug, Clone)]
pub struct Input {
    pub path: String,
    pub text: String,
}

impl Input {
    /// Reads a file from disk.
    pub fn read(path: &str) -> Result<Input, Error> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| Error::io(format!("cannot read {path}"), e))?;
        Ok(Input {
            path: path.to_string(),
            text,
        })
    }

    /// The live schema of the database at `dsn` (a libpq connection string or URI), read by
    /// running `pg_dump --schema-only`: `pg_dump` is `pg_dump_path`, or found on `PATH`.
    /// `label` names the input in messages (`--from-db`, `--to-db`), not the DSN, which may
    /// hold a password.
    pub fn from_db(
        dsn: &str,
        pg_dump_path: Option<&std::path::Path>,
        label: &str,
    ) -> Result<Input, Error> {
        let program = pg_dump_path.unwrap_or(std::path::Path::new("pg_dump"));
        let out = std::process::Command::new(program)
            .args(["--schema-only", "--dbname", dsn])
            .stdin(std::process::Stdio::null())
            .output()
            .map_err(|e| {
                Error::Setting(if e.kind() == std::io::ErrorKind::NotFound {
                    format!(
                        "{label}: {} not found: install PostgreSQL's client programs (pg_dump, as new as the server) or name it with --pg-dump PATH",
                        program.display()
                    )
                } else {
                    format!("{label}: cannot run {}: {e}", program.display())
                })
            })?;
        if !out.status.success() {
            let stderr = String::from_utf8_lossy(&out.stderr);
            let mut msg = format!(
                "{label}: {} --schema-only failed ({}):\n{}",
                program.display(),
                out.status,
                stderr.trim_end()
            );
            if stderr.contains("server version mismatch") {
                msg.push_str(
                    "\npg_dump must be at least as new as the server: name a newer one with --pg-dump PATH",
                );
            }
            return Err(Error::Setting(msg));
        }
        let text = String::from_utf8(out.stdout).map_err(|_| {
            Error::Setting(format!("{label}: pg_dump wrote text that is not UTF-8"))
        })?;
        Ok(Input {
            path: label.to_string(),
            text,
        })
    }
}

/// Parses both inputs, diffs them and plans the migration.
pub fn plan_change(
    old: &Input,
    new: &Input,
    opts: &plan::PlanOptions,
) -> Result<plan::Plan, Error> {
    plan_change_with(old, new, parse::ParseOptions::default(), opts)
}

/// [`plan_change`] with parse options (`--strict`).
pub fn plan_change_with(
    old: &Input,
    new: &Input,
    parse_opts: parse::ParseOptions,
    opts: &plan::PlanOptions,
) -> Result<plan::Plan, Error> {
    let (old_parsed, new_parsed) = parse_pair(old, new, parse_opts)?;
    plan_parsed(old_parsed, new_parsed, opts)
}

/// Parses both inputs, the old one first: the new one is read beside the old model, and its
/// tables that come out the same are the old model's, shared (`parse::parse_schema_sharing`),
/// so that the two models take little more memory than one. The old file's error, if any, is
/// reported first. The models do not borrow the texts: a caller done with them can drop them
/// before planning.
pub fn parse_pair(
    old: &Input,
    new: &Input,
    parse_opts: parse::ParseOptions,
) -> Result<(parse::Parsed, parse::Parsed), Error> {
    let old_parsed = parse::parse_schema_with(&old.path, &old.text, parse_opts)?;
    let new_parsed =
        parse::parse_schema_sharing(&new.path, &new.text, parse_opts, &old_parsed.schema)?;
    Ok((old_parsed, new_parsed))
}

/// Diffs two models read by the parser (a schema file, or migrations read back) and plans the
/// migration; the notes of both readings come first among the plan's warnings.
pub fn plan_parsed(
    old_parsed: parse::Parsed,
    new_parsed: parse::Parsed,
    opts: &plan::PlanOptions,
) -> Result<plan::Plan, Error> {
    let diff_opts = diff::DiffOptions {
        compat_column_renames: opts.column_renames == plan::ColumnRenames::Compat,
    };
    let changes = diff::diff_with(&old_parsed.schema, &new_parsed.schema, &diff_opts)?;
    let mut plan = plan::plan(&old_parsed.schema, &new_parsed.schema, changes, opts)?;
    let mut notes = old_parsed.notes;
    notes.extend(new_parsed.notes);
    notes.append(&mut plan.warnings);
    plan.warnings = notes;
    Ok(plan)
}
