//! sqlx-cli: reversible migrations, `NNNNNN_<name>_<phase>[_<n>].up.sql` and `.down.sql`.
//! sqlx runs each file in a transaction of its own, unless its first line is `-- no-transaction`:
//! a non-transactional unit (one statement) carries that line in both files.

use super::{OutputFile, Prepared, RenderOptions, file, pair, to_text};
use askama::Template;

#[derive(Template)]
#[template(path = "sqlx/migration.sql", escape = "none")]
struct SqlFile<'a> {
    transactional: bool,
    header: Vec<String>,
    statements: &'a [String],
}

pub(super) fn render(units: &[Prepared<'_>], opts: &RenderOptions) -> Vec<OutputFile> {
    let mut files = Vec::with_capacity(units.len() * 2);
    for p in units {
        let base = p.numbered(&opts.start);
        for (name, reverts, side) in pair(format!("{base}.up.sql"), format!("{base}.down.sql")) {
            let note = p.view.no_transaction(
                side,
                "`-- no-transaction` \
                 on the first line makes sqlx run this file, which holds only this statement, \
                 outside one.",
            );
            let template = SqlFile {
                transactional: p.view.transactional,
                header: p.view.header(&name, reverts.as_deref(), side, &note),
                statements: p.view.statements(side),
            };
            files.push(file(name, to_text(&template)));
        }
    }
    files
}
