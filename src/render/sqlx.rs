//! sqlx-cli: reversible migrations, `NNNNNN_<name>_<phase>[_<n>].up.sql` and `.down.sql`.
//! sqlx runs each file in a transaction of its own, unless its first line is `-- no-transaction`:
//! a non-transactional unit (one statement) carries that line in both files.

use super::{OutputFile, Prepared, RenderOptions, Side, file, to_text, wrap};
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
            let note = wrap(&format!(
                "No transaction: {} must not run inside a transaction block; `-- no-transaction` \
                 on the first line makes sqlx run this file, which holds only this statement, \
                 outside one.",
                p.view.first_words(side)
            ));
            let template = SqlFile {
                transactional: p.view.transactional,
                header: p.view.header(name, reverts, side, &note),
                statements: p.view.statements(side),
            };
            files.push(file(name, to_text(&template)));
        }
    }
    files
}
