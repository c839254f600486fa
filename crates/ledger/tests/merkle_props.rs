//! The stored-node Merkle code against a naive, literal transcription of RFC 6962 §2.1
//! (MTH, PATH, PROOF/SUBPROOF over the full leaf list).

use gsi_ledger::{
    Hash, MemoryTree, NodeId, NodeSource, consistency_proof, empty_root, inclusion_proof,
    node_hash, nodes_completed_by, root, verify_consistency, verify_inclusion,
};
use proptest::prelude::*;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::convert::Infallible;
use std::sync::OnceLock;

// ---------- naive RFC 6962 reference ----------

fn k_of(n: usize) -> usize {
    let mut k = 1;
    while k * 2 < n {
        k *= 2;
    }
    k
}

fn mth(d: &[Hash]) -> Hash {
    match d.len() {
        0 => Sha256::digest([]).into(),
        1 => d[0],
        n => {
            let k = k_of(n);
            node_hash(&mth(&d[..k]), &mth(&d[k..]))
        }
    }
}

/// Which side of the current node the emitted sibling is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    Left,
    Right,
}

/// PATH(m, D) and, alongside, the side of each proof element (the proof's "shape").
fn path(m: usize, d: &[Hash]) -> (Vec<Hash>, Vec<Side>) {
    let n = d.len();
    if n == 1 {
        return (vec![], vec![]);
    }
    let k = k_of(n);
    if m < k {
        let (mut p, mut s) = path(m, &d[..k]);
        p.push(mth(&d[k..]));
        s.push(Side::Right);
        (p, s)
    } else {
        let (mut p, mut s) = path(m - k, &d[k..]);
        p.push(mth(&d[..k]));
        s.push(Side::Left);
        (p, s)
    }
}

/// SUBPROOF(m, D, b) and its shape; `None` in the shape marks the emitted old subtree.
fn subproof(m: usize, d: &[Hash], b: bool) -> (Vec<Hash>, Vec<Option<Side>>) {
    let n = d.len();
    if m == n {
        return if b {
            (vec![], vec![])
        } else {
            (vec![mth(d)], vec![None])
        };
    }
    let k = k_of(n);
    if m <= k {
        let (mut p, mut s) = subproof(m, &d[..k], b);
        p.push(mth(&d[k..]));
        s.push(Some(Side::Right));
        (p, s)
    } else {
        let (mut p, mut s) = subproof(m - k, &d[k..], false);
        p.push(mth(&d[..k]));
        s.push(Some(Side::Left));
        (p, s)
    }
}

fn proof(m: usize, d: &[Hash]) -> (Vec<Hash>, Vec<Option<Side>>) {
    subproof(m, d, true)
}

// ---------- shared fixtures ----------

const MAX: usize = 2000;

fn leaves() -> &'static [Hash] {
    static L: OnceLock<Vec<Hash>> = OnceLock::new();
    L.get_or_init(|| {
        (0..MAX as u32)
            .map(|i| {
                let mut d = Sha256::new();
                d.update([0u8]);
                d.update(i.to_be_bytes());
                d.finalize().into()
            })
            .collect()
    })
}

fn tree() -> &'static MemoryTree {
    static T: OnceLock<MemoryTree> = OnceLock::new();
    T.get_or_init(|| MemoryTree::from_leaves(leaves().iter().copied()))
}

fn flip(h: &Hash, bit: usize) -> Hash {
    let mut x = *h;
    x[bit / 8 % 32] ^= 1 << (bit % 8);
    x
}

/// A node store filled only through `nodes_completed_by`, as a database-backed log would.
#[derive(Default)]
struct MapStore(HashMap<NodeId, Hash>);

impl MapStore {
    fn append(&mut self, index: u64, leaf: Hash) {
        self.0.insert(NodeId::leaf(index), leaf);
        for (id, l, r) in nodes_completed_by(index) {
            let h = node_hash(&self.0[&l], &self.0[&r]);
            assert!(self.0.insert(id, h).is_none(), "{id:?} completed twice");
        }
    }
}

impl NodeSource for MapStore {
    type Error = Infallible;
    fn node(&mut self, id: NodeId) -> Result<Hash, Infallible> {
        Ok(*self.0.get(&id).unwrap_or_else(|| panic!("missing {id:?}")))
    }
}

// ---------- deterministic checks ----------

#[test]
fn push_root_matches_naive_mth_for_sizes_1_to_300() {
    let l = leaves();
    let mut mem = MemoryTree::new();
    let mut store = MapStore::default();
    assert_eq!(mem.root(), empty_root());
    for size in 1..=300usize {
        mem.push(l[size - 1]);
        store.append(size as u64 - 1, l[size - 1]);
        let want = mth(&l[..size]);
        assert_eq!(mem.size(), size as u64);
        assert_eq!(mem.root(), want, "MemoryTree size {size}");
        assert_eq!(
            root(size as u64, &mut store).unwrap(),
            want,
            "MapStore size {size}"
        );
    }
    // Every perfect subtree was stored exactly once, and nothing else.
    let expected: usize = (0..9).map(|lvl| 300 >> lvl).sum();
    assert_eq!(store.0.len(), expected);
}

#[test]
fn exhaustive_small_trees() {
    let l = leaves();
    let t = tree();
    let mut store = MapStore::default();
    for (i, leaf) in l[..64].iter().enumerate() {
        store.append(i as u64, *leaf);
    }
    for n in 1..=64usize {
        let d = &l[..n];
        let r = mth(d);
        for i in 0..n {
            let (want, _) = path(i, d);
            assert_eq!(t.inclusion_proof(i as u64, n as u64).unwrap(), want);
            assert_eq!(
                inclusion_proof(i as u64, n as u64, &mut store).unwrap(),
                want
            );
            verify_inclusion(&d[i], i as u64, n as u64, &want, &r).unwrap();
        }
        for m in 1..=n {
            let (want, _) = proof(m, d);
            assert_eq!(t.consistency_proof(m as u64, n as u64).unwrap(), want);
            assert_eq!(
                consistency_proof(m as u64, n as u64, &mut store).unwrap(),
                want
            );
            verify_consistency(m as u64, n as u64, &mth(&l[..m]), &r, &want).unwrap();
        }
    }
}

// ---------- property tests ----------

fn inclusion_case() -> impl Strategy<Value = (usize, usize, usize, u64)> {
    (1..=MAX).prop_flat_map(|n| (Just(n), 0..n, 1..=MAX, any::<u64>()))
}

fn consistency_case() -> impl Strategy<Value = (usize, usize, usize, u64)> {
    (1..=MAX).prop_flat_map(|n| (Just(n), 1..=n, 1..=MAX, any::<u64>()))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn inclusion_proofs((n, i, other, seed) in inclusion_case()) {
        let l = leaves();
        let d = &l[..n];
        let r = mth(d);
        let (want, shape) = path(i, d);
        let got = tree().inclusion_proof(i as u64, n as u64).unwrap();
        prop_assert_eq!(&got, &want);
        prop_assert_eq!(tree().root_at(n as u64).unwrap(), r);
        let (i64_, n64) = (i as u64, n as u64);
        prop_assert!(verify_inclusion(&d[i], i64_, n64, &got, &r).is_ok());

        let bit = (seed % 256) as usize;
        // every proof element altered
        for j in 0..got.len() {
            let mut p = got.clone();
            p[j] = flip(&p[j], bit);
            prop_assert!(verify_inclusion(&d[i], i64_, n64, &p, &r).is_err());
        }
        // leaf, root
        prop_assert!(verify_inclusion(&flip(&d[i], bit), i64_, n64, &got, &r).is_err());
        prop_assert!(verify_inclusion(&d[i], i64_, n64, &got, &flip(&r, bit)).is_err());
        // another leaf's hash at this index
        let j = (seed as usize / 256) % n;
        if j != i {
            prop_assert!(verify_inclusion(&d[j], i64_, n64, &got, &r).is_err());
        }
        // index: any other index (in range or not) fails
        let other_index = (other - 1) as u64;
        if other_index != i64_ {
            prop_assert!(verify_inclusion(&d[i], other_index, n64, &got, &r).is_err());
        }
        prop_assert!(verify_inclusion(&d[i], i64_ + 1, n64, &got, &r).is_err());
        if i > 0 {
            prop_assert!(verify_inclusion(&d[i], i64_ - 1, n64, &got, &r).is_err());
        }
        // size: fails unless the other size gives the very same proof shape (the RFC 9162
        // algorithm then performs identical steps; the checkpoint binds size to root)
        if other != n {
            let same_shape = i < other && path(i, &l[..other]).1 == shape;
            let res = verify_inclusion(&d[i], i64_, other as u64, &got, &r);
            prop_assert_eq!(res.is_ok(), same_shape, "size {} -> {}", n, other);
        }
        // an element added anywhere, or removed
        let pos = (seed as usize >> 8) % (got.len() + 1);
        let mut p = got.clone();
        p.insert(pos, flip(&r, bit));
        prop_assert!(verify_inclusion(&d[i], i64_, n64, &p, &r).is_err());
        let mut p = got.clone();
        p.insert(pos, got.get(pos).copied().unwrap_or(r));
        prop_assert!(verify_inclusion(&d[i], i64_, n64, &p, &r).is_err());
        if !got.is_empty() {
            let mut p = got.clone();
            p.remove(pos % got.len());
            prop_assert!(verify_inclusion(&d[i], i64_, n64, &p, &r).is_err());
        }
    }

    #[test]
    fn consistency_proofs((n, m, other, seed) in consistency_case()) {
        let l = leaves();
        let (r1, r2) = (mth(&l[..m]), mth(&l[..n]));
        let (want, shape) = proof(m, &l[..n]);
        let got = tree().consistency_proof(m as u64, n as u64).unwrap();
        prop_assert_eq!(&got, &want);
        let (m64, n64) = (m as u64, n as u64);
        prop_assert!(verify_consistency(m64, n64, &r1, &r2, &got).is_ok());

        let bit = (seed % 256) as usize;
        for j in 0..got.len() {
            let mut p = got.clone();
            p[j] = flip(&p[j], bit);
            prop_assert!(verify_consistency(m64, n64, &r1, &r2, &p).is_err());
        }
        prop_assert!(verify_consistency(m64, n64, &flip(&r1, bit), &r2, &got).is_err());
        prop_assert!(verify_consistency(m64, n64, &r1, &flip(&r2, bit), &got).is_err());
        if r1 != r2 {
            prop_assert!(verify_consistency(m64, n64, &r2, &r1, &got).is_err());
        }
        // sizes: fail unless the altered pair has the same proof shape
        let other64 = other as u64;
        if other != m {
            let same_shape = other <= n && proof(other, &l[..n]).1 == shape;
            let res = verify_consistency(other64, n64, &r1, &r2, &got);
            prop_assert_eq!(res.is_ok(), same_shape, "old size {} -> {}", m, other);
        }
        if other != n {
            let same_shape = m <= other && proof(m, &l[..other]).1 == shape;
            let res = verify_consistency(m64, other64, &r1, &r2, &got);
            prop_assert_eq!(res.is_ok(), same_shape, "new size {} -> {}", n, other);
        }
        prop_assert!(verify_consistency(0, n64, &r1, &r2, &got).is_err());
        // an element added anywhere, or removed
        let pos = (seed as usize >> 8) % (got.len() + 1);
        let mut p = got.clone();
        p.insert(pos, flip(&r2, bit));
        prop_assert!(verify_consistency(m64, n64, &r1, &r2, &p).is_err());
        for extra in [r1, r2] {
            let mut p = got.clone();
            p.insert(pos, extra);
            prop_assert!(verify_consistency(m64, n64, &r1, &r2, &p).is_err());
        }
        if !got.is_empty() {
            let mut p = got.clone();
            p.remove(pos % got.len());
            prop_assert!(verify_consistency(m64, n64, &r1, &r2, &p).is_err());
        }
    }

    #[test]
    fn inclusion_and_consistency_compose((n, m, _other, seed) in consistency_case()) {
        // A leaf proven in the old tree, plus old->new consistency, implies it is in the
        // new tree at the same index.
        let l = leaves();
        let i = (seed as usize) % m;
        let t = tree();
        let (r1, r2) = (t.root_at(m as u64).unwrap(), t.root_at(n as u64).unwrap());
        let p1 = t.inclusion_proof(i as u64, m as u64).unwrap();
        let p2 = t.inclusion_proof(i as u64, n as u64).unwrap();
        let c = t.consistency_proof(m as u64, n as u64).unwrap();
        prop_assert!(verify_inclusion(&l[i], i as u64, m as u64, &p1, &r1).is_ok());
        prop_assert!(verify_inclusion(&l[i], i as u64, n as u64, &p2, &r2).is_ok());
        prop_assert!(verify_consistency(m as u64, n as u64, &r1, &r2, &c).is_ok());
    }
}
