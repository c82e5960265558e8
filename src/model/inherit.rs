//! Table inheritance (`CREATE TABLE child (...) INHERITS (parent)`): which tables inherit from
//! which, and what a child declares itself, for the parser, the diff and the planner.

use super::*;

impl Schema {
    /// The tables that inherit directly from `table`, in name order.
    pub fn inheritance_children(&self, table: &QualName) -> Vec<QualName> {
        self.tables
            .values()
            .filter(|t| t.inherits.contains(table))
            .map(|t| t.name.clone())
            .collect()
    }

    /// Whether `table` inherits from another table or is inherited from.
    pub fn in_inheritance(&self, table: &QualName) -> bool {
        self.tables
            .get(table)
            .is_some_and(|t| !t.inherits.is_empty())
            || self.tables.values().any(|t| t.inherits.contains(table))
    }

    /// The tables that inherit from another or are inherited from.
    pub fn inheritance_members(&self) -> BTreeSet<QualName> {
        let mut out = BTreeSet::new();
        for t in self.tables.values().filter(|t| !t.inherits.is_empty()) {
            out.insert(t.name.clone());
            out.extend(t.inherits.iter().cloned());
        }
        out
    }

    /// `t` as its `CREATE TABLE ... INHERITS` declares it: without the columns it inherits
    /// unchanged from a parent and without the CHECK constraints it inherits.
    pub fn declared_shape(&self, t: &Table) -> Table {
        let parents: Vec<&Table> = t
            .inherits
            .iter()
            .filter_map(|p| self.tables.get(p))
            .collect();
        if parents.is_empty() {
            return t.clone();
        }
        let mut shape = t.clone();
        shape.columns.retain(|c| {
            !parents.iter().any(|p| {
                p.column(&c.name).is_some_and(|pc| {
                    pc.ty == c.ty
                        && pc.not_null == c.not_null
                        && pc.default == c.default
                        && pc.collation == c.collation
                        && pc.generated == c.generated
                        && c.identity.is_none()
                })
            })
        });
        shape
            .constraints
            .retain(|name, c| !parents.iter().any(|p| inherited_check(p, name, c)));
        shape
    }
}

/// Whether `c` is the CHECK constraint `name` that a child of `parent` inherits.
fn inherited_check(parent: &Table, name: &str, c: &Constraint) -> bool {
    matches!(
        c.kind,
        ConstraintKind::Check {
            no_inherit: false,
            ..
        }
    ) && parent
        .constraints
        .get(name)
        .is_some_and(|pc| pc.kind == c.kind)
}
