//! Projections: the current state that events produce, and the in-memory replay of a whole journal.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::concerns::{self, Concern};
use crate::event::RecordMeta;
use crate::membership::Membership;
use crate::{ConcernId, DomainError, Event, Party, PartyId};

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
}

impl Projection {
    /// The key under which optimistic concurrency versions the entity.
    pub fn entity(&self) -> String {
        match self {
            Self::Party(p) => format!("party:{}", p.id),
            Self::PartyKey(k) => format!("key:{}:{}", k.party, k.key_id),
            Self::Concern(c) => format!("concern:{}", c.id),
            Self::Membership(m) => m.entity(),
        }
    }
}

/// Computes the projections an event produces from the entity's previous state. This one function
/// serves both appending and replay, so a replay must reproduce what was stored.
pub fn project(
    meta: &RecordMeta,
    event: &Event,
    previous_concern: Option<&Concern>,
) -> Result<Vec<Projection>, DomainError> {
    Ok(match event {
        Event::PartyRegistered { party, public_key } => vec![
            Projection::Party(party.clone()),
            Projection::PartyKey(PartyKey {
                party: party.id.clone(),
                key_id: meta.key_id.clone(),
                public_key: public_key.clone(),
            }),
        ],
        Event::MembershipRecorded(m) => vec![Projection::Membership(m.clone())],
        other => vec![Projection::Concern(concerns::apply(
            previous_concern,
            meta,
            other,
        )?)],
    })
}

/// The whole state, rebuilt in memory by replaying every event in order (used by `gsi verify`).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct State {
    pub parties: BTreeMap<PartyId, Party>,
    pub keys: BTreeMap<(PartyId, String), PartyKey>,
    pub concerns: BTreeMap<ConcernId, Concern>,
    /// Keyed by [`Membership::entity`].
    pub memberships: BTreeMap<String, Membership>,
}

impl State {
    /// Applies one event; returns the entity keys it changed.
    pub fn apply(&mut self, meta: &RecordMeta, event: &Event) -> Result<Vec<String>, DomainError> {
        let previous = match event {
            Event::PartyRegistered { .. }
            | Event::MembershipRecorded(_)
            | Event::ConcernLodged(_) => None,
            Event::ConcernAcknowledged { concern }
            | Event::ConcernResponded { concern, .. }
            | Event::ConsultationsProposed { concern, .. }
            | Event::ConcernClosed { concern, .. } => self.concerns.get(concern),
        };
        let projections = project(meta, event, previous)?;
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
            }
        }
        Ok(entities)
    }
}
