//! Every output format proven by its migration tool on a real PostgreSQL: for each tool and a
//! handful of representative cases (CONCURRENTLY builds, NOT VALID + VALIDATE, a batched
//! backfill, ALTER TYPE ... ADD VALUE used in the next file, the example app), `gen diff
//! --format F` writes the files, the tool applies every up on old.sql + seed.sql (catalog equal
//! to new.sql's, check_up.sql holds) and then every down (catalog equal to old.sql's,
//! check_down.sql holds). The tools' own tables of applied migrations are left out of the
//! comparison. Building the databases, the comparison and the check files are the library's
//! `gen_schema::verify` (what `gen verify` runs, through tests/support/prove.rs); only the tools'
//! runners are here.
//!
//! Real tools (installed pinned by scripts/install-tools): alembic (`upgrade head`,
//! `downgrade base`, in a project made by `alembic init` with its default env.py), dbmate
//! (`up`, then `rollback` per migration), sqlx-cli (`migrate run`, `migrate revert` per
//! migration), diesel_cli (`migration run`, `migration revert` per migration), psql (`sql`:
//! `psql -v ON_ERROR_STOP=1 -f` per file). Tools that cannot be installed here run through a
//! runner that follows the tool's documented rule: golang-migrate and Prisma (each file as one
//! query string), Flyway (a script in one transaction unless its `.sql.conf` says
//! `executeInTransaction=false`, then statement by statement), goose (its Up/Down sections and
//! StatementBegin/End, one transaction unless `NO TRANSACTION`). Their layouts are checked too.
//!
//! A missing tool fails its tests, naming scripts/install-tools. `GEN_SKIP_TOOL_TESTS=1` marks
//! them ignored instead (for developers; ignored when `CI` is set). Tools are looked up in
//! `$GEN_TOOLS_DIR/bin` (default `~/.cache/gen-tools/bin`), then on PATH.

mod support;

use gen_schema::render::Format;
use gen_schema::verify::pg_error;
use libtest_mimic::{Arguments, Failed, Trial};
use regex::Regex;
use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::tokenizer::{Token, Tokenizer};
use std::collections::BTreeMap;
use std::env;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use support::prove::{Bookkeeping, Direction, Prepared, prove_with};
use support::{Case, read_tree};

/// The representative cases, by folder name under tests/cases.
const CASES: &[&str] = &[
    "index_create_existing_table",
    "add_check_constraint",
    "add_not_null_column_backfill",
    "enum_label_added_and_used_as_default",
    "example_app",
];

/// The clock for timestamped layouts (prisma, diesel), so that runs are reproducible.
const SOURCE_DATE_EPOCH: &str = "1700000000";

/// The installed program that runs `format`'s files, where the real tool does.
fn program(format: Format) -> Option<&'static str> {
    match format {
        Format::Alembic => Some("alembic"),
        Format::Dbmate => Some("dbmate"),
        Format::Sqlx => Some("sqlx"),
        Format::Diesel => Some("diesel"),
        _ => None,
    }
}

fn tools_bin() -> PathBuf {
    match env::var_os("GEN_TOOLS_DIR") {
        Some(dir) => PathBuf::from(dir).join("bin"),
        None => PathBuf::from(env::var_os("HOME").unwrap_or_default()).join(".cache/gen-tools/bin"),
    }
}

fn find_program(name: &str) -> Option<PathBuf> {
    let pinned = tools_bin().join(name);
    if pinned.is_file() {
        return Some(pinned);
    }
    env::split_paths(&env::var_os("PATH").unwrap_or_default())
        .map(|d| d.join(name))
        .find(|p| p.is_file())
}

fn skip_missing_tools() -> bool {
    env::var_os("CI").is_none()
        && matches!(env::var("GEN_SKIP_TOOL_TESTS").as_deref(), Ok(v) if !v.is_empty() && v != "0")
}

fn main() {
    let args = Arguments::from_args();
    let cases_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut trials = Vec::new();
    for (t, &tool) in Format::ALL.iter().enumerate() {
        let program = program(tool).map(|name| (name, find_program(name)));
        let ignored = matches!(program, Some((_, None))) && skip_missing_tools();
        for (c, name) in CASES.iter().enumerate() {
            let case = Case {
                name: name.to_string(),
                dir: cases_dir.join(name),
                index: t * CASES.len() + c,
            };
            let program = program.clone();
            trials.push(
                Trial::test(format!("{tool}::{name}"), move || {
                    let program = match program {
                        None => None,
                        Some((_, Some(path))) => Some(path),
                        Some((name, None)) => {
                            return Err(Failed::from(format!(
                                "{name} not found in {} or on PATH: run scripts/install-tools \
                                 (developers may set GEN_SKIP_TOOL_TESTS=1 to skip the tool \
                                 tests; CI never skips them)",
                                tools_bin().display()
                            )));
                        }
                    };
                    run(tool, program.as_deref(), &case).map_err(Failed::from)
                })
                .with_ignored_flag(ignored),
            );
        }
    }
    let conclusion = {
        let _shutdown = Shutdown;
        libtest_mimic::run(&args, trials)
    };
    conclusion.exit();
}

/// Stops the throwaway cluster even if main unwinds.
struct Shutdown;

impl Drop for Shutdown {
    fn drop(&mut self) {
        support::server::shutdown();
    }
}

/// Generates `case` in `tool`'s format (twice: the output must not change) and proves it.
fn run(tool: Format, program: Option<&Path>, case: &Case) -> Result<(), String> {
    let tmp = tempfile::Builder::new()
        .prefix(&format!("gen-tool-{}-", tool.as_str()))
        .tempdir()
        .map_err(|e| format!("temp dir: {e}"))?;
    let project = tmp.path().join("project");
    fs::create_dir(&project).map_err(|e| format!("mkdir: {e}"))?;
    let bin = program.unwrap_or(Path::new("-"));
    // Alembic: a project as `alembic init` makes it; gen writes into its versions folder.
    let out = match tool {
        Format::Alembic => {
            command(bin, &project, &["init", "alembic"])?;
            project.join("alembic/versions")
        }
        _ => project.join("migrations"),
    };
    generate(case, tool, &out)?;
    let again = tmp.path().join("again");
    if tool == Format::Alembic {
        fs::create_dir(&again).map_err(|e| format!("mkdir: {e}"))?;
    }
    generate(case, tool, &again)?;
    let mut files = read_tree(&out)?;
    if files != read_tree(&again)? {
        return Err(format!(
            "gen --format {} wrote different files in two runs",
            tool.as_str()
        ));
    }
    if files.is_empty() {
        return Err(format!("gen --format {} wrote no files", tool.as_str()));
    }
    // gen.sum records the migration files of the layout; the tool ignores it
    support::generate::check_sum(&out, tool, &mut files)?;
    let prefix = format!("t{}_", case.index);
    prove_with(case, &prefix, |proof| match tool {
        Format::GolangMigrate => support::prove::golang_migrate(proof, &files),
        Format::Alembic => alembic(proof, bin, &project),
        Format::Dbmate => cli_tool(proof, bin, &out, &files, &DBMATE),
        Format::Sqlx => cli_tool(proof, bin, &out, &files, &SQLX),
        Format::Diesel => cli_tool(proof, bin, &out, &files, &DIESEL),
        Format::Prisma => prisma(proof, &files),
        Format::Flyway => flyway(proof, &files),
        Format::Goose => goose(proof, &files),
        Format::Sql => plain_sql(proof, &out, &files),
    })
}

fn generate(case: &Case, tool: Format, out: &Path) -> Result<(), String> {
    let output = Command::new(support::generate::generator())
        .arg("diff")
        .arg(case.dir.join("old.sql"))
        .arg(case.dir.join("new.sql"))
        .args(["--format", tool.as_str(), "--out"])
        .arg(out)
        .env("SOURCE_DATE_EPOCH", SOURCE_DATE_EPOCH)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("cannot run gen: {e}"))?;
    if output.status.success() {
        Ok(())
    } else {
        Err(format!(
            "gen diff --format {} failed ({}):\n{}",
            tool.as_str(),
            output.status,
            String::from_utf8_lossy(&output.stderr)
        ))
    }
}

/// Runs a tool in `dir`; its output is the error when it fails.
fn command(program: &Path, dir: &Path, args: &[&str]) -> Result<String, String> {
    let output = Command::new(program)
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("cannot run {}: {e}", program.display()))?;
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    if output.status.success() {
        Ok(text)
    } else {
        Err(format!(
            "`{} {}` failed ({}):\n{text}",
            program.display(),
            args.join(" "),
            output.status
        ))
    }
}

/// The files whose name ends in `suffix`, in name order, as (path, text).
fn files_ending(files: &BTreeMap<String, Vec<u8>>, suffix: &str) -> Vec<(String, String)> {
    files
        .iter()
        .filter(|(rel, _)| rel.ends_with(suffix))
        .map(|(rel, bytes)| (rel.clone(), String::from_utf8_lossy(bytes).into_owned()))
        .collect()
}

/// Connection URL of the proof's work database: `scheme://user@host:port/db`, or for a socket
/// directory `scheme://user@/db?{socket}=DIR&port=PORT`; `extra` parameters after those.
fn url(proof: &Prepared<'_>, scheme: &str, socket: &str, extra: &[&str]) -> String {
    let (host, port) = (proof.server.host(), proof.server.port());
    let (authority, mut params) = if host.starts_with('/') {
        (
            String::new(),
            vec![format!("{socket}={host}"), format!("port={port}")],
        )
    } else {
        (format!("{host}:{port}"), Vec::new())
    };
    params.extend(extra.iter().map(|p| p.to_string()));
    let query = if params.is_empty() {
        String::new()
    } else {
        format!("?{}", params.join("&"))
    };
    format!(
        "{scheme}://{}@{authority}/{}{query}",
        proof.server.user().unwrap_or("postgres"),
        proof.work()
    )
}

/// Up with `up`, verify, then down with `down`, verify.
fn up_down(
    proof: &Prepared<'_>,
    migrations: &[String],
    bookkeeping: Bookkeeping,
    up: impl FnOnce() -> Result<(), String>,
    down: impl FnOnce() -> Result<(), String>,
) -> Result<(), String> {
    up()?;
    proof.verify(Direction::Up, migrations, bookkeeping)?;
    down()?;
    proof.verify(Direction::Down, migrations, bookkeeping)
}

// ------------------------------------------------------------------------------- real tools

fn alembic(proof: &Prepared<'_>, bin: &Path, project: &Path) -> Result<(), String> {
    let ini = project.join("alembic.ini");
    let text = fs::read_to_string(&ini).map_err(|e| format!("read alembic.ini: {e}"))?;
    let url = url(proof, "postgresql+psycopg2", "host", &[]);
    let text: String = text
        .lines()
        .map(|l| {
            if l.starts_with("sqlalchemy.url") {
                format!("sqlalchemy.url = {url}\n")
            } else {
                format!("{l}\n")
            }
        })
        .collect();
    fs::write(&ini, text).map_err(|e| format!("write alembic.ini: {e}"))?;
    let revisions = vec!["alembic/versions/*.py".to_string()];
    up_down(
        proof,
        &revisions,
        &["alembic_version"],
        || command(bin, project, &["upgrade", "head"]).map(drop),
        || command(bin, project, &["downgrade", "base"]).map(drop),
    )
}

/// How a command-line tool is run: `up` applies every migration, `down` reverts the newest one
/// (run once per migration); `{url}` and `{dir}` stand for the database URL and the folder.
struct CliTool {
    /// A migration is a file (or folder) whose path ends like this.
    migration: &'static str,
    /// The URL's scheme, the query parameter naming a socket directory, extra parameters.
    url: (&'static str, &'static str, &'static [&'static str]),
    up: &'static [&'static str],
    down: &'static [&'static str],
    bookkeeping: Bookkeeping,
}

const DBMATE: CliTool = CliTool {
    migration: ".sql",
    url: ("postgres", "socket", &["sslmode=disable"]),
    up: &[
        "--url",
        "{url}",
        "--migrations-dir",
        "{dir}",
        "--no-dump-schema",
        "up",
    ],
    down: &[
        "--url",
        "{url}",
        "--migrations-dir",
        "{dir}",
        "--no-dump-schema",
        "rollback",
    ],
    bookkeeping: &["schema_migrations"],
};

const SQLX: CliTool = CliTool {
    migration: ".up.sql",
    url: ("postgres", "host", &[]),
    up: &[
        "migrate",
        "run",
        "--source",
        "{dir}",
        "--database-url",
        "{url}",
    ],
    down: &[
        "migrate",
        "revert",
        "--source",
        "{dir}",
        "--database-url",
        "{url}",
    ],
    bookkeeping: &["_sqlx_migrations"],
};

const DIESEL: CliTool = CliTool {
    migration: "/up.sql",
    url: ("postgres", "host", &[]),
    up: &[
        "migration",
        "run",
        "--migration-dir",
        "{dir}",
        "--database-url",
        "{url}",
    ],
    down: &[
        "migration",
        "revert",
        "--migration-dir",
        "{dir}",
        "--database-url",
        "{url}",
    ],
    bookkeeping: &["__diesel_schema_migrations"],
};

fn cli_tool(
    proof: &Prepared<'_>,
    bin: &Path,
    out: &Path,
    files: &BTreeMap<String, Vec<u8>>,
    tool: &CliTool,
) -> Result<(), String> {
    let migrations: Vec<String> = files_ending(files, tool.migration)
        .into_iter()
        .map(|f| f.0)
        .collect();
    let (scheme, socket, extra) = tool.url;
    // sqlx wants a host name even when `host=` names the socket directory; the others accept it.
    let url = url(proof, scheme, socket, extra).replacen("@/", "@localhost/", 1);
    let dir = out.to_string_lossy().into_owned();
    let run = |args: &[&str]| {
        let args: Vec<String> = args
            .iter()
            .map(|a| a.replace("{url}", &url).replace("{dir}", &dir))
            .collect();
        command(
            bin,
            out,
            &args.iter().map(String::as_str).collect::<Vec<_>>(),
        )
        .map(drop)
    };
    up_down(
        proof,
        &migrations,
        tool.bookkeeping,
        || run(tool.up),
        || (0..migrations.len()).try_for_each(|_| run(tool.down)),
    )
}

fn plain_sql(
    proof: &Prepared<'_>,
    out: &Path,
    files: &BTreeMap<String, Vec<u8>>,
) -> Result<(), String> {
    let name =
        Regex::new(r"^\d{6}_[a-z0-9_]+_(expand|backfill|contract)\.(up|down)\.sql$").unwrap();
    for rel in files.keys() {
        if !name.is_match(rel) {
            return Err(format!(
                "sql: {rel} is not NNNNNN_<name>_<phase>.up|down.sql"
            ));
        }
    }
    let ups: Vec<String> = files_ending(files, ".up.sql")
        .into_iter()
        .map(|f| f.0)
        .collect();
    let downs: Vec<String> = ups
        .iter()
        .rev()
        .map(|u| u.replace(".up.sql", ".down.sql"))
        .collect();
    // psql of the PostgreSQL the tests run (GEN_TEST_PGBIN, PATH or /usr/lib/postgresql/*/bin).
    let bin = env::var_os("GEN_TEST_PGBIN").map(PathBuf::from);
    let psql = gen_schema::verify::pg_program(bin.as_deref(), "psql")
        .ok_or("sql: psql not found (GEN_TEST_PGBIN, PATH, /usr/lib/postgresql/*/bin)")?;
    let (host, port) = (proof.server.host(), proof.server.port().to_string());
    let user = proof.server.user().unwrap_or("postgres");
    let run = |list: &[String]| {
        list.iter().try_for_each(|rel| {
            let connection = ["-h", &host, "-p", &port, "-U", user, "-d", proof.work()];
            let args = [
                &["-X", "-q", "-v", "ON_ERROR_STOP=1"][..],
                &connection,
                &["-f", rel],
            ];
            command(&psql, out, &args.concat()).map(drop)
        })
    };
    up_down(proof, &ups, &[], || run(&ups), || run(&downs))
}

// ------------------------------------------------------- runners following the tool's rule

/// Sends `sql` as one query string (golang-migrate, Prisma, `prisma db execute`).
fn one_query(proof: &Prepared<'_>, rel: &str, sql: &str) -> Result<(), String> {
    let mut client = proof.connect()?;
    client
        .batch_execute(sql)
        .map_err(|e| format!("applying {rel} failed:\n{}", pg_error(&e, Some(sql))))
}

/// Runs statements one by one, in one transaction (`BEGIN` ... `COMMIT`) or each on its own.
fn statements(
    proof: &Prepared<'_>,
    rel: &str,
    list: &[String],
    in_transaction: bool,
) -> Result<(), String> {
    let mut client = proof.connect()?;
    if in_transaction {
        client
            .batch_execute("BEGIN")
            .map_err(|e| pg_error(&e, None))?;
    }
    for sql in list {
        client.simple_query(sql).map_err(|e| {
            format!(
                "{rel}: statement failed{}:\n{}\n{sql}",
                if in_transaction {
                    " (in a transaction)"
                } else {
                    ""
                },
                pg_error(&e, Some(sql))
            )
        })?;
    }
    if in_transaction {
        client
            .batch_execute("COMMIT")
            .map_err(|e| pg_error(&e, None))?;
    }
    Ok(())
}

/// Prisma: `migrations/<14 digits>_<name>/migration.sql` with `down.sql` beside it and
/// `migration_lock.toml` naming the provider; Prisma sends migration.sql as one script, and the
/// down is run by hand with `prisma db execute --file down.sql` (one script too).
fn prisma(proof: &Prepared<'_>, files: &BTreeMap<String, Vec<u8>>) -> Result<(), String> {
    let folder = Regex::new(r"^\d{14}_[a-z0-9_]+/(migration|down)\.sql$").unwrap();
    let lock = files
        .get("migration_lock.toml")
        .ok_or("prisma: no migration_lock.toml")?;
    if !String::from_utf8_lossy(lock).contains("provider = \"postgresql\"") {
        return Err("prisma: migration_lock.toml does not name provider postgresql".into());
    }
    for rel in files.keys().filter(|r| *r != "migration_lock.toml") {
        if !folder.is_match(rel) {
            return Err(format!(
                "prisma: {rel} is not <timestamp>_<name>/migration.sql|down.sql"
            ));
        }
    }
    let ups = files_ending(files, "/migration.sql");
    let downs: Vec<(String, String)> = files_ending(files, "/down.sql").into_iter().rev().collect();
    if ups.len() != downs.len() {
        return Err("prisma: a migration.sql without down.sql".into());
    }
    let names: Vec<String> = ups.iter().map(|f| f.0.clone()).collect();
    let apply = |list: &[(String, String)]| {
        list.iter()
            .try_for_each(|(rel, sql)| one_query(proof, rel, sql))
    };
    up_down(proof, &names, &[], || apply(&ups), || apply(&downs))
}

/// The statements of a SQL script, split at top-level `;` (dollar-quoted bodies are one token),
/// without those that hold only comments: how Flyway's parser splits a script.
fn split_statements(sql: &str) -> Result<Vec<String>, String> {
    let tokens = Tokenizer::new(&PostgreSqlDialect {}, sql)
        .tokenize()
        .map_err(|e| format!("cannot tokenize: {e}"))?;
    let mut out = Vec::new();
    let mut current = String::new();
    let mut meaningful = false;
    for token in tokens {
        match &token {
            Token::SemiColon => {
                current.push(';');
                if meaningful {
                    out.push(std::mem::take(&mut current));
                } else {
                    current.clear();
                }
                meaningful = false;
            }
            Token::Whitespace(w) => {
                if !matches!(
                    w,
                    sqlparser::tokenizer::Whitespace::SingleLineComment { .. }
                        | sqlparser::tokenizer::Whitespace::MultiLineComment(_)
                ) {
                    current.push_str(&token.to_string());
                }
            }
            _ => {
                meaningful = true;
                current.push_str(&token.to_string());
            }
        }
    }
    if meaningful {
        out.push(current);
    }
    Ok(out)
}

/// Flyway: `V<n>__<desc>.sql` ascending by n, undo `U<n>__<desc>.sql` descending; a script runs
/// in one transaction unless `<script>.conf` says `executeInTransaction=false`, then statement
/// by statement outside any.
fn flyway(proof: &Prepared<'_>, files: &BTreeMap<String, Vec<u8>>) -> Result<(), String> {
    let script = Regex::new(r"^([VU])(\d+)__(\w+)\.sql$").unwrap();
    let mut versioned: BTreeMap<u64, String> = BTreeMap::new();
    let mut undo: BTreeMap<u64, String> = BTreeMap::new();
    for rel in files.keys() {
        if let Some(conf) = rel.strip_suffix(".conf") {
            if !files.contains_key(conf) {
                return Err(format!("flyway: {rel} has no script {conf}"));
            }
            continue;
        }
        let m = script
            .captures(rel)
            .ok_or_else(|| format!("flyway: {rel} does not match ^[VU](\\d+)__(\\w+)\\.sql$"))?;
        let version: u64 = m[2].parse().unwrap();
        let map = if &m[1] == "V" {
            &mut versioned
        } else {
            &mut undo
        };
        if map.insert(version, rel.clone()).is_some() {
            return Err(format!(
                "flyway: two {} scripts of version {version}",
                &m[1]
            ));
        }
    }
    if versioned.keys().ne(undo.keys()) {
        return Err("flyway: every V script needs its U script".into());
    }
    let apply = |rel: &String| -> Result<(), String> {
        let sql = String::from_utf8_lossy(&files[rel]).into_owned();
        let conf = files
            .get(&format!("{rel}.conf"))
            .map(|c| String::from_utf8_lossy(c).into_owned())
            .unwrap_or_default();
        let in_transaction = !conf
            .lines()
            .any(|l| l.trim() == "executeInTransaction=false");
        statements(proof, rel, &split_statements(&sql)?, in_transaction)
    };
    let names: Vec<String> = versioned.values().cloned().collect();
    up_down(
        proof,
        &names,
        &[],
        || versioned.values().try_for_each(apply),
        || undo.values().rev().try_for_each(apply),
    )
}

/// One goose migration file: its Up and Down statements, and whether it runs in a transaction.
struct GooseFile {
    up: Vec<String>,
    down: Vec<String>,
    in_transaction: bool,
}

/// Parses a file as goose does: `-- +goose Up` / `-- +goose Down` open the sections, other
/// comment lines are skipped, a statement ends at a line ending in `;` unless it is between
/// `-- +goose StatementBegin` and `-- +goose StatementEnd`; `-- +goose NO TRANSACTION` turns
/// the transaction off.
fn parse_goose(rel: &str, text: &str) -> Result<GooseFile, String> {
    let mut file = GooseFile {
        up: Vec::new(),
        down: Vec::new(),
        in_transaction: true,
    };
    #[derive(PartialEq)]
    enum Section {
        None,
        Up,
        Down,
    }
    let mut section = Section::None;
    let mut in_block = false;
    let mut buffer = String::new();
    for line in text.lines() {
        let trimmed = line.trim();
        if let Some(annotation) = trimmed.strip_prefix("--").map(str::trim) {
            match annotation {
                "+goose Up" => section = Section::Up,
                "+goose Down" => section = Section::Down,
                "+goose NO TRANSACTION" => file.in_transaction = false,
                "+goose StatementBegin" => in_block = true,
                "+goose StatementEnd" => {
                    in_block = false;
                    let statement = std::mem::take(&mut buffer);
                    match section {
                        Section::Up => file.up.push(statement),
                        Section::Down => file.down.push(statement),
                        Section::None => return Err(format!("goose: {rel}: statement before Up")),
                    }
                }
                _ if annotation.starts_with("+goose") => {
                    return Err(format!("goose: {rel}: unknown annotation {trimmed}"));
                }
                _ => {}
            }
            continue;
        }
        if trimmed.is_empty() && buffer.is_empty() {
            continue;
        }
        if section == Section::None {
            return Err(format!("goose: {rel}: SQL before -- +goose Up: {line}"));
        }
        buffer.push_str(line);
        buffer.push('\n');
        if !in_block && trimmed.ends_with(';') {
            let statement = std::mem::take(&mut buffer);
            match section {
                Section::Up => file.up.push(statement),
                _ => file.down.push(statement),
            }
        }
    }
    if !buffer.trim().is_empty() || in_block {
        return Err(format!("goose: {rel}: unterminated statement"));
    }
    if file.up.is_empty() {
        return Err(format!("goose: {rel}: no statements under -- +goose Up"));
    }
    Ok(file)
}

/// goose: `<version>_<name>.sql`, Up ascending, Down descending.
fn goose(proof: &Prepared<'_>, files: &BTreeMap<String, Vec<u8>>) -> Result<(), String> {
    let name = Regex::new(r"^\d+_[a-z0-9_]+\.sql$").unwrap();
    let mut parsed = Vec::new();
    for (rel, text) in files_ending(files, "") {
        if !name.is_match(&rel) {
            return Err(format!("goose: {rel} is not <version>_<name>.sql"));
        }
        parsed.push((rel.clone(), parse_goose(&rel, &text)?));
    }
    let names: Vec<String> = parsed.iter().map(|p| p.0.clone()).collect();
    up_down(
        proof,
        &names,
        &[],
        || {
            parsed
                .iter()
                .try_for_each(|(rel, f)| statements(proof, rel, &f.up, f.in_transaction))
        },
        || {
            parsed
                .iter()
                .rev()
                .try_for_each(|(rel, f)| statements(proof, rel, &f.down, f.in_transaction))
        },
    )
}
