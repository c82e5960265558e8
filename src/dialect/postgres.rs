//! PostgreSQL's rules in one place: identifier quoting, literal quoting, type spelling.

use crate::model::{QualName, TypeRef};

mod partition;
pub use partition::{
    attach_partition_lock, batched_update_partitions, drop_check_constraints_except,
    has_detach_concurrently, partition_bound_sql, partition_constraint, partition_key_sql,
};

/// NAMEDATALEN - 1: the longest identifier PostgreSQL keeps, in bytes.
pub const MAX_IDENT: usize = 63;

/// Clips `s` to at most `n` bytes on a character boundary (pg_mbcliplen).
pub fn clip(s: &str, n: usize) -> &str {
    if s.len() <= n {
        return s;
    }
    let mut end = n;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// Keywords that `quote_ident` quotes: every PostgreSQL keyword that is not UNRESERVED
/// (reserved, type/function-name and column-name keywords of PostgreSQL 15's kwlist.h).
const QUOTED_KEYWORDS: &[&str] = &[
    "all",
    "analyse",
    "analyze",
    "and",
    "any",
    "array",
    "as",
    "asc",
    "asymmetric",
    "authorization",
    "between",
    "bigint",
    "binary",
    "bit",
    "boolean",
    "both",
    "case",
    "cast",
    "char",
    "character",
    "check",
    "coalesce",
    "collate",
    "collation",
    "column",
    "concurrently",
    "constraint",
    "create",
    "cross",
    "current_catalog",
    "current_date",
    "current_role",
    "current_schema",
    "current_time",
    "current_timestamp",
    "current_user",
    "dec",
    "decimal",
    "default",
    "deferrable",
    "desc",
    "distinct",
    "do",
    "else",
    "end",
    "except",
    "exists",
    "extract",
    "false",
    "fetch",
    "float",
    "for",
    "foreign",
    "freeze",
    "from",
    "full",
    "grant",
    "greatest",
    "group",
    "grouping",
    "having",
    "ilike",
    "in",
    "initially",
    "inner",
    "inout",
    "int",
    "integer",
    "intersect",
    "interval",
    "into",
    "is",
    "isnull",
    "join",
    "json",
    "json_array",
    "json_arrayagg",
    "json_exists",
    "json_object",
    "json_objectagg",
    "json_query",
    "json_scalar",
    "json_serialize",
    "json_table",
    "json_value",
    "lateral",
    "leading",
    "least",
    "left",
    "like",
    "limit",
    "localtime",
    "localtimestamp",
    "merge_action",
    "national",
    "natural",
    "nchar",
    "none",
    "normalize",
    "not",
    "notnull",
    "null",
    "nullif",
    "numeric",
    "offset",
    "on",
    "only",
    "or",
    "order",
    "out",
    "outer",
    "overlaps",
    "overlay",
    "placing",
    "position",
    "precision",
    "primary",
    "real",
    "references",
    "returning",
    "right",
    "row",
    "select",
    "session_user",
    "setof",
    "similar",
    "smallint",
    "some",
    "substring",
    "symmetric",
    "system_user",
    "table",
    "tablesample",
    "then",
    "time",
    "timestamp",
    "to",
    "trailing",
    "treat",
    "trim",
    "true",
    "union",
    "unique",
    "user",
    "using",
    "values",
    "varchar",
    "variadic",
    "verbose",
    "when",
    "where",
    "window",
    "with",
    "xmlattributes",
    "xmlconcat",
    "xmlelement",
    "xmlexists",
    "xmlforest",
    "xmlnamespaces",
    "xmlparse",
    "xmlpi",
    "xmlroot",
    "xmlserialize",
    "xmltable",
];

/// Quotes an identifier only where PostgreSQL needs it (as `quote_ident` does): anything but
/// lower-case letters, digits, `_` and `$` (not first), or a keyword that is not unreserved.
pub fn quote_ident(ident: &str) -> String {
    let plain = !ident.is_empty()
        && ident.chars().enumerate().all(|(i, c)| {
            c.is_ascii_lowercase() || c == '_' || (i > 0 && (c.is_ascii_digit() || c == '$'))
        })
        && QUOTED_KEYWORDS.binary_search(&ident).is_err();
    if plain {
        ident.to_string()
    } else {
        format!("\"{}\"", ident.replace('"', "\"\""))
    }
}

/// `schema.name`, each part quoted where needed.
pub fn qualified(name: &QualName) -> String {
    format!("{}.{}", quote_ident(&name.schema), quote_ident(&name.name))
}

/// A string literal: `'it''s'`, or `E'...'` when it holds a backslash.
pub fn quote_literal(s: &str) -> String {
    let body = s.replace('\'', "''");
    if s.contains('\\') {
        format!("E'{}'", body.replace('\\', "\\\\"))
    } else {
        format!("'{body}'")
    }
}

/// A list of identifiers, each quoted where needed, joined with `, `.
pub fn ident_list(idents: &[String]) -> String {
    idents
        .iter()
        .map(|i| quote_ident(i))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The storage a column of a built-in type has by default (`pg_type.typstorage`): `plain`,
/// `main` or `extended`; an enum's is `plain`. None for a type this table does not know.
pub fn default_storage(ty: &TypeRef) -> Option<&'static str> {
    if ty.array_dims > 0 {
        return Some("extended");
    }
    if ty.schema.is_some() {
        return None;
    }
    Some(match ty.name.as_str() {
        "numeric" | "inet" | "cidr" => "main",
        "text" | "character varying" | "character" | "bytea" | "json" | "jsonb" | "jsonpath"
        | "xml" | "tsvector" | "bit" | "bit varying" | "path" | "polygon" | "int4range"
        | "int8range" | "numrange" | "tsrange" | "tstzrange" | "daterange" | "txid_snapshot" => {
            "extended"
        }
        "integer"
        | "bigint"
        | "smallint"
        | "boolean"
        | "real"
        | "double precision"
        | "date"
        | "time without time zone"
        | "time with time zone"
        | "timestamp without time zone"
        | "timestamp with time zone"
        | "uuid"
        | "money"
        | "oid"
        | "point"
        | "line"
        | "lseg"
        | "box"
        | "circle"
        | "macaddr"
        | "macaddr8"
        | "name"
        | "regclass"
        | "pg_lsn"
        | "tsquery" => "plain",
        n if n.starts_with("interval") => "plain",
        _ => return None,
    })
}

/// The SQL spelling of a canonical type: `character varying(20)`, `timestamp(3) with time zone`,
/// `public.mood[]`, `numeric(10,2)`.
pub fn type_sql(ty: &TypeRef) -> String {
    let mods = if ty.modifiers.is_empty() {
        String::new()
    } else {
        format!("({})", ty.modifiers.join(","))
    };
    let mut s = match &ty.schema {
        Some(schema) => format!("{}.{}{}", quote_ident(schema), quote_ident(&ty.name), mods),
        None => {
            // Modifiers of time types go between the base word and the zone clause.
            let zone = [" with time zone", " without time zone"]
                .into_iter()
                .find(|z| {
                    ty.name.ends_with(z)
                        && (ty.name.starts_with("timestamp") || ty.name.starts_with("time"))
                });
            match zone {
                Some(z) => format!("{}{}{}", &ty.name[..ty.name.len() - z.len()], mods, z),
                None if ty.name.starts_with("interval ") && !mods.is_empty() => {
                    format!("{}{}", ty.name, mods)
                }
                None if is_builtin_multiword(&ty.name) || is_plain_word(&ty.name) => {
                    format!("{}{}", ty.name, mods)
                }
                None => format!("{}{}", quote_ident(&ty.name), mods),
            }
        }
    };
    for _ in 0..ty.array_dims {
        s.push_str("[]");
    }
    s
}

fn is_plain_word(name: &str) -> bool {
    name.chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

fn is_builtin_multiword(name: &str) -> bool {
    matches!(
        name,
        "character varying"
            | "double precision"
            | "bit varying"
            | "timestamp with time zone"
            | "timestamp without time zone"
            | "time with time zone"
            | "time without time zone"
    ) || name.starts_with("interval ")
}

// ----------------------------------------------------------------------------- statement text

use crate::model::{
    Column, Constraint, ConstraintKind, FkAction, FkMatch, Identity, Index, IndexKeyExpr, Sequence,
    SequenceOptions, Table,
};

/// The options of a sequence or identity column that differ from PostgreSQL's defaults for its type,
/// e.g. `START WITH 100 INCREMENT BY 10`. `with_type` adds `AS type` when it is not `bigint`.
pub fn sequence_options_sql(o: &SequenceOptions, with_type: bool) -> String {
    let d = SequenceOptions::defaults(&o.data_type, o.increment);
    let mut parts = Vec::new();
    if with_type && o.data_type != "bigint" {
        parts.push(format!("AS {}", o.data_type));
    }
    if o.increment != 1 {
        parts.push(format!("INCREMENT BY {}", o.increment));
    }
    if o.min != d.min {
        parts.push(format!("MINVALUE {}", o.min));
    }
    if o.max != d.max {
        parts.push(format!("MAXVALUE {}", o.max));
    }
    let default_start = if o.increment > 0 { o.min } else { o.max };
    if o.start != default_start {
        parts.push(format!("START WITH {}", o.start));
    }
    if o.cache != 1 {
        parts.push(format!("CACHE {}", o.cache));
    }
    if o.cycle {
        parts.push("CYCLE".to_string());
    }
    parts.join(" ")
}

/// `CREATE SEQUENCE` without ownership.
pub fn create_sequence(s: &Sequence) -> String {
    let opts = sequence_options_sql(&s.options, true);
    let unlogged = if s.unlogged { "UNLOGGED " } else { "" };
    if opts.is_empty() {
        format!("CREATE {unlogged}SEQUENCE {}", qualified(&s.name))
    } else {
        format!("CREATE {unlogged}SEQUENCE {} {opts}", qualified(&s.name))
    }
}

/// `ALTER SEQUENCE ... ` setting every option to `new`'s values.
pub fn alter_sequence(name: &crate::model::QualName, o: &SequenceOptions) -> String {
    format!(
        "ALTER SEQUENCE {} AS {} INCREMENT BY {} MINVALUE {} MAXVALUE {} START WITH {} CACHE {} {}",
        qualified(name),
        o.data_type,
        o.increment,
        o.min,
        o.max,
        o.start,
        o.cache,
        if o.cycle { "CYCLE" } else { "NO CYCLE" }
    )
}

/// `ALTER TYPE ty RENAME VALUE 'old' TO 'new'`.
pub fn rename_enum_value(ty: &crate::model::QualName, old: &str, new: &str) -> String {
    format!(
        "ALTER TYPE {} RENAME VALUE {} TO {}",
        qualified(ty),
        quote_literal(old),
        quote_literal(new)
    )
}

pub fn identity_sql(id: &Identity) -> String {
    let kind = if id.always { "ALWAYS" } else { "BY DEFAULT" };
    // The identity sequence takes the column's type; the options are relative to it.
    let opts = sequence_options_sql(&id.options, false);
    if opts.is_empty() {
        format!("GENERATED {kind} AS IDENTITY")
    } else {
        format!("GENERATED {kind} AS IDENTITY ({opts})")
    }
}

/// Operators a column's `DEFAULT` (a `b_expr` in PostgreSQL's grammar) cannot hold unparenthesised.
const NOT_IN_B_EXPR: &[&str] = &[
    "and", "at", "between", "collate", "ilike", "in", "is", "isnull", "like", "not", "notnull",
    "or", "overlaps", "similar",
];

/// `expr` as written after `DEFAULT` in a column definition: in parentheses when it uses an
/// operator the column-constraint grammar does not take bare (`now() AT TIME ZONE 'utc'`).
pub fn column_default_sql(expr: &str) -> String {
    let bare = top_level_words(expr)
        .iter()
        .all(|w| !NOT_IN_B_EXPR.contains(&w.to_lowercase().as_str()));
    if bare {
        expr.to_string()
    } else {
        format!("({expr})")
    }
}

/// The words of `sql` outside quotes, parentheses and brackets, without type names after `::`.
fn top_level_words(sql: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut depth = 0i32;
    let mut word = String::new();
    let mut after_cast = false;
    let mut chars = sql.chars().peekable();
    while let Some(ch) = chars.next() {
        if ch.is_alphanumeric() || ch == '_' || ch == '$' {
            word.push(ch);
            continue;
        }
        if !word.is_empty() {
            if depth == 0 && !after_cast {
                words.push(std::mem::take(&mut word));
            }
            word.clear();
            after_cast = false;
        }
        match ch {
            // Skip quoted text; a doubled quote ends and re-enters, which changes nothing here.
            '\'' | '"' => {
                for c in chars.by_ref() {
                    if c == ch {
                        break;
                    }
                }
            }
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            ':' if chars.peek() == Some(&':') => {
                chars.next();
                after_cast = true;
            }
            _ => {}
        }
    }
    if !word.is_empty() && depth == 0 && !after_cast {
        words.push(word);
    }
    words
}

/// A column definition as used in CREATE TABLE and ADD COLUMN. `with_not_null` controls whether
/// NOT NULL is included (the planner may add it separately).
pub fn column_def(c: &Column, with_not_null: bool) -> String {
    let mut s = format!("{} {}", quote_ident(&c.name), type_sql(&c.ty));
    if let Some(coll) = &c.collation {
        s.push_str(&format!(" COLLATE {coll}"));
    }
    if let Some(g) = &c.generated {
        s.push_str(&format!(" GENERATED ALWAYS AS ({}) STORED", g.sql));
    }
    if let Some(d) = &c.default {
        s.push_str(&format!(" DEFAULT {}", column_default_sql(&d.sql)));
    }
    if let Some(id) = &c.identity {
        s.push(' ');
        s.push_str(&identity_sql(id));
    }
    if c.not_null && with_not_null && c.identity.is_none() {
        s.push_str(" NOT NULL");
    }
    s
}

fn fk_action(a: FkAction) -> &'static str {
    match a {
        FkAction::NoAction => "NO ACTION",
        FkAction::Restrict => "RESTRICT",
        FkAction::Cascade => "CASCADE",
        FkAction::SetNull => "SET NULL",
        FkAction::SetDefault => "SET DEFAULT",
    }
}

/// The body of a constraint, after `CONSTRAINT name`: `PRIMARY KEY (id)`, `CHECK (x > 0)`, ...
pub fn constraint_body(c: &Constraint) -> String {
    let mut s = match &c.kind {
        ConstraintKind::PrimaryKey { columns, include } => {
            format!(
                "PRIMARY KEY ({}){}",
                ident_list(columns),
                include_sql(include)
            )
        }
        ConstraintKind::Unique {
            columns,
            include,
            nulls_not_distinct,
        } => format!(
            "UNIQUE{} ({}){}",
            if *nulls_not_distinct {
                " NULLS NOT DISTINCT"
            } else {
                ""
            },
            ident_list(columns),
            include_sql(include)
        ),
        ConstraintKind::Check { expr, no_inherit } => {
            format!(
                "CHECK ({}){}",
                expr.sql,
                if *no_inherit { " NO INHERIT" } else { "" }
            )
        }
        ConstraintKind::ForeignKey {
            columns,
            ref_table,
            ref_columns,
            on_delete,
            on_update,
            match_type,
        } => {
            let mut s = format!(
                "FOREIGN KEY ({}) REFERENCES {} ({})",
                ident_list(columns),
                qualified(ref_table),
                ident_list(ref_columns)
            );
            match match_type {
                FkMatch::Simple => {}
                FkMatch::Full => s.push_str(" MATCH FULL"),
                FkMatch::Partial => s.push_str(" MATCH PARTIAL"),
            }
            if *on_update != FkAction::NoAction {
                s.push_str(&format!(" ON UPDATE {}", fk_action(*on_update)));
            }
            if *on_delete != FkAction::NoAction {
                s.push_str(&format!(" ON DELETE {}", fk_action(*on_delete)));
            }
            s
        }
        ConstraintKind::Exclude { definition } => definition.sql.clone(),
    };
    if c.deferrable {
        s.push_str(" DEFERRABLE");
        if c.initially_deferred {
            s.push_str(" INITIALLY DEFERRED");
        }
    }
    s
}

fn include_sql(include: &[String]) -> String {
    if include.is_empty() {
        String::new()
    } else {
        format!(" INCLUDE ({})", ident_list(include))
    }
}

/// `CREATE TABLE` with columns and the given (non-foreign-key) constraints inline.
pub fn create_table(t: &Table) -> String {
    let mut lines: Vec<String> = t
        .columns
        .iter()
        .map(|c| format!("    {}", column_def(c, true)))
        .collect();
    for c in t.constraints.values() {
        lines.push(format!(
            "    CONSTRAINT {} {}",
            quote_ident(&c.name),
            constraint_body(c)
        ));
    }
    let mut s = format!(
        "CREATE {}TABLE {} (\n{}\n)",
        if t.unlogged { "UNLOGGED " } else { "" },
        qualified(&t.name),
        lines.join(",\n")
    );
    if !t.inherits.is_empty() {
        let parents: Vec<String> = t.inherits.iter().map(qualified).collect();
        s.push_str(&format!(" INHERITS ({})", parents.join(", ")));
    }
    if let Some(k) = &t.partition_by {
        s.push_str(" PARTITION BY ");
        s.push_str(&partition_key_sql(k));
    }
    if !t.with.is_empty() {
        s.push_str(&format!(" WITH ({})", storage_params(&t.with)));
    }
    s
}

/// Storage parameters as `k = 'v', ...` (the value quoted, as pg_dump writes it).
pub fn storage_params(with: &[(String, String)]) -> String {
    with.iter()
        .map(|(k, v)| format!("{k} = {}", quote_literal(v)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `CREATE [UNIQUE] INDEX [CONCURRENTLY] name ON table USING method (...) ...`.
pub fn create_index(i: &Index, concurrently: bool) -> String {
    let keys: Vec<String> = i
        .keys
        .iter()
        .map(|k| {
            let mut s = match &k.key {
                IndexKeyExpr::Column(c) => quote_ident(c),
                IndexKeyExpr::Expression(e) => format!("({})", e.sql),
            };
            if let Some(coll) = &k.collation {
                s.push_str(&format!(" COLLATE {coll}"));
            }
            if let Some(op) = &k.opclass {
                s.push(' ');
                s.push_str(op);
            }
            if k.descending {
                s.push_str(" DESC");
            }
            match k.nulls_first {
                Some(true) => s.push_str(" NULLS FIRST"),
                Some(false) => s.push_str(" NULLS LAST"),
                None => {}
            }
            s
        })
        .collect();
    let mut s = format!(
        "CREATE {}INDEX {}{} ON {} USING {} ({})",
        if i.unique { "UNIQUE " } else { "" },
        if concurrently { "CONCURRENTLY " } else { "" },
        quote_ident(&i.name.name),
        qualified(&i.table),
        i.method,
        keys.join(", ")
    );
    s.push_str(&include_sql(&i.include));
    if i.nulls_not_distinct {
        s.push_str(" NULLS NOT DISTINCT");
    }
    if !i.with.is_empty() {
        let w: Vec<String> = i.with.iter().map(|(k, v)| format!("{k} = {v}")).collect();
        s.push_str(&format!(" WITH ({})", w.join(", ")));
    }
    if let Some(p) = &i.predicate {
        s.push_str(&format!(" WHERE {}", p.sql));
    }
    s
}

// ------------------------------------------------------------------------- type change rules

fn modifier(t: &TypeRef, i: usize) -> Option<i64> {
    t.modifiers.get(i).and_then(|m| m.trim().parse().ok())
}

fn is_string(t: &TypeRef) -> bool {
    t.schema.is_none()
        && matches!(
            t.name.as_str(),
            "text" | "character varying" | "character" | "citext"
        )
}

const INTEGER_RANK: &[&str] = &["smallint", "integer", "bigint"];

/// Whether `ALTER COLUMN ... TYPE to` from `from` is binary-coercible, i.e. PostgreSQL neither
/// rewrites the table nor rebuilds its indexes (sql-altertable: "varchar(n) -> varchar(m > n) or
/// text, numeric(p,s) -> numeric(p' > p, s), ...").
pub fn type_change_is_free(from: &TypeRef, to: &TypeRef) -> bool {
    if from.array_dims != to.array_dims || from.schema.is_some() || to.schema.is_some() {
        return false;
    }
    let (f, t) = (from.name.as_str(), to.name.as_str());
    match (f, t) {
        ("character varying", "character varying") => match (modifier(from, 0), modifier(to, 0)) {
            (_, None) => true,
            (Some(a), Some(b)) => b >= a,
            (None, Some(_)) => false,
        },
        ("character varying", "text") | ("text", "character varying") => {
            to.modifiers.is_empty() || f == "character varying"
        }
        ("numeric", "numeric") => match (modifier(from, 0), modifier(to, 0)) {
            (_, None) => true,
            (Some(p1), Some(p2)) => {
                p2 >= p1 && modifier(from, 1).unwrap_or(0) == modifier(to, 1).unwrap_or(0)
            }
            (None, Some(_)) => false,
        },
        ("bit varying", "bit varying") => match (modifier(from, 0), modifier(to, 0)) {
            (_, None) => true,
            (Some(a), Some(b)) => b >= a,
            (None, Some(_)) => false,
        },
        ("cidr", "inet") => true,
        _ => from == to,
    }
}

/// Whether every value of `from` converts to `to` without loss or failure. A change that is not
/// lossless is a narrowing change and needs `--allow-data-loss`.
pub fn type_change_is_lossless(from: &TypeRef, to: &TypeRef) -> bool {
    if type_change_is_free(from, to) {
        return true;
    }
    if from.array_dims != to.array_dims {
        return false;
    }
    let (f, t) = (from.name.as_str(), to.name.as_str());
    if to.schema.is_none() && (t == "text" || (t == "character varying" && to.modifiers.is_empty()))
    {
        // Everything has a text form.
        return true;
    }
    if from.schema.is_some() || to.schema.is_some() {
        return false;
    }
    let int_rank = |n: &str| INTEGER_RANK.iter().position(|x| *x == n);
    match (f, t) {
        _ if int_rank(f).is_some() && int_rank(t).is_some() => int_rank(t) >= int_rank(f),
        _ if int_rank(f).is_some() && t == "numeric" => to.modifiers.is_empty(),
        ("smallint", "real") | ("smallint" | "integer", "double precision") => true,
        ("real", "double precision") => true,
        ("character", "character" | "character varying") => {
            match (modifier(from, 0), modifier(to, 0)) {
                (Some(a), Some(b)) => b >= a,
                (_, None) => true,
                _ => false,
            }
        }
        ("timestamp without time zone", "timestamp with time zone")
        | ("timestamp with time zone", "timestamp without time zone") => {
            modifier(to, 0).unwrap_or(6) >= modifier(from, 0).unwrap_or(6)
        }
        ("timestamp without time zone", "timestamp without time zone")
        | ("timestamp with time zone", "timestamp with time zone")
        | ("time without time zone", "time without time zone") => {
            modifier(to, 0).unwrap_or(6) >= modifier(from, 0).unwrap_or(6)
        }
        ("date", "timestamp without time zone" | "timestamp with time zone") => true,
        ("json", "jsonb") | ("jsonb", "json") => true,
        _ => is_string(from) && is_string(to) && to.modifiers.is_empty(),
    }
}

/// How `ALTER COLUMN ... TYPE` converts the stored values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Conversion {
    /// Same base type (only modifiers change): the implicit length coercion does it.
    Implicit,
    /// `USING col::type`: an explicit cast exists (and accepts everything an assignment cast
    /// does, and more, e.g. text -> integer).
    Cast,
    /// `USING col::text::type`: no cast exists, the values go through their text form (right for
    /// enum -> enum by label; fails on rows whose text the new type does not accept).
    ViaText,
}

/// Built-in types in the numeric category, which all cast to each other.
const NUMERIC_CATEGORY: &[&str] = &[
    "smallint",
    "integer",
    "bigint",
    "numeric",
    "real",
    "double precision",
];

/// How a column of type `from` converts to `to`. `user_type` says whether a type is defined by
/// the schema (an enum: no casts but the text form); types neither built in nor user-defined
/// (extension types) are trusted to have a cast.
pub fn type_conversion(
    from: &TypeRef,
    to: &TypeRef,
    user_type: impl Fn(&TypeRef) -> bool,
) -> Conversion {
    if from.name == to.name && from.schema == to.schema && from.array_dims == to.array_dims {
        return Conversion::Implicit;
    }
    if (from.array_dims == 0) != (to.array_dims == 0) {
        return Conversion::ViaText;
    }
    let string = |t: &TypeRef| is_string(t) && !user_type(t);
    if string(from) || string(to) {
        // Every type has I/O conversion casts to and from the string types.
        return Conversion::Cast;
    }
    if user_type(from) || user_type(to) {
        return Conversion::ViaText;
    }
    let builtin =
        |t: &TypeRef| t.schema.is_none() && BUILTIN_TYPES.binary_search(&t.name.as_str()).is_ok();
    if !builtin(from) || !builtin(to) {
        return Conversion::Cast;
    }
    let (f, t) = (from.name.as_str(), to.name.as_str());
    let numeric = |n: &str| NUMERIC_CATEGORY.contains(&n);
    let time = |n: &str| n.starts_with("timestamp") || n == "date" || n.starts_with("time ");
    let cast = match (f, t) {
        _ if numeric(f) && numeric(t) => true,
        ("integer", "boolean") | ("boolean", "integer") => true,
        ("money", "numeric") | ("numeric" | "integer" | "bigint", "money") => true,
        ("integer" | "bigint", "bit" | "bit varying")
        | ("bit" | "bit varying", "integer" | "bigint") => true,
        ("bit", "bit varying") | ("bit varying", "bit") => true,
        ("jsonb", "json") | ("json", "jsonb") => true,
        ("jsonb", "boolean") => true,
        ("jsonb", _) if numeric(t) => true,
        ("inet", "cidr") | ("cidr", "inet") => true,
        ("time without time zone", "interval") | ("interval", "time without time zone") => true,
        ("date", "timestamp without time zone" | "timestamp with time zone") => true,
        ("timestamp without time zone" | "timestamp with time zone", _) if time(t) => true,
        ("time without time zone", "time with time zone") => true,
        ("time with time zone", "time without time zone") => true,
        _ => false,
    };
    if cast {
        Conversion::Cast
    } else {
        Conversion::ViaText
    }
}

/// Built-in type names as the model spells them (sorted, for binary search).
const BUILTIN_TYPES: &[&str] = &[
    "bigint",
    "bit",
    "bit varying",
    "boolean",
    "box",
    "bytea",
    "character",
    "character varying",
    "cidr",
    "circle",
    "date",
    "double precision",
    "inet",
    "integer",
    "interval",
    "json",
    "jsonb",
    "line",
    "lseg",
    "macaddr",
    "macaddr8",
    "money",
    "numeric",
    "path",
    "pg_lsn",
    "point",
    "polygon",
    "real",
    "smallint",
    "text",
    "time with time zone",
    "time without time zone",
    "timestamp with time zone",
    "timestamp without time zone",
    "tsquery",
    "tsvector",
    "uuid",
    "xml",
];

/// PostgreSQL's table lock levels, weakest to strongest (the ones DDL takes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Lock {
    /// Taken by UPDATE/INSERT/DELETE.
    RowExclusive,
    /// VALIDATE CONSTRAINT, CREATE/DROP INDEX CONCURRENTLY, ALTER INDEX RENAME (12+): reads and
    /// writes continue.
    ShareUpdateExclusive,
    /// CREATE INDEX: blocks writes.
    Share,
    /// ADD FOREIGN KEY, CREATE TRIGGER: blocks writes.
    ShareRowExclusive,
    /// Most ALTER TABLE forms, DROP: blocks reads and writes.
    AccessExclusive,
}

impl Lock {
    pub fn as_str(self) -> &'static str {
        match self {
            Lock::RowExclusive => "ROW EXCLUSIVE",
            Lock::ShareUpdateExclusive => "SHARE UPDATE EXCLUSIVE",
            Lock::Share => "SHARE",
            Lock::ShareRowExclusive => "SHARE ROW EXCLUSIVE",
            Lock::AccessExclusive => "ACCESS EXCLUSIVE",
        }
    }

    /// The lock `ALTER INDEX ... RENAME` takes on PostgreSQL `version`.
    pub fn for_index_rename(version: u32) -> Lock {
        if version >= 12 {
            Lock::ShareUpdateExclusive
        } else {
            Lock::AccessExclusive
        }
    }
}

/// Whether `SET NOT NULL` skips its full-table scan when a validated `CHECK (col IS NOT NULL)`
/// proves the column has no NULLs (PostgreSQL 12+).
pub fn set_not_null_uses_check(version: u32) -> bool {
    version >= 12
}

/// Whether `ALTER TYPE ... ADD VALUE` may run inside a transaction block (PostgreSQL 12+).
pub fn enum_add_value_in_transaction(version: u32) -> bool {
    version >= 12
}

/// Whether ranges of `ctid` are read with a TID range scan (PostgreSQL 14+) rather than a full scan.
pub fn has_tid_range_scan(version: u32) -> bool {
    version >= 14
}

/// `SET LOCAL lock_timeout = '...'`: a statement waiting longer than `timeout` for its lock
/// fails; the setting ends with the transaction.
pub fn set_local_lock_timeout(timeout: &str) -> String {
    format!("SET LOCAL lock_timeout = {}", quote_literal(timeout))
}

/// Functions whose result differs per row (`provolatile = 'v'` in `pg_proc`) and that schemas
/// use in defaults. A column added with such a default makes PostgreSQL rewrite the table to
/// fill every row; `now()`, `current_timestamp` and constants are stable and need no rewrite.
const VOLATILE_FUNCTIONS: &[&str] = &[
    "clock_timestamp",
    "gen_random_uuid",
    "nextval",
    "random",
    "random_normal",
    "setseed",
    "setval",
    "timeofday",
    "txid_current",
    "uuid_generate_v1",
    "uuid_generate_v1mc",
    "uuid_generate_v4",
    "uuidv4",
    "uuidv7",
];

/// Whether `expr` (SQL text) calls a volatile function, so a column added with it as DEFAULT
/// rewrites the table.
pub fn is_volatile(expr: &str) -> bool {
    let lower = expr.to_lowercase();
    let bytes = lower.as_bytes();
    VOLATILE_FUNCTIONS.iter().any(|f| {
        lower.match_indices(f).any(|(at, _)| {
            let before_ok =
                at == 0 || !(bytes[at - 1].is_ascii_alphanumeric() || bytes[at - 1] == b'_');
            let rest = lower[at + f.len()..].trim_start();
            before_ok && rest.starts_with('(')
        })
    })
}

/// One statement that fills rows of `table` in batches of `batch` rows, each batch its own
/// transaction, so row locks are held briefly: `SET assignments WHERE pending`. Batches follow the
/// primary key `key` (keyset pagination over its index) or, without one, ranges of heap pages
/// (TID range scans, PostgreSQL 14+). Rows that no longer match `pending` are skipped, so a rerun
/// of a half-done fill finishes it. It is a `DO` block that COMMITs, so it must run alone, outside
/// any transaction block (one query string on its own).
pub fn batched_update(
    table: &QualName,
    key: &[String],
    assignments: &str,
    pending: &str,
    batch: u64,
    lock_timeout: &str,
) -> String {
    let t = qualified(table);
    let batch = batch.max(1);
    let timeout = format!("SET LOCAL lock_timeout = {};", quote_literal(lock_timeout));
    if key.is_empty() {
        return format!(
            "DO $gen$\n\
             DECLARE\n  \
               pages bigint;\n  \
               step bigint;\n  \
               lo bigint := 0;\n\
             BEGIN\n  \
               SELECT greatest(1, pg_relation_size(c.oid) / current_setting('block_size')::bigint),\n         \
                      greatest(1, ({batch} / CASE WHEN c.relpages > 0 AND c.reltuples > 0 THEN c.reltuples / c.relpages ELSE 100 END)::bigint)\n    \
                 INTO pages, step FROM pg_class c WHERE c.oid = {regclass}::regclass;\n  \
               LOOP\n    \
                 {timeout}\n    \
                 IF lo + step > pages THEN\n      \
                   UPDATE {t} SET {assignments}\n       \
                    WHERE ctid >= format('(%s,0)', lo)::tid AND ({pending});\n    \
                 ELSE\n      \
                   UPDATE {t} SET {assignments}\n       \
                    WHERE ctid >= format('(%s,0)', lo)::tid AND ctid < format('(%s,0)', lo + step)::tid AND ({pending});\n    \
                 END IF;\n    \
                 COMMIT;\n    \
                 EXIT WHEN lo + step > pages;\n    \
                 lo := lo + step;\n  \
               END LOOP;\n\
             END $gen$",
            regclass = quote_literal(&t),
        );
    }
    let cols = ident_list(key);
    let n = key.len();
    let var = |prefix: &str| -> String {
        (1..=n)
            .map(|i| format!("{prefix}{i}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let (lo, hi) = (var("lo"), var("hi"));
    let (row, lo_row, hi_row) = if n == 1 {
        (cols.clone(), lo.clone(), hi.clone())
    } else {
        (format!("({cols})"), format!("({lo})"), format!("({hi})"))
    };
    let decls: String = key
        .iter()
        .enumerate()
        .map(|(i, k)| {
            let ty = format!("{t}.{}%TYPE", quote_ident(k));
            format!("  lo{n} {ty};\n  hi{n} {ty};\n", n = i + 1)
        })
        .collect();
    format!(
        "DO $gen$\n\
         DECLARE\n\
         {decls}  \
           more boolean;\n\
         BEGIN\n  \
           SELECT {cols} INTO {lo} FROM {t} ORDER BY {cols} LIMIT 1;\n  \
           IF NOT FOUND THEN\n    \
             RETURN;\n  \
           END IF;\n  \
           LOOP\n    \
             SELECT {cols} INTO {hi} FROM {t} WHERE {row} >= {lo_row} ORDER BY {cols} OFFSET {skip} LIMIT 1;\n    \
             more := FOUND;\n    \
             {timeout}\n    \
             IF more THEN\n      \
               UPDATE {t} SET {assignments}\n       \
                WHERE {row} >= {lo_row} AND {row} <= {hi_row} AND ({pending});\n    \
             ELSE\n      \
               UPDATE {t} SET {assignments}\n       \
                WHERE {row} >= {lo_row} AND ({pending});\n    \
             END IF;\n    \
             COMMIT;\n    \
             EXIT WHEN NOT more;\n    \
             SELECT {cols} INTO {lo} FROM {t} WHERE {row} > {hi_row} ORDER BY {cols} LIMIT 1;\n    \
             EXIT WHEN NOT FOUND;\n  \
           END LOOP;\n\
         END $gen$",
        skip = batch - 1,
    )
}

// ------------------------------------------------------- domains, policies, privileges

use crate::model::{
    DefaultPrivilege, Domain, DomainCheck, Grant, GrantObject, Policy, ReplicaIdentity,
    TriggerFiring,
};

/// `name type [COLLATE c]` of a composite type's attribute.
pub fn attribute_sql(a: &crate::model::Attribute) -> String {
    let mut s = format!("{} {}", quote_ident(&a.name), type_sql(&a.ty));
    if let Some(c) = &a.collation {
        s.push_str(&format!(" COLLATE {c}"));
    }
    s
}

/// `CREATE TYPE name AS (attributes)`.
pub fn create_composite(t: &crate::model::CompositeType) -> String {
    let attrs: Vec<String> = t.attributes.iter().map(attribute_sql).collect();
    format!(
        "CREATE TYPE {} AS ({})",
        qualified(&t.name),
        attrs.join(", ")
    )
}

/// The `ALTER TYPE` statement that takes a composite type through `steps` (None when there is
/// nothing to do): drops first, then type changes, then additions, which append.
pub fn alter_composite_sql(
    name: &QualName,
    drop: &[String],
    retype: &[crate::model::Attribute],
    add: &[crate::model::Attribute],
) -> Option<String> {
    let mut actions: Vec<String> = drop
        .iter()
        .map(|a| format!("DROP ATTRIBUTE {}", quote_ident(a)))
        .collect();
    for a in retype {
        let mut s = format!(
            "ALTER ATTRIBUTE {} TYPE {}",
            quote_ident(&a.name),
            type_sql(&a.ty)
        );
        if let Some(c) = &a.collation {
            s.push_str(&format!(" COLLATE {c}"));
        }
        actions.push(s);
    }
    actions.extend(
        add.iter()
            .map(|a| format!("ADD ATTRIBUTE {}", attribute_sql(a))),
    );
    (!actions.is_empty()).then(|| format!("ALTER TYPE {} {}", qualified(name), actions.join(", ")))
}

/// `CHECK (expr) [NOT VALID]` of a domain.
pub fn domain_check_sql(name: &str, c: &DomainCheck) -> String {
    format!(
        "CONSTRAINT {} CHECK ({}){}",
        quote_ident(name),
        c.expr.sql,
        if c.not_valid { " NOT VALID" } else { "" }
    )
}

pub fn create_domain(d: &Domain) -> String {
    let mut s = format!(
        "CREATE DOMAIN {} AS {}",
        qualified(&d.name),
        type_sql(&d.base)
    );
    if let Some(c) = &d.collation {
        s.push_str(&format!(" COLLATE {c}"));
    }
    if let Some(e) = &d.default {
        s.push_str(&format!(" DEFAULT {}", column_default_sql(&e.sql)));
    }
    if d.not_null {
        s.push_str(" NOT NULL");
    }
    // NOT VALID cannot be written in CREATE DOMAIN: such checks are added after it.
    for (name, c) in d.checks.iter().filter(|(_, c)| !c.not_valid) {
        s.push(' ');
        s.push_str(&domain_check_sql(name, c));
    }
    s
}

/// The statements that add the NOT VALID checks of a new domain.
pub fn domain_not_valid_checks(d: &Domain) -> Vec<String> {
    d.checks
        .iter()
        .filter(|(_, c)| c.not_valid)
        .map(|(name, c)| {
            format!(
                "ALTER DOMAIN {} ADD {}",
                qualified(&d.name),
                domain_check_sql(name, c)
            )
        })
        .collect()
}

fn role_sql(role: &str) -> String {
    match role {
        "PUBLIC" | "CURRENT_USER" | "CURRENT_ROLE" | "SESSION_USER" => role.to_string(),
        r => quote_ident(r),
    }
}

fn policy_roles(p: &Policy) -> String {
    p.roles
        .iter()
        .map(|r| role_sql(r))
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn create_policy(p: &Policy) -> String {
    let mut s = format!(
        "CREATE POLICY {} ON {}",
        quote_ident(&p.name),
        qualified(&p.table)
    );
    if !p.permissive {
        s.push_str(" AS RESTRICTIVE");
    }
    if p.command != "ALL" {
        s.push_str(&format!(" FOR {}", p.command));
    }
    s.push_str(&format!(" TO {}", policy_roles(p)));
    if let Some(e) = &p.using {
        s.push_str(&format!(" USING ({})", e.sql));
    }
    if let Some(e) = &p.with_check {
        s.push_str(&format!(" WITH CHECK ({})", e.sql));
    }
    s
}

pub fn drop_policy(p: &Policy) -> String {
    format!(
        "DROP POLICY {} ON {}",
        quote_ident(&p.name),
        qualified(&p.table)
    )
}

/// `ALTER POLICY` turning `old` into `new` (same command and kind; `new` keeps every clause
/// `old` has).
pub fn alter_policy(old: &Policy, new: &Policy) -> String {
    let mut s = format!(
        "ALTER POLICY {} ON {}",
        quote_ident(&new.name),
        qualified(&new.table)
    );
    if old.roles != new.roles {
        s.push_str(&format!(" TO {}", policy_roles(new)));
    }
    if old.using != new.using
        && let Some(e) = &new.using
    {
        s.push_str(&format!(" USING ({})", e.sql));
    }
    if old.with_check != new.with_check
        && let Some(e) = &new.with_check
    {
        s.push_str(&format!(" WITH CHECK ({})", e.sql));
    }
    s
}

/// What a privilege is on: the column list (` (c)`, empty but for a column) and `kind name`
/// (`TABLE public.t`), as `GRANT privilege[cols] ON kind name` writes them.
pub fn grant_target(o: &GrantObject) -> (String, String) {
    match o {
        GrantObject::Table(q) => (String::new(), format!("TABLE {}", qualified(q))),
        GrantObject::Column(t, c) => (
            format!(" ({})", quote_ident(c)),
            format!("TABLE {}", qualified(t)),
        ),
        GrantObject::Sequence(q) => (String::new(), format!("SEQUENCE {}", qualified(q))),
        GrantObject::Routine(key) => (
            String::new(),
            format!("ROUTINE {}", routine_signature_sql(key)),
        ),
        GrantObject::Schema(s) => (String::new(), format!("SCHEMA {}", quote_ident(s))),
        GrantObject::Type(q) => (String::new(), format!("TYPE {}", qualified(q))),
    }
}

/// `schema.name(args)` (a routine's key in the model) as SQL: the name quoted where needed, the
/// arguments without defaults (GRANT, COMMENT and DROP accept no defaults).
pub fn routine_signature_sql(signature: &str) -> String {
    let (name, args) = signature.split_once('(').unwrap_or((signature, ")"));
    let args = args.strip_suffix(')').unwrap_or(args);
    let q = name
        .split_once('.')
        .map_or_else(|| QualName::public(name), |(s, n)| QualName::new(s, n));
    format!("{}({})", qualified(&q), routine_args_without_defaults(args))
}

/// A routine's argument list (as the model normalizes it) without `DEFAULT` expressions, which
/// GRANT and DROP do not accept.
pub fn routine_args_without_defaults(args: &str) -> String {
    let mut parts = Vec::new();
    let mut depth = 0usize;
    let mut cur = String::new();
    for ch in args.chars() {
        match ch {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            ',' if depth == 0 => {
                parts.push(std::mem::take(&mut cur));
                continue;
            }
            _ => {}
        }
        cur.push(ch);
    }
    parts.push(cur);
    parts
        .iter()
        .map(|p| {
            let p = p.trim();
            let p = p.split(" default ").next().unwrap_or(p);
            p.split(" = ").next().unwrap_or(p).trim().to_string()
        })
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

/// `GRANT` (`granted`) or `REVOKE` of one privilege.
pub fn privilege_sql(g: &Grant, granted: bool) -> String {
    let (cols, on) = grant_target(&g.object);
    let who = role_sql(&g.grantee);
    if granted {
        format!(
            "GRANT {}{cols} ON {on} TO {who}{}",
            g.privilege,
            if g.grantable {
                " WITH GRANT OPTION"
            } else {
                ""
            }
        )
    } else {
        format!("REVOKE {}{cols} ON {on} FROM {who}", g.privilege)
    }
}

/// The grant option of a privilege added (`GRANT ... WITH GRANT OPTION`) or removed (`REVOKE
/// GRANT OPTION FOR ...`); the privilege itself stays.
pub fn grant_option_sql(g: &Grant, granted: bool) -> String {
    let (cols, on) = grant_target(&g.object);
    let who = role_sql(&g.grantee);
    if granted {
        format!(
            "GRANT {}{cols} ON {on} TO {who} WITH GRANT OPTION",
            g.privilege
        )
    } else {
        format!(
            "REVOKE GRANT OPTION FOR {}{cols} ON {on} FROM {who}",
            g.privilege
        )
    }
}

/// `ALTER DEFAULT PRIVILEGES ... GRANT|REVOKE`.
pub fn default_privilege_sql(e: &DefaultPrivilege, granted: bool) -> String {
    let mut s = "ALTER DEFAULT PRIVILEGES".to_string();
    if let Some(r) = &e.role {
        s.push_str(&format!(" FOR ROLE {}", role_sql(r)));
    }
    if let Some(sc) = &e.schema {
        s.push_str(&format!(" IN SCHEMA {}", quote_ident(sc)));
    }
    let who = role_sql(&e.grantee);
    if granted {
        s.push_str(&format!(
            " GRANT {} ON {} TO {who}{}",
            e.privilege,
            e.kind,
            if e.grantable {
                " WITH GRANT OPTION"
            } else {
                ""
            }
        ));
    } else {
        s.push_str(&format!(" REVOKE {} ON {} FROM {who}", e.privilege, e.kind));
    }
    s
}

/// `ALTER TABLE t ENABLE|DISABLE ROW LEVEL SECURITY`.
pub fn row_security_sql(table: &QualName, on: bool) -> String {
    format!(
        "ALTER TABLE {} {} ROW LEVEL SECURITY",
        qualified(table),
        if on { "ENABLE" } else { "DISABLE" }
    )
}

/// `ALTER TABLE t [NO] FORCE ROW LEVEL SECURITY`.
pub fn force_row_security_sql(table: &QualName, on: bool) -> String {
    format!(
        "ALTER TABLE {} {}FORCE ROW LEVEL SECURITY",
        qualified(table),
        if on { "" } else { "NO " }
    )
}

pub fn replica_identity_sql(table: &QualName, r: &ReplicaIdentity) -> String {
    let what = match r {
        ReplicaIdentity::Default => "DEFAULT".to_string(),
        ReplicaIdentity::Full => "FULL".to_string(),
        ReplicaIdentity::Nothing => "NOTHING".to_string(),
        ReplicaIdentity::Index(i) => format!("USING INDEX {}", quote_ident(i)),
    };
    format!("ALTER TABLE {} REPLICA IDENTITY {what}", qualified(table))
}

/// `ALTER TABLE t CLUSTER ON index` / `ALTER TABLE t SET WITHOUT CLUSTER`.
pub fn cluster_on_sql(table: &QualName, index: Option<&str>) -> String {
    match index {
        Some(i) => format!(
            "ALTER TABLE {} CLUSTER ON {}",
            qualified(table),
            quote_ident(i)
        ),
        None => format!("ALTER TABLE {} SET WITHOUT CLUSTER", qualified(table)),
    }
}

/// `ALTER TABLE t {ENABLE | DISABLE | ENABLE REPLICA | ENABLE ALWAYS} TRIGGER name`.
pub fn trigger_firing_sql(table: &QualName, trigger: &str, firing: TriggerFiring) -> String {
    let what = match firing {
        TriggerFiring::Origin => "ENABLE",
        TriggerFiring::Disabled => "DISABLE",
        TriggerFiring::Replica => "ENABLE REPLICA",
        TriggerFiring::Always => "ENABLE ALWAYS",
    };
    format!(
        "ALTER TABLE {} {what} TRIGGER {}",
        qualified(table),
        quote_ident(trigger)
    )
}

// ------------------------------------------------------------------ column references in SQL

/// The tokens of `sql` other than whitespace, each with its byte range in `sql`; `None` when
/// `sql` does not tokenize.
fn solid_tokens(sql: &str) -> Option<Vec<(sqlparser::tokenizer::Token, std::ops::Range<usize>)>> {
    use sqlparser::dialect::PostgreSqlDialect;
    use sqlparser::tokenizer::{Token, Tokenizer};
    let tokens = Tokenizer::new(&PostgreSqlDialect {}, sql)
        .tokenize_with_location()
        .ok()?;
    let line_starts: Vec<usize> = std::iter::once(0)
        .chain(sql.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let offset = |line: u64, col: u64| -> usize {
        let start = line_starts
            .get((line as usize).saturating_sub(1))
            .copied()
            .unwrap_or(sql.len());
        sql[start..]
            .char_indices()
            .nth((col as usize).saturating_sub(1))
            .map_or(sql.len(), |(i, _)| start + i)
    };
    Some(
        tokens
            .into_iter()
            .filter(|t| !matches!(t.token, Token::Whitespace(_) | Token::EOF))
            .map(|t| {
                let range = offset(t.span.start.line, t.span.start.column)
                    ..offset(t.span.end.line, t.span.end.column);
                (t.token, range)
            })
            .collect(),
    )
}

/// Whether token `t` is the identifier `name` as the model stores it (unquoted words fold to
/// lower case).
/// Whether `t` is the unquoted keyword `k` (in any case).
fn keyword(t: &sqlparser::tokenizer::Token, k: &str) -> bool {
    matches!(t, sqlparser::tokenizer::Token::Word(w) if w.quote_style.is_none() && w.value.eq_ignore_ascii_case(k))
}

fn names_ident(t: &sqlparser::tokenizer::Token, name: &str) -> bool {
    use sqlparser::tokenizer::Token;
    match t {
        Token::Word(w) if w.quote_style.is_none() => w.value.to_lowercase() == name,
        Token::Word(w) if w.quote_style == Some('"') => w.value == name,
        _ => false,
    }
}

/// The byte ranges of the identifiers in `sql` (an expression as the model stores it) that name
/// column `column`: bare words (`col`, `"Col"`), or words qualified by one of `qualifiers` (the
/// table's name, `t.col`), but not function names (`col(`), type names (`::col`) or fields of
/// other qualifiers. Works on tokens, so string literals and comments never match.
fn column_ref_spans(sql: &str, qualifiers: &[&str], column: &str) -> Vec<std::ops::Range<usize>> {
    use sqlparser::tokenizer::Token;
    let Some(solid) = solid_tokens(sql) else {
        return Vec::new();
    };
    let mut spans = Vec::new();
    for (i, (t, range)) in solid.iter().enumerate() {
        if !names_ident(t, column) {
            continue;
        }
        let prev = i.checked_sub(1).map(|p| &solid[p].0);
        let next = solid.get(i + 1).map(|n| &n.0);
        if matches!(next, Some(Token::LParen) | Some(Token::Period))
            || matches!(prev, Some(Token::DoubleColon))
        {
            continue;
        }
        if matches!(prev, Some(Token::Period))
            && !(i >= 2 && qualifiers.iter().any(|q| names_ident(&solid[i - 2].0, q)))
        {
            continue;
        }
        spans.push(range.clone());
    }
    spans
}

/// `sql` (an expression as the model stores it) with every use of type `from` as a cast target
/// (`::status`, `::public.status`, `CAST(x AS status)`) written as `to`. `None` when the type's
/// name appears in any other position (or `sql` does not tokenize), so the caller can tell that
/// it cannot safely retarget the expression.
pub fn retype_refs(sql: &str, from: &QualName, to: &QualName) -> Option<String> {
    use sqlparser::tokenizer::Token;
    let solid = solid_tokens(sql)?;
    let is_cast_lead = |t: &Token| {
        matches!(t, Token::DoubleColon)
            || matches!(t, Token::Word(w) if w.value.eq_ignore_ascii_case("as") && w.quote_style.is_none())
    };
    let mut out = String::with_capacity(sql.len() + 16);
    let mut at = 0;
    for (i, (t, range)) in solid.iter().enumerate() {
        if !names_ident(t, &from.name) {
            continue;
        }
        let prev = |k: usize| i.checked_sub(k).map(|p| &solid[p].0);
        let start = if prev(1).is_some_and(is_cast_lead) {
            range.start
        } else if matches!(prev(1), Some(Token::Period))
            && prev(2).is_some_and(|t| names_ident(t, &from.schema))
            && prev(3).is_some_and(is_cast_lead)
        {
            solid[i - 2].1.start
        } else {
            return None;
        };
        out.push_str(&sql[at..start]);
        out.push_str(&qualified(to));
        at = range.end;
    }
    out.push_str(&sql[at..]);
    Some(out)
}

/// The functions the expression `sql` calls, by their unqualified names (folded like
/// identifiers): every word directly followed by `(`.
pub fn called_functions(sql: &str) -> Vec<String> {
    use sqlparser::tokenizer::Token;
    let Some(toks) = solid_tokens(sql) else {
        return Vec::new();
    };
    toks.windows(2)
        .filter_map(|w| match (&w[0].0, &w[1].0) {
            (Token::Word(word), Token::LParen) => Some(if word.quote_style.is_some() {
                word.value.clone()
            } else {
                word.value.to_lowercase()
            }),
            _ => None,
        })
        .collect()
}

/// Whether the identifier `name` appears anywhere in `sql` as a word (not inside literals).
pub fn mentions_ident(sql: &str, name: &str) -> bool {
    solid_tokens(sql).is_none_or(|toks| toks.iter().any(|(t, _)| names_ident(t, name)))
}

/// Whether the expression `sql` over `table` refers to its column `column`.
pub fn references_column(sql: &str, table: &str, column: &str) -> bool {
    !column_ref_spans(sql, &[table], column).is_empty()
}

/// Whether a trigger's statement (its `WHEN` condition, `UPDATE OF` list) references column
/// `column` of its table `table`: bare, or as `NEW.column`, `OLD.column`, `table.column`.
pub fn trigger_references_column(sql: &str, table: &str, column: &str) -> bool {
    !column_ref_spans(sql, &[table, "new", "old"], column).is_empty()
}

/// `ALTER VIEW v` (`ALTER MATERIALIZED VIEW v`) for the forms both take, such as `RENAME
/// COLUMN`; before PostgreSQL 13, which has no `ALTER VIEW ... RENAME COLUMN`, `ALTER TABLE v`.
pub fn alter_view(view: &QualName, materialized: bool, pg_version: u32) -> String {
    let kind = if materialized {
        "MATERIALIZED VIEW"
    } else if pg_version >= 13 {
        "VIEW"
    } else {
        "TABLE"
    };
    format!("ALTER {kind} {}", qualified(view))
}

/// `sql` (a statement or expression as the model keeps it: a view's query, a trigger, a
/// routine's SQL-standard body) with the references to relation `from` renamed to `to` (same
/// schema), as PostgreSQL follows a table rename in what it stores by OID: `schema.from` (not a
/// function call `schema.from(`), `from.column` (a column qualified by the relation's own name),
/// and, when `from` is in the default schema, a bare `from` after `FROM`, `JOIN`, `ONLY`, `ON`
/// (a trigger's table), `TO` (a rule's), `TABLE`, `INTO` or `UPDATE` (not after `::`: a type of that name). Dollar-quoted bodies and literals are tokens of their own and never change (PostgreSQL
/// does not follow a rename into a function body kept as text either).
pub fn rename_relation_refs(sql: &str, from: &QualName, to: &QualName) -> String {
    use sqlparser::tokenizer::Token;
    let Some(solid) = solid_tokens(sql) else {
        return sql.to_string();
    };
    let is_kw = |t: &Token, words: &[&str]| {
        matches!(t, Token::Word(w) if w.quote_style.is_none()
            && words.iter().any(|k| w.value.eq_ignore_ascii_case(k)))
    };
    let mut out = String::with_capacity(sql.len() + 16);
    let mut at = 0;
    for (i, (t, range)) in solid.iter().enumerate() {
        if !names_ident(t, &from.name) {
            continue;
        }
        let prev = |k: usize| i.checked_sub(k).map(|p| &solid[p].0);
        let next = solid.get(i + 1).map(|n| &n.0);
        // a function call `from(`, a cast to a type of that name `::from`
        if matches!(next, Some(Token::LParen)) || matches!(prev(1), Some(Token::DoubleColon)) {
            continue;
        }
        let (start, text) = if matches!(prev(1), Some(Token::Period)) {
            // schema.from, also as the qualifier of schema.from.column (and not a.schema.from)
            if prev(2).is_some_and(|t| names_ident(t, &from.schema))
                && !matches!(prev(3), Some(Token::Period))
            {
                (solid[i - 2].1.start, qualified(to))
            } else {
                continue;
            }
        } else if matches!(next, Some(Token::Period)) {
            // from.column
            (range.start, quote_ident(&to.name))
        } else if from.schema == crate::model::DEFAULT_SCHEMA
            && prev(1).is_some_and(|t| {
                is_kw(
                    t,
                    &[
                        "from", "join", "only", "on", "to", "table", "into", "update",
                    ],
                )
            })
        {
            // a bare name found on the search path

            (range.start, quote_ident(&to.name))
        } else {
            continue;
        };
        if start < at {
            continue;
        }
        out.push_str(&sql[at..start]);
        out.push_str(&text);
        at = range.end;
    }
    out.push_str(&sql[at..]);
    out
}

/// A `CREATE TRIGGER` statement (or its canonical form) with its table written as `to`: the name
/// after the first `ON`.
pub fn rename_trigger_table(sql: &str, to: &QualName) -> String {
    use sqlparser::tokenizer::Token;
    let Some(solid) = solid_tokens(sql) else {
        return sql.to_string();
    };
    let Some(on) = solid.iter().position(
        |(t, _)| matches!(t, Token::Word(w) if w.quote_style.is_none() && w.value.eq_ignore_ascii_case("on")),
    ) else {
        return sql.to_string();
    };
    let Some(first) = solid.get(on + 1) else {
        return sql.to_string();
    };
    let last = if matches!(solid.get(on + 2).map(|s| &s.0), Some(Token::Period)) {
        solid.get(on + 3).unwrap_or(first)
    } else {
        first
    };
    format!(
        "{}{}{}",
        &sql[..first.1.start],
        qualified(to),
        &sql[last.1.end..]
    )
}

/// A `CREATE TRIGGER` statement (or its canonical form) with column `from` of its table written
/// as `to`: in `UPDATE OF` lists and as `NEW.from` / `OLD.from`.
pub fn rename_trigger_column(sql: &str, from: &str, to: &str) -> String {
    use sqlparser::tokenizer::Token;
    let Some(solid) = solid_tokens(sql) else {
        return sql.to_string();
    };
    // (range, replacement) pairs, in order
    let mut edits: Vec<(std::ops::Range<usize>, String)> = Vec::new();
    let mut i = 0;
    while i < solid.len() {
        let t = &solid[i].0;
        if keyword(t, "of") && i > 0 && keyword(&solid[i - 1].0, "update") {
            // the column list: words separated by commas
            let mut j = i + 1;
            let mut cols: Vec<(std::ops::Range<usize>, String)> = Vec::new();
            while let Some((Token::Word(w), r)) = solid.get(j) {
                let name = if w.quote_style.is_some() {
                    w.value.clone()
                } else {
                    w.value.to_lowercase()
                };
                cols.push((r.clone(), name));
                if matches!(solid.get(j + 1).map(|s| &s.0), Some(Token::Comma)) {
                    j += 2;
                } else {
                    j += 1;
                    break;
                }
            }
            if cols.iter().any(|(_, c)| c == from) {
                let names: Vec<String> = cols
                    .iter()
                    .map(|(_, c)| if c == from { to.to_string() } else { c.clone() })
                    .collect();
                let span = cols[0].0.start..cols[cols.len() - 1].0.end;
                let text = names
                    .iter()
                    .map(|c| quote_ident(c))
                    .collect::<Vec<_>>()
                    .join(", ");
                edits.push((span, text));
            }
            i = j;
            continue;
        }
        if names_ident(t, from)
            && i >= 2
            && matches!(solid[i - 1].0, Token::Period)
            && (keyword(&solid[i - 2].0, "new") || keyword(&solid[i - 2].0, "old"))
            && !(i >= 3 && matches!(solid[i - 3].0, Token::Period))
        {
            edits.push((solid[i].1.clone(), quote_ident(to)));
        }
        i += 1;
    }
    let mut out = String::with_capacity(sql.len() + 16);
    let mut at = 0;
    for (r, text) in edits {
        out.push_str(&sql[at..r.start]);
        out.push_str(&text);
        at = r.end;
    }
    out.push_str(&sql[at..]);
    out
}

/// The names a view's canonical statement qualifies the columns of relation `table` with: its
/// aliases (`schema.table [AS] alias`), or its name where it has none.
pub fn view_qualifiers(canon: &str, table: &QualName) -> Vec<String> {
    use sqlparser::keywords::Keyword;
    use sqlparser::tokenizer::Token;
    let Some(solid) = solid_tokens(canon) else {
        return vec![table.name.clone()];
    };
    let clause = [
        Keyword::JOIN,
        Keyword::INNER,
        Keyword::LEFT,
        Keyword::RIGHT,
        Keyword::FULL,
        Keyword::CROSS,
        Keyword::NATURAL,
        Keyword::ON,
        Keyword::USING,
        Keyword::WHERE,
        Keyword::GROUP,
        Keyword::HAVING,
        Keyword::ORDER,
        Keyword::LIMIT,
        Keyword::OFFSET,
        Keyword::UNION,
        Keyword::INTERSECT,
        Keyword::EXCEPT,
        Keyword::WINDOW,
        Keyword::FETCH,
        Keyword::FOR,
        Keyword::LATERAL,
        Keyword::TABLESAMPLE,
        Keyword::WITH,
    ];
    let mut out = Vec::new();
    for i in 2..solid.len() {
        if !(names_ident(&solid[i].0, &table.name)
            && matches!(solid[i - 1].0, Token::Period)
            && names_ident(&solid[i - 2].0, &table.schema))
            || matches!(solid.get(i + 1).map(|s| &s.0), Some(Token::Period))
        {
            continue;
        }
        let mut j = i + 1;
        if matches!(solid.get(j).map(|s| &s.0), Some(Token::Word(w)) if w.keyword == Keyword::AS && w.quote_style.is_none())
        {
            j += 1;
        }
        let alias = match solid.get(j).map(|s| &s.0) {
            Some(Token::Word(w)) if w.quote_style.is_some() => Some(w.value.clone()),
            Some(Token::Word(w)) if !clause.contains(&w.keyword) => Some(w.value.to_lowercase()),
            _ => None,
        };
        let q = alias.unwrap_or_else(|| table.name.clone());
        if !out.contains(&q) {
            out.push(q);
        }
    }
    if out.is_empty() {
        out.push(table.name.clone());
    }
    out
}

/// A view's canonical statement (see `view_shape` in the diff: `view name [(cols)] ... as SELECT
/// items FROM ...`) with output column `index` named `to`, as `ALTER VIEW ... RENAME COLUMN`
/// leaves it: the entry of an explicit column list, else the output item, written `expr AS to`,
/// or bare when it is a column of that name (as `pg_get_viewdef` prints it). None when the
/// statement has no such item (not a plain `SELECT`).
pub fn rename_view_output(canon: &str, index: usize, to: &str) -> Option<String> {
    use sqlparser::tokenizer::Token;
    let solid = solid_tokens(canon)?;
    let mut depths = Vec::with_capacity(solid.len());
    let mut depth = 0i32;
    for (t, _) in &solid {
        if matches!(t, Token::RParen) {
            depth -= 1;
        }
        depths.push(depth);
        if matches!(t, Token::LParen) {
            depth += 1;
        }
    }
    let as_at = (0..solid.len()).find(|&i| depths[i] == 0 && keyword(&solid[i].0, "as"))?;
    let splice = |range: std::ops::Range<usize>, text: &str| {
        format!("{}{}{}", &canon[..range.start], text, &canon[range.end..])
    };
    // an explicit column list: the group right after the name (not after WITH)
    if let Some(open) = (1..as_at).find(|&i| {
        matches!(solid[i].0, Token::LParen) && depths[i] == 0 && !keyword(&solid[i - 1].0, "with")
    }) {
        let entries: Vec<usize> = (open + 1..as_at)
            .filter(|&i| depths[i] == 1 && !matches!(solid[i].0, Token::Comma | Token::RParen))
            .collect();
        let at = *entries.get(index)?;
        return Some(splice(solid[at].1.clone(), &quote_ident(to)));
    }
    let mut i = as_at + 1;
    if !keyword(&solid.get(i)?.0, "select") {
        return None;
    }
    i += 1;
    if solid.get(i).is_some_and(|t| keyword(&t.0, "distinct")) {
        i += 1;
        if solid.get(i).is_some_and(|t| keyword(&t.0, "on")) {
            i += 1;
            while i < solid.len() && !(depths[i] == 0 && matches!(solid[i].0, Token::RParen)) {
                i += 1;
            }
            i += 1;
        }
    }
    // the output items, as token index ranges
    let mut items: Vec<std::ops::Range<usize>> = Vec::new();
    let mut start = i;
    while i <= solid.len() {
        let end = i == solid.len()
            || (depths[i] == 0
                && [
                    "from",
                    "where",
                    "group",
                    "having",
                    "window",
                    "union",
                    "intersect",
                    "except",
                    "order",
                    "limit",
                    "offset",
                    "fetch",
                    "for",
                ]
                .iter()
                .any(|k| keyword(&solid[i].0, k)));
        if end || (depths[i] == 0 && matches!(solid[i].0, Token::Comma)) {
            items.push(start..i);
            start = i + 1;
            if end {
                break;
            }
        }
        i += 1;
    }
    let item = items.get(index)?.clone();
    if item.is_empty() {
        return None;
    }
    let toks = &solid[item.clone()];
    // the expression, without its `AS name`
    let expr_len = if toks.len() >= 3 && keyword(&toks[toks.len() - 2].0, "as") {
        toks.len() - 2
    } else {
        toks.len()
    };
    let expr = &toks[..expr_len];
    // a plain column named `to` needs no AS
    let is_column = expr.iter().enumerate().all(|(k, (t, _))| {
        if k % 2 == 1 {
            matches!(t, Token::Period)
        } else {
            matches!(t, Token::Word(_))
        }
    }) && expr.len() % 2 == 1;
    let bare = is_column && names_ident(&expr[expr.len() - 1].0, to);
    let expr_range = expr[0].1.start..expr[expr.len() - 1].1.end;
    let whole = toks[0].1.start..toks[toks.len() - 1].1.end;
    let text = &canon[expr_range];
    Some(splice(
        whole,
        &if bare {
            text.to_string()
        } else {
            format!("{text} AS {}", quote_ident(to))
        },
    ))
}

/// A `CREATE [MATERIALIZED] VIEW` statement as written with its column list set to `columns`
/// (inserted after the name when it has none): how a statement keeps the names `ALTER VIEW ...
/// RENAME COLUMN` gave its output columns, whatever its query writes. None when the statement's
/// name is not found.
pub fn with_view_column_list(sql: &str, columns: &[String]) -> Option<String> {
    use sqlparser::tokenizer::Token;
    let solid = solid_tokens(sql)?;
    let mut i = solid.iter().position(|(t, _)| keyword(t, "view"))? + 1;
    if solid.get(i).is_some_and(|t| keyword(&t.0, "if")) {
        i += 3;
    }
    // the name: word (. word)*
    matches!(solid.get(i)?.0, Token::Word(_)).then_some(())?;
    while matches!(solid.get(i + 1).map(|t| &t.0), Some(Token::Period)) {
        i += 2;
    }
    let name_end = solid.get(i)?.1.end;
    let list = format!(
        " ({})",
        columns
            .iter()
            .map(|c| quote_ident(c))
            .collect::<Vec<_>>()
            .join(", ")
    );
    if matches!(solid.get(i + 1).map(|t| &t.0), Some(Token::LParen)) {
        let mut depth = 0;
        let close = solid[i + 1..].iter().position(|(t, _)| {
            match t {
                Token::LParen => depth += 1,
                Token::RParen => depth -= 1,
                _ => {}
            }
            depth == 0
        })? + i
            + 1;
        return Some(format!(
            "{}{}{}",
            &sql[..name_end],
            list,
            &sql[solid[close].1.end..]
        ));
    }
    Some(format!("{}{}{}", &sql[..name_end], list, &sql[name_end..]))
}

/// A view's canonical statement with column `from` of the relation qualified as one of
/// `qualifiers` written as `to`. PostgreSQL keeps the view's output column names, so an output
/// item that was just that column gets `AS from`.
pub fn rename_view_column(canon: &str, qualifiers: &[String], from: &str, to: &str) -> String {
    use sqlparser::tokenizer::Token;
    let Some(solid) = solid_tokens(canon) else {
        return canon.to_string();
    };
    let mut out = String::with_capacity(canon.len() + 16);
    let mut at = 0;
    let mut depth = 0i32;
    // depth-0 output list: after the top-level `SELECT [DISTINCT]` up to `FROM`
    let mut in_list = false;
    for (i, (t, range)) in solid.iter().enumerate() {
        match t {
            Token::LParen => depth += 1,
            Token::RParen => depth -= 1,
            _ => {}
        }
        if depth == 0 && keyword(t, "select") {
            in_list = true;
        } else if depth == 0 && keyword(t, "from") {
            in_list = false;
        }
        let qualified = i >= 2
            && matches!(solid[i - 1].0, Token::Period)
            && qualifiers.iter().any(|q| names_ident(&solid[i - 2].0, q))
            && !(i >= 3 && matches!(solid[i - 3].0, Token::Period));
        if !(names_ident(t, from) && qualified) {
            continue;
        }
        out.push_str(&canon[at..range.start]);
        out.push_str(&quote_ident(to));
        at = range.end;
        // an output item that is just `q.from`: keeps its name
        let before = i.checked_sub(3).map(|k| &solid[k].0);
        let after = solid.get(i + 1).map(|s| &s.0);
        let item_start = before.is_none_or(|b| {
            matches!(b, Token::Comma) || keyword(b, "select") || keyword(b, "distinct")
        });
        let item_end = after.is_none_or(|a| matches!(a, Token::Comma) || keyword(a, "from"));
        if in_list && depth == 0 && item_start && item_end {
            out.push_str(" AS ");
            out.push_str(&quote_ident(from));
        } else if in_list
            && depth == 0
            && item_start
            && after.is_some_and(|a| keyword(a, "as"))
            && solid.get(i + 2).is_some_and(|n| names_ident(&n.0, to))
            && solid
                .get(i + 3)
                .is_none_or(|a| matches!(a.0, Token::Comma) || keyword(&a.0, "from"))
        {
            // `q.from AS to` is now `q.to`, which pg_get_viewdef prints bare
            at = solid[i + 2].1.end;
        }
    }
    out.push_str(&canon[at..]);
    out
}

/// `sql` with every reference to column `from` of `table` renamed to `to`.
pub fn rename_column_refs(sql: &str, table: &str, from: &str, to: &str) -> String {
    let mut out = String::with_capacity(sql.len() + 16);
    let mut at = 0;
    for r in column_ref_spans(sql, &[table], from) {
        out.push_str(&sql[at..r.start]);
        out.push_str(&quote_ident(to));
        at = r.end;
    }
    out.push_str(&sql[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cast_targets_are_retyped_and_other_uses_refused() {
        let from = QualName::public("status");
        let to = QualName::public("status__gen_new");
        let r = |sql: &str| retype_refs(sql, &from, &to);
        assert_eq!(
            r("'new'::status").as_deref(),
            Some("'new'::public.status__gen_new")
        );
        assert_eq!(
            r("'{a}'::public.status[]").as_deref(),
            Some("'{a}'::public.status__gen_new[]")
        );
        assert_eq!(
            r("CAST('a' AS status)").as_deref(),
            Some("CAST('a' AS public.status__gen_new)")
        );
        assert_eq!(r("'status'").as_deref(), Some("'status'"));
        assert_eq!(r("status('x')"), None);
        assert!(mentions_ident("x::status", "status"));
        assert!(!mentions_ident("'status'", "status"));
    }

    #[test]
    fn renames_follow_references_by_token() {
        let users = QualName::public("users");
        let accounts = QualName::public("accounts");
        assert_eq!(
            rename_relation_refs(
                "EXISTS (SELECT 1 FROM users WHERE users.id = public.users.id AND users(x) AND 'users' <> x::users)",
                &users,
                &accounts
            ),
            "EXISTS (SELECT 1 FROM accounts WHERE accounts.id = public.accounts.id AND users(x) AND 'users' <> x::users)"
        );
        // another schema's table: only qualified names and qualifiers
        let other = QualName::new("crm", "users");
        assert_eq!(
            rename_relation_refs(
                "SELECT 1 FROM users, crm.users WHERE users.a",
                &other,
                &QualName::new("crm", "accounts")
            ),
            "SELECT 1 FROM users, crm.accounts WHERE accounts.a"
        );
        assert_eq!(
            rename_trigger_table(
                "CREATE TRIGGER t BEFORE INSERT ON public.users FOR EACH ROW EXECUTE FUNCTION f()",
                &accounts
            ),
            "CREATE TRIGGER t BEFORE INSERT ON public.accounts FOR EACH ROW EXECUTE FUNCTION f()"
        );
        assert_eq!(
            rename_trigger_column(
                "CREATE TRIGGER t BEFORE UPDATE OF name, email ON users FOR EACH ROW WHEN (NEW.email <> OLD.email AND x.email) EXECUTE FUNCTION email()",
                "email",
                "mail"
            ),
            "CREATE TRIGGER t BEFORE UPDATE OF name, mail ON users FOR EACH ROW WHEN (NEW.mail <> OLD.mail AND x.email) EXECUTE FUNCTION email()"
        );
    }

    #[test]
    fn view_output_columns_renamed_in_place() {
        let canon =
            " view public.v as SELECT u.id, u.email, lower(u.email) AS l FROM public.users u";
        assert_eq!(
            rename_view_output(canon, 1, "mail").as_deref(),
            Some(
                " view public.v as SELECT u.id, u.email AS mail, lower(u.email) AS l FROM public.users u"
            )
        );
        let renamed = rename_view_output(canon, 1, "mail").unwrap();
        assert_eq!(
            rename_view_output(&renamed, 1, "email").as_deref(),
            Some(canon)
        );
        assert_eq!(
            rename_view_output(canon, 2, "low").as_deref(),
            Some(
                " view public.v as SELECT u.id, u.email, lower(u.email) AS low FROM public.users u"
            )
        );
        assert_eq!(rename_view_output(canon, 3, "x"), None);
        assert_eq!(
            rename_view_output(" view public.v (a, b) as SELECT 1, 2", 1, "c").as_deref(),
            Some(" view public.v (a, c) as SELECT 1, 2")
        );
        let cols = ["id".to_string(), "Mail".to_string()];
        assert_eq!(
            with_view_column_list("CREATE VIEW public.v AS SELECT * FROM users", &cols).as_deref(),
            Some("CREATE VIEW public.v (id, \"Mail\") AS SELECT * FROM users")
        );
        assert_eq!(
            with_view_column_list(
                "CREATE MATERIALIZED VIEW IF NOT EXISTS v (a, b) WITH (fillfactor=70) AS SELECT 1, 2",
                &cols
            )
            .as_deref(),
            Some("CREATE MATERIALIZED VIEW IF NOT EXISTS v (id, \"Mail\") WITH (fillfactor=70) AS SELECT 1, 2")
        );
    }

    #[test]
    fn renamed_columns_drop_an_output_alias_they_now_equal() {
        let canon = " view public.v as SELECT u.id, u.email AS mail FROM public.users u";
        assert_eq!(
            rename_view_column(canon, &["u".to_string()], "email", "mail"),
            " view public.v as SELECT u.id, u.mail FROM public.users u"
        );
    }

    #[test]
    fn renamed_view_columns_keep_their_output_names() {
        let canon = " view public.v as SELECT u.email, lower(u.email) AS l, o.email FROM public.users u JOIN public.orders o ON o.email = u.email";
        let users = QualName::public("users");
        assert_eq!(view_qualifiers(canon, &users), vec!["u".to_string()]);
        assert_eq!(
            view_qualifiers(
                " view public.w as SELECT users.id FROM public.users",
                &users
            ),
            vec!["users".to_string()]
        );
        assert_eq!(
            rename_view_column(canon, &["u".to_string()], "email", "mail"),
            " view public.v as SELECT u.mail AS email, lower(u.mail) AS l, o.email FROM public.users u JOIN public.orders o ON o.email = u.mail"
        );
    }

    #[test]
    fn builtin_type_list_is_sorted_for_binary_search() {
        let mut sorted = BUILTIN_TYPES.to_vec();
        sorted.sort();
        assert_eq!(sorted, BUILTIN_TYPES);
    }

    #[test]
    fn conversions_follow_the_cast_catalog() {
        let t = |n: &str| TypeRef {
            schema: None,
            name: n.into(),
            modifiers: Vec::new(),
            array_dims: 0,
        };
        let no_user = |_: &TypeRef| false;
        let c = |a: &str, b: &str| type_conversion(&t(a), &t(b), no_user);
        assert_eq!(c("integer", "bigint"), Conversion::Cast);
        assert_eq!(c("bigint", "text"), Conversion::Cast);
        assert_eq!(c("text", "uuid"), Conversion::Cast);
        assert_eq!(
            c("bigint", "timestamp without time zone"),
            Conversion::ViaText
        );
        assert_eq!(c("bigint", "boolean"), Conversion::ViaText);
        assert_eq!(c("uuid", "uuid"), Conversion::Implicit);
        let status = TypeRef {
            schema: Some("public".into()),
            ..t("status")
        };
        let state = TypeRef {
            schema: Some("public".into()),
            ..t("state")
        };
        let user = |x: &TypeRef| x.schema.is_some();
        assert_eq!(type_conversion(&status, &state, user), Conversion::ViaText);
        assert_eq!(type_conversion(&status, &t("text"), user), Conversion::Cast);
    }

    #[test]
    fn defaults_get_parentheses_only_where_the_grammar_needs_them() {
        assert_eq!(column_default_sql("0"), "0");
        assert_eq!(
            column_default_sql("'x'::character varying"),
            "'x'::character varying"
        );
        assert_eq!(column_default_sql("'a and b'::text"), "'a and b'::text");
        assert_eq!(
            column_default_sql("lower(('A' || 'B'))"),
            "lower(('A' || 'B'))"
        );
        assert_eq!(
            column_default_sql("now() AT TIME ZONE 'utc'"),
            "(now() AT TIME ZONE 'utc')"
        );
        assert_eq!(column_default_sql("NOT true"), "(NOT true)");
        assert_eq!(column_default_sql("(1 IS NULL)"), "(1 IS NULL)");
    }

    #[test]
    fn keyword_list_is_sorted_for_binary_search() {
        let mut sorted = QUOTED_KEYWORDS.to_vec();
        sorted.sort();
        assert_eq!(sorted, QUOTED_KEYWORDS);
    }

    #[test]
    fn quotes_only_where_needed() {
        assert_eq!(quote_ident("users"), "users");
        assert_eq!(quote_ident("user"), "\"user\"");
        assert_eq!(quote_ident("Users"), "\"Users\"");
        assert_eq!(quote_ident("a b"), "\"a b\"");
        assert_eq!(quote_ident("evil\"role"), "\"evil\"\"role\"");
        assert_eq!(quote_ident("1abc"), "\"1abc\"");
        assert_eq!(quote_ident("name"), "name");
    }

    #[test]
    fn spells_types() {
        let t = |name: &str, mods: &[&str], dims| TypeRef {
            schema: None,
            name: name.into(),
            modifiers: mods.iter().map(|m| m.to_string()).collect(),
            array_dims: dims,
        };
        assert_eq!(
            type_sql(&t("timestamp with time zone", &["3"], 0)),
            "timestamp(3) with time zone"
        );
        assert_eq!(
            type_sql(&t("character varying", &["20"], 1)),
            "character varying(20)[]"
        );
        assert_eq!(type_sql(&t("numeric", &["10", "2"], 0)), "numeric(10,2)");
        let user = TypeRef {
            schema: Some("public".into()),
            name: "Mood".into(),
            modifiers: vec![],
            array_dims: 0,
        };
        assert_eq!(type_sql(&user), "public.\"Mood\"");
    }

    #[test]
    fn volatile_defaults_are_recognised_by_function_name() {
        assert!(is_volatile("gen_random_uuid()"));
        assert!(is_volatile("NEXTVAL('s'::regclass)"));
        assert!(is_volatile("(random() * 10)::int"));
        assert!(!is_volatile("now()"));
        assert!(!is_volatile("my_random(1)"));
        assert!(!is_volatile("CURRENT_TIMESTAMP"));
    }

    #[test]
    fn column_references_by_token() {
        assert!(references_column("lower(email)", "users", "email"));
        assert!(references_column(
            "users.email IS NOT NULL",
            "users",
            "email"
        ));
        assert!(!references_column("user_email > 0", "users", "email"));
        assert!(!references_column("'email' = x", "users", "email"));
        assert!(!references_column("email(x)", "users", "email"));
        assert!(!references_column("other.email", "users", "email"));
        assert!(references_column("\"Email\" > 0", "t", "Email"));
        assert!(!references_column("Email > 0", "t", "Email"));
        assert_eq!(
            rename_column_refs(
                "(id > 0) AND t.id <> 'id' AND lower(id::text) = 'x'",
                "t",
                "id",
                "gen_new_id"
            ),
            "(gen_new_id > 0) AND t.gen_new_id <> 'id' AND lower(gen_new_id::text) = 'x'"
        );
        assert_eq!(
            rename_column_refs("é = 'ü' OR x", "t", "x", "Y"),
            "é = 'ü' OR \"Y\""
        );
    }
}

// ------------------------------------------------------------------------------- DDL facts

/// A DDL statement on an existing table, and what PostgreSQL does when it runs it: the lock it
/// takes, whether it rewrites or scans the table, whether it may run in a transaction block
/// (sql-altertable, sql-createindex, sql-dropindex, sql-droptrigger). The planner's risks and
/// `gen lint` read these facts from here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ddl {
    /// `ADD COLUMN`; `rewrites` when its default is volatile, or it is an identity or stored
    /// generated column (PostgreSQL 11+ adds other columns without touching the rows).
    AddColumn {
        rewrites: bool,
    },
    DropColumn,
    /// `ALTER COLUMN ... TYPE`; `rewrites` unless the change is binary coercible
    /// ([`type_change_is_free`]) with no USING expression.
    AlterColumnType {
        rewrites: bool,
    },
    /// `SET DEFAULT`, `DROP DEFAULT`, `DROP NOT NULL`: catalog only.
    AlterColumnCatalog,
    /// `SET NOT NULL`; `proven` when a validated `CHECK (col IS NOT NULL)` exists (12+ skips the
    /// scan then).
    SetNotNull {
        proven: bool,
    },
    /// `ADD CONSTRAINT ... CHECK`; `not_valid` skips the scan.
    AddCheck {
        not_valid: bool,
    },
    /// `ADD CONSTRAINT ... FOREIGN KEY`: locks both tables; `not_valid` skips the scan.
    AddForeignKey {
        not_valid: bool,
    },
    /// `VALIDATE CONSTRAINT`: scans, but reads and writes continue.
    ValidateConstraint,
    /// `ADD PRIMARY KEY / UNIQUE` building its index under the lock.
    AddKeyConstraint,
    /// `ADD PRIMARY KEY / UNIQUE USING INDEX`: attaches a built index.
    AttachKeyIndex,
    DropConstraint,
    /// `RENAME` of a table, column or constraint.
    Rename,
    /// `ALTER INDEX ... RENAME`.
    RenameIndex,
    CreateIndex {
        concurrently: bool,
    },
    DropIndex {
        concurrently: bool,
    },
    DropTable,
    CreateTrigger,
    DropTrigger,
    /// `CREATE RULE` / `DROP RULE`: the rule system takes the table's strongest lock.
    CreateRule,
    DropRule,
    /// `ENABLE` / `DISABLE` / `ENABLE REPLICA` / `ENABLE ALWAYS TRIGGER`.
    SetTriggerFiring,
    /// `CLUSTER ON` / `SET WITHOUT CLUSTER`: marks an index, catalog only.
    ClusterOn,
}

impl Ddl {
    /// The strongest lock the statement takes on its table on PostgreSQL `version`.
    pub fn lock(self, version: u32) -> Lock {
        match self {
            Ddl::ValidateConstraint
            | Ddl::ClusterOn
            | Ddl::CreateIndex { concurrently: true }
            | Ddl::DropIndex { concurrently: true } => Lock::ShareUpdateExclusive,
            Ddl::CreateIndex {
                concurrently: false,
            } => Lock::Share,
            Ddl::AddForeignKey { .. } | Ddl::CreateTrigger | Ddl::SetTriggerFiring => {
                Lock::ShareRowExclusive
            }
            Ddl::RenameIndex => Lock::for_index_rename(version),
            Ddl::AddColumn { .. }
            | Ddl::DropColumn
            | Ddl::AlterColumnType { .. }
            | Ddl::AlterColumnCatalog
            | Ddl::SetNotNull { .. }
            | Ddl::AddCheck { .. }
            | Ddl::AddKeyConstraint
            | Ddl::AttachKeyIndex
            | Ddl::DropConstraint
            | Ddl::Rename
            | Ddl::DropIndex {
                concurrently: false,
            }
            | Ddl::DropTable
            | Ddl::DropTrigger
            | Ddl::CreateRule
            | Ddl::DropRule => Lock::AccessExclusive,
        }
    }

    /// Whether the table and its indexes are rewritten.
    pub fn rewrites(self) -> bool {
        matches!(
            self,
            Ddl::AddColumn { rewrites: true } | Ddl::AlterColumnType { rewrites: true }
        )
    }

    /// Whether the whole table is read (a rewrite reads it too) on PostgreSQL `version`.
    pub fn scans(self, version: u32) -> bool {
        match self {
            Ddl::SetNotNull { proven } => !(proven && set_not_null_uses_check(version)),
            Ddl::AddCheck { not_valid } | Ddl::AddForeignKey { not_valid } => !not_valid,
            Ddl::ValidateConstraint | Ddl::AddKeyConstraint | Ddl::CreateIndex { .. } => true,
            other => other.rewrites(),
        }
    }

    /// Whether the statement may run inside a transaction block (`CONCURRENTLY` may not).
    pub fn in_transaction(self) -> bool {
        !matches!(
            self,
            Ddl::CreateIndex { concurrently: true } | Ddl::DropIndex { concurrently: true }
        )
    }

    /// Whether the lock blocks the application's writes (everything from SHARE up).
    pub fn blocks_writes(self, version: u32) -> bool {
        self.lock(version) >= Lock::Share
    }
}

#[cfg(test)]
mod ddl_tests {
    use super::*;

    #[test]
    fn ddl_facts() {
        assert_eq!(
            Ddl::AddForeignKey { not_valid: true }.lock(15),
            Lock::ShareRowExclusive
        );
        assert!(!Ddl::AddForeignKey { not_valid: true }.scans(15));
        assert!(Ddl::SetNotNull { proven: true }.scans(11));
        assert!(!Ddl::SetNotNull { proven: true }.scans(12));
        assert!(!Ddl::CreateIndex { concurrently: true }.in_transaction());
        assert!(!Ddl::CreateIndex { concurrently: true }.blocks_writes(15));
        assert!(
            Ddl::CreateIndex {
                concurrently: false
            }
            .blocks_writes(15)
        );
        assert_eq!(Ddl::RenameIndex.lock(11), Lock::AccessExclusive);
        assert!(Ddl::AlterColumnType { rewrites: true }.scans(15));
    }
}
