//! Alembic: one revision per unit, `<rev>_<name>_<phase>[_<n>].py` in the versions folder, its
//! `down_revision` the revision before it (the first one follows the folder's head). `upgrade()`
//! and `downgrade()` call `op.execute(...)` for each statement.
//!
//! Transactions: Alembic's default `env.py` runs all revisions of one `alembic upgrade` in one
//! transaction. A transactional revision therefore starts by committing what ran before it
//! (an empty `autocommit_block()`, which Alembic documents as committing the preceding
//! transaction), so that, for example, a `VALIDATE` never shares a transaction with the `NOT
//! VALID` it checks, nor a new enum label with its first use. A non-transactional unit's
//! statement runs inside `op.get_context().autocommit_block()`.
//!
//! `op.execute` wraps a string in SQLAlchemy's `text()`, which reads `:name` as a bind
//! parameter: such colons are escaped as `\:` (SQLAlchemy doubles `%` for the driver itself).

use super::{OutputFile, Prepared, RenderOptions, Side, UnitView, file, to_text, wrap};
use askama::Template;
use sha2::{Digest, Sha256};

#[derive(Template)]
#[template(path = "alembic/revision.py", escape = "none")]
struct Revision {
    title: String,
    revision: String,
    revises: String,
    revision_literal: String,
    down_revision_literal: String,
    header: Vec<String>,
    upgrade: Body,
    downgrade: Body,
}

/// `upgrade()` or `downgrade()`.
struct Body {
    fresh_transaction: bool,
    transactional: bool,
    note: Vec<String>,
    /// Python string literals, one per statement.
    statements: Vec<String>,
}

fn body(view: &UnitView, side: Side) -> Body {
    let statements = view.statements(side);
    Body {
        fresh_transaction: view.transactional && !statements.is_empty(),
        transactional: view.transactional,
        note: wrap(&format!(
            "{} must not run inside a transaction block: autocommit_block() commits what ran \
             before and runs it outside one.",
            view.first_words(side)
        )),
        statements: statements.iter().map(|s| python_sql(s)).collect(),
    }
}

/// A revision id: 12 hex digits of a hash of the revision it follows and what it does, so the
/// same folder and plan give the same ids.
fn revision_id(down_revision: Option<&str>, stem: &str, view: &UnitView) -> String {
    let mut hash = Sha256::new();
    for part in [down_revision.unwrap_or(""), stem]
        .into_iter()
        .chain(view.up.iter().map(String::as_str))
        .chain(view.down.iter().map(String::as_str))
    {
        hash.update(part.as_bytes());
        hash.update([0]);
    }
    hash.finalize()[..6]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

pub(super) fn render(units: &[Prepared<'_>], opts: &RenderOptions) -> Vec<OutputFile> {
    let mut down_revision = opts.start.down_revision.clone();
    let mut files = Vec::with_capacity(units.len());
    for p in units {
        let revision = revision_id(down_revision.as_deref(), &p.stem, &p.view);
        let name = format!("{revision}_{}.py", p.stem);
        let note = p.view.no_transaction(
            Side::Up,
            "it runs in \
             autocommit_block(), alone.",
        );
        let template = Revision {
            title: p.stem.replace('_', " "),
            revises: down_revision.clone().unwrap_or_default(),
            revision_literal: python_string(&revision),
            down_revision_literal: down_revision
                .as_deref()
                .map_or("None".to_string(), python_string),
            header: p.view.header(&name, None, Side::Up, &note),
            upgrade: body(&p.view, Side::Up),
            downgrade: body(&p.view, Side::Down),
            revision,
        };
        down_revision = Some(template.revision.clone());
        files.push(file(name, to_text(&template)));
    }
    files
}

/// How `op.execute` gets exactly `sql`: a plain string (SQLAlchemy's `text()`), with `\:`
/// before each colon `text()` would read as a bind parameter; or, where no such escape exists
/// (`text()` would also unescape a `\:` the SQL itself holds), `sa.DDL(...)`, which only
/// `%`-formats its string.
fn python_sql(sql: &str) -> String {
    match text_escape(sql) {
        Some(text) => python_string(&text),
        None => format!("sa.DDL({})", python_string(&sql.replace('%', "%%"))),
    }
}

/// `sql` as `text()` must see it to send exactly `sql` (see SQLAlchemy's `_bind_params_regex`,
/// `(?<![:\w\\]):(\w+)(?!:)`, and its unescape `\\(:[\w$]*)(?![:\w$])`), or `None`.
fn text_escape(sql: &str) -> Option<String> {
    let chars: Vec<char> = sql.chars().collect();
    let word = |c: char| c.is_alphanumeric() || c == '_';
    let run = |from: usize, ok: &dyn Fn(char) -> bool| {
        chars[from..].iter().take_while(|&&c| ok(c)).count()
    };
    // Would the unescape turn `\:` at `i - 1` into `:`?
    let unescaped =
        |i: usize| chars.get(i + 1 + run(i + 1, &|c| word(c) || c == '$')) != Some(&':');
    let mut out = String::with_capacity(sql.len());
    for (i, &c) in chars.iter().enumerate() {
        if c == ':' {
            let before = i.checked_sub(1).map(|j| chars[j]);
            if before == Some('\\') {
                if unescaped(i) {
                    return None;
                }
            } else if !before.is_some_and(|b| word(b) || b == ':') {
                let n = run(i + 1, &word);
                let binds = n >= 2 || (n == 1 && chars.get(i + 2) != Some(&':'));
                if binds {
                    if !unescaped(i) {
                        return None;
                    }
                    out.push('\\');
                }
            }
        }
        out.push(c);
    }
    Some(out)
}

/// A Python string literal holding `text`: `"..."` for one line, `"""\` + lines + `"""` for
/// several (readable SQL); backslashes are doubled and quotes escaped where they would end it.
fn python_string(text: &str) -> String {
    let multiline = text.contains('\n');
    let mut out = String::with_capacity(text.len() + 8);
    out.push_str(if multiline { "\"\"\"\\\n" } else { "\"" });
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' if !multiline || chars.get(i + 1).is_none_or(|&n| n == '"') => out.push_str("\\\""),
            '\r' => out.push_str("\\r"),
            '\t' if !multiline => out.push_str("\\t"),
            _ => out.push(c),
        }
    }
    out.push_str(if multiline { "\"\"\"" } else { "\"" });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bind_like_colons_are_escaped_and_casts_kept() {
        let e = |s: &str| text_escape(s);
        assert_eq!(
            e("SELECT 'a:b', x::text, ' :v'").unwrap(),
            "SELECT 'a:b', x::text, ' \\:v'"
        );
        assert_eq!(e("x := 1; y :=2").unwrap(), "x := 1; y :=2");
        assert_eq!(e("'{\"a\":1}'").unwrap(), "'{\"a\"\\:1}'");
        assert_eq!(e("(:a::int)").unwrap(), "(:a::int)");
        // `text()` would bind `:a` of `:ab::`, and unescape the SQL's own `\:x`: no escape exists.
        assert_eq!(e("' :ab::int'"), None);
        assert_eq!(e("E'\\:x'"), None);
        assert_eq!(python_sql("E'\\:x %'"), "sa.DDL(\"E'\\\\:x %%'\")");
    }

    #[test]
    fn python_literals() {
        assert_eq!(
            python_string(r#"SELECT "A" \ 'b'"#),
            r#""SELECT \"A\" \\ 'b'""#
        );
        assert_eq!(
            python_string("DO $$\nBEGIN \"x\"\nEND $$;\"\"\""),
            "\"\"\"\\\nDO $$\nBEGIN \"x\"\nEND $$;\\\"\\\"\\\"\"\"\""
        );
    }
}
