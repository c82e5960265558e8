//! Reading a file as it was at a git revision (`gen diff --from-git REV FILE`), with `git` itself:
//! `git rev-parse` finds the repository and checks the revision, `git show REV:PATH` reads the
//! file (PATH relative to the repository root).

use crate::Input;
use crate::error::Error;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// What `--from-git` found at the revision.
#[derive(Debug)]
pub enum AtRev {
    /// The file's text at the revision, named `REV:PATH` in messages.
    Found(Input),
    /// The file does not exist at the revision (it is new since): its path relative to the
    /// repository root, for messages.
    Missing(String),
}

fn git(dir: &Path, args: &[&str]) -> Result<Output, Error> {
    Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| {
            if e.kind() == std::io::ErrorKind::NotFound {
                Error::Git("--from-git needs git, which is not on PATH".into())
            } else {
                Error::io("cannot run git", e)
            }
        })
}

fn stderr_of(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).trim().to_string()
}

/// Reads `file` (a path in the working tree) as it is at `rev`.
pub fn read_at(file: &str, rev: &str) -> Result<AtRev, Error> {
    if rev.is_empty() || rev.starts_with('-') {
        return Err(Error::Git(format!(
            "{rev:?} is not a git revision (use a commit, branch or tag, e.g. HEAD or main)"
        )));
    }
    let path = Path::new(file);
    let abs =
        std::path::absolute(path).map_err(|e| Error::io(format!("cannot resolve {file}"), e))?;
    let dir = abs
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."));
    if !dir.is_dir() {
        return Err(Error::Git(format!(
            "cannot read {file}: folder {} does not exist",
            dir.display()
        )));
    }
    let top = git(&dir, &["rev-parse", "--show-toplevel"])?;
    if !top.status.success() {
        return Err(Error::Git(format!(
            "{file} is not inside a git repository, so --from-git has no history to read \
             (git: {}); compare two files instead: gen diff OLD.sql NEW.sql",
            stderr_of(&top)
        )));
    }
    let root = PathBuf::from(String::from_utf8_lossy(&top.stdout).trim_end_matches('\n'));
    // Both sides canonical, so symlinked temp folders and `..` compare equal.
    let canon_dir = dir
        .canonicalize()
        .map_err(|e| Error::io(format!("cannot resolve {}", dir.display()), e))?;
    let canon_root = root.canonicalize().unwrap_or(root);
    let name = abs
        .file_name()
        .ok_or_else(|| Error::Git(format!("{file} is not a file name")))?;
    let rel = canon_dir
        .join(name)
        .strip_prefix(&canon_root)
        .map_err(|_| {
            Error::Git(format!(
                "{file} is outside the git repository at {}",
                canon_root.display()
            ))
        })?
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/");

    let commit = format!("{rev}^{{commit}}");
    let verified = git(
        &canon_root,
        &[
            "rev-parse",
            "--verify",
            "--quiet",
            "--end-of-options",
            &commit,
        ],
    )?;
    if !verified.status.success() {
        let head = git(&canon_root, &["rev-parse", "--verify", "--quiet", "HEAD"])?;
        let hint = if head.status.success() {
            "use a commit, branch or tag (e.g. HEAD, HEAD~1, main)"
        } else {
            "the repository has no commits yet: commit the schema file first, or diff against an \
             empty schema with --allow-new-file"
        };
        return Err(Error::Git(format!("unknown git revision {rev:?}: {hint}")));
    }
    let spec = format!("{rev}:{rel}");
    let exists = git(&canon_root, &["cat-file", "-e", "--end-of-options", &spec])?;
    if !exists.status.success() {
        return Ok(AtRev::Missing(rel));
    }
    let shown = git(&canon_root, &["show", "--end-of-options", &spec])?;
    if !shown.status.success() {
        return Err(Error::Git(format!(
            "git show {spec} failed: {}",
            stderr_of(&shown)
        )));
    }
    let text = String::from_utf8(shown.stdout)
        .map_err(|_| Error::Git(format!("{spec} is not UTF-8 text")))?;
    Ok(AtRev::Found(Input { path: spec, text }))
}
