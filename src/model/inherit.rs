//! Table inheritance (`CREATE TABLE child (...) INHERITS (parent)`): which tables inherit from
//! which, and what a child declares itself, for the parser, the diff and the planner.

use super::*;
use std::borrow::Cow;

impl Schema {
    /// The tables that inherit directly from `table`, in name order.
    pub fn inheritance_children(&self, table: &QualName) -> Vec<QualName> {
        self.tables
            .values()
            .filter(|t| t.inherits.contains(table))
            .map(|t| t.name.clone())
            .collect()
    }

    /// The tables with an inheritance parent, and their parents (a parent once per child).
    pub fn inheritance_members(&self) -> impl Iterator<Item = &QualName> {
        self.tables
            .values()
            .filter(|t| !t.inherits.is_empty())
            .flat_map(|t| std::iter::once(&t.name).chain(&t.inherits))
    }

    /// Whether some table inherits directly from `table`.
    pub fn has_inheritance_children(&self, table: &QualName) -> bool {
        self.tables.values().any(|t| t.inherits.contains(table))
    }

    /// `t` as its `CREATE TABLE ... INHERITS` declares it: without the columns it inherits
    /// unchanged from a parent and without the CHECK constraints it inherits.
    pub fn declared_shape<'t>(&self, t: &'t Table) -> Cow<'t, Table> {
        let parents: Vec<&Table> = t
            .inherits
            .iter()
            .filter_map(|p| self.tables.get(p))
            .collect();
        if parents.is_empty() {
            return Cow::Borrowed(t);
        }
        let mut shape = t.clone();
        shape.columns.retain(|c| {
            !parents.iter().any(|p| {
                p.column(&c.name)
                    .is_some_and(|pc| pc.same_definition(c) && c.identity.is_none())
            })
        });
        shape
            .constraints
            .retain(|name, c| !parents.iter().any(|p| inherited_check(p, name, c)));
        Cow::Owned(shape)
    }
}

/// Whether `c` is the CHECK constraint `name` that a child of `parent` inherits.
fn inherited_check(parent: &Table, name: &str, c: &Constraint) -> bool {
    c.inherits_to_children()
        && parent
            .constraints
            .get(name)
            .is_some_and(|pc| pc.kind == c.kind)
}

impl Column {
    /// Whether two columns have the same definition as a table's children inherit it: type,
    /// NOT NULL, default, collation and generation expression (not identity, comment or
    /// directives).
    pub fn same_definition(&self, other: &Column) -> bool {
        self.ty == other.ty
            && self.not_null == other.not_null
            && self.default == other.default
            && self.collation == other.collation
            && self.generated == other.generated
    }

    /// The column a table's inheritance child gets: without identity, comment, statistics
    /// target, attribute options or directives.
    pub fn inherited(&self) -> Column {
        Column {
            identity: None,
            comment: None,
            statistics: None,
            options: Vec::new(),
            directives: Directives::default(),
            ..self.clone()
        }
    }
}

impl Constraint {
    /// Whether a table's inheritance children inherit it: a CHECK without `NO INHERIT`.
    pub fn inherits_to_children(&self) -> bool {
        matches!(
            self.kind,
            ConstraintKind::Check {
                no_inherit: false,
                ..
            }
        )
    }

    /// The constraint a table's inheritance child gets: without comment or directives.
    pub fn inherited(&self) -> Constraint {
        Constraint {
            comment: None,
            directives: Directives::default(),
            ..self.clone()
        }
    }
}
