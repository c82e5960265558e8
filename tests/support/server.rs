//! The PostgreSQL server the tests run against: a running one named by `GEN_TEST_PGHOST` /
//! `GEN_TEST_PGPORT` (optionally `GEN_TEST_PGUSER`), or one throwaway cluster per test process
//! (the library's `Server::start`, from `GEN_TEST_PGBIN`, PATH or /usr/lib/postgresql/*/bin).

use gen_schema::verify::Server;
use std::env;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

static SERVER: OnceLock<Result<Server, String>> = OnceLock::new();

/// The shared server, started on first use. An error (no PostgreSQL) is returned to every
/// caller, so each case needing the database fails with the same message.
pub fn server() -> Result<&'static Server, String> {
    SERVER.get_or_init(acquire).as_ref().map_err(Clone::clone)
}

/// Stops the throwaway cluster (if one was started) and removes its folder.
pub fn shutdown() {
    if let Some(Ok(server)) = SERVER.get() {
        server.stop();
    }
}

/// `GEN_TEST_PGHOST` / `GEN_TEST_PGPORT` as a connection config, when both are set.
pub fn external_config() -> Option<Result<postgres::Config, String>> {
    let (Ok(host), Ok(port)) = (env::var("GEN_TEST_PGHOST"), env::var("GEN_TEST_PGPORT")) else {
        return None;
    };
    if host.is_empty() {
        return None;
    }
    Some((|| {
        let port: u16 = port
            .trim()
            .parse()
            .map_err(|_| format!("GEN_TEST_PGPORT={port:?} is not a port number"))?;
        let mut config = postgres::Config::new();
        if host.starts_with('/') {
            config.host_path(&host);
        } else {
            config.host(&host);
        }
        config
            .port(port)
            .user(env::var("GEN_TEST_PGUSER").as_deref().unwrap_or("postgres"))
            .dbname("postgres")
            .application_name("gen-test-cases");
        Ok(config)
    })())
}

fn acquire() -> Result<Server, String> {
    let server = match external_config() {
        Some(config) => Server::external(config?)
            .map_err(|e| format!("GEN_TEST_PGHOST/GEN_TEST_PGPORT: {e}"))?,
        None => Server::start(env::var_os("GEN_TEST_PGBIN").map(PathBuf::from).as_deref())?,
    };
    let globals = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/globals.sql");
    if globals.is_file() {
        run_globals(&server, &globals);
    }
    Ok(server)
}

/// Runs a file of cluster-wide statements (roles) in database `postgres`, one by one, ignoring
/// errors (roles may exist already).
pub fn run_globals(server: &Server, file: &Path) {
    let Ok(text) = std::fs::read_to_string(file) else {
        return;
    };
    let Ok(mut client) = server.connect("postgres") else {
        return;
    };
    let Ok(statements) = gen_schema::parse::statements(&file.display().to_string(), &text) else {
        return;
    };
    for st in statements {
        let _ = client.batch_execute(st.text(&text));
    }
}
