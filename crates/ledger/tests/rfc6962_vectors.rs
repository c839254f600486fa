//! RFC 6962 reference vectors from the Certificate Transparency / transparency-dev code:
//! leaves, node and root hashes from github.com/transparency-dev/merkle
//! `testonly/constants.go` (LeafInputs, NodeHashes, RootHashes, EmptyRootHash), and the
//! inclusion/consistency proof vectors from `proof/verify_test.go` (inclusionProofs,
//! consistencyProofs, whose leaf numbers are 1-based there and 0-based here).

use gsi_ledger::{
    Hash, LedgerError, MemoryTree, NodeId, empty_root, hash_from_hex, node_hash,
    verify_consistency, verify_inclusion,
};
use sha2::{Digest, Sha256};

fn h(s: &str) -> Hash {
    hash_from_hex(s).unwrap()
}

fn leaf_inputs() -> Vec<Vec<u8>> {
    [
        "",
        "00",
        "10",
        "2021",
        "3031",
        "40414243",
        "5051525354555657",
        "606162636465666768696a6b6c6d6e6f",
    ]
    .iter()
    .map(|s| gsi_ledger::from_hex(s).unwrap())
    .collect()
}

/// RFC 6962 leaf hash of raw leaf input: SHA-256(0x00 ‖ input).
fn rfc_leaf(input: &[u8]) -> Hash {
    let mut d = Sha256::new();
    d.update([0u8]);
    d.update(input);
    d.finalize().into()
}

fn tree() -> MemoryTree {
    MemoryTree::from_leaves(leaf_inputs().iter().map(|l| rfc_leaf(l)))
}

/// RootHashes()[1..=8].
const ROOTS: [&str; 8] = [
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
];

fn root_of(size: u64) -> Hash {
    h(ROOTS[size as usize - 1])
}

#[test]
fn empty_tree_root() {
    assert_eq!(
        empty_root(),
        h("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    );
    assert_eq!(MemoryTree::new().root(), empty_root());
    assert_eq!(tree().root_at(0).unwrap(), empty_root());
}

#[test]
fn roots_for_sizes_1_to_8() {
    let t = tree();
    for size in 1..=8u64 {
        assert_eq!(t.root_at(size).unwrap(), root_of(size), "size {size}");
        let prefix =
            MemoryTree::from_leaves(leaf_inputs()[..size as usize].iter().map(|l| rfc_leaf(l)));
        assert_eq!(prefix.root(), root_of(size), "pushed size {size}");
    }
}

#[test]
fn stored_node_hashes() {
    // NodeHashes(): every perfect subtree of the 8-leaf tree.
    let levels: [&[&str]; 4] = [
        &[
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
            "0298d122906dcfc10892cb53a73992fc5b9f493ea4c9badb27b791b4127a7fe7",
            "07506a85fd9dd2f120eb694f86011e5bb4662e5c415a62917033d4a9624487e7",
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
            "4271a26be0d8a84f0bd54c8c302e7cb3a3b5d1fa6780a40bcce2873477dab658",
            "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
            "46f6ffadd3d06a09ff3c5860d2755c8b9819db7df44251788c7d8e3180de8eb1",
        ],
        &[
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
            "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
        ],
        &[
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
        ],
        &["5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"],
    ];
    let t = tree();
    for (level, hashes) in levels.iter().enumerate() {
        for (index, want) in hashes.iter().enumerate() {
            let id = NodeId::new(level as u8, index as u64);
            assert_eq!(t.get(id), Some(h(want)), "{id:?}");
            if level > 0 {
                let l = t
                    .get(NodeId::new(level as u8 - 1, 2 * index as u64))
                    .unwrap();
                let r = t
                    .get(NodeId::new(level as u8 - 1, 2 * index as u64 + 1))
                    .unwrap();
                assert_eq!(node_hash(&l, &r), h(want));
            }
        }
    }
}

/// inclusionProofs from proof/verify_test.go as (0-based index, size, proof).
fn inclusion_vectors() -> Vec<(u64, u64, Vec<Hash>)> {
    vec![
        (0, 1, vec![]),
        (
            0,
            8,
            vec![
                h("96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7"),
                h("5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e"),
                h("6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"),
            ],
        ),
        (
            5,
            8,
            vec![
                h("bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"),
                h("ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0"),
                h("d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"),
            ],
        ),
        (
            2,
            3,
            vec![h(
                "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            )],
        ),
        (
            1,
            5,
            vec![
                h("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d"),
                h("5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e"),
                h("bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"),
            ],
        ),
    ]
}

/// consistencyProofs from proof/verify_test.go as (size1, size2, proof).
fn consistency_vectors() -> Vec<(u64, u64, Vec<Hash>)> {
    vec![
        (1, 1, vec![]),
        (
            1,
            8,
            vec![
                h("96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7"),
                h("5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e"),
                h("6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"),
            ],
        ),
        (
            6,
            8,
            vec![
                h("0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a"),
                h("ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0"),
                h("d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"),
            ],
        ),
        (
            2,
            5,
            vec![
                h("5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e"),
                h("bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"),
            ],
        ),
        (
            6,
            7,
            vec![
                h("0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a"),
                h("b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f"),
                h("d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"),
            ],
        ),
    ]
}

const SOME_HASH: &str = "abacaba000000000000000000000000000000000000000000060061e00123456";

#[test]
fn inclusion_proof_vectors() {
    let t = tree();
    let leaves = leaf_inputs();
    for (index, size, want) in inclusion_vectors() {
        assert_eq!(
            t.inclusion_proof(index, size).unwrap(),
            want,
            "({index},{size})"
        );
        let leaf = rfc_leaf(&leaves[index as usize]);
        let root = root_of(size);
        verify_inclusion(&leaf, index, size, &want, &root).unwrap();

        // The corruption probes of verify_test.go's corruptInclusionProof.
        let bad = |i: u64, s: u64, l: &Hash, p: &[Hash], r: &Hash| {
            assert!(
                matches!(
                    verify_inclusion(l, i, s, p, r),
                    Err(LedgerError::ProofInvalid(_))
                ),
                "accepted probe ({i},{s}) for vector ({index},{size})"
            );
        };
        bad(index.wrapping_sub(1), size, &leaf, &want, &root);
        bad(index + 1, size, &leaf, &want, &root);
        bad(index ^ 2, size, &leaf, &want, &root);
        bad(index, size * 2, &leaf, &want, &root);
        bad(index, size / 2, &leaf, &want, &root);
        bad(index, size, &rfc_leaf(b"WrongLeaf"), &want, &root);
        bad(index, size, &leaf, &want, &empty_root());
        bad(index, size, &leaf, &want, &h(SOME_HASH));
        let mut p = want.clone();
        p.push([0u8; 32]);
        bad(index, size, &leaf, &p, &root);
        let mut p = want.clone();
        p.push(root);
        bad(index, size, &leaf, &p, &root);
        let mut p = vec![[0u8; 32]];
        p.extend_from_slice(&want);
        bad(index, size, &leaf, &p, &root);
        let mut p = vec![root];
        p.extend_from_slice(&want);
        bad(index, size, &leaf, &p, &root);
        for i in 0..want.len() {
            let mut p = want.clone();
            p[i][0] ^= 8;
            bad(index, size, &leaf, &p, &root);
        }
        if !want.is_empty() {
            bad(index, size, &leaf, &want[..want.len() - 1], &root);
        }
        if want.len() > 1 {
            let mut p = vec![want[0], h(SOME_HASH)];
            p.extend_from_slice(&want[1..]);
            bad(index, size, &leaf, &p, &root);
        }
    }
}

#[test]
fn consistency_proof_vectors() {
    let t = tree();
    for (m, n, want) in consistency_vectors() {
        assert_eq!(t.consistency_proof(m, n).unwrap(), want, "({m},{n})");
        let (r1, r2) = (root_of(m), root_of(n));
        verify_consistency(m, n, &r1, &r2, &want).unwrap();
        if want.is_empty() {
            continue;
        }
        // The corruption probes of verify_test.go's corruptConsistencyProof.
        let bad = |m1: u64, n1: u64, a: &Hash, b: &Hash, p: &[Hash]| {
            assert!(
                matches!(
                    verify_consistency(m1, n1, a, b, p),
                    Err(LedgerError::ProofInvalid(_))
                ),
                "accepted probe ({m1},{n1}) for vector ({m},{n})"
            );
        };
        bad(m - 1, n, &r1, &r2, &want);
        bad(m + 1, n, &r1, &r2, &want);
        bad(m ^ 2, n, &r1, &r2, &want);
        bad(m, n * 2, &r1, &r2, &want);
        bad(m, n / 2, &r1, &r2, &want);
        bad(m, n, &h(SOME_HASH), &r2, &want);
        bad(m, n, &r1, &h(SOME_HASH), &want);
        bad(m, n, &r2, &r1, &want);
        bad(m, n, &r1, &r2, &[]);
        for extra in [[0u8; 32], r1, r2] {
            let mut p = want.clone();
            p.push(extra);
            bad(m, n, &r1, &r2, &p);
            let mut p = vec![extra];
            p.extend_from_slice(&want);
            bad(m, n, &r1, &r2, &p);
        }
        let mut p = vec![want[0]];
        p.extend_from_slice(&want);
        bad(m, n, &r1, &r2, &p);
        bad(m, n, &r1, &r2, &want[..want.len() - 1]);
        for i in 0..want.len() {
            let mut p = want.clone();
            p[i][0] ^= 16;
            bad(m, n, &r1, &r2, &p);
        }
    }
}

#[test]
fn consistency_edge_cases() {
    // TestVerifyConsistency in proof/verify_test.go, with our stricter size-0 rule.
    let (a, b) = ([1u8; 32], [2u8; 32]);
    assert!(verify_consistency(0, 0, &a, &b, &[]).is_err());
    assert!(verify_consistency(1, 1, &a, &b, &[]).is_err());
    verify_consistency(1, 1, &b, &b, &[]).unwrap();
    verify_consistency(0, 0, &a, &a, &[]).unwrap();
    verify_consistency(0, 5, &empty_root(), &b, &[]).unwrap();
    // Unlike Go, the empty tree's root must really be the empty root.
    assert!(verify_consistency(0, 1, &a, &b, &[]).is_err());
    assert!(verify_consistency(1, 0, &a, &b, &[]).is_err());
    assert!(verify_consistency(2, 1, &a, &b, &[]).is_err());
    assert!(verify_consistency(1, 2, &a, &b, &[]).is_err());
    let e = empty_root();
    assert!(verify_consistency(0, 0, &e, &e, &[e]).is_err());
    assert!(verify_consistency(0, 1, &e, &e, &[e]).is_err());
    assert!(verify_consistency(1, 1, &e, &e, &[e]).is_err());
}

#[test]
fn inclusion_edge_cases() {
    // TestVerifyInclusion / TestVerifyInclusionSingleEntry in proof/verify_test.go.
    let some = h(SOME_HASH);
    for (index, size) in [(0u64, 0u64), (0, 1), (1, 0), (2, 1)] {
        assert!(verify_inclusion(&some, index, size, &[], &empty_root()).is_err());
        assert!(verify_inclusion(&empty_root(), index, size, &[], &some).is_err());
    }
    let leaf = rfc_leaf(b"data");
    verify_inclusion(&leaf, 0, 1, &[], &leaf).unwrap();
    assert!(verify_inclusion(&leaf, 0, 1, &[], &some).is_err());
    assert!(verify_inclusion(&some, 0, 1, &[], &leaf).is_err());
}
