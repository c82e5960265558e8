//! The `gen` command line.

use clap::{Parser, Subcommand};
use gen_schema::diagnostic::use_color;
use gen_schema::git::AtRev;
use gen_schema::plan::{ColumnRenames, PlanOptions};
use gen_schema::render::compose::ComposeOptions;
use gen_schema::render::{Format, OutputFile, RenderOptions};
use gen_schema::{Error, Input, output, render};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Turns a change to a declarative PostgreSQL schema file into safe, phased, reversible
/// migration files.
#[derive(Debug, Parser)]
#[command(
    name = "gen",
    version,
    about = "Turns a change to a declarative PostgreSQL schema into safe, phased, reversible migrations",
    long_about = "Turns a change to a declarative PostgreSQL schema file into safe, phased, reversible \
migration files for golang-migrate (the default), alembic, prisma, dbmate, sqlx, diesel, flyway, \
goose, or plain SQL (--format).\n\n\
Each step of the change lands in one phase: expand (additive, safe while the old application \
runs), backfill (data moves) and contract (removal and tightening, once the application no longer \
needs the old shape). Every up file has a down file that reverts it.\n\n\
Usage:\n  gen diff OLD NEW [--format FORMAT] [--out DIR] [--name NAME] [--allow-data-loss] [--dry-run]\n  \
gen diff --from-db DSN NEW [...]    (the old schema read from a live database by pg_dump)\n  \
gen diff --from-git [REV] SCHEMA [--format FORMAT] [--out DIR]\n  \
gen diff --from-migrations DIR NEW [...]    (the old schema built by a migrations folder)\n  \
gen compose [--format FORMAT] [--migrations DIR] [--out FILE | --print]\n  \
gen verify OLD NEW | gen verify --dir DIR SCHEMA\n  \
gen lint MIGRATION... [--schema OLD]\n  \
gen check [--dir DIR] [--format FORMAT] [--update-sum] SCHEMA\n  \
gen rewrite MIGRATION --schema OLD [--format FORMAT] [--out DIR] [--dry-run | --plan]\n\n\
Example:\n  gen diff schema_v1.sql schema_v2.sql --out db/migrations --name add_email\n  \
gen diff schema_v1.sql schema_v2.sql --format alembic --out alembic/versions\n  \
gen diff --from-git schemas/app.sql\n  \
gen compose --format dbmate --migrations db/migrations\n\n\
Exit codes:\n  0  success (also: no changes; lint found no high risk)\n  \
1  refused or failed: the change loses data (without --allow-data-loss), gen verify found a \
difference or a failing migration, gen lint found a high risk, gen check found a difference or \
a migration file changed by hand\n  \
2  bad input (the error names file:line:col and shows the line) or an internal error\n\n\
Errors and warnings go to stderr, coloured only on a terminal and never when NO_COLOR is set. \
--quiet silences the informational lines (wrote ..., no changes, verify's steps and progress); \
warnings and errors are always printed."
)]
struct Cli {
    /// Print only results, warnings and errors: no `wrote ...`, `No changes`, step or progress
    /// lines.
    #[arg(long, short, global = true)]
    quiet: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Compares two schema files and writes the migration files that turn OLD into NEW.
    #[command(
        override_usage = "gen diff [OPTIONS] OLD NEW\n       gen diff [OPTIONS] --from-git [REV] SCHEMA",
        long_about = "Compares two schema files and writes the migration files that turn OLD into NEW.\n\n\
Files are laid out for the migration tool named by --format and continue what the output folder \
already holds: versions after the highest one (golang-migrate NNNNNN_<name>_<phase>.up.sql / \
.down.sql, sqlx, dbmate, goose, sql, flyway V<n>__), timestamps after the newest one (prisma, \
diesel; SOURCE_DATE_EPOCH replaces the clock), or the revision chain after the head (alembic). \
Nothing is written when the schemas are equal; existing files are never overwritten.\n\n\
With --from-git the old schema is SCHEMA as committed at REV (default HEAD) and the new one is \
SCHEMA in the working tree: the migration for what you edited.\n\n\
Example:\n  gen diff schema_v1.sql schema_v2.sql --out db/migrations --name add_email\n  \
gen diff schema_v1.sql schema_v2.sql --format sqlx --out migrations\n  \
gen diff schema_v1.sql schema_v2.sql --dry-run\n  \
gen diff --from-git schemas/app.sql\n  gen diff --from-git main schemas/app.sql --plan"
    )]
    Diff(DiffArgs),
    /// Writes a docker-compose.migrate.yml that runs the migrations with the format's tool
    /// before the application starts.
    #[command(
        long_about = "Writes a docker-compose.migrate.yml: PostgreSQL with a pg_isready healthcheck, a \
`migrate` service that runs the migrations with the format's tool (its official image where one \
exists) once the database is healthy, and the application (`app`, built from the current folder) \
started only after the migrations completed successfully.\n\n\
Example:\n  gen compose --format dbmate --migrations db/migrations\n  \
gen compose --format golang-migrate --print"
    )]
    Compose(ComposeArgs),
    /// Proves migrations on a real PostgreSQL: ups reach the new schema, downs return to the old.
    #[command(
        override_usage = "gen verify [OPTIONS] OLD NEW\n       gen verify [OPTIONS] --dir DIR SCHEMA",
        long_about = "Proves migrations on a real PostgreSQL. Builds the old schema in a scratch \
database, applies the up files as golang-migrate runs them (each file one query string, ascending \
version), compares the catalog with a database built from the new schema, applies the down files \
in reverse and compares with the old schema again. Each step is reported; any difference prints \
the catalog diff and exits 1.\n\n\
gen verify OLD NEW generates the migrations (as gen diff would, same planner flags, golang-migrate \
layout) and proves them. gen verify --dir DIR SCHEMA proves the migrations folder DIR from an empty \
database: its ups must reach SCHEMA and its downs return to empty.\n\n\
gen verify proves golang-migrate files only (gen diff's default --format): it has no --format, \
and DIR must hold <version>_<name>.up.sql / .down.sql pairs. The other formats lay out the same \
statements for their tool.\n\n\
Without --database-url, a throwaway cluster is started from initdb/pg_ctl (--pg-bin, PATH or \
/usr/lib/postgresql/*/bin) in a temporary folder and removed after (as root, the server runs as \
user postgres). With --database-url, fresh scratch databases are created on that server and \
dropped after.\n\n\
Example:\n  gen verify schemas/app_v1.sql schemas/app_v2.sql\n  \
gen verify --dir generated schemas/app_v2.sql --database-url postgres://postgres@localhost/postgres"
    )]
    Verify(VerifyArgs),
    /// Reports the risky statements of a hand-written migration file, with a safe alternative.
    #[command(
        long_about = "Reports the risky statements of a hand-written (or agent-written) migration \
file: each one with its risk code, the lock it takes, whether it rewrites or scans the table, \
and what gen would write instead, pointing at the statement (file:line:col).\n\n\
Tables created earlier in the same file are new and empty: what is done to them is not risky. \
With --schema (the schema before the migration), the old column types are known (a type change \
that is binary coercible does not rewrite) and the schema's `-- @rows N` marks small tables; \
--table-sizes and `-- @rows N` before a statement do too. Risks on small tables are low.\n\n\
Exit code 1 when any risk is high, else 0.\n\n\
Example:\n  gen lint db/migrations/000042_add_role.up.sql --schema schemas/app.sql"
    )]
    Lint(LintArgs),
    /// Checks, for CI, that a migrations folder builds the schema file and that its files are
    /// the ones gen wrote (gen.sum).
    #[command(
        override_usage = "gen check [--dir DIR] [--format FORMAT] [--update-sum] SCHEMA",
        long_about = "Checks, for CI, that a migrations folder builds the schema file and that its \
files are the ones gen wrote.\n\n\
Reads every up file of the folder in the order its tool runs them (--format: golang-migrate by \
default; alembic revisions are read from the op.execute SQL strings gen writes), applies them to \
an empty schema and compares the result with SCHEMA. A difference prints a unified diff of the \
two schemas (one statement per object) and the gen diff command that writes the missing \
migration.\n\n\
The folder's gen.sum (written by gen diff with the migration files) holds each file's SHA-256: \
files edited, added or removed by hand since are named. A folder without gen.sum is reported; \
--update-sum records the files as they are.\n\n\
Exit codes: 0 the folder builds SCHEMA and matches its gen.sum; 1 a difference, a file changed \
by hand or no gen.sum; 2 bad input (a missing file or folder, SQL gen cannot read, named by \
file:line:col).\n\n\
Example:\n  gen check schemas/app.sql\n  gen check --dir db/migrations --format dbmate schemas/app.sql"
    )]
    Check(CheckArgs),
    /// Rewrites a hand-written migration into gen's safe phased migration set.
    #[command(
        override_usage = "gen rewrite MIGRATION --schema OLD [OPTIONS]",
        long_about = "Rewrites a hand-written (or agent-written) migration into gen's safe phased \
migration set. The migration is applied to the model of the old schema to learn what its author \
wanted, then the migration from OLD to that schema is planned exactly as gen diff plans it, with \
the same flags and output (--format, --out, --dry-run, --plan). A rename in the migration \
(ALTER TABLE ... RENAME ...) is planned as a rename, not as a drop and an add; a type change's \
USING is its conversion. Data statements of the migration (UPDATE, DO blocks) are not schema and \
are skipped: use -- @backfill in a schema file for values of new NOT NULL columns.\n\n\
Example:\n  gen rewrite migrations/000042_add_role.up.sql --schema schemas/app.sql --dry-run"
    )]
    Rewrite(RewriteArgs),
}

/// The planner's knobs, shared by `diff` and `verify OLD NEW`.
#[derive(Debug, clap::Args)]
struct PlanFlags {
    /// Generate the migration even when it drops tables or columns or otherwise loses data.
    #[arg(long)]
    allow_data_loss: bool,
    /// Rows per backfill batch; each batch is its own short transaction.
    #[arg(long, value_name = "ROWS", default_value_t = 10_000, value_parser = clap::value_parser!(u64).range(1..))]
    batch_size: u64,
    /// `lock_timeout` every transactional file sets first (PostgreSQL syntax: 5s, 500ms, 0 = off).
    #[arg(long, value_name = "DURATION", default_value = "5s", value_parser = parse_duration)]
    lock_timeout: String,
    #[command(flatten)]
    sizes: SizeFlags,
    /// How columns of existing tables are renamed (`-- @renamed from=OLD`): `compat` adds the new
    /// column, syncs both ways by trigger until the contract phase drops the old one, so old and
    /// new application versions both work in between; `direct` renames in place (instant, but
    /// the running application's queries naming the old column fail).
    #[arg(long, value_name = "MODE", default_value = "compat", value_parser = parse_column_renames)]
    column_renames: ColumnRenames,
}

/// What decides a statement's risk besides the SQL: the server version and the table sizes.
#[derive(Debug, clap::Args)]
struct SizeFlags {
    /// PostgreSQL major version the migrations run on; decides which statements scan or rewrite.
    #[arg(long, value_name = "N", default_value_t = 15, value_parser = clap::value_parser!(u32).range(11..=17))]
    pg_version: u32,
    /// Tables known to have fewer rows than this take the plain single-step path.
    #[arg(long, value_name = "ROWS", default_value_t = 10_000)]
    small_table_rows: u64,
    /// File of known table sizes: one `[schema.]table rows` pair per line (see the README for
    /// the query that writes it). A table of unknown size is treated as large.
    #[arg(long, value_name = "FILE")]
    table_sizes: Option<String>,
}

impl SizeFlags {
    fn table_sizes(
        &self,
    ) -> Result<std::collections::BTreeMap<gen_schema::model::QualName, u64>, Error> {
        match &self.table_sizes {
            Some(path) => gen_schema::table_sizes::read(path),
            None => Ok(Default::default()),
        }
    }
}

impl PlanFlags {
    fn options(&self) -> Result<PlanOptions, Error> {
        Ok(PlanOptions {
            allow_data_loss: self.allow_data_loss,
            batch_size: self.batch_size,
            lock_timeout: self.lock_timeout.clone(),
            pg_version: self.sizes.pg_version,
            small_table_rows: self.sizes.small_table_rows,
            table_sizes: self.sizes.table_sizes()?,
            column_renames: self.column_renames,
        })
    }
}

#[derive(Debug, clap::Args)]
struct DiffArgs {
    /// OLD (the schema file as it is now, what the database holds) and NEW (as it should
    /// become); with --from-git only SCHEMA, the file in the working tree; one of them is left
    /// out when --from-db or --to-db stands in for it.
    #[arg(value_name = "OLD NEW", num_args = 0..=2)]
    files: Vec<String>,
    /// Take the old schema from git: SCHEMA as committed at REV (default HEAD; any commit, branch
    /// or tag), read with `git show REV:PATH`; the new one is SCHEMA in the working tree.
    #[arg(long, value_name = "REV", num_args = 0..=1, default_missing_value = "HEAD",
          conflicts_with_all = ["from_db", "to_db"])]
    from_git: Option<String>,
    /// With --from-git: when SCHEMA does not exist at REV (a new file), diff it against an empty
    /// schema, so the migration creates everything in it.
    #[arg(long, requires = "from_git")]
    allow_new_file: bool,
    /// Reads the old schema from a live database (a libpq connection string or URI) with
    /// `pg_dump --schema-only`, in place of OLD.
    #[arg(long, value_name = "DSN")]
    from_db: Option<String>,
    /// Reads the new schema from a live database with `pg_dump --schema-only`, in place of NEW.
    #[arg(long, value_name = "DSN")]
    to_db: Option<String>,
    /// The pg_dump to run for --from-db / --to-db (default: `pg_dump` on PATH). It must be at
    /// least as new as the server.
    #[arg(long, value_name = "PATH")]
    pg_dump: Option<PathBuf>,
    /// The old schema is what the migrations in DIR build: their up files (laid out for
    /// --format) applied in order to an empty schema; OLD is left out. `gen check` prints this
    /// command for the migration a folder is missing.
    #[arg(long, value_name = "DIR", conflicts_with_all = ["from_git", "from_db", "to_db"])]
    from_migrations: Option<PathBuf>,
    #[command(flatten)]
    output: OutputFlags,
    #[command(flatten)]
    planner: PlanFlags,
    /// Data statements in a schema file (`INSERT`, `UPDATE`, `DELETE`, such as Rails'
    /// schema_migrations rows, and `DO` blocks) are errors instead of being skipped with a note.
    #[arg(long)]
    strict: bool,
}

/// Where and how the migration files go, shared by `diff` and `rewrite`.
#[derive(Debug, clap::Args)]
struct OutputFlags {
    /// The migration tool to write files for: golang-migrate, alembic, prisma, dbmate, sqlx,
    /// diesel, flyway, goose or sql (plain files for psql, one pair per phase).
    #[arg(long, value_name = "FORMAT", default_value = "golang-migrate")]
    format: Format,
    /// Folder to write the migration files into (created if missing); for alembic the versions
    /// folder, for prisma and diesel the migrations folder. Its gen.sum records the files
    /// written.
    #[arg(long, value_name = "DIR", default_value = "generated")]
    out: PathBuf,
    /// Name used in the file names: lower-case letters, digits and `_` only.
    #[arg(long, value_name = "NAME", default_value = "schema_change", value_parser = parse_name)]
    name: String,
    /// Print the files to stdout (each after a `-- ==> path <==` line) instead of writing them.
    #[arg(long)]
    dry_run: bool,
    /// Print the plan (phases, statements, locks, rewrites and scans, risk codes, what the
    /// application must do between phases) instead of writing files.
    #[arg(long)]
    plan: bool,
    /// With --plan: print the plan as JSON.
    #[arg(long, requires = "plan")]
    json: bool,
}

#[derive(Debug, clap::Args)]
struct CheckArgs {
    /// The schema file the migrations must build.
    #[arg(value_name = "SCHEMA")]
    schema: String,
    /// The migrations folder (what gen diff --out wrote to).
    #[arg(long, value_name = "DIR", default_value = "generated")]
    dir: PathBuf,
    /// How the folder is laid out: golang-migrate (default), alembic, prisma, dbmate, sqlx,
    /// diesel, flyway, goose or sql (see gen diff --format).
    #[arg(long, value_name = "FORMAT", default_value = "golang-migrate")]
    format: Format,
    /// Record the folder's migration files in its gen.sum as they are now (after reviewing
    /// files edited by hand, or to start a gen.sum for a folder that has none), then check the
    /// schema as usual.
    #[arg(long)]
    update_sum: bool,
}

#[derive(Debug, clap::Args)]
struct RewriteArgs {
    /// The hand-written (or agent-written) migration: SQL statements applied to the old schema.
    #[arg(value_name = "MIGRATION")]
    migration: String,
    /// The schema before the migration.
    #[arg(long, value_name = "OLD", required = true)]
    schema: String,
    #[command(flatten)]
    output: OutputFlags,
    #[command(flatten)]
    planner: PlanFlags,
    /// Data statements in the schema file are errors instead of being skipped with a note (as
    /// for gen diff; the migration's own data statements are skipped).
    #[arg(long)]
    strict: bool,
}

#[derive(Debug, clap::Args)]
struct ComposeArgs {
    /// The migration tool the `migrate` service runs (see `gen diff --format`).
    #[arg(long, value_name = "FORMAT", default_value = "golang-migrate")]
    format: Format,
    /// The migrations folder (what `gen diff --out` wrote), relative to the compose file.
    #[arg(long, value_name = "DIR", default_value = "generated")]
    migrations: String,
    /// The file to write (refused if it exists).
    #[arg(
        long,
        value_name = "FILE",
        default_value = "docker-compose.migrate.yml"
    )]
    out: PathBuf,
    /// Print the file to stdout instead of writing it.
    #[arg(long, conflicts_with = "out")]
    print: bool,
    /// PostgreSQL major version of the database service.
    #[arg(long, value_name = "N", default_value_t = 15, value_parser = clap::value_parser!(u32).range(11..=17))]
    pg_version: u32,
}

#[derive(Debug, clap::Args)]
struct VerifyArgs {
    /// OLD and NEW schema files; with --dir only SCHEMA, the schema the folder's ups must reach.
    #[arg(value_name = "OLD NEW", num_args = 1..=2)]
    files: Vec<String>,
    /// Prove the migrations in this folder (golang-migrate layout only:
    /// `<version>_<name>.up.sql` / `.down.sql`) from an empty database, instead of generating
    /// them from OLD and NEW.
    #[arg(long, value_name = "DIR")]
    dir: Option<PathBuf>,
    /// A running server to work on (`postgres://user@host:port/db` or `host=... user=...`): the
    /// scratch databases are created there and dropped after. Default: a throwaway cluster.
    #[arg(long, value_name = "URL")]
    database_url: Option<String>,
    /// Folder with initdb and pg_ctl for the throwaway cluster (default: PATH, then
    /// /usr/lib/postgresql/*/bin).
    #[arg(long, value_name = "DIR", conflicts_with = "database_url")]
    pg_bin: Option<PathBuf>,
    /// SQL run on the old database before the ups (rows, so backfills and NOT NULL are proven on
    /// data).
    #[arg(long, value_name = "FILE")]
    seed: Option<String>,
    #[command(flatten)]
    planner: PlanFlags,
}

#[derive(Debug, clap::Args)]
struct LintArgs {
    /// The migration files to check, in the order they run (each its own transaction, as
    /// golang-migrate runs them): what one file adds or validates is known to the next.
    #[arg(value_name = "MIGRATION", required = true)]
    migrations: Vec<String>,
    /// The schema before the migration: knows the existing tables, their column types and
    /// `-- @rows N`.
    #[arg(long, value_name = "OLD")]
    schema: Option<String>,
    #[command(flatten)]
    sizes: SizeFlags,
}

fn parse_duration(s: &str) -> Result<String, String> {
    let digits = s.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let unit = &s[digits.len()..];
    if !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && ["", "us", "ms", "s", "min", "h", "d"].contains(&unit)
    {
        Ok(s.to_string())
    } else {
        Err(
            "use a number with an optional unit: ms, s, min, h (for example 5s or 500ms)"
                .to_string(),
        )
    }
}

fn parse_column_renames(s: &str) -> Result<ColumnRenames, String> {
    match s {
        "compat" => Ok(ColumnRenames::Compat),
        "direct" => Ok(ColumnRenames::Direct),
        _ => Err("use compat or direct".to_string()),
    }
}

fn parse_name(name: &str) -> Result<String, String> {
    if !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
    {
        Ok(name.to_string())
    } else {
        Err("use lower-case letters, digits and `_` only (for example add_email)".to_string())
    }
}

/// mimalloc: `gen diff` makes millions of small allocations (tokens, syntax trees, model
/// strings), on which the system allocator spent about a third of the run.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let out = Out { quiet: cli.quiet };
    // A bug must not end in a raw panic trace: report it as an internal error (exit code 2).
    std::panic::set_hook(Box::new(|info| {
        let _ = writeln!(
            std::io::stderr(),
            "error: internal error (a bug in gen, please report it): {info}"
        );
    }));
    let outcome = std::panic::catch_unwind(|| match &cli.command {
        Command::Diff(args) => diff(args, &out).map(|()| ExitCode::SUCCESS),
        Command::Compose(args) => compose(args, &out).map(|()| ExitCode::SUCCESS),
        Command::Verify(args) => verify(args, &out).map(|()| ExitCode::SUCCESS),
        Command::Lint(args) => lint(args),
        Command::Check(args) => check(args, &out),
        Command::Rewrite(args) => rewrite(args, &out).map(|()| ExitCode::SUCCESS),
    });
    match outcome {
        Ok(Ok(code)) => code,
        Ok(Err(err)) => {
            report_error(&err);
            ExitCode::from(u8::try_from(err.exit_code()).unwrap_or(2))
        }
        Err(_) => ExitCode::from(2),
    }
}

/// OLD and NEW: files, or live databases read by pg_dump (`--from-db`, `--to-db`).
fn db_inputs(args: &DiffArgs) -> Result<(Input, Input), Error> {
    let wanted = 2 - usize::from(args.from_db.is_some()) - usize::from(args.to_db.is_some());
    if args.files.len() != wanted {
        return Err(Error::Setting(format!(
            "gen diff needs {wanted} schema file{} with {}, got {}",
            if wanted == 1 { "" } else { "s" },
            match (&args.from_db, &args.to_db) {
                (None, None) =>
                    "neither --from-db nor --to-db (or one with --from-git [REV] SCHEMA)",
                (Some(_), None) => "--from-db (the new schema)",
                (None, Some(_)) => "--to-db (the old schema)",
                (Some(_), Some(_)) => "both --from-db and --to-db",
            },
            args.files.len()
        )));
    }
    if args.pg_dump.is_some() && wanted == 2 {
        return Err(Error::Setting(
            "--pg-dump applies to --from-db and --to-db only".into(),
        ));
    }
    let mut files = args.files.iter();
    let pg_dump = args.pg_dump.as_deref();
    let old = match &args.from_db {
        Some(dsn) => Input::from_db(dsn, pg_dump, "--from-db")?,
        None => Input::read(files.next().expect("counted"))?,
    };
    let new = match &args.to_db {
        Some(dsn) => Input::from_db(dsn, pg_dump, "--to-db")?,
        None => Input::read(files.next().expect("counted"))?,
    };
    Ok((old, new))
}

/// Where informational lines go: stderr, unless `--quiet`.
struct Out {
    quiet: bool,
}

impl Out {
    fn info(&self, line: &str) {
        if !self.quiet {
            // A closed stderr (`gen ... 2>&1 | head`) must not abort gen: cleanup (a throwaway
            // cluster) still has to run.
            let _ = writeln!(std::io::stderr(), "{line}");
        }
    }
}

/// `error:` / `warning:` in the colours of the located messages, on a terminal only.
fn label(word: &str, style: annotate_snippets::renderer::Style) -> String {
    if use_color(&std::io::stderr()) {
        format!("{}{word}{}", style.render(), style.render_reset())
    } else {
        word.to_string()
    }
}

fn report_error(err: &Error) {
    match err {
        Error::Source(e) => eprintln!("{}", e.render(use_color(&std::io::stderr()))),
        _ => eprintln!(
            "{}: {err}",
            label("error", annotate_snippets::renderer::DEFAULT_ERROR_STYLE)
        ),
    }
}

fn warn(warning: &str) {
    eprintln!(
        "{}: {warning}",
        label(
            "warning",
            annotate_snippets::renderer::DEFAULT_WARNING_STYLE
        )
    );
}

/// The old and new inputs of `gen diff`: two files, one file and its version in git, or files
/// and live databases.
fn diff_inputs(args: &DiffArgs) -> Result<(Input, Input), Error> {
    let Some(flag) = &args.from_git else {
        return db_inputs(args);
    };
    // `--from-git FILE` (REV defaults to HEAD) reads as REV=FILE to the argument parser.
    let (rev, file) = match args.files.as_slice() {
        [file] => (flag.as_str(), file.as_str()),
        [] if flag != "HEAD" => ("HEAD", flag.as_str()),
        [] => {
            return Err(Error::Plan(
                "--from-git needs the schema file: gen diff --from-git [REV] SCHEMA".into(),
            ));
        }
        _ => {
            return Err(Error::Plan(
                "with --from-git give one schema file (its old version comes from git): \
                 gen diff --from-git [REV] SCHEMA"
                    .into(),
            ));
        }
    };
    if !Path::new(file).is_file() && args.files.is_empty() {
        return Err(Error::Plan(format!(
            "{file} is not a file in the working tree: gen diff --from-git [REV] SCHEMA"
        )));
    }
    let new = Input::read(file)?;
    let old = match gen_schema::git::read_at(file, rev)? {
        AtRev::Found(old) => old,
        AtRev::Missing(rel) if args.allow_new_file => Input {
            path: format!("{rev}:{rel} (absent: empty schema)"),
            text: String::new(),
        },
        AtRev::Missing(rel) => {
            return Err(Error::Git(format!(
                "{rel} does not exist at {rev} (is it a new file?). To diff it against an empty \
                 schema, so the migration creates everything in it, add --allow-new-file; \
                 or pick a revision that has it"
            )));
        }
    };
    Ok((old, new))
}

fn diff(args: &DiffArgs, out: &Out) -> Result<(), Error> {
    let parse_opts = gen_schema::parse::ParseOptions {
        strict: args.strict,
        ..Default::default()
    };
    let plan = match &args.from_migrations {
        Some(dir) => {
            let [file] = args.files.as_slice() else {
                return Err(Error::Setting(format!(
                    "with --from-migrations give one schema file, the new one, got {}: gen diff \
                     --from-migrations DIR NEW",
                    args.files.len()
                )));
            };
            let new = Input::read(file)?;
            if !dir.is_dir() {
                return Err(Error::Existing(format!(
                    "--from-migrations {}: no such folder",
                    dir.display()
                )));
            }
            let folder = gen_schema::migrations::read(dir, args.output.format)?;
            let old = gen_schema::migrations::model(&folder)?;
            let new = gen_schema::parse::parse_schema_with(&new.path, &new.text, parse_opts)?;
            gen_schema::plan_parsed(old, new, &args.planner.options()?)?
        }
        None => {
            let (old, new) = diff_inputs(args)?;
            let opts = args.planner.options()?;
            let (old_parsed, new_parsed) = gen_schema::parse_pair(&old, &new, parse_opts)?;
            // the texts are read: their memory goes to the plan
            drop((old, new));
            gen_schema::plan_parsed(old_parsed, new_parsed, &opts)?
        }
    };
    emit(&plan, &args.output, out)
}

fn rewrite(args: &RewriteArgs, out: &Out) -> Result<(), Error> {
    let old = Input::read(&args.schema)?;
    let migration = Input::read(&args.migration)?;
    let plan = gen_schema::rewrite::rewrite(
        &old,
        &migration,
        gen_schema::parse::ParseOptions {
            strict: args.strict,
            ..Default::default()
        },
        &args.planner.options()?,
    )?;
    emit(&plan, &args.output, out)
}

/// Prints or writes the migration files of `plan` as `gen diff` does; files written into a
/// folder are recorded in its gen.sum, in the same all-or-nothing write.
fn emit(plan: &gen_schema::plan::Plan, args: &OutputFlags, out: &Out) -> Result<(), Error> {
    for warning in &plan.warnings {
        warn(warning);
    }
    if args.plan {
        let text = if args.json {
            render::report::json(plan)
        } else if plan.is_empty() {
            "No changes: the schemas are equal.\n".to_string()
        } else {
            render::report::text(plan)
        };
        return write_stdout(&text);
    }
    if plan.is_empty() {
        out.info("No changes: the schemas are equal.");
        return Ok(());
    }
    let start = gen_schema::existing::start(&args.out, args.format, now()?)?;
    let files = render::render(
        plan,
        &RenderOptions::for_format(args.name.clone(), args.format, start),
    );
    if args.dry_run {
        return print_files(&args.out, &files);
    }
    use gen_schema::sum::{self, Drift, Sum};
    let current = Sum::of_files(
        &args.out,
        &gen_schema::migrations::files(&args.out, args.format, &[])?,
    )?;
    // the new files that are migrations (not prisma's migration_lock.toml)
    let belongs = gen_schema::migrations::files(&args.out, args.format, &files)?;
    let recorded_files: Vec<OutputFile> = files
        .iter()
        .filter(|f| belongs.contains(&f.path.to_string_lossy().replace('\\', "/")))
        .cloned()
        .collect();
    let recorded = Sum::read(&args.out)?;
    if let Some((r, _)) = &recorded {
        let drift = Drift::between(r, &current);
        if !drift.is_empty() {
            warn(&format!(
                "{} changed by hand since gen wrote them ({}); gen check reports them until \
                 they are recorded (gen check --update-sum)",
                drift.lines().join(", "),
                args.out.join(sum::FILE).display()
            ));
        }
    }
    let after = sum::after_write(recorded.as_ref().map(|(r, _)| r), &current, &recorded_files);
    output::write_files_replacing(&args.out, &files, &[after.output()])?;
    for file in &files {
        out.info(&format!("wrote {}", args.out.join(&file.path).display()));
    }
    // gen.sum is bookkeeping beside the migrations: named only when it starts recording files
    // gen did not write just now
    if recorded.is_none() && !current.files.is_empty() {
        out.info(&format!(
            "wrote {}: it also records the {} migration file{} already in {} as they are",
            args.out.join(sum::FILE).display(),
            current.files.len(),
            if current.files.len() == 1 { "" } else { "s" },
            args.out.display()
        ));
    }
    Ok(())
}

fn check(args: &CheckArgs, out: &Out) -> Result<ExitCode, Error> {
    let schema = Input::read(&args.schema)?;
    let outcome = gen_schema::check::check(
        &schema,
        &gen_schema::check::Options {
            dir: &args.dir,
            format: args.format,
            update_sum: args.update_sum,
        },
    )?;
    for note in &outcome.notes {
        out.info(note);
    }
    if outcome.problems.is_empty() && outcome.failure.is_none() {
        out.info(&format!(
            "ok: the {} migration{} in {} build {}, and match {}",
            outcome.migrations,
            if outcome.migrations == 1 { "" } else { "s" },
            args.dir.display(),
            args.schema,
            args.dir.join(gen_schema::sum::FILE).display()
        ));
        return Ok(ExitCode::SUCCESS);
    }
    for problem in &outcome.problems {
        eprintln!(
            "{}: {problem}",
            label("error", annotate_snippets::renderer::DEFAULT_ERROR_STYLE)
        );
    }
    match outcome.failure {
        Some(e) => Err(e),
        None => Ok(ExitCode::from(1)),
    }
}

/// The current time in seconds since the Unix epoch, or `SOURCE_DATE_EPOCH` when set (the
/// reproducible-builds convention): the timestamps prisma and diesel folders are named after.
fn now() -> Result<i64, Error> {
    match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(value) => value
            .trim()
            .parse::<i64>()
            .ok()
            .filter(|s| *s >= 0)
            .ok_or_else(|| {
                Error::Setting(format!(
                    "SOURCE_DATE_EPOCH={value:?} is not a number of seconds since 1970-01-01"
                ))
            }),
        Err(_) => Ok(std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() as i64)),
    }
}

fn compose(args: &ComposeArgs, out: &Out) -> Result<(), Error> {
    let text = render::compose::compose(
        args.format,
        &ComposeOptions {
            migrations: args.migrations.clone(),
            pg_version: args.pg_version,
        },
    );
    if args.print {
        return write_stdout(&text);
    }
    let (dir, name) = match (args.out.parent(), args.out.file_name()) {
        (Some(dir), Some(name)) => (dir.to_path_buf(), PathBuf::from(name)),
        _ => (PathBuf::from("."), args.out.clone()),
    };
    let dir = if dir.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        dir
    };
    output::write_files(
        &dir,
        &[OutputFile {
            path: name,
            contents: text,
        }],
    )?;
    out.info(&format!("wrote {}", args.out.display()));
    Ok(())
}

fn verify(args: &VerifyArgs, out: &Out) -> Result<(), Error> {
    use gen_schema::verify::{self, Databases, Failure, Inputs, Proof, Server};
    let (old, new, migrations) = match (&args.dir, args.files.as_slice()) {
        (Some(dir), [schema]) => {
            let new = Input::read(schema)?;
            if !dir.is_dir() {
                return Err(Error::Plan(format!(
                    "--dir {}: no such folder",
                    dir.display()
                )));
            }
            let files = verify::read_tree(dir).map_err(Error::Plan)?;
            let migrations = verify::migrations(&files)
                .map_err(|e| Error::Plan(format!("{}: {e}", dir.display())))?;
            if migrations.is_empty() {
                return Err(Error::Plan(format!(
                    "{} has no migration files (<version>_<name>.up.sql / .down.sql)",
                    dir.display()
                )));
            }
            (None, new, migrations)
        }
        (Some(_), _) => {
            return Err(Error::Plan(
                "with --dir give one schema file, the one the migrations must reach: \
                 gen verify --dir DIR SCHEMA"
                    .into(),
            ));
        }
        (None, [old, new]) => {
            let (old, new) = (Input::read(old)?, Input::read(new)?);
            let plan = gen_schema::plan_change(&old, &new, &args.planner.options()?)?;
            for warning in &plan.warnings {
                warn(warning);
            }
            let files: std::collections::BTreeMap<String, Vec<u8>> =
                render::render(&plan, &RenderOptions::new("schema_change", 1))
                    .into_iter()
                    .map(|f| {
                        (
                            f.path.to_string_lossy().into_owned(),
                            f.contents.into_bytes(),
                        )
                    })
                    .collect();
            let migrations = verify::migrations(&files).map_err(Error::Plan)?;
            (Some(old), new, migrations)
        }
        (None, _) => {
            return Err(Error::Plan(
                "gen verify needs OLD and NEW schema files, or --dir DIR SCHEMA".into(),
            ));
        }
    };
    let seed = args.seed.as_deref().map(Input::read).transpose()?;

    let server = match &args.database_url {
        Some(url) => Server::from_url(url).map_err(Error::Database)?,
        None => {
            out.info("starting a throwaway PostgreSQL cluster");
            Server::start(args.pg_bin.as_deref()).map_err(Error::Database)?
        }
    };
    let prefix = format!(
        "gen_verify_{}_{}_",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos())
    );
    let dbs = Databases::with_prefix(&prefix);
    let proof = Proof {
        inputs: Inputs {
            old: old.as_ref(),
            new: &new,
            seed: seed.as_ref(),
            check_up: None,
            check_down: None,
        },
        migrations: &migrations,
        during: None,
    };
    let old_name = old
        .as_ref()
        .map_or("the empty database", |o| o.path.as_str());
    out.info(&format!(
        "verify: {} migration(s), {old_name} -> {} and back, on {}",
        migrations.len(),
        new.path,
        if server.is_owned() {
            "a throwaway cluster".to_string()
        } else {
            server.describe()
        }
    ));
    let bar = (!out.quiet && std::io::stderr().is_terminal()).then(|| {
        let bar = indicatif::ProgressBar::new(proof.step_count() as u64);
        bar.set_style(
            indicatif::ProgressStyle::with_template("{bar:30} {pos}/{len} {msg}")
                .expect("a valid template"),
        );
        bar
    });
    let result = verify::prove(&server, &dbs, &proof, &mut |step| {
        let line = format!("  ok  {step}");
        match &bar {
            Some(bar) => {
                bar.println(&line);
                bar.inc(1);
            }
            None => out.info(&line),
        }
    });
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    dbs.drop_all(&server);
    drop(server);
    match result {
        Ok(_) => {
            out.info(&format!(
                "verified: the up files turn {old_name} into {}, and the down files turn it back",
                new.path
            ));
            Ok(())
        }
        Err(Failure::Mismatch(e)) => Err(Error::Verify(format!("verify failed: {e}"))),
        Err(Failure::Setup(e)) => Err(Error::Database(e)),
    }
}

fn lint(args: &LintArgs) -> Result<ExitCode, Error> {
    let migrations = args
        .migrations
        .iter()
        .map(|m| Input::read(m))
        .collect::<Result<Vec<_>, _>>()?;
    let schema = match &args.schema {
        Some(path) => Some(gen_schema::parse::parse_schema(path, &Input::read(path)?.text)?.schema),
        None => None,
    };
    let opts = gen_schema::lint::LintOptions {
        pg_version: args.sizes.pg_version,
        small_table_rows: args.sizes.small_table_rows,
        table_sizes: args.sizes.table_sizes()?,
    };
    let reports = gen_schema::lint::lint_files(&migrations, schema.as_ref(), &opts)?;
    let color = use_color(&std::io::stdout());
    let mut text = String::new();
    for (report, input) in reports.iter().zip(&migrations) {
        text.push_str(&report.render(input, color));
    }
    write_stdout(&text)?;
    let high = reports
        .iter()
        .any(|r| r.worst() == Some(gen_schema::risk::Severity::High));
    Ok(if high {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn print_files(out: &Path, files: &[OutputFile]) -> Result<(), Error> {
    let mut text = String::new();
    for (i, file) in files.iter().enumerate() {
        if i > 0 {
            text.push('\n');
        }
        text.push_str(&format!("-- ==> {} <==\n", out.join(&file.path).display()));
        text.push_str(&file.contents);
    }
    write_stdout(&text)
}

fn write_stdout(text: &str) -> Result<(), Error> {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => Ok(()),
        // A closed pipe (`gen diff ... --dry-run | head`) is not an error.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Error::io("cannot write to stdout", e)),
    }
}
