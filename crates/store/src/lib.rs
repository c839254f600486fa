//! The storage boundary of the GSI Platform: one [`Store`] trait, at the level of the domain,
//! implemented by each backend crate (`gsi-store-sqlite`, `gsi-store-postgres`).
//!
//! A store keeps three things:
//! - the **journal**: signed records in log order, never updated or deleted;
//! - the **Merkle tree** over the journal: every complete (perfect) subtree hash, so that roots and
//!   inclusion and consistency proofs take O(log n) node reads ([`Store::inclusion_proof`]);
//! - **projections** (parties, keys, concerns) and **operational data** (users and their password
//!   hashes, API tokens, browser sessions, sealed signing keys, checkpoints) that are not official
//!   records.
//!
//! Invariants every backend keeps (the [`contract`] suite checks them on each backend):
//! - **One transaction per append**: the journal row, the new tree nodes and the projections of a
//!   record are written together or not at all ([`Store::append`], [`Store::append_batch`]).
//! - **Gap-free order**: indices are 0, 1, 2, … with no gap or duplicate, however many writers
//!   append at once (each backend serialises appends with its own lock).
//! - **Optimistic concurrency**: an append carries [`Expectation`]s on entity versions; if another
//!   append changed the entity in between, the append fails with [`StoreError::Conflict`] and
//!   nothing is written.
//!
//! The store holds no domain rules: it never decides whether a record is allowed, it only keeps
//! what the core decided.

#![forbid(unsafe_code)]

use std::collections::{BTreeMap, HashMap};
use std::convert::Infallible;

use gsi_core::concerns::{Concern, ConcernStatus};
use gsi_core::dialogue::documents::OutcomeDocument;
use gsi_core::dialogue::meetings::Meeting;
use gsi_core::dialogue::rules::{MechanismRules, Series};
use gsi_core::membership::Membership;
use gsi_core::state::{PartyKey, Projection};
use gsi_core::{ConcernId, DocumentId, EntityKey, MeetingId, Party, PartyId, Reader, Role};
use gsi_ledger::{Hash, LogEntry, NodeId, NodeSource, TreeError};

#[cfg(feature = "contract")]
pub mod contract;
pub mod private_files;
pub mod rows;

/// What went wrong in a store. Backends map their driver errors to `Backend`.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// An expectation failed or a unique name is taken: retry after re-reading, or pick another name.
    #[error("conflict: {0}")]
    Conflict(String),
    #[error("not found: {0}")]
    NotFound(String),
    /// Stored data that cannot be what this software wrote (a tampered or corrupt database).
    #[error("corrupt data: {0}")]
    Corrupt(String),
    /// The URL or configuration does not name a usable database.
    #[error("{0}")]
    Config(String),
    #[error("database error: {0}")]
    Backend(#[source] Box<dyn std::error::Error + Send + Sync>),
}

impl StoreError {
    pub fn backend(e: impl std::error::Error + Send + Sync + 'static) -> Self {
        Self::Backend(Box::new(e))
    }
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// A precondition on an entity's version, checked inside the append transaction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expectation {
    /// The entity key's stored text form ([`EntityKey`]'s `Display`, `concern:<id>`).
    pub entity: String,
    /// The version read before deciding, or `None` when the entity must not exist yet.
    pub version: Option<u64>,
}

impl Expectation {
    pub fn new(entity: &EntityKey, version: Option<u64>) -> Self {
        Self {
            entity: entity.to_string(),
            version,
        }
    }
}

/// A record to append, with everything written alongside it.
#[derive(Debug, Clone)]
pub struct NewRecord {
    /// The signed record, or the sealed record and its disclosure.
    pub entry: LogEntry,
    /// The entity the record is about (`concern:<id>`), for listing an entity's history.
    pub subject: String,
    pub expect: Vec<Expectation>,
    /// Projection rows to upsert; each entity's version becomes the new record's index.
    pub projections: Vec<Projection>,
}

/// What an append returns: the record's place in the log.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Receipt {
    pub index: u64,
    pub leaf_hash: Hash,
    /// The tree size right after this record (index + 1).
    pub tree_size: u64,
}

/// How much one author has appended to the journal: records, and their signed bytes plus
/// signatures and disclosures (what the log keeps for ever).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuthorGrowth {
    pub author: String,
    pub records: u64,
    pub bytes: u64,
}

/// A journal row as stored: the exact signed bytes and signature, plus columns for querying.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredRecord {
    pub index: u64,
    pub kind: String,
    pub author: String,
    pub time: String,
    pub subject: String,
    pub signed_bytes: Vec<u8>,
    pub signature: Vec<u8>,
    pub leaf_hash: Vec<u8>,
    /// A sealed record's disclosure (kept apart from the journal row); `None` for a plain one.
    pub disclosure: Option<Vec<u8>>,
}

/// A projection with the index of the last record that changed it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Versioned<T> {
    pub value: T,
    pub version: u64,
}

/// A checkpoint the node signed, as a C2SP signed note.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredCheckpoint {
    pub size: u64,
    pub note: String,
}

/// A person who uses the platform for one party.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    pub name: String,
    pub party: PartyId,
    pub roles: Vec<Role>,
    pub disabled: bool,
    /// RFC 3339.
    pub created_at: String,
}

/// An API token: only its SHA-256 is stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiToken {
    pub id: String,
    pub user: String,
    pub label: String,
    pub hash: Hash,
    pub created_at: String,
    pub revoked: bool,
    /// RFC 3339 UTC with milliseconds, so times compare as text.
    pub expires_at: String,
    /// What the token may do (`read`, `write:<module>`), as the platform wrote them.
    pub scopes: Vec<String>,
    /// When the token last authenticated a request, if ever (RFC 3339).
    pub last_used_at: Option<String>,
}

/// A browser session: only the SHA-256 of its secret id is stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub id_hash: Hash,
    pub user: String,
    /// The token a signed-in form must echo (compared by the web layer).
    pub csrf_token: String,
    /// RFC 3339.
    pub created_at: String,
    /// RFC 3339 UTC with milliseconds, so times compare as text.
    pub expires_at: String,
}

/// A party's signing key, sealed (encrypted) by the node; the store never sees it in clear.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SealedKey {
    pub party: PartyId,
    pub key_id: String,
    pub sealed: Vec<u8>,
}

/// The dialogue projections, kept whole as JSON in one table (`objects`) keyed by entity: they
/// are read by id, or listed by kind through their index ([`ObjectQuery`]), never searched
/// inside their JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ObjectKind {
    Rules,
    Meeting,
    Document,
    Series,
}

impl ObjectKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Rules => "rules",
            Self::Meeting => "meeting",
            Self::Document => "document",
            Self::Series => "series",
        }
    }
}

/// One object's list index as a store keeps it (see [`Store::object_indexes`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StoredIndex {
    pub sort: Option<String>,
    pub terms: Vec<String>,
}

/// Which objects of one kind to list, and which page of them: those holding every one of
/// `terms` (the text form of the core's `IndexTerm`s, `party:CHN`) whose sort key lies in
/// `[sort_from, sort_before)`, ordered by sort key then entity (reversed when `descending`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ObjectQuery {
    pub kind: ObjectKind,
    pub terms: Vec<String>,
    pub sort_from: Option<String>,
    pub sort_before: Option<String>,
    pub descending: bool,
    pub limit: Option<u64>,
    pub offset: u64,
}

impl ObjectQuery {
    /// Every object of `kind`, in order.
    pub fn all(kind: ObjectKind) -> Self {
        Self {
            kind,
            terms: Vec::new(),
            sort_from: None,
            sort_before: None,
            descending: false,
            limit: None,
            offset: 0,
        }
    }

    /// Only those holding `term` as well.
    pub fn with(mut self, term: impl ToString) -> Self {
        self.terms.push(term.to_string());
        self
    }
}

/// Which memberships to list; both fields `None` lists all.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MembershipFilter {
    pub mechanism: Option<PartyId>,
    pub member: Option<PartyId>,
}

/// Which concerns to list. `party` matches the lodging party or any addressee; `reader` keeps
/// only the concerns it may read (anonymous unless set).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ConcernFilter {
    pub reader: Reader,
    pub status: Option<ConcernStatus>,
    pub party: Option<PartyId>,
    pub priority: Option<u8>,
    pub limit: Option<u64>,
    pub offset: u64,
}

/// The one storage trait. Synchronous: backends use blocking drivers, and the web layer calls
/// them from blocking tasks. Every method is one short transaction.
pub trait Store: Send + Sync {
    /// A name for messages: `sqlite` or `postgres`.
    fn backend(&self) -> &'static str;

    // --- journal and tree ---

    /// Appends one record: journal row, tree nodes and projections in one transaction.
    fn append(&self, record: NewRecord) -> Result<Receipt> {
        Ok(self.append_batch(vec![record])?.remove(0))
    }
    /// Appends records in order, all in one transaction: all land or none does. An empty batch
    /// writes nothing and returns no receipts.
    fn append_batch(&self, records: Vec<NewRecord>) -> Result<Vec<Receipt>>;
    fn tree_size(&self) -> Result<u64>;
    fn record(&self, index: u64) -> Result<Option<StoredRecord>>;
    /// Records with `from <= index`, in order, at most `limit`.
    fn records(&self, from: u64, limit: u64) -> Result<Vec<StoredRecord>>;
    /// Every record about one subject, in log order.
    fn records_about(&self, subject: &str) -> Result<Vec<StoredRecord>>;
    /// Records and bytes per author, counted in the database, of the records whose time is at or
    /// after `since` (every record when `None`), ordered by author.
    fn growth_by_author(&self, since: Option<&str>) -> Result<Vec<AuthorGrowth>>;
    /// The hash of a complete subtree, if it exists.
    fn tree_node(&self, id: NodeId) -> Result<Option<Hash>>;
    /// Stored nodes of one level with `from <= index`, in order, at most `limit` (for verify).
    fn tree_nodes(&self, level: u8, from: u64, limit: u64) -> Result<Vec<(u64, Hash)>>;

    // --- checkpoints ---

    /// Keeps a signed checkpoint; keeping the same size twice is a no-op.
    fn add_checkpoint(&self, checkpoint: &StoredCheckpoint) -> Result<()>;
    fn latest_checkpoint(&self) -> Result<Option<StoredCheckpoint>>;
    fn checkpoint(&self, size: u64) -> Result<Option<StoredCheckpoint>>;
    /// Every checkpoint, by size.
    fn checkpoints(&self) -> Result<Vec<StoredCheckpoint>>;

    // --- projections ---

    fn party(&self, id: &PartyId) -> Result<Option<Versioned<Party>>>;
    /// Every party, in id order.
    fn parties(&self) -> Result<Vec<Party>>;
    /// Every registered key, in (party, key id) order.
    fn party_keys(&self) -> Result<Vec<PartyKey>>;
    fn concern(&self, id: &ConcernId) -> Result<Option<Versioned<Concern>>>;
    /// Concerns, newest first (by `lodged_at`, then by the index of the record that lodged them).
    fn concerns(&self, filter: &ConcernFilter) -> Result<Vec<Concern>>;
    /// Memberships (every period ever recorded), ordered by mechanism, member, role and start
    /// date (no start date first).
    fn memberships(&self, filter: &MembershipFilter) -> Result<Vec<Versioned<Membership>>>;
    /// Every entity key with its version, in entity order (for verify).
    fn entity_versions(&self) -> Result<Vec<(String, u64)>>;
    /// One dialogue projection's JSON, by entity key (`meeting:<id>`).
    fn object(&self, entity: &str) -> Result<Option<Versioned<String>>>;
    /// The page of dialogue projections a query asks for, as JSON, in its order. A backend
    /// answers from its indexes: the terms' index and the kind's sort order, never by reading
    /// every object of the kind.
    fn objects_where(&self, query: &ObjectQuery) -> Result<Vec<Versioned<String>>>;
    /// How many objects the query matches, leaving out its `limit` and `offset`.
    fn count_objects(&self, query: &ObjectQuery) -> Result<u64>;
    /// The distinct terms starting with `prefix` (`mechanism:`) that objects of `kind` hold, in
    /// order: what a list can be filtered by.
    fn object_terms(&self, kind: ObjectKind, prefix: &str) -> Result<Vec<String>>;
    /// Every object's list index as stored, by entity: its sort key (`None` where none is
    /// stored) and its terms in order. `gsi verify` compares it with the index the core derives
    /// from the replayed projection, so a list cannot be made to hide or misplace an object.
    fn object_indexes(&self) -> Result<BTreeMap<String, StoredIndex>>;
    /// Every dialogue projection of a kind, as JSON, in its sort order.
    fn objects(&self, kind: ObjectKind) -> Result<Vec<Versioned<String>>> {
        self.objects_where(&ObjectQuery::all(kind))
    }

    /// A mechanism's declared rules, if it declared any.
    fn rules(&self, mechanism: &PartyId) -> Result<Option<Versioned<MechanismRules>>> {
        typed_object(self, &EntityKey::Rules(mechanism.clone()), "rules")
    }
    fn meeting(&self, id: &MeetingId) -> Result<Option<Versioned<Meeting>>> {
        typed_object(self, &Meeting::entity_of(id), "meeting")
    }
    /// The meetings a query (of kind meeting) asks for, by closing date, opening date, then id.
    fn meetings_where(&self, query: &ObjectQuery) -> Result<Vec<Meeting>> {
        typed_objects(self, query, "meeting")
    }
    fn document(&self, id: &DocumentId) -> Result<Option<Versioned<OutcomeDocument>>> {
        typed_object(self, &OutcomeDocument::entity_of(id), "document")
    }
    /// The outcome documents a query (of kind document) asks for, in id order.
    fn documents_where(&self, query: &ObjectQuery) -> Result<Vec<OutcomeDocument>> {
        typed_objects(self, query, "document")
    }
    fn series(&self, series: &str, year: i32) -> Result<Option<Versioned<Series>>> {
        typed_object(self, &Series::entity_of(series, year), "series")
    }

    // --- operational data (not records) ---

    fn put_sealed_key(&self, key: &SealedKey) -> Result<()>;
    /// Puts several sealed keys; backends may do it in one transaction.
    fn put_sealed_keys(&self, keys: &[SealedKey]) -> Result<()> {
        keys.iter().try_for_each(|k| self.put_sealed_key(k))
    }
    /// The party's current signing key (the last one put).
    fn sealed_key(&self, party: &PartyId) -> Result<Option<SealedKey>>;
    /// Adds a user; `Conflict` if the name is taken.
    fn add_user(&self, user: &User) -> Result<()>;
    fn user(&self, name: &str) -> Result<Option<User>>;
    /// Every user, in name order.
    fn users(&self) -> Result<Vec<User>>;
    /// `NotFound` if there is no such user.
    fn set_user_disabled(&self, name: &str, disabled: bool) -> Result<()>;
    /// Adds a token: `Conflict` if its id or hash is taken, `NotFound` if its user does not exist.
    fn add_token(&self, token: &ApiToken) -> Result<()>;
    /// The token with this hash and its user, if the token exists (revoked or not).
    fn token_by_hash(&self, hash: &Hash) -> Result<Option<(ApiToken, User)>>;
    /// A user's tokens, oldest first (by `created_at`, then id).
    fn tokens(&self, user: &str) -> Result<Vec<ApiToken>>;
    /// `NotFound` if there is no such token.
    fn revoke_token(&self, id: &str) -> Result<()>;
    /// Revokes every token of a user that is not yet revoked; answers how many were.
    fn revoke_tokens_of(&self, user: &str) -> Result<usize>;
    /// Records when a token was last used. `NotFound` if there is no such token.
    fn touch_token(&self, id: &str, at: &str) -> Result<()>;
    /// Sets a user's password hash (a PHC string, argon2id) or, with `None`, clears it;
    /// `NotFound` if there is no such user.
    fn set_password_hash(&self, user: &str, phc: Option<&str>) -> Result<()>;
    /// The user's password hash (PHC string), if set; `NotFound` if there is no such user.
    fn password_hash(&self, user: &str) -> Result<Option<String>>;
    /// Adds a session: `Conflict` if its id hash is taken, `NotFound` if its user does not exist.
    fn add_session(&self, session: &Session) -> Result<()>;
    /// The session with this id hash and its user, expired or not (the caller compares times),
    /// whether or not the user is disabled.
    fn session(&self, id_hash: &Hash) -> Result<Option<(Session, User)>>;
    /// Deletes a session (signing out); a no-op if there is none.
    fn delete_session(&self, id_hash: &Hash) -> Result<()>;
    /// Deletes every session of a user (when disabled, or on a password change); returns how
    /// many were deleted.
    fn delete_sessions_of(&self, user: &str) -> Result<u64>;
    /// Deletes the sessions with `expires_at < now` (RFC 3339 UTC with milliseconds, compared as
    /// text: a session expiring exactly now is kept); returns how many were deleted.
    fn delete_expired_sessions(&self, now_rfc3339: &str) -> Result<u64>;

    // --- proofs, from stored nodes (provided) ---

    /// The stored hashes of the given complete subtrees, keyed by id; ids with no stored node
    /// are left out. Proofs read their nodes through this in one call, so a backend can answer
    /// with one query (the default asks [`Store::tree_node`] for each).
    fn tree_nodes_by_id(&self, ids: &[NodeId]) -> Result<HashMap<NodeId, Hash>> {
        let mut found = HashMap::with_capacity(ids.len());
        for &id in ids {
            if let Some(hash) = self.tree_node(id)? {
                found.insert(id, hash);
            }
        }
        Ok(found)
    }

    /// The root of the tree's first `size` records; `NotFound` past the current size.
    fn root(&self, size: u64) -> Result<Hash> {
        self.require_size(size)?;
        let mut nodes = Prefetched::load(self, |r| gsi_ledger::root(size, r).map(drop))?;
        gsi_ledger::root(size, &mut nodes).map_err(tree_error)
    }
    /// `NotFound` if `size` is past the current size or `index` is not below `size`.
    fn inclusion_proof(&self, index: u64, size: u64) -> Result<Vec<Hash>> {
        self.require_size(size)?;
        let plan = |r: &mut Recorder| gsi_ledger::inclusion_proof(index, size, r).map(drop);
        let mut nodes = Prefetched::load(self, plan)?;
        gsi_ledger::inclusion_proof(index, size, &mut nodes).map_err(tree_error)
    }
    /// `NotFound` if `new_size` is past the current size or `old_size > new_size`.
    fn consistency_proof(&self, old_size: u64, new_size: u64) -> Result<Vec<Hash>> {
        self.require_size(new_size)?;
        let plan =
            |r: &mut Recorder| gsi_ledger::consistency_proof(old_size, new_size, r).map(drop);
        let mut nodes = Prefetched::load(self, plan)?;
        gsi_ledger::consistency_proof(old_size, new_size, &mut nodes).map_err(tree_error)
    }
    /// `NotFound` unless the log holds at least `size` records. Without this check a size past
    /// the end would read missing nodes and be reported as `Corrupt`.
    fn require_size(&self, size: u64) -> Result<()> {
        let current = self.tree_size()?;
        if size > current {
            return Err(StoreError::NotFound(format!(
                "tree size {size} is past the log's {current} records"
            )));
        }
        Ok(())
    }
}

fn typed_object<S: Store + ?Sized, T: serde::de::DeserializeOwned>(
    store: &S,
    entity: &EntityKey,
    what: &str,
) -> Result<Option<Versioned<T>>> {
    store
        .object(&entity.to_string())?
        .map(|v| {
            Ok(Versioned {
                value: rows::from_json(what, &v.value)?,
                version: v.version,
            })
        })
        .transpose()
}

fn typed_objects<S: Store + ?Sized, T: serde::de::DeserializeOwned>(
    store: &S,
    query: &ObjectQuery,
    what: &str,
) -> Result<Vec<T>> {
    store
        .objects_where(query)?
        .iter()
        .map(|v| rows::from_json(what, &v.value))
        .collect()
}

/// Notes which nodes a tree computation reads, answering with placeholder hashes. Which nodes
/// a root or proof reads depends only on the sizes and index, never on the hashes, so a dry
/// run tells every node the real run will need.
struct Recorder(Vec<NodeId>);

impl NodeSource for Recorder {
    type Error = Infallible;
    fn node(&mut self, id: NodeId) -> Result<Hash, Infallible> {
        self.0.push(id);
        Ok([0; 32])
    }
}

/// The nodes a dry run asked for, read from the store in one call.
struct Prefetched(HashMap<NodeId, Hash>);

impl Prefetched {
    fn load<S: Store + ?Sized>(
        store: &S,
        plan: impl FnOnce(&mut Recorder) -> Result<(), TreeError<Infallible>>,
    ) -> Result<Self> {
        let mut recorder = Recorder(Vec::new());
        plan(&mut recorder).map_err(|e| match e {
            TreeError::Source(never) => match never {},
            TreeError::Invalid(msg) => StoreError::NotFound(msg),
        })?;
        let mut ids = recorder.0;
        ids.sort_unstable();
        ids.dedup();
        Ok(Self(store.tree_nodes_by_id(&ids)?))
    }
}

impl NodeSource for Prefetched {
    type Error = StoreError;
    fn node(&mut self, id: NodeId) -> Result<Hash> {
        self.0.get(&id).copied().ok_or_else(|| {
            StoreError::Corrupt(format!(
                "tree node level {} index {} is missing",
                id.level, id.index
            ))
        })
    }
}

fn tree_error(e: TreeError<StoreError>) -> StoreError {
    match e {
        TreeError::Source(e) => e,
        TreeError::Invalid(msg) => StoreError::NotFound(msg),
    }
}
