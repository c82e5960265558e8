//! [`SharedMap`]: a schema's tables ([`Tables`]) or indexes ([`Indexes`]) by name, shared
//! copy-on-write.
//!
//! The diff works on a copy of the old model with the renames applied (`@renamed`), and a
//! rename touches a few tables. With each table behind an [`Arc`], copying a schema copies
//! pointers, and a table is copied only when it is changed ([`SharedMap::get_mut`] and the
//! other `_mut` methods copy a shared table first). The two models of a diff share the tables
//! and indexes that are the same in both (`parse::parse_schema_sharing`). Reading is the same
//! as a `BTreeMap<QualName, Table>`.

use super::{Index, QualName, Table};
use serde::{Deserialize, Serialize};
use std::borrow::Borrow;
use std::collections::BTreeMap;
use std::collections::btree_map;
use std::fmt;
use std::sync::Arc;

#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SharedMap<T>(BTreeMap<QualName, Arc<T>>);

/// A schema's tables by name.
pub type Tables = SharedMap<Table>;
/// A schema's indexes by name.
pub type Indexes = SharedMap<Index>;

type Shared<'a, T> = (&'a QualName, &'a Arc<T>);
type Owned<'a, T> = (&'a QualName, &'a mut Arc<T>);

/// Iterator over `(name, value)`.
pub type Iter<'a, T> = std::iter::Map<btree_map::Iter<'a, QualName, Arc<T>>, ReadFn<'a, T>>;
type ReadFn<'a, T> = fn(Shared<'a, T>) -> (&'a QualName, &'a T);

fn read<'a, T>((k, v): Shared<'a, T>) -> (&'a QualName, &'a T) {
    (k, v)
}

fn write<'a, T: Clone>((k, v): Owned<'a, T>) -> (&'a QualName, &'a mut T) {
    (k, Arc::make_mut(v))
}

impl<T> Default for SharedMap<T> {
    fn default() -> Self {
        SharedMap(BTreeMap::new())
    }
}

impl<T: Clone> SharedMap<T> {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn get<Q>(&self, name: &Q) -> Option<&T>
    where
        QualName: Borrow<Q>,
        Q: Ord + ?Sized,
    {
        self.0.get(name).map(|t| &**t)
    }

    pub fn get_key_value<Q>(&self, name: &Q) -> Option<(&QualName, &T)>
    where
        QualName: Borrow<Q>,
        Q: Ord + ?Sized,
    {
        self.0.get_key_value(name).map(read)
    }

    /// The value to change (copied first when another schema shares it).
    pub fn get_mut<Q>(&mut self, name: &Q) -> Option<&mut T>
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

    /// Adds or replaces a value; the one it replaces, if any.
    pub fn insert(&mut self, name: QualName, table: T) -> Option<T> {
        self.0
            .insert(name, Arc::new(table))
            .map(Arc::unwrap_or_clone)
    }

    pub fn remove<Q>(&mut self, name: &Q) -> Option<T>
    where
        QualName: Borrow<Q>,
        Q: Ord + ?Sized,
    {
        self.0.remove(name).map(Arc::unwrap_or_clone)
    }

    pub fn keys(&self) -> btree_map::Keys<'_, QualName, Arc<T>> {
        self.0.keys()
    }

    pub fn values(&self) -> impl DoubleEndedIterator<Item = &T> + Clone {
        self.0.values().map(|t| &**t)
    }

    pub fn iter(&self) -> Iter<'_, T> {
        self.0.iter().map(read as ReadFn<'_, T>)
    }

    /// Every value, to change (each copied first when shared: to change a few, look them up
    /// with [`SharedMap::get_mut`] or use [`SharedMap::update`]).
    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut T> {
        self.0.values_mut().map(Arc::make_mut)
    }

    pub fn iter_mut(&mut self) -> impl Iterator<Item = (&QualName, &mut T)> {
        self.0.iter_mut().map(write)
    }

    /// Moves the entries `moved` says out, into a map of their own (shared ones stay shared).
    pub fn extract(&mut self, moved: impl Fn(&T) -> bool) -> Self {
        let (on, off) = std::mem::take(&mut self.0)
            .into_iter()
            .partition(|(_, v)| moved(v));
        self.0 = off;
        SharedMap(on)
    }

    /// Whether both hold the same shared value under `name` (so it is the same one).
    pub fn shares<Q>(&self, other: &Self, name: &Q) -> bool
    where
        QualName: Borrow<Q>,
        Q: Ord + ?Sized,
    {
        matches!((self.0.get(name), other.0.get(name)), (Some(a), Some(b)) if Arc::ptr_eq(a, b))
    }

    /// Makes the value under `name` the one `from` holds under that name, shared, when `same`
    /// says the two are the same.
    pub fn share_from<Q>(&mut self, name: &Q, from: &Self, same: impl FnOnce(&T, &T) -> bool)
    where
        QualName: Borrow<Q>,
        Q: Ord + ?Sized,
    {
        if let (Some(mine), Some(theirs)) = (self.0.get_mut(name), from.0.get(name)) {
            adopt(mine, theirs, same);
        }
    }

    /// [`SharedMap::share_from`] for every name of both: one walk of the two in name order.
    pub fn share_all_from(&mut self, from: &Self, same: impl Fn(&T, &T) -> bool) {
        let mut theirs = from.0.iter().peekable();
        for (name, mine) in self.0.iter_mut() {
            while theirs.next_if(|(k, _)| *k < name).is_some() {}
            if let Some((_, t)) = theirs.next_if(|(k, _)| *k == name) {
                adopt(mine, t, &same);
            }
        }
    }

    /// Applies `change` to the values `wanted` says it changes, copying only those.
    pub fn update(&mut self, wanted: impl Fn(&T) -> bool, mut change: impl FnMut(&mut T)) {
        for t in self.0.values_mut() {
            if wanted(t) {
                change(Arc::make_mut(t));
            }
        }
    }
}

/// `theirs` in place of `mine`, shared, when they are not already one and `same` says so.
fn adopt<T>(mine: &mut Arc<T>, theirs: &Arc<T>, same: impl FnOnce(&T, &T) -> bool) {
    if !Arc::ptr_eq(mine, theirs) && same(mine, theirs) {
        *mine = Arc::clone(theirs);
    }
}

impl<T: fmt::Debug + Clone> fmt::Debug for SharedMap<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

impl<Q, T: Clone> std::ops::Index<&Q> for SharedMap<T>
where
    QualName: Borrow<Q>,
    Q: Ord + ?Sized,
{
    type Output = T;
    fn index(&self, name: &Q) -> &T {
        self.get(name).expect("no entry of that name")
    }
}

impl<'a, T: Clone> IntoIterator for &'a SharedMap<T> {
    type Item = (&'a QualName, &'a T);
    type IntoIter = Iter<'a, T>;
    fn into_iter(self) -> Iter<'a, T> {
        self.iter()
    }
}

impl<T> FromIterator<(QualName, T)> for SharedMap<T> {
    fn from_iter<I: IntoIterator<Item = (QualName, T)>>(iter: I) -> Self {
        SharedMap(iter.into_iter().map(|(k, t)| (k, Arc::new(t))).collect())
    }
}

impl<T> Extend<(QualName, T)> for SharedMap<T> {
    fn extend<I: IntoIterator<Item = (QualName, T)>>(&mut self, iter: I) {
        self.0
            .extend(iter.into_iter().map(|(k, t)| (k, Arc::new(t))));
    }
}
