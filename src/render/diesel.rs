//! diesel_cli: one folder per unit, `<YYYY-MM-DD-HHMMSS>_<name>_<phase>[_<n>]/` with `up.sql`
//! and `down.sql`. diesel runs each migration in a transaction of its own, unless the folder's
//! `metadata.toml` says `run_in_transaction = false`, as it does for a non-transactional unit
//! (one statement).

use super::{OutputFile, Prepared, RenderOptions, Side, file, pair, to_text, wrap};
use askama::Template;
use time::format_description::BorrowedFormatItem as FormatItem;
use time::macros::format_description;

#[derive(Template)]
#[template(path = "diesel/migration.sql", escape = "none")]
struct SqlFile<'a> {
    header: Vec<String>,
    statements: &'a [String],
}

#[derive(Template)]
#[template(path = "diesel/metadata.toml", escape = "none")]
struct Metadata<'a> {
    folder: &'a str,
    reason: &'a str,
}

/// Folder names start with `YYYY-MM-DD-HHMMSS` (UTC), as `diesel migration generate` names them.
const TIMESTAMP: &[FormatItem<'_>] =
    format_description!("[year]-[month]-[day]-[hour][minute][second]");

pub(super) fn render(units: &[Prepared<'_>], opts: &RenderOptions) -> Vec<OutputFile> {
    // What an empty side runs: diesel fails on a file that holds no statement.
    let nothing = vec!["SELECT 1;".to_string()];
    let mut files = Vec::with_capacity(units.len() * 3);
    for p in units {
        let folder = p.timestamped(&opts.start, TIMESTAMP);
        let kind = p.view.first_words(Side::Up);
        for (name, reverts, side) in pair(format!("{folder}/up.sql"), format!("{folder}/down.sql"))
        {
            let note = p.view.no_transaction(
                side,
                "metadata.toml \
                 sets run_in_transaction = false, so diesel runs this file, which holds only \
                 this statement, outside one.",
            );
            let mut header = p.view.header(&name, reverts.as_deref(), side, &note);
            let mut statements = p.view.statements(side);
            if statements.is_empty() {
                header.extend(wrap(
                    "diesel refuses a file without a statement (\"Received an empty query\"): \
                     `SELECT 1` stands in.",
                ));
                statements = &nothing;
            }
            let template = SqlFile { header, statements };
            files.push(file(&name, to_text(&template)));
        }
        if !p.view.transactional {
            let metadata = Metadata {
                folder: &folder,
                reason: &kind,
            };
            files.push(file(format!("{folder}/metadata.toml"), to_text(&metadata)));
        }
    }
    files
}
