//! The read layer: every list and lookup that the web and the CLI show — parties, concerns,
//! log records — is asked of the [`Platform`] here, never of the store directly, so that what a
//! caller may see is decided in one place: each read of a restricted thing takes the [`Reader`]
//! and asks the core's one rule ([`Reader::may_read`]) through [`Platform::may_read_subject`].
//! What a reader may not read is absent, exactly as what does not exist. The types the answers
//! use are re-exported, so edges need not depend on `gsi-store`.

pub use gsi_store::{
    ApiToken, AuthorGrowth, ConcernFilter, Receipt, StoredRecord, User, Versioned,
};

use std::collections::HashMap;

use gsi_core::state::PartyKey;
use gsi_core::{ConcernId, EntityKey, Party, PartyId, Reader, Timestamp};
use gsi_ledger::{LedgerError, LogEntry, SealedRecord};

use crate::{AppError, Platform};

impl Platform {
    /// Every registered party.
    pub fn parties(&self) -> Result<Vec<Party>, AppError> {
        Ok(self.store().parties()?)
    }

    /// The party with this id, with its version, if it is registered.
    pub fn party(&self, id: &PartyId) -> Result<Option<Versioned<Party>>, AppError> {
        Ok(self.store().party(id)?)
    }

    /// How many records the log holds.
    pub fn tree_size(&self) -> Result<u64, AppError> {
        Ok(self.store().tree_size()?)
    }

    /// Records and signed bytes each author has appended, of records at or after `since` (all
    /// when `None`), ordered by author: what a flood would leave in the log for ever.
    pub fn journal_growth(&self, since: Option<Timestamp>) -> Result<Vec<AuthorGrowth>, AppError> {
        let since = since.map(|t| t.to_string());
        Ok(self.store().growth_by_author(since.as_deref())?)
    }

    /// The record at `index` as `reader` may see it, if the log is that long.
    pub fn record(&self, reader: &Reader, index: u64) -> Result<Option<LogRecord>, AppError> {
        Ok(self
            .shown_all(reader, self.store().record(index)?.into_iter().collect())?
            .pop())
    }

    /// At most `limit` records from `from` on, in log order, as `reader` may see them.
    pub fn records(
        &self,
        reader: &Reader,
        from: u64,
        limit: u64,
    ) -> Result<Vec<LogRecord>, AppError> {
        self.shown_all(reader, self.store().records(from, limit)?)
    }

    /// Every record about one entity (a concern, meeting, document…) that `reader` may read,
    /// in log order.
    pub fn records_about(
        &self,
        reader: &Reader,
        entity: &EntityKey,
    ) -> Result<Vec<LogRecord>, AppError> {
        let all = self.store().records_about(&entity.to_string())?;
        let mut shown = self.shown_all(reader, all)?;
        shown.retain(|r| r.content.is_some());
        Ok(shown)
    }

    /// Whether `reader` may read the entity a stored record is about (its `subject` column)
    /// and so every record about it. Only entities with a distribution of their own restrict
    /// readers; a sealed record about anything else is shown to no one but the node.
    pub fn may_read_subject(&self, reader: &Reader, subject: &str) -> Result<bool, AppError> {
        if let Some(id) = subject.strip_prefix("concern:")
            && let Ok(id) = ConcernId::parse(id)
        {
            return Ok(self
                .store()
                .concern(&id)?
                .is_some_and(|c| c.value.may_be_read_by(reader)));
        }
        Ok(matches!(reader, Reader::Node))
    }

    /// Stored records as `reader` may see them: whole, or a sealed record's envelope alone.
    /// Whether it may read a subject is looked up once per subject, however many of its
    /// records the page holds.
    fn shown_all(
        &self,
        reader: &Reader,
        rows: Vec<StoredRecord>,
    ) -> Result<Vec<LogRecord>, AppError> {
        let mut subjects: HashMap<String, bool> = HashMap::new();
        let mut shown = Vec::with_capacity(rows.len());
        for r in rows {
            let readable = match (&r.disclosure, subjects.get(&r.subject)) {
                (None, _) => true,
                (Some(_), Some(&known)) => known,
                (Some(_), None) => {
                    let may = self.may_read_subject(reader, &r.subject)?;
                    subjects.insert(r.subject.clone(), may);
                    may
                }
            };
            shown.push(shown_as(r, readable)?);
        }
        Ok(shown)
    }

    // --- accounts: what an operator or a signed-in user sees of users, keys and tokens ---

    /// Every user, by name.
    pub fn users(&self) -> Result<Vec<User>, AppError> {
        Ok(self.store().users()?)
    }

    /// The users of one party, by name.
    pub fn users_of(&self, party: &PartyId) -> Result<Vec<User>, AppError> {
        let mut users = self.users()?;
        users.retain(|u| &u.party == party);
        Ok(users)
    }

    /// The user with this name, if there is one.
    pub fn user(&self, name: &str) -> Result<Option<User>, AppError> {
        Ok(self.store().user(name)?)
    }

    /// The public keys one party has signed with.
    pub fn keys_of(&self, party: &PartyId) -> Result<Vec<PartyKey>, AppError> {
        let mut keys = self.store().party_keys()?;
        keys.retain(|k| &k.party == party);
        Ok(keys)
    }

    /// A user's API tokens (never their secrets), oldest first.
    pub fn tokens_of(&self, user: &str) -> Result<Vec<ApiToken>, AppError> {
        Ok(self.store().tokens(user)?)
    }
}

/// A stored record as one reader sees it: whole if `readable`, else a sealed record's envelope.
fn shown_as(r: StoredRecord, readable: bool) -> Result<LogRecord, AppError> {
    // An entitled reader learns the author from the disclosure; others from the envelope.
    let author = if readable {
        Some(r.author.clone())
    } else {
        SealedRecord::from_parts(&r.signed_bytes, &r.signature)?
            .envelope
            .author
            .map(|(author, _)| author)
    };
    Ok(LogRecord {
        index: r.index,
        time: r.time,
        author,
        signed_bytes: r.signed_bytes,
        signature: r.signature,
        leaf_hash: r.leaf_hash,
        content: readable.then_some(RecordContent {
            kind: r.kind,
            subject: r.subject,
            disclosure: r.disclosure,
        }),
    })
}

/// A log record as one reader may see it. A sealed record the reader may not read shows its
/// envelope only: index, time, signed bytes and signature, and the author if the envelope
/// shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogRecord {
    pub index: u64,
    pub time: String,
    pub author: Option<String>,
    pub signed_bytes: Vec<u8>,
    pub signature: Vec<u8>,
    pub leaf_hash: Vec<u8>,
    /// What the record is and is about; `None` when it is sealed from this reader.
    pub content: Option<RecordContent>,
}

/// What a reader entitled to a record learns beyond its envelope.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordContent {
    pub kind: String,
    pub subject: String,
    /// A sealed record's disclosure (the body and the salt the envelope commits to).
    pub disclosure: Option<Vec<u8>>,
}

impl LogRecord {
    /// The record itself, for a reader entitled to it; `None` for a sealed one it may not read.
    pub fn entry(&self) -> Result<Option<LogEntry>, LedgerError> {
        self.content
            .as_ref()
            .map(|c| {
                LogEntry::from_stored(&self.signed_bytes, &self.signature, c.disclosure.as_deref())
            })
            .transpose()
    }

    /// The record's kind, for a reader entitled to it.
    pub fn kind(&self) -> Option<&str> {
        self.content.as_ref().map(|c| c.kind.as_str())
    }

    pub fn is_sealed(&self) -> bool {
        self.content.as_ref().is_none_or(|c| c.disclosure.is_some())
    }
}
