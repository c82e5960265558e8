//! The PostgreSQL server the cases run against: either a running one named by
//! `GEN_TEST_PGHOST` / `GEN_TEST_PGPORT` (optionally `GEN_TEST_PGUSER`), or one
//! throwaway cluster per test process, in a temp dir, listening on a socket only.

use std::env;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

const INSTALL_HINT: &str = "install PostgreSQL (Debian: `apt-get install -y postgresql`, \
     binaries land in /usr/lib/postgresql/<version>/bin), put its bin dir on PATH or in \
     GEN_TEST_PGBIN, or point GEN_TEST_PGHOST/GEN_TEST_PGPORT at a running server";

pub struct Server {
    /// Socket directory (starts with '/') or host name.
    host: String,
    port: u16,
    user: String,
    psql: PathBuf,
    owned: Option<Owned>,
}

/// A cluster this process started and must stop.
struct Owned {
    dir: PathBuf,
    data: PathBuf,
    pg_ctl: PathBuf,
    as_postgres: bool,
}

static SERVER: OnceLock<Result<Server, String>> = OnceLock::new();

/// The shared server, started on first use. An error (no PostgreSQL) is returned to
/// every caller, so each case needing the database fails with the same message.
pub fn server() -> Result<&'static Server, String> {
    SERVER
        .get_or_init(Server::acquire)
        .as_ref()
        .map_err(Clone::clone)
}

/// Stops the throwaway cluster (if one was started) and removes its directory.
pub fn shutdown() {
    if let Some(Ok(server)) = SERVER.get() {
        server.stop();
    }
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false)
}

fn find_in_path(name: &str) -> Option<PathBuf> {
    let path = env::var_os("PATH")?;
    env::split_paths(&path)
        .map(|d| d.join(name))
        .find(|p| p.is_file())
}

/// `/usr/lib/postgresql/<version>/bin` dirs holding `name`, newest version first.
fn debian_bin_dirs(name: &str) -> Vec<PathBuf> {
    let mut dirs: Vec<(u32, PathBuf)> = fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let version = e.file_name().to_string_lossy().parse::<u32>().ok()?;
            let bin = e.path().join("bin");
            bin.join(name).is_file().then_some((version, bin))
        })
        .collect();
    dirs.sort_by_key(|d| std::cmp::Reverse(d.0));
    dirs.into_iter().map(|(_, d)| d).collect()
}

/// A PostgreSQL program: `GEN_TEST_PGBIN`, then PATH, then the Debian layout.
fn pg_program(name: &str) -> Option<PathBuf> {
    if let Some(dir) = env::var_os("GEN_TEST_PGBIN") {
        let p = Path::new(&dir).join(name);
        return p.is_file().then_some(p);
    }
    find_in_path(name).or_else(|| {
        debian_bin_dirs(name)
            .into_iter()
            .next()
            .map(|d| d.join(name))
    })
}

fn output_text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

fn run_checked(cmd: &mut Command, what: &str) -> Result<(), String> {
    let out = cmd
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("{what}: cannot run {cmd:?}: {e}"))?;
    if out.status.success() {
        Ok(())
    } else {
        Err(format!(
            "{what} failed ({}):\n{}",
            out.status,
            output_text(&out)
        ))
    }
}

impl Server {
    fn acquire() -> Result<Server, String> {
        let server = match (env::var("GEN_TEST_PGHOST"), env::var("GEN_TEST_PGPORT")) {
            (Ok(host), Ok(port)) if !host.is_empty() => Server::external(host, &port)?,
            _ => Server::start()?,
        };
        server.load_globals();
        Ok(server)
    }

    fn external(host: String, port: &str) -> Result<Server, String> {
        let port = port
            .trim()
            .parse()
            .map_err(|_| format!("GEN_TEST_PGPORT={port:?} is not a port number"))?;
        let psql = pg_program("psql").ok_or_else(|| format!("psql not found: {INSTALL_HINT}"))?;
        let user = env::var("GEN_TEST_PGUSER").unwrap_or_else(|_| "postgres".into());
        let server = Server {
            host,
            port,
            user,
            psql,
            owned: None,
        };
        server
            .connect("postgres")
            .map_err(|e| format!("cannot connect to GEN_TEST_PGHOST/GEN_TEST_PGPORT: {e}"))?;
        Ok(server)
    }

    fn start() -> Result<Server, String> {
        let missing =
            || format!("PostgreSQL binaries (initdb, pg_ctl, psql) not found: {INSTALL_HINT}");
        let initdb = pg_program("initdb").ok_or_else(missing)?;
        let bin = initdb.parent().unwrap().to_path_buf();
        let pg_ctl = Some(bin.join("pg_ctl"))
            .filter(|p| p.is_file())
            .or_else(|| pg_program("pg_ctl"))
            .ok_or_else(missing)?;
        let psql = Some(bin.join("psql"))
            .filter(|p| p.is_file())
            .or_else(|| pg_program("psql"))
            .ok_or_else(missing)?;

        let as_postgres = is_root();
        let dir = tempfile::Builder::new()
            .prefix("gen-test-pg-")
            .tempdir()
            .map_err(|e| format!("cannot create a temp dir for the cluster: {e}"))?
            .keep();
        let owned = Owned {
            data: dir.join("data"),
            dir: dir.clone(),
            pg_ctl,
            as_postgres,
        };
        if as_postgres {
            // PostgreSQL refuses to run as root: the postgres user runs it and needs
            // to create the data dir, socket and log in here.
            use std::os::unix::fs::PermissionsExt;
            fs::set_permissions(&dir, fs::Permissions::from_mode(0o777))
                .map_err(|e| format!("chmod {}: {e}", dir.display()))?;
        }
        let port = 5432;
        let server = Server {
            host: dir.to_string_lossy().into_owned(),
            port,
            user: "postgres".into(),
            psql,
            owned: Some(owned),
        };
        // From here on `server` owns the dir; stop() cleans up on failure.
        if let Err(e) = server.init_and_start(&initdb) {
            server.stop();
            return Err(e);
        }
        Ok(server)
    }

    fn pg_command(&self, program: &Path) -> Command {
        let owned = self.owned.as_ref().expect("own cluster");
        let mut cmd = if owned.as_postgres {
            let mut c = Command::new("runuser");
            c.args(["-u", "postgres", "--"]).arg(program);
            c
        } else {
            Command::new(program)
        };
        cmd.current_dir(&owned.dir);
        cmd
    }

    fn init_and_start(&self, initdb: &Path) -> Result<(), String> {
        let owned = self.owned.as_ref().expect("own cluster");
        run_checked(
            self.pg_command(initdb)
                .arg("-D")
                .arg(&owned.data)
                .args(["-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale"])
                .arg("--no-sync"),
            "initdb",
        )?;
        let conf = format!(
            "\n# added by the gen test runner\n\
             listen_addresses = ''\n\
             unix_socket_directories = '{}'\n\
             port = {}\n\
             fsync = off\n\
             synchronous_commit = off\n\
             full_page_writes = off\n\
             max_connections = 200\n\
             log_min_messages = warning\n",
            owned.dir.display(),
            self.port
        );
        fs::OpenOptions::new()
            .append(true)
            .open(owned.data.join("postgresql.conf"))
            .and_then(|mut f| f.write_all(conf.as_bytes()))
            .map_err(|e| format!("cannot write postgresql.conf: {e}"))?;
        let log = owned.dir.join("server.log");
        let started = run_checked(
            self.pg_command(&owned.pg_ctl)
                .arg("-D")
                .arg(&owned.data)
                .arg("-l")
                .arg(&log)
                .args(["-w", "-t", "60", "start"]),
            "pg_ctl start",
        );
        if let Err(e) = started {
            let log = fs::read_to_string(&log).unwrap_or_default();
            return Err(format!("{e}\nserver log:\n{log}"));
        }
        Ok(())
    }

    fn stop(&self) {
        let Some(owned) = &self.owned else { return };
        if owned.data.join("postmaster.pid").exists() {
            let _ = self
                .pg_command(&owned.pg_ctl)
                .arg("-D")
                .arg(&owned.data)
                .args(["-m", "immediate", "-w", "stop"])
                .stdin(Stdio::null())
                .output();
        }
        let _ = fs::remove_dir_all(&owned.dir);
    }

    /// Cluster-wide objects (roles) the cases may refer to: `tests/globals.sql`.
    fn load_globals(&self) {
        let globals = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/globals.sql");
        if globals.is_file() {
            self.run_globals(&globals);
        }
    }

    /// Runs a file of cluster-wide statements in db `postgres`, ignoring errors
    /// (roles may exist already).
    pub fn run_globals(&self, file: &Path) {
        let _ = self.psql("postgres").arg("-f").arg(file).output();
    }

    pub fn config(&self, db: &str) -> postgres::Config {
        let mut config = postgres::Config::new();
        if self.host.starts_with('/') {
            config.host_path(&self.host);
        } else {
            config.host(&self.host);
        }
        config
            .port(self.port)
            .user(&self.user)
            .dbname(db)
            .application_name("gen-test-cases");
        config
    }

    pub fn connect(&self, db: &str) -> Result<postgres::Client, String> {
        self.config(db)
            .connect(postgres::NoTls)
            .map_err(|e| format!("cannot connect to database {db}: {e}"))
    }

    /// `psql -X -q` on `db`, no stdin; add `-v ON_ERROR_STOP=1 -f FILE` etc.
    pub fn psql(&self, db: &str) -> Command {
        let mut cmd = Command::new(&self.psql);
        cmd.args(["-X", "-q", "-h", &self.host, "-p", &self.port.to_string()])
            .args(["-U", &self.user, "-d", db])
            .env("PGOPTIONS", "-c client_min_messages=warning")
            .stdin(Stdio::null());
        cmd
    }

    /// Applies a schema file statement by statement, like
    /// `psql -X -v ON_ERROR_STOP=1 -q -f FILE`.
    pub fn apply_file(&self, db: &str, file: &Path) -> Result<(), String> {
        let mut cmd = self.psql(db);
        cmd.args(["-v", "ON_ERROR_STOP=1", "-f"]).arg(file);
        if let Some(dir) = file.parent() {
            cmd.current_dir(dir);
        }
        let out = cmd
            .output()
            .map_err(|e| format!("cannot run {}: {e}", self.psql.display()))?;
        if out.status.success() {
            Ok(())
        } else {
            Err(output_text(&out).trim_end().to_string())
        }
    }

    /// Drops (if it exists) and creates database `db`, optionally from a template.
    pub fn recreate_db(&self, db: &str, template: Option<&str>) -> Result<(), String> {
        let mut admin = self.connect("postgres")?;
        let q = |s: &str| format!("\"{}\"", s.replace('"', "\"\""));
        admin
            .batch_execute(&format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", q(db)))
            .map_err(|e| format!("DROP DATABASE {db}: {}", super::pg_error(&e, None)))?;
        let template = q(template.unwrap_or("template0"));
        admin
            .batch_execute(&format!("CREATE DATABASE {} TEMPLATE {template}", q(db)))
            .map_err(|e| format!("CREATE DATABASE {db}: {}", super::pg_error(&e, None)))
    }

    pub fn drop_db(&self, db: &str) {
        if let Ok(mut admin) = self.connect("postgres") {
            let _ = admin.batch_execute(&format!(
                "DROP DATABASE IF EXISTS \"{}\" WITH (FORCE)",
                db.replace('"', "\"\"")
            ));
        }
    }

    /// Socket directory (starts with '/') or host name.
    pub fn host(&self) -> &str {
        &self.host
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    pub fn user(&self) -> &str {
        &self.user
    }

    pub fn describe(&self) -> String {
        format!("{}:{} as {}", self.host, self.port, self.user)
    }
}
