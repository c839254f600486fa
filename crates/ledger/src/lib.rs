//! # gsi-ledger: the trust root of the GSI Platform
//!
//! This crate holds everything a party outside the platform needs to check a record
//! independently: how a record is encoded and signed, how it becomes a leaf of the
//! transparency log, how the log's Merkle tree is hashed and proven, and how the log
//! signs its tree heads. It is pure: no I/O, no clocks, no storage and no domain rules,
//! so every function here is deterministic and can be re-implemented from the formats
//! below (see `docs/ledger.md` for an outsider's description and a Python verifier).
//!
//! ## Formats
//!
//! * **Canonical JSON** ([`canonical_json`]): RFC 8785 (JCS) restricted to what records
//!   need. Object keys sorted by UTF-16 code units, no insignificant whitespace, strings
//!   escaped as ECMAScript `JSON.stringify` does, integers only in ±(2^53−1), no floats.
//! * **Record** ([`UnsignedRecord`], [`SignedRecord`]): the author signs (Ed25519, RFC 8032)
//!   the canonical JSON of `{"v":1,"kind","author","key_id","time","body"}`.
//! * **Sealed record** ([`SealedRecord`]): for a body only some parties may read, the author
//!   signs the canonical JSON of `{"v":2,"time","commitment"}` (plus `author`, `key_id` when
//!   shown), committing to a salted disclosure of the record ([`Disclosure`]).
//! * **Leaf hash** ([`leaf_hash`]): `SHA-256(0x00 ‖ signed_bytes ‖ signature[64])`, the
//!   RFC 6962 leaf hash of the concatenation of the signed bytes and the signature.
//! * **Merkle tree** ([`merkle`]): RFC 6962 §2.1 / RFC 9162 §2.1; interior node
//!   `SHA-256(0x01 ‖ left ‖ right)`, empty tree `SHA-256("")`.
//! * **Checkpoint** ([`Checkpoint`]): C2SP tlog-checkpoint body `origin\nsize\nbase64(root)\n`,
//!   signed as a C2SP signed note ([`NoteSigner`], [`NoteVerifier`]) with Ed25519 keys
//!   named by C2SP verifier key strings (`name+hash+base64(0x01 ‖ key)`).
//!
//! ## Invariants
//!
//! * A record's signed bytes are canonical: [`SignedRecord::from_parts`] rejects any
//!   byte string that is not exactly what [`UnsignedRecord::signed_bytes`] would produce,
//!   so there is exactly one byte string (and one leaf hash) per signed record.
//! * Signatures are checked with `verify_strict` (no malleable or small-order signatures).
//! * Tree roots and proofs are computed from stored perfect-subtree hashes only
//!   ([`NodeSource`]), touching O(log n) nodes, never rescanning leaves.
//! * Leaf and interior hashes are domain-separated (0x00 / 0x01 prefixes), so a leaf can
//!   never be confused with an interior node.

#![forbid(unsafe_code)]

pub mod canonical;
pub mod entry;
pub mod merkle;
pub mod note;
pub mod record;
pub mod sealed;

pub use canonical::canonical_json;
pub use ed25519_dalek::{Signature, SigningKey, VerifyingKey};
pub use entry::LogEntry;
pub use merkle::{
    MemoryTree, NodeId, NodeSource, TreeError, consistency_proof, empty_root, inclusion_proof,
    node_hash, nodes_completed_by, root, verify_consistency, verify_inclusion,
};
pub use note::{Checkpoint, NoteSigner, NoteVerifier, open_checkpoint, sign_checkpoint};
pub use record::{SignedRecord, UnsignedRecord, key_id, leaf_hash};
pub use sealed::{Disclosure, Envelope, SealedRecord};

/// A SHA-256 digest: leaf hashes, node hashes and tree roots.
pub type Hash = [u8; 32];

/// Everything that can go wrong in this crate. Each variant names what failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LedgerError {
    /// A value or byte string is not in (or cannot be put in) canonical JSON form.
    #[error("not canonical: {0}")]
    NonCanonical(String),
    /// Canonical bytes that do not describe a version-1 record.
    #[error("not a v1 record: {0}")]
    InvalidRecord(String),
    /// A sealed record's disclosure does not match its envelope.
    #[error("disclosure: {0}")]
    Disclosure(String),
    /// An Ed25519 signature did not verify (strictly) under the given key.
    #[error("signature verification failed")]
    BadSignature,
    /// The record names a different key id than the key it was checked against.
    #[error("record key_id {found} does not match the verifying key's id {expected}")]
    KeyIdMismatch { expected: String, found: String },
    /// An inclusion or consistency proof does not prove what was claimed.
    #[error("proof invalid: {0}")]
    ProofInvalid(String),
    /// Bad arguments to a tree operation (index >= size, old size > new size, ...).
    #[error("invalid argument: {0}")]
    InvalidArgument(String),
    /// A signed note is malformed, or carries no valid signature from the expected key.
    #[error("signed note: {0}")]
    Note(String),
    /// A checkpoint body is malformed, or is not for the expected origin.
    #[error("checkpoint: {0}")]
    Checkpoint(String),
    /// A key, key name or verifier key string is malformed.
    #[error("key: {0}")]
    Key(String),
    /// Bytes that are not valid base64 / hex / UTF-8 / JSON, or have the wrong length.
    #[error("encoding: {0}")]
    Encoding(String),
}

/// Lowercase hex encoding (key ids, leaf hashes in API responses).
pub fn to_hex(bytes: &[u8]) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for &b in bytes {
        s.push(HEX[(b >> 4) as usize] as char);
        s.push(HEX[(b & 0xf) as usize] as char);
    }
    s
}

/// Decodes hex (either case); errors with [`LedgerError::Encoding`] on odd length or a
/// non-hex character.
pub fn from_hex(s: &str) -> Result<Vec<u8>, LedgerError> {
    fn nibble(c: u8) -> Option<u8> {
        match c {
            b'0'..=b'9' => Some(c - b'0'),
            b'a'..=b'f' => Some(c - b'a' + 10),
            b'A'..=b'F' => Some(c - b'A' + 10),
            _ => None,
        }
    }
    let b = s.as_bytes();
    if !b.len().is_multiple_of(2) {
        return Err(LedgerError::Encoding("hex string has odd length".into()));
    }
    b.chunks_exact(2)
        .map(|p| match (nibble(p[0]), nibble(p[1])) {
            (Some(h), Some(l)) => Ok(h << 4 | l),
            _ => Err(LedgerError::Encoding(format!("invalid hex in {s:?}"))),
        })
        .collect()
}

/// Decodes a 32-byte hash from hex.
pub fn hash_from_hex(s: &str) -> Result<Hash, LedgerError> {
    from_hex(s)?.try_into().map_err(|v: Vec<u8>| {
        LedgerError::Encoding(format!("hash must be 32 bytes, got {}", v.len()))
    })
}
