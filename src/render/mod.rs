//! Rendering a plan into the files of a migration tool, through askama templates.
//!
//! Each migration tool is one [`Format`]: one small module here (file naming, layout and the
//! tool's transaction rule) and one template folder `templates/<format>/`. SQL text is built and
//! quoted by the planner; rendering only lays finished strings out. The shared preparation lives
//! here: [`Prepared`] (a unit's file stem and its [`UnitView`]), the header every format prints
//! ([`UnitView::header`]) and the comment/statement macros in `templates/common/`, so every format
//! prints the same comments and the same statements.
//!
//! Transactions: a non-transactional unit (CONCURRENTLY, a batched backfill's `DO` block) holds
//! one statement, and the planner never puts a `VALIDATE` in the unit that added the constraint
//! `NOT VALID`. Each format maps units onto its tool so that every transactional unit runs in a
//! transaction of its own and a non-transactional one outside any.

mod alembic;
pub mod compose;
mod dbmate;
mod diesel;
mod flyway;
mod golang_migrate;
mod goose;
mod prisma;
pub mod report;
mod sql;
mod sqlx;

use crate::plan::{Phase, Plan, Unit};
use std::collections::BTreeMap;
use std::fmt;
use std::path::PathBuf;
use std::str::FromStr;
use time::format_description::BorrowedFormatItem as FormatItem;

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
    /// Alembic: `<rev>_name.py` revisions chained by `down_revision`.
    Alembic,
    /// Prisma Migrate: `<timestamp>_name/migration.sql`, with `down.sql` beside it.
    Prisma,
    /// dbmate: `NNNNNN_name.sql` with `-- migrate:up` / `-- migrate:down`.
    Dbmate,
    /// sqlx-cli: `NNNNNN_name.up.sql` / `.down.sql`, `-- no-transaction` where needed.
    Sqlx,
    /// diesel_cli: `<timestamp>_name/up.sql`, `down.sql`, `metadata.toml`.
    Diesel,
    /// Flyway: `V<n>__name.sql`, undo `U<n>__name.sql`, `.sql.conf` where needed.
    Flyway,
    /// goose: `NNNNNN_name.sql` with `-- +goose Up` / `-- +goose Down`.
    Goose,
    /// Plain SQL for psql, one up/down pair per phase.
    Sql,
}

/// How a format names its migrations, which decides how the output folder is continued.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Naming {
    /// A version number after the highest one in the folder (`prefix` before the digits).
    Version { prefix: &'static [char] },
    /// A UTC timestamp after the newest one in the folder (its digits, `-` ignored).
    Timestamp,
    /// An Alembic revision whose `down_revision` is the folder's head revision.
    Revision,
}

impl Format {
    /// Every supported format, in the order shown to users.
    pub const ALL: &'static [Format] = &[
        Format::GolangMigrate,
        Format::Alembic,
        Format::Prisma,
        Format::Dbmate,
        Format::Sqlx,
        Format::Diesel,
        Format::Flyway,
        Format::Goose,
        Format::Sql,
    ];

    /// The name users type (and the template folder under `templates/`).
    pub fn as_str(self) -> &'static str {
        match self {
            Format::GolangMigrate => "golang-migrate",
            Format::Alembic => "alembic",
            Format::Prisma => "prisma",
            Format::Dbmate => "dbmate",
            Format::Sqlx => "sqlx",
            Format::Diesel => "diesel",
            Format::Flyway => "flyway",
            Format::Goose => "goose",
            Format::Sql => "sql",
        }
    }

    pub fn naming(self) -> Naming {
        match self {
            Format::Alembic => Naming::Revision,
            Format::Prisma | Format::Diesel => Naming::Timestamp,
            Format::Flyway => Naming::Version {
                prefix: &['V', 'U'],
            },
            Format::GolangMigrate | Format::Dbmate | Format::Sqlx | Format::Goose | Format::Sql => {
                Naming::Version { prefix: &[] }
            }
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Format {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Format::ALL
            .iter()
            .copied()
            .find(|f| f.as_str() == s)
            .ok_or_else(|| {
                let names: Vec<&str> = Format::ALL.iter().map(|f| f.as_str()).collect();
                format!("use one of {}", names.join(", "))
            })
    }
}

/// Where the new files continue what the output folder already holds (see `crate::existing`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Start {
    /// Version of the first new migration (numbered layouts, Flyway).
    pub first_version: u64,
    /// Timestamp of the first new migration, seconds since the Unix epoch, UTC (Prisma, diesel).
    pub first_timestamp: i64,
    /// Alembic: the head revision the first new revision follows (`None`: the first revision).
    pub down_revision: Option<String>,
    /// Prisma: the folder already has its `migration_lock.toml`.
    pub has_lock_file: bool,
}

impl Start {
    /// An empty folder, with `first_version` as the first version.
    pub fn version(first_version: u64) -> Self {
        Start {
            first_version,
            first_timestamp: 0,
            down_revision: None,
            has_lock_file: false,
        }
    }
}

#[derive(Debug, Clone)]
pub struct RenderOptions {
    /// Migration name, e.g. `schema_change`.
    pub name: String,
    /// The migration tool to write files for.
    pub format: Format,
    /// Where numbering, timestamps or the revision chain continue.
    pub start: Start,
}

impl RenderOptions {
    /// Options for the default format.
    pub fn new(name: impl Into<String>, first_version: u64) -> Self {
        RenderOptions {
            name: name.into(),
            format: Format::default(),
            start: Start::version(first_version),
        }
    }

    /// Options for `format`, continuing at `start`.
    pub fn for_format(name: impl Into<String>, format: Format, start: Start) -> Self {
        RenderOptions {
            name: name.into(),
            format,
            start,
        }
    }
}

/// Renders every unit of `plan` into files, in apply order. The same plan and options always give
/// byte-identical files.
pub fn render(plan: &Plan, opts: &RenderOptions) -> Vec<OutputFile> {
    if plan.units.is_empty() {
        return Vec::new();
    }
    let units = prepare(plan, &opts.name);
    match opts.format {
        Format::GolangMigrate => golang_migrate::render(&units, opts),
        Format::Alembic => alembic::render(&units, opts),
        Format::Prisma => prisma::render(&units, opts),
        Format::Dbmate => dbmate::render(&units, opts),
        Format::Sqlx => sqlx::render(&units, opts),
        Format::Diesel => diesel::render(&units, opts),
        Format::Flyway => flyway::render(&units, opts),
        Format::Goose => goose::render(&units, opts),
        Format::Sql => sql::render(&units, opts),
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

/// One unit ready for a format: its place, its file stem and its texts.
pub(crate) struct Prepared<'a> {
    /// Position in the plan, from 0.
    pub index: usize,
    pub unit: &'a Unit,
    /// `<name>_<phase>`, with `_<n>` from the second unit of a phase on.
    pub stem: String,
    pub view: UnitView,
}

impl Prepared<'_> {
    /// The unit's version in numbered layouts.
    pub fn version(&self, start: &Start) -> u64 {
        start.first_version + self.index as u64
    }

    /// `NNNNNN_<stem>`: the numbered layouts' file name without its extension.
    pub fn numbered(&self, start: &Start) -> String {
        format!("{:06}_{}", self.version(start), self.stem)
    }

    /// `<timestamp>_<stem>`: a timestamped layout's folder name.
    pub fn timestamped(&self, start: &Start, format: &[FormatItem<'_>]) -> String {
        format!(
            "{}_{}",
            utc(start.first_timestamp + self.index as i64, format),
            self.stem
        )
    }
}

/// The two files of an up/down pair: each name with the up file a down file reverts, and the
/// side it holds.
pub(crate) fn pair(up: String, down: String) -> [(String, Option<String>, Side); 2] {
    [(up.clone(), None, Side::Up), (down, Some(up), Side::Down)]
}

/// Names every unit of `plan` and prepares its texts.
pub(crate) fn prepare<'a>(plan: &'a Plan, name: &str) -> Vec<Prepared<'a>> {
    let mut seen: BTreeMap<Phase, u32> = BTreeMap::new();
    plan.units
        .iter()
        .enumerate()
        .map(|(index, unit)| {
            let n = seen.entry(unit.phase).or_insert(0);
            *n += 1;
            let suffix = if *n == 1 {
                String::new()
            } else {
                format!("_{n}")
            };
            Prepared {
                index,
                unit,
                stem: format!("{name}_{}{suffix}", unit.phase.as_str()),
                view: UnitView::new(unit),
            }
        })
        .collect()
}

/// Which statements of a unit a file (or a part of one) holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Side {
    Up,
    Down,
}

/// A unit prepared for templates: every text is split into single lines (so that each can sit
/// behind a comment marker) and every statement carries its terminating `;`.
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

    pub fn statements(&self, side: Side) -> &[String] {
        match side {
            Side::Up => &self.up,
            Side::Down => &self.down,
        }
    }

    /// The first statement of `side`: the one a non-transactional unit consists of.
    pub fn first_words(&self, side: Side) -> String {
        let statement = self.statements(side).first().map_or("", |s| s.as_str());
        statement_kind(statement)
    }

    /// The note on a non-transactional unit's `side`: which statement must not run inside a
    /// transaction block, and `how` the format's tool runs it outside one.
    pub fn no_transaction(&self, side: Side, how: &str) -> Vec<String> {
        wrap(&format!(
            "No transaction: {} must not run inside a transaction block; {how}",
            self.first_words(side)
        ))
    }

    /// The comment that opens a file holding this unit's `side` (for a file with both sides: the
    /// up side): one entry per comment line, without the comment marker, `""` for an empty
    /// comment line. `title` is the first line (the file name); `reverts` names the up file a
    /// down file reverts; `no_transaction` is the format's note on how its tool runs a
    /// statement that must not run inside a transaction block (shown for such a unit).
    pub fn header(
        &self,
        title: &str,
        reverts: Option<&str>,
        side: Side,
        no_transaction: &[String],
    ) -> Vec<String> {
        let mut lines = vec![title.to_string()];
        if let Some(up) = reverts {
            lines.push(format!("Reverts {up}."));
        }
        lines.push(format!("Phase {}: {}.", self.phase, self.phase_meaning));
        let mut block = |title: Option<&str>, items: &[String]| {
            if !items.is_empty() {
                lines.push(String::new());
                lines.extend(title.map(str::to_string));
                let indent = if title.is_some() { "  " } else { "" };
                lines.extend(items.iter().map(|l| format!("{indent}{l}")));
            }
        };
        let (changes_title, up_only) = match side {
            Side::Up => ("Changes:", true),
            Side::Down => ("Undoes:", false),
        };
        block(Some(changes_title), &self.summary);
        if up_only {
            block(Some("Hazards (locks, rewrites, scans):"), &self.hazards);
            block(Some("Before the next phase:"), &self.before_next);
        }
        let statements = self.statements(side);
        if !self.transactional && !statements.is_empty() {
            block(None, no_transaction);
        }
        if statements.is_empty() {
            block(None, &["Nothing to run.".to_string()]);
        }
        lines
    }
}

/// The first words of a statement, up to its first name: `CREATE INDEX CONCURRENTLY`, `DO`,
/// for a note on why it runs outside a transaction.
pub(crate) fn statement_kind(statement: &str) -> String {
    let words: Vec<&str> = statement
        .split_whitespace()
        .take_while(|w| {
            w.chars()
                .all(|c| c.is_ascii_uppercase() || c == '_' || c == ';')
                && !w.is_empty()
        })
        .map(|w| w.trim_end_matches(';'))
        .filter(|w| !w.is_empty())
        .take(5)
        .collect();
    if words.is_empty() {
        "this statement".to_string()
    } else {
        words.join(" ")
    }
}

/// Splits texts into single, right-trimmed lines for a comment; drops blank lines.
pub(crate) fn comment_lines(texts: &[String]) -> Vec<String> {
    texts
        .iter()
        .flat_map(|t| t.lines())
        .map(|l| l.trim_end().to_string())
        .filter(|l| !l.trim().is_empty())
        .collect()
}

/// One `- ` bullet per text, its further lines indented under it, for a comment.
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

/// Wraps a note into comment lines of at most about 96 characters.
pub(crate) fn wrap(text: &str) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.len() + 1 + word.len() > 96 {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
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

/// Renders a template; rendering only formats strings already in memory, so it cannot fail.
pub(crate) fn to_text(template: &impl askama::Template) -> String {
    finish(
        template
            .render()
            .expect("rendering a template of finished strings"),
    )
}

/// `seconds` since the Unix epoch as a UTC time in `format`.
pub fn utc(seconds: i64, format: &[FormatItem<'_>]) -> String {
    time::OffsetDateTime::from_unix_timestamp(seconds)
        .unwrap_or(time::OffsetDateTime::UNIX_EPOCH)
        .format(format)
        .expect("formatting a UTC time")
}

/// The file at `path` with `contents`.
pub(crate) fn file(path: impl Into<PathBuf>, contents: String) -> OutputFile {
    OutputFile {
        path: path.into(),
        contents,
    }
}

#[cfg(test)]
mod tests;
