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
use gsi_core::{ConcernId, Event, Party, PartyId, PartyKind, Role, State, Timestamp};
use gsi_ledger::{
    Checkpoint, Hash, MemoryTree, NodeId, NoteSigner, SignedRecord, SigningKey, UnsignedRecord,
    key_id, sign_checkpoint, verify_consistency, verify_inclusion,
};

use crate::{
    ApiToken, ConcernFilter, Expectation, MembershipFilter, NewRecord, Receipt, SealedKey, Session,
    Store, StoreError, StoredCheckpoint, StoredRecord, User, Versioned,
};

/// How a backend's tests open the database under test.
pub trait Harness {
    type Store: Store + 'static;
    /// Opens the harness's database, running migrations. Every call on one harness opens the
    /// same database (a fresh one per harness), so a case can drop a store and reopen it.
    fn open(&self) -> Self::Store;
}

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
    record: SignedRecord,
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
    record: SignedRecord,
    prior: &dyn Source,
    expect: Vec<Expectation>,
) -> NewRecord {
    let (meta, event) = meta_and_event(&record);
    let projections = project(&meta, &event, prior).expect("the event applies");
    NewRecord {
        subject: event.subject().to_string(),
        record,
        expect,
        projections,
    }
}

fn meta_and_event(record: &SignedRecord) -> (RecordMeta, Event) {
    let r = &record.record;
    let meta = RecordMeta {
        author: PartyId::parse(&r.author).expect("a party id"),
        key_id: r.key_id.clone(),
        time: Timestamp::parse(&r.time).expect("an RFC 3339 time"),
    };
    let event = Event::from_kind_body(&r.kind, &r.body).expect("a core event");
    (meta, event)
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
        let event = Event::Concern(ConcernEvent::Lodged(LodgeConcern {
            id: id.clone(),
            title: format!("Concern {id}"),
            description: "A legitimate security concern, described for the contract tests."
                .to_owned(),
            domain: SecurityDomain::NonTraditional,
            priorities: priorities
                .iter()
                .map(|n| PriorityRef::parse(&format!("III.{n}")).expect("a priority"))
                .collect(),
            addressees: addressees.iter().map(|p| p.id().clone()).collect(),
            un_references: Vec::new(),
            response_due: None,
        }));
        new_record(
            self.sign(&event, time),
            None,
            vec![expect_new(format!("concern:{id}"))],
        )
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
            let leaf = new.record.leaf_hash().expect("a leaf hash");
            assert_eq!(
                *receipt,
                Receipt {
                    index,
                    leaf_hash: leaf,
                    tree_size: index + 1
                },
                "receipt of the record appended at {index}"
            );
            let (meta, event) = meta_and_event(&new.record);
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
    let r = &new.record.record;
    StoredRecord {
        index,
        kind: r.kind.clone(),
        author: r.author.clone(),
        time: r.time.clone(),
        subject: new.subject.clone(),
        signed_bytes: new.record.signed_bytes().expect("signed bytes"),
        signature: new.record.signature.to_bytes().to_vec(),
        leaf_hash: leaf.to_vec(),
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

/// Appends are numbered 0, 1, 2 …, receipts carry the record's leaf hash, and the journal
/// gives back exactly the bytes appended.
pub fn appends_are_numbered_and_read_back<H: Harness>(harness: &H) {
    let store = harness.open();
    let mut mirror = Mirror::default();
    assert_eq!(store.tree_size().unwrap(), 0);
    assert_eq!(store.record(0).unwrap(), None);
    assert!(store.records(0, 10).unwrap().is_empty());
    assert_eq!(store.root(0).unwrap(), gsi_ledger::empty_root());

    let chn = TestParty::new(1, "CHN");
    let kaz = TestParty::new(2, "KAZ");
    let sco = TestParty::new(3, "sco");
    for (i, party) in [&chn, &kaz, &sco].into_iter().enumerate() {
        let new = party.register();
        let leaf = new.record.leaf_hash().unwrap();
        let receipt = store.append(new.clone()).unwrap();
        assert_eq!(
            receipt,
            Receipt {
                index: i as u64,
                leaf_hash: leaf,
                tree_size: i as u64 + 1
            }
        );
        mirror.appended(vec![new], &[receipt]);
    }
    let (c1, c2) = (concern_id(1), concern_id(2));
    let receipts = mirror.append(
        &store,
        vec![
            chn.lodge(&c1, &[&kaz, &sco], &[1, 3], TIME),
            kaz.lodge(&c2, &[&chn], &[11], &minutes_after(TIME, 1)),
        ],
    );
    assert_eq!(receipts.iter().map(|r| r.index).collect::<Vec<_>>(), [3, 4]);
    let current = mirror.concern(&c1);
    let ack = Event::Concern(ConcernEvent::Acknowledged {
        concern: c1.clone(),
    });
    mirror.append(
        &store,
        vec![kaz.on_concern(&current, ack, &minutes_after(TIME, 2))],
    );

    mirror.check(&store);
    for expected in &mirror.records {
        let stored = store
            .record(expected.index)
            .unwrap()
            .expect("the record is stored");
        assert_eq!(&stored, expected);
        let back = SignedRecord::from_parts(&stored.signed_bytes, &stored.signature)
            .expect("stored bytes are a canonical signed record");
        assert_eq!(back.leaf_hash().unwrap().to_vec(), stored.leaf_hash);
        let author = [&chn, &kaz, &sco]
            .into_iter()
            .find(|p| p.id().as_str() == stored.author);
        let key = author.expect("a known author").key.verifying_key();
        back.verify_with_key_id(&key)
            .expect("the stored signature verifies");
    }
    let all = &mirror.records;
    assert_eq!(store.records(2, 3).unwrap(), all[2..5]);
    assert_eq!(store.records(5, 10).unwrap(), all[5..]);
    assert!(store.records(6, 10).unwrap().is_empty());
    assert!(store.records(0, 0).unwrap().is_empty());
    assert_eq!(
        store.records_about(&format!("concern:{c1}")).unwrap(),
        [all[3].clone(), all[5].clone()]
    );
    assert_eq!(store.records_about("party:KAZ").unwrap(), [all[1].clone()]);
    assert!(store.records_about("concern:nothing").unwrap().is_empty());
}

/// Roots and proofs from the store equal those of a memory tree over the same leaves, for
/// every size from 1 to 40, and verify.
pub fn tree_matches_memory_tree<H: Harness>(harness: &H) {
    let store = harness.open();
    let mut mirror = Mirror::default();
    let parties: Vec<TestParty> = (1..=40u8)
        .map(|n| TestParty::new(n, &format!("party-{n}")))
        .collect();
    // Batches of varying sizes, so nodes are completed both across and within batches.
    let mut next = parties.iter();
    for batch_size in [1, 2, 3, 4, 5, 6, 7, 8, 4] {
        let batch: Vec<NewRecord> = next
            .by_ref()
            .take(batch_size)
            .map(|p| p.register())
            .collect();
        mirror.append(&store, batch);
    }
    assert_eq!(mirror.size(), 40);
    mirror.check(&store);

    let tree = &mirror.tree;
    for size in 1..=40u64 {
        let root = store.root(size).unwrap();
        assert_eq!(root, tree.root_at(size).unwrap(), "root at size {size}");
        let mut indices: BTreeSet<u64> = [0, size / 3, size / 2, size - 1].into();
        indices.insert((size * 7 / 10).min(size - 1));
        for index in indices {
            let proof = store.inclusion_proof(index, size).unwrap();
            assert_eq!(
                proof,
                tree.inclusion_proof(index, size).unwrap(),
                "inclusion {index} in {size}"
            );
            let leaf = tree.leaf(index).unwrap();
            verify_inclusion(&leaf, index, size, &proof, &root).expect("inclusion verifies");
        }
        let olds: BTreeSet<u64> = [1, size / 3, size / 2, size - 1, size].into();
        for old in olds.into_iter().filter(|&m| m >= 1) {
            let proof = store.consistency_proof(old, size).unwrap();
            assert_eq!(
                proof,
                tree.consistency_proof(old, size).unwrap(),
                "consistency {old}..{size}"
            );
            let old_root = store.root(old).unwrap();
            verify_consistency(old, size, &old_root, &root, &proof).expect("consistency verifies");
        }
    }
    // Stored nodes read by position.
    assert_eq!(store.tree_nodes(0, 38, 10).unwrap().len(), 2);
    assert_eq!(
        store.tree_nodes(1, 5, 3).unwrap(),
        [5, 6, 7].map(|i| (i, tree.get(NodeId::new(1, i)).unwrap()))
    );
    assert_eq!(
        store.tree_node(NodeId::new(3, 4)).unwrap(),
        tree.get(NodeId::new(3, 4))
    );
    assert_eq!(
        store.tree_node(NodeId::new(5, 0)).unwrap(),
        tree.get(NodeId::new(5, 0))
    );
    assert_eq!(store.tree_node(NodeId::new(5, 1)).unwrap(), None);
    assert_eq!(store.tree_node(NodeId::new(6, 0)).unwrap(), None);
    // Nodes read by id, in one call; ids with no stored node are left out.
    let ids = [
        NodeId::new(0, 39),
        NodeId::new(3, 4),
        NodeId::new(5, 0),
        NodeId::new(5, 1),
        NodeId::new(0, 40),
    ];
    let expected: HashMap<NodeId, Hash> = ids
        .iter()
        .filter_map(|&id| tree.get(id).map(|h| (id, h)))
        .collect();
    assert_eq!(expected.len(), 3);
    assert_eq!(store.tree_nodes_by_id(&ids).unwrap(), expected);
    assert!(store.tree_nodes_by_id(&[]).unwrap().is_empty());
    // Past the end is not found, not corrupt.
    assert!(matches!(store.root(41), Err(StoreError::NotFound(_))));
    assert!(matches!(
        store.inclusion_proof(40, 40),
        Err(StoreError::NotFound(_))
    ));
    assert!(matches!(
        store.inclusion_proof(3, 41),
        Err(StoreError::NotFound(_))
    ));
    assert!(matches!(
        store.consistency_proof(5, 41),
        Err(StoreError::NotFound(_))
    ));
    assert!(matches!(
        store.consistency_proof(6, 5),
        Err(StoreError::NotFound(_))
    ));
}

/// A batch whose third record fails its expectation writes nothing at all.
pub fn append_batch_is_atomic<H: Harness>(harness: &H) {
    let store = harness.open();
    let mut mirror = Mirror::default();
    let chn = TestParty::new(1, "CHN");
    let kaz = TestParty::new(2, "KAZ");
    let sco = TestParty::new(3, "sco");
    let asean = TestParty::new(4, "asean");
    mirror.append(&store, vec![chn.register()]);
    let c1 = concern_id(1);
    mirror.append(&store, vec![chn.lodge(&c1, &[&kaz], &[2], TIME)]);
    mirror.check(&store);
    let leaves_before = store.tree_nodes(0, 0, u64::MAX).unwrap();

    // Third record: a party that is already registered.
    let result = store.append_batch(vec![kaz.register(), sco.register(), chn.register()]);
    expect_conflict_naming(result, chn.entity());
    mirror.check(&store);
    assert_eq!(
        store.party(kaz.id()).unwrap(),
        None,
        "no projection of a rolled-back record"
    );
    assert_eq!(store.tree_node(NodeId::new(0, 2)).unwrap(), None);
    assert_eq!(store.tree_node(NodeId::new(1, 1)).unwrap(), None);
    assert_eq!(store.tree_nodes(0, 0, u64::MAX).unwrap(), leaves_before);

    // Third record: a stale version (the concern is at 1, not 0).
    let stale = Versioned {
        value: mirror.concern(&c1).value,
        version: 0,
    };
    let ack = Event::Concern(ConcernEvent::Acknowledged {
        concern: c1.clone(),
    });
    let result = store.append_batch(vec![
        kaz.register(),
        sco.register(),
        kaz.on_concern(&stale, ack.clone(), TIME),
    ]);
    expect_conflict_naming(result, format!("concern:{c1}"));
    mirror.check(&store);
    assert!(store.records_about(&kaz.entity()).unwrap().is_empty());

    // An empty batch is a no-op; then the same records land where the failed ones would have.
    assert!(store.append_batch(Vec::new()).unwrap().is_empty());
    let current = mirror.concern(&c1);
    let receipts = mirror.append(
        &store,
        vec![
            kaz.register(),
            sco.register(),
            kaz.on_concern(&current, ack, TIME),
            asean.register(),
        ],
    );
    assert_eq!(
        receipts.iter().map(|r| r.index).collect::<Vec<_>>(),
        [2, 3, 4, 5]
    );
    mirror.check(&store);
}

/// Expectations: `None` refuses an existing entity, a stale version is refused, the current
/// version is accepted and the entity's version becomes the new record's index — also within
/// one batch.
pub fn expectations_guard_entity_versions<H: Harness>(harness: &H) {
    let store = harness.open();
    let mut mirror = Mirror::default();
    let chn = TestParty::new(1, "CHN");
    let kaz = TestParty::new(2, "KAZ");
    mirror.append(&store, vec![chn.register(), kaz.register()]);
    expect_conflict_naming(store.append(kaz.register()), kaz.entity());

    let c = concern_id(7);
    let entity = format!("concern:{c}");
    mirror.append(&store, vec![chn.lodge(&c, &[&kaz], &[5], TIME)]);
    assert_eq!(mirror.concern(&c).version, 2);
    expect_conflict_naming(store.append(chn.lodge(&c, &[&kaz], &[5], TIME)), &entity);

    let current = mirror.concern(&c);
    let respond = |text: &str| {
        Event::Concern(ConcernEvent::Responded {
            concern: c.clone(),
            text: text.to_owned(),
        })
    };
    for wrong in [0, 1, 3, 99] {
        let stale = Versioned {
            value: current.value.clone(),
            version: wrong,
        };
        expect_conflict_naming(
            store.append(kaz.on_concern(&stale, respond("stale"), TIME)),
            &entity,
        );
    }
    // An entity that does not exist has no version to match.
    let mut ghost = kaz.on_concern(&current, respond("ghost"), TIME);
    ghost.expect.push(expect_version("concern:ghost", 0));
    expect_conflict_naming(store.append(ghost), "concern:ghost");
    mirror.check(&store);

    let receipt = mirror.append(
        &store,
        vec![kaz.on_concern(&current, respond("first"), TIME)],
    )[0];
    assert_eq!(receipt.index, 3);
    assert_eq!(store.concern(&c).unwrap().unwrap().version, 3);
    assert!(
        store
            .entity_versions()
            .unwrap()
            .contains(&(entity.clone(), 3))
    );

    // Within one batch: the second record expects the version the first one makes.
    let at3 = mirror.concern(&c);
    let ack = kaz.on_concern(
        &at3,
        Event::Concern(ConcernEvent::Acknowledged { concern: c.clone() }),
        TIME,
    );
    let after_ack = Versioned {
        value: ack.projections.iter().find_map(concern_of).unwrap(),
        version: 4,
    };
    let second = kaz.on_concern(&after_ack, respond("second"), TIME);
    // Expecting the pre-batch version after the first record changed it is stale.
    let stale_second = kaz.on_concern(&at3, respond("second"), TIME);
    expect_conflict_naming(store.append_batch(vec![ack.clone(), stale_second]), &entity);
    mirror.check(&store);
    mirror.append(&store, vec![ack, second]);
    assert_eq!(store.concern(&c).unwrap().unwrap().version, 5);
    mirror.check(&store);
}

fn concern_of(projection: &gsi_core::Projection) -> Option<Concern> {
    match projection {
        gsi_core::Projection::Concern(c) => Some(c.clone()),
        _ => None,
    }
}

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

/// Parties, keys and concerns are upserted and read back equal; concerns filter by status,
/// party (lodger or addressee) and priority, page with limit and offset, newest first.
pub fn projections_are_kept_and_filtered<H: Harness>(harness: &H) {
    let store = harness.open();
    let mut mirror = Mirror::default();
    let chn = TestParty::new(1, "CHN");
    let kaz = TestParty::new(2, "KAZ");
    let sco = TestParty::new(3, "sco");
    let rus = TestParty::new(4, "RUS");
    mirror.append(&store, vec![sco.register(), kaz.register()]);
    mirror.append(&store, vec![chn.register()]);
    mirror.append(&store, vec![rus.register()]);
    assert_eq!(
        store.party(chn.id()).unwrap(),
        Some(Versioned {
            value: chn.party.clone(),
            version: 2
        })
    );
    assert_eq!(store.party(&PartyId::parse("USA").unwrap()).unwrap(), None);
    assert_eq!(
        store.party_keys().unwrap(),
        [&chn, &kaz, &rus, &sco].map(|p| p.party_key()),
        "keys as registered, in party order"
    );

    let (c1, c2, c3, c4) = (concern_id(1), concern_id(2), concern_id(3), concern_id(4));
    mirror.append(
        &store,
        vec![chn.lodge(&c1, &[&kaz], &[1, 3], &minutes_after(TIME, 1))],
    );
    mirror.append(
        &store,
        vec![
            kaz.lodge(&c2, &[&chn, &sco], &[3], &minutes_after(TIME, 2)),
            sco.lodge(&c3, &[&kaz], &[20], &minutes_after(TIME, 3)),
        ],
    );
    // Lodged in the same millisecond as c3 but later in the log: newer.
    mirror.append(
        &store,
        vec![rus.lodge(&c4, &[&chn], &[7], &minutes_after(TIME, 3))],
    );
    let close = Event::Concern(ConcernEvent::Closed {
        concern: c1.clone(),
        outcome: gsi_core::concerns::ClosingOutcome::Addressed,
        note: Some("Addressed in consultations.".to_owned()),
    });
    let current = mirror.concern(&c1);
    mirror.append(
        &store,
        vec![chn.on_concern(&current, close, &minutes_after(TIME, 10))],
    );
    let current = mirror.concern(&c2);
    let respond = Event::Concern(ConcernEvent::Responded {
        concern: c2.clone(),
        text: "Our response.".to_owned(),
    });
    mirror.append(
        &store,
        vec![sco.on_concern(&current, respond, &minutes_after(TIME, 11))],
    );
    mirror.check(&store);
    let c1_stored = store.concern(&c1).unwrap().unwrap();
    assert_eq!(c1_stored.value.status, ConcernStatus::Addressed);
    assert_eq!(c1_stored.version, 8);
    assert_eq!(store.concern(&concern_id(99)).unwrap(), None);

    let open = ConcernStatus::Open;
    let cases: Vec<(Filter, Vec<&ConcernId>)> = vec![
        (Filter::all(), vec![&c4, &c3, &c2, &c1]),
        (Filter::all().status(open), vec![&c4, &c3, &c2]),
        (Filter::all().status(ConcernStatus::Addressed), vec![&c1]),
        (Filter::all().status(ConcernStatus::Withdrawn), vec![]),
        (Filter::all().party(&kaz), vec![&c3, &c2, &c1]),
        (Filter::all().party(&sco), vec![&c3, &c2]),
        (Filter::all().party(&chn), vec![&c4, &c2, &c1]),
        (Filter::all().party(&TestParty::new(9, "USA")), vec![]),
        (Filter::all().priority(3), vec![&c2, &c1]),
        (Filter::all().priority(20), vec![&c3]),
        (Filter::all().priority(2), vec![]),
        (
            Filter::all().status(open).party(&chn).priority(3),
            vec![&c2],
        ),
        (Filter::all().limit(2), vec![&c4, &c3]),
        (Filter::all().limit(2).offset(1), vec![&c3, &c2]),
        (Filter::all().offset(3), vec![&c1]),
        (Filter::all().offset(4), vec![]),
        (Filter::all().limit(0), vec![]),
        (Filter::all().party(&kaz).limit(1).offset(1), vec![&c2]),
    ];
    for (Filter(filter), expected) in cases {
        let listed = store.concerns(&filter).unwrap();
        for c in &listed {
            assert_eq!(
                *c, mirror.state.concerns[&c.id],
                "listed concern {} as stored",
                c.id
            );
        }
        let ids: Vec<&ConcernId> = listed.iter().map(|c| &c.id).collect();
        assert_eq!(ids, expected, "concerns({filter:?}), newest first");
    }
}

/// Memberships are upserted by entity (mechanism, member, role, start date) and read back equal
/// to the core's replay, with their versions; a later record of the same membership (setting
/// `to`) replaces it, also within one batch. They filter by mechanism, member or both, and
/// list by mechanism, member, role name, then start date with no start date first.
pub fn memberships_are_kept_and_filtered<H: Harness>(harness: &H) {
    use MembershipRole::{DialoguePartner, Member, Observer};
    let store = harness.open();
    let mut mirror = Mirror::default();
    let sco = TestParty::mechanism(10, "sco");
    let brics = TestParty::of_kind(11, "brics", PartyKind::Forum);
    let (chn, kaz, ind, blr, rus) = (
        TestParty::new(1, "CHN"),
        TestParty::new(2, "KAZ"),
        TestParty::new(3, "IND"),
        TestParty::new(4, "BLR"),
        TestParty::new(5, "RUS"),
    );
    mirror.append(
        &store,
        [&sco, &brics, &chn, &kaz, &ind, &blr, &rus]
            .map(TestParty::register)
            .to_vec(),
    );
    assert!(
        store
            .memberships(&MembershipFilter::default())
            .unwrap()
            .is_empty()
    );

    let record = |mechanism: &TestParty, m: &Membership, minutes: i64| {
        mechanism.record_membership(
            m,
            vec![expect_new(m.entity())],
            &minutes_after(TIME, minutes),
        )
    };
    let m = |mechanism: &TestParty, member: &TestParty, role, from: Option<&str>| {
        membership(mechanism, member, role, from, None)
    };
    let kaz_founding = m(&sco, &kaz, Member, Some("2001-06-15"));
    let kaz_undated = m(&sco, &kaz, Member, None);
    let ind_observer = m(&sco, &ind, Observer, Some("2005-07-05"));
    let blr_member = m(&sco, &blr, Member, Some("2024-07-04"));
    let mut blr_partner = m(&sco, &blr, DialoguePartner, Some("2010-04-28"));
    blr_partner.note = Some("Dialogue partner until it became an observer.".to_owned());
    let blr_observer = m(&sco, &blr, Observer, Some("2015-07-10"));
    mirror.append(
        &store,
        vec![
            record(&sco, &kaz_founding, 1),
            record(&sco, &ind_observer, 1),
            record(&sco, &blr_member, 2),
            record(&sco, &blr_partner, 2),
        ],
    );
    let second = mirror.append(
        &store,
        vec![
            record(&sco, &blr_observer, 3),
            record(&sco, &kaz_undated, 3),
            record(&sco, &m(&sco, &chn, Member, Some("2001-06-15")), 3),
            record(&brics, &m(&brics, &chn, Member, Some("2009-06-16")), 4),
            record(&brics, &m(&brics, &rus, Member, Some("2009-06-16")), 4),
        ],
    );
    mirror.check(&store);

    // India leaves the observers (the same membership, now with an end) and joins as a member.
    let ind_entity = ind_observer.entity();
    let ind_at = store
        .memberships(&MembershipFilter {
            mechanism: Some(sco.id().clone()),
            member: Some(ind.id().clone()),
        })
        .unwrap();
    assert_eq!(ind_at.len(), 1);
    let ended = Membership {
        to: Some("2017-06-08".parse().unwrap()),
        ..ind_observer.clone()
    };
    let receipts = mirror.append(
        &store,
        vec![
            sco.record_membership(
                &ended,
                vec![expect_version(&ind_entity, ind_at[0].version)],
                &minutes_after(TIME, 5),
            ),
            record(&sco, &m(&sco, &ind, Member, Some("2017-06-09")), 5),
        ],
    );
    assert_eq!(
        ended.entity(),
        ind_entity,
        "the end date is not part of the key"
    );
    // Recording it as new again conflicts on its entity.
    expect_conflict_naming(store.append(record(&sco, &ended, 6)), &ind_entity);
    // Within one batch the later record of a membership wins.
    let mut rus_noted = m(&brics, &rus, Member, Some("2009-06-16"));
    rus_noted.note = Some("Founding member.".to_owned());
    let rus_left = Membership {
        to: Some("2030-01-01".parse().unwrap()),
        ..rus_noted.clone()
    };
    let batch = mirror.append(
        &store,
        vec![
            brics.record_membership(&rus_noted, Vec::new(), &minutes_after(TIME, 7)),
            brics.record_membership(&rus_left, Vec::new(), &minutes_after(TIME, 7)),
        ],
    );
    mirror.check(&store);

    let all = store.memberships(&MembershipFilter::default()).unwrap();
    assert_eq!(
        all.iter().map(|v| v.value.clone()).collect::<Vec<_>>(),
        mirror
            .memberships(&MembershipFilter::default())
            .into_iter()
            .map(|v| v.value)
            .collect::<Vec<_>>()
    );
    let ind_now = all
        .iter()
        .find(|v| v.value.entity() == ind_entity)
        .expect("the observer membership is still listed");
    assert_eq!(ind_now.value, ended, "replaced by the later record");
    assert_eq!(ind_now.version, receipts[0].index);
    assert_eq!(mirror.state.memberships[&ind_entity], ended);
    let rus_now = all
        .iter()
        .find(|v| v.value.entity() == rus_left.entity())
        .unwrap();
    assert_eq!(
        *rus_now,
        Versioned {
            value: rus_left.clone(),
            version: batch[1].index
        }
    );
    assert!(
        store
            .entity_versions()
            .unwrap()
            .contains(&(ind_entity.to_string(), receipts[0].index))
    );
    assert!(
        store
            .entity_versions()
            .unwrap()
            .contains(&("membership:sco:KAZ:member:-".to_owned(), second[1].index))
    );

    // The order, spelled out: brics before sco; within sco BLR, CHN, IND, KAZ; roles by name
    // (dialogue_partner, member, observer), then the start date with no start first.
    let key = |v: &Versioned<Membership>| v.value.entity().to_string();
    assert_eq!(
        all.iter().map(key).collect::<Vec<_>>(),
        [
            "membership:brics:CHN:member:2009-06-16",
            "membership:brics:RUS:member:2009-06-16",
            "membership:sco:BLR:dialogue_partner:2010-04-28",
            "membership:sco:BLR:member:2024-07-04",
            "membership:sco:BLR:observer:2015-07-10",
            "membership:sco:CHN:member:2001-06-15",
            "membership:sco:IND:member:2017-06-09",
            "membership:sco:IND:observer:2005-07-05",
            "membership:sco:KAZ:member:-",
            "membership:sco:KAZ:member:2001-06-15",
        ]
    );

    let filter = |mechanism: Option<&TestParty>, member: Option<&TestParty>| MembershipFilter {
        mechanism: mechanism.map(|p| p.id().clone()),
        member: member.map(|p| p.id().clone()),
    };
    let usa = TestParty::new(9, "USA");
    let cases = [
        (filter(Some(&sco), None), 8),
        (filter(Some(&brics), None), 2),
        (filter(None, Some(&chn)), 2),
        (filter(None, Some(&blr)), 3),
        (filter(None, Some(&kaz)), 2),
        (filter(Some(&sco), Some(&chn)), 1),
        (filter(Some(&brics), Some(&kaz)), 0),
        (filter(Some(&usa), None), 0),
        (filter(None, Some(&usa)), 0),
        (filter(Some(&chn), None), 0),
    ];
    for (f, count) in cases {
        let listed = store.memberships(&f).unwrap();
        assert_eq!(listed, mirror.memberships(&f), "memberships({f:?})");
        assert_eq!(listed.len(), count, "memberships({f:?})");
    }
    assert_eq!(
        store
            .records_about(&format!("membership:{}:{}", sco.id(), ind.id()))
            .unwrap()
            .len(),
        3,
        "records about India in the SCO"
    );
}

/// Threads appending at once on one store get indices 0..n with no gap and no duplicate, and
/// the stored tree is the tree of the stored leaves in index order.
pub fn concurrent_appends_are_gap_free<H: Harness>(harness: &H) {
    const THREADS: u64 = 8;
    const EACH: u64 = 25;
    let store = Arc::new(harness.open());
    let chn = TestParty::new(1, "CHN");
    let kaz = TestParty::new(2, "KAZ");
    let barrier = Arc::new(Barrier::new(THREADS as usize));
    let handles: Vec<_> = (0..THREADS)
        .map(|t| {
            let (store, barrier, chn, kaz) =
                (store.clone(), barrier.clone(), chn.clone(), kaz.clone());
            std::thread::spawn(move || {
                barrier.wait();
                (0..EACH)
                    .map(|i| {
                        let new = chn.lodge(&concern_id(t * 1000 + i), &[&kaz], &[1], TIME);
                        let receipt = store.append(new.clone()).expect("the append succeeds");
                        assert_eq!(receipt.leaf_hash, new.record.leaf_hash().unwrap());
                        (receipt, new)
                    })
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    let mut appended: Vec<(Receipt, NewRecord)> = handles
        .into_iter()
        .flat_map(|h| h.join().expect("no thread panics"))
        .collect();
    appended.sort_by_key(|(r, _)| r.index);
    let indices: Vec<u64> = appended.iter().map(|(r, _)| r.index).collect();
    assert_eq!(
        indices,
        (0..THREADS * EACH).collect::<Vec<_>>(),
        "indices 0..200, gap-free"
    );

    let mut mirror = Mirror::default();
    let (receipts, records): (Vec<Receipt>, Vec<NewRecord>) = appended.into_iter().unzip();
    mirror.appended(records, &receipts);
    mirror.check(&*store);
    for size in 1..=mirror.size() {
        assert_eq!(
            store.root(size).unwrap(),
            mirror.tree.root_at(size).unwrap(),
            "root at {size}"
        );
    }
}

/// Threads that read the same entity version and all append on it: exactly one wins, every
/// other gets `Conflict`.
pub fn concurrent_conflicting_appends_one_wins<H: Harness>(harness: &H) {
    const THREADS: usize = 8;
    let store = Arc::new(harness.open());
    let mut mirror = Mirror::default();
    let chn = TestParty::new(1, "CHN");
    let kaz = TestParty::new(2, "KAZ");
    let c = concern_id(1);
    mirror.append(
        &*store,
        vec![
            chn.register(),
            kaz.register(),
            chn.lodge(&c, &[&kaz], &[9], TIME),
        ],
    );
    let current = store.concern(&c).unwrap().expect("the concern is stored");
    assert_eq!(current.version, 2);

    let barrier = Arc::new(Barrier::new(THREADS));
    let handles: Vec<_> = (0..THREADS)
        .map(|t| {
            let (store, barrier, kaz, current) =
                (store.clone(), barrier.clone(), kaz.clone(), current.clone());
            let event = Event::Concern(ConcernEvent::Responded {
                concern: c.clone(),
                text: format!("Response {t}."),
            });
            std::thread::spawn(move || {
                let new = kaz.on_concern(&current, event, TIME);
                barrier.wait();
                (store.append(new.clone()), new)
            })
        })
        .collect();
    let results: Vec<_> = handles
        .into_iter()
        .map(|h| h.join().expect("no thread panics"))
        .collect();
    let winners: Vec<_> = results.iter().filter(|(r, _)| r.is_ok()).collect();
    assert_eq!(
        winners.len(),
        1,
        "exactly one append wins: {:?}",
        results.iter().map(|r| &r.0).collect::<Vec<_>>()
    );
    for (result, _) in &results {
        assert!(
            result.is_ok() || is_conflict(result),
            "the others conflict: {result:?}"
        );
    }
    let (receipt, new) = winners[0];
    let receipt = *receipt.as_ref().unwrap();
    assert_eq!(receipt.index, 3);
    mirror.appended(vec![new.clone()], &[receipt]);
    mirror.check(&*store);
}

/// Checkpoints are kept by size; keeping one twice is a no-op.
pub fn checkpoints_are_kept<H: Harness>(harness: &H) {
    let store = harness.open();
    let mut mirror = Mirror::default();
    assert_eq!(store.latest_checkpoint().unwrap(), None);
    assert!(store.checkpoints().unwrap().is_empty());
    let parties: Vec<TestParty> = (1..=3u8)
        .map(|n| TestParty::new(n, &format!("party-{n}")))
        .collect();
    mirror.append(&store, parties.iter().map(TestParty::register).collect());

    let signer = NoteSigner::new("gsi.test/log", signing_key(200)).unwrap();
    let checkpoint = |size: u64| {
        let root = store.root(size).unwrap();
        let cp = Checkpoint {
            origin: "gsi.test/log".to_owned(),
            size,
            root,
        };
        StoredCheckpoint {
            size,
            note: sign_checkpoint(&cp, &signer).unwrap(),
        }
    };
    let (cp1, cp2, cp3) = (checkpoint(1), checkpoint(2), checkpoint(3));
    store.add_checkpoint(&cp2).unwrap();
    assert_eq!(store.latest_checkpoint().unwrap(), Some(cp2.clone()));
    store.add_checkpoint(&cp1).unwrap();
    assert_eq!(
        store.latest_checkpoint().unwrap(),
        Some(cp2.clone()),
        "latest is the largest size"
    );
    store.add_checkpoint(&cp3).unwrap();
    store.add_checkpoint(&cp3).unwrap();
    store.add_checkpoint(&cp1).unwrap();
    assert_eq!(store.latest_checkpoint().unwrap(), Some(cp3.clone()));
    assert_eq!(store.checkpoint(2).unwrap(), Some(cp2.clone()));
    assert_eq!(store.checkpoint(4).unwrap(), None);
    assert_eq!(store.checkpoint(0).unwrap(), None);
    assert_eq!(store.checkpoints().unwrap(), [cp1, cp2, cp3]);
}

/// Users, API tokens and sealed keys.
pub fn users_tokens_and_sealed_keys<H: Harness>(harness: &H) {
    let store = harness.open();
    let chn = PartyId::parse("CHN").unwrap();
    let kaz = PartyId::parse("KAZ").unwrap();
    let user = |name: &str, party: &PartyId, roles: Vec<Role>| User {
        name: name.to_owned(),
        party: party.clone(),
        roles,
        disabled: false,
        created_at: TIME.to_owned(),
    };
    let mut wang = user("wang", &chn, vec![Role::Delegate, Role::Reader]);
    let aigul = user("aigul", &kaz, vec![Role::FocalPoint]);
    let empty = user("nobody", &kaz, Vec::new());
    assert!(store.users().unwrap().is_empty());
    store.add_user(&wang).unwrap();
    store.add_user(&aigul).unwrap();
    store.add_user(&empty).unwrap();
    assert!(
        is_conflict(&store.add_user(&user("wang", &kaz, vec![Role::Reader]))),
        "name taken"
    );
    assert_eq!(store.user("wang").unwrap(), Some(wang.clone()));
    assert_eq!(store.user("nobody").unwrap(), Some(empty.clone()));
    assert_eq!(store.user("who").unwrap(), None);
    assert_eq!(
        store.users().unwrap(),
        [aigul.clone(), empty.clone(), wang.clone()]
    );
    store.set_user_disabled("wang", true).unwrap();
    wang.disabled = true;
    assert_eq!(store.user("wang").unwrap(), Some(wang.clone()));
    assert!(matches!(
        store.set_user_disabled("who", true),
        Err(StoreError::NotFound(_))
    ));

    let token = |id: &str, user: &str, seed: u8, created_at: &str| ApiToken {
        id: id.to_owned(),
        user: user.to_owned(),
        label: format!("token {id}"),
        hash: [seed; 32],
        created_at: created_at.to_owned(),
        revoked: false,
    };
    let mut t1 = token("t1", "wang", 1, TIME);
    let t2 = token("t0", "wang", 2, &minutes_after(TIME, 1));
    let t3 = token("t3", "aigul", 3, TIME);
    for t in [&t1, &t2, &t3] {
        store.add_token(t).unwrap();
    }
    assert!(
        is_conflict(&store.add_token(&token("t9", "aigul", 1, TIME))),
        "hash taken"
    );
    assert!(
        is_conflict(&store.add_token(&token("t1", "aigul", 9, TIME))),
        "id taken"
    );
    assert!(matches!(
        store.add_token(&token("t8", "who", 8, TIME)),
        Err(StoreError::NotFound(_))
    ));
    assert_eq!(
        store.token_by_hash(&[1; 32]).unwrap(),
        Some((t1.clone(), wang.clone()))
    );
    assert_eq!(
        store.token_by_hash(&[3; 32]).unwrap(),
        Some((t3.clone(), aigul.clone()))
    );
    assert_eq!(store.token_by_hash(&[7; 32]).unwrap(), None);
    assert_eq!(
        store.tokens("wang").unwrap(),
        [t1.clone(), t2.clone()],
        "oldest first"
    );
    assert!(store.tokens("who").unwrap().is_empty());
    store.revoke_token("t1").unwrap();
    t1.revoked = true;
    assert_eq!(
        store.token_by_hash(&[1; 32]).unwrap(),
        Some((t1.clone(), wang.clone()))
    );
    assert_eq!(store.tokens("wang").unwrap(), [t1, t2]);
    assert_eq!(store.tokens("aigul").unwrap(), [t3]);
    assert!(matches!(
        store.revoke_token("t404"),
        Err(StoreError::NotFound(_))
    ));

    let sealed = |party: &PartyId, key_id: &str, seed: u8| SealedKey {
        party: party.clone(),
        key_id: key_id.to_owned(),
        sealed: vec![seed; 72],
    };
    assert_eq!(store.sealed_key(&chn).unwrap(), None);
    let (k1, k2, k3) = (
        sealed(&chn, "k1", 1),
        sealed(&chn, "k2", 2),
        sealed(&kaz, "k3", 3),
    );
    store.put_sealed_key(&k1).unwrap();
    assert_eq!(store.sealed_key(&chn).unwrap(), Some(k1.clone()));
    store.put_sealed_key(&k2).unwrap();
    store.put_sealed_key(&k3).unwrap();
    assert_eq!(
        store.sealed_key(&chn).unwrap(),
        Some(k2),
        "the last one put"
    );
    assert_eq!(store.sealed_key(&kaz).unwrap(), Some(k3));
    store.put_sealed_key(&k1).unwrap();
    assert_eq!(
        store.sealed_key(&chn).unwrap(),
        Some(k1),
        "putting an older key again makes it current"
    );
    assert_eq!(
        store.sealed_key(&PartyId::parse("sco").unwrap()).unwrap(),
        None
    );
}

/// Password hashes (set, read, cleared) and browser sessions (added, read with their user,
/// deleted one by one, per user, and once expired).
pub fn passwords_and_sessions<H: Harness>(harness: &H) {
    let store = harness.open();
    let user = |name: &str| User {
        name: name.to_owned(),
        party: PartyId::parse("CHN").unwrap(),
        roles: vec![Role::Delegate],
        disabled: false,
        created_at: TIME.to_owned(),
    };
    let mut wang = user("wang");
    let li = user("li");
    store.add_user(&wang).unwrap();
    store.add_user(&li).unwrap();

    let phc =
        "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaA";
    assert_eq!(store.password_hash("wang").unwrap(), None, "none at first");
    store.set_password_hash("wang", Some(phc)).unwrap();
    assert_eq!(store.password_hash("wang").unwrap().as_deref(), Some(phc));
    assert_eq!(
        store.password_hash("li").unwrap(),
        None,
        "only wang's is set"
    );
    store
        .set_password_hash("wang", Some("$argon2id$other"))
        .unwrap();
    assert_eq!(
        store.password_hash("wang").unwrap().as_deref(),
        Some("$argon2id$other"),
        "setting again replaces"
    );
    store.set_password_hash("wang", None).unwrap();
    assert_eq!(store.password_hash("wang").unwrap(), None, "cleared");
    assert!(matches!(
        store.set_password_hash("who", Some(phc)),
        Err(StoreError::NotFound(_))
    ));
    assert!(matches!(
        store.password_hash("who"),
        Err(StoreError::NotFound(_))
    ));
    store.set_password_hash("wang", Some(phc)).unwrap();
    assert_eq!(
        store.user("wang").unwrap(),
        Some(wang.clone()),
        "the password hash leaves the user as it was"
    );

    let session = |seed: u8, user: &str, expires_in_minutes: i64| Session {
        id_hash: [seed; 32],
        user: user.to_owned(),
        csrf_token: format!("csrf-{seed}"),
        created_at: TIME.to_owned(),
        expires_at: minutes_after(TIME, expires_in_minutes),
    };
    let (s1, s2, s3) = (
        session(1, "wang", 60),
        session(2, "wang", 10),
        session(3, "li", 30),
    );
    for s in [&s1, &s2, &s3] {
        store.add_session(s).unwrap();
    }
    assert!(
        is_conflict(&store.add_session(&session(1, "li", 5))),
        "id hash taken"
    );
    assert!(matches!(
        store.add_session(&session(9, "who", 5)),
        Err(StoreError::NotFound(_))
    ));
    assert_eq!(
        store.session(&[1; 32]).unwrap(),
        Some((s1.clone(), wang.clone()))
    );
    assert_eq!(
        store.session(&[3; 32]).unwrap(),
        Some((s3.clone(), li.clone()))
    );
    assert_eq!(store.session(&[9; 32]).unwrap(), None);
    assert_eq!(
        store.session(&[2; 32]).unwrap().map(|(s, _)| s.expires_at),
        Some(minutes_after(TIME, 10)),
        "read back regardless of expiry: the caller compares times"
    );

    store.set_user_disabled("wang", true).unwrap();
    wang.disabled = true;
    assert_eq!(
        store.session(&[1; 32]).unwrap(),
        Some((s1.clone(), wang.clone())),
        "a disabled user's session is still returned: the caller decides"
    );

    store.delete_session(&[3; 32]).unwrap();
    assert_eq!(store.session(&[3; 32]).unwrap(), None);
    store.delete_session(&[3; 32]).unwrap();
    store.delete_session(&[9; 32]).unwrap();
    assert_eq!(
        store.session(&[1; 32]).unwrap(),
        Some((s1.clone(), wang.clone())),
        "other sessions are kept"
    );

    assert_eq!(store.delete_sessions_of("wang").unwrap(), 2);
    assert_eq!(store.session(&[1; 32]).unwrap(), None);
    assert_eq!(store.session(&[2; 32]).unwrap(), None);
    assert_eq!(store.delete_sessions_of("wang").unwrap(), 0);
    assert_eq!(store.delete_sessions_of("who").unwrap(), 0);

    // Expiry: times are RFC 3339 UTC with milliseconds, compared as text.
    let expiring = |seed: u8, expires_at: String| Session {
        expires_at,
        ..session(seed, "li", 0)
    };
    let now = minutes_after(TIME, 30);
    let earlier = expiring(10, "2026-11-23T12:29:59.999Z".to_owned());
    let much_earlier = expiring(11, minutes_after(TIME, -600));
    let exactly_now = expiring(12, now.clone());
    let later = expiring(13, "2026-11-23T12:30:00.001Z".to_owned());
    let next_year = expiring(14, "2027-01-01T00:00:00.000Z".to_owned());
    for s in [&earlier, &much_earlier, &exactly_now, &later, &next_year] {
        store.add_session(s).unwrap();
    }
    assert_eq!(store.delete_expired_sessions(&now).unwrap(), 2);
    assert_eq!(
        store.session(&[10; 32]).unwrap(),
        None,
        "earlier is deleted"
    );
    assert_eq!(store.session(&[11; 32]).unwrap(), None);
    for kept in [&exactly_now, &later, &next_year] {
        assert_eq!(
            store.session(&kept.id_hash).unwrap(),
            Some((kept.clone(), li.clone())),
            "expiring exactly now or later is kept"
        );
    }
    assert_eq!(store.delete_expired_sessions(&now).unwrap(), 0);
    assert_eq!(
        store
            .delete_expired_sessions("2026-12-01T00:00:00.000Z")
            .unwrap(),
        2
    );
    assert_eq!(
        store.session(&[14; 32]).unwrap(),
        Some((next_year, li.clone()))
    );
}

/// `put_sealed_keys` puts every key (as if one by one, in order): afterwards `sealed_key`
/// gives each party's last key in the slice, or an earlier single put's if later.
pub fn sealed_keys_are_put_together<H: Harness>(harness: &H) {
    let store = harness.open();
    let sealed = |party: &str, key_id: &str, seed: u8| SealedKey {
        party: PartyId::parse(party).unwrap(),
        key_id: key_id.to_owned(),
        sealed: vec![seed; 72],
    };
    store.put_sealed_keys(&[]).unwrap();
    let chn = PartyId::parse("CHN").unwrap();
    assert_eq!(store.sealed_key(&chn).unwrap(), None);

    let first = sealed("CHN", "k0", 9);
    store.put_sealed_key(&first).unwrap();
    let keys: Vec<SealedKey> = (1..=40u8)
        .map(|n| sealed(&format!("party-{n}"), &format!("k{n}"), n))
        .chain([
            sealed("CHN", "k1", 1),
            sealed("KAZ", "k2", 2),
            sealed("CHN", "k3", 3),
        ])
        .collect();
    store.put_sealed_keys(&keys).unwrap();
    for n in 1..=40u8 {
        let party = PartyId::parse(&format!("party-{n}")).unwrap();
        assert_eq!(
            store.sealed_key(&party).unwrap(),
            Some(keys[usize::from(n) - 1].clone()),
            "every key of the slice is present"
        );
    }
    assert_eq!(
        store.sealed_key(&chn).unwrap(),
        Some(sealed("CHN", "k3", 3)),
        "the last of the party's keys in the slice"
    );
    assert_eq!(
        store.sealed_key(&PartyId::parse("KAZ").unwrap()).unwrap(),
        Some(sealed("KAZ", "k2", 2))
    );
    store.put_sealed_keys(std::slice::from_ref(&first)).unwrap();
    assert_eq!(
        store.sealed_key(&chn).unwrap(),
        Some(first),
        "a later put makes an older key current again"
    );
    assert_eq!(
        store.sealed_key(&PartyId::parse("sco").unwrap()).unwrap(),
        None
    );
}

/// Data (records, users, password hashes, tokens, sessions, keys, checkpoints) survives dropping
/// the store and opening it again; opening runs migrations once, and
/// two stores on the same database at once both work.
pub fn data_survives_reopening<H: Harness>(harness: &H) {
    let mut mirror = Mirror::default();
    let chn = TestParty::new(1, "CHN");
    let kaz = TestParty::new(2, "KAZ");
    let c = concern_id(5);
    let wang = User {
        name: "wang".to_owned(),
        party: chn.id().clone(),
        roles: vec![Role::Secretariat],
        disabled: false,
        created_at: TIME.to_owned(),
    };
    let token = ApiToken {
        id: "t1".to_owned(),
        user: "wang".to_owned(),
        label: "cli".to_owned(),
        hash: [4; 32],
        created_at: TIME.to_owned(),
        revoked: false,
    };
    let session = Session {
        id_hash: [5; 32],
        user: "wang".to_owned(),
        csrf_token: "csrf".to_owned(),
        created_at: TIME.to_owned(),
        expires_at: minutes_after(TIME, 60),
    };
    let key = SealedKey {
        party: chn.id().clone(),
        key_id: chn.key_id(),
        sealed: vec![1, 2, 3],
    };
    let checkpoint = StoredCheckpoint {
        size: 3,
        note: "gsi.test/log\n3\nAAAA\n".to_owned(),
    };
    {
        let store = harness.open();
        mirror.append(&store, vec![chn.register(), kaz.register()]);
        mirror.append(&store, vec![chn.lodge(&c, &[&kaz], &[4], TIME)]);
        let sco = TestParty::mechanism(3, "sco");
        let joined = membership(&sco, &kaz, MembershipRole::Member, Some("2001-06-15"), None);
        mirror.append(
            &store,
            vec![
                sco.register(),
                sco.record_membership(&joined, vec![expect_new(joined.entity())], TIME),
            ],
        );
        store.add_user(&wang).unwrap();
        store.add_token(&token).unwrap();
        store
            .set_password_hash("wang", Some("$argon2id$v=19$x"))
            .unwrap();
        store.add_session(&session).unwrap();
        store.put_sealed_key(&key).unwrap();
        store.add_checkpoint(&checkpoint).unwrap();
    }
    let first = harness.open();
    let second = harness.open();
    for store in [&first, &second] {
        mirror.check(store);
        assert_eq!(store.user("wang").unwrap(), Some(wang.clone()));
        assert_eq!(
            store.token_by_hash(&[4; 32]).unwrap(),
            Some((token.clone(), wang.clone()))
        );
        assert_eq!(
            store.password_hash("wang").unwrap().as_deref(),
            Some("$argon2id$v=19$x")
        );
        assert_eq!(
            store.session(&[5; 32]).unwrap(),
            Some((session.clone(), wang.clone()))
        );
        assert_eq!(store.sealed_key(chn.id()).unwrap(), Some(key.clone()));
        assert_eq!(store.latest_checkpoint().unwrap(), Some(checkpoint.clone()));
    }
    let current = mirror.concern(&c);
    let ack = Event::Concern(ConcernEvent::Acknowledged { concern: c.clone() });
    let receipt = mirror.append(&first, vec![kaz.on_concern(&current, ack, TIME)])[0];
    assert_eq!(receipt.index, 5);
    mirror.check(&second);
    drop((first, second));
    mirror.check(&harness.open());
}

/// Rules, meetings (and by the same path documents and series) are kept whole, read back by
/// entity with the version of the last record that wrote them, listed by kind in entity order,
/// and guarded by expectations like every projection.
pub fn dialogue_objects_are_kept_whole<H: Harness>(harness: &H) {
    use gsi_core::MeetingId;
    use gsi_core::decisions::RuleKind;
    use gsi_core::dialogue::meetings::{Attendance, ConveneMeeting, MeetingKind, NewAgendaItem};
    use gsi_core::dialogue::rules::DeclareRules;

    let store = harness.open();
    let mut mirror = Mirror::default();
    let sco = TestParty::mechanism(10, "sco");
    let (kaz, chn) = (TestParty::new(2, "KAZ"), TestParty::new(1, "CHN"));
    mirror.append(&store, [&sco, &kaz, &chn].map(TestParty::register).to_vec());
    assert!(store.meetings().unwrap().is_empty());
    assert!(store.rules(sco.id()).unwrap().is_none());

    let rules = Event::Dialogue(DialogueEvent::Rules(RulesEvent::Declared(DeclareRules {
        mechanism: sco.id().clone(),
        default: RuleKind::Consensus,
        allowed: vec![RuleKind::Consensus, RuleKind::ConsensusMinusX],
        quorum: None,
        series: "SCO/GSI".into(),
    })));
    let declared = new_record(sco.sign(&rules, TIME), None, vec![expect_new("rules:sco")]);
    let [declared_at] = mirror.append(&store, vec![declared])[..] else {
        unreachable!()
    };
    let stored_rules = store.rules(sco.id()).unwrap().expect("the rules are kept");
    assert_eq!(stored_rules.version, declared_at.index);
    assert_eq!(stored_rules.value, mirror.state.rules[sco.id()]);

    let meeting_id = |n: u8| MeetingId::from_random([n; 16]);
    let convene = |n: u8, opens: &str| {
        Event::Dialogue(DialogueEvent::Meeting(MeetingEvent::Convened(
            ConveneMeeting {
                id: meeting_id(n),
                mechanism: Some(sco.id().clone()),
                kind: MeetingKind::Conference,
                title: format!("Meeting {n}"),
                opens: opens.parse().unwrap(),
                closes: opens.parse().unwrap(),
                place: Some("Astana".into()),
                online: None,
                languages: vec!["en".into()],
                agenda: vec![NewAgendaItem {
                    title: "Opening".into(),
                    priorities: vec![PriorityRef::parse("III.11").unwrap()],
                }],
                invited: vec![(chn.id().clone(), Attendance::Observer)],
                rule: Some(RuleKind::Consensus),
            },
        )))
    };
    let mut prior = State::default();
    prior
        .rules
        .insert(sco.id().clone(), mirror.state.rules[sco.id()].clone());
    // Two meetings in one batch; the later-opening one has the smaller id.
    let batch = vec![
        new_record_with(
            sco.sign(&convene(2, "2027-03-01"), TIME),
            &prior,
            vec![expect_new(format!("meeting:{}", meeting_id(2)))],
        ),
        new_record_with(
            sco.sign(&convene(1, "2027-05-01"), TIME),
            &prior,
            vec![expect_new(format!("meeting:{}", meeting_id(1)))],
        ),
    ];
    mirror.append(&store, batch);
    let listed = store.meetings().unwrap();
    assert_eq!(
        listed.iter().map(|m| m.id.clone()).collect::<Vec<_>>(),
        vec![meeting_id(2), meeting_id(1)],
        "meetings are listed by opening date"
    );
    assert_eq!(store.objects(crate::ObjectKind::Meeting).unwrap().len(), 2);
    assert_eq!(store.objects(crate::ObjectKind::Document).unwrap().len(), 0);

    // KAZ registers: the meeting is rewritten whole and its version moves on.
    let before = store.meeting(&meeting_id(1)).unwrap().expect("kept");
    let register = Event::Dialogue(DialogueEvent::Meeting(
        MeetingEvent::RegistrationRequested {
            meeting: meeting_id(1),
            attendance: Attendance::Member,
            delegates: vec!["Head of delegation".into()],
        },
    ));
    let mut prior = State::default();
    prior
        .meetings
        .insert(before.value.id.clone(), before.value.clone());
    let registered = new_record_with(
        kaz.sign(&register, &minutes_after(TIME, 1)),
        &prior,
        vec![expect_version(before.value.entity(), before.version)],
    );
    let [receipt] = mirror.append(&store, vec![registered.clone()])[..] else {
        unreachable!()
    };
    let after = store.meeting(&meeting_id(1)).unwrap().expect("kept");
    assert_eq!(after.version, receipt.index);
    assert_eq!(after.value, mirror.state.meetings[&meeting_id(1)]);
    assert!(after.value.participant(kaz.id()).is_some());

    // The same registration against the old version conflicts and writes nothing.
    let size = store.tree_size().unwrap();
    assert!(matches!(
        store.append(registered),
        Err(StoreError::Conflict(_))
    ));
    assert_eq!(store.tree_size().unwrap(), size);
    assert_eq!(store.meeting(&meeting_id(1)).unwrap().unwrap(), after);
}
