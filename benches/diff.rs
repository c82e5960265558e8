//! How long `gen` takes on big schemas, with criterion's statistics: parse + diff + plan
//! (`plan_change`) and rendering, on the generated schema pairs of benches/support/schema_gen.rs
//! (every tenth table changed). `cargo bench --bench scale` gives the end-to-end table with peak
//! memory and the parse floor.
//!
//! Run: `cargo bench --bench diff`.

#[path = "support/schema_gen.rs"]
mod schema_gen;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use gen_schema::plan::PlanOptions;
use gen_schema::render::{RenderOptions, render};
use gen_schema::{Input, plan_change};
use std::hint::black_box;

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("plan_change");
    group.sample_size(10);
    for tables in [100, 1000] {
        let old = Input {
            path: "old.sql".into(),
            text: schema_gen::schema(tables, false),
        };
        let new = Input {
            path: "new.sql".into(),
            text: schema_gen::schema(tables, true),
        };
        group.throughput(Throughput::Bytes((old.text.len() + new.text.len()) as u64));
        let opts = PlanOptions {
            allow_data_loss: true,
            ..PlanOptions::default()
        };
        group.bench_with_input(BenchmarkId::new("tables", tables), &tables, |b, _| {
            b.iter(|| plan_change(black_box(&old), black_box(&new), &opts).unwrap())
        });
        let plan = plan_change(&old, &new, &opts).unwrap();
        let render_opts = RenderOptions::new("schema_change", 1);
        group.bench_with_input(BenchmarkId::new("render", tables), &tables, |b, _| {
            b.iter(|| render(black_box(&plan), &render_opts))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
