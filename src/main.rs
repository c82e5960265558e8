//! The `gen` command line.

use clap::{Parser, Subcommand};
use gen_schema::plan::{ColumnRenames, PlanOptions};
use gen_schema::render::compose::ComposeOptions;
use gen_schema::render::{Format, OutputFile, RenderOptions};
use gen_schema::{Error, Input, output, render};
use std::io::Write;
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
gen compose [--format FORMAT] [--migrations DIR] [--out FILE | --print]\n\n\
Example:\n  gen diff schema_v1.sql schema_v2.sql --out db/migrations --name add_email\n  \
gen diff schema_v1.sql schema_v2.sql --format alembic --out alembic/versions\n  \
gen compose --format dbmate --migrations db/migrations\n\n\
Exit codes: 0 success (or no changes), 1 refused because the change loses data, 2 bad input."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Compares two schema files and writes the migration files that turn OLD into NEW.
    #[command(
        long_about = "Compares two schema files and writes the migration files that turn OLD into NEW.\n\n\
Files are laid out for the migration tool named by --format and continue what the output folder \
already holds: versions after the highest one (golang-migrate NNNNNN_<name>_<phase>.up.sql / \
.down.sql, sqlx, dbmate, goose, sql, flyway V<n>__), timestamps after the newest one (prisma, \
diesel; SOURCE_DATE_EPOCH replaces the clock), or the revision chain after the head (alembic). \
Nothing is written when the schemas are equal; existing files are never overwritten.\n\n\
Example:\n  gen diff schema_v1.sql schema_v2.sql --out db/migrations --name add_email\n  \
gen diff schema_v1.sql schema_v2.sql --format sqlx --out migrations\n  \
gen diff schema_v1.sql schema_v2.sql --dry-run"
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
}

#[derive(Debug, clap::Args)]
struct DiffArgs {
    /// The schema file as it is now (what the database holds).
    #[arg(value_name = "OLD")]
    old: String,
    /// The schema file as it should become.
    #[arg(value_name = "NEW")]
    new: String,
    /// The migration tool to write files for: golang-migrate, alembic, prisma, dbmate, sqlx,
    /// diesel, flyway, goose or sql (plain files for psql, one pair per phase).
    #[arg(long, value_name = "FORMAT", default_value = "golang-migrate")]
    format: Format,
    /// Folder to write the migration files into (created if missing); for alembic the versions
    /// folder, for prisma and diesel the migrations folder.
    #[arg(long, value_name = "DIR", default_value = "generated")]
    out: PathBuf,
    /// Name used in the file names: lower-case letters, digits and `_` only.
    #[arg(long, value_name = "NAME", default_value = "schema_change", value_parser = parse_name)]
    name: String,
    /// Generate the migration even when it drops tables or columns or otherwise loses data.
    #[arg(long)]
    allow_data_loss: bool,
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
    /// Rows per backfill batch; each batch is its own short transaction.
    #[arg(long, value_name = "ROWS", default_value_t = 10_000, value_parser = clap::value_parser!(u64).range(1..))]
    batch_size: u64,
    /// `lock_timeout` every transactional file sets first (PostgreSQL syntax: 5s, 500ms, 0 = off).
    #[arg(long, value_name = "DURATION", default_value = "5s", value_parser = parse_duration)]
    lock_timeout: String,
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
    /// How columns of existing tables are renamed (`-- @renamed from=OLD`): `compat` adds the new
    /// column, syncs both ways by trigger until the contract phase drops the old one, so old and
    /// new application versions both work in between; `direct` renames in place (instant, but
    /// the running application's queries naming the old column fail).
    #[arg(long, value_name = "MODE", default_value = "compat", value_parser = parse_column_renames)]
    column_renames: ColumnRenames,
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

fn main() -> ExitCode {
    let cli = Cli::parse();
    // A bug must not end in a raw panic trace: report it as an internal error (exit code 2).
    std::panic::set_hook(Box::new(|info| {
        eprintln!("error: internal error (a bug in gen, please report it): {info}");
    }));
    let outcome = std::panic::catch_unwind(|| match cli.command {
        Command::Diff(args) => diff(&args),
        Command::Compose(args) => compose(&args),
    });
    match outcome {
        Ok(Ok(())) => ExitCode::SUCCESS,
        Ok(Err(err)) => {
            eprintln!("error: {err}");
            ExitCode::from(u8::try_from(err.exit_code()).unwrap_or(2))
        }
        Err(_) => ExitCode::from(2),
    }
}

fn diff(args: &DiffArgs) -> Result<(), Error> {
    let old = Input::read(&args.old)?;
    let new = Input::read(&args.new)?;
    let plan = gen_schema::plan_change(
        &old,
        &new,
        &PlanOptions {
            allow_data_loss: args.allow_data_loss,
            batch_size: args.batch_size,
            lock_timeout: args.lock_timeout.clone(),
            pg_version: args.pg_version,
            small_table_rows: args.small_table_rows,
            table_sizes: match &args.table_sizes {
                Some(path) => gen_schema::table_sizes::read(path)?,
                None => Default::default(),
            },
            column_renames: args.column_renames,
        },
    )?;
    for warning in &plan.warnings {
        eprintln!("warning: {warning}");
    }
    if args.plan {
        let text = if args.json {
            render::report::json(&plan)
        } else if plan.is_empty() {
            "No changes: the schemas are equal.\n".to_string()
        } else {
            render::report::text(&plan)
        };
        return write_stdout(&text);
    }
    if plan.is_empty() {
        eprintln!("No changes: the schemas are equal.");
        return Ok(());
    }
    let start = gen_schema::existing::start(&args.out, args.format, now()?)?;
    let files = render::render(
        &plan,
        &RenderOptions::for_format(args.name.clone(), args.format, start),
    );
    if args.dry_run {
        print_files(&args.out, &files)
    } else {
        output::write_files(&args.out, &files)?;
        for file in &files {
            eprintln!("wrote {}", args.out.join(&file.path).display());
        }
        Ok(())
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

fn compose(args: &ComposeArgs) -> Result<(), Error> {
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
    eprintln!("wrote {}", args.out.display());
    Ok(())
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
