//! Rendering a plan into the files of a migration tool, through askama templates.
//!
//! Each migration tool is one [`Format`]: one small module here (file naming and layout) and one
//! template folder `templates/<format>/`. SQL text is built and quoted by the planner; rendering
//! only lays finished strings out. The shared preparation (header lines, statement text) lives in
//! [`UnitView`], so every format prints the same comments and the same statements.

mod golang_migrate;
pub mod report;

use crate::plan::{Phase, Plan, Unit};
use std::fmt;
use std::path::PathBuf;

/// A file to write, relative to the output folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputFile {
    pub path: PathBuf,
    pub contents: String,
}

/// The migration tool whose file layout is produced.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Format {
    /// golang-migrate: `NNNNNN_name.up.sql` / `NNNNNN_name.down.sql`, one unit per version.
    #[default]
    GolangMigrate,
}

impl Format {
    /// Every supported format, in the order shown to users.
    pub const ALL: &'static [Format] = &[Format::GolangMigrate];

    /// The name users type (and the template folder under `templates/`).
    pub fn as_str(self) -> &'static str {
        match self {
            Format::GolangMigrate => "golang-migrate",
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone)]
pub struct RenderOptions {
    /// Migration name, e.g. `schema_change`.
    pub name: String,
    /// Version number of the first file (one more than the highest already in the output folder).
    pub first_version: u64,
    /// The migration tool to write files for.
    pub format: Format,
}

impl RenderOptions {
    /// Options for the default format.
    pub fn new(name: impl Into<String>, first_version: u64) -> Self {
        RenderOptions {
            name: name.into(),
            first_version,
            format: Format::default(),
        }
    }
}

/// Renders every unit of `plan` into files, in apply order. The same plan and options always give
/// byte-identical files.
pub fn render(plan: &Plan, opts: &RenderOptions) -> Vec<OutputFile> {
    match opts.format {
        Format::GolangMigrate => golang_migrate::render(plan, opts),
    }
}

/// What a phase means, for the file headers.
pub(crate) fn phase_meaning(phase: Phase) -> &'static str {
    match phase {
        Phase::Expand => "additive changes, safe while the old application still runs",
        Phase::Backfill => "data moves; the schema already accepts both the old and the new shape",
        Phase::Contract => {
            "tightening and removal; run only once the application no longer needs the old shape"
        }
    }
}

/// A unit prepared for templates: every text is split into single lines (so that each can sit
/// behind `-- `) and every statement carries its terminating `;`.
#[derive(Debug, Clone)]
pub(crate) struct UnitView {
    pub phase: &'static str,
    pub phase_meaning: &'static str,
    pub transactional: bool,
    pub summary: Vec<String>,
    pub hazards: Vec<String>,
    pub before_next: Vec<String>,
    pub up: Vec<String>,
    pub down: Vec<String>,
}

impl UnitView {
    pub fn new(unit: &Unit) -> Self {
        UnitView {
            phase: unit.phase.as_str(),
            phase_meaning: phase_meaning(unit.phase),
            transactional: unit.transactional,
            summary: bullet_lines(&unit.summary),
            hazards: bullet_lines(&unit.risks.iter().map(|r| r.line()).collect::<Vec<_>>()),
            before_next: comment_lines(unit.before_next.as_slice()),
            up: unit.up.iter().map(|s| terminate(s)).collect(),
            down: unit.down.iter().map(|s| terminate(s)).collect(),
        }
    }
}

/// Splits texts into single, right-trimmed lines for a `--` comment; drops blank lines.
pub(crate) fn comment_lines(texts: &[String]) -> Vec<String> {
    texts
        .iter()
        .flat_map(|t| t.lines())
        .map(|l| l.trim_end().to_string())
        .filter(|l| !l.trim().is_empty())
        .collect()
}

/// One `- ` bullet per text, its further lines indented under it, for a `--` comment.
pub(crate) fn bullet_lines(texts: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for text in texts {
        let lines = comment_lines(std::slice::from_ref(text));
        for (i, line) in lines.iter().enumerate() {
            if i == 0 {
                out.push(format!("- {}", line.trim_start()));
            } else {
                out.push(format!("  {line}"));
            }
        }
    }
    out
}

/// A statement with exactly one terminating `;` and no surrounding blank space.
pub(crate) fn terminate(statement: &str) -> String {
    let s = statement.trim();
    let s = s.strip_suffix(';').unwrap_or(s).trim_end();
    format!("{s};")
}

/// Makes a rendered template end with exactly one newline (askama strips the template's last
/// newline, and conditional blocks may leave blank lines behind).
pub(crate) fn finish(mut text: String) -> String {
    let trimmed = text.trim_end().len();
    text.truncate(trimmed);
    text.push('\n');
    text
}

#[cfg(test)]
mod tests;
