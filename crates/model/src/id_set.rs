//! A set of ids (policies switched on, a student's picks): a sorted vector of typed ids.
//!
//! Why not `BTreeSet<String>`: the sets here hold a handful of ids, where a sorted vector is as
//! fast, and the B-tree's code was the largest piece of std in the wasm (≈ 24 KB before
//! wasm-opt, docs/size.md). Iteration is in sorted order, like the B-tree's, so links and
//! sentences built from a set keep their deterministic order.

use super::ids::IdKey;
use serde::Serialize;
use std::borrow::Borrow;

/// A sorted set of ids of one kind: `IdSet<PolicyId>` (switches on), `IdSet<DeveloperId>` (a
/// student's picks); `IdSet<String>` for plain keys.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct IdSet<I>(Vec<I>);

impl<I> Default for IdSet<I> {
    fn default() -> Self {
        IdSet(Vec::new())
    }
}

impl<I: Ord + Borrow<str>> IdSet<I> {
    pub fn new() -> Self {
        IdSet(Vec::new())
    }

    /// Adds `id`; false when it was there already.
    #[inline]
    pub fn insert(&mut self, id: impl Into<I>) -> bool {
        self.insert_id(id.into())
    }

    fn insert_id(&mut self, id: I) -> bool {
        match self.0.binary_search(&id) {
            Ok(_) => false,
            Err(at) => {
                self.0.insert(at, id);
                true
            }
        }
    }

    /// Takes `id` out; false when it was not there.
    #[inline]
    pub fn remove(&mut self, id: &(impl IdKey<I> + ?Sized)) -> bool {
        match self.position(id.key()) {
            Ok(at) => {
                self.0.remove(at);
                true
            }
            Err(_) => false,
        }
    }

    #[inline]
    pub fn contains(&self, id: &(impl IdKey<I> + ?Sized)) -> bool {
        self.position(id.key()).is_ok()
    }

    fn position(&self, id: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|probe| probe.borrow().cmp(id))
    }

    /// The ids in sorted order.
    pub fn iter(&self) -> std::slice::Iter<'_, I> {
        self.0.iter()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn clear(&mut self) {
        self.0.clear();
    }

    /// The ids in both sets, in sorted order.
    pub fn intersection<'a>(&'a self, other: &'a IdSet<I>) -> impl Iterator<Item = &'a I> {
        self.iter()
            .filter(move |id| other.position((*id).borrow()).is_ok())
    }
}

// Items are anything that converts into the set's id (its own kind, or text), like `insert`.
impl<I: Ord + Borrow<str>, T: Into<I>> Extend<T> for IdSet<I> {
    fn extend<Ids: IntoIterator<Item = T>>(&mut self, ids: Ids) {
        for id in ids {
            self.insert(id);
        }
    }
}

impl<I: Ord + Borrow<str>, T: Into<I>> FromIterator<T> for IdSet<I> {
    fn from_iter<Ids: IntoIterator<Item = T>>(ids: Ids) -> Self {
        let mut set = IdSet::new();
        set.extend(ids);
        set
    }
}

impl<I> IntoIterator for IdSet<I> {
    type Item = I;
    type IntoIter = std::vec::IntoIter<I>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<'a, I> IntoIterator for &'a IdSet<I> {
    type Item = &'a I;
    type IntoIter = std::slice::Iter<'a, I>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_set_keeps_each_id_once_in_sorted_order() {
        let mut set: IdSet<String> = ["b", "a", "c", "a"].map(String::from).into_iter().collect();
        assert_eq!(set.iter().collect::<Vec<_>>(), ["a", "b", "c"]);
        assert!(!set.insert("b"), "already there");
        assert!(set.insert("ab"));
        assert_eq!(set.iter().collect::<Vec<_>>(), ["a", "ab", "b", "c"]);
        assert!(set.remove("a") && !set.remove("a"));
        assert!(set.contains("ab") && !set.contains("a") && !set.contains("zz"));
        assert_eq!(set.len(), 3);
        set.clear();
        assert!(set.is_empty());
    }

    #[test]
    fn the_intersection_is_in_sorted_order() {
        let one: IdSet<String> = ["x", "b", "a"].map(String::from).into_iter().collect();
        let two: IdSet<String> = ["a", "x", "q"].map(String::from).into_iter().collect();
        assert_eq!(one.intersection(&two).collect::<Vec<_>>(), ["a", "x"]);
    }

    #[test]
    fn it_orders_like_a_btree_set() {
        let ids = ["h20-allowed", "H20", "ascend-guidance", "é", "a-b", "a"];
        let set: IdSet<String> = ids.map(String::from).into_iter().collect();
        let tree: std::collections::BTreeSet<String> = ids.map(String::from).into_iter().collect();
        assert!(set.iter().eq(tree.iter()));
    }
}
