//! Step 1 of a case: run `gen diff old.sql new.sql --out DIR ARGS`, twice (generation
//! must be deterministic), and compare the result with (or rewrite) `expected/`.

use super::{Case, read_tree, unified_diff};
use std::collections::BTreeMap;
use std::env;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// What one run of the generator produced.
pub struct Generated {
    pub exit_code: i32,
    /// stderr with the case dir replaced by `<CASE>` and the out dir by `<OUT>`.
    pub stderr: String,
    /// Files written into the out dir, by relative path.
    pub files: BTreeMap<String, Vec<u8>>,
    /// Holds the out dir until the case is done.
    _tmp: tempfile::TempDir,
}

const EXIT_CODE: &str = "exit_code";
const STDERR: &str = "stderr";

/// The generator: `GEN_TEST_BIN` if set, else the crate's `gen` binary.
pub fn generator() -> PathBuf {
    env::var_os("GEN_TEST_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_gen")))
}

fn timeout() -> Duration {
    let secs = env::var("GEN_TEST_TIMEOUT")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(60);
    Duration::from_secs(secs)
}

/// Extra CLI arguments of the case: `args`, whitespace-separated; `{case}` stands for the
/// case's folder (the generator runs in a temp folder).
fn case_args(case: &Case) -> Result<Vec<String>, String> {
    let path = case.dir.join("args");
    if !path.exists() {
        return Ok(Vec::new());
    }
    let text = fs::read_to_string(&path).map_err(|e| format!("read {}: {e}", path.display()))?;
    let dir = case.dir.display().to_string();
    Ok(text
        .split_whitespace()
        .map(|a| a.replace("{case}", &dir))
        .collect())
}

pub fn run_generator(case: &Case) -> Result<Generated, String> {
    let tmp = tempfile::Builder::new()
        .prefix("gen-case-")
        .tempdir()
        .map_err(|e| format!("cannot create temp dir: {e}"))?;
    let out_dir = tmp.path().join("out");
    fs::create_dir(&out_dir).map_err(|e| format!("mkdir {}: {e}", out_dir.display()))?;
    let stdout_path = tmp.path().join("gen.stdout");
    let stderr_path = tmp.path().join("gen.stderr");
    let program = generator();
    let mut cmd = Command::new(&program);
    cmd.arg("diff")
        .arg(case.dir.join("old.sql"))
        .arg(case.dir.join("new.sql"))
        .arg("--out")
        .arg(&out_dir)
        .args(case_args(case)?)
        .current_dir(tmp.path())
        .env("NO_COLOR", "1")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("RUST_BACKTRACE")
        .stdin(Stdio::null())
        .stdout(fs::File::create(&stdout_path).map_err(|e| e.to_string())?)
        .stderr(fs::File::create(&stderr_path).map_err(|e| e.to_string())?);
    let mut child = cmd
        .spawn()
        .map_err(|e| format!("cannot run the generator {}: {e}", program.display()))?;
    let started = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if started.elapsed() > timeout() => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!(
                    "step gen: {} did not finish within {:?} (GEN_TEST_TIMEOUT)",
                    program.display(),
                    timeout()
                ));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(format!("waiting for the generator: {e}")),
        }
    };
    let exit_code = match status.code() {
        Some(code) => code,
        None => {
            let stderr = fs::read_to_string(&stderr_path).unwrap_or_default();
            return Err(format!(
                "step gen: the generator was killed ({status})\nstderr:\n{stderr}"
            ));
        }
    };
    let raw = String::from_utf8_lossy(&fs::read(&stderr_path).unwrap_or_default()).into_owned();
    let stderr = normalize(&raw, &case.dir, &out_dir);
    let mut files = read_tree(&out_dir)?;
    check_sum(
        &out_dir,
        gen_schema::render::Format::GolangMigrate,
        &mut files,
    )?;
    Ok(Generated {
        exit_code,
        stderr,
        files,
        _tmp: tmp,
    })
}

/// `gen.sum` records exactly the migration files written (those of `format`'s layout), with
/// their hashes (a folder gen wrote nothing into has none). It is taken out of `files`: the
/// snapshots and the tools' layout checks hold the migrations only.
pub fn check_sum(
    out_dir: &Path,
    format: gen_schema::render::Format,
    files: &mut BTreeMap<String, Vec<u8>>,
) -> Result<(), String> {
    use gen_schema::sum::{FILE, Sum};
    let Some(bytes) = files.remove(FILE) else {
        return match files.is_empty() {
            true => Ok(()),
            false => Err(format!(
                "step gen: {FILE} was not written beside the migrations"
            )),
        };
    };
    let text = String::from_utf8(bytes).map_err(|_| format!("step gen: {FILE} is not UTF-8"))?;
    let (recorded, total_ok) =
        Sum::parse(&out_dir.join(FILE), &text).map_err(|e| format!("step gen: {e}"))?;
    let listed = gen_schema::migrations::files(out_dir, format, &[])
        .map_err(|e| format!("step gen: {e}"))?;
    let current = Sum::of_files(out_dir, &listed).map_err(|e| format!("step gen: {e}"))?;
    if !total_ok || recorded != current {
        return Err(format!(
            "step gen: {FILE} does not record the files written:\n{text}"
        ));
    }
    Ok(())
}

/// Replaces the absolute case dir with `<CASE>` and the out dir with `<OUT>` (also
/// their canonical forms, in case the generator canonicalises paths).
fn normalize(text: &str, case_dir: &Path, out_dir: &Path) -> String {
    let mut pairs: Vec<(String, &str)> = Vec::new();
    for (path, token) in [(out_dir, "<OUT>"), (case_dir, "<CASE>")] {
        pairs.push((path.to_string_lossy().into_owned(), token));
        if let Ok(canon) = path.canonicalize() {
            pairs.push((canon.to_string_lossy().into_owned(), token));
        }
    }
    // Longest first, so a path never gets half replaced by a shorter one.
    pairs.sort_by_key(|p| std::cmp::Reverse(p.0.len()));
    let mut text = text.to_string();
    for (path, token) in pairs {
        if !path.is_empty() {
            text = text.replace(&path, token);
        }
    }
    text
}

impl Generated {
    /// The snapshot: the out files plus `exit_code` and `stderr`.
    fn snapshot(&self) -> Result<BTreeMap<String, Vec<u8>>, String> {
        let mut snap = self.files.clone();
        for name in [EXIT_CODE, STDERR] {
            if snap.contains_key(name) {
                return Err(format!(
                    "step gen: the generator wrote a file named {name:?}, which clashes \
                     with the snapshot's own expected/{name}"
                ));
            }
        }
        snap.insert(
            EXIT_CODE.into(),
            format!("{}\n", self.exit_code).into_bytes(),
        );
        snap.insert(STDERR.into(), self.stderr.clone().into_bytes());
        Ok(snap)
    }

    /// Fails when a second run differs from this one in any byte.
    pub fn check_deterministic(&self, again: &Generated) -> Result<(), String> {
        let (a, b) = (self.snapshot()?, again.snapshot()?);
        if a == b {
            return Ok(());
        }
        Err(format!(
            "step gen: generation is not deterministic, two runs differ:\n{}",
            diff_maps(&a, &b, "run1", "run2")
        ))
    }

    /// Compares with `expected/`, or rewrites it when `UPDATE_EXPECT=1`.
    pub fn check_snapshot(&self, case: &Case) -> Result<(), String> {
        let expected_dir = case.dir.join("expected");
        let actual = self.snapshot()?;
        if update_expect() {
            return write_snapshot(&expected_dir, &actual);
        }
        if !expected_dir.is_dir() {
            return Err(format!(
                "step snapshot: {} does not exist; run with UPDATE_EXPECT=1 to create it \
                 (exit code {}, {} file(s), stderr:\n{})",
                expected_dir.display(),
                self.exit_code,
                self.files.len(),
                self.stderr
            ));
        }
        let mut expected = read_tree(&expected_dir)?;
        // A hand-written exit_code need not end in a newline.
        if let Some(code) = expected.get_mut(EXIT_CODE) {
            *code = format!("{}\n", String::from_utf8_lossy(code).trim()).into_bytes();
        }
        if expected == actual {
            return Ok(());
        }
        Err(format!(
            "step snapshot: output differs from {} (UPDATE_EXPECT=1 rewrites it):\n{}",
            expected_dir.display(),
            diff_maps(&expected, &actual, "expected", "actual")
        ))
    }
}

pub fn update_expect() -> bool {
    matches!(env::var("UPDATE_EXPECT").as_deref(), Ok(v) if !v.is_empty() && v != "0")
}

fn write_snapshot(dir: &Path, files: &BTreeMap<String, Vec<u8>>) -> Result<(), String> {
    if dir.exists() {
        fs::remove_dir_all(dir).map_err(|e| format!("rm -r {}: {e}", dir.display()))?;
    }
    for (rel, bytes) in files {
        let path = dir.join(rel);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(|e| format!("mkdir {}: {e}", parent.display()))?;
        }
        fs::write(&path, bytes).map_err(|e| format!("write {}: {e}", path.display()))?;
    }
    Ok(())
}

/// Readable differences between two file sets: missing / extra files and a unified
/// diff for each file whose content differs.
fn diff_maps(
    expected: &BTreeMap<String, Vec<u8>>,
    actual: &BTreeMap<String, Vec<u8>>,
    expected_name: &str,
    actual_name: &str,
) -> String {
    let mut report = String::new();
    let names: std::collections::BTreeSet<&String> = expected.keys().chain(actual.keys()).collect();
    for name in names {
        match (expected.get(name), actual.get(name)) {
            (Some(_), None) => {
                report += &format!("- file {name}: in {expected_name}, missing in {actual_name}\n")
            }
            (None, Some(bytes)) => {
                report += &format!("+ file {name}: in {actual_name}, not in {expected_name}:\n");
                for line in String::from_utf8_lossy(bytes).lines() {
                    report += &format!("+ {line}\n");
                }
            }
            (Some(a), Some(b)) if a != b => {
                report += &unified_diff(
                    &String::from_utf8_lossy(a),
                    &String::from_utf8_lossy(b),
                    &format!("{expected_name}/{name}"),
                    &format!("{actual_name}/{name}"),
                );
            }
            _ => {}
        }
    }
    report
}
