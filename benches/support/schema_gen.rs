//! Generated schema pairs for the benchmarks: `tables` tables of about ten columns each, a
//! primary key, two indexes and a foreign key to the previous table; the new version changes
//! every tenth table, each in one of ten ways the planner handles, rotating: 0 added and dropped
//! columns, 1 retyped columns (varchar widened, integer -> bigint), 2 defaults, 3 NOT NULL with a
//! backfill, 4 indexes (one dropped, one added, one changed), 5 checks, 6 foreign keys (one
//! changed, one added), 7 enums (a label added; the shared enum gains one too), 8 comments,
//! 9 renames.

use std::fmt::Write;

/// The schema text: the old version, or the new one (`changed`).
pub fn schema(tables: usize, changed: bool) -> String {
    let mut s = String::with_capacity(tables * 700);
    s.push_str(if changed {
        "CREATE TYPE status AS ENUM ('active', 'inactive', 'archived');\n"
    } else {
        "CREATE TYPE status AS ENUM ('active', 'inactive');\n"
    });
    for i in 0..tables {
        // Which change this table gets in the new version, if any.
        let kind = (changed && i % 10 == 0).then_some((i / 10) % 10);
        let k = |n: usize| kind == Some(n);
        if k(7) {
            writeln!(s, "CREATE TYPE kind_{i} AS ENUM ('a', 'b', 'c');").unwrap();
        } else if i % 10 == 0 && (i / 10) % 10 == 7 {
            writeln!(s, "CREATE TYPE kind_{i} AS ENUM ('a', 'b');").unwrap();
        }
        writeln!(s, "CREATE TABLE t{i} (").unwrap();
        writeln!(s, "    id bigint PRIMARY KEY,").unwrap();
        if i > 0 {
            if k(6) {
                writeln!(
                    s,
                    "    parent_id bigint REFERENCES t{} (id) ON DELETE CASCADE,",
                    i - 1
                )
                .unwrap();
            } else {
                writeln!(s, "    parent_id bigint REFERENCES t{} (id),", i - 1).unwrap();
            }
        }
        if k(6) {
            writeln!(s, "    root_id bigint REFERENCES t0 (id),").unwrap();
        }
        writeln!(
            s,
            "    code varchar({}) NOT NULL,",
            if k(1) { 80 } else { 40 }
        )
        .unwrap();
        if k(3) {
            writeln!(s, "    -- @backfill 'unnamed'").unwrap();
            writeln!(s, "    name text NOT NULL,").unwrap();
        } else if k(2) {
            writeln!(s, "    name text DEFAULT 'x',").unwrap();
        } else {
            writeln!(s, "    name text,").unwrap();
        }
        writeln!(
            s,
            "    qty {} NOT NULL DEFAULT {},",
            if k(1) { "bigint" } else { "integer" },
            if k(2) { 1 } else { 0 }
        )
        .unwrap();
        writeln!(s, "    price numeric(12, 2),").unwrap();
        writeln!(s, "    status status NOT NULL DEFAULT 'active',").unwrap();
        if i % 10 == 0 && (i / 10) % 10 == 7 {
            writeln!(s, "    kind kind_{i},").unwrap();
        }
        writeln!(s, "    flags jsonb,").unwrap();
        if k(9) {
            writeln!(s, "    -- @renamed from=note").unwrap();
            writeln!(s, "    remark text,").unwrap();
        } else if !k(0) {
            writeln!(s, "    note text,").unwrap();
        }
        if k(0) {
            writeln!(s, "    extra text,").unwrap();
        }
        if k(5) {
            writeln!(s, "    CONSTRAINT t{i}_qty_check CHECK (qty >= 0),").unwrap();
        }
        writeln!(s, "    created_at timestamptz NOT NULL DEFAULT now()").unwrap();
        writeln!(s, ");").unwrap();
        if !k(4) {
            writeln!(s, "CREATE INDEX t{i}_code_idx ON t{i} (code);").unwrap();
            writeln!(s, "CREATE INDEX t{i}_created_idx ON t{i} (created_at);").unwrap();
        } else {
            writeln!(s, "CREATE INDEX t{i}_name_idx ON t{i} (name);").unwrap();
            writeln!(
                s,
                "CREATE INDEX t{i}_created_idx ON t{i} (created_at DESC);"
            )
            .unwrap();
        }
        if k(8) {
            writeln!(s, "COMMENT ON TABLE t{i} IS 'table {i}, changed';").unwrap();
            writeln!(s, "COMMENT ON COLUMN t{i}.code IS 'the code';").unwrap();
        } else {
            writeln!(s, "COMMENT ON TABLE t{i} IS 'table {i}';").unwrap();
        }
    }
    s
}
