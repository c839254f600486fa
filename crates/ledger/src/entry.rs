//! What the log keeps of one record: a plain signed record, or a sealed record together with the
//! disclosure its entitled readers are given. Both have signed bytes, a signature and one leaf
//! hash; the disclosure is kept apart from them and is never part of the leaf.

use ed25519_dalek::{SigningKey, VerifyingKey};

use crate::{Disclosure, Hash, LedgerError, SealedRecord, SignedRecord, UnsignedRecord, leaf_hash};

/// One record of the log, as its author made it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LogEntry {
    Plain(SignedRecord),
    Sealed {
        sealed: SealedRecord,
        disclosure: Disclosure,
    },
}

impl From<SignedRecord> for LogEntry {
    fn from(signed: SignedRecord) -> Self {
        Self::Plain(signed)
    }
}

impl LogEntry {
    /// Signs `record` as it is: anyone may read it.
    pub fn plain(record: UnsignedRecord, key: &SigningKey) -> Result<Self, LedgerError> {
        Ok(Self::Plain(record.sign(key)?))
    }

    /// Seals `record` with `salt` (32 random bytes), showing its author in the envelope.
    pub fn sealed(
        record: UnsignedRecord,
        salt: [u8; 32],
        key: &SigningKey,
    ) -> Result<Self, LedgerError> {
        let (sealed, disclosure) = SealedRecord::seal(record, salt, true, key)?;
        Ok(Self::Sealed { sealed, disclosure })
    }

    /// Rebuilds an entry from what a store keeps: the signed bytes, the signature and, for a
    /// sealed record, the disclosure bytes. Nothing is verified but the encodings.
    pub fn from_stored(
        signed_bytes: &[u8],
        signature: &[u8],
        disclosure: Option<&[u8]>,
    ) -> Result<Self, LedgerError> {
        Ok(match disclosure {
            None => Self::Plain(SignedRecord::from_parts(signed_bytes, signature)?),
            Some(d) => Self::Sealed {
                sealed: SealedRecord::from_parts(signed_bytes, signature)?,
                disclosure: Disclosure::from_bytes(d)?,
            },
        })
    }

    /// The record: for a sealed one, what its disclosure reveals, with the envelope's time.
    pub fn record(&self) -> UnsignedRecord {
        match self {
            Self::Plain(signed) => signed.record.clone(),
            Self::Sealed { sealed, disclosure } => UnsignedRecord {
                kind: disclosure.kind.clone(),
                author: disclosure.author.clone(),
                key_id: disclosure.key_id.clone(),
                time: sealed.envelope.time.clone(),
                body: disclosure.body.clone(),
            },
        }
    }

    /// The bytes the author signed: the record, or the sealed record's envelope.
    pub fn signed_bytes(&self) -> Result<Vec<u8>, LedgerError> {
        match self {
            Self::Plain(signed) => signed.signed_bytes(),
            Self::Sealed { sealed, .. } => sealed.envelope.signed_bytes(),
        }
    }

    pub fn signature(&self) -> [u8; 64] {
        match self {
            Self::Plain(signed) => signed.signature.to_bytes(),
            Self::Sealed { sealed, .. } => sealed.signature.to_bytes(),
        }
    }

    /// The disclosure bytes of a sealed record; `None` for a plain one.
    pub fn disclosure_bytes(&self) -> Result<Option<Vec<u8>>, LedgerError> {
        match self {
            Self::Plain(_) => Ok(None),
            Self::Sealed { disclosure, .. } => disclosure.bytes().map(Some),
        }
    }

    /// `SHA-256(0x00 ‖ signed_bytes ‖ signature)`, for either form.
    pub fn leaf_hash(&self) -> Result<Hash, LedgerError> {
        Ok(leaf_hash(&self.signed_bytes()?, &self.signature()))
    }

    /// Checks the signature under the author's `key` (and that the record names that key): for
    /// a sealed record, also that the disclosure is the one the envelope commits to.
    pub fn verify(&self, key: &VerifyingKey) -> Result<(), LedgerError> {
        match self {
            Self::Plain(signed) => signed.verify_with_key_id(key),
            Self::Sealed { sealed, disclosure } => sealed.open(disclosure, key).map(|_| ()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn record() -> (UnsignedRecord, SigningKey) {
        let key = SigningKey::from_bytes(&[7; 32]);
        let record = UnsignedRecord {
            kind: "concern.lodged".into(),
            author: "KAZ".into(),
            key_id: crate::key_id(&key.verifying_key()),
            time: "2026-12-07T10:00:00.000Z".into(),
            body: json!({"title": "River flow data"}),
        };
        (record, key)
    }

    #[test]
    fn a_stored_entry_reads_back_as_it_was_made() {
        let (r, key) = record();
        for entry in [
            LogEntry::plain(r.clone(), &key).unwrap(),
            LogEntry::sealed(r.clone(), [9; 32], &key).unwrap(),
        ] {
            let back = LogEntry::from_stored(
                &entry.signed_bytes().unwrap(),
                &entry.signature(),
                entry.disclosure_bytes().unwrap().as_deref(),
            )
            .unwrap();
            assert_eq!(back, entry);
            assert_eq!(back.record(), r);
            back.verify(&key.verifying_key()).unwrap();
        }
    }

    #[test]
    fn a_sealed_entry_keeps_the_body_out_of_the_signed_bytes() {
        let (r, key) = record();
        let entry = LogEntry::sealed(r, [9; 32], &key).unwrap();
        let signed = String::from_utf8(entry.signed_bytes().unwrap()).unwrap();
        assert!(!signed.contains("River"), "{signed}");
        assert!(!signed.contains("concern.lodged"), "{signed}");
        let other = Disclosure {
            body: json!({"title": "Something else"}),
            ..Disclosure::from_bytes(&entry.disclosure_bytes().unwrap().unwrap()).unwrap()
        };
        let LogEntry::Sealed { sealed, .. } = entry else {
            unreachable!()
        };
        let forged = LogEntry::Sealed {
            sealed,
            disclosure: other,
        };
        assert!(forged.verify(&key.verifying_key()).is_err());
    }
}
