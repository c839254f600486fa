//! RFC 6962 §2.1 Merkle tree over stored perfect-subtree hashes.
//!
//! The tree hash of n leaves (RFC 6962 MTH) is defined recursively: split at k, the
//! largest power of two smaller than n, and hash `0x01 ‖ MTH(left k) ‖ MTH(rest)`. Every
//! left part of that recursion is a *perfect* subtree (2^level leaves starting at a
//! multiple of 2^level), and those never change once complete, so a store only keeps
//! perfect subtrees ([`NodeId`]) and everything else is combined on demand:
//!
//! * the hash of any range `[a, b)` that the RFC recursion visits is the right-to-left
//!   fold of the perfect subtrees of `b - a`'s binary decomposition (O(log n) nodes);
//! * PATH and PROOF visit at most one such non-perfect range (after the first step into
//!   a left half everything below is perfect), so proofs touch O(log n) nodes.
//!
//! Verification follows the iterative algorithms of RFC 9162 §2.1.3.2 and §2.1.4.2,
//! which work on the proof alone.

use crate::{Hash, LedgerError};
use sha2::{Digest, Sha256};
use std::convert::Infallible;
use std::fmt;

/// Interior node hash: `SHA-256(0x01 ‖ left ‖ right)`.
pub fn node_hash(left: &Hash, right: &Hash) -> Hash {
    let mut h = Sha256::new();
    h.update([0x01]);
    h.update(left);
    h.update(right);
    h.finalize().into()
}

/// Root of the empty tree: SHA-256 of the empty string.
pub fn empty_root() -> Hash {
    Sha256::digest([]).into()
}

/// Coordinates of a PERFECT subtree: covers leaves `[index*2^level, (index+1)*2^level)`.
/// Level 0 = leaf hashes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NodeId {
    pub level: u8,
    pub index: u64,
}

impl NodeId {
    pub const fn new(level: u8, index: u64) -> Self {
        NodeId { level, index }
    }

    /// The leaf at `index`.
    pub const fn leaf(index: u64) -> Self {
        NodeId { level: 0, index }
    }

    /// First leaf index covered.
    pub const fn start(&self) -> u64 {
        self.index << self.level
    }

    /// Number of leaves covered (2^level).
    pub const fn width(&self) -> u64 {
        1 << self.level
    }
}

/// Where the tree reads stored perfect-subtree hashes from (a database, a map, tiles).
/// Only nodes of complete subtrees inside the current tree size are ever requested.
pub trait NodeSource {
    type Error;
    fn node(&mut self, id: NodeId) -> Result<Hash, Self::Error>;
}

/// Failure of a tree computation: the node source failed, or the arguments were invalid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TreeError<E> {
    Source(E),
    Invalid(String),
}

impl<E: fmt::Display> fmt::Display for TreeError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TreeError::Source(e) => write!(f, "node source: {e}"),
            TreeError::Invalid(s) => write!(f, "invalid argument: {s}"),
        }
    }
}

impl<E: fmt::Debug + fmt::Display> std::error::Error for TreeError<E> {}

impl From<TreeError<Infallible>> for LedgerError {
    fn from(e: TreeError<Infallible>) -> Self {
        match e {
            TreeError::Source(never) => match never {},
            TreeError::Invalid(s) => LedgerError::InvalidArgument(s),
        }
    }
}

/// Which perfect-subtree nodes become complete when leaf `index` (0-based) is appended,
/// bottom-up, EXCLUDING the leaf itself: for each, its id and the ids of its two children.
/// Append stores leaf (0,index) then these, computing each from its children.
///
/// A node at level l completes exactly when `index + 1` is a multiple of 2^l, so there
/// are `trailing_ones(index)` of them. (`index` must be below `u64::MAX`: a tree can hold
/// at most `u64::MAX` leaves.)
pub fn nodes_completed_by(index: u64) -> Vec<(NodeId, NodeId, NodeId)> {
    // min(63): keeps the shift below in range even for the invalid index u64::MAX.
    let count = index.trailing_ones().min(63) as u8;
    let mut out = Vec::with_capacity(count as usize);
    for level in 1..=count {
        let i = index >> level;
        out.push((
            NodeId::new(level, i),
            NodeId::new(level - 1, 2 * i),
            NodeId::new(level - 1, 2 * i + 1),
        ));
    }
    out
}

/// Largest power of two strictly smaller than `n` (n >= 2): the RFC 6962 split point.
fn split_point(n: u64) -> u64 {
    debug_assert!(n >= 2);
    1 << (63 - (n - 1).leading_zeros())
}

/// `MTH(D[start:end])` for a range the RFC recursion can visit: `start` is a multiple of
/// the largest power of two not exceeding `end - start`. Folds the perfect subtrees of
/// the range's binary decomposition right to left (smallest, rightmost first).
fn range_hash<S: NodeSource>(start: u64, end: u64, src: &mut S) -> Result<Hash, S::Error> {
    debug_assert!(end > start);
    let mut remaining = end - start;
    let mut right_edge = end;
    let mut acc: Option<Hash> = None;
    while remaining != 0 {
        let level = remaining.trailing_zeros() as u8;
        let width = 1u64 << level;
        let node_start = right_edge - width;
        debug_assert!(node_start.is_multiple_of(width), "range not aligned");
        let h = src.node(NodeId::new(level, node_start >> level))?;
        acc = Some(match acc {
            None => h,
            Some(right) => node_hash(&h, &right),
        });
        right_edge = node_start;
        remaining &= remaining - 1;
    }
    Ok(acc.expect("non-empty range"))
}

/// Root of a tree of `size` leaves (RFC 6962 MTH), from O(log size) stored nodes.
pub fn root<S: NodeSource>(size: u64, src: &mut S) -> Result<Hash, TreeError<S::Error>> {
    if size == 0 {
        return Ok(empty_root());
    }
    range_hash(0, size, src).map_err(TreeError::Source)
}

/// RFC 6962 `PATH(index, D[0:size])`: the audit path for leaf `index` (0-based), ordered
/// from the leaf's sibling up to the root's child.
pub fn inclusion_proof<S: NodeSource>(
    index: u64,
    size: u64,
    src: &mut S,
) -> Result<Vec<Hash>, TreeError<S::Error>> {
    if index >= size {
        return Err(TreeError::Invalid(format!(
            "leaf index {index} is not below tree size {size}"
        )));
    }
    let mut proof = Vec::with_capacity(proof_capacity(size));
    // Walk the RFC recursion top-down, collecting the sibling of each step; the RFC
    // emits them bottom-up, hence the final reverse.
    let (mut a, mut b) = (0u64, size);
    while b - a > 1 {
        let k = split_point(b - a);
        if index < a + k {
            proof.push(range_hash(a + k, b, src).map_err(TreeError::Source)?);
            b = a + k;
        } else {
            proof.push(range_hash(a, a + k, src).map_err(TreeError::Source)?);
            a += k;
        }
    }
    proof.reverse();
    Ok(proof)
}

/// RFC 6962 `PROOF(old_size, D[0:new_size])`: the consistency proof between the trees of
/// `old_size` and `new_size` leaves. Empty when the sizes are equal.
pub fn consistency_proof<S: NodeSource>(
    old_size: u64,
    new_size: u64,
    src: &mut S,
) -> Result<Vec<Hash>, TreeError<S::Error>> {
    if old_size == 0 {
        return Err(TreeError::Invalid(
            "consistency proof from the empty tree is not defined (old size 0)".into(),
        ));
    }
    if old_size > new_size {
        return Err(TreeError::Invalid(format!(
            "old size {old_size} is larger than new size {new_size}"
        )));
    }
    let mut proof = Vec::with_capacity(proof_capacity(new_size) + 1);
    if old_size == new_size {
        return Ok(proof);
    }
    // SUBPROOF(m, D[a:b], complete), iteratively; `m` counts old leaves inside [a, b).
    let (mut a, mut b, mut m) = (0u64, new_size, old_size);
    let mut complete = true;
    loop {
        let n = b - a;
        if m == n {
            // The old tree's subtree here is needed unless the verifier already has it
            // (it is the old root itself when `complete` is still true).
            if !complete {
                proof.push(range_hash(a, b, src).map_err(TreeError::Source)?);
            }
            break;
        }
        let k = split_point(n);
        if m <= k {
            proof.push(range_hash(a + k, b, src).map_err(TreeError::Source)?);
            b = a + k;
        } else {
            proof.push(range_hash(a, a + k, src).map_err(TreeError::Source)?);
            a += k;
            m -= k;
            complete = false;
        }
    }
    proof.reverse();
    Ok(proof)
}

fn proof_capacity(size: u64) -> usize {
    (64 - size.leading_zeros()) as usize
}

fn fail(reason: impl Into<String>) -> LedgerError {
    LedgerError::ProofInvalid(reason.into())
}

/// Verifies an inclusion proof per RFC 9162 §2.1.3.2: `leaf` is the leaf hash at `index`
/// in the tree of `size` leaves whose root is `root`.
pub fn verify_inclusion(
    leaf: &Hash,
    index: u64,
    size: u64,
    proof: &[Hash],
    root: &Hash,
) -> Result<(), LedgerError> {
    if index >= size {
        return Err(fail(format!(
            "leaf index {index} is not below tree size {size}"
        )));
    }
    let mut fn_ = index;
    let mut sn = size - 1;
    let mut r = *leaf;
    for p in proof {
        if sn == 0 {
            return Err(fail("inclusion proof is longer than the tree is deep"));
        }
        if fn_ & 1 == 1 || fn_ == sn {
            r = node_hash(p, &r);
            if fn_ & 1 == 0 {
                while fn_ & 1 == 0 && fn_ != 0 {
                    fn_ >>= 1;
                    sn >>= 1;
                }
            }
        } else {
            r = node_hash(&r, p);
        }
        fn_ >>= 1;
        sn >>= 1;
    }
    if sn != 0 {
        return Err(fail("inclusion proof is too short for the tree size"));
    }
    if r != *root {
        return Err(fail(
            "inclusion proof does not lead to the expected root hash",
        ));
    }
    Ok(())
}

/// Verifies a consistency proof per RFC 9162 §2.1.4.2: the tree of `old_size` leaves with
/// root `old_root` is a prefix of the tree of `new_size` leaves with root `new_root`.
///
/// Edge cases the RFC leaves to the caller: equal sizes require equal roots and an empty
/// proof; old size 0 requires `old_root` to be the empty-tree root and an empty proof
/// (every tree extends the empty tree).
pub fn verify_consistency(
    old_size: u64,
    new_size: u64,
    old_root: &Hash,
    new_root: &Hash,
    proof: &[Hash],
) -> Result<(), LedgerError> {
    if old_size > new_size {
        return Err(fail(format!(
            "old size {old_size} is larger than new size {new_size}"
        )));
    }
    if old_size == new_size {
        if !proof.is_empty() {
            return Err(fail("proof between equal sizes must be empty"));
        }
        if old_root != new_root {
            return Err(fail("equal tree sizes with different root hashes"));
        }
        return Ok(());
    }
    if old_size == 0 {
        if !proof.is_empty() {
            return Err(fail("proof from the empty tree must be empty"));
        }
        if *old_root != empty_root() {
            return Err(fail("old root is not the empty-tree root"));
        }
        return Ok(());
    }
    if proof.is_empty() {
        return Err(fail("consistency proof is empty"));
    }
    // Step 2: when the old tree is perfect its root is the implicit first proof element.
    let (first, rest) = if old_size.is_power_of_two() {
        (old_root, proof)
    } else {
        (&proof[0], &proof[1..])
    };
    let mut fn_ = old_size - 1;
    let mut sn = new_size - 1;
    while fn_ & 1 == 1 {
        fn_ >>= 1;
        sn >>= 1;
    }
    let mut fr = *first;
    let mut sr = *first;
    for c in rest {
        if sn == 0 {
            return Err(fail("consistency proof is longer than needed"));
        }
        if fn_ & 1 == 1 || fn_ == sn {
            fr = node_hash(c, &fr);
            sr = node_hash(c, &sr);
            if fn_ & 1 == 0 {
                while fn_ & 1 == 0 && fn_ != 0 {
                    fn_ >>= 1;
                    sn >>= 1;
                }
            }
        } else {
            sr = node_hash(&sr, c);
        }
        fn_ >>= 1;
        sn >>= 1;
    }
    if sn != 0 {
        return Err(fail("consistency proof is too short"));
    }
    if fr != *old_root {
        return Err(fail("consistency proof does not lead to the old root hash"));
    }
    if sr != *new_root {
        return Err(fail("consistency proof does not lead to the new root hash"));
    }
    Ok(())
}

/// An in-memory [`NodeSource`] built by appending leaves (for tests, benches and the
/// offline verifier). Keeps every perfect-subtree hash: about 2 hashes per leaf.
#[derive(Default, Clone)]
pub struct MemoryTree {
    /// `levels[l][i]` is the hash of perfect subtree (l, i).
    levels: Vec<Vec<Hash>>,
}

impl MemoryTree {
    pub fn new() -> Self {
        Self::default()
    }

    /// Builds a tree from leaf hashes in order.
    pub fn from_leaves<I: IntoIterator<Item = Hash>>(leaves: I) -> Self {
        let mut t = Self::new();
        for l in leaves {
            t.push(l);
        }
        t
    }

    /// Appends a leaf hash and stores every perfect subtree it completes.
    pub fn push(&mut self, leaf: Hash) {
        let index = self.size();
        self.store(NodeId::leaf(index), leaf);
        // Inline nodes_completed_by to stay allocation-free on the append path.
        for level in 1..=index.trailing_ones().min(63) as u8 {
            let i = index >> level;
            let left = self.levels[level as usize - 1][2 * i as usize];
            let right = self.levels[level as usize - 1][2 * i as usize + 1];
            self.store(NodeId::new(level, i), node_hash(&left, &right));
        }
    }

    fn store(&mut self, id: NodeId, hash: Hash) {
        let level = id.level as usize;
        if self.levels.len() <= level {
            self.levels.resize_with(level + 1, Vec::new);
        }
        debug_assert_eq!(self.levels[level].len() as u64, id.index);
        self.levels[level].push(hash);
    }

    /// Number of leaves.
    pub fn size(&self) -> u64 {
        self.levels.first().map_or(0, |l| l.len() as u64)
    }

    /// Leaf hash at `index`, if present.
    pub fn leaf(&self, index: u64) -> Option<Hash> {
        self.get(NodeId::leaf(index))
    }

    /// Stored perfect-subtree hash, if that subtree is complete.
    pub fn get(&self, id: NodeId) -> Option<Hash> {
        self.levels
            .get(id.level as usize)
            .and_then(|l| l.get(usize::try_from(id.index).ok()?))
            .copied()
    }

    /// Root of the whole tree.
    pub fn root(&self) -> Hash {
        match root(self.size(), &mut &*self) {
            Ok(h) => h,
            Err(TreeError::Source(never)) => match never {},
            Err(TreeError::Invalid(_)) => unreachable!("root never rejects a size"),
        }
    }

    /// Root of the tree's first `size` leaves.
    pub fn root_at(&self, size: u64) -> Result<Hash, LedgerError> {
        self.check_size(size)?;
        Ok(root(size, &mut &*self)?)
    }

    /// Inclusion proof for leaf `index` in the tree's first `size` leaves.
    pub fn inclusion_proof(&self, index: u64, size: u64) -> Result<Vec<Hash>, LedgerError> {
        self.check_size(size)?;
        Ok(inclusion_proof(index, size, &mut &*self)?)
    }

    /// Consistency proof between the tree's first `m` and first `n` leaves.
    pub fn consistency_proof(&self, m: u64, n: u64) -> Result<Vec<Hash>, LedgerError> {
        self.check_size(n)?;
        Ok(consistency_proof(m, n, &mut &*self)?)
    }

    fn check_size(&self, size: u64) -> Result<(), LedgerError> {
        if size > self.size() {
            return Err(LedgerError::InvalidArgument(format!(
                "tree size {size} exceeds the {} leaves held",
                self.size()
            )));
        }
        Ok(())
    }
}

impl std::fmt::Debug for MemoryTree {
    // The hashes themselves are too many to print usefully.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MemoryTree")
            .field("size", &self.size())
            .finish_non_exhaustive()
    }
}

/// Serves stored nodes. Requesting a node that is not complete in this tree is a caller
/// bug (the tree functions never do so for sizes within [`MemoryTree::size`]) and panics,
/// like out-of-bounds slice indexing; the `MemoryTree` methods check sizes first.
impl NodeSource for &MemoryTree {
    type Error = Infallible;
    fn node(&mut self, id: NodeId) -> Result<Hash, Infallible> {
        Ok(self
            .get(id)
            .unwrap_or_else(|| panic!("MemoryTree of size {} has no node {id:?}", self.size())))
    }
}

impl NodeSource for MemoryTree {
    type Error = Infallible;
    fn node(&mut self, id: NodeId) -> Result<Hash, Infallible> {
        (&*self).node(id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_points() {
        assert_eq!(split_point(2), 1);
        assert_eq!(split_point(3), 2);
        assert_eq!(split_point(4), 2);
        assert_eq!(split_point(5), 4);
        assert_eq!(split_point(8), 4);
        assert_eq!(split_point(9), 8);
        assert_eq!(split_point(u64::MAX), 1 << 63);
    }

    #[test]
    fn nodes_completed_by_small() {
        assert!(nodes_completed_by(0).is_empty());
        assert_eq!(
            nodes_completed_by(1),
            vec![(NodeId::new(1, 0), NodeId::new(0, 0), NodeId::new(0, 1))]
        );
        assert!(nodes_completed_by(2).is_empty());
        assert_eq!(
            nodes_completed_by(7),
            vec![
                (NodeId::new(1, 3), NodeId::new(0, 6), NodeId::new(0, 7)),
                (NodeId::new(2, 1), NodeId::new(1, 2), NodeId::new(1, 3)),
                (NodeId::new(3, 0), NodeId::new(2, 0), NodeId::new(2, 1)),
            ]
        );
        let top = nodes_completed_by((1 << 63) - 1);
        assert_eq!(top.len(), 63);
        assert_eq!(
            top[62],
            (NodeId::new(63, 0), NodeId::new(62, 0), NodeId::new(62, 1))
        );
    }

    /// Counts node reads, to check proofs stay O(log n).
    struct Counting<'a>(&'a MemoryTree, usize);
    impl NodeSource for Counting<'_> {
        type Error = Infallible;
        fn node(&mut self, id: NodeId) -> Result<Hash, Infallible> {
            self.1 += 1;
            let mut t = self.0;
            t.node(id)
        }
    }

    #[test]
    fn node_reads_are_logarithmic() {
        let t = MemoryTree::from_leaves((0..5000u32).map(|i| {
            let mut h = [0u8; 32];
            h[..4].copy_from_slice(&i.to_be_bytes());
            h
        }));
        let log = 13; // ceil(log2(5000))
        for size in [1u64, 2, 3, 1000, 4095, 4096, 4097, 4999, 5000] {
            let mut c = Counting(&t, 0);
            root(size, &mut c).unwrap();
            assert!(c.1 <= log, "root({size}) read {} nodes", c.1);
            for index in [0, size / 3, size - 1] {
                let mut c = Counting(&t, 0);
                inclusion_proof(index, size, &mut c).unwrap();
                assert!(c.1 <= 2 * log, "inclusion({index},{size}) read {}", c.1);
            }
            for old in [1, size / 2, size.saturating_sub(1)] {
                if old == 0 {
                    continue;
                }
                let mut c = Counting(&t, 0);
                consistency_proof(old, size, &mut c).unwrap();
                assert!(c.1 <= 2 * log + 1, "consistency({old},{size}) read {}", c.1);
            }
        }
    }

    #[test]
    fn invalid_arguments() {
        let t = MemoryTree::from_leaves([[1u8; 32], [2u8; 32], [3u8; 32]]);
        assert!(matches!(
            inclusion_proof(3, 3, &mut &t),
            Err(TreeError::Invalid(_))
        ));
        assert!(matches!(
            consistency_proof(0, 3, &mut &t),
            Err(TreeError::Invalid(_))
        ));
        assert!(matches!(
            consistency_proof(3, 2, &mut &t),
            Err(TreeError::Invalid(_))
        ));
        assert_eq!(
            consistency_proof(3, 3, &mut &t).unwrap(),
            Vec::<Hash>::new()
        );
        assert!(t.inclusion_proof(0, 4).is_err());
        assert!(t.consistency_proof(1, 4).is_err());
        assert!(t.root_at(4).is_err());
        assert_eq!(t.root_at(3).unwrap(), t.root());
    }
}
