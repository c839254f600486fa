//! The contract every [`Store`] backend keeps, as test cases each backend runs against itself.
//!
//! A backend's `tests/contract.rs` says how to open a fresh database (a [`Harness`]) and expands
//! [`store_contract_tests!`](crate::store_contract_tests) into one `#[test]` per case:
//!
//! ```ignore
//! struct Fresh(tempfile::TempDir);
//! impl gsi_store::contract::Harness for Fresh {
//!     type Store = SqliteStore;
//!     fn open(&self) -> SqliteStore {
//!         SqliteStore::open(&format!("sqlite://{}/gsi.db", self.0.path().display())).unwrap()
//!     }
//! }
//! // The expression is evaluated once per test and yields `Option<impl Harness>`;
//! // `None` skips the test (for example when no database server is configured).
//! gsi_store::store_contract_tests!(Some(Fresh(tempfile::tempdir().unwrap())));
//! ```
//!
//! Each case is also a public function generic over the harness, so a backend can call one by
//! hand. Each would fail if the property it is named after broke.
//!
//! The record builders ([`TestParty`], [`signed`], [`new_record`], [`concern_id`],
//! [`membership`]) are public for
//! other crates' tests: they make realistic records, with real core events, real Ed25519
//! signatures under deterministic keys, and projections computed by `gsi_core::state::project`,
//! exactly as the platform computes them when it appends.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Barrier};

use gsi_core::concerns::ConcernEvent;
use gsi_core::concerns::{Concern, ConcernStatus, LodgeConcern};
use gsi_core::dialogue::DialogueEvent;
use gsi_core::dialogue::meetings::MeetingEvent;
use gsi_core::dialogue::rules::RulesEvent;
use gsi_core::event::RecordMeta;
use gsi_core::framework::{PriorityRef, SecurityDomain};
use gsi_core::membership::{Membership, MembershipRole};
use gsi_core::registry::RegistryEvent;
use gsi_core::state::{PartyKey, Source, project};
use gsi_core::{
    ConcernId, Distribution, Event, Party, PartyId, PartyKind, Reader, Role, State, Timestamp,
};
use gsi_ledger::{
    Checkpoint, Hash, LogEntry, MemoryTree, NodeId, NoteSigner, SignedRecord, SigningKey,
    UnsignedRecord, key_id, sign_checkpoint, verify_consistency, verify_inclusion,
};

use crate::{
    ApiToken, AuthorGrowth, ConcernFilter, Expectation, MembershipFilter, NewRecord, Receipt,
    SealedKey, Session, Store, StoreError, StoredCheckpoint, StoredRecord, User, Versioned,
};

/// How a backend's tests open the database under test.
pub trait Harness {
    type Store: Store + 'static;
    /// Opens the harness's database, running migrations. Every call on one harness opens the
    /// same database (a fresh one per harness), so a case can drop a store and reopen it.
    fn open(&self) -> Self::Store;
}

mod accounts;
mod log;
mod projections;

pub use accounts::*;
pub use log::*;
pub use projections::*;

/// Expands to one `#[test]` per contract case. The argument is an expression evaluated at the
/// start of every test that yields `Option<H>` for some [`Harness`] `H`; `None` skips the test.
#[macro_export]
macro_rules! store_contract_tests {
    ($harness:expr) => {
        $crate::store_contract_tests!(@cases ($harness)
            appends_are_numbered_and_read_back
            tree_matches_memory_tree
            append_batch_is_atomic
            expectations_guard_entity_versions
            projections_are_kept_and_filtered
            memberships_are_kept_and_filtered
            concurrent_appends_are_gap_free
            concurrent_conflicting_appends_one_wins
            checkpoints_are_kept
            users_tokens_and_sealed_keys
            passwords_and_sessions
            sealed_keys_are_put_together
            data_survives_reopening
            dialogue_objects_are_kept_whole
            growth_is_counted_per_author
            sealed_records_keep_their_disclosure_and_concerns_their_readers
        );
    };
    (@cases ($harness:expr) $($case:ident)*) => {
        $(
            #[test]
            fn $case() {
                if let ::std::option::Option::Some(harness) = $harness {
                    $crate::contract::$case(&harness);
                }
            }
        )*
    };
}

// ------------------------------------------------------------------------------------------
// Record builders
// ------------------------------------------------------------------------------------------

/// The time test records carry unless a case needs another.
pub const TIME: &str = "2026-11-23T12:00:00.000Z";

/// A deterministic Ed25519 key: the same seed gives the same key on every run.
pub fn signing_key(seed: u8) -> SigningKey {
    SigningKey::from_bytes(&[seed; 32])
}

/// A deterministic concern id for `n`.
pub fn concern_id(n: u64) -> ConcernId {
    let mut bytes = [0u8; 16];
    bytes[..8].copy_from_slice(b"contract");
    bytes[8..].copy_from_slice(&n.to_be_bytes());
    ConcernId::from_random(bytes)
}

/// `time` plus `minutes`, as the RFC 3339 string records carry.
pub fn minutes_after(time: &str, minutes: i64) -> String {
    let t = Timestamp::parse(time).expect("an RFC 3339 time");
    Timestamp::from_millis(t.millis() + minutes * 60_000).to_string()
}

/// Signs `event` as `author` with `key` at `time` (RFC 3339).
pub fn signed(key: &SigningKey, author: &PartyId, event: &Event, time: &str) -> SignedRecord {
    let (kind, body) = event.to_kind_body();
    UnsignedRecord {
        kind,
        author: author.to_string(),
        key_id: key_id(&key.verifying_key()),
        time: time.to_owned(),
        body,
    }
    .sign(key)
    .expect("test records encode canonically")
}

/// The [`NewRecord`] the platform would append for `record`: its subject, and the projections
/// the core computes from the concern's `previous` state.
///
/// Panics if the record's body is not an event the core applies to `previous`.
pub fn new_record(
    record: impl Into<LogEntry>,
    previous: Option<&Concern>,
    expect: Vec<Expectation>,
) -> NewRecord {
    let mut prior = State::default();
    if let Some(c) = previous {
        prior.concerns.insert(c.id.clone(), c.clone());
    }
    new_record_with(record, &prior, expect)
}

/// As [`new_record`], for events whose projection reads other earlier entities (a meeting, a
/// document, a mechanism's rules).
pub fn new_record_with(
    record: impl Into<LogEntry>,
    prior: &dyn Source,
    expect: Vec<Expectation>,
) -> NewRecord {
    let entry = record.into();
    let (meta, event) = meta_and_event(&entry);
    let projections = project(&meta, &event, prior).expect("the event applies");
    NewRecord {
        subject: event.subject().to_string(),
        entry,
        expect,
        projections,
    }
}

fn meta_and_event(entry: &LogEntry) -> (RecordMeta, Event) {
    let r = &entry.record();
    let meta = RecordMeta {
        author: PartyId::parse(&r.author).expect("a party id"),
        key_id: r.key_id.clone(),
        time: Timestamp::parse(&r.time).expect("an RFC 3339 time"),
    };
    let event = Event::from_kind_body(&r.kind, &r.body).expect("a core event");
    (meta, event)
}

/// Meeting `n` of `mechanism`'s, opening and closing on `day` (`YYYY-MM-DD`), with `invited`
/// invited as an observer, under the consensus rule.
pub fn convening(mechanism: &TestParty, n: u8, day: &str, invited: &TestParty) -> Event {
    use gsi_core::decisions::RuleKind;
    use gsi_core::dialogue::meetings::{Attendance, ConveneMeeting, MeetingKind, NewAgendaItem};
    Event::Dialogue(DialogueEvent::Meeting(MeetingEvent::Convened(
        ConveneMeeting {
            id: gsi_core::MeetingId::from_random([n; 16]),
            mechanism: Some(mechanism.id().clone()),
            kind: MeetingKind::Conference,
            title: format!("Meeting {n}"),
            opens: day.parse().expect("a date"),
            closes: day.parse().expect("a date"),
            place: Some("Astana".into()),
            online: None,
            languages: vec!["en".into()],
            agenda: vec![NewAgendaItem {
                title: "Opening".into(),
                priorities: vec![PriorityRef::parse("III.11").expect("a priority")],
            }],
            invited: vec![(invited.id().clone(), Attendance::Observer)],
            rule: Some(RuleKind::Consensus),
        },
    )))
}

/// A membership of `member` in `mechanism` with `role`, from and to the given dates
/// (`YYYY-MM-DD`), as of 2025-01-01 according to the mechanism's secretariat.
///
/// Panics if a date is not `YYYY-MM-DD`.
pub fn membership(
    mechanism: &TestParty,
    member: &TestParty,
    role: MembershipRole,
    from: Option<&str>,
    to: Option<&str>,
) -> Membership {
    Membership {
        mechanism: mechanism.id().clone(),
        member: member.id().clone(),
        role,
        from: from.map(|d| d.parse().expect("a YYYY-MM-DD date")),
        to: to.map(|d| d.parse().expect("a YYYY-MM-DD date")),
        source: format!("Secretariat of {}", mechanism.id()),
        as_of: "2025-01-01".parse().expect("a date"),
        note: None,
    }
}

/// An expectation that `entity` does not exist yet.
pub fn expect_new(entity: impl ToString) -> Expectation {
    Expectation {
        entity: entity.to_string(),
        version: None,
    }
}

/// An expectation that `entity` is still at `version`.
pub fn expect_version(entity: impl ToString, version: u64) -> Expectation {
    Expectation {
        entity: entity.to_string(),
        version: Some(version),
    }
}

/// A party for tests, with a deterministic signing key.
#[derive(Debug, Clone)]
pub struct TestParty {
    pub party: Party,
    pub key: SigningKey,
}

impl TestParty {
    /// A party whose key comes from `seed`: a state for ISO alpha-3 ids (`CHN`), an
    /// organisation for slugs (`sco`).
    pub fn new(seed: u8, id: &str) -> Self {
        let kind = if PartyId::parse(id).expect("a party id").is_iso3() {
            PartyKind::State
        } else {
            PartyKind::Organisation
        };
        Self::of_kind(seed, id, kind)
    }

    /// A mechanism (slug id, kind `mechanism`) that keeps a membership list, such as `sco`.
    pub fn mechanism(seed: u8, id: &str) -> Self {
        Self::of_kind(seed, id, PartyKind::Mechanism)
    }

    /// A party of `kind` whose key comes from `seed`.
    ///
    /// Panics if the core refuses the id for that kind.
    pub fn of_kind(seed: u8, id: &str, kind: PartyKind) -> Self {
        let id = PartyId::parse(id).expect("a party id");
        let name = format!("Party {id}");
        let party = Party::new(id, kind, &name).expect("a valid party");
        Self {
            party,
            key: signing_key(seed),
        }
    }

    pub fn id(&self) -> &PartyId {
        &self.party.id
    }

    pub fn key_id(&self) -> String {
        key_id(&self.key.verifying_key())
    }

    /// The projection entity of this party (`party:<id>`).
    pub fn entity(&self) -> String {
        format!("party:{}", self.party.id)
    }

    /// The party's key as the registry keeps it.
    pub fn party_key(&self) -> PartyKey {
        PartyKey {
            party: self.party.id.clone(),
            key_id: self.key_id(),
            public_key: base64(self.key.verifying_key().as_bytes()),
        }
    }

    /// Signs `event` as this party at `time`.
    pub fn sign(&self, event: &Event, time: &str) -> SignedRecord {
        signed(&self.key, self.id(), event, time)
    }

    /// The self-signed `party.registered` record, expecting the party and its key to be new.
    pub fn register(&self) -> NewRecord {
        let event = Event::Registry(RegistryEvent::PartyRegistered {
            party: self.party.clone(),
            public_key: self.party_key().public_key,
        });
        let key_entity = format!("key:{}:{}", self.party.id, self.key_id());
        new_record(
            self.sign(&event, TIME),
            None,
            vec![expect_new(self.entity()), expect_new(key_entity)],
        )
    }

    /// A `concern.lodged` record addressed to `addressees`, tagged with priorities `III.n`,
    /// expecting the concern to be new.
    pub fn lodge(
        &self,
        id: &ConcernId,
        addressees: &[&TestParty],
        priorities: &[u8],
        time: &str,
    ) -> NewRecord {
        // As lodged before distributions existed: public.
        let event = lodging(id, addressees, priorities, None);
        new_record(
            self.sign(&event, time),
            None,
            vec![expect_new(format!("concern:{id}"))],
        )
    }

    /// A `concern.lodged` record read by this party and its addressees alone, sealed with a
    /// salt drawn from `id` as the platform seals a restricted record.
    pub fn lodge_sealed(
        &self,
        id: &ConcernId,
        addressees: &[&TestParty],
        priorities: &[u8],
        time: &str,
    ) -> NewRecord {
        let readers = Distribution::parties(addressees.iter().map(|p| p.id().clone()));
        let event = lodging(id, addressees, priorities, Some(readers));
        let record = self.sign(&event, time).record;
        let mut salt = [0u8; 32];
        salt[..26].copy_from_slice(id.as_str().as_bytes());
        let entry = LogEntry::sealed(record, salt, &self.key).expect("test records seal");
        new_record(entry, None, vec![expect_new(format!("concern:{id}"))])
    }

    /// A `membership.recorded` record of `membership`, signed by this party (the mechanism)
    /// at `time`, with the given expectations (the platform expects the membership's entity
    /// to be new, or at the version it read).
    pub fn record_membership(
        &self,
        membership: &Membership,
        expect: Vec<Expectation>,
        time: &str,
    ) -> NewRecord {
        let event = Event::Registry(RegistryEvent::MembershipRecorded(membership.clone()));
        new_record(self.sign(&event, time), None, expect)
    }

    /// A record of `event` (acknowledge, respond, close …) about the concern `current`,
    /// expecting the concern to still be at `current.version`.
    pub fn on_concern(&self, current: &Versioned<Concern>, event: Event, time: &str) -> NewRecord {
        let entity = format!("concern:{}", current.value.id);
        new_record(
            self.sign(&event, time),
            Some(&current.value),
            vec![expect_version(entity, current.version)],
        )
    }
}

/// The lodging of concern `id` to `addressees`, tagged with priorities `III.n`.
fn lodging(
    id: &ConcernId,
    addressees: &[&TestParty],
    priorities: &[u8],
    distribution: Option<Distribution>,
) -> Event {
    Event::Concern(ConcernEvent::Lodged(LodgeConcern {
        id: id.clone(),
        title: format!("Concern {id}"),
        description: "A legitimate security concern, described for the contract tests.".to_owned(),
        domain: SecurityDomain::NonTraditional,
        priorities: priorities
            .iter()
            .map(|n| PriorityRef::parse(&format!("III.{n}")).expect("a priority"))
            .collect(),
        addressees: addressees.iter().map(|p| p.id().clone()).collect(),
        un_references: Vec::new(),
        response_due: None,
        distribution,
    }))
}

/// Standard base64 with padding (how the registry writes public keys).
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for (i, shift) in [18, 12, 6, 0].into_iter().enumerate() {
            if i <= chunk.len() {
                out.push(ALPHABET[((n >> shift) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// A name no other test process or thread uses at the same time (for database schemas):
/// `<prefix>_<process id>_<counter>_<random>`, lowercase ASCII.
pub fn unique_name(prefix: &str) -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    format!(
        "{prefix}_{}_{n}_{:08x}",
        std::process::id(),
        rand::random::<u32>()
    )
}

// ------------------------------------------------------------------------------------------
// What the store should hold: a mirror kept in memory
// ------------------------------------------------------------------------------------------

/// The expected content of a store after the appends a case made.
#[derive(Default)]
struct Mirror {
    records: Vec<StoredRecord>,
    tree: MemoryTree,
    state: State,
    versions: BTreeMap<String, u64>,
}

impl Mirror {
    /// Appends through the store and checks the receipts, then mirrors the records.
    fn append<S: Store + ?Sized>(&mut self, store: &S, batch: Vec<NewRecord>) -> Vec<Receipt> {
        let receipts = store
            .append_batch(batch.clone())
            .expect("the append succeeds");
        self.appended(batch, &receipts);
        receipts
    }

    fn appended(&mut self, batch: Vec<NewRecord>, receipts: &[Receipt]) {
        assert_eq!(receipts.len(), batch.len(), "one receipt per record");
        for (new, receipt) in batch.into_iter().zip(receipts) {
            let index = self.records.len() as u64;
            let leaf = new.entry.leaf_hash().expect("a leaf hash");
            assert_eq!(
                *receipt,
                Receipt {
                    index,
                    leaf_hash: leaf,
                    tree_size: index + 1
                },
                "receipt of the record appended at {index}"
            );
            let (meta, event) = meta_and_event(&new.entry);
            self.state
                .apply(&meta, &event)
                .expect("the mirror applies the event");
            for projection in &new.projections {
                self.versions.insert(projection.entity().to_string(), index);
            }
            self.tree.push(leaf);
            self.records.push(stored(index, &new, leaf));
        }
    }

    fn size(&self) -> u64 {
        self.records.len() as u64
    }

    /// The concern as the store should now hold it.
    fn concern(&self, id: &ConcernId) -> Versioned<Concern> {
        Versioned {
            value: self.state.concerns[id].clone(),
            version: self.versions[&format!("concern:{id}")],
        }
    }

    /// The memberships the store should list for `filter`, in the store's order: mechanism,
    /// member, role name, then start date with no start date first.
    fn memberships(&self, filter: &MembershipFilter) -> Vec<Versioned<Membership>> {
        let mut listed: Vec<Versioned<Membership>> = self
            .state
            .memberships
            .iter()
            .filter(|(_, m)| filter.mechanism.as_ref().is_none_or(|p| *p == m.mechanism))
            .filter(|(_, m)| filter.member.as_ref().is_none_or(|p| *p == m.member))
            .map(|(entity, m)| Versioned {
                value: m.clone(),
                version: self.versions[&entity.to_string()],
            })
            .collect();
        listed.sort_by(|a, b| membership_order(&a.value, &b.value));
        listed
    }

    /// Checks every read of the store against the mirror.
    fn check<S: Store + ?Sized>(&self, store: &S) {
        assert_eq!(store.tree_size().unwrap(), self.size(), "tree size");
        assert_eq!(
            store.records(0, u64::MAX).unwrap(),
            self.records,
            "the journal"
        );
        assert_eq!(
            store.record(self.size()).unwrap(),
            None,
            "no record past the end"
        );
        let root = store.root(self.size()).unwrap();
        assert_eq!(root, self.tree.root(), "root of the whole tree");
        check_stored_nodes(store, &self.tree);
        assert_eq!(
            store.parties().unwrap(),
            self.state.parties.values().cloned().collect::<Vec<_>>(),
            "parties, in id order"
        );
        assert_eq!(
            store.party_keys().unwrap(),
            self.state.keys.values().cloned().collect::<Vec<_>>(),
            "party keys, in (party, key id) order"
        );
        for party in self.state.parties.values() {
            let stored = store
                .party(&party.id)
                .unwrap()
                .expect("the party is stored");
            assert_eq!(stored.value, *party);
            assert_eq!(
                stored.version,
                self.versions[&format!("party:{}", party.id)]
            );
        }
        for id in self.state.concerns.keys() {
            assert_eq!(
                store.concern(id).unwrap(),
                Some(self.concern(id)),
                "concern {id}"
            );
        }
        assert_eq!(
            store.memberships(&MembershipFilter::default()).unwrap(),
            self.memberships(&MembershipFilter::default()),
            "every membership, in order"
        );
        assert_eq!(
            store.entity_versions().unwrap(),
            self.versions
                .iter()
                .map(|(e, v)| (e.clone(), *v))
                .collect::<Vec<_>>(),
            "entity versions, in entity order"
        );
    }
}

/// The order the store lists memberships in: mechanism, member, role name, then start date
/// with no start date first.
fn membership_order(a: &Membership, b: &Membership) -> std::cmp::Ordering {
    (a.mechanism.as_str(), a.member.as_str(), a.role.as_str())
        .cmp(&(b.mechanism.as_str(), b.member.as_str(), b.role.as_str()))
        .then_with(|| a.from.cmp(&b.from))
}

/// The journal row a store should hold for `new` at `index`.
fn stored(index: u64, new: &NewRecord, leaf: Hash) -> StoredRecord {
    let r = new.entry.record();
    StoredRecord {
        index,
        kind: r.kind,
        author: r.author,
        time: r.time,
        subject: new.subject.clone(),
        signed_bytes: new.entry.signed_bytes().expect("signed bytes"),
        signature: new.entry.signature().to_vec(),
        leaf_hash: leaf.to_vec(),
        disclosure: new.entry.disclosure_bytes().expect("disclosure bytes"),
    }
}

/// Every stored node, level by level, equals the memory tree's; nothing past it is stored.
fn check_stored_nodes<S: Store + ?Sized>(store: &S, tree: &MemoryTree) {
    for level in 0..=64u8 {
        let expected: Vec<(u64, Hash)> = (0u64..)
            .map_while(|i| tree.get(NodeId::new(level, i)).map(|h| (i, h)))
            .collect();
        let stored = store.tree_nodes(level, 0, u64::MAX).unwrap();
        assert_eq!(stored, expected, "stored nodes of level {level}");
        if expected.is_empty() {
            break;
        }
        let past = NodeId::new(level, expected.len() as u64);
        assert_eq!(store.tree_node(past).unwrap(), None, "no node {past:?} yet");
        let last = NodeId::new(level, expected.len() as u64 - 1);
        assert_eq!(
            store.tree_node(last).unwrap(),
            tree.get(last),
            "node {last:?}"
        );
    }
}

fn is_conflict<T: std::fmt::Debug>(result: &Result<T, StoreError>) -> bool {
    matches!(result, Err(StoreError::Conflict(_)))
}

fn expect_conflict_naming<T: std::fmt::Debug>(
    result: Result<T, StoreError>,
    entity: impl ToString,
) {
    let entity = entity.to_string();
    let entity = entity.as_str();
    match result {
        Err(StoreError::Conflict(message)) => assert!(
            message.contains(entity),
            "the conflict should name {entity}: {message}"
        ),
        other => panic!("expected a conflict on {entity}, got {other:?}"),
    }
}

// ------------------------------------------------------------------------------------------
// The cases
// ------------------------------------------------------------------------------------------

/// A [`ConcernFilter`] built by chaining, so the filter cases read one per line.
struct Filter(ConcernFilter);

impl Filter {
    fn all() -> Self {
        Self(ConcernFilter::default())
    }
    fn status(mut self, status: ConcernStatus) -> Self {
        self.0.status = Some(status);
        self
    }
    fn party(mut self, party: &TestParty) -> Self {
        self.0.party = Some(party.id().clone());
        self
    }
    fn priority(mut self, n: u8) -> Self {
        self.0.priority = Some(n);
        self
    }
    fn limit(mut self, limit: u64) -> Self {
        self.0.limit = Some(limit);
        self
    }
    fn offset(mut self, offset: u64) -> Self {
        self.0.offset = offset;
        self
    }
}

fn concern_of(projection: &gsi_core::Projection) -> Option<Concern> {
    match projection {
        gsi_core::Projection::Concern(c) => Some(c.clone()),
        _ => None,
    }
}
