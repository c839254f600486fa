//! Events: the typed bodies of journal records, one enum per module inside [`Event`].
//!
//! A record's `kind` and `body` are exactly the serde tag and content of its module's enum
//! ([`ModuleEvent`]), so the journal and the domain cannot drift apart, and every `kind` string an
//! earlier version wrote still parses into the same event. Matches over [`Event`] name every
//! module, and each module matches its own enum without a catch-all, so an event that some place
//! forgets does not compile.
//!
//! How an old body is read: a body's shape only ever grows by optional fields (`#[serde(default)]`),
//! so a body written by an earlier version parses unchanged. A change that cannot be written that
//! way gets a new `kind` string (e.g. `concern.lodged.v2`) and a new variant beside the old one,
//! which stays readable for ever.

use crate::refusals;
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::concerns::ConcernEvent;
use crate::dialogue::DialogueEvent;
use crate::dialogue::documents::DocumentEvent;
use crate::dialogue::meetings::MeetingEvent;
use crate::dialogue::rules::RulesEvent;
use crate::keys::EntityKey;
use crate::registry::RegistryEvent;
use crate::{DomainError, PartyId, Timestamp};

/// Every kind of record the platform writes, by module.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    Registry(RegistryEvent),
    Concern(ConcernEvent),
    Dialogue(DialogueEvent),
}

/// What every module's event enum declares once. Its serde form is tagged by `kind` with the
/// content under `body`: exactly a record's `kind` and `body`.
pub trait ModuleEvent: Serialize + DeserializeOwned + Into<Event> {
    /// The `kind` prefixes (the part before the first dot) this enum owns.
    const KIND_PREFIXES: &'static [&'static str];

    /// The entity a record of this event is listed under (its history).
    fn subject(&self) -> EntityKey;
}

/// Envelope facts an event is applied with (the record's author, key and time).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordMeta {
    pub author: PartyId,
    pub key_id: String,
    pub time: Timestamp,
}

impl Event {
    /// Splits into the record's `kind` string and JSON `body`.
    pub fn to_kind_body(&self) -> (String, serde_json::Value) {
        match self {
            Self::Registry(e) => kind_body(e),
            Self::Concern(e) => kind_body(e),
            Self::Dialogue(DialogueEvent::Rules(e)) => kind_body(e),
            Self::Dialogue(DialogueEvent::Meeting(e)) => kind_body(e),
            Self::Dialogue(DialogueEvent::Document(e)) => kind_body(e),
        }
    }

    /// Parses a record's `kind` and `body` back into an event: the module that owns the kind's
    /// prefix parses it.
    pub fn from_kind_body(kind: &str, body: &serde_json::Value) -> Result<Self, DomainError> {
        parse::<RegistryEvent>(kind, body)
            .or_else(|| parse::<ConcernEvent>(kind, body))
            .or_else(|| parse::<RulesEvent>(kind, body))
            .or_else(|| parse::<MeetingEvent>(kind, body))
            .or_else(|| parse::<DocumentEvent>(kind, body))
            .unwrap_or_else(|| Err(refusals::unknown_record_kind(kind)))
    }

    /// The entity the event is about, used to list an entity's history (`concern:<id>`, `party:<id>`).
    pub fn subject(&self) -> EntityKey {
        match self {
            Self::Registry(e) => e.subject(),
            Self::Concern(e) => e.subject(),
            Self::Dialogue(DialogueEvent::Rules(e)) => e.subject(),
            Self::Dialogue(DialogueEvent::Meeting(e)) => e.subject(),
            Self::Dialogue(DialogueEvent::Document(e)) => e.subject(),
        }
    }
}

fn kind_body(event: &impl Serialize) -> (String, serde_json::Value) {
    let mut v = serde_json::to_value(event).expect("events always serialise");
    let kind = v["kind"].as_str().expect("tagged").to_owned();
    let body = v
        .get_mut("body")
        .map(serde_json::Value::take)
        .unwrap_or_default();
    (kind, body)
}

fn parse<E: ModuleEvent>(
    kind: &str,
    body: &serde_json::Value,
) -> Option<Result<Event, DomainError>> {
    let prefix = kind.split('.').next().unwrap_or(kind);
    E::KIND_PREFIXES.contains(&prefix).then(|| {
        serde_json::from_value::<E>(serde_json::json!({ "kind": kind, "body": body }))
            .map(Into::into)
            .map_err(|e| refusals::record_does_not_parse(kind, e))
    })
}
