//! scratch
use gen_schema::parse::{ParseOptions, Reader};
use std::path::Path;

fn model(files: &[(String, String)]) -> Result<gen_schema::model::Schema, String> {
    let mut r = Reader::new(ParseOptions::default());
    for (i, (p, t)) in files.iter().enumerate() {
        if i == 0 { r.read(p, t) } else { r.read_migration(p, t) }.map_err(|e| e.to_string())?;
    }
    Ok(r.finish().schema.without_directives())
}

#[test]
fn scratch() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut dirs: Vec<_> = std::fs::read_dir(&root).unwrap().flatten().map(|e| e.path()).collect();
    dirs.sort();
    let leak = |s: String| -> &'static str { Box::leak(s.into_boxed_str()) };
    let mut bad = 0;
    for d in dirs {
        let name = d.file_name().unwrap().to_string_lossy().into_owned();
        let exp = d.join("expected");
        let mut ups = vec![]; let mut downs = vec![];
        let mut fs_: Vec<_> = std::fs::read_dir(&exp).unwrap().flatten().map(|e| e.path()).collect();
        fs_.sort();
        for f in fs_ { let n = f.file_name().unwrap().to_string_lossy().into_owned();
            let t = std::fs::read_to_string(&f).unwrap();
            if n.ends_with(".up.sql") { ups.push((n, t)); } else if n.ends_with(".down.sql") { downs.push((n, t)); } }
        let old = ("old.sql".to_string(), std::fs::read_to_string(d.join("old.sql")).unwrap());
        let new = ("new.sql".to_string(), std::fs::read_to_string(d.join("new.sql")).unwrap());
        let _ = leak;
        let mut up_files = vec![old.clone()]; up_files.extend(ups.clone());
        let a = model(&up_files);
        let n = model(&[new.clone()]);
        match (a, n) {
            (Err(e), _) => { bad += 1; println!("UP-ERR {name}: {e}"); }
            (_, Err(e)) => { println!("NEW-ERR {name}: {e}"); }
            (Ok(a), Ok(n)) => {
                let ch = gen_schema::diff::diff(&a, &n);
                match ch { Ok(c) if c.is_empty() => {}, Ok(c) => { bad += 1; println!("UP-DIFF {name}: {:?}", c.iter().map(|c| format!("{c:?}").chars().take(if std::env::var("FULL").is_ok() {5000} else {200}).collect::<String>()).collect::<Vec<_>>()); }
                  Err(e) => { bad += 1; println!("UP-DIFFERR {name}: {e}"); } }
                let mut down_files = vec![new.clone()]; down_files.extend(downs.iter().rev().cloned());
                let o = model(&[old.clone()]).unwrap();
                match model(&down_files) {
                    Err(e) => { bad += 1; println!("DOWN-ERR {name}: {e}"); }
                    Ok(b) => match gen_schema::diff::diff(&b, &o) { Ok(c) if c.is_empty() => {}, Ok(c) => { bad += 1; println!("DOWN-DIFF {name}: {:?}", c.iter().map(|c| format!("{c:?}").chars().take(if std::env::var("FULL").is_ok() {5000} else {200}).collect::<String>()).collect::<Vec<_>>()); }
                      Err(e) => { bad += 1; println!("DOWN-DIFFERR {name}: {e}"); } }
                }
            }
        }
    }
    println!("bad: {bad}");
}
