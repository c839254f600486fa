//! [`Platform`]: commands in, signed records out.

use crate::refusals;
use std::sync::Arc;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use gsi_core::event::RecordMeta;
use gsi_core::registry::RegistryEvent;
use gsi_core::state::{Nothing, Source, project};
use gsi_core::{Actor, DomainError, EntityKey, Event, Party, PartyId, Reader, Role, Timestamp};
use gsi_ledger::{LogEntry, SigningKey, UnsignedRecord};
use gsi_store::{Expectation, NewRecord, Receipt, Store, StoreError, StoredCheckpoint, User};
use serde::Serialize;

use crate::group_commit::{CommitStats, GroupCommit};
use crate::read::LogRecord;
use crate::write_quota::{WriteQuota, WriteQuotaSettings};
use crate::{AppError, NodeIdentity};

/// How often a command is retried when a concurrent append changed what it decided on.
pub(crate) const CONFLICT_RETRIES: usize = 3;

/// A record with everything needed to check it offline against a signed checkpoint.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RecordProof {
    pub index: u64,
    /// The record: `{kind, author, key_id, time, body}`; `null` for a sealed record the
    /// reader may not read.
    #[cfg_attr(feature = "openapi", schema(value_type = Option<Object>))]
    pub record: Option<UnsignedRecord>,
    /// Base64 of a sealed record's disclosure, for a reader entitled to it (docs/ledger.md
    /// 1.4): it hashes to the commitment in the signed envelope.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub disclosure: Option<String>,
    /// Base64 of the exact bytes the author signed (a sealed record's envelope).
    pub canonical_bytes: String,
    /// Base64 of the 64-byte Ed25519 signature.
    pub signature: String,
    /// Hex of the RFC 6962 leaf hash.
    pub leaf_hash: String,
    /// The checkpoint (C2SP signed note) the proof leads to.
    pub checkpoint: String,
    pub tree_size: u64,
    /// Base64 hashes of the inclusion proof, leaf to root.
    pub inclusion_proof: Vec<String>,
}

/// A consistency proof between two tree sizes, with both roots.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ConsistencyProof {
    pub from: u64,
    pub to: u64,
    pub from_root: String,
    pub to_root: String,
    pub proof: Vec<String>,
}

#[derive(Clone)]
pub struct Platform {
    store: Arc<dyn Store>,
    node: Arc<NodeIdentity>,
    /// Shared by every clone, so concurrent commands share durable commits.
    commits: Arc<GroupCommit>,
    /// The write quota commands are counted against; `None` (the CLI) counts nothing.
    quota: Option<Arc<WriteQuota>>,
}

fn b64(bytes: &[u8]) -> String {
    STANDARD.encode(bytes)
}

pub(crate) fn check_user_name(name: &str) -> Result<(), DomainError> {
    let ok = (1..=64).contains(&name.len())
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-' | b'@'));
    if ok {
        Ok(())
    } else {
        Err(refusals::not_a_user_name(name))
    }
}

impl Platform {
    pub fn new(store: Arc<dyn Store>, node: Arc<NodeIdentity>) -> Self {
        Self {
            store,
            node,
            commits: Arc::default(),
            quota: None,
        }
    }

    /// The same platform with every command's record counted against a write quota (what
    /// `gsi serve` runs; see [`crate::write_quota`]).
    pub fn with_write_quota(self, settings: WriteQuotaSettings) -> Self {
        Self {
            quota: Some(Arc::new(WriteQuota::new(settings))),
            ..self
        }
    }

    pub fn write_quota(&self) -> Option<&WriteQuota> {
        self.quota.as_deref()
    }

    /// Appends one prepared record of `actor`'s command, once the write quota (if any) admits
    /// it, sharing the transaction with records other commands append at the same moment (see
    /// [`crate::group_commit`]).
    pub(crate) fn commit(&self, actor: &Actor, record: NewRecord) -> Result<Receipt, AppError> {
        if let Some(quota) = &self.quota {
            let disclosure = record.entry.disclosure_bytes()?.map_or(0, |d| d.len());
            quota.admit(actor, record.entry.signed_bytes()?.len() + disclosure)?;
        }
        Ok(self.commits.append(self.store.as_ref(), record)?)
    }

    /// How this node's command appends were grouped into transactions so far.
    pub fn commit_stats(&self) -> CommitStats {
        self.commits.stats()
    }

    pub fn store(&self) -> &dyn Store {
        self.store.as_ref()
    }

    pub fn node(&self) -> &NodeIdentity {
        &self.node
    }

    // --- parties ---

    /// Registers a party with a fresh signing key, sealed by the node. The registration record is
    /// signed with that new key, so it certifies itself.
    pub fn register_party(&self, party: Party, now: Timestamp) -> Result<Receipt, AppError> {
        Ok(self.register_parties(vec![party], now)?.remove(0))
    }

    /// Registers several parties: their sealed keys first (an orphan key is harmless, a party
    /// without its key could never act), then all registration records in one transaction.
    pub fn register_parties(
        &self,
        parties: Vec<Party>,
        now: Timestamp,
    ) -> Result<Vec<Receipt>, AppError> {
        let mut sealed = Vec::with_capacity(parties.len());
        let mut records = Vec::with_capacity(parties.len());
        for party in parties {
            if self.store.party(&party.id)?.is_some() {
                return Err(refusals::party_already_registered(&party.id).into());
            }
            let key = SigningKey::generate(&mut rand::rngs::OsRng);
            sealed.push(self.node.seal(&party.id, &key));
            let expect = vec![Expectation::new(&EntityKey::Party(party.id.clone()), None)];
            let event = Event::Registry(RegistryEvent::PartyRegistered {
                public_key: b64(key.verifying_key().as_bytes()),
                party: party.clone(),
            });
            records.push(prepare_record(
                &party.id, &key, &event, &Nothing, expect, now,
            )?);
        }
        self.store.put_sealed_keys(&sealed)?;
        Ok(self.store.append_batch(records)?)
    }

    /// The signing key this node holds for a party.
    pub(crate) fn party_key(&self, party: &PartyId) -> Result<SigningKey, AppError> {
        let sealed = self.store.sealed_key(party)?.ok_or_else(|| {
            AppError::Config(format!("this node holds no signing key for {party}"))
        })?;
        self.node.unseal(&sealed)
    }

    // --- users and tokens ---

    pub fn add_user(
        &self,
        name: &str,
        party: &PartyId,
        roles: Vec<Role>,
        now: Timestamp,
    ) -> Result<User, AppError> {
        check_user_name(name)?;
        if roles.is_empty() {
            return Err(refusals::user_without_role().into());
        }
        if self.store.party(party)?.is_none() {
            return Err(gsi_core::refusals::party_not_registered(party).into());
        }
        let user = User {
            name: name.to_owned(),
            party: party.clone(),
            roles,
            disabled: false,
            created_at: now.to_string(),
        };
        self.store.add_user(&user).map_err(|e| match e {
            StoreError::Conflict(_) => refusals::user_exists(name).into(),
            other => AppError::from(other),
        })?;
        Ok(user)
    }

    // --- the log ---

    /// The checkpoint for the current tree, signed now if the tree grew since the last one.
    pub fn checkpoint(&self) -> Result<StoredCheckpoint, AppError> {
        let size = self.store.tree_size()?;
        if let Some(latest) = self.store.latest_checkpoint()?
            && latest.size >= size
        {
            return Ok(latest);
        }
        let checkpoint = gsi_ledger::Checkpoint {
            origin: self.node.origin().to_owned(),
            size,
            root: self.store.root(size)?,
        };
        let stored = StoredCheckpoint {
            size,
            note: gsi_ledger::sign_checkpoint(&checkpoint, self.node.signer())?,
        };
        self.store.add_checkpoint(&stored)?;
        Ok(stored)
    }

    /// A record with its inclusion proof against the latest checkpoint, as `reader` may see
    /// it: a sealed record it may not read comes as its envelope alone, without record or
    /// disclosure; one it may comes with the disclosure that proves the record.
    pub fn record_proof(&self, reader: &Reader, index: u64) -> Result<RecordProof, AppError> {
        let shown = self
            .record(reader, index)?
            .ok_or_else(|| refusals::no_such_record(index))?;
        self.proof_of(&shown, &self.checkpoint()?)
    }

    /// The proof of a record already read as some reader sees it, against `checkpoint`: for a
    /// page of records, read once and proved against one checkpoint.
    pub fn proof_of(
        &self,
        shown: &LogRecord,
        checkpoint: &StoredCheckpoint,
    ) -> Result<RecordProof, AppError> {
        let proof = self.store.inclusion_proof(shown.index, checkpoint.size)?;
        let disclosure = shown.content.as_ref().and_then(|c| c.disclosure.as_deref());
        Ok(RecordProof {
            index: shown.index,
            record: shown.entry()?.map(|e| e.record()),
            disclosure: disclosure.map(b64),
            canonical_bytes: b64(&shown.signed_bytes),
            signature: b64(&shown.signature),
            leaf_hash: gsi_ledger::to_hex(&shown.leaf_hash),
            checkpoint: checkpoint.note.clone(),
            tree_size: checkpoint.size,
            inclusion_proof: proof.iter().map(|h| b64(h)).collect(),
        })
    }

    pub fn consistency(&self, from: u64, to: u64) -> Result<ConsistencyProof, AppError> {
        let size = self.store.tree_size()?;
        if from == 0 || from > to || to > size {
            return Err(refusals::bad_consistency_range(size, from, to).into());
        }
        Ok(ConsistencyProof {
            from,
            to,
            from_root: b64(&self.store.root(from)?),
            to_root: b64(&self.store.root(to)?),
            proof: self
                .store
                .consistency_proof(from, to)?
                .iter()
                .map(|h| b64(h))
                .collect(),
        })
    }
}

/// Signs an event as `author` and bundles it with its projections, ready for
/// [`Store::append`]. Public for bulk loaders and benchmarks; commands go through [`Platform`].
pub fn prepare_record(
    author: &PartyId,
    key: &SigningKey,
    event: &Event,
    source: &dyn Source,
    expect: Vec<Expectation>,
    now: Timestamp,
) -> Result<NewRecord, AppError> {
    let (kind, body) = event.to_kind_body();
    let key_id = gsi_ledger::key_id(&key.verifying_key());
    let meta = RecordMeta {
        author: author.clone(),
        key_id: key_id.clone(),
        time: now,
    };
    let projections = project(&meta, event, source)?;
    let record = UnsignedRecord {
        kind,
        author: author.to_string(),
        key_id,
        time: now.to_string(),
        body,
    };
    // A record is read under its subject's distribution; all but a public one is sealed, so
    // the public log holds only its envelope.
    let subject = event.subject();
    let restricted = projections
        .iter()
        .filter(|p| p.entity() == subject)
        .any(|p| p.distribution().is_some_and(|(_, d)| !d.is_public()));
    let entry = if restricted {
        LogEntry::sealed(record, crate::random_salt(), key)?
    } else {
        LogEntry::plain(record, key)?
    };
    Ok(NewRecord {
        entry,
        subject: event.subject().to_string(),
        expect,
        projections,
    })
}
