//! golang-migrate: every unit is one version, `NNNNNN_<name>_<phase>[_<n>].up.sql` and
//! `.down.sql`. golang-migrate sends a file as one query string (one implicit transaction on
//! PostgreSQL), so a non-transactional unit, which holds one statement, gets a file to itself.

use super::{OutputFile, RenderOptions, UnitView, finish};
use crate::plan::{Phase, Plan};
use askama::Template;
use std::collections::BTreeMap;
use std::path::PathBuf;

/// Template of one up or down file.
#[derive(Template)]
#[template(path = "golang-migrate/migration.sql", escape = "none")]
struct MigrationFile<'a> {
    /// This file's name.
    file_name: &'a str,
    /// For a down file: the up file it reverts.
    reverts: Option<&'a str>,
    phase: &'a str,
    phase_meaning: &'a str,
    /// Title of the `changes` list.
    changes_title: &'a str,
    changes: &'a [String],
    hazards: &'a [String],
    before_next: &'a [String],
    transactional: bool,
    /// Statements with their `;`.
    statements: &'a [String],
}

pub(super) fn render(plan: &Plan, opts: &RenderOptions) -> Vec<OutputFile> {
    let mut seen: BTreeMap<Phase, u32> = BTreeMap::new();
    let mut files = Vec::with_capacity(plan.units.len() * 2);
    for (i, unit) in plan.units.iter().enumerate() {
        let version = opts.first_version + i as u64;
        let n = seen.entry(unit.phase).or_insert(0);
        *n += 1;
        let suffix = if *n == 1 {
            String::new()
        } else {
            format!("_{n}")
        };
        let base = format!("{version:06}_{}_{}{suffix}", opts.name, unit.phase.as_str());
        let up_name = format!("{base}.up.sql");
        let down_name = format!("{base}.down.sql");
        let view = UnitView::new(unit);

        let up = MigrationFile {
            file_name: &up_name,
            reverts: None,
            phase: view.phase,
            phase_meaning: view.phase_meaning,
            changes_title: "Changes",
            changes: &view.summary,
            hazards: &view.hazards,
            before_next: &view.before_next,
            transactional: view.transactional,
            statements: &view.up,
        };
        let down = MigrationFile {
            file_name: &down_name,
            reverts: Some(&up_name),
            phase: view.phase,
            phase_meaning: view.phase_meaning,
            changes_title: "Undoes",
            changes: &view.summary,
            hazards: &[],
            before_next: &[],
            transactional: view.transactional,
            statements: &view.down,
        };
        files.push(OutputFile {
            path: PathBuf::from(&up_name),
            contents: to_text(&up),
        });
        files.push(OutputFile {
            path: PathBuf::from(&down_name),
            contents: to_text(&down),
        });
    }
    files
}

fn to_text(file: &MigrationFile<'_>) -> String {
    // Rendering only formats strings and slices already in memory; it cannot fail.
    finish(file.render().expect("rendering a golang-migrate file"))
}
