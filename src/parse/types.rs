//! sqlparser `DataType` -> canonical `TypeRef`.

use crate::model::TypeRef;
use sqlparser::ast::{
    ArrayElemTypeDef, CharacterLength, DataType, ExactNumberInfo, ObjectNamePart, TimezoneInfo,
};

fn t(name: &str, modifiers: Vec<String>) -> TypeRef {
    TypeRef {
        schema: None,
        name: name.to_string(),
        modifiers,
        array_dims: 0,
    }
}

fn len_mods(l: &Option<CharacterLength>, default: Option<&str>) -> Result<Vec<String>, String> {
    match l {
        None => Ok(default.map(|d| vec![d.to_string()]).unwrap_or_default()),
        Some(CharacterLength::IntegerLength { length, unit: None }) => Ok(vec![length.to_string()]),
        Some(other) => Err(format!("unsupported type length `{other}`")),
    }
}

fn num_mods(i: &ExactNumberInfo) -> Vec<String> {
    match i {
        ExactNumberInfo::None => vec![],
        // numeric(p) is numeric(p,0)
        ExactNumberInfo::Precision(p) => vec![p.to_string(), "0".to_string()],
        ExactNumberInfo::PrecisionAndScale(p, s) => vec![p.to_string(), s.to_string()],
    }
}

fn opt_mod(p: &Option<u64>) -> Vec<String> {
    p.iter().map(|p| p.to_string()).collect()
}

/// PostgreSQL's canonical name for a built-in type name or alias written as a plain word
/// (`int4` -> `integer`); None when the word is not a known built-in alias.
pub fn builtin_alias(word: &str) -> Option<&'static str> {
    Some(match word {
        "int" | "int4" | "integer" => "integer",
        "int8" | "bigint" => "bigint",
        "int2" | "smallint" => "smallint",
        "bool" | "boolean" => "boolean",
        "float4" | "real" => "real",
        "float8" | "float" => "double precision",
        "varchar" => "character varying",
        "char" | "bpchar" | "character" => "character",
        "decimal" | "numeric" => "numeric",
        "timestamptz" => "timestamp with time zone",
        "timestamp" => "timestamp without time zone",
        "timetz" => "time with time zone",
        "time" => "time without time zone",
        "varbit" => "bit varying",
        "bit" => "bit",
        "text" => "text",
        "date" => "date",
        "interval" => "interval",
        "uuid" => "uuid",
        "json" => "json",
        "jsonb" => "jsonb",
        "bytea" => "bytea",
        "inet" => "inet",
        "cidr" => "cidr",
        "macaddr" => "macaddr",
        "macaddr8" => "macaddr8",
        "money" => "money",
        "tsvector" => "tsvector",
        "tsquery" => "tsquery",
        "xml" => "xml",
        "point" => "point",
        "line" => "line",
        "lseg" => "lseg",
        "box" => "box",
        "path" => "path",
        "polygon" => "polygon",
        "circle" => "circle",
        "oid" => "oid",
        "regclass" => "regclass",
        "name" => "name",
        "int4range" => "int4range",
        "int8range" => "int8range",
        "numrange" => "numrange",
        "tsrange" => "tsrange",
        "tstzrange" => "tstzrange",
        "daterange" => "daterange",
        "jsonpath" => "jsonpath",
        "pg_lsn" => "pg_lsn",
        "txid_snapshot" => "txid_snapshot",
        "serial" | "serial4" => "serial",
        "bigserial" | "serial8" => "bigserial",
        "smallserial" | "serial2" => "smallserial",
        _ => return None,
    })
}

fn ident_value(p: &ObjectNamePart) -> Result<String, String> {
    match p.as_ident() {
        Some(i) if i.quote_style.is_some() => Ok(i.value.clone()),
        Some(i) => Ok(i.value.to_lowercase()),
        None => Err(format!("unsupported type name part `{p}`")),
    }
}

/// Canonical `TypeRef` of the declared type of a column, a composite type's attribute or a
/// domain: as [`type_ref`], but `bpchar` without a length stays `bpchar` (blank-padded character
/// of any length, as PostgreSQL prints it there; in a cast or a signature it is `character`, and
/// `character` alone is `character(1)`).
pub fn declared_type_ref(dt: &DataType) -> Result<TypeRef, String> {
    let mut t = type_ref(dt)?;
    if t.name == "character" && t.modifiers == ["1"] {
        let written = dt.to_string().to_lowercase();
        let base = written.trim_end_matches("[]");
        if base == "bpchar" || base == "pg_catalog.bpchar" || base == "\"bpchar\"" {
            t.name = "bpchar".to_string();
            t.modifiers.clear();
        }
    }
    Ok(t)
}

/// Canonical `TypeRef` of a column/cast type. Unqualified user types get `schema: None`
/// (the caller resolves enums of the file). `serial` family is returned as `serial`,
/// `bigserial`, `smallserial` (the caller expands them).
pub fn type_ref(dt: &DataType) -> Result<TypeRef, String> {
    use DataType as D;
    Ok(match dt {
        D::Int(None) | D::Int4(None) | D::Integer(None) => t("integer", vec![]),
        D::BigInt(None) | D::Int8(None) => t("bigint", vec![]),
        D::SmallInt(None) | D::Int2(None) => t("smallint", vec![]),
        D::Bool | D::Boolean => t("boolean", vec![]),
        D::Varchar(l) | D::CharacterVarying(l) | D::CharVarying(l) => {
            t("character varying", len_mods(l, None)?)
        }
        D::Char(l) | D::Character(l) => t("character", len_mods(l, Some("1"))?),
        D::Numeric(i) | D::Decimal(i) | D::Dec(i) => t("numeric", num_mods(i)),
        D::Real | D::Float4 => t("real", vec![]),
        D::Float8 | D::DoublePrecision | D::Double(ExactNumberInfo::None) => {
            t("double precision", vec![])
        }
        D::Float(ExactNumberInfo::None) => t("double precision", vec![]),
        D::Float(ExactNumberInfo::Precision(p)) if *p >= 1 && *p <= 24 => t("real", vec![]),
        D::Float(ExactNumberInfo::Precision(p)) if *p >= 25 && *p <= 53 => {
            t("double precision", vec![])
        }
        D::Timestamp(p, TimezoneInfo::None | TimezoneInfo::WithoutTimeZone) => {
            t("timestamp without time zone", opt_mod(p))
        }
        D::Timestamp(p, TimezoneInfo::WithTimeZone | TimezoneInfo::Tz) => {
            t("timestamp with time zone", opt_mod(p))
        }
        D::Time(p, TimezoneInfo::None | TimezoneInfo::WithoutTimeZone) => {
            t("time without time zone", opt_mod(p))
        }
        D::Time(p, TimezoneInfo::WithTimeZone | TimezoneInfo::Tz) => {
            t("time with time zone", opt_mod(p))
        }
        D::Date => t("date", vec![]),
        D::Interval { fields, precision } => {
            let name = match fields {
                None => "interval".to_string(),
                Some(f) => format!("interval {}", f.to_string().to_lowercase()),
            };
            t(&name, opt_mod(precision))
        }
        D::Uuid => t("uuid", vec![]),
        D::JSON => t("json", vec![]),
        D::JSONB => t("jsonb", vec![]),
        D::Bytea => t("bytea", vec![]),
        D::Text => t("text", vec![]),
        D::Regclass => t("regclass", vec![]),
        D::TsVector => t("tsvector", vec![]),
        D::TsQuery => t("tsquery", vec![]),
        D::Bit(n) => t(
            "bit",
            n.map(|n| vec![n.to_string()])
                .unwrap_or_else(|| vec!["1".into()]),
        ),
        D::BitVarying(n) | D::VarBit(n) => t("bit varying", opt_mod(n)),
        D::GeometricType(g) => t(&g.to_string().to_lowercase(), vec![]),
        D::Array(a) => {
            let inner = match a {
                ArrayElemTypeDef::SquareBracket(inner, _)
                | ArrayElemTypeDef::Qualified(inner, _) => inner,
                other => return Err(format!("unsupported array type `{other:?}`")),
            };
            // `int[][]` is `integer[]`: PostgreSQL keeps no dimension count
            let mut r = type_ref(inner)?;
            r.array_dims = 1;
            r
        }
        D::Custom(name, mods) => {
            let parts: Vec<String> = name.0.iter().map(ident_value).collect::<Result<_, _>>()?;
            let mods: Vec<String> = mods.iter().map(|m| m.trim().to_string()).collect();
            match parts.as_slice() {
                [one] => match builtin_alias(one) {
                    Some(canon) => builtin_with_mods(canon, mods),
                    None => TypeRef {
                        schema: None,
                        name: one.clone(),
                        modifiers: mods,
                        array_dims: 0,
                    },
                },
                [s, one] if s == "pg_catalog" => match builtin_alias(one) {
                    Some(canon) => builtin_with_mods(canon, mods),
                    None => TypeRef {
                        schema: None,
                        name: one.clone(),
                        modifiers: mods,
                        array_dims: 0,
                    },
                },
                [s, one] => TypeRef {
                    schema: Some(s.clone()),
                    name: one.clone(),
                    modifiers: mods,
                    array_dims: 0,
                },
                _ => return Err(format!("unsupported type name `{name}`")),
            }
        }
        other => return Err(format!("unsupported type `{other}`")),
    })
}

fn builtin_with_mods(canon: &str, mods: Vec<String>) -> TypeRef {
    match canon {
        "double precision" if mods.len() == 1 => {
            // float(p) written as a custom name
            let p: u64 = mods[0].parse().unwrap_or(53);
            t(if p <= 24 { "real" } else { "double precision" }, vec![])
        }
        "character" if mods.is_empty() => t("character", vec!["1".into()]),
        "bit" if mods.is_empty() => t("bit", vec!["1".into()]),
        _ => t(canon, mods),
    }
}
