//! How `gen diff` scales: generated schema pairs of 100, 1,000 and 10,000 tables (about ten
//! columns, a primary key, two indexes and a foreign key each; every tenth table changed, in ten
//! rotating ways: see benches/support/schema_gen.rs). For each size it runs the real binary
//! (`gen diff OLD NEW --out DIR --allow-data-loss`) pinned to one core (`taskset -c 0`) under
//! `/usr/bin/time` for its CPU time and peak RSS, best of three; and, in this process, the CPU
//! time of each stage and of the floor: sqlparser parsing every statement of both files, one by
//! one, on one thread. CPU times, not wall times, so a busy machine changes them little.
//!
//! The last row is a pg_dump pair (`pg_dump -s` text of about 150 tables, 600 indexes, 40
//! enums and 30 views; every tenth table changed: see benches/support/dump_gen.rs), and the
//! table is followed by `gen diff`'s CPU time on it next to sqlparser's alone.
//!
//! Run: `cargo bench --bench scale` (or `-- 100 1000` for other sizes, `-- dump` for the dump
//! pair alone). Prints a Markdown table.
//! `cargo bench --bench scale -- --write DIR 10000` only writes the pair (old.sql, new.sql) into
//! DIR, to profile `gen diff` on it (`perf record -g target/release/gen diff ...`); `--write DIR
//! dump` writes the dump pair.

#[path = "support/dump_gen.rs"]
mod dump_gen;
#[path = "support/schema_gen.rs"]
mod schema_gen;

use gen_schema::Input;
use gen_schema::plan::PlanOptions;
use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::parser::Parser;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

/// The binary's allocator, so that the stages cost here what they cost in `gen`.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// CPU time (user + system) of this thread so far, from /proc/thread-self/stat (clock ticks,
/// 100 per second): unlike wall time it does not grow while other processes hold the core.
fn thread_cpu() -> Duration {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").unwrap_or_default();
    let fields: Vec<&str> = stat
        .rsplit_once(')')
        .map_or(vec![], |(_, rest)| rest.split_whitespace().collect());
    // After the command name: state is field 3, utime 14 and stime 15 (1-based, of the line).
    let tick = |i: usize| {
        fields
            .get(i)
            .and_then(|f| f.parse::<u64>().ok())
            .unwrap_or(0)
    };
    Duration::from_millis((tick(11) + tick(12)) * 10)
}

/// Average CPU time of `f`, run until at least 0.5 s of CPU time has accumulated (so the 10 ms
/// clock tick does not matter), and the result of its last run.
fn cpu_of<T>(mut f: impl FnMut() -> T) -> (Duration, T) {
    let start = thread_cpu();
    let mut runs = 0u32;
    loop {
        let r = f();
        runs += 1;
        let spent = thread_cpu() - start;
        if spent >= Duration::from_millis(500) {
            return (spent / runs, r);
        }
    }
}

/// sqlparser alone: every statement of `text`, split by the project's splitter, parsed alone.
fn parse_floor(input: &Input) -> usize {
    let text = gen_schema::parse::blank_meta_commands(&input.text);
    let statements = gen_schema::parse::statements(&input.path, &text).unwrap();
    let dialect = PostgreSqlDialect {};
    let mut parsed = 0;
    for st in &statements {
        if Parser::new(&dialect)
            .with_tokens_with_locations(st.tokens.clone())
            .parse_statement()
            .is_ok()
        {
            parsed += 1;
        }
    }
    parsed
}

/// Wall time, CPU time (user + system, from /usr/bin/time: what the run costs even on a loaded
/// machine) and peak RSS (KiB) of the real binary on one core; the best of three runs.
fn run_binary(dir: &Path) -> (Duration, Option<Duration>, Option<u64>) {
    let gen_bin = env!("CARGO_BIN_EXE_gen");
    let taskset = Path::new("/usr/bin/taskset").is_file();
    let time = Path::new("/usr/bin/time").is_file();
    let mut best = (Duration::MAX, None, None);
    for _ in 0..3 {
        let out_dir = dir.join("out");
        let _ = std::fs::remove_dir_all(&out_dir);
        let mut cmd = if taskset {
            let mut c = Command::new("/usr/bin/taskset");
            c.args(["-c", "0"]);
            c
        } else {
            Command::new("env")
        };
        if time {
            cmd.args(["/usr/bin/time", "-f", "maxrss=%M cpu=%U %S"]);
        }
        cmd.arg(gen_bin)
            .args([
                "-q",
                "diff",
                "old.sql",
                "new.sql",
                "--out",
                "out",
                "--allow-data-loss",
            ])
            .current_dir(dir);
        let start = Instant::now();
        let out = cmd.output().expect("running gen");
        let took = start.elapsed();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "gen diff failed: {stderr}");
        let line = stderr.lines().rev().find(|l| l.starts_with("maxrss="));
        let rss = line.and_then(|l| l["maxrss=".len()..].split_whitespace().next()?.parse().ok());
        let cpu = line.and_then(|l| {
            let (user, sys) = l.split_once("cpu=")?.1.split_once(' ')?;
            let secs = user.trim().parse::<f64>().ok()? + sys.trim().parse::<f64>().ok()?;
            Some(Duration::from_secs_f64(secs))
        });
        if took < best.0 {
            best = (took, cpu, rss);
        }
    }
    best
}

fn ms(d: Duration) -> String {
    format!("{:.0} ms", d.as_secs_f64() * 1000.0)
}

fn main() {
    // `-- --write DIR N`: only write the pair of N tables into DIR (to profile `gen diff` on it).
    let args: Vec<String> = std::env::args().collect();
    if let Some(i) = args.iter().position(|a| a == "--write") {
        let dir = Path::new(&args[i + 1]);
        std::fs::create_dir_all(dir).unwrap();
        let (old, new) = pair(&args[i + 2]);
        std::fs::write(dir.join("old.sql"), old).unwrap();
        std::fs::write(dir.join("new.sql"), new).unwrap();
        return;
    }
    // `-- --peak tokens|parse FILE`: this process's peak RSS after tokenizing or parsing FILE
    // alone (where the memory of `gen diff` goes).
    if let Some(i) = args.iter().position(|a| a == "--peak") {
        let text = std::fs::read_to_string(&args[i + 2]).unwrap();
        let kept = match args[i + 1].as_str() {
            "tokens" => sqlparser::tokenizer::Tokenizer::new(&PostgreSqlDialect {}, &text)
                .tokenize_with_location()
                .unwrap()
                .len(),
            _ => gen_schema::parse::parse_schema("f.sql", &text)
                .unwrap()
                .schema
                .tables
                .len(),
        };
        let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
        let hwm = status
            .lines()
            .find(|l| l.starts_with("VmHWM"))
            .unwrap_or("VmHWM: ?");
        println!("{} bytes, {kept} items, {hwm}", text.len());
        return;
    }
    let mut sizes: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a == "dump" || a.parse::<usize>().is_ok())
        .collect();
    if sizes.is_empty() {
        sizes = ["100", "1000", "10000", "dump"].map(String::from).to_vec();
    }
    println!(
        "| tables | input (old + new) | gen diff, 1 core: wall | CPU | peak RSS | RSS / input | sqlparser floor (CPU) | parse (CPU) | diff (CPU) | plan (CPU) | render (CPU) |"
    );
    println!("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    let mut dump_line = None;
    for size in sizes {
        let tmp = tempfile::tempdir().unwrap();
        let (old, new) = pair(&size);
        let old = Input {
            path: "old.sql".into(),
            text: old,
        };
        let new = Input {
            path: "new.sql".into(),
            text: new,
        };
        std::fs::write(tmp.path().join("old.sql"), &old.text).unwrap();
        std::fs::write(tmp.path().join("new.sql"), &new.text).unwrap();
        let bytes = old.text.len() + new.text.len();

        let (total, cpu, rss) = run_binary(tmp.path());
        let (floor, _) = cpu_of(|| parse_floor(&old) + parse_floor(&new));
        // The stages, in this process (both files parsed on this thread, one after the other).
        let (parse, (o, n)) = cpu_of(|| {
            (
                gen_schema::parse::parse_schema(&old.path, &old.text).unwrap(),
                gen_schema::parse::parse_schema(&new.path, &new.text).unwrap(),
            )
        });
        let (diff, changes) = cpu_of(|| gen_schema::diff::diff(&o.schema, &n.schema).unwrap());
        let opts = PlanOptions {
            allow_data_loss: true,
            ..PlanOptions::default()
        };
        let (plan_t, plan) = cpu_of(|| {
            gen_schema::plan::plan(&o.schema, &n.schema, changes.clone(), &opts).unwrap()
        });
        let render_opts = gen_schema::render::RenderOptions::new("schema_change", 1);
        let (render_t, files) = cpu_of(|| gen_schema::render::render(&plan, &render_opts));
        assert!(!files.is_empty());
        let rss_text = rss.map_or("n/a".into(), |kb| format!("{:.1} MB", kb as f64 / 1024.0));
        let ratio = rss.map_or("n/a".into(), |kb| {
            format!("{:.1}x", kb as f64 * 1024.0 / bytes as f64)
        });
        let label = if size == "dump" {
            dump_line = cpu.map(|cpu| {
                format!(
                    "pg_dump pair ({:.2} MB): `gen diff` {} of CPU on one core, sqlparser alone {}: {:.2}x",
                    bytes as f64 / 1e6,
                    ms(cpu),
                    ms(floor),
                    cpu.as_secs_f64() / floor.as_secs_f64()
                )
            });
            format!("pg_dump, {}", dump_gen::TABLES)
        } else {
            size.clone()
        };
        println!(
            "| {label} | {:.2} MB | {} | {} | {rss_text} | {ratio} | {} ({:.0}%) | {} | {} | {} | {} |",
            bytes as f64 / 1e6,
            ms(total),
            cpu.map_or("n/a".into(), ms),
            ms(floor),
            100.0 * floor.as_secs_f64() / cpu.unwrap_or(total).as_secs_f64(),
            ms(parse),
            ms(diff),
            ms(plan_t),
            ms(render_t),
        );
    }
    if let Some(line) = dump_line {
        println!("\n{line}");
    }
}

/// The old and new text of a pair: `dump`, or a table count.
fn pair(size: &str) -> (String, String) {
    if size == "dump" {
        return (dump_gen::dump(false), dump_gen::dump(true));
    }
    let tables: usize = size.parse().expect("a table count or `dump`");
    (
        schema_gen::schema(tables, false),
        schema_gen::schema(tables, true),
    )
}
