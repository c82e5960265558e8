//! `gen check`: whether a migrations folder still builds the schema file, for CI.
//!
//! The folder's up files are read back in the order its tool applies them, applied to an empty
//! model (`migrations::model`), and compared with the schema file; a difference is shown as a
//! unified diff of the two schemas' canonical texts (`canonical`) with the `gen diff` command
//! that writes the missing migration. The folder's files are compared with its `gen.sum`
//! (`sum`): files edited, added or removed by hand since gen wrote them are named.

use crate::error::Error;
use crate::render::Format;
use crate::sum::{self, Drift, Sum};
use crate::{Input, canonical, migrations, output, parse};
use std::path::Path;

/// What `gen check` found.
#[derive(Debug, Default)]
pub struct Outcome {
    /// How many migrations the folder holds.
    pub migrations: usize,
    /// What is wrong, one message each (several lines each); empty when all is well.
    pub problems: Vec<String>,
    /// Informational lines (the notes of reading the schema file, gen.sum written).
    pub notes: Vec<String>,
    /// The up files could not be read back (bad SQL, a statement gen cannot model): reported
    /// after the problems, which may explain it (a file edited by hand); exit code 2.
    pub failure: Option<Error>,
}

/// What to check.
#[derive(Debug, Clone)]
pub struct Options<'a> {
    /// The migrations folder, as the user named it (it appears in the commands suggested).
    pub dir: &'a Path,
    pub format: Format,
    /// Record the folder's files in `gen.sum` as they are, instead of comparing them with it.
    pub update_sum: bool,
}

/// Checks `opts.dir` against `schema`. Bad input (an unreadable file, SQL gen cannot read) is an
/// error; what the check finds is in the outcome.
pub fn check(schema: &Input, opts: &Options) -> Result<Outcome, Error> {
    let dir = opts.dir;
    if !dir.is_dir() {
        return Err(Error::Existing(format!(
            "{}: no such folder (--dir names the migrations folder)",
            dir.display()
        )));
    }
    let wanted = parse::parse_schema(&schema.path, &schema.text)?;
    let folder = migrations::read(dir, opts.format)?;
    let mut out = Outcome {
        migrations: folder.migrations.len(),
        notes: wanted.notes.clone(),
        ..Outcome::default()
    };
    let current = Sum::of_files(dir, &folder.files)?;
    let again = command(&[
        "gen check --dir",
        &shell_word(&dir.display().to_string()),
        &format_flag(opts.format),
        "--update-sum",
        &shell_word(&schema.path),
    ]);
    if opts.update_sum {
        output::write_files_replacing(dir, &[], &[current.output()])?;
        out.notes.push(format!(
            "wrote {} ({} file{})",
            dir.join(sum::FILE).display(),
            current.files.len(),
            if current.files.len() == 1 { "" } else { "s" }
        ));
    } else {
        match Sum::read(dir)? {
            None => out.problems.push(format!(
                "{} has no {}: gen check cannot tell which migration files were edited, added \
                 or removed by hand (gen diff writes it when it writes migrations there). Once \
                 you have reviewed the files, record them with:\n  {again}",
                dir.display(),
                sum::FILE
            )),
            Some((recorded, total_ok)) => {
                if !total_ok {
                    out.problems.push(format!(
                        "{} was edited by hand: its first line is not the hash of its other \
                         lines. Once you have reviewed the migration files, record them again \
                         with:\n  {again}",
                        dir.join(sum::FILE).display()
                    ));
                }
                let drift = Drift::between(&recorded, &current);
                if !drift.is_empty() {
                    let mut msg = format!(
                        "migration files changed by hand since gen wrote them (compared with \
                         {}):",
                        dir.join(sum::FILE).display()
                    );
                    for line in drift.lines() {
                        msg.push_str("\n  ");
                        msg.push_str(&line);
                    }
                    msg.push_str(&format!(
                        "\nA migration that already ran is not run again: change the schema \
                         with a new migration instead (gen diff). If the change is intended, \
                         record it with:\n  {again}"
                    ));
                    out.problems.push(msg);
                }
            }
        }
    }
    let built = match migrations::model(&folder) {
        Ok(b) => b,
        Err(e) => {
            out.failure = Some(e.into());
            return Ok(out);
        }
    };
    if !canonical::same(&built.schema, &wanted.schema)? {
        let from = format!("the schema the migrations in {} build", dir.display());
        let mut msg = format!(
            "the migrations in {} do not build {} (- what the migrations build, + {}):\n",
            dir.display(),
            schema.path,
            schema.path
        );
        let text = canonical::diff_text(&built.schema, &from, &wanted.schema, &schema.path)?;
        if text.is_empty() {
            msg.push_str(
                "(the two schemas differ only in how an expression or definition is spelled)\n",
            );
        } else {
            msg.push_str(&text);
        }
        let fix = command(&[
            "gen diff --from-migrations",
            &shell_word(&dir.display().to_string()),
            &shell_word(&schema.path),
            "--out",
            &shell_word(&dir.display().to_string()),
            &format_flag(opts.format),
        ]);
        msg.push_str(&format!("The missing migration is written by:\n  {fix}"));
        out.problems.push(msg);
    }
    Ok(out)
}

/// `--format F` unless F is the default.
fn format_flag(format: Format) -> String {
    if format == Format::default() {
        String::new()
    } else {
        format!("--format {format}")
    }
}

fn command(words: &[&str]) -> String {
    words
        .iter()
        .filter(|w| !w.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" ")
}

/// `word` as a POSIX shell reads it back: as it is when it has no special character, else in
/// single quotes.
pub fn shell_word(word: &str) -> String {
    let plain = !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "_-./:=@%+,".contains(c));
    if plain {
        word.to_string()
    } else {
        format!("'{}'", word.replace('\'', r"'\''"))
    }
}
