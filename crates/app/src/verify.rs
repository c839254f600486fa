//! `gsi verify`: re-derive everything in a database from its journal and report every difference.
//!
//! For each record: the stored bytes are canonical, the query columns agree with them, the leaf
//! hash is recomputed, the signature verifies under the author's registered key, and the event
//! replays under the core's rules. Then every stored tree node is compared with a tree rebuilt from
//! the leaves, every checkpoint's signature and root are checked, and the projections, their
//! versions and the lists' index (each object's sort key and terms) are compared with the
//! replayed state. Any changed byte in the database shows up as a named problem.

use std::collections::BTreeMap;
use std::fmt;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use gsi_core::event::RecordMeta;
use gsi_core::registry::RegistryEvent;
use gsi_core::state::{ObjectIndex, Source};
use gsi_core::{Event, PartyId, Reader, State, Timestamp};
use gsi_ledger::{Hash, LogEntry, NodeId, NodeSource, NoteVerifier, VerifyingKey};
use gsi_store::{ConcernFilter, MembershipFilter, ObjectKind, Store, StoredIndex};
use serde::Serialize;

use crate::AppError;

const BATCH: u64 = 10_000;
/// Problems listed in full; more are counted.
const MAX_LISTED: usize = 200;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// Where: `record 17`, `tree node 3/5`, `checkpoint 40`, `concern …`.
    pub location: String,
    pub reason: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.location, self.reason)
    }
}

#[derive(Debug, Default, Clone, Serialize)]
pub struct VerifyReport {
    pub records: u64,
    pub tree_nodes: u64,
    pub checkpoints: u64,
    pub projections: u64,
    pub problems: Vec<Problem>,
    /// Problems beyond those listed.
    pub more_problems: u64,
}

impl VerifyReport {
    pub fn ok(&self) -> bool {
        self.problems.is_empty()
    }

    fn problem(&mut self, location: impl Into<String>, reason: impl Into<String>) {
        if self.problems.len() < MAX_LISTED {
            self.problems.push(Problem {
                location: location.into(),
                reason: reason.into(),
            });
        } else {
            self.more_problems += 1;
        }
    }
}

/// Every level of a tree rebuilt in memory from the leaves.
#[derive(Default)]
struct Rebuilt {
    levels: Vec<Vec<Hash>>,
}

impl Rebuilt {
    fn push(&mut self, leaf: Hash) {
        let index = self.levels.first().map_or(0, |l| l.len() as u64);
        self.set(NodeId { level: 0, index }, leaf);
        for (node, left, right) in gsi_ledger::nodes_completed_by(index) {
            let hash = gsi_ledger::node_hash(&self.get(left), &self.get(right));
            self.set(node, hash);
        }
    }

    fn set(&mut self, id: NodeId, hash: Hash) {
        let level = id.level as usize;
        if self.levels.len() <= level {
            self.levels.resize(level + 1, Vec::new());
        }
        debug_assert_eq!(self.levels[level].len() as u64, id.index);
        self.levels[level].push(hash);
    }

    fn get(&self, id: NodeId) -> Hash {
        self.levels[id.level as usize][id.index as usize]
    }
}

impl NodeSource for &Rebuilt {
    type Error = String;
    fn node(&mut self, id: NodeId) -> Result<Hash, String> {
        self.levels
            .get(id.level as usize)
            .and_then(|l| l.get(id.index as usize))
            .copied()
            .ok_or_else(|| format!("node {}/{} is outside the tree", id.level, id.index))
    }
}

fn public_key(b64: &str) -> Option<VerifyingKey> {
    let bytes: [u8; 32] = STANDARD.decode(b64).ok()?.try_into().ok()?;
    VerifyingKey::from_bytes(&bytes).ok()
}

impl crate::Platform {
    /// Verifies this node's whole database against its own checkpoint key (see [`verify`]).
    pub fn verify(&self) -> Result<VerifyReport, AppError> {
        verify(self.store(), &self.node().verifier())
    }
}

/// Verifies the whole database. `Err` only when the store cannot be read at all; every
/// inconsistency is a [`Problem`] in the report.
pub fn verify(store: &dyn Store, checkpoint_key: &NoteVerifier) -> Result<VerifyReport, AppError> {
    let mut report = VerifyReport::default();
    let mut state = State::default();
    let mut versions: BTreeMap<String, u64> = BTreeMap::new();
    let mut tree = Rebuilt::default();
    let size = store.tree_size()?;

    let mut next = 0u64;
    while next < size {
        let batch = store.records(next, BATCH)?;
        if batch.is_empty() {
            report.problem(format!("record {next}"), "is missing from the journal");
            break;
        }
        for stored in batch {
            if stored.index != next {
                report.problem(
                    format!("record {next}"),
                    format!("is missing (found {} next)", stored.index),
                );
            }
            next = stored.index + 1;
            report.records += 1;
            let leaf = check_record(&stored, &mut state, &mut versions, &mut report);
            tree.push(leaf);
        }
    }

    check_tree(store, &tree, size, &mut report)?;
    check_checkpoints(store, &tree, size, checkpoint_key, &mut report)?;
    check_projections(store, &state, &versions, &mut report)?;
    Ok(report)
}

/// Checks one journal row and replays it; returns the leaf hash recomputed from its bytes (or the
/// stored one when the bytes are unreadable, so later checks still line up).
fn check_record(
    stored: &gsi_store::StoredRecord,
    state: &mut State,
    versions: &mut BTreeMap<String, u64>,
    report: &mut VerifyReport,
) -> Hash {
    let at = format!("record {}", stored.index);
    let stored_leaf: Hash = stored.leaf_hash.clone().try_into().unwrap_or([0; 32]);
    let signature: [u8; 64] = match stored.signature.clone().try_into() {
        Ok(s) => s,
        Err(_) => {
            report.problem(&at, "the signature is not 64 bytes");
            return stored_leaf;
        }
    };
    let leaf = gsi_ledger::leaf_hash(&stored.signed_bytes, &signature);
    if leaf != stored_leaf {
        report.problem(
            &at,
            "the stored leaf hash differs from the hash of the stored bytes",
        );
    }
    let entry = match LogEntry::from_stored(
        &stored.signed_bytes,
        &stored.signature,
        stored.disclosure.as_deref(),
    ) {
        Ok(s) => s,
        Err(e) => {
            report.problem(
                &at,
                format!("the stored bytes are not a canonical record: {e}"),
            );
            return leaf;
        }
    };
    let r = &entry.record();
    if (r.kind.as_str(), r.author.as_str(), r.time.as_str())
        != (
            stored.kind.as_str(),
            stored.author.as_str(),
            stored.time.as_str(),
        )
    {
        report.problem(
            &at,
            "the kind, author or time columns differ from the signed bytes",
        );
    }
    let parsed = (|| {
        let author = PartyId::parse(&r.author)?;
        let time = Timestamp::parse(&r.time)?;
        let event = Event::from_kind_body(&r.kind, &r.body)?;
        Ok::<_, gsi_core::DomainError>((author, time, event))
    })();
    let (author, time, event) = match parsed {
        Ok(p) => p,
        Err(e) => {
            report.problem(&at, format!("the record does not parse: {e}"));
            return leaf;
        }
    };
    if event.subject().to_string() != stored.subject {
        report.problem(
            &at,
            format!(
                "the subject column says {} but the record is about {}",
                stored.subject,
                event.subject()
            ),
        );
    }
    let key = match &event {
        // A registration is signed by the key it introduces.
        Event::Registry(RegistryEvent::PartyRegistered {
            party,
            public_key: pk,
        }) => {
            if party.id != author {
                report.problem(
                    &at,
                    format!("{author} registered a different party, {}", party.id),
                );
            }
            public_key(pk)
        }
        _ => state
            .keys
            .get(&(author.clone(), r.key_id.clone()))
            .and_then(|k| public_key(&k.public_key)),
    };
    match key {
        None => report.problem(
            &at,
            format!(
                "no registered key {} of {author} to check the signature",
                r.key_id
            ),
        ),
        Some(key) => {
            if gsi_ledger::key_id(&key) != r.key_id {
                report.problem(&at, "the key id does not match the key");
            }
            if let Err(e) = entry.verify(&key) {
                report.problem(
                    &at,
                    format!(
                        "the signature does not verify under {author}'s key {}: {e}",
                        r.key_id
                    ),
                );
            }
        }
    }
    let meta = RecordMeta {
        author,
        key_id: r.key_id.clone(),
        time,
    };
    match state.apply(&meta, &event) {
        Ok(entities) => {
            for e in entities {
                versions.insert(e.to_string(), stored.index);
            }
        }
        Err(e) => report.problem(&at, format!("the record breaks a rule on replay: {e}")),
    }
    // Distributions only widen, so a subject restricted now was restricted when this record
    // was appended: its body must not be in the public log.
    let restricted = Source::read(&*state, &event.subject())
        .ok()
        .flatten()
        .is_some_and(|p| p.distribution().is_some_and(|(_, d)| !d.is_public()));
    if restricted && matches!(entry, LogEntry::Plain(_)) {
        report.problem(
            &at,
            "the record is about a restricted entity but its body is in the public log",
        );
    }
    leaf
}

fn check_tree(
    store: &dyn Store,
    tree: &Rebuilt,
    size: u64,
    report: &mut VerifyReport,
) -> Result<(), AppError> {
    for (level, expected) in tree.levels.iter().enumerate() {
        let mut from = 0u64;
        loop {
            let nodes = store.tree_nodes(level as u8, from, BATCH)?;
            let Some(&(last, _)) = nodes.last() else {
                break;
            };
            for (index, hash) in nodes {
                report.tree_nodes += 1;
                match expected.get(index as usize) {
                    Some(h) if *h == hash => {}
                    Some(_) => report.problem(
                        format!("tree node {level}/{index}"),
                        "differs from the hash rebuilt from the journal",
                    ),
                    None => report.problem(
                        format!("tree node {level}/{index}"),
                        "lies beyond the journal",
                    ),
                }
            }
            from = last + 1;
        }
        let want = size >> level;
        if expected.len() as u64 == want && from < want {
            report.problem(
                format!("tree level {level}"),
                format!("has {from} stored nodes; the journal needs {want}"),
            );
        }
    }
    Ok(())
}

fn check_checkpoints(
    store: &dyn Store,
    tree: &Rebuilt,
    size: u64,
    key: &NoteVerifier,
    report: &mut VerifyReport,
) -> Result<(), AppError> {
    for stored in store.checkpoints()? {
        report.checkpoints += 1;
        let at = format!("checkpoint {}", stored.size);
        match gsi_ledger::open_checkpoint(&stored.note, key) {
            Err(e) => report.problem(&at, format!("the signed note does not verify: {e}")),
            Ok(cp) if cp.size != stored.size => report.problem(&at, format!("the note says size {}", cp.size)),
            Ok(cp) if cp.size > size => report.problem(&at, format!("is larger than the journal ({size})")),
            Ok(cp) => match gsi_ledger::root(cp.size, &mut &*tree) {
                Ok(root) if root == cp.root => {}
                _ => report.problem(&at, "its root differs from the tree rebuilt from the journal: history was rewritten"),
            },
        }
    }
    Ok(())
}

fn check_projections(
    store: &dyn Store,
    state: &State,
    versions: &BTreeMap<String, u64>,
    report: &mut VerifyReport,
) -> Result<(), AppError> {
    let parties: BTreeMap<_, _> = store
        .parties()?
        .into_iter()
        .map(|p| (p.id.clone(), p))
        .collect();
    compare(report, &state.parties, &parties, |k| format!("party {k}"));
    let keys: BTreeMap<_, _> = store
        .party_keys()?
        .into_iter()
        .map(|k| ((k.party.clone(), k.key_id.clone()), k))
        .collect();
    compare(report, &state.keys, &keys, |(p, k)| {
        format!("key {k} of {p}")
    });
    let concerns: BTreeMap<_, _> = store
        .concerns(&ConcernFilter {
            reader: Reader::Node,
            ..ConcernFilter::default()
        })?
        .into_iter()
        .map(|c| (c.id.clone(), c))
        .collect();
    compare(report, &state.concerns, &concerns, |k| {
        format!("concern {k}")
    });
    let memberships: BTreeMap<_, _> = store
        .memberships(&MembershipFilter::default())?
        .into_iter()
        .map(|m| (m.value.entity(), m.value))
        .collect();
    compare(report, &state.memberships, &memberships, |k| k.to_string());
    // Dialogue projections are compared as JSON, entity by entity, and so is the lists' index
    // the core derives from each (the sort key and terms every list query reads).
    let objects = (state.rules.values())
        .map(|r| (r.entity(), serde_json::to_value(r), ObjectIndex::default()))
        .chain((state.meetings.values()).map(|m| (m.entity(), serde_json::to_value(m), m.index())))
        .chain((state.documents.values()).map(|d| (d.entity(), serde_json::to_value(d), d.index())))
        .chain(
            (state.series.values())
                .map(|x| (x.entity(), serde_json::to_value(x), ObjectIndex::default())),
        );
    let (mut replayed_objects, mut replayed_indexes) = (BTreeMap::new(), BTreeMap::new());
    for (entity, json, index) in objects {
        let mut terms: Vec<String> = index.terms.iter().map(ToString::to_string).collect();
        terms.sort();
        let sort = Some(index.sort);
        replayed_indexes.insert(entity.to_string(), StoredIndex { sort, terms });
        replayed_objects.insert(entity.to_string(), json.unwrap_or_default());
    }
    let mut stored_objects = BTreeMap::new();
    for kind in [
        ObjectKind::Rules,
        ObjectKind::Meeting,
        ObjectKind::Document,
        ObjectKind::Series,
    ] {
        for object in store.objects(kind)? {
            let value: serde_json::Value = serde_json::from_str(&object.value).unwrap_or_default();
            let entity = object_entity(kind, &value);
            stored_objects.insert(entity, value);
        }
    }
    compare(report, &replayed_objects, &stored_objects, |k| k.clone());
    compare(report, &replayed_indexes, &store.object_indexes()?, |k| {
        format!("list index of {k}")
    });
    let stored_versions: BTreeMap<String, u64> = store.entity_versions()?.into_iter().collect();
    compare(report, versions, &stored_versions, |k| {
        format!("version of {k}")
    });
    report.projections =
        (parties.len() + keys.len() + concerns.len() + memberships.len() + stored_objects.len())
            as u64;
    Ok(())
}

/// The entity key a stored dialogue projection's JSON names (as `Projection::entity` writes it).
fn object_entity(kind: ObjectKind, value: &serde_json::Value) -> String {
    let field = |name: &str| value[name].as_str().unwrap_or("?").to_owned();
    match kind {
        ObjectKind::Rules => format!("rules:{}", field("mechanism")),
        ObjectKind::Meeting => format!("meeting:{}", field("id")),
        ObjectKind::Document => format!("document:{}", field("id")),
        ObjectKind::Series => format!("series:{}/{}", field("series"), value["year"]),
    }
}

fn compare<K: Ord, V: PartialEq>(
    report: &mut VerifyReport,
    replayed: &BTreeMap<K, V>,
    stored: &BTreeMap<K, V>,
    label: impl Fn(&K) -> String,
) {
    for (k, v) in replayed {
        match stored.get(k) {
            None => report.problem(label(k), "is missing from the projections"),
            Some(s) if s != v => report.problem(label(k), "differs from the replay of the journal"),
            Some(_) => {}
        }
    }
    for k in stored.keys().filter(|k| !replayed.contains_key(k)) {
        report.problem(label(k), "is in the projections but no record created it");
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use gsi_core::concerns::{ConcernEvent, LodgeConcern};
    use gsi_core::framework::{PriorityRef, SecurityDomain};
    use gsi_core::state::Nothing;
    use gsi_core::{ConcernId, Distribution, Party, PartyKind};
    use gsi_store::Expectation;

    use super::*;
    use crate::platform::prepare_record;
    use crate::{NodeIdentity, Platform, open_store};

    #[test]
    fn a_restricted_concerns_body_in_the_public_log_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let (node, _) = NodeIdentity::load_or_create(dir.path(), "test.example/log").unwrap();
        let store = open_store(&format!("sqlite://{}/gsi.db", dir.path().display())).unwrap();
        let platform = Platform::new(store, Arc::new(node));
        let (kaz, chn) = (
            PartyId::parse("KAZ").unwrap(),
            PartyId::parse("CHN").unwrap(),
        );
        for (id, name) in [(&kaz, "Kazakhstan"), (&chn, "China")] {
            let party = Party::new(id.clone(), PartyKind::State, name).unwrap();
            platform.register_party(party, crate::now()).unwrap();
        }
        let key = platform
            .node()
            .unseal(&platform.store().sealed_key(&kaz).unwrap().unwrap())
            .unwrap();
        let lodging = |n: u8| {
            let event = Event::Concern(ConcernEvent::Lodged(LodgeConcern {
                id: ConcernId::from_random([n; 16]),
                title: format!("Concern {n}"),
                description: "Read by KAZ and CHN alone.".into(),
                domain: SecurityDomain::Traditional,
                priorities: vec![PriorityRef::parse("III.5").unwrap()],
                addressees: vec![chn.clone()],
                un_references: vec![],
                response_due: None,
                distribution: Some(Distribution::parties([chn.clone()])),
            }));
            let expect = vec![Expectation::new(&event.subject(), None)];
            prepare_record(&kaz, &key, &event, &Nothing, expect, crate::now()).unwrap()
        };
        // The platform seals it, and the sealed record verifies.
        let sealed = lodging(1);
        assert!(matches!(sealed.entry, LogEntry::Sealed { .. }));
        platform.store().append(sealed).unwrap();
        let verifier = platform.node().verifier();
        let report = verify(platform.store(), &verifier).unwrap();
        assert!(report.ok(), "{:?}", report.problems);

        // The same kind of record signed in the clear is named, though its signature is good.
        let mut plain = lodging(2);
        plain.entry = LogEntry::plain(plain.entry.record(), &key).unwrap();
        let index = platform.store().append(plain).unwrap().index;
        let report = verify(platform.store(), &verifier).unwrap();
        assert_eq!(report.problems.len(), 1, "{:?}", report.problems);
        assert_eq!(report.problems[0].location, format!("record {index}"));
        assert!(report.problems[0].reason.contains("in the public log"));
    }
}
