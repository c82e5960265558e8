//! goose: one file per unit, `NNNNNN_<name>_<phase>[_<n>].sql`, with `-- +goose Up` and
//! `-- +goose Down` sections. goose runs a file's section in one transaction unless the file says
//! `-- +goose NO TRANSACTION`, as a non-transactional unit (one statement) does. goose splits a
//! section at lines ending in `;`: a statement with a `;` inside (a `DO` block, a function body)
//! is wrapped in `-- +goose StatementBegin` / `-- +goose StatementEnd`.

use super::{OutputFile, Prepared, RenderOptions, Side, file, to_text};
use askama::Template;

#[derive(Template)]
#[template(path = "goose/migration.sql", escape = "none")]
struct SqlFile {
    transactional: bool,
    header: Vec<String>,
    up: Vec<Statement>,
    down: Vec<Statement>,
}

struct Statement {
    text: String,
    /// Needs StatementBegin / StatementEnd.
    block: bool,
}

fn statements(list: &[String]) -> Vec<Statement> {
    list.iter()
        .map(|s| Statement {
            block: s[..s.len() - 1].contains(';'),
            text: s.clone(),
        })
        .collect()
}

pub(super) fn render(units: &[Prepared<'_>], opts: &RenderOptions) -> Vec<OutputFile> {
    units
        .iter()
        .map(|p| {
            let name = format!("{}.sql", p.numbered(&opts.start));
            let note = p.view.no_transaction(
                Side::Up,
                "the NO TRANSACTION \
                 annotation below makes goose run this file, whose sections hold only this \
                 statement, outside one.",
            );
            let template = SqlFile {
                transactional: p.view.transactional,
                header: p.view.header(&name, None, Side::Up, &note),
                up: statements(&p.view.up),
                down: statements(&p.view.down),
            };
            file(name, to_text(&template))
        })
        .collect()
}
