//! `gen compose`: a `docker-compose.migrate.yml` that starts PostgreSQL, waits for it to be
//! healthy (`pg_isready`), runs the migrations with the format's tool (its official image where
//! one exists), and starts the application only once the migrations completed successfully.

use super::{Format, to_text, wrap};
use askama::Template;

/// Pinned versions of the images and tools the `migrate` service runs (the same as
/// scripts/install-tools where the tests run the tool).
const GOLANG_MIGRATE_IMAGE: &str = "migrate/migrate:v4.18.1";
const DBMATE_IMAGE: &str = "ghcr.io/amacneil/dbmate:2.36.0";
const FLYWAY_IMAGE: &str = "flyway/flyway:10";
const GOOSE_MODULE: &str = "github.com/pressly/goose/v3/cmd/goose@v3.24.1";
const SQLX_CLI: &str = "sqlx-cli --version 0.9.0";
const DIESEL_CLI: &str = "diesel_cli --version 2.3.14";
const ALEMBIC: &str = "alembic==1.20.1 SQLAlchemy==2.0.44 psycopg2-binary==2.9.13";
const PRISMA: &str = "prisma@6";

#[derive(Debug, Clone)]
pub struct ComposeOptions {
    /// The migrations folder (what `gen diff --out` wrote to), relative to the compose file.
    pub migrations: String,
    /// PostgreSQL major version of the `db` service.
    pub pg_version: u32,
}

#[derive(Template)]
#[template(path = "compose/docker-compose.migrate.yml", escape = "none")]
struct ComposeFile {
    header: Vec<String>,
    db_image: String,
    user: String,
    password: String,
    database: String,
    healthcheck: Vec<String>,
    migrate: Migrate,
    app_url: String,
}

/// The `migrate` service; every string is a finished YAML scalar.
struct Migrate {
    note: Vec<String>,
    image: String,
    working_dir: Option<String>,
    volumes: Vec<String>,
    environment: Vec<(String, String)>,
    entrypoint: Option<Vec<String>>,
    command: Vec<String>,
}

const USER: &str = "app";
const PASSWORD: &str = "app";
const DATABASE: &str = "app";

/// The compose file for `format`.
pub fn compose(format: Format, opts: &ComposeOptions) -> String {
    let url = format!("postgres://{USER}:{PASSWORD}@db:5432/{DATABASE}?sslmode=disable");
    let mut header = vec![format!(
        "docker-compose.migrate.yml, written by `gen compose --format {format}`."
    )];
    header.extend(wrap(&format!(
        "`docker compose -f docker-compose.migrate.yml up` starts PostgreSQL, runs the migrations \
         in {} with {} once the database is healthy, then starts the application.",
        opts.migrations,
        tool_name(format)
    )));
    let file = ComposeFile {
        header,
        db_image: q(&format!("postgres:{}", opts.pg_version)),
        user: q(USER),
        password: q(PASSWORD),
        database: q(DATABASE),
        healthcheck: ["CMD-SHELL", &format!("pg_isready -U {USER} -d {DATABASE}")]
            .iter()
            .map(|s| q(s))
            .collect(),
        migrate: migrate(format, opts, &url),
        app_url: q(&url),
    };
    to_text(&file)
}

fn tool_name(format: Format) -> &'static str {
    match format {
        Format::Sql => "psql",
        other => other.as_str(),
    }
}

/// A YAML double-quoted scalar, with `$` doubled so that Compose does not interpolate it.
fn q(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '$' => out.push_str("$$"),
            '\n' => out.push_str("\\n"),
            _ => out.push(c),
        }
    }
    out.push('"');
    out
}

fn list(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| q(s)).collect()
}

fn migrate(format: Format, opts: &ComposeOptions, url: &str) -> Migrate {
    let dir = opts.migrations.trim_end_matches('/');
    let mount = |target: &str| vec![q(&format!("./{dir}:{target}:ro"))];
    let project = || vec![q(".:/app")];
    let sh = |script: String| (Some(list(&["sh", "-c"])), vec![q(&script)]);
    let env = |pairs: &[(&str, &str)]| {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), q(v)))
            .collect::<Vec<_>>()
    };
    let (note, image, working_dir, volumes, environment, (entrypoint, command)) = match format {
        Format::GolangMigrate => (
            "golang-migrate's official image.".to_string(),
            GOLANG_MIGRATE_IMAGE,
            None,
            mount("/migrations"),
            Vec::new(),
            (
                None,
                list(&["-path", "/migrations", "-database", url, "up"]),
            ),
        ),
        Format::Dbmate => (
            "dbmate's official image.".to_string(),
            DBMATE_IMAGE,
            None,
            mount("/db/migrations"),
            env(&[("DATABASE_URL", url), ("DBMATE_NO_DUMP_SCHEMA", "true")]),
            (None, list(&["--wait", "up"])),
        ),
        Format::Flyway => (
            "Flyway's official image; the .sql.conf files beside the scripts are read too."
                .to_string(),
            FLYWAY_IMAGE,
            None,
            mount("/flyway/sql"),
            Vec::new(),
            (
                None,
                list(&[
                    &format!("-url=jdbc:postgresql://db:5432/{DATABASE}"),
                    &format!("-user={USER}"),
                    &format!("-password={PASSWORD}"),
                    "-locations=filesystem:/flyway/sql",
                    "-connectRetries=10",
                    "migrate",
                ]),
            ),
        ),
        Format::Goose => (
            "goose has no official image: the Go image runs the pinned goose module.".to_string(),
            "golang:1.23",
            None,
            mount("/migrations"),
            Vec::new(),
            (
                None,
                list(&[
                    "go",
                    "run",
                    GOOSE_MODULE,
                    "-dir",
                    "/migrations",
                    "postgres",
                    url,
                    "up",
                ]),
            ),
        ),
        Format::Sqlx | Format::Diesel => {
            let (crate_version, features, run) = if format == Format::Sqlx {
                (
                    SQLX_CLI,
                    "postgres,rustls",
                    "sqlx migrate run --source /migrations",
                )
            } else {
                (
                    DIESEL_CLI,
                    "postgres",
                    "diesel migration run --migration-dir /migrations",
                )
            };
            (
                format!(
                    "{} has no official image: the Rust image (with libpq) installs it (the \
                     first run compiles for minutes).",
                    crate_version.split(' ').next().unwrap_or_default()
                ),
                "rust:1",
                None,
                mount("/migrations"),
                env(&[("DATABASE_URL", url)]),
                sh(format!(
                    "cargo install --locked {crate_version} --no-default-features --features \
                     {features} && {run}"
                )),
            )
        }
        Format::Alembic => (
            format!(
                "Alembic has no official image: the Python image installs it and runs it in the \
                 project folder (alembic.ini; its versions folder is {dir}). env.py reads \
                 DATABASE_URL."
            ),
            "python:3.12-slim",
            Some(q("/app")),
            project(),
            env(&[("DATABASE_URL", url)]),
            sh(format!(
                "pip install --quiet {ALEMBIC} && alembic upgrade head"
            )),
        ),
        Format::Prisma => {
            let schema = match dir.rsplit_once('/') {
                Some((parent, _)) => format!("{parent}/schema.prisma"),
                None => "schema.prisma".to_string(),
            };
            (
                format!(
                    "Prisma has no official image: the Node.js image runs the Prisma CLI in the \
                     project folder ({schema} beside {dir})."
                ),
                "node:20-slim",
                Some(q("/app")),
                project(),
                env(&[("DATABASE_URL", url)]),
                (
                    None,
                    list(&[
                        "npx", "--yes", PRISMA, "migrate", "deploy", "--schema", &schema,
                    ]),
                ),
            )
        }
        Format::Sql => (
            "Plain SQL has no tool to record what ran: psql applies every up file in order, so \
             run it against a new database."
                .to_string(),
            "postgres",
            None,
            mount("/migrations"),
            env(&[
                ("PGHOST", "db"),
                ("PGUSER", USER),
                ("PGPASSWORD", PASSWORD),
                ("PGDATABASE", DATABASE),
            ]),
            sh(
                "for f in /migrations/*.up.sql; do psql -v ON_ERROR_STOP=1 -f \"$f\" || exit 1; \
                done"
                    .to_string(),
            ),
        ),
    };
    let image = if image == "postgres" {
        format!("postgres:{}", opts.pg_version)
    } else {
        image.to_string()
    };
    Migrate {
        note: wrap(&note),
        image: q(&image),
        working_dir,
        volumes,
        environment,
        entrypoint,
        command,
    }
}
