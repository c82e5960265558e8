//! Questions about partitioning that the parser, the diff and the planner all ask of a model:
//! which tables are partitions of which, what an index of a partition stands for, and what a
//! partition would be on its own once detached.

use super::*;

/// What an index is: its definition (on its own table, under its own name) and, for the index of
/// a PRIMARY KEY / UNIQUE / EXCLUDE constraint (or an index of a partition attached to one), the
/// constraint behind it, as declared on the table at the root of the chain.
#[derive(Debug, Clone)]
pub struct IndexDef {
    pub index: Index,
    pub constraint: Option<Constraint>,
}

impl IndexDef {
    /// Whether the index is the index of a constraint.
    pub fn is_constraint(&self) -> bool {
        self.constraint.is_some()
    }
}

impl Schema {
    /// Whether `table` has an index named `name` (in its schema): its own or a key
    /// constraint's, as `CLUSTER ON` and `REPLICA IDENTITY USING INDEX` name them.
    pub fn table_has_index(&self, table: &QualName, name: &str) -> bool {
        self.indexes
            .get(&QualName::new(table.schema.clone(), name.to_string()))
            .is_some_and(|i| &i.table == table)
            || self
                .tables
                .get(table)
                .is_some_and(|t| t.constraints.get(name).is_some_and(|c| c.kind.has_index()))
    }

    /// The names of the indexes on `table`: its own, its constraints', and those attached to its
    /// parent's.
    pub fn indexes_on(&self, table: &QualName) -> Vec<QualName> {
        let mut v: Vec<QualName> = self
            .indexes
            .values()
            .filter(|i| &i.table == table)
            .map(|i| i.name.clone())
            .collect();
        if let Some(t) = self.tables.get(table) {
            v.extend(
                t.constraints
                    .values()
                    .filter(|c| c.kind.has_index())
                    .map(|c| c.index_name(table)),
            );
        }
        v.extend(
            self.partition_indexes
                .values()
                .filter(|p| &p.table == table)
                .map(|p| p.name.clone()),
        );
        v
    }

    /// Whether `table` is partitioned or a partition.
    pub fn in_partition_tree(&self, table: &QualName) -> bool {
        self.tables.get(table).is_some_and(Table::in_partition_tree)
    }

    /// Whether `table` is partitioned.
    pub fn is_partitioned(&self, table: &QualName) -> bool {
        self.tables
            .get(table)
            .is_some_and(|t| t.partition_by.is_some())
    }

    /// The partitions of `table`, in name order.
    pub fn partitions_of(&self, table: &QualName) -> Vec<QualName> {
        self.tables
            .values()
            .filter(|t| t.partition_of.as_ref().is_some_and(|o| &o.parent == table))
            .map(|t| t.name.clone())
            .collect()
    }

    /// The DEFAULT partition of `table`, if it has one.
    pub fn default_partition(&self, table: &QualName) -> Option<QualName> {
        self.tables
            .values()
            .find(|t| {
                t.partition_of
                    .as_ref()
                    .is_some_and(|o| &o.parent == table && o.bound == PartitionBound::Default)
            })
            .map(|t| t.name.clone())
    }

    /// The indexes of partitions attached directly to index `parent`, in name order.
    pub fn attached_to(&self, parent: &QualName) -> Vec<&PartitionIndex> {
        self.partition_indexes
            .values()
            .filter(|p| &p.parent == parent)
            .collect()
    }

    /// The definition of the index named `name`: a plain index, the index of a constraint, or an
    /// index of a partition attached to its parent's (defined by that one, on the partition).
    pub fn index_definition(&self, name: &QualName) -> Option<IndexDef> {
        if let Some(i) = self.indexes.get(name) {
            return Some(IndexDef {
                index: i.clone(),
                constraint: None,
            });
        }
        if let Some(pi) = self.partition_indexes.get(name) {
            let mut d = self.index_definition(&pi.parent)?;
            d.index.name = pi.name.clone();
            d.index.table = pi.table.clone();
            return Some(d);
        }
        self.tables
            .values()
            .filter(|t| t.name.schema == name.schema)
            .find_map(|t| {
                let c = t.constraints.get(&name.name)?;
                Some(IndexDef {
                    index: constraint_index(&t.name, c)?,
                    constraint: Some(c.clone()),
                })
            })
    }

    /// Partition `table` as it is on its own once detached from its parent: what it inherited
    /// becomes its own (the parent's CHECK and FOREIGN KEY constraints, the constraints behind
    /// its indexes attached to its parent's constraints, under their names); and its other
    /// indexes attached to its parent's, as plain indexes.
    pub fn detached(&self, table: &QualName) -> Option<(Table, Vec<Index>)> {
        let t = self.tables.get(table)?;
        let mut out = t.clone();
        out.partition_of = None;
        let mut indexes = Vec::new();
        for pi in self
            .partition_indexes
            .values()
            .filter(|p| &p.table == table)
        {
            if t.constraints.contains_key(&pi.name.name) {
                // its own constraint's index, attached to a plain index of the parent
                continue;
            }
            let Some(d) = self.index_definition(&pi.name) else {
                continue;
            };
            match d.constraint {
                Some(c) => {
                    out.constraints.insert(
                        pi.name.name.clone(),
                        Constraint {
                            name: pi.name.name.clone(),
                            comment: None,
                            directives: Directives::default(),
                            ..c
                        },
                    );
                }
                None => indexes.push(Index {
                    comment: None,
                    directives: Directives::default(),
                    ..d.index
                }),
            }
        }
        if let Some(of) = &t.partition_of {
            for c in self.inherited_constraints(&of.parent) {
                out.constraints
                    .entry(c.name.clone())
                    .or_insert_with(|| Constraint {
                        comment: None,
                        directives: Directives::default(),
                        ..c
                    });
            }
        }
        Some((out, indexes))
    }

    /// The CHECK and FOREIGN KEY constraints the partitions of `table` inherit: its own and,
    /// when it is a partition itself, those it inherits.
    pub fn inherited_constraints(&self, table: &QualName) -> Vec<Constraint> {
        let mut out: Vec<Constraint> = Vec::new();
        let mut next = Some(table.clone());
        let mut seen = 0;
        while let Some(t) = next.take().and_then(|n| self.tables.get(&n)) {
            for c in t.constraints.values().filter(|c| c.is_inherited()) {
                if !out.iter().any(|o| o.name == c.name) {
                    out.push(c.clone());
                }
            }
            next = t.partition_of.as_ref().map(|o| o.parent.clone());
            seen += 1;
            if seen > self.tables.len() {
                break;
            }
        }
        out
    }
}

impl Constraint {
    /// Whether partitions inherit the constraint from their partitioned parent as the same
    /// constraint (CHECK without NO INHERIT, FOREIGN KEY), rather than through an index.
    pub fn is_inherited(&self) -> bool {
        matches!(
            self.kind,
            ConstraintKind::Check {
                no_inherit: false,
                ..
            } | ConstraintKind::ForeignKey { .. }
        )
    }
}

/// The index PostgreSQL builds for a PRIMARY KEY / UNIQUE constraint (plain unique btree), or
/// for an EXCLUDE constraint (described by its definition); None for other constraints.
pub fn constraint_index(table: &QualName, c: &Constraint) -> Option<Index> {
    let plain = |columns: &[String], include: &[String], nnd: bool, unique: bool| Index {
        name: c.index_name(table),
        table: table.clone(),
        unique,
        method: "btree".into(),
        keys: columns
            .iter()
            .map(|col| IndexKey {
                key: IndexKeyExpr::Column(col.clone()),
                collation: None,
                opclass: None,
                descending: false,
                nulls_first: None,
            })
            .collect(),
        include: include.to_vec(),
        predicate: None,
        nulls_not_distinct: nnd,
        with: Vec::new(),
        statistics: Vec::new(),
        comment: None,
        directives: Directives::default(),
    };
    match &c.kind {
        ConstraintKind::PrimaryKey { columns, include } => {
            Some(plain(columns, include, false, true))
        }
        ConstraintKind::Unique {
            columns,
            include,
            nulls_not_distinct,
        } => Some(plain(columns, include, *nulls_not_distinct, true)),
        ConstraintKind::Exclude { definition } => {
            let mut i = plain(&[], &[], false, false);
            i.method = "exclude".into();
            i.keys = vec![IndexKey {
                key: IndexKeyExpr::Expression(definition.clone()),
                collation: None,
                opclass: None,
                descending: false,
                nulls_first: None,
            }];
            Some(i)
        }
        _ => None,
    }
}

/// Whether two indexes are the same index apart from their name and table (what PostgreSQL's
/// `CompareIndexInfo` compares when it attaches an index of a partition to its parent's).
pub fn same_index_definition(a: &Index, b: &Index) -> bool {
    a.unique == b.unique
        && a.method == b.method
        && a.keys == b.keys
        && a.include == b.include
        && a.predicate == b.predicate
        && a.nulls_not_distinct == b.nulls_not_distinct
}
