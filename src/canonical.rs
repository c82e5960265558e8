//! The canonical text of a schema, for showing how two schemas differ: the statements that
//! create it from nothing, one per object (the planner's own statements for an empty database,
//! so every kind of object the model holds is in it, spelled the way gen writes it), sorted, each
//! ending in `;` and separated by a blank line. Two schemas the diff finds equal have the same
//! text up to how expressions and definitions are spelled; a unified diff of two texts shows
//! the objects that differ.

use crate::error::Error;
use crate::model::Schema;
use crate::{diff, plan};

/// The canonical text of `schema` (its directives left out: they are not part of what a
/// database holds; a table's columns sorted by name: their order is not compared, and a column
/// added by a migration comes last where the schema file may write it anywhere).
pub fn text(schema: &Schema) -> Result<String, Error> {
    let mut schema = schema.without_directives();
    for t in schema.tables.values_mut() {
        t.columns.sort_by(|a, b| a.name.cmp(&b.name));
    }
    let empty = Schema::default();
    let changes = diff::diff(&empty, &schema)?;
    let opts = plan::PlanOptions {
        allow_data_loss: true,
        ..Default::default()
    };
    let p = plan::plan(&empty, &schema, changes, &opts)?;
    let mut statements: Vec<String> = p
        .units
        .iter()
        .flat_map(|u| u.up.iter())
        .filter(|s| !s.starts_with("SET LOCAL "))
        .map(|s| format!("{s};\n"))
        .collect();
    statements.sort();
    statements.dedup();
    Ok(statements.join("\n"))
}

/// A unified diff of the canonical texts of `from` and `to` (empty when the texts are equal).
pub fn diff_text(
    from: &Schema,
    from_name: &str,
    to: &Schema,
    to_name: &str,
) -> Result<String, Error> {
    let (a, b) = (text(from)?, text(to)?);
    Ok(if a == b {
        String::new()
    } else {
        crate::verify::unified_diff(&a, &b, from_name, to_name)
    })
}

/// Whether two schemas hold the same objects: the diff between them (directives left out) is
/// empty.
pub fn same(a: &Schema, b: &Schema) -> Result<bool, Error> {
    Ok(diff::diff(&a.without_directives(), &b.without_directives())?.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse_schema;

    #[test]
    fn one_sorted_statement_per_object() {
        let s = parse_schema(
            "t.sql",
            "CREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a);\n\
             CREATE TABLE a (id int PRIMARY KEY); -- @rows 5\n\
             CREATE INDEX b_a_idx ON b (a_id);\n\
             COMMENT ON TABLE a IS 'the a';",
        )
        .unwrap()
        .schema;
        let t = text(&s).unwrap();
        let firsts: Vec<&str> = t.split("\n\n").map(|s| s.lines().next().unwrap()).collect();
        assert_eq!(
            firsts,
            [
                "ALTER TABLE public.b ADD CONSTRAINT b_a_id_fkey FOREIGN KEY (a_id) REFERENCES public.a (id);",
                "COMMENT ON TABLE public.a IS 'the a';",
                "CREATE INDEX b_a_idx ON public.b USING btree (a_id);",
                "CREATE TABLE public.a (",
                "CREATE TABLE public.b (",
            ],
            "{t}"
        );
        let mut other = s.clone();
        other.indexes = Default::default();
        let d = diff_text(&s, "file", &other, "migrations").unwrap();
        assert!(d.contains("-CREATE INDEX b_a_idx"), "{d}");
        assert!(!same(&s, &other).unwrap());
        assert!(same(&s, &s.without_directives()).unwrap());
    }
}
