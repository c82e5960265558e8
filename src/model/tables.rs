//! [`Tables`]: a schema's tables by name, shared copy-on-write.
//!
//! The diff works on a copy of the old model with the renames applied (`@renamed`), and a
//! rename touches a few tables. With each table behind an [`Arc`], copying a schema copies
//! pointers, and a table is copied only when it is changed ([`Tables::get_mut`] and the other
//! `_mut` methods copy a shared table first). Reading is the same as a `BTreeMap<QualName, Table>`.

use super::{QualName, Table};
use serde::{Deserialize, Serialize};
use std::borrow::Borrow;
use std::collections::BTreeMap;
use std::collections::btree_map;
use std::fmt;
use std::sync::Arc;

#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Tables(BTreeMap<QualName, Arc<Table>>);

type Shared<'a> = (&'a QualName, &'a Arc<Table>);
type Owned<'a> = (&'a QualName, &'a mut Arc<Table>);

/// Iterator over `(name, table)`.
pub type Iter<'a> = std::iter::Map<btree_map::Iter<'a, QualName, Arc<Table>>, ReadFn<'a>>;
type ReadFn<'a> = fn(Shared<'a>) -> (&'a QualName, &'a Table);

fn read<'a>((k, v): Shared<'a>) -> (&'a QualName, &'a Table) {
    (k, v)
}

fn write<'a>((k, v): Owned<'a>) -> (&'a QualName, &'a mut Table) {
    (k, Arc::make_mut(v))
}

impl Tables {
    pub fn new() -> Self {
        Tables(BTreeMap::new())
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn get<Q>(&self, name: &Q) -> Option<&Table>
    where
        QualName: Borrow<Q>,
        Q: Ord + ?Sized,
    {
        self.0.get(name).map(|t| &**t)
    }

    pub fn get_key_value<Q>(&self, name: &Q) -> Option<(&QualName, &Table)>
    where
        QualName: Borrow<Q>,
        Q: Ord + ?Sized,
    {
        self.0.get_key_value(name).map(read)
    }

    /// The table to change (copied first when another schema shares it).
    pub fn get_mut<Q>(&mut self, name: &Q) -> Option<&mut Table>
    where
        QualName: Borrow<Q>,
        Q: Ord + ?Sized,
    {
        self.0.get_mut(name).map(Arc::make_mut)
    }

    pub fn contains_key<Q>(&self, name: &Q) -> bool
    where
        QualName: Borrow<Q>,
        Q: Ord + ?Sized,
    {
        self.0.contains_key(name)
    }

    /// Adds or replaces a table; the table it replaces, if any.
    pub fn insert(&mut self, name: QualName, table: Table) -> Option<Table> {
        self.0
            .insert(name, Arc::new(table))
            .map(Arc::unwrap_or_clone)
    }

    pub fn remove<Q>(&mut self, name: &Q) -> Option<Table>
    where
        QualName: Borrow<Q>,
        Q: Ord + ?Sized,
    {
        self.0.remove(name).map(Arc::unwrap_or_clone)
    }

    pub fn keys(&self) -> btree_map::Keys<'_, QualName, Arc<Table>> {
        self.0.keys()
    }

    pub fn values(&self) -> impl DoubleEndedIterator<Item = &Table> + Clone {
        self.0.values().map(|t| &**t)
    }

    pub fn iter(&self) -> Iter<'_> {
        self.0.iter().map(read as ReadFn<'_>)
    }

    /// Every table, to change (each copied first when shared: to change a few, look them up
    /// with [`Tables::get_mut`] or use [`Tables::update`]).
    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut Table> {
        self.0.values_mut().map(Arc::make_mut)
    }

    pub fn iter_mut(&mut self) -> impl Iterator<Item = (&QualName, &mut Table)> {
        self.0.iter_mut().map(write)
    }

    /// Applies `change` to the tables `wanted` says it changes, copying only those.
    pub fn update(&mut self, wanted: impl Fn(&Table) -> bool, mut change: impl FnMut(&mut Table)) {
        for t in self.0.values_mut() {
            if wanted(t) {
                change(Arc::make_mut(t));
            }
        }
    }
}

impl fmt::Debug for Tables {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

impl<Q> std::ops::Index<&Q> for Tables
where
    QualName: Borrow<Q>,
    Q: Ord + ?Sized,
{
    type Output = Table;
    fn index(&self, name: &Q) -> &Table {
        self.get(name).expect("no table of that name")
    }
}

impl<'a> IntoIterator for &'a Tables {
    type Item = (&'a QualName, &'a Table);
    type IntoIter = Iter<'a>;
    fn into_iter(self) -> Iter<'a> {
        self.iter()
    }
}

impl FromIterator<(QualName, Table)> for Tables {
    fn from_iter<I: IntoIterator<Item = (QualName, Table)>>(iter: I) -> Self {
        Tables(iter.into_iter().map(|(k, t)| (k, Arc::new(t))).collect())
    }
}

impl Extend<(QualName, Table)> for Tables {
    fn extend<I: IntoIterator<Item = (QualName, Table)>>(&mut self, iter: I) {
        self.0
            .extend(iter.into_iter().map(|(k, t)| (k, Arc::new(t))));
    }
}
