//! Table inheritance in the parser: `CREATE TABLE ... INHERITS (parent, ...)` takes the parents'
//! columns and CHECK constraints, and an ALTER TABLE of a parent recurses to its children as
//! PostgreSQL recurses it.

use super::*;

impl Builder<'_> {
    /// After `CREATE TABLE tq (...) INHERITS (parents)` read its own columns and constraints: the
    /// parents' columns come first, in order (a column declared again is merged: its type must
    /// match, NOT NULL if either says so, its own default if it has one), then its own; the
    /// parents' inheritable CHECK constraints are added under their names.
    pub(super) fn apply_inherits(
        &mut self,
        s: &Stmt,
        tq: &QualName,
        parents: &[ast::ObjectName],
    ) -> R<()> {
        let mut parent_names = Vec::new();
        for p in parents {
            let pq = self.qual(s, p)?;
            let Some(pt) = self.schema.tables.get(&pq) else {
                return Err(self.err_at(s, format!("INHERITS unknown table {pq}")));
            };
            if pt.in_partition_tree() {
                return Err(self.err_at(
                    s,
                    format!("cannot inherit from {pq}: it is partitioned or a partition"),
                ));
            }
            if pq == *tq || parent_names.contains(&pq) {
                return Err(self.err_at(s, format!("table {pq} is inherited twice")));
            }
            parent_names.push(pq);
        }
        let own = std::mem::take(&mut self.schema.tables.get_mut(tq).expect("table").columns);
        let mut columns: Vec<Column> = Vec::with_capacity(own.len());
        let mut checks: Vec<Constraint> = Vec::new();
        for pq in &parent_names {
            let pt = &self.schema.tables[pq];
            for pc in &pt.columns {
                match columns.iter_mut().find(|c| c.name == pc.name) {
                    Some(c) if c.ty != pc.ty => {
                        return Err(self.err_at(
                            s,
                            format!("inherited column {} has a type conflict", pc.name),
                        ));
                    }
                    Some(c) => c.not_null |= pc.not_null,
                    None => columns.push(pc.inherited()),
                }
            }
            checks.extend(
                pt.constraints
                    .values()
                    .filter(|c| c.inherits_to_children())
                    .map(Constraint::inherited),
            );
        }
        for oc in own {
            match columns.iter_mut().find(|c| c.name == oc.name) {
                Some(c) if c.ty != oc.ty => {
                    return Err(self.err_at(
                        s,
                        format!("column {} has a type conflict with its parent's", oc.name),
                    ));
                }
                Some(c) => {
                    let not_null = c.not_null || oc.not_null;
                    let default = oc.default.clone().or_else(|| c.default.take());
                    *c = Column {
                        not_null,
                        default,
                        ..oc
                    };
                }
                None => columns.push(oc),
            }
        }
        let t = self.schema.tables.get_mut(tq).expect("table");
        t.columns = columns;
        for c in checks {
            t.constraints.entry(c.name.clone()).or_insert(c);
        }
        t.inherits = parent_names;
        self.any_inherits = true;
        Ok(())
    }

    /// The state of `tq` an ALTER TABLE recursing to its inheritance children compares with:
    /// its columns and constraints, when it has children.
    pub(super) fn inheritance_snapshot(&self, tq: &QualName) -> Option<Table> {
        if !self.any_inherits {
            return None;
        }
        let t = self.schema.tables.get(tq)?;
        self.schema.has_inheritance_children(tq).then(|| t.clone())
    }

    /// After an ALTER TABLE on `tq`, which had inheritance children: what PostgreSQL does to
    /// them too. Added columns and type changes always recurse; dropped columns, defaults, NOT
    /// NULL and CHECK constraints only without ONLY. Children of children follow.
    pub(super) fn propagate_to_children(
        &mut self,
        s: &Stmt,
        tq: &QualName,
        before: Option<Table>,
        only: bool,
    ) -> R<()> {
        let Some(old) = before else {
            return Ok(());
        };
        let new = self.schema.tables[tq].clone();
        for child in self.schema.inheritance_children(tq) {
            let child_before = self.inheritance_snapshot(&child);
            if !only {
                for oc in &old.columns {
                    if new.column(&oc.name).is_none() {
                        self.drop_column(s, &child, &oc.name, true)?;
                    }
                }
            }
            let ct = self.schema.tables.get_mut(&child).expect("table");
            for nc in &new.columns {
                let oc = old.column(&nc.name);
                match (oc, ct.column_mut(&nc.name)) {
                    (None, None) => ct.columns.push(nc.inherited()),
                    (Some(oc), Some(cc)) => {
                        if oc.ty != nc.ty || oc.collation != nc.collation {
                            cc.ty = nc.ty.clone();
                            cc.collation = nc.collation.clone();
                        }
                        if !only {
                            if oc.default != nc.default {
                                cc.default = nc.default.clone();
                            }
                            if oc.not_null != nc.not_null {
                                cc.not_null = nc.not_null;
                            }
                        }
                    }
                    _ => {}
                }
            }
            if !only {
                for (name, c) in &old.constraints {
                    if c.inherits_to_children()
                        && !new.constraints.contains_key(name)
                        && ct.constraints.get(name).is_some_and(|cc| cc.kind == c.kind)
                    {
                        ct.constraints.remove(name);
                    }
                }
                for (name, c) in &new.constraints {
                    if c.inherits_to_children() && !old.constraints.contains_key(name) {
                        ct.constraints
                            .entry(name.clone())
                            .or_insert_with(|| c.inherited());
                    }
                }
            }
            self.propagate_to_children(s, &child, child_before, only)?;
        }
        Ok(())
    }
}
