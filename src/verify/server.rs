//! The PostgreSQL server `gen verify` (and the test runner) works on: a running one given by a
//! connection config, or a throwaway cluster started from `initdb` / `pg_ctl` in a temporary
//! folder, listening on a socket there only, stopped and removed when the `Server` is dropped.

use std::env;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const INSTALL_HINT: &str = "install PostgreSQL (Debian: `apt-get install -y postgresql`, whose \
     binaries land in /usr/lib/postgresql/<version>/bin), put its bin folder on PATH or pass \
     --pg-bin DIR, or give --database-url of a running server";

/// A PostgreSQL server to create scratch databases on.
pub struct Server {
    /// Connection settings; the database is the one CREATE/DROP DATABASE run from.
    config: postgres::Config,
    admin_db: String,
    owned: Option<Owned>,
}

/// A cluster this process started and must stop.
struct Owned {
    dir: PathBuf,
    data: PathBuf,
    pg_ctl: PathBuf,
    /// Run the server programs as user `postgres` (PostgreSQL refuses to run as root).
    as_postgres: bool,
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

/// `/usr/lib/postgresql/<version>/bin` folders holding `name`, newest version first.
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

/// A PostgreSQL program: in `bin` when given, else on PATH, else in the Debian layout.
pub fn pg_program(bin: Option<&Path>, name: &str) -> Option<PathBuf> {
    if let Some(dir) = bin {
        let p = dir.join(name);
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
        .map_err(|e| format!("{what}: cannot run {:?}: {e}", cmd.get_program()))?;
    if out.status.success() {
        Ok(())
    } else {
        Err(format!(
            "{what} failed ({}):\n{}",
            out.status,
            output_text(&out).trim_end()
        ))
    }
}

fn quote(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

impl Server {
    /// A running server. `config`'s database (default `postgres`) is where CREATE / DROP
    /// DATABASE run; scratch databases are made beside it. Fails if it cannot connect.
    pub fn external(mut config: postgres::Config) -> Result<Server, String> {
        let admin_db = config.get_dbname().unwrap_or("postgres").to_string();
        if config.get_application_name().is_none() {
            config.application_name("gen-verify");
        }
        let server = Server {
            config,
            admin_db,
            owned: None,
        };
        server.connect(&server.admin_db.clone())?;
        Ok(server)
    }

    /// A running server given by a `postgres://` URL or a `key=value` connection string.
    pub fn from_url(url: &str) -> Result<Server, String> {
        let config: postgres::Config = url
            .parse()
            .map_err(|e| format!("--database-url is not a PostgreSQL connection string: {e}"))?;
        Server::external(config)
    }

    /// Starts a throwaway cluster from `initdb` and `pg_ctl` (in `bin`, on PATH or in
    /// /usr/lib/postgresql/*/bin) in a temporary folder. As root the server runs as user
    /// `postgres`, which must exist.
    pub fn start(bin: Option<&Path>) -> Result<Server, String> {
        let missing = |name: &str| match bin {
            Some(dir) => format!("{name} not found in {}: {INSTALL_HINT}", dir.display()),
            None => format!("{name} not found: {INSTALL_HINT}"),
        };
        let initdb = pg_program(bin, "initdb").ok_or_else(|| missing("initdb"))?;
        let dir_of_initdb = initdb.parent().map(Path::to_path_buf);
        let pg_ctl = dir_of_initdb
            .as_deref()
            .map(|d| d.join("pg_ctl"))
            .filter(|p| p.is_file())
            .or_else(|| pg_program(bin, "pg_ctl"))
            .ok_or_else(|| missing("pg_ctl"))?;

        let as_postgres = is_root();
        if as_postgres
            && !Command::new("id")
                .arg("postgres")
                .output()
                .is_ok_and(|o| o.status.success())
        {
            return Err(
                "PostgreSQL refuses to run as root, and there is no user `postgres` to \
                 run it as: create one (`useradd --system --no-create-home postgres`) or give \
                 --database-url"
                    .into(),
            );
        }
        let dir = tempfile::Builder::new()
            .prefix("gen-pg-")
            .tempdir()
            .map_err(|e| format!("cannot create a temporary folder for the cluster: {e}"))?
            .keep();
        if as_postgres {
            // The postgres user creates the data folder, socket and log in here.
            use std::os::unix::fs::PermissionsExt;
            if let Err(e) = fs::set_permissions(&dir, fs::Permissions::from_mode(0o777)) {
                let _ = fs::remove_dir_all(&dir);
                return Err(format!("chmod {}: {e}", dir.display()));
            }
        }
        let mut config = postgres::Config::new();
        config
            .host_path(&dir)
            .port(5432)
            .user("postgres")
            .dbname("postgres")
            .application_name("gen-verify");
        let server = Server {
            config,
            admin_db: "postgres".into(),
            owned: Some(Owned {
                data: dir.join("data"),
                dir,
                pg_ctl,
                as_postgres,
            }),
        };
        // From here on `server` owns the folder: dropping it cleans up on failure.
        server.init_and_start(&initdb)?;
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
            "\n# added by gen\n\
             listen_addresses = ''\n\
             unix_socket_directories = '{}'\n\
             port = 5432\n\
             fsync = off\n\
             synchronous_commit = off\n\
             full_page_writes = off\n\
             max_connections = 200\n\
             log_min_messages = warning\n",
            owned.dir.display(),
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

    /// Whether this server is a throwaway cluster of this process.
    pub fn is_owned(&self) -> bool {
        self.owned.is_some()
    }

    /// Connection settings for database `db`.
    pub fn config(&self, db: &str) -> postgres::Config {
        let mut config = self.config.clone();
        config.dbname(db);
        config
    }

    pub fn connect(&self, db: &str) -> Result<postgres::Client, String> {
        self.config(db).connect(postgres::NoTls).map_err(|e| {
            format!(
                "cannot connect to database {db} on {}: {e}",
                self.describe()
            )
        })
    }

    /// Drops (if it exists) and creates database `db`, from `template` or empty (template0).
    pub fn recreate_db(&self, db: &str, template: Option<&str>) -> Result<(), String> {
        let mut admin = self.connect(&self.admin_db)?;
        admin
            .batch_execute(&format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                quote(db)
            ))
            .map_err(|e| format!("DROP DATABASE {db}: {}", super::pg_error(&e, None)))?;
        let template = quote(template.unwrap_or("template0"));
        admin
            .batch_execute(&format!(
                "CREATE DATABASE {} TEMPLATE {template}",
                quote(db)
            ))
            .map_err(|e| format!("CREATE DATABASE {db}: {}", super::pg_error(&e, None)))
    }

    /// Drops database `db` if it exists; errors are ignored (best effort clean-up).
    pub fn drop_db(&self, db: &str) {
        if let Ok(mut admin) = self.connect(&self.admin_db) {
            let _ = admin.batch_execute(&format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                quote(db)
            ));
        }
    }

    /// The host name, or the socket folder (starting with `/`), as connection URLs of other
    /// programs name it.
    pub fn host(&self) -> String {
        match self.config.get_hosts().first() {
            Some(postgres::config::Host::Tcp(h)) => h.clone(),
            Some(postgres::config::Host::Unix(p)) => p.display().to_string(),
            None => "localhost".into(),
        }
    }

    pub fn port(&self) -> u16 {
        self.config.get_ports().first().copied().unwrap_or(5432)
    }

    /// The user the server is reached as (`None`: the client's default).
    pub fn user(&self) -> Option<&str> {
        self.config.get_user()
    }

    /// `host:port as user`, for messages.
    pub fn describe(&self) -> String {
        format!(
            "{}:{} as {}",
            self.host(),
            self.port(),
            self.user().unwrap_or("(default user)")
        )
    }

    /// Stops the cluster (if this process started it) and removes its folder; dropping the
    /// `Server` does the same (a `static` one must call this).
    pub fn stop(&self) {
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
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop();
    }
}
