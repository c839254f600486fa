//! The registry module's records: parties entering the registry and mechanisms' memberships
//! (the rules are in [`crate::party`] and [`crate::membership`]).

use serde::{Deserialize, Serialize};

use crate::event::{ModuleEvent, RecordMeta};
use crate::keys::EntityKey;
use crate::membership::Membership;
use crate::state::{PartyKey, Projection};
use crate::{Event, Party};

/// The events of the registry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "body")]
pub enum RegistryEvent {
    /// A party enters the registry, signed with the key it introduces (self-certifying).
    #[serde(rename = "party.registered")]
    PartyRegistered { party: Party, public_key: String },
    /// A mechanism records that a party holds (or held) a role in it.
    #[serde(rename = "membership.recorded")]
    MembershipRecorded(Membership),
}

impl From<RegistryEvent> for Event {
    fn from(e: RegistryEvent) -> Self {
        Event::Registry(e)
    }
}

impl ModuleEvent for RegistryEvent {
    const KIND_PREFIXES: &'static [&'static str] = &["party", "membership"];

    fn subject(&self) -> EntityKey {
        match self {
            Self::PartyRegistered { party, .. } => EntityKey::Party(party.id.clone()),
            Self::MembershipRecorded(m) => EntityKey::Memberships {
                mechanism: m.mechanism.clone(),
                member: m.member.clone(),
            },
        }
    }
}

/// The projections a registry event produces; it reads nothing earlier.
pub fn apply(meta: &RecordMeta, event: &RegistryEvent) -> Vec<Projection> {
    match event {
        RegistryEvent::PartyRegistered { party, public_key } => vec![
            Projection::Party(party.clone()),
            Projection::PartyKey(PartyKey {
                party: party.id.clone(),
                key_id: meta.key_id.clone(),
                public_key: public_key.clone(),
            }),
        ],
        RegistryEvent::MembershipRecorded(m) => vec![Projection::Membership(m.clone())],
    }
}
