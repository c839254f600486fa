//! Events: the typed bodies of journal records. A record's `kind` and `body` are exactly the
//! serde tag and content of an [`Event`], so the journal and the domain cannot drift apart.

use serde::{Deserialize, Serialize};

use crate::concerns::{ClosingOutcome, LodgeConcern};
use crate::membership::Membership;
use crate::{ConcernId, DomainError, Party, PartyId, Timestamp};

/// Every kind of record the platform writes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "body")]
pub enum Event {
    /// A party enters the registry, signed with the key it introduces (self-certifying).
    #[serde(rename = "party.registered")]
    PartyRegistered { party: Party, public_key: String },
    /// A mechanism records that a party holds (or held) a role in it.
    #[serde(rename = "membership.recorded")]
    MembershipRecorded(Membership),
    #[serde(rename = "concern.lodged")]
    ConcernLodged(LodgeConcern),
    #[serde(rename = "concern.acknowledged")]
    ConcernAcknowledged { concern: ConcernId },
    #[serde(rename = "concern.responded")]
    ConcernResponded { concern: ConcernId, text: String },
    #[serde(rename = "concern.consultations_proposed")]
    ConsultationsProposed { concern: ConcernId, text: String },
    #[serde(rename = "concern.closed")]
    ConcernClosed {
        concern: ConcernId,
        outcome: ClosingOutcome,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<String>,
    },
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
        let mut v = serde_json::to_value(self).expect("events always serialise");
        let kind = v["kind"].as_str().expect("tagged").to_owned();
        let body = v
            .get_mut("body")
            .map(serde_json::Value::take)
            .unwrap_or_default();
        (kind, body)
    }

    /// Parses a record's `kind` and `body` back into an event.
    pub fn from_kind_body(kind: &str, body: &serde_json::Value) -> Result<Self, DomainError> {
        serde_json::from_value(serde_json::json!({ "kind": kind, "body": body }))
            .map_err(|e| DomainError::Invalid(format!("record of kind {kind} does not parse: {e}")))
    }

    /// The entity the event is about, used to list an entity's history (`concern:<id>`, `party:<id>`).
    pub fn subject(&self) -> String {
        match self {
            Self::PartyRegistered { party, .. } => format!("party:{}", party.id),
            Self::MembershipRecorded(m) => format!("membership:{}:{}", m.mechanism, m.member),
            Self::ConcernLodged(c) => format!("concern:{}", c.id),
            Self::ConcernAcknowledged { concern }
            | Self::ConcernResponded { concern, .. }
            | Self::ConsultationsProposed { concern, .. }
            | Self::ConcernClosed { concern, .. } => format!("concern:{concern}"),
        }
    }
}
