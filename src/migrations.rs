//! A migrations folder read the way its tool reads it: the migrations in the order the tool
//! applies them, the SQL of each one's up (and down) side, and the files that make them up.
//!
//! `gen check` and `gen diff --from-migrations` apply the up sides to a model
//! (`parse::Reader::read_migration`); `gen.sum` covers the files. The SQL of a side keeps the
//! file's positions: everything in the file that is not that side's SQL (the other section of a
//! dbmate or goose file, the Python around an alembic revision's `op.execute` strings) is blanked
//! to spaces, line breaks kept, so an error in it names the file's own line and column.

use crate::error::{Error, SourceError};
use crate::render::Format;
use crate::{Input, existing};
use regex::Regex;
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::LazyLock;

/// One migration, as its tool names it.
#[derive(Debug, Clone)]
pub struct Migration {
    /// The tool's name for it: the version and name (`000003_add_role_expand`), the folder
    /// (prisma, diesel), the revision file (alembic).
    pub id: String,
    /// The up side: the file's path (the folder joined) and its SQL.
    pub up: Input,
    /// The down side, when the migration has one.
    pub down: Option<Input>,
}

/// What a migrations folder holds.
#[derive(Debug, Clone, Default)]
pub struct Folder {
    /// In the order the tool applies them.
    pub migrations: Vec<Migration>,
    /// Every file that belongs to a migration (up, down, and the files that configure them:
    /// flyway's `.sql.conf`, diesel's `metadata.toml`), relative to the folder with `/`
    /// separators, sorted: what `gen.sum` covers. Other files (a README, `gen.sum` itself, the
    /// tool's own lock file) are not migrations.
    pub files: Vec<String>,
}

/// How a migration's SQL sits in its files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sides {
    /// One file per side.
    Files,
    /// One file, up and down sections after marker lines (dbmate, goose).
    Sections,
    /// An alembic revision: `upgrade()` and `downgrade()`.
    Alembic,
}

/// One migration of a folder's layout: its files, relative to the folder.
#[derive(Debug, Clone)]
struct Entry {
    id: String,
    up: String,
    down: Option<String>,
}

/// The migrations of a folder in their tool's order, and the files they are made of.
struct Layout {
    entries: Vec<Entry>,
    sides: Sides,
    files: Vec<String>,
}

/// The files of `dir`, with `new` files added to it, that belong to migrations laid out for
/// `format`: what `gen.sum` covers (see [`Folder::files`]). Only names are read (and alembic's
/// `revision` lines), not the SQL.
pub fn files(
    dir: &Path,
    format: Format,
    new: &[crate::render::OutputFile],
) -> Result<Vec<String>, Error> {
    let mut tree = crate::verify::read_tree(dir).map_err(Error::Existing)?;
    for f in new {
        let rel = f
            .path
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join("/");
        tree.insert(rel, f.contents.clone().into_bytes());
    }
    Ok(layout(dir, format, &tree)?.files)
}

/// Reads the migrations of `dir` laid out for `format`'s tool. A missing folder is empty; a file
/// that looks like a migration but cannot be ordered or read is an error (exit code 2).
pub fn read(dir: &Path, format: Format) -> Result<Folder, Error> {
    let tree = crate::verify::read_tree(dir).map_err(Error::Existing)?;
    let layout = layout(dir, format, &tree)?;
    let path = |rel: &str| dir.join(rel).display().to_string();
    let text_of = |rel: &str| -> Result<String, Error> {
        String::from_utf8(tree[rel].clone())
            .map_err(|_| Error::Existing(format!("{} is not UTF-8 text", path(rel))))
    };
    let mut migrations = Vec::with_capacity(layout.entries.len());
    for e in layout.entries {
        let text = text_of(&e.up)?;
        let (up, down) = match layout.sides {
            Sides::Files => {
                let down = e.down.as_deref().map(text_of).transpose()?;
                (text, down)
            }
            Sides::Sections => {
                let (up_marker, down_marker): (&Regex, &Regex) = if format == Format::Dbmate {
                    (&DBMATE_UP, &DBMATE_DOWN)
                } else {
                    (&GOOSE_UP, &GOOSE_DOWN)
                };
                let (up, down) = sections(&text, up_marker, down_marker).ok_or_else(|| {
                    Error::Existing(format!(
                        "{} has no `{}` section: it is not a {format} migration",
                        path(&e.up),
                        if format == Format::Dbmate {
                            "-- migrate:up"
                        } else {
                            "-- +goose Up"
                        }
                    ))
                })?;
                (keep(&text, &[up]), down.map(|d| keep(&text, &[d])))
            }
            Sides::Alembic => {
                let p = path(&e.up);
                (
                    alembic_sql(&p, &text, "upgrade")?,
                    Some(alembic_sql(&p, &text, "downgrade")?),
                )
            }
        };
        let down_path = e.down.as_deref().unwrap_or(&e.up);
        migrations.push(Migration {
            id: e.id,
            up: Input {
                path: path(&e.up),
                text: up,
            },
            down: down.map(|text| Input {
                path: path(down_path),
                text,
            }),
        });
    }
    Ok(Folder {
        migrations,
        files: layout.files,
    })
}

fn layout(dir: &Path, format: Format, tree: &BTreeMap<String, Vec<u8>>) -> Result<Layout, Error> {
    let path = |rel: &str| dir.join(rel).display().to_string();
    let top: Vec<&String> = tree.keys().filter(|k| !k.contains('/')).collect();
    let mut entries = Vec::new();
    let mut extra: Vec<String> = Vec::new();
    let sides = match format {
        Format::Dbmate | Format::Goose => Sides::Sections,
        Format::Alembic => Sides::Alembic,
        _ => Sides::Files,
    };
    match format {
        Format::GolangMigrate | Format::Sqlx | Format::Sql => {
            // `<version>_<name>.up.sql` / `.down.sql`; sqlx also reads `<version>_<name>.sql`
            // (an up without a down)
            let mut by_version: BTreeMap<u64, (String, Option<String>, Option<String>)> =
                BTreeMap::new();
            for rel in top {
                let Some(c) = PAIRED.captures(rel) else {
                    continue;
                };
                let side = c.get(3).map(|m| m.as_str());
                if side.is_none() && format != Format::Sqlx {
                    continue;
                }
                let version = parse_version(rel, &c[1])?;
                let stem = format!("{}_{}", &c[1], &c[2]);
                let entry = by_version
                    .entry(version)
                    .or_insert_with(|| (stem.clone(), None, None));
                if entry.0 != stem {
                    return Err(same_version(dir, &entry.0, rel, version));
                }
                let slot = if side == Some("down") {
                    &mut entry.2
                } else {
                    &mut entry.1
                };
                if let Some(other) = slot.replace(rel.clone()) {
                    return Err(same_version(dir, &other, rel, version));
                }
            }
            for (version, (stem, up, down)) in by_version {
                let Some(up) = up else {
                    return Err(Error::Existing(format!(
                        "{} has no matching up file (version {version})",
                        path(down.as_deref().unwrap_or(&stem))
                    )));
                };
                entries.push(Entry { id: stem, up, down });
            }
        }
        Format::Dbmate | Format::Goose => {
            let mut by_version: BTreeMap<u64, String> = BTreeMap::new();
            for rel in top {
                let Some(c) = VERSIONED_SQL.captures(rel) else {
                    continue;
                };
                let version = parse_version(rel, &c[1])?;
                if let Some(other) = by_version.insert(version, rel.clone()) {
                    return Err(same_version(dir, &other, rel, version));
                }
            }
            for (_, rel) in by_version {
                entries.push(Entry {
                    id: rel.trim_end_matches(".sql").to_string(),
                    up: rel,
                    down: None,
                });
            }
        }
        Format::Flyway => {
            // any depth, as Flyway scans its locations
            let mut by_version: BTreeMap<Vec<u64>, (String, Option<String>, Option<String>)> =
                BTreeMap::new();
            for rel in tree.keys() {
                let base = rel.rsplit('/').next().unwrap_or(rel);
                if base.starts_with("R__") && base.ends_with(".sql") {
                    return Err(Error::Existing(format!(
                        "{}: repeatable Flyway migrations (R__) are not read: gen writes \
                         versioned ones only",
                        path(rel)
                    )));
                }
                let Some(c) = FLYWAY.captures(base) else {
                    continue;
                };
                let version: Vec<u64> = c[2]
                    .split(['.', '_'])
                    .map(|p| parse_version(rel, p))
                    .collect::<Result<_, _>>()?;
                let entry = by_version
                    .entry(version)
                    .or_insert_with(|| (c[3].to_string(), None, None));
                let slot = if &c[1] == "U" {
                    &mut entry.2
                } else {
                    &mut entry.1
                };
                if let Some(other) = slot.replace(rel.clone()) {
                    return Err(Error::Existing(format!(
                        "{} and {} have the same version {}",
                        path(&other),
                        path(rel),
                        &c[2]
                    )));
                }
                let conf = format!("{rel}.conf");
                if tree.contains_key(&conf) {
                    extra.push(conf);
                }
            }
            for (_, (name, up, down)) in by_version {
                let Some(up) = up else {
                    return Err(Error::Existing(format!(
                        "{} has no matching versioned script (V...__{name}.sql)",
                        path(down.as_deref().unwrap_or(&name))
                    )));
                };
                let id = up
                    .rsplit('/')
                    .next()
                    .unwrap_or(&up)
                    .trim_end_matches(".sql")
                    .to_string();
                entries.push(Entry { id, up, down });
            }
        }
        Format::Diesel | Format::Prisma => {
            // one folder per migration, in the order of their names (their leading version)
            let up_name = if format == Format::Diesel {
                "up.sql"
            } else {
                "migration.sql"
            };
            let mut folders: Vec<(String, String)> = Vec::new();
            for rel in tree.keys() {
                let Some((folder, file)) = rel.split_once('/') else {
                    continue;
                };
                if file == up_name && folder.starts_with(|c: char| c.is_ascii_digit()) {
                    let version: String = folder
                        .chars()
                        .take_while(|c| *c != '_')
                        .filter(char::is_ascii_digit)
                        .collect();
                    folders.push((version, folder.to_string()));
                }
            }
            folders.sort();
            if let Some(w) = folders.windows(2).find(|w| w[0].0 == w[1].0) {
                return Err(Error::Existing(format!(
                    "{} and {} have the same version {}",
                    path(&w[0].1),
                    path(&w[1].1),
                    w[0].0
                )));
            }
            for (_, folder) in folders {
                let down = format!("{folder}/down.sql");
                let metadata = format!("{folder}/metadata.toml");
                if format == Format::Diesel && tree.contains_key(&metadata) {
                    extra.push(metadata);
                }
                entries.push(Entry {
                    up: format!("{folder}/{up_name}"),
                    down: tree.contains_key(&down).then_some(down),
                    id: folder,
                });
            }
        }
        Format::Alembic => {
            let mut revisions: Vec<(String, Vec<String>, String)> = Vec::new();
            for rel in top {
                if !rel.ends_with(".py") {
                    continue;
                }
                let text = String::from_utf8_lossy(&tree[rel.as_str()]).into_owned();
                let Some(revision) = existing::REVISION.captures(&text) else {
                    continue;
                };
                let parents = existing::DOWN_REVISION
                    .captures(&text)
                    .map(|d| {
                        existing::QUOTED
                            .captures_iter(&d[1])
                            .map(|c| c[1].to_string())
                            .collect()
                    })
                    .unwrap_or_default();
                revisions.push((revision[1].to_string(), parents, rel.clone()));
            }
            for rel in alembic_order(dir, &revisions)? {
                entries.push(Entry {
                    id: rel.trim_end_matches(".py").to_string(),
                    up: rel,
                    down: None,
                });
            }
        }
    }
    let mut files: Vec<String> = entries
        .iter()
        .flat_map(|e| std::iter::once(e.up.clone()).chain(e.down.clone()))
        .chain(extra)
        .collect();
    files.sort();
    files.dedup();
    Ok(Layout {
        entries,
        sides,
        files,
    })
}

/// The schema the up sides of `folder`'s migrations build from an empty one, applied in order
/// the way PostgreSQL applies them (`parse::Reader::read_migration`): an up file gen cannot read
/// into the model is an error naming its file, line and column.
pub fn model(folder: &Folder) -> Result<crate::parse::Parsed, SourceError> {
    let mut reader = crate::parse::Reader::new(crate::parse::ParseOptions::default());
    for m in &folder.migrations {
        reader.read_migration(&m.up.path, &m.up.text)?;
    }
    Ok(reader.finish())
}

static PAIRED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\d+)_(.+?)(?:\.(up|down))?\.sql$").expect("regex"));
static VERSIONED_SQL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\d+)[^/]*\.sql$").expect("regex"));
static FLYWAY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^([VU])(\d+(?:[._]\d+)*)__(.+)\.sql$").expect("regex"));
static DBMATE_UP: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?m)^--\s*migrate:up\b.*$").expect("regex"));
static DBMATE_DOWN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?m)^--\s*migrate:down\b.*$").expect("regex"));
static GOOSE_UP: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?mi)^--\s*\+goose\s+up\b.*$").expect("regex"));
static GOOSE_DOWN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?mi)^--\s*\+goose\s+down\b.*$").expect("regex"));

fn parse_version(rel: &str, digits: &str) -> Result<u64, Error> {
    digits
        .parse()
        .map_err(|_| Error::Existing(format!("{rel}: version {digits} is too large")))
}

fn same_version(dir: &Path, a: &str, b: &str, version: u64) -> Error {
    Error::Existing(format!(
        "{} and {} have the same version {version}",
        dir.join(a).display(),
        dir.join(b).display()
    ))
}

/// The byte ranges of a file's up and down sections (after their marker lines), or None when it
/// has no up marker.
type Range = (usize, usize);

fn sections(text: &str, up: &Regex, down: &Regex) -> Option<(Range, Option<Range>)> {
    let u = up.find(text)?;
    let d = down.find(text);
    let up_range = match d {
        Some(d) if d.start() > u.end() => (u.end(), d.start()),
        _ => (u.end(), text.len()),
    };
    let down_range = d.map(|d| {
        if d.start() > u.end() {
            (d.end(), text.len())
        } else {
            (d.end(), u.start())
        }
    });
    Some((up_range, down_range))
}

/// `text` with every character outside `ranges` (byte ranges) blanked to a space, line breaks
/// kept: the same lines and columns, only the kept SQL left to read.
fn keep(text: &str, ranges: &[Range]) -> String {
    text.char_indices()
        .map(|(i, c)| {
            if c == '\n' || ranges.iter().any(|&(a, b)| i >= a && i < b) {
                c
            } else {
                ' '
            }
        })
        .collect()
}

/// Alembic revisions (revision, parents, file) in apply order: from the base revision along the
/// `down_revision` chain. Branches are refused: their order is the tool's choice at run time.
fn alembic_order(
    dir: &Path,
    revisions: &[(String, Vec<String>, String)],
) -> Result<Vec<String>, Error> {
    let mut order = Vec::new();
    let mut current: Option<String> = None;
    let mut seen = 0;
    loop {
        let next: Vec<&(String, Vec<String>, String)> = revisions
            .iter()
            .filter(|(_, parents, _)| match &current {
                None => parents.is_empty(),
                Some(c) => parents.len() == 1 && &parents[0] == c,
            })
            .collect();
        match next.as_slice() {
            [] => break,
            [(rev, _, rel)] => {
                order.push(rel.clone());
                current = Some(rev.clone());
                seen += 1;
                if seen > revisions.len() {
                    break;
                }
            }
            many => {
                return Err(Error::Existing(format!(
                    "the alembic revisions in {} branch after {}: {} (gen reads one chain of \
                     revisions)",
                    dir.display(),
                    current.as_deref().unwrap_or("the base"),
                    many.iter()
                        .map(|(rev, _, _)| rev.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                )));
            }
        }
    }
    if order.len() != revisions.len() {
        return Err(Error::Existing(format!(
            "the alembic revisions in {} are not one chain from a base revision (down_revision = \
             None): {} of {} are on it",
            dir.display(),
            order.len(),
            revisions.len()
        )));
    }
    Ok(order)
}

/// The SQL of an alembic revision's `upgrade()` or `downgrade()` as gen writes them: each
/// `op.execute("...")` (or `op.execute(sa.DDL("..."))`) string, at its place in the file, ended
/// by a `;` where its closing quote is; everything else blanked. Other Python in the function
/// (another `op` call, a statement of its own) is an error naming its line: only SQL strings can
/// be read.
fn alembic_sql(path: &str, text: &str, function: &str) -> Result<String, Error> {
    let chars: Vec<char> = text.chars().collect();
    // the SQL read, each character with the index of the one it comes from
    let mut sql: Vec<(char, usize)> = Vec::new();
    // line starts, in char indexes
    let mut starts = vec![0usize];
    for (i, &c) in chars.iter().enumerate() {
        if c == '\n' {
            starts.push(i + 1);
        }
    }
    let line_of = |i: usize| starts.partition_point(|&s| s <= i);
    let err = |i: usize, msg: String| {
        let line = line_of(i);
        let col = i - starts[line - 1] + 1;
        Error::Source(SourceError::at(path, text, line, col, msg))
    };
    let line_text = |n: usize| -> String {
        let from = starts[n];
        let to = starts.get(n + 1).copied().unwrap_or(chars.len());
        chars[from..to].iter().collect()
    };
    let header = format!("def {function}(");
    let Some(first) = (0..starts.len()).find(|&n| line_text(n).starts_with(&header)) else {
        return Ok(at_lines(&chars, &starts, &sql));
    };
    let mut i = starts.get(first + 1).copied().unwrap_or(chars.len());
    while i < chars.len() {
        let c = chars[i];
        let at_line_start = i == 0 || chars[i - 1] == '\n';
        if at_line_start && !c.is_whitespace() && c != '#' {
            break; // the next top-level statement ends the function
        }
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if c == '#' {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
            continue;
        }
        let rest: String = chars[i..chars.len().min(i + 80)].iter().collect();
        if let Some(m) = ALEMBIC_SKIP.find(&rest) {
            i += m.as_str().chars().count();
            continue;
        }
        if let Some(m) = ALEMBIC_EXECUTE.find(&rest) {
            let ddl = m.as_str().contains("DDL");
            let mut j = i + m.as_str().chars().count();
            let (decoded, end) = python_literal(&chars, j).ok_or_else(|| {
                err(
                    j,
                    "op.execute: expected a string literal of SQL (gen reads the SQL strings \
                     it writes)"
                        .to_string(),
                )
            })?;
            j = end;
            let close = if ddl { "))" } else { ")" };
            for want in close.chars() {
                while j < chars.len() && chars[j].is_whitespace() {
                    j += 1;
                }
                if chars.get(j) != Some(&want) {
                    return Err(err(
                        j.min(chars.len().saturating_sub(1)),
                        "op.execute: expected `)` after the SQL string".to_string(),
                    ));
                }
                j += 1;
            }
            let decoded = if ddl {
                unpercent(&decoded)
            } else {
                untext(&decoded)
            };
            sql.extend(decoded);
            sql.push((';', j - 1));
            i = j;
            continue;
        }
        let line = line_of(i);
        return Err(err(
            i,
            format!(
                "cannot read `{}` in {function}(): gen reads alembic revisions whose \
                 {function}() runs SQL strings with op.execute, as gen writes them",
                line_text(line - 1).trim()
            ),
        ));
    }
    Ok(at_lines(&chars, &starts, &sql))
}

/// The SQL read from a file, on the lines its characters come from: each line starts at the
/// column of its first character, the rest of it follows without gaps (an escape sequence of the
/// literal is one character of the value), so the statements keep the file's lines.
fn at_lines(chars: &[char], starts: &[usize], sql: &[(char, usize)]) -> String {
    let mut out = String::new();
    let mut k = 0;
    for (n, &start) in starts.iter().enumerate() {
        if n > 0 {
            out.push('\n');
        }
        let end = starts.get(n + 1).copied().unwrap_or(chars.len() + 1);
        let mut first = true;
        while k < sql.len() && sql[k].1 < end {
            let (c, at) = sql[k];
            k += 1;
            if c == '\n' && chars[at] == '\n' {
                continue; // the line break itself
            }
            if first {
                out.extend(std::iter::repeat_n(' ', at - start));
                first = false;
            }
            out.push(if c == '\n' { ' ' } else { c });
        }
    }
    out
}

/// What may stand in an alembic function gen wrote, besides `op.execute(...)`.
static ALEMBIC_SKIP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:pass\b|with\s+op\.get_context\(\)\.autocommit_block\(\)\s*:)").expect("regex")
});
static ALEMBIC_EXECUTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^op\.execute\(\s*(?:(?:sa|sqlalchemy)\.DDL\(\s*)?").expect("regex")
});

/// The Python string literal starting at `chars[i]` (`"..."`, `'...'` or their triple-quoted
/// forms, no prefix): each character of its value with the index of the character it comes
/// from, and the index after the literal.
fn python_literal(chars: &[char], i: usize) -> Option<(Vec<(char, usize)>, usize)> {
    let q = *chars.get(i)?;
    if q != '"' && q != '\'' {
        return None;
    }
    let triple = chars.get(i + 1) == Some(&q) && chars.get(i + 2) == Some(&q);
    let mut j = if triple { i + 3 } else { i + 1 };
    let mut out = Vec::new();
    loop {
        let c = *chars.get(j)?;
        if c == q && (!triple || (chars.get(j + 1) == Some(&q) && chars.get(j + 2) == Some(&q))) {
            return Some((out, if triple { j + 3 } else { j + 1 }));
        }
        if c == '\n' && !triple {
            return None;
        }
        if c == '\\' {
            let n = *chars.get(j + 1)?;
            let value = match n {
                '\n' => None, // a line continuation
                '\\' | '\'' | '"' => Some(n),
                'n' => Some('\n'),
                't' => Some('\t'),
                'r' => Some('\r'),
                '0' => Some('\0'),
                _ => {
                    out.push(('\\', j));
                    Some(n)
                }
            };
            if let Some(v) = value {
                out.push((v, j + 1));
            }
            j += 2;
            continue;
        }
        out.push((c, j));
        j += 1;
    }
}

/// What SQLAlchemy's `text()` sends for a string: `\:` before a bind-parameter-like name is
/// unescaped to `:`.
fn untext(s: &[(char, usize)]) -> Vec<(char, usize)> {
    let word = |c: char| c.is_alphanumeric() || c == '_' || c == '$';
    let mut out = Vec::with_capacity(s.len());
    let mut k = 0;
    while k < s.len() {
        if s[k].0 == '\\' && s.get(k + 1).is_some_and(|x| x.0 == ':') {
            let mut e = k + 2;
            while e < s.len() && word(s[e].0) {
                e += 1;
            }
            if s.get(e).is_none_or(|x| x.0 != ':') {
                k += 1; // drop the backslash
                continue;
            }
        }
        out.push(s[k]);
        k += 1;
    }
    out
}

/// What `sa.DDL(...)` sends: `%%` is `%`.
fn unpercent(s: &[(char, usize)]) -> Vec<(char, usize)> {
    let mut out = Vec::with_capacity(s.len());
    let mut k = 0;
    while k < s.len() {
        out.push(s[k]);
        if s[k].0 == '%' && s.get(k + 1).is_some_and(|x| x.0 == '%') {
            k += 1;
        }
        k += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    #[test]
    fn sections_keep_positions() {
        let text =
            "-- head\n-- migrate:up\nCREATE TABLE t (id int);\n-- migrate:down\nDROP TABLE t;\n";
        let (up, down) = sections(text, &DBMATE_UP, &DBMATE_DOWN).unwrap();
        let u = keep(text, &[up]);
        assert_eq!(u.lines().count(), text.lines().count());
        assert_eq!(u.lines().nth(2).unwrap(), "CREATE TABLE t (id int);");
        assert!(!u.contains("DROP"));
        let d = keep(text, &[down.unwrap()]);
        assert_eq!(d.trim(), "DROP TABLE t;");
    }

    #[test]
    fn alembic_strings_are_read_at_their_place() {
        let text = "revision = \"a\"\ndown_revision = None\n\n\ndef upgrade() -> None:\n    # note\n    with op.get_context().autocommit_block():\n        op.execute(\"SELECT '\\\\x' \\\\:v\")\n    op.execute(\"\"\"\\\nCREATE TABLE t (\n    \"a\" int\n)\"\"\")\n    op.execute(sa.DDL(\"SELECT '100%%'\"))\n\n\ndef downgrade() -> None:\n    pass\n";
        let up = alembic_sql("r.py", text, "upgrade").unwrap();
        assert_eq!(up.lines().count(), text.lines().count());
        let line = |n: usize| up.lines().nth(n).unwrap().to_string();
        assert_eq!(line(7), "                    SELECT '\\x' :v;");
        assert_eq!(line(8), "");
        assert_eq!(line(9), "CREATE TABLE t (");
        assert_eq!(line(10), "    \"a\" int");
        assert_eq!(line(11), ");");
        assert_eq!(line(12), format!("{}SELECT '100%';", " ".repeat(23)));
        assert_eq!(alembic_sql("r.py", text, "downgrade").unwrap().trim(), "");
        let bad = text.replace("    pass", "    op.drop_table('t')");
        let e = alembic_sql("r.py", &bad, "downgrade")
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("op.drop_table") && e.contains("r.py:17:5"),
            "{e}"
        );
    }

    #[test]
    fn folders_in_the_tools_order() {
        let tmp = tempfile::tempdir().unwrap();
        let d = tmp.path();
        fs::write(d.join("000010_b.up.sql"), "CREATE TABLE b ();").unwrap();
        fs::write(d.join("000010_b.down.sql"), "DROP TABLE b;").unwrap();
        fs::write(d.join("000002_a.up.sql"), "CREATE TABLE a ();").unwrap();
        fs::write(d.join("README.md"), "").unwrap();
        let f = read(d, Format::GolangMigrate).unwrap();
        let ids: Vec<&str> = f.migrations.iter().map(|m| m.id.as_str()).collect();
        assert_eq!(ids, ["000002_a", "000010_b"]);
        assert!(f.migrations[0].down.is_none());
        assert_eq!(
            f.files,
            ["000002_a.up.sql", "000010_b.down.sql", "000010_b.up.sql"]
        );
        fs::write(d.join("000002_c.up.sql"), "").unwrap();
        let e = read(d, Format::GolangMigrate).unwrap_err().to_string();
        assert!(e.contains("same version 2"), "{e}");
    }
}
