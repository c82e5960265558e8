//! Flyway: `V<n>__<name>_<phase>[_<n>].sql` and the undo script `U<n>__...sql` (Flyway Teams
//! runs undo scripts; they are plain SQL for everyone else). Flyway runs each script in a
//! transaction of its own; a non-transactional unit (one statement) gets a script configuration
//! file beside each script, `<script>.conf`, with `executeInTransaction=false`.

use super::{OutputFile, Prepared, RenderOptions, file, pair, to_text};
use askama::Template;

#[derive(Template)]
#[template(path = "flyway/script.sql", escape = "none")]
struct Script<'a> {
    header: Vec<String>,
    statements: &'a [String],
}

#[derive(Template)]
#[template(path = "flyway/script.conf", escape = "none")]
struct ScriptConf<'a> {
    script: &'a str,
    reason: &'a str,
}

pub(super) fn render(units: &[Prepared<'_>], opts: &RenderOptions) -> Vec<OutputFile> {
    let mut files = Vec::with_capacity(units.len() * 4);
    for p in units {
        let version = p.version(&opts.start);
        let scripts = pair(
            format!("V{version}__{}.sql", p.stem),
            format!("U{version}__{}.sql", p.stem),
        );
        for (name, reverts, side) in scripts {
            let kind = p.view.first_words(side);
            let note = p.view.no_transaction(
                side,
                &format!(
                    "{name}.conf sets executeInTransaction=false, so Flyway runs this script, \
                     which holds only this statement, outside one."
                ),
            );
            let template = Script {
                header: p.view.header(&name, reverts.as_deref(), side, &note),
                statements: p.view.statements(side),
            };
            files.push(file(&name, to_text(&template)));
            if !p.view.transactional && !p.view.statements(side).is_empty() {
                let conf = ScriptConf {
                    script: &name,
                    reason: &kind,
                };
                files.push(file(format!("{name}.conf"), to_text(&conf)));
            }
        }
    }
    files
}
