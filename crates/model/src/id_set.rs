//! A set of ids (policies switched on, a student's picks): a sorted vector of strings.
//!
//! Why not `BTreeSet<String>`: the sets here hold a handful of ids, where a sorted vector is as
//! fast, and the B-tree's code was the largest piece of std in the wasm (≈ 24 KB before
//! wasm-opt, docs/size.md). Iteration is in sorted order, like the B-tree's, so links and
//! sentences built from a set keep their deterministic order.

use serde::Serialize;

#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct IdSet(Vec<String>);

impl IdSet {
    pub fn new() -> Self {
        IdSet(Vec::new())
    }

    /// Adds `id`; false when it was there already.
    pub fn insert(&mut self, id: String) -> bool {
        match self.0.binary_search(&id) {
            Ok(_) => false,
            Err(at) => {
                self.0.insert(at, id);
                true
            }
        }
    }

    /// Takes `id` out; false when it was not there.
    pub fn remove(&mut self, id: &str) -> bool {
        match self.position(id) {
            Ok(at) => {
                self.0.remove(at);
                true
            }
            Err(_) => false,
        }
    }

    pub fn contains(&self, id: &str) -> bool {
        self.position(id).is_ok()
    }

    fn position(&self, id: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|probe| probe.as_str().cmp(id))
    }

    /// The ids in sorted order.
    pub fn iter(&self) -> std::slice::Iter<'_, String> {
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
    pub fn intersection<'a>(&'a self, other: &'a IdSet) -> impl Iterator<Item = &'a String> {
        self.iter().filter(move |id| other.contains(id))
    }
}

impl Extend<String> for IdSet {
    fn extend<I: IntoIterator<Item = String>>(&mut self, ids: I) {
        for id in ids {
            self.insert(id);
        }
    }
}

impl FromIterator<String> for IdSet {
    fn from_iter<I: IntoIterator<Item = String>>(ids: I) -> Self {
        let mut set = IdSet::new();
        set.extend(ids);
        set
    }
}

impl IntoIterator for IdSet {
    type Item = String;
    type IntoIter = std::vec::IntoIter<String>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<'a> IntoIterator for &'a IdSet {
    type Item = &'a String;
    type IntoIter = std::slice::Iter<'a, String>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_set_keeps_each_id_once_in_sorted_order() {
        let mut set: IdSet = ["b", "a", "c", "a"].map(String::from).into_iter().collect();
        assert_eq!(set.iter().collect::<Vec<_>>(), ["a", "b", "c"]);
        assert!(!set.insert("b".into()), "already there");
        assert!(set.insert("ab".into()));
        assert_eq!(set.iter().collect::<Vec<_>>(), ["a", "ab", "b", "c"]);
        assert!(set.remove("a") && !set.remove("a"));
        assert!(set.contains("ab") && !set.contains("a") && !set.contains("zz"));
        assert_eq!(set.len(), 3);
        set.clear();
        assert!(set.is_empty());
    }

    #[test]
    fn the_intersection_is_in_sorted_order() {
        let one: IdSet = ["x", "b", "a"].map(String::from).into_iter().collect();
        let two: IdSet = ["a", "x", "q"].map(String::from).into_iter().collect();
        assert_eq!(one.intersection(&two).collect::<Vec<_>>(), ["a", "x"]);
    }

    #[test]
    fn it_orders_like_a_btree_set() {
        let ids = ["h20-allowed", "H20", "ascend-guidance", "é", "a-b", "a"];
        let set: IdSet = ids.map(String::from).into_iter().collect();
        let tree: std::collections::BTreeSet<String> = ids.map(String::from).into_iter().collect();
        assert!(set.iter().eq(tree.iter()));
    }
}
