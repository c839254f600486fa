//! Records: what an author signs, and how a signed record becomes a log leaf.
//!
//! The signed bytes of a record are the canonical JSON ([`crate::canonical_json`]) of
//! `{"v":1,"kind":…,"author":…,"key_id":…,"time":…,"body":…}`; with the keys sorted this
//! is always `{"author":…,"body":…,"key_id":…,"kind":…,"time":…,"v":1}`. The author signs
//! those bytes with Ed25519 (RFC 8032, deterministic). The log leaf is
//! `SHA-256(0x00 ‖ signed_bytes ‖ signature)`, the RFC 6962 leaf hash of the signed bytes
//! followed by the 64-byte signature.

use crate::{Hash, LedgerError, canonical_json, to_hex};
use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

/// The record format version inside the signed bytes.
pub const RECORD_VERSION: u64 = 1;

/// The fields an author signs. `body` is free-form JSON (subject to canonical JSON rules);
/// the meaning of `kind`, `author`, `key_id` and `time` belongs to the domain crates.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct UnsignedRecord {
    pub kind: String,
    pub author: String,
    pub key_id: String,
    pub time: String,
    pub body: Value,
}

impl UnsignedRecord {
    /// canonical_json of `{"v":1,"kind":…,"author":…,"key_id":…,"time":…,"body":…}`.
    /// This is what the author signs.
    pub fn signed_bytes(&self) -> Result<Vec<u8>, LedgerError> {
        let mut m = Map::new();
        m.insert("v".into(), Value::from(RECORD_VERSION));
        m.insert("kind".into(), Value::String(self.kind.clone()));
        m.insert("author".into(), Value::String(self.author.clone()));
        m.insert("key_id".into(), Value::String(self.key_id.clone()));
        m.insert("time".into(), Value::String(self.time.clone()));
        m.insert("body".into(), self.body.clone());
        canonical_json(&Value::Object(m))
    }

    /// Signs the record's signed bytes with `key` (Ed25519 is deterministic, so the same
    /// record and key always give the same signature).
    pub fn sign(self, key: &SigningKey) -> Result<SignedRecord, LedgerError> {
        let bytes = self.signed_bytes()?;
        let signature = key.sign(&bytes);
        Ok(SignedRecord {
            record: self,
            signature,
        })
    }
}

/// A record together with its author's Ed25519 signature over [`UnsignedRecord::signed_bytes`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SignedRecord {
    pub record: UnsignedRecord,
    pub signature: Signature,
}

impl SignedRecord {
    /// The canonical bytes the signature covers.
    pub fn signed_bytes(&self) -> Result<Vec<u8>, LedgerError> {
        self.record.signed_bytes()
    }

    /// Checks the signature with `verify_strict`, which rejects non-canonical `s`,
    /// small-order keys and small-order `R`, so a signature cannot be mauled into a second
    /// valid one (which would give the same record a second leaf hash).
    pub fn verify(&self, key: &VerifyingKey) -> Result<(), LedgerError> {
        let bytes = self.signed_bytes()?;
        key.verify_strict(&bytes, &self.signature)
            .map_err(|_| LedgerError::BadSignature)
    }

    /// [`SignedRecord::verify`], and also checks that the record's `key_id` field is
    /// [`key_id`]`(key)`, so the record names the key that actually signed it.
    pub fn verify_with_key_id(&self, key: &VerifyingKey) -> Result<(), LedgerError> {
        let expected = key_id(key);
        if self.record.key_id != expected {
            return Err(LedgerError::KeyIdMismatch {
                expected,
                found: self.record.key_id.clone(),
            });
        }
        self.verify(key)
    }

    /// The log leaf hash: `SHA-256(0x00 ‖ signed_bytes ‖ signature)`.
    pub fn leaf_hash(&self) -> Result<Hash, LedgerError> {
        Ok(leaf_hash(&self.signed_bytes()?, &self.signature.to_bytes()))
    }

    /// Rebuilds a signed record from stored canonical bytes and a 64-byte signature.
    ///
    /// Errors with [`LedgerError::NonCanonical`] unless `signed_bytes` is exactly the
    /// canonical encoding of what it parses to (no whitespace, sorted keys, no duplicate
    /// keys, shortest escapes, ...), and with [`LedgerError::InvalidRecord`] unless it is a
    /// version-1 record with exactly the six record fields. The signature is not verified.
    pub fn from_parts(signed_bytes: &[u8], signature: &[u8]) -> Result<SignedRecord, LedgerError> {
        let signature = Signature::from_slice(signature).map_err(|_| {
            LedgerError::Encoding(format!(
                "signature must be 64 bytes, got {}",
                signature.len()
            ))
        })?;
        let value: Value = serde_json::from_slice(signed_bytes)
            .map_err(|e| LedgerError::NonCanonical(format!("signed bytes are not JSON: {e}")))?;
        // Re-encoding and comparing is the simplest complete canonicality check: it also
        // catches duplicate keys, which the parser silently merges.
        if canonical_json(&value)? != signed_bytes {
            return Err(LedgerError::NonCanonical(
                "signed bytes differ from their canonical re-encoding".into(),
            ));
        }
        let Value::Object(mut m) = value else {
            return Err(LedgerError::InvalidRecord("not a JSON object".into()));
        };
        if m.len() != 6 {
            return Err(LedgerError::InvalidRecord(format!(
                "expected exactly the fields author, body, key_id, kind, time, v; got {} fields",
                m.len()
            )));
        }
        match m.remove("v") {
            Some(Value::Number(n)) if n.as_u64() == Some(RECORD_VERSION) => {}
            Some(other) => {
                return Err(LedgerError::InvalidRecord(format!(
                    "unsupported version {other}"
                )));
            }
            None => return Err(LedgerError::InvalidRecord("missing field v".into())),
        }
        let mut take_str = |field: &str| match m.remove(field) {
            Some(Value::String(s)) => Ok(s),
            Some(_) => Err(LedgerError::InvalidRecord(format!(
                "field {field} is not a string"
            ))),
            None => Err(LedgerError::InvalidRecord(format!("missing field {field}"))),
        };
        let kind = take_str("kind")?;
        let author = take_str("author")?;
        let key_id = take_str("key_id")?;
        let time = take_str("time")?;
        let body = m
            .remove("body")
            .ok_or_else(|| LedgerError::InvalidRecord("missing field body".into()))?;
        Ok(SignedRecord {
            record: UnsignedRecord {
                kind,
                author,
                key_id,
                time,
                body,
            },
            signature,
        })
    }
}

/// Leaf hash = `SHA-256(0x00 ‖ signed_bytes ‖ signature(64 bytes))` (RFC 6962 leaf hash
/// of the signed bytes followed by the signature).
pub fn leaf_hash(signed_bytes: &[u8], signature: &[u8; 64]) -> Hash {
    let mut h = Sha256::new();
    h.update([0x00]);
    h.update(signed_bytes);
    h.update(signature);
    h.finalize().into()
}

/// A key id: lowercase hex of the first 8 bytes of SHA-256(public key bytes) (16 hex chars).
pub fn key_id(key: &VerifyingKey) -> String {
    let digest = Sha256::digest(key.as_bytes());
    to_hex(&digest[..8])
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn key() -> SigningKey {
        SigningKey::from_bytes(&[7u8; 32])
    }

    fn rec() -> UnsignedRecord {
        UnsignedRecord {
            kind: "test".into(),
            author: "alice".into(),
            key_id: key_id(&key().verifying_key()),
            time: "2024-01-01T00:00:00Z".into(),
            body: json!({"b": [1, 2], "a": "x"}),
        }
    }

    #[test]
    fn signed_bytes_shape() {
        let r = rec();
        let s = String::from_utf8(r.signed_bytes().unwrap()).unwrap();
        assert_eq!(
            s,
            format!(
                "{{\"author\":\"alice\",\"body\":{{\"a\":\"x\",\"b\":[1,2]}},\"key_id\":\"{}\",\"kind\":\"test\",\"time\":\"2024-01-01T00:00:00Z\",\"v\":1}}",
                r.key_id
            )
        );
    }

    #[test]
    fn sign_verify_roundtrip_and_tamper() {
        let sr = rec().sign(&key()).unwrap();
        sr.verify(&key().verifying_key()).unwrap();
        sr.verify_with_key_id(&key().verifying_key()).unwrap();
        let other = SigningKey::from_bytes(&[8u8; 32]);
        assert_eq!(
            sr.verify(&other.verifying_key()),
            Err(LedgerError::BadSignature)
        );
        assert!(matches!(
            sr.verify_with_key_id(&other.verifying_key()),
            Err(LedgerError::KeyIdMismatch { .. })
        ));
        let mut t = sr.clone();
        t.record.body = json!({"b": [1, 2], "a": "y"});
        assert_eq!(
            t.verify(&key().verifying_key()),
            Err(LedgerError::BadSignature)
        );
        let mut t = sr.clone();
        t.record.time = "2024-01-01T00:00:01Z".into();
        assert_eq!(
            t.verify(&key().verifying_key()),
            Err(LedgerError::BadSignature)
        );
    }

    #[test]
    fn from_parts_roundtrip() {
        let sr = rec().sign(&key()).unwrap();
        let bytes = sr.signed_bytes().unwrap();
        let back = SignedRecord::from_parts(&bytes, &sr.signature.to_bytes()).unwrap();
        assert_eq!(back, sr);
        assert_eq!(back.leaf_hash().unwrap(), sr.leaf_hash().unwrap());
    }

    #[test]
    fn from_parts_rejects() {
        let sr = rec().sign(&key()).unwrap();
        let sig = sr.signature.to_bytes();
        let bytes = String::from_utf8(sr.signed_bytes().unwrap()).unwrap();
        let nc = |s: &str| {
            matches!(
                SignedRecord::from_parts(s.as_bytes(), &sig),
                Err(LedgerError::NonCanonical(_))
            )
        };
        let inv = |s: &str| {
            matches!(
                SignedRecord::from_parts(s.as_bytes(), &sig),
                Err(LedgerError::InvalidRecord(_))
            )
        };
        // whitespace, reordered keys, duplicate keys, non-minimal escapes, trailing bytes
        assert!(nc(&format!("{bytes} ")));
        assert!(nc(&bytes.replace(",\"v\":1", ", \"v\":1")));
        assert!(nc(&bytes
            .replace("{\"author\":\"alice\",", "{")
            .replace(",\"v\":1}", ",\"v\":1,\"author\":\"alice\"}")));
        assert!(nc(&bytes.replace("\"v\":1}", "\"v\":1,\"v\":1}")));
        assert!(nc(&bytes.replace("alice", "\\u0061lice")));
        assert!(nc("{\"v\":1.0}"));
        assert!(nc("not json"));
        // canonical but not a v1 record
        assert!(inv("[]"));
        assert!(inv("{\"v\":1}"));
        assert!(inv(&bytes.replace("\"v\":1", "\"v\":2")));
        assert!(inv(&bytes.replace("\"v\":1", "\"w\":1")));
        assert!(inv(&bytes.replace("\"kind\":\"test\"", "\"kind\":7")));
        assert!(inv(&bytes.replace("\"v\":1}", "\"v\":1,\"x\":0}")));
        // wrong signature length
        assert!(matches!(
            SignedRecord::from_parts(bytes.as_bytes(), &sig[..63]),
            Err(LedgerError::Encoding(_))
        ));
    }

    #[test]
    fn key_id_format() {
        let id = key_id(&key().verifying_key());
        assert_eq!(id.len(), 16);
        assert!(
            id.bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
        );
        let d = Sha256::digest(key().verifying_key().as_bytes());
        assert_eq!(id, to_hex(&d[..8]));
    }
}
