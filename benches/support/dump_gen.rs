//! A generated `pg_dump -s` pair for the benchmarks: about 150 tables (ten columns, a
//! serial or identity key, a UNIQUE and a CHECK constraint, a foreign key to the previous table,
//! four indexes and comments each), 40 enums and 30 views, written the way pg_dump 15 writes
//! them: the header's SET lines, types, then tables, views and sequences sorted by name (CREATE
//! TABLE without its keys, `CREATE SEQUENCE` with `OWNED BY`, identities as `ALTER TABLE ... ADD
//! GENERATED`), comments after their table, `ALTER TABLE ONLY ... SET DEFAULT nextval(...)`,
//! `ALTER TABLE ONLY ... ADD CONSTRAINT` for primary and unique keys, `CREATE INDEX ... USING
//! btree`, and the foreign keys last; every object with its `-- Name: ...` block and its owner.
//! `tests/bench_dump.rs` loads both files into PostgreSQL and checks that `gen diff` finds each
//! equal to itself and to pg_dump's own dump of the loaded database.
//!
//! The new version changes every tenth table, each in one of ten ways, rotating: 0 a column
//! added, 1 a varchar widened, 2 a default changed, 3 an index added, 4 an index dropped, 5 a
//! CHECK added, 6 a foreign key changed (ON DELETE CASCADE), 7 a comment changed, 8 a column
//! made NOT NULL, 9 `integer` -> `bigint`; one enum gains a label and one view a column.

use std::fmt::Write;

/// Tables, enums and views of the pair.
pub const TABLES: usize = 150;
pub const ENUMS: usize = 40;
pub const VIEWS: usize = 30;

const NOUNS: [&str; 10] = [
    "account", "address", "invoice", "item", "order", "payment", "product", "shipment", "ticket",
    "user",
];

const HEADER: &str = "--
-- PostgreSQL database dump
--

\\restrict Gb5vQ1xYyR0m9KQeN3cTnB7ZsW4aLpU2dHfJ8oE6iVtXkMwCgD1rSqAy0lPzFuIh

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

";

const FOOTER: &str = "--
-- PostgreSQL database dump complete
--

\\unrestrict Gb5vQ1xYyR0m9KQeN3cTnB7ZsW4aLpU2dHfJ8oE6iVtXkMwCgD1rSqAy0lPzFuIh

";

/// The name of table `i`.
pub fn table(i: usize) -> String {
    format!("{}_{:03}", NOUNS[(i + i / 10) % NOUNS.len()], i)
}

fn status(e: usize) -> String {
    format!("status_{e:02}")
}

/// One dump entry: its `-- Name:` block, its statement and, for owned objects, the owner.
fn entry(out: &mut String, name: &str, kind: &str, sql: &str, owner: Option<&str>) {
    write!(
        out,
        "--\n-- Name: {name}; Type: {kind}; Schema: public; Owner: postgres\n--\n\n{sql}\n\n\n"
    )
    .unwrap();
    if let Some(o) = owner {
        writeln!(out, "{o} OWNER TO postgres;\n").unwrap();
    }
}

/// The dump text: the old version, or the new one (`changed`).
pub fn dump(changed: bool) -> String {
    // Which change table `i` gets in the new version, if any.
    let kind = |i: usize| (changed && i % 10 == 5).then_some((i / 10) % 10);
    let k = |i: usize, n: usize| kind(i) == Some(n);
    let mut out = String::with_capacity(360_000);
    out.push_str(HEADER);

    // Types.
    for e in 0..ENUMS {
        let mut labels = vec!["new", "active", "suspended", "closed"];
        labels.truncate(2 + e % 3);
        if changed && e == 3 {
            labels.push("archived");
        }
        let list: Vec<String> = labels.iter().map(|l| format!("    '{l}'")).collect();
        let name = status(e);
        entry(
            &mut out,
            &name,
            "TYPE",
            &format!(
                "CREATE TYPE public.{name} AS ENUM (\n{}\n);",
                list.join(",\n")
            ),
            Some(&format!("ALTER TYPE public.{name}")),
        );
    }
    out.push_str("SET default_tablespace = '';\n\nSET default_table_access_method = heap;\n\n");

    // Tables, views and sequences, by name; defaults, keys, indexes and foreign keys after.
    let mut relations: Vec<(String, String)> = Vec::new();
    let mut defaults: Vec<(String, String)> = Vec::new();
    let mut keys: Vec<(String, String)> = Vec::new();
    let mut indexes: Vec<(String, String)> = Vec::new();
    let mut fkeys: Vec<(String, String)> = Vec::new();
    for i in 0..TABLES {
        let t = table(i);
        let e = status(i % ENUMS);
        let identity = i % 3 == 2;
        let mut text = String::new();
        let mut cols = vec![format!(
            "    id {} NOT NULL",
            if i % 3 == 1 { "integer" } else { "bigint" }
        )];
        if i > 0 {
            cols.push("    parent_id bigint".into());
        }
        cols.push(format!(
            "    code character varying({}) NOT NULL",
            if k(i, 1) { 80 } else { 40 }
        ));
        cols.push(format!(
            "    name text{}",
            if k(i, 8) { " NOT NULL" } else { "" }
        ));
        cols.push(format!(
            "    qty {} DEFAULT {} NOT NULL",
            if k(i, 9) { "bigint" } else { "integer" },
            if k(i, 2) { 1 } else { 0 }
        ));
        cols.push("    price numeric(12,2)".into());
        cols.push(format!(
            "    status public.{e} DEFAULT 'new'::public.{e} NOT NULL"
        ));
        cols.push("    flags jsonb DEFAULT '{}'::jsonb".into());
        cols.push("    is_active boolean DEFAULT true NOT NULL".into());
        cols.push("    created_at timestamp with time zone DEFAULT now() NOT NULL".into());
        if k(i, 0) {
            cols.push("    extra text".into());
        }
        cols.push(format!(
            "    CONSTRAINT {t}_price_check CHECK ((price >= (0)::numeric))"
        ));
        if k(i, 5) {
            cols.push(format!("    CONSTRAINT {t}_qty_check CHECK ((qty >= 0))"));
        }
        entry(
            &mut text,
            &t,
            "TABLE",
            &format!("CREATE TABLE public.{t} (\n{}\n);", cols.join(",\n")),
            Some(&format!("ALTER TABLE public.{t}")),
        );
        let comment = if k(i, 7) {
            format!("table {i}, changed")
        } else {
            format!("table {i}")
        };
        entry(
            &mut text,
            &format!("TABLE {t}"),
            "COMMENT",
            &format!("COMMENT ON TABLE public.{t} IS '{comment}';"),
            None,
        );
        if i % 4 == 0 {
            entry(
                &mut text,
                &format!("COLUMN {t}.code"),
                "COMMENT",
                &format!(
                    "COMMENT ON COLUMN public.{t}.code IS 'the code of a {}';",
                    NOUNS[i % 10]
                ),
                None,
            );
        }
        relations.push((t.clone(), text));
        let seq = format!("{t}_id_seq");
        let mut text = String::new();
        if identity {
            entry(
                &mut text,
                &seq,
                "SEQUENCE",
                &format!(
                    "ALTER TABLE public.{t} ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (\n    SEQUENCE NAME public.{seq}\n    START WITH 1\n    INCREMENT BY 1\n    NO MINVALUE\n    NO MAXVALUE\n    CACHE 1\n);"
                ),
                None,
            );
        } else {
            entry(
                &mut text,
                &seq,
                "SEQUENCE",
                &format!(
                    "CREATE SEQUENCE public.{seq}\n{}    START WITH 1\n    INCREMENT BY 1\n    NO MINVALUE\n    NO MAXVALUE\n    CACHE 1;",
                    if i % 3 == 1 { "    AS integer\n" } else { "" }
                ),
                Some(&format!("ALTER TABLE public.{seq}")),
            );
            entry(
                &mut text,
                &seq,
                "SEQUENCE OWNED BY",
                &format!("ALTER SEQUENCE public.{seq} OWNED BY public.{t}.id;"),
                None,
            );
            let mut d = String::new();
            entry(
                &mut d,
                &format!("{t} id"),
                "DEFAULT",
                &format!(
                    "ALTER TABLE ONLY public.{t} ALTER COLUMN id SET DEFAULT nextval('public.{seq}'::regclass);"
                ),
                None,
            );
            defaults.push((t.clone(), d));
        }
        relations.push((seq, text));

        // Keys.
        for (name, def) in [
            (format!("{t}_pkey"), "PRIMARY KEY (id)".to_string()),
            (format!("{t}_code_key"), "UNIQUE (code)".to_string()),
        ] {
            let mut text = String::new();
            entry(
                &mut text,
                &format!("{t} {name}"),
                "CONSTRAINT",
                &format!("ALTER TABLE ONLY public.{t}\n    ADD CONSTRAINT {name} {def};"),
                None,
            );
            keys.push((name, text));
        }
        if i > 0 {
            let name = format!("{t}_parent_id_fkey");
            let mut text = String::new();
            entry(
                &mut text,
                &format!("{t} {name}"),
                "FK CONSTRAINT",
                &format!(
                    "ALTER TABLE ONLY public.{t}\n    ADD CONSTRAINT {name} FOREIGN KEY (parent_id) REFERENCES public.{}(id){};",
                    table(i - 1),
                    if k(i, 6) { " ON DELETE CASCADE" } else { "" }
                ),
                None,
            );
            fkeys.push((name, text));
        }

        // Four indexes (one dropped, one added by the change).
        let mut idx = vec![
            (
                format!("{t}_created_at_idx"),
                "btree (created_at DESC, code)".to_string(),
            ),
            (
                format!("{t}_active_idx"),
                "btree (code) WHERE is_active".to_string(),
            ),
        ];
        if i > 0 {
            idx.push((format!("{t}_parent_id_idx"), "btree (parent_id)".into()));
        } else {
            idx.push((format!("{t}_status_idx"), "btree (status)".into()));
        }
        idx.push(if i % 2 == 0 {
            (format!("{t}_lower_name_idx"), "btree (lower(name))".into())
        } else {
            (format!("{t}_flags_idx"), "gin (flags)".into())
        });
        if k(i, 3) {
            idx.push((
                format!("{t}_price_idx"),
                "btree (price) WHERE (price > (0)::numeric)".into(),
            ));
        }
        if k(i, 4) {
            idx.remove(0);
        }
        for (name, def) in idx {
            let mut text = String::new();
            entry(
                &mut text,
                &name,
                "INDEX",
                &format!("CREATE INDEX {name} ON public.{t} USING {def};"),
                None,
            );
            indexes.push((name, text));
        }
    }

    // Views over two neighbouring tables.
    for v in 0..VIEWS {
        let (a, b) = (table(v * 5 + 1), table(v * 5));
        let name = format!("vw_report_{v:02}");
        let extra = if changed && v == 4 {
            ",\n    a.price"
        } else {
            ""
        };
        let sql = if v % 2 == 0 {
            format!(
                "CREATE VIEW public.{name} AS\n SELECT a.id,\n    a.code,\n    b.name AS parent_name,\n    (a.qty * 2) AS double_qty{extra}\n   FROM (public.{a} a\n     JOIN public.{b} b ON ((b.id = a.parent_id)))\n  WHERE (a.qty > 0);"
            )
        } else {
            format!(
                "CREATE VIEW public.{name} AS\n SELECT a.status,\n    count(*) AS n,\n    sum(a.qty) AS total{}\n   FROM public.{a} a\n  WHERE a.is_active\n  GROUP BY a.status;",
                if extra.is_empty() {
                    ""
                } else {
                    ",\n    max(a.price) AS top_price"
                }
            )
        };
        let mut text = String::new();
        entry(
            &mut text,
            &name,
            "VIEW",
            &sql,
            Some(&format!("ALTER TABLE public.{name}")),
        );
        relations.push((name, text));
    }

    for mut part in [relations, defaults, keys, indexes, fkeys] {
        part.sort_by(|a, b| a.0.cmp(&b.0));
        for (_, text) in part {
            out.push_str(&text);
        }
    }
    out.push_str(FOOTER);
    out
}
