//! Prisma Migrate: one folder per unit, `<YYYYMMDDHHMMSS>_<name>_<phase>[_<n>]/migration.sql`,
//! and `migration_lock.toml` in the migrations folder when it has none. Prisma has no down
//! migrations: `down.sql` sits beside each `migration.sql`, to be run by hand with
//! `prisma db execute` (as Prisma's docs describe). Prisma runs `migration.sql` as one script:
//! PostgreSQL runs a script of one statement outside a transaction block, so a non-transactional
//! unit, which holds one statement, is a migration of its own.

use super::{OutputFile, Prepared, RenderOptions, Side, file, pair, to_text};
use askama::Template;
use time::format_description::BorrowedFormatItem as FormatItem;
use time::macros::format_description;

#[derive(Template)]
#[template(path = "prisma/migration.sql", escape = "none")]
struct SqlFile<'a> {
    header: Vec<String>,
    statements: &'a [String],
}

#[derive(Template)]
#[template(path = "prisma/migration_lock.toml", escape = "none")]
struct LockFile;

/// Folder names start with `YYYYMMDDHHMMSS` (UTC), as `prisma migrate dev` names them.
const TIMESTAMP: &[FormatItem<'_>] =
    format_description!("[year][month][day][hour][minute][second]");

pub(super) fn render(units: &[Prepared<'_>], opts: &RenderOptions) -> Vec<OutputFile> {
    let mut files = Vec::with_capacity(units.len() * 2 + 1);
    if !opts.start.has_lock_file {
        files.push(file("migration_lock.toml", to_text(&LockFile)));
    }
    for p in units {
        let folder = p.timestamped(&opts.start, TIMESTAMP);
        let down = format!("{folder}/down.sql");
        for (name, reverts, side) in pair(format!("{folder}/migration.sql"), down.clone()) {
            let note = p.view.no_transaction(
                side,
                "Prisma runs the \
                 file as one script, and PostgreSQL runs a script of one statement outside a \
                 transaction block: this migration holds only this statement.",
            );
            let mut header = p.view.header(&name, reverts.as_deref(), side, &note);
            if side == Side::Down {
                header.push(String::new());
                header.extend([
                    "Prisma has no down migrations: roll back by hand with".to_string(),
                    format!("  prisma db execute --file {down}"),
                    format!("  prisma migrate resolve --rolled-back {folder}"),
                ]);
            }
            let template = SqlFile {
                header,
                statements: p.view.statements(side),
            };
            files.push(file(&name, to_text(&template)));
        }
    }
    files
}
