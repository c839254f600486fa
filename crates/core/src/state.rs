//! Projections: the current state that events produce, and the in-memory replay of a whole journal.

use crate::refusals;
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::concerns::{self, Concern};
use crate::dialogue::documents::OutcomeDocument;
use crate::dialogue::meetings::Meeting;
use crate::dialogue::rules::{MechanismRules, Series};
use crate::dialogue::{self};
use crate::event::RecordMeta;
use crate::keys::EntityKey;
use crate::membership::Membership;
use crate::registry;
use crate::{ConcernId, Distribution, DocumentId, DomainError, Event, MeetingId, Party, PartyId};

/// A public signing key a party registered; records by that party under `key_id` verify with it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartyKey {
    pub party: PartyId,
    pub key_id: String,
    /// Base64 (standard) of the 32-byte Ed25519 public key.
    pub public_key: String,
}

/// One projection row that an event creates or replaces. Stores upsert these in the same
/// transaction as the journal row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Projection {
    Party(Party),
    PartyKey(PartyKey),
    Concern(Concern),
    Membership(Membership),
    Rules(MechanismRules),
    Meeting(Meeting),
    Document(OutcomeDocument),
    Series(Series),
}

impl Projection {
    /// The key under which optimistic concurrency versions the entity.
    pub fn entity(&self) -> EntityKey {
        match self {
            Self::Party(p) => EntityKey::Party(p.id.clone()),
            Self::PartyKey(k) => EntityKey::PartyKey {
                party: k.party.clone(),
                key_id: k.key_id.clone(),
            },
            Self::Concern(c) => EntityKey::Concern(c.id.clone()),
            Self::Membership(m) => m.entity(),
            Self::Rules(r) => r.entity(),
            Self::Meeting(m) => m.entity(),
            Self::Document(d) => d.entity(),
            Self::Series(s) => s.entity(),
        }
    }

    /// Who reads the entity and every record about it: its originator and distribution, or
    /// `None` for an entity anyone reads (the registry, keys, memberships and, until they get
    /// distributions of their own, the dialogue's objects).
    pub fn distribution(&self) -> Option<(&PartyId, &Distribution)> {
        match self {
            Self::Concern(c) => Some((&c.lodged_by, &c.distribution)),
            Self::Party(_)
            | Self::PartyKey(_)
            | Self::Membership(_)
            | Self::Rules(_)
            | Self::Meeting(_)
            | Self::Document(_)
            | Self::Series(_) => None,
        }
    }
}

/// Where a projection reads the earlier entities an event builds on: the replayed [`State`]
/// (for `gsi verify`) or the store (for an append, through the app, which records the version of
/// every entity read and appends only if none changed). Each module's `project` reads through it,
/// so what an event reads is written once and serves both paths.
pub trait Source {
    fn read(&self, key: &EntityKey) -> Result<Option<Projection>, DomainError>;
}

/// A source with nothing in it: for events that read no earlier entity (registrations, bulk
/// loads) and the first record of an empty journal.
pub struct Nothing;

impl Source for Nothing {
    fn read(&self, _: &EntityKey) -> Result<Option<Projection>, DomainError> {
        Ok(None)
    }
}

/// A projection type read back from a [`Source`] by its key.
pub trait Entity: Sized {
    fn from_projection(projection: Projection) -> Option<Self>;
}

macro_rules! entity {
    ($($variant:ident($ty:ty)),* $(,)?) => {$(
        impl Entity for $ty {
            fn from_projection(projection: Projection) -> Option<Self> {
                match projection {
                    Projection::$variant(value) => Some(value),
                    _ => None,
                }
            }
        }
    )*};
}
entity!(
    Party(Party),
    PartyKey(PartyKey),
    Concern(Concern),
    Membership(Membership),
    Rules(MechanismRules),
    Meeting(Meeting),
    Document(OutcomeDocument),
    Series(Series),
);

/// Reads one entity of type `T` from `source`; a key that names another type is a bug of the
/// caller, reported rather than hidden.
pub fn read<T: Entity>(source: &dyn Source, key: EntityKey) -> Result<Option<T>, DomainError> {
    match source.read(&key)? {
        None => Ok(None),
        Some(p) => T::from_projection(p)
            .map(Some)
            .ok_or_else(|| refusals::entity_of_another_type(key)),
    }
}

/// Reads an entity the event needs, refusing when it does not exist.
pub fn require<T: Entity>(
    source: &dyn Source,
    key: EntityKey,
    what: &str,
) -> Result<T, DomainError> {
    read(source, key)?.ok_or_else(|| refusals::entity_missing(what))
}

/// Computes the projections an event produces from the state before it, read through `source`.
/// This one function serves both appending and replay, so a replay must reproduce what was
/// stored.
pub fn project(
    meta: &RecordMeta,
    event: &Event,
    source: &dyn Source,
) -> Result<Vec<Projection>, DomainError> {
    match event {
        Event::Registry(e) => Ok(registry::apply(meta, e)),
        Event::Concern(e) => concerns::project(meta, e, source),
        Event::Dialogue(e) => dialogue::project(meta, e, source),
    }
}

/// The whole state, rebuilt in memory by replaying every event in order (used by `gsi verify`).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct State {
    pub parties: BTreeMap<PartyId, Party>,
    pub keys: BTreeMap<(PartyId, String), PartyKey>,
    pub concerns: BTreeMap<ConcernId, Concern>,
    /// Keyed by [`Membership::entity`].
    pub memberships: BTreeMap<EntityKey, Membership>,
    pub rules: BTreeMap<PartyId, MechanismRules>,
    pub meetings: BTreeMap<MeetingId, Meeting>,
    pub documents: BTreeMap<DocumentId, OutcomeDocument>,
    /// Keyed by [`Series::entity`].
    pub series: BTreeMap<EntityKey, Series>,
}

impl State {
    /// Applies one event; returns the entity keys it changed.
    pub fn apply(
        &mut self,
        meta: &RecordMeta,
        event: &Event,
    ) -> Result<Vec<EntityKey>, DomainError> {
        let projections = project(meta, event, self)?;
        let entities = projections.iter().map(Projection::entity).collect();
        for projection in projections {
            match projection {
                Projection::Party(p) => {
                    self.parties.insert(p.id.clone(), p);
                }
                Projection::PartyKey(k) => {
                    self.keys.insert((k.party.clone(), k.key_id.clone()), k);
                }
                Projection::Concern(c) => {
                    self.concerns.insert(c.id.clone(), c);
                }
                Projection::Membership(m) => {
                    self.memberships.insert(m.entity(), m);
                }
                Projection::Rules(r) => {
                    self.rules.insert(r.mechanism.clone(), r);
                }
                Projection::Meeting(m) => {
                    self.meetings.insert(m.id.clone(), m);
                }
                Projection::Document(d) => {
                    self.documents.insert(d.id.clone(), d);
                }
                Projection::Series(x) => {
                    self.series.insert(x.entity(), x);
                }
            }
        }
        Ok(entities)
    }
}

impl Source for State {
    fn read(&self, key: &EntityKey) -> Result<Option<Projection>, DomainError> {
        Ok(match key {
            EntityKey::Party(id) => self.parties.get(id).cloned().map(Projection::Party),
            EntityKey::PartyKey { party, key_id } => self
                .keys
                .get(&(party.clone(), key_id.clone()))
                .cloned()
                .map(Projection::PartyKey),
            EntityKey::Membership { .. } => self
                .memberships
                .get(key)
                .cloned()
                .map(Projection::Membership),
            EntityKey::Memberships { .. } => {
                return Err(refusals::key_names_a_history(key));
            }
            EntityKey::Concern(id) => self.concerns.get(id).cloned().map(Projection::Concern),
            EntityKey::Rules(m) => self.rules.get(m).cloned().map(Projection::Rules),
            EntityKey::Meeting(id) => self.meetings.get(id).cloned().map(Projection::Meeting),
            EntityKey::Document(id) => self.documents.get(id).cloned().map(Projection::Document),
            EntityKey::Series { .. } => self.series.get(key).cloned().map(Projection::Series),
        })
    }
}

/// How lists find a projection kept whole (meetings, documents) without reading every one of
/// its kind: the key a kind's lists are ordered by, and the terms they filter on. Each module
/// derives them from its projection, so a store indexes them without knowing the module.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ObjectIndex {
    /// Lists of the kind are ordered by this, then by entity key.
    pub sort: String,
    pub terms: Vec<IndexTerm>,
}

/// One thing a list filters on, in its stored text form (`party:CHN`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum IndexTerm {
    /// A party the object involves (a meeting's convener and participants; a document's
    /// convener, proposer, deciding members and committed parties).
    Party(PartyId),
    /// The mechanism a meeting is held under.
    Mechanism(PartyId),
    /// The meeting a document belongs to.
    Meeting(MeetingId),
    /// A party a document's commitments name.
    Committed(PartyId),
    /// A priority of the Concept Paper's section III the object is tagged with.
    Priority(crate::framework::PriorityRef),
    /// The document has commitments.
    HasCommitments,
    /// The symbol a document was adopted under (`SCO/GSI/2026/1`).
    Symbol(String),
}

impl std::fmt::Display for IndexTerm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Party(p) => write!(f, "party:{p}"),
            Self::Mechanism(p) => write!(f, "mechanism:{p}"),
            Self::Meeting(m) => write!(f, "meeting:{m}"),
            Self::Committed(p) => write!(f, "committed:{p}"),
            Self::Priority(p) => write!(f, "priority:{p}"),
            Self::HasCommitments => f.write_str("commitments"),
            Self::Symbol(s) => write!(f, "symbol:{s}"),
        }
    }
}

impl Projection {
    /// The projection's list index; projections with tables of their own (parties, keys,
    /// concerns, memberships) and those only read by key have none.
    pub fn index(&self) -> ObjectIndex {
        match self {
            Self::Meeting(m) => m.index(),
            Self::Document(d) => d.index(),
            Self::Party(_)
            | Self::PartyKey(_)
            | Self::Concern(_)
            | Self::Membership(_)
            | Self::Rules(_)
            | Self::Series(_) => ObjectIndex::default(),
        }
    }
}
