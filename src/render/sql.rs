//! Plain SQL for teams without a migration tool: one pair per phase,
//! `NNNNNN_<name>_<phase>.up.sql` and `.down.sql`, to run with
//! `psql -v ON_ERROR_STOP=1 -f FILE`. psql runs each statement on its own, so every
//! transactional unit is wrapped in `BEGIN` / `COMMIT` (a transaction of its own), and a
//! non-transactional unit's statement stands alone outside any. The down file holds the phase's
//! downs in reverse unit order.

use super::{OutputFile, Prepared, RenderOptions, Side, file, to_text, wrap};
use crate::plan::Phase;
use askama::Template;

#[derive(Template)]
#[template(path = "sql/phase.sql", escape = "none")]
struct PhaseFile<'a> {
    header: Vec<String>,
    parts: Vec<Part<'a>>,
}

/// One unit inside a phase file.
struct Part<'a> {
    header: Vec<String>,
    transactional: bool,
    statements: &'a [String],
}

pub(super) fn render(units: &[Prepared<'_>], opts: &RenderOptions) -> Vec<OutputFile> {
    let mut phases: Vec<(Phase, Vec<&Prepared<'_>>)> = Vec::new();
    for p in units {
        match phases.last_mut() {
            Some((phase, list)) if *phase == p.unit.phase => list.push(p),
            _ => phases.push((p.unit.phase, vec![p])),
        }
    }
    let mut files = Vec::with_capacity(phases.len() * 2);
    for (i, (phase, list)) in phases.iter().enumerate() {
        let base = format!(
            "{:06}_{}_{}",
            opts.start.first_version + i as u64,
            opts.name,
            phase.as_str()
        );
        let up = format!("{base}.up.sql");
        let down = format!("{base}.down.sql");
        for (name, side) in [(&up, Side::Up), (&down, Side::Down)] {
            let mut header = vec![
                name.clone(),
                format!(
                    "Phase {}: {}.",
                    phase.as_str(),
                    super::phase_meaning(*phase)
                ),
                String::new(),
            ];
            header.extend(wrap(&match side {
                Side::Up => format!(
                    "Run with: psql -v ON_ERROR_STOP=1 -f {name}. Each part below runs in a \
                     transaction of its own (BEGIN ... COMMIT) or, where a statement must not \
                     run inside one, alone outside any."
                ),
                Side::Down => format!(
                    "Reverts {up}, part by part in reverse. Run with: psql -v ON_ERROR_STOP=1 \
                     -f {name}."
                ),
            }));
            let ordered: Vec<&&Prepared<'_>> = match side {
                Side::Up => list.iter().collect(),
                Side::Down => list.iter().rev().collect(),
            };
            let count = ordered.len();
            let parts = ordered
                .into_iter()
                .enumerate()
                .map(|(n, p)| {
                    let note = p.view.no_transaction(
                        side,
                        "psql runs \
                         it on its own.",
                    );
                    let title = format!("Part {} of {count}", n + 1);
                    let mut header = p.view.header(&title, None, side, &note);
                    // The phase line is the file's.
                    header.remove(1);
                    Part {
                        header,
                        transactional: p.view.transactional,
                        statements: p.view.statements(side),
                    }
                })
                .collect();
            let template = PhaseFile { header, parts };
            files.push(file(name, to_text(&template)));
        }
    }
    files
}
