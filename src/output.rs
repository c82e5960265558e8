//! Writing output files: atomically (temp folder, then move), never half-written.

use crate::error::Error;
use crate::render::OutputFile;
use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};

/// The version for the next migration: one more than the highest leading number of any file name
/// in `dir` (searched recursively). An empty or missing folder gives 1.
pub fn next_version(dir: &Path) -> Result<u64, Error> {
    let highest = highest_version(dir)?;
    highest.checked_add(1).ok_or_else(|| {
        invalid(
            format!("cannot number the next migration in {}", dir.display()),
            "version overflow",
        )
    })
}

fn highest_version(dir: &Path) -> Result<u64, Error> {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(0),
        Err(e) => {
            return Err(Error::io(
                format!("cannot read folder {}", dir.display()),
                e,
            ));
        }
    };
    let mut highest = 0;
    for entry in entries {
        let entry =
            entry.map_err(|e| Error::io(format!("cannot read folder {}", dir.display()), e))?;
        let path = entry.path();
        let kind = entry
            .file_type()
            .map_err(|e| Error::io(format!("cannot inspect {}", path.display()), e))?;
        if kind.is_dir() {
            highest = highest.max(highest_version(&path)?);
            continue;
        }
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let digits: &str = &name[..name
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(name.len())];
        if digits.is_empty() {
            continue;
        }
        let version: u64 = digits.parse().map_err(|_| {
            invalid(
                format!("cannot number the next migration after {}", path.display()),
                "version too large",
            )
        })?;
        highest = highest.max(version);
    }
    Ok(highest)
}

/// Writes `files` (paths relative to `dir`) so that either all of them appear or none: they are
/// written into a temporary folder inside the parent of `dir` (same file system), then moved into
/// place. Refuses to overwrite any existing file; `dir` is created if missing.
pub fn write_files(dir: &Path, files: &[OutputFile]) -> Result<(), Error> {
    write_files_replacing(dir, files, &[])
}

/// [`write_files`], and `replaced` files (such as `gen.sum`) written over what is there, all or
/// nothing: on an error every file moved into place is removed and every replaced file gets its
/// old contents back.
pub fn write_files_replacing(
    dir: &Path,
    files: &[OutputFile],
    replaced: &[OutputFile],
) -> Result<(), Error> {
    for file in files {
        check_relative(&file.path)?;
        let target = dir.join(&file.path);
        if target.symlink_metadata().is_ok() {
            return Err(exists(&target));
        }
    }
    for file in replaced {
        check_relative(&file.path)?;
    }
    if files.is_empty() && replaced.is_empty() {
        return Ok(());
    }
    let parent = match dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    fs::create_dir_all(&parent)
        .map_err(|e| Error::io(format!("cannot create folder {}", parent.display()), e))?;
    let temp = tempfile::Builder::new()
        .prefix(".gen-tmp-")
        .tempdir_in(&parent)
        .map_err(|e| {
            Error::io(
                format!("cannot create a temporary folder in {}", parent.display()),
                e,
            )
        })?;

    let backups = temp.path().join(".replaced");
    for file in files.iter().chain(replaced) {
        let path = temp.path().join(&file.path);
        if let Some(p) = path.parent() {
            fs::create_dir_all(p)
                .map_err(|e| Error::io(format!("cannot create folder {}", p.display()), e))?;
        }
        fs::write(&path, &file.contents)
            .map_err(|e| Error::io(format!("cannot write {}", path.display()), e))?;
    }

    fs::create_dir_all(dir)
        .map_err(|e| Error::io(format!("cannot create folder {}", dir.display()), e))?;
    let mut moved: Vec<PathBuf> = Vec::new();
    let mut created_dirs: Vec<PathBuf> = Vec::new();
    // replaced files: (target, where its old contents wait, whether it existed)
    let mut swapped: Vec<(PathBuf, PathBuf)> = Vec::new();
    let result = (|| {
        for (n, file) in replaced.iter().enumerate() {
            let target = dir.join(&file.path);
            if target.symlink_metadata().is_ok() {
                fs::create_dir_all(&backups).map_err(|e| {
                    Error::io(format!("cannot create folder {}", backups.display()), e)
                })?;
                let backup = backups.join(n.to_string());
                fs::rename(&target, &backup)
                    .map_err(|e| Error::io(format!("cannot move {} aside", target.display()), e))?;
                swapped.push((target.clone(), backup));
            }
            if let Some(p) = target.parent()
                && !p.exists()
            {
                fs::create_dir_all(p)
                    .map_err(|e| Error::io(format!("cannot create folder {}", p.display()), e))?;
                created_dirs.push(p.to_path_buf());
            }
            fs::rename(temp.path().join(&file.path), &target).map_err(|e| {
                Error::io(format!("cannot move {} into place", target.display()), e)
            })?;
            moved.push(target);
        }
        for file in files {
            let target = dir.join(&file.path);
            if let Some(p) = target.parent()
                && !p.exists()
            {
                fs::create_dir_all(p)
                    .map_err(|e| Error::io(format!("cannot create folder {}", p.display()), e))?;
                created_dirs.push(p.to_path_buf());
            }
            if target.symlink_metadata().is_ok() {
                return Err(exists(&target));
            }
            fs::rename(temp.path().join(&file.path), &target).map_err(|e| {
                Error::io(format!("cannot move {} into place", target.display()), e)
            })?;
            moved.push(target);
        }
        Ok(())
    })();
    if result.is_err() {
        // Undo: nothing half-written stays behind.
        for path in moved.iter().rev() {
            let _ = fs::remove_file(path);
        }
        for (target, backup) in swapped.iter().rev() {
            let _ = fs::rename(backup, target);
        }
        for path in created_dirs.iter().rev() {
            let _ = fs::remove_dir(path);
        }
    }
    let closed = temp.close();
    result?;
    closed.map_err(|e| {
        Error::io(
            format!("cannot remove the temporary folder in {}", parent.display()),
            e,
        )
    })
}

/// Output paths must stay inside the output folder.
fn check_relative(path: &Path) -> Result<(), Error> {
    let ok = path.components().all(|c| matches!(c, Component::Normal(_)))
        && path.components().next().is_some();
    if ok {
        Ok(())
    } else {
        Err(invalid(
            format!("refusing to write {}", path.display()),
            "not a plain relative path",
        ))
    }
}

fn exists(target: &Path) -> Error {
    Error::io(
        format!("refusing to overwrite {}", target.display()),
        io::Error::new(io::ErrorKind::AlreadyExists, "the file already exists"),
    )
}

fn invalid(context: String, message: &str) -> Error {
    Error::io(
        context,
        io::Error::new(io::ErrorKind::InvalidData, message.to_string()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(path: &str, contents: &str) -> OutputFile {
        OutputFile {
            path: PathBuf::from(path),
            contents: contents.to_string(),
        }
    }

    fn listing(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn next_version_of_missing_or_empty_folder_is_one() {
        let tmp = tempfile::tempdir().unwrap();
        assert_eq!(next_version(&tmp.path().join("nope")).unwrap(), 1);
        assert_eq!(next_version(tmp.path()).unwrap(), 1);
    }

    #[test]
    fn next_version_follows_highest_leading_number() {
        let tmp = tempfile::tempdir().unwrap();
        let d = tmp.path();
        fs::write(d.join("000002_a_expand.up.sql"), "").unwrap();
        fs::write(d.join("000010_b_contract.down.sql"), "").unwrap();
        fs::write(d.join("README.md"), "").unwrap();
        fs::write(d.join(".gitkeep"), "").unwrap();
        assert_eq!(next_version(d).unwrap(), 11);
        fs::create_dir(d.join("old")).unwrap();
        fs::write(d.join("old/20240101_x.sql"), "").unwrap();
        assert_eq!(next_version(d).unwrap(), 20240102);
    }

    #[test]
    fn writes_all_files_and_leaves_no_temp_folder() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("generated");
        write_files(
            &out,
            &[
                file("000001_a.up.sql", "up\n"),
                file("000001_a.down.sql", "down\n"),
            ],
        )
        .unwrap();
        assert_eq!(listing(&out), ["000001_a.down.sql", "000001_a.up.sql"]);
        assert_eq!(
            fs::read_to_string(out.join("000001_a.up.sql")).unwrap(),
            "up\n"
        );
        assert_eq!(listing(tmp.path()), ["generated"]);
        // A second, different batch lands beside the first.
        write_files(&out, &[file("000002_b.up.sql", "b\n")]).unwrap();
        assert_eq!(listing(&out).len(), 3);
        assert_eq!(listing(tmp.path()), ["generated"]);
    }

    #[test]
    fn refuses_to_overwrite_and_writes_nothing() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("generated");
        fs::create_dir(&out).unwrap();
        fs::write(out.join("000001_a.down.sql"), "mine\n").unwrap();
        let err = write_files(
            &out,
            &[
                file("000001_a.up.sql", "up\n"),
                file("000001_a.down.sql", "down\n"),
            ],
        )
        .unwrap_err();
        assert_eq!(err.exit_code(), 2);
        assert!(err.to_string().contains("refusing to overwrite"), "{err}");
        assert!(err.to_string().contains("000001_a.down.sql"), "{err}");
        assert_eq!(listing(&out), ["000001_a.down.sql"]);
        assert_eq!(
            fs::read_to_string(out.join("000001_a.down.sql")).unwrap(),
            "mine\n"
        );
        assert_eq!(listing(tmp.path()), ["generated"]);
    }

    #[test]
    fn replaced_files_are_written_over_or_restored_on_error() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("generated");
        fs::create_dir(&out).unwrap();
        fs::write(out.join("gen.sum"), "old\n").unwrap();
        write_files_replacing(
            &out,
            &[file("000001_a.up.sql", "up\n")],
            &[file("gen.sum", "new\n")],
        )
        .unwrap();
        assert_eq!(fs::read_to_string(out.join("gen.sum")).unwrap(), "new\n");
        assert_eq!(listing(&out), ["000001_a.up.sql", "gen.sum"]);
        assert_eq!(listing(tmp.path()), ["generated"]);
        // a file that exists makes the whole write fail: gen.sum keeps its contents
        let err = write_files_replacing(
            &out,
            &[
                file("000002_b.up.sql", "b\n"),
                file("000001_a.up.sql", "x\n"),
            ],
            &[file("gen.sum", "newer\n")],
        )
        .unwrap_err();
        assert!(err.to_string().contains("refusing to overwrite"), "{err}");
        assert_eq!(fs::read_to_string(out.join("gen.sum")).unwrap(), "new\n");
        assert_eq!(listing(&out), ["000001_a.up.sql", "gen.sum"]);
        assert_eq!(listing(tmp.path()), ["generated"]);
    }

    #[test]
    fn rejects_paths_leaving_the_folder() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("generated");
        assert!(write_files(&out, &[file("../x.sql", "")]).is_err());
        assert!(write_files(&out, &[file("/etc/x.sql", "")]).is_err());
        assert_eq!(listing(tmp.path()), Vec::<String>::new());
    }
}
