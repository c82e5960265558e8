//! dbmate: one file per unit, `NNNNNN_<name>_<phase>[_<n>].sql`, with a `-- migrate:up` and a
//! `-- migrate:down` section. dbmate runs each section in a transaction of its own, unless the
//! section line says `transaction:false`, as it does for a non-transactional unit (one statement).

use super::{OutputFile, Prepared, RenderOptions, Side, file, to_text};
use askama::Template;

#[derive(Template)]
#[template(path = "dbmate/migration.sql", escape = "none")]
struct SqlFile<'a> {
    transactional: bool,
    header: Vec<String>,
    up: &'a [String],
    down: &'a [String],
}

pub(super) fn render(units: &[Prepared<'_>], opts: &RenderOptions) -> Vec<OutputFile> {
    units
        .iter()
        .map(|p| {
            let name = format!("{}.sql", p.numbered(&opts.start));
            let note = p.view.no_transaction(
                Side::Up,
                "\
                 `transaction:false` makes dbmate run each section, which holds only this \
                 statement, outside one.",
            );
            let template = SqlFile {
                transactional: p.view.transactional,
                header: p.view.header(&name, None, Side::Up, &note),
                up: &p.view.up,
                down: &p.view.down,
            };
            file(name, to_text(&template))
        })
        .collect()
}
