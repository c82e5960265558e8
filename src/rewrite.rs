//! `gen rewrite`: a hand-written (or agent-written) migration turned into gen's phased migration
//! set. The migration is applied to the model of the old schema (`parse::Reader::read_migration`,
//! the read-back of gen's own files) to learn what its author wanted; then the migration from
//! the old schema to that one is planned exactly as `gen diff` plans it. What the SQL says beyond
//! the resulting schema is kept: a rename is a rename (`@renamed`), not a drop and an add, and a
//! type change's `USING` is the conversion (`@using`).

use crate::error::Error;
use crate::model::{QualName, Schema};
use crate::parse::{self, ParseOptions, Parsed};
use crate::{Input, plan};

/// The plan from `old` to `old` + `migration`.
pub fn rewrite(
    old: &Input,
    migration: &Input,
    parse_opts: ParseOptions,
    opts: &plan::PlanOptions,
) -> Result<plan::Plan, Error> {
    let mut reader = parse::Reader::new(parse_opts);
    reader.read(&old.path, &old.text)?;
    reader.forget_change_directives();
    let before = reader.model().clone();
    reader.read_migration(&migration.path, &migration.text)?;
    let mut after = reader.finish();
    keep_renames_of_old_objects(&before, &mut after.schema);
    // the notes of reading the old schema are among the reader's
    crate::plan_parsed(
        Parsed {
            schema: before,
            notes: Vec::new(),
        },
        after,
        opts,
    )
}

/// A rename is a change of an object of the old schema: `@renamed from=X` of an object the
/// migration created (and renamed after) is dropped, as X was never in the old schema.
fn keep_renames_of_old_objects(old: &Schema, new: &mut Schema) {
    let exists_table = |q: &QualName| old.tables.contains_key(q);
    for (name, t) in new.tables.iter_mut() {
        let old_name = match &t.directives.renamed_from {
            Some(f) if exists_table(&QualName::new(name.schema.clone(), f.clone())) => {
                QualName::new(name.schema.clone(), f.clone())
            }
            _ => {
                t.directives.renamed_from = None;
                name.clone()
            }
        };
        let ot = old.tables.get(&old_name);
        for c in &mut t.columns {
            if let Some(f) = &c.directives.renamed_from
                && ot.and_then(|ot| ot.column(f)).is_none()
            {
                c.directives.renamed_from = None;
            }
        }
        for (_, c) in t.constraints.iter_mut() {
            if let Some(f) = &c.directives.renamed_from
                && !ot.is_some_and(|ot| ot.constraints.contains_key(f))
            {
                c.directives.renamed_from = None;
            }
        }
    }
    for (name, i) in new.indexes.iter_mut() {
        if let Some(f) = &i.directives.renamed_from
            && !old
                .indexes
                .contains_key(&QualName::new(name.schema.clone(), f.clone()))
        {
            i.directives.renamed_from = None;
        }
    }
    for (name, e) in new.enums.iter_mut() {
        let old_name = match &e.directives.renamed_from {
            Some(f)
                if old
                    .enums
                    .contains_key(&QualName::new(name.schema.clone(), f.clone())) =>
            {
                QualName::new(name.schema.clone(), f.clone())
            }
            _ => {
                e.directives.renamed_from = None;
                name.clone()
            }
        };
        let labels = old.enums.get(&old_name).map(|o| o.labels.clone());
        e.label_renames
            .retain(|_, from| labels.as_ref().is_some_and(|l| l.contains(from)));
    }
}
