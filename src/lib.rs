//! `gen`: turns a change to a declarative PostgreSQL schema into safe, phased, reversible
//! migration files.
//!
//! Data flows one way: text -> [`parse`] -> [`model`] -> [`diff`] -> changes -> [`plan`]
//! (graph, phases, risk) -> SQL statements -> [`render`] (templates) -> [`output`] (files).
//! PostgreSQL's own rules (quoting, types, locks) live in [`dialect::postgres`].

pub mod diagnostic;
pub mod dialect;
pub mod diff;
pub mod error;
pub mod existing;
pub mod git;
pub mod lint;
pub mod model;
pub mod output;
pub mod parse;
pub mod plan;
pub mod render;
pub mod risk;
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
}

/// Parses both inputs, diffs them and plans the migration.
pub fn plan_change(
    old: &Input,
    new: &Input,
    opts: &plan::PlanOptions,
) -> Result<plan::Plan, Error> {
    // The two files are independent: parse them at the same time. The old file's error, if
    // any, is reported first.
    let (old_parsed, new_parsed) = std::thread::scope(|scope| {
        let new_job = scope.spawn(|| parse::parse_schema(&new.path, &new.text));
        let old_parsed = parse::parse_schema(&old.path, &old.text);
        let new_parsed = new_job.join().expect("the parser does not panic");
        (old_parsed, new_parsed)
    });
    let (old_parsed, new_parsed) = (old_parsed?, new_parsed?);
    let changes = diff::diff(&old_parsed.schema, &new_parsed.schema)?;
    let mut plan = plan::plan(&old_parsed.schema, &new_parsed.schema, changes, opts)?;
    let mut notes = old_parsed.notes;
    notes.extend(new_parsed.notes);
    notes.append(&mut plan.warnings);
    plan.warnings = notes;
    Ok(plan)
}
