//! golang-migrate: every unit is one version, `NNNNNN_<name>_<phase>[_<n>].up.sql` and
//! `.down.sql`. golang-migrate sends a file as one query string (one implicit transaction on
//! PostgreSQL), so a non-transactional unit, which holds one statement, gets a file to itself.

use super::{OutputFile, Prepared, RenderOptions, file, pair, to_text};
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
        let base = p.numbered(&opts.start);
        for (name, reverts, side) in pair(format!("{base}.up.sql"), format!("{base}.down.sql")) {
            let template = SqlFile {
                header: p.view.header(&name, reverts.as_deref(), side, &note),
                statements: p.view.statements(side),
            };
            files.push(file(name, to_text(&template)));
        }
    }
    files
}
