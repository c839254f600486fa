//! Events: the typed bodies of journal records. A record's `kind` and `body` are exactly the
//! serde tag and content of an [`Event`], so the journal and the domain cannot drift apart.

use serde::{Deserialize, Serialize};

use chrono::NaiveDate;

use crate::concerns::{ClosingOutcome, LodgeConcern};
use crate::decisions::{Comfort, Member, Position, Quorum, Rule};
use crate::dialogue::documents::{DraftDocument, Edit, Implementation};
use crate::dialogue::meetings::{Attendance, ConveneMeeting, MeetingRevision};
use crate::dialogue::rules::DeclareRules;
use crate::membership::Membership;
use crate::{ConcernId, DocumentId, DomainError, MeetingId, Party, PartyId, Timestamp};

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
    /// A mechanism declares the rules its meetings decide by and its document series.
    #[serde(rename = "rules.declared")]
    RulesDeclared(DeclareRules),
    #[serde(rename = "meeting.convened")]
    MeetingConvened(ConveneMeeting),
    /// A party registers its delegation, accepts an invitation or updates its delegates.
    #[serde(rename = "meeting.registration_requested")]
    RegistrationRequested {
        meeting: MeetingId,
        attendance: Attendance,
        delegates: Vec<String>,
    },
    #[serde(rename = "meeting.registration_decided")]
    RegistrationDecided {
        meeting: MeetingId,
        party: PartyId,
        approved: bool,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<String>,
    },
    #[serde(rename = "meeting.registration_withdrawn")]
    RegistrationWithdrawn { meeting: MeetingId },
    #[serde(rename = "meeting.floor_requested")]
    FloorRequested {
        meeting: MeetingId,
        item: u32,
        delegate: String,
    },
    #[serde(rename = "meeting.floor_withdrawn")]
    FloorWithdrawn { meeting: MeetingId, item: u32 },
    #[serde(rename = "meeting.document_attached")]
    DocumentAttached {
        meeting: MeetingId,
        item: u32,
        title: String,
        url: String,
    },
    /// The convener revises the meeting: title, dates, venue, online address, languages, agenda.
    #[serde(rename = "meeting.revised")]
    MeetingRevised {
        meeting: MeetingId,
        revision: MeetingRevision,
    },
    #[serde(rename = "meeting.cancelled")]
    MeetingCancelled { meeting: MeetingId, reason: String },
    #[serde(rename = "document.drafted")]
    DocumentDrafted(DraftDocument),
    #[serde(rename = "document.amendment_proposed")]
    AmendmentProposed {
        document: DocumentId,
        edit: Edit,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        reason: Option<String>,
    },
    #[serde(rename = "document.amendment_decided")]
    AmendmentDecided {
        document: DocumentId,
        amendment: u32,
        accepted: bool,
    },
    /// The convener opens a decision on a fixed version: the rule, the body and the text's hash.
    #[serde(rename = "document.decision_opened")]
    DecisionOpened {
        document: DocumentId,
        rule: Rule,
        members: Vec<Member>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        quorum: Option<Quorum>,
        version: u32,
        text_hash: String,
    },
    #[serde(rename = "document.position_recorded")]
    PositionRecorded {
        document: DocumentId,
        position: Position,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        comfort: Option<Comfort>,
    },
    /// The convener closes the decision; the outcome follows from the rule, the positions and
    /// the record's time, and an adopted document gets the next symbol of its series.
    #[serde(rename = "document.decision_closed")]
    DecisionClosed {
        document: DocumentId,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        symbol: Option<String>,
    },
    #[serde(rename = "document.commitment_marked")]
    CommitmentMarked {
        document: DocumentId,
        paragraph: u32,
        parties: Vec<PartyId>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        due: Option<NaiveDate>,
    },
    #[serde(rename = "document.implementation_reported")]
    ImplementationReported {
        document: DocumentId,
        commitment: u32,
        status: Implementation,
        narrative: String,
        evidence: Vec<String>,
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
            Self::RulesDeclared(d) => format!("rules:{}", d.mechanism),
            Self::MeetingConvened(m) => format!("meeting:{}", m.id),
            Self::DocumentDrafted(d) => format!("document:{}", d.id),
            other => match (other.meeting(), other.document()) {
                (Some(m), _) => format!("meeting:{m}"),
                (_, Some(d)) => format!("document:{d}"),
                _ => unreachable!("every other event names a meeting or a document"),
            },
        }
    }

    /// The meeting a meeting event (other than the convening) is about.
    pub fn meeting(&self) -> Option<&MeetingId> {
        match self {
            Self::RegistrationRequested { meeting, .. }
            | Self::RegistrationDecided { meeting, .. }
            | Self::RegistrationWithdrawn { meeting }
            | Self::FloorRequested { meeting, .. }
            | Self::FloorWithdrawn { meeting, .. }
            | Self::DocumentAttached { meeting, .. }
            | Self::MeetingRevised { meeting, .. }
            | Self::MeetingCancelled { meeting, .. } => Some(meeting),
            _ => None,
        }
    }

    /// The document a document event (other than the drafting) is about.
    pub fn document(&self) -> Option<&DocumentId> {
        match self {
            Self::AmendmentProposed { document, .. }
            | Self::AmendmentDecided { document, .. }
            | Self::DecisionOpened { document, .. }
            | Self::PositionRecorded { document, .. }
            | Self::DecisionClosed { document, .. }
            | Self::CommitmentMarked { document, .. }
            | Self::ImplementationReported { document, .. } => Some(document),
            _ => None,
        }
    }
}
