//! golang-migrate: every unit is one version, `NNNNNN_<name>_<phase>[_<n>].up.sql` and
//! `.down.sql`. golang-migrate sends a file as one query string (one implicit transaction on
//! PostgreSQL), so a non-transactional unit, which holds one statement, gets a file to itself.

use super::{OutputFile, Prepared, RenderOptions, Side, file, to_text};
use askama::Template;

/// Template of one up or down file.
#[derive(Template)]
#[template(path = "golang-migrate/migration.sql", escape = "none")]
struct SqlFile<'a> {
    /// Comment lines (see `UnitView::header`).
    header: Vec<String>,
    /// Statements with their `;`.
    statements: &'a [String],
}

fn no_transaction() -> Vec<String> {
    vec![
        "No transaction: this file holds one statement that must not run inside a transaction"
            .to_string(),
        "block. golang-migrate sends a file as one query string, so it stays alone in this file."
            .to_string(),
    ]
}

pub(super) fn render(units: &[Prepared<'_>], opts: &RenderOptions) -> Vec<OutputFile> {
    let note = no_transaction();
    let mut files = Vec::with_capacity(units.len() * 2);
    for p in units {
        let base = format!(
            "{:06}_{}",
            opts.start.first_version + p.index as u64,
            p.stem
        );
        let up = format!("{base}.up.sql");
        let down = format!("{base}.down.sql");
        for (name, reverts, side) in [
            (&up, None, Side::Up),
            (&down, Some(up.as_str()), Side::Down),
        ] {
            let template = SqlFile {
                header: p.view.header(name, reverts, side, &note),
                statements: p.view.statements(side),
            };
            files.push(file(name, to_text(&template)));
        }
    }
    files
}
