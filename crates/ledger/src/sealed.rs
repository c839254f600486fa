//! Sealed records: a record whose body only the parties it is meant for may read, kept in the
//! same public log as every other record.
//!
//! The author signs an **envelope** instead of the record: the canonical JSON of
//! `{"v":2,"time":…,"commitment":…}`, with `"author"` and `"key_id"` added when the author
//! shows who it is. `commitment` is the lowercase hex SHA-256 of the **disclosure**, the
//! canonical JSON of `{"author","body","key_id","kind","salt"}`, where `salt` is 32 random bytes
//! in lowercase hex, so that nobody can confirm a guessed body against the commitment. The leaf
//! hash is `SHA-256(0x00 ‖ envelope_bytes ‖ signature)`, exactly as for a v1 record, so the
//! tree, proofs and checkpoints do not change and anyone can audit them without any body.
//!
//! A party given the disclosure checks it with [`SealedRecord::open`]: its hash is the
//! commitment, it names the author and key the envelope shows (if it shows them), and the
//! signature over the envelope verifies under the disclosed author's key. Who is given a
//! disclosure is the platform's decision, not this crate's.

use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

use crate::{Hash, LedgerError, UnsignedRecord, canonical_json, key_id, leaf_hash, to_hex};

/// The format version inside an envelope's signed bytes.
pub const SEALED_VERSION: u64 = 2;

/// What the entitled parties receive: the record (its time is the envelope's) and the salt that
/// hides it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Disclosure {
    pub kind: String,
    pub author: String,
    pub key_id: String,
    pub body: Value,
    pub salt: [u8; 32],
}

impl Disclosure {
    /// The canonical JSON of `{"author","body","key_id","kind","salt"}`.
    pub fn bytes(&self) -> Result<Vec<u8>, LedgerError> {
        let mut m = Map::new();
        m.insert("author".into(), Value::String(self.author.clone()));
        m.insert("body".into(), self.body.clone());
        m.insert("key_id".into(), Value::String(self.key_id.clone()));
        m.insert("kind".into(), Value::String(self.kind.clone()));
        m.insert("salt".into(), Value::String(to_hex(&self.salt)));
        canonical_json(&Value::Object(m))
    }

    /// SHA-256 of [`Disclosure::bytes`]: what the envelope commits to.
    pub fn commitment(&self) -> Result<Hash, LedgerError> {
        Ok(Sha256::digest(self.bytes()?).into())
    }

    /// Reads disclosure bytes, which must be canonical and hold exactly its five fields.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, LedgerError> {
        let mut m = canonical_object(bytes, "disclosure", 5)?;
        let salt = hex32(&take_string(&mut m, "salt", "disclosure")?)
            .ok_or_else(|| invalid("disclosure", "salt is not 64 lowercase hex digits"))?;
        Ok(Self {
            kind: take_string(&mut m, "kind", "disclosure")?,
            author: take_string(&mut m, "author", "disclosure")?,
            key_id: take_string(&mut m, "key_id", "disclosure")?,
            body: m
                .remove("body")
                .ok_or_else(|| invalid("disclosure", "missing field body"))?,
            salt,
        })
    }
}

/// What the public log shows of a sealed record, and what its author signs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Envelope {
    pub time: String,
    pub commitment: Hash,
    /// The author and the id of its key, when the author shows them.
    pub author: Option<(String, String)>,
}

impl Envelope {
    /// The canonical JSON of `{"v":2,"time","commitment"}`, with `author` and `key_id` when
    /// shown. This is what the author signs.
    pub fn signed_bytes(&self) -> Result<Vec<u8>, LedgerError> {
        let mut m = Map::new();
        m.insert("v".into(), Value::from(SEALED_VERSION));
        m.insert("time".into(), Value::String(self.time.clone()));
        m.insert("commitment".into(), Value::String(to_hex(&self.commitment)));
        if let Some((author, key_id)) = &self.author {
            m.insert("author".into(), Value::String(author.clone()));
            m.insert("key_id".into(), Value::String(key_id.clone()));
        }
        canonical_json(&Value::Object(m))
    }

    /// Reads an envelope's signed bytes: canonical, version 2, with `author` and `key_id`
    /// both present or both absent.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, LedgerError> {
        let shown = serde_json::from_slice::<Value>(bytes)
            .ok()
            .and_then(|v| v.get("author").map(|_| ()))
            .is_some();
        let mut m = canonical_object(bytes, "envelope", if shown { 5 } else { 3 })?;
        match m.remove("v") {
            Some(Value::Number(n)) if n.as_u64() == Some(SEALED_VERSION) => {}
            _ => return Err(invalid("envelope", "not a version 2 envelope")),
        }
        let commitment = hex32(&take_string(&mut m, "commitment", "envelope")?)
            .ok_or_else(|| invalid("envelope", "commitment is not 64 lowercase hex digits"))?;
        let author = if shown {
            Some((
                take_string(&mut m, "author", "envelope")?,
                take_string(&mut m, "key_id", "envelope")?,
            ))
        } else {
            None
        };
        Ok(Self {
            time: take_string(&mut m, "time", "envelope")?,
            commitment,
            author,
        })
    }
}

/// A sealed record as the log holds it: the envelope and its author's signature over it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SealedRecord {
    pub envelope: Envelope,
    pub signature: Signature,
}

impl SealedRecord {
    /// Seals `record` with `salt` (32 bytes the caller draws at random) and signs the envelope
    /// with `key`; `show_author` puts the author and key id in the envelope. Returns the sealed
    /// record and the disclosure to give the parties entitled to read it.
    pub fn seal(
        record: UnsignedRecord,
        salt: [u8; 32],
        show_author: bool,
        key: &SigningKey,
    ) -> Result<(Self, Disclosure), LedgerError> {
        let disclosure = Disclosure {
            kind: record.kind,
            author: record.author,
            key_id: record.key_id,
            body: record.body,
            salt,
        };
        let envelope = Envelope {
            time: record.time,
            commitment: disclosure.commitment()?,
            author: show_author.then(|| (disclosure.author.clone(), disclosure.key_id.clone())),
        };
        let signature = key.sign(&envelope.signed_bytes()?);
        Ok((
            Self {
                envelope,
                signature,
            },
            disclosure,
        ))
    }

    /// Rebuilds a sealed record from stored envelope bytes and a 64-byte signature (not
    /// verified: anyone can check it only where the envelope shows the author).
    pub fn from_parts(envelope_bytes: &[u8], signature: &[u8]) -> Result<Self, LedgerError> {
        let signature = Signature::from_slice(signature).map_err(|_| {
            LedgerError::Encoding(format!(
                "signature must be 64 bytes, got {}",
                signature.len()
            ))
        })?;
        Ok(Self {
            envelope: Envelope::from_bytes(envelope_bytes)?,
            signature,
        })
    }

    /// The log leaf hash, as for any record: `SHA-256(0x00 ‖ envelope_bytes ‖ signature)`.
    pub fn leaf_hash(&self) -> Result<Hash, LedgerError> {
        Ok(leaf_hash(
            &self.envelope.signed_bytes()?,
            &self.signature.to_bytes(),
        ))
    }

    /// Checks a disclosure against this record and returns the record it discloses: the
    /// disclosure hashes to the commitment, names the author and key the envelope shows, and
    /// `key` (the disclosed author's key) has that key id and verifies the signature.
    pub fn open(
        &self,
        disclosure: &Disclosure,
        key: &VerifyingKey,
    ) -> Result<UnsignedRecord, LedgerError> {
        if disclosure.commitment()? != self.envelope.commitment {
            return Err(LedgerError::Disclosure(
                "the disclosure does not hash to the envelope's commitment".into(),
            ));
        }
        if let Some((author, key_id)) = &self.envelope.author
            && (author != &disclosure.author || key_id != &disclosure.key_id)
        {
            return Err(LedgerError::Disclosure(
                "the disclosure names another author or key than the envelope".into(),
            ));
        }
        let expected = key_id(key);
        if disclosure.key_id != expected {
            return Err(LedgerError::KeyIdMismatch {
                expected,
                found: disclosure.key_id.clone(),
            });
        }
        key.verify_strict(&self.envelope.signed_bytes()?, &self.signature)
            .map_err(|_| LedgerError::BadSignature)?;
        Ok(UnsignedRecord {
            kind: disclosure.kind.clone(),
            author: disclosure.author.clone(),
            key_id: disclosure.key_id.clone(),
            time: self.envelope.time.clone(),
            body: disclosure.body.clone(),
        })
    }
}

fn invalid(what: &str, why: &str) -> LedgerError {
    LedgerError::InvalidRecord(format!("{what}: {why}"))
}

/// Parses `bytes` as a canonical JSON object with exactly `fields` members.
fn canonical_object(
    bytes: &[u8],
    what: &str,
    fields: usize,
) -> Result<Map<String, Value>, LedgerError> {
    let value: Value = serde_json::from_slice(bytes)
        .map_err(|e| LedgerError::NonCanonical(format!("{what} is not JSON: {e}")))?;
    if canonical_json(&value)? != bytes {
        return Err(LedgerError::NonCanonical(format!(
            "{what} differs from its canonical re-encoding"
        )));
    }
    match value {
        Value::Object(m) if m.len() == fields => Ok(m),
        Value::Object(m) => Err(invalid(
            what,
            &format!("expected {fields} fields, got {}", m.len()),
        )),
        _ => Err(invalid(what, "not a JSON object")),
    }
}

fn take_string(m: &mut Map<String, Value>, field: &str, what: &str) -> Result<String, LedgerError> {
    match m.remove(field) {
        Some(Value::String(s)) => Ok(s),
        Some(_) => Err(invalid(what, &format!("field {field} is not a string"))),
        None => Err(invalid(what, &format!("missing field {field}"))),
    }
}

/// 32 bytes from exactly 64 lowercase hex digits.
fn hex32(s: &str) -> Option<[u8; 32]> {
    if s.len() != 64 || !s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')) {
        return None;
    }
    let mut out = [0u8; 32];
    for (i, byte) in out.iter_mut().enumerate() {
        *byte = u8::from_str_radix(&s[2 * i..2 * i + 2], 16).ok()?;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn key() -> SigningKey {
        SigningKey::from_bytes(&[7u8; 32])
    }

    fn record() -> UnsignedRecord {
        UnsignedRecord {
            kind: "concern.lodged".into(),
            author: "KAZ".into(),
            key_id: key_id(&key().verifying_key()),
            time: "2026-12-07T10:00:00Z".into(),
            body: json!({"title": "Transboundary river flow data", "addressees": ["CHN"]}),
        }
    }

    #[test]
    fn a_disclosure_opens_the_record_it_was_sealed_from() {
        for show_author in [true, false] {
            let (sealed, disclosure) =
                SealedRecord::seal(record(), [9; 32], show_author, &key()).unwrap();
            let bytes = sealed.envelope.signed_bytes().unwrap();
            let text = String::from_utf8(bytes.clone()).unwrap();
            assert!(
                !text.contains("river"),
                "the envelope shows no body: {text}"
            );
            assert_eq!(text.contains("\"author\":\"KAZ\""), show_author, "{text}");
            assert!(text.ends_with(",\"v\":2}"), "{text}");
            let stored = SealedRecord::from_parts(&bytes, &sealed.signature.to_bytes()).unwrap();
            assert_eq!(stored, sealed);
            assert_eq!(
                stored.leaf_hash().unwrap(),
                leaf_hash(&bytes, &sealed.signature.to_bytes())
            );
            let received = Disclosure::from_bytes(&disclosure.bytes().unwrap()).unwrap();
            let opened = stored.open(&received, &key().verifying_key()).unwrap();
            assert_eq!(opened, record());
        }
    }

    #[test]
    fn a_changed_body_salt_author_or_key_does_not_open() {
        let (sealed, disclosure) = SealedRecord::seal(record(), [9; 32], true, &key()).unwrap();
        let vk = key().verifying_key();
        let mut body = disclosure.clone();
        body.body["title"] = json!("Something else");
        assert!(matches!(
            sealed.open(&body, &vk),
            Err(LedgerError::Disclosure(_))
        ));
        let mut salt = disclosure.clone();
        salt.salt[0] ^= 1;
        assert!(matches!(
            sealed.open(&salt, &vk),
            Err(LedgerError::Disclosure(_))
        ));
        let other = SigningKey::from_bytes(&[8u8; 32]);
        assert!(matches!(
            sealed.open(&disclosure, &other.verifying_key()),
            Err(LedgerError::KeyIdMismatch { .. })
        ));
        // A disclosure naming another author than the envelope shows.
        let mut forged = record();
        forged.author = "CHN".into();
        let (_, theirs) = SealedRecord::seal(forged, [9; 32], false, &key()).unwrap();
        let mut claimed = sealed.clone();
        claimed.envelope.commitment = theirs.commitment().unwrap();
        assert!(matches!(
            claimed.open(&theirs, &vk),
            Err(LedgerError::Disclosure(_))
        ));
        // An envelope changed after signing.
        let mut moved = sealed.clone();
        moved.envelope.time = "2026-12-08T10:00:00Z".into();
        assert!(matches!(
            moved.open(&disclosure, &vk),
            Err(LedgerError::BadSignature)
        ));
    }

    #[test]
    fn envelopes_and_disclosures_must_be_canonical_and_complete() {
        let (sealed, disclosure) = SealedRecord::seal(record(), [9; 32], true, &key()).unwrap();
        let bytes = sealed.envelope.signed_bytes().unwrap();
        let spaced = String::from_utf8(bytes.clone()).unwrap().replace(',', ", ");
        assert!(Envelope::from_bytes(spaced.as_bytes()).is_err());
        let v1 = record().signed_bytes().unwrap();
        assert!(
            Envelope::from_bytes(&v1).is_err(),
            "a v1 record is no envelope"
        );
        assert!(
            crate::SignedRecord::from_parts(&bytes, &sealed.signature.to_bytes()).is_err(),
            "an envelope is no v1 record"
        );
        let half = br#"{"author":"KAZ","commitment":"00","time":"t","v":2}"#;
        assert!(Envelope::from_bytes(half).is_err());
        let salted = Disclosure {
            salt: [0xab; 32],
            ..disclosure
        };
        let text = String::from_utf8(salted.bytes().unwrap()).unwrap();
        assert_eq!(Disclosure::from_bytes(text.as_bytes()).unwrap(), salted);
        let upper = text.replace(&to_hex(&[0xab; 32]), &to_hex(&[0xab; 32]).to_uppercase());
        assert!(Disclosure::from_bytes(upper.as_bytes()).is_err());
        assert!(Disclosure::from_bytes(b"{\"author\":\"KAZ\"}").is_err());
    }
}
