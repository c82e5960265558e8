//! PostgreSQL's rules in one place: identifier quoting, literal quoting, type spelling.

use crate::model::{QualName, TypeRef};

/// Keywords that `quote_ident` quotes: every PostgreSQL keyword that is not UNRESERVED
/// (reserved, type/function-name and column-name keywords of PostgreSQL 15's kwlist.h).
const QUOTED_KEYWORDS: &[&str] = &[
    "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization",
    "between", "bigint", "binary", "bit", "boolean", "both", "case", "cast", "char", "character",
    "check", "coalesce", "collate", "collation", "column", "concurrently", "constraint", "create",
    "cross", "current_catalog", "current_date", "current_role", "current_schema", "current_time",
    "current_timestamp", "current_user", "dec", "decimal", "default", "deferrable", "desc",
    "distinct", "do", "else", "end", "except", "exists", "extract", "false", "fetch", "float",
    "for", "foreign", "freeze", "from", "full", "grant", "greatest", "group", "grouping", "having",
    "ilike", "in", "initially", "inner", "inout", "int", "integer", "intersect", "interval", "into",
    "is", "isnull", "join", "json", "json_array", "json_arrayagg", "json_exists", "json_object",
    "json_objectagg", "json_query", "json_scalar", "json_serialize", "json_table", "json_value",
    "lateral", "leading", "least", "left", "like", "limit", "localtime", "localtimestamp",
    "merge_action", "national", "natural", "nchar", "none", "normalize", "not", "notnull", "null",
    "nullif", "numeric", "offset", "on", "only", "or", "order", "out", "outer", "overlaps",
    "overlay", "placing", "position", "precision", "primary", "real", "references", "returning",
    "right", "row", "select", "session_user", "setof", "similar", "smallint", "some", "substring",
    "symmetric", "system_user", "table", "tablesample", "then", "time", "timestamp", "to",
    "trailing", "treat", "trim", "true", "union", "unique", "user", "using", "values", "varchar",
    "variadic", "verbose", "when", "where", "window", "with", "xmlattributes", "xmlconcat",
    "xmlelement", "xmlexists", "xmlforest", "xmlnamespaces", "xmlparse", "xmlpi", "xmlroot",
    "xmlserialize", "xmltable",
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
    idents.iter().map(|i| quote_ident(i)).collect::<Vec<_>>().join(", ")
}

/// The SQL spelling of a canonical type: `character varying(20)`, `timestamp(3) with time zone`,
/// `public.mood[]`, `numeric(10,2)`.
pub fn type_sql(ty: &TypeRef) -> String {
    let mods = if ty.modifiers.is_empty() { String::new() } else { format!("({})", ty.modifiers.join(",")) };
    let mut s = match &ty.schema {
        Some(schema) => format!("{}.{}{}", quote_ident(schema), quote_ident(&ty.name), mods),
        None => {
            // Modifiers of time types go between the base word and the zone clause.
            let zone = [" with time zone", " without time zone"]
                .into_iter()
                .find(|z| ty.name.ends_with(z) && (ty.name.starts_with("timestamp") || ty.name.starts_with("time")));
            match zone {
                Some(z) => format!("{}{}{}", &ty.name[..ty.name.len() - z.len()], mods, z),
                None if ty.name.starts_with("interval ") && !mods.is_empty() => format!("{}{}", ty.name, mods),
                None if is_builtin_multiword(&ty.name) || is_plain_word(&ty.name) => format!("{}{}", ty.name, mods),
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
    name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
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

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(type_sql(&t("timestamp with time zone", &["3"], 0)), "timestamp(3) with time zone");
        assert_eq!(type_sql(&t("character varying", &["20"], 1)), "character varying(20)[]");
        assert_eq!(type_sql(&t("numeric", &["10", "2"], 0)), "numeric(10,2)");
        let user = TypeRef { schema: Some("public".into()), name: "Mood".into(), modifiers: vec![], array_dims: 0 };
        assert_eq!(type_sql(&user), "public.\"Mood\"");
    }
}
