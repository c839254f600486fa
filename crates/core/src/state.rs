//! Projections: the current state that events produce, and the in-memory replay of a whole journal.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::concerns::{self, Concern};
use crate::dialogue::documents::{self, OutcomeDocument};
use crate::dialogue::meetings::{self, Meeting};
use crate::dialogue::rules::{self, MechanismRules, Series};
use crate::event::RecordMeta;
use crate::membership::Membership;
use crate::{ConcernId, DocumentId, DomainError, Event, MeetingId, Party, PartyId};

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
    pub fn entity(&self) -> String {
        match self {
            Self::Party(p) => format!("party:{}", p.id),
            Self::PartyKey(k) => format!("key:{}:{}", k.party, k.key_id),
            Self::Concern(c) => format!("concern:{}", c.id),
            Self::Membership(m) => m.entity(),
            Self::Rules(r) => r.entity(),
            Self::Meeting(m) => m.entity(),
            Self::Document(d) => d.entity(),
            Self::Series(s) => s.entity(),
        }
    }
}

/// The current state of the entities an event changes, as read before appending it. Each event
/// needs at most the entities [`Event::prior_needs`] names.
#[derive(Debug, Default, Clone, Copy)]
pub struct Prior<'a> {
    pub concern: Option<&'a Concern>,
    pub rules: Option<&'a MechanismRules>,
    pub meeting: Option<&'a Meeting>,
    pub document: Option<&'a OutcomeDocument>,
    /// The document series of the year the event happens in.
    pub series: Option<&'a Series>,
}

fn missing(what: &str) -> DomainError {
    DomainError::NotFound(format!("{what} does not exist"))
}

/// Computes the projections an event produces from the state before it. This one function
/// serves both appending and replay, so a replay must reproduce what was stored.
pub fn project(
    meta: &RecordMeta,
    event: &Event,
    prior: Prior<'_>,
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
        Event::ConcernLodged(_)
        | Event::ConcernAcknowledged { .. }
        | Event::ConcernResponded { .. }
        | Event::ConsultationsProposed { .. }
        | Event::ConcernClosed { .. } => vec![Projection::Concern(concerns::apply(
            prior.concern,
            meta,
            event,
        )?)],
        Event::RulesDeclared(d) => vec![Projection::Rules(rules::apply_declare(d, meta.time))],
        Event::MeetingConvened(c) => vec![Projection::Meeting(meetings::apply_convene(
            c,
            &meta.author,
            prior.rules,
            meta.time,
        ))],
        Event::DocumentDrafted(d) => {
            let meeting = prior.meeting.ok_or_else(|| missing("the meeting"))?;
            vec![Projection::Document(documents::apply_draft(
                d,
                meeting,
                &meta.author,
                meta.time,
            )?)]
        }
        other if other.meeting().is_some() => {
            let meeting = prior.meeting.ok_or_else(|| missing("the meeting"))?;
            vec![Projection::Meeting(meetings::apply(
                meeting,
                &meta.author,
                other,
                meta.time,
            )?)]
        }
        other => {
            let document = prior.document.ok_or_else(|| missing("the document"))?;
            let meeting = prior.meeting.ok_or_else(|| missing("the meeting"))?;
            let (document, series) = documents::apply(
                document,
                meeting,
                prior.series,
                &meta.author,
                other,
                meta.time,
            )?;
            let mut out = vec![Projection::Document(document)];
            out.extend(series.map(Projection::Series));
            out
        }
    })
}

/// Which earlier entities an event's projection reads (see [`Prior`]). A document event also
/// reads the meeting the document belongs to.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct PriorNeeds {
    pub concern: Option<ConcernId>,
    pub rules: Option<PartyId>,
    pub meeting: Option<MeetingId>,
    pub document: Option<DocumentId>,
    /// Whether the document's series (of the event's year) is read: only a closing decision
    /// numbers a document.
    pub series_of_document: bool,
}

impl Event {
    /// The entities [`project`] needs in [`Prior`] for this event.
    pub fn prior_needs(&self) -> PriorNeeds {
        let mut needs = PriorNeeds::default();
        match self {
            Event::ConcernAcknowledged { concern }
            | Event::ConcernResponded { concern, .. }
            | Event::ConsultationsProposed { concern, .. }
            | Event::ConcernClosed { concern, .. } => needs.concern = Some(concern.clone()),
            Event::MeetingConvened(c) => needs.rules = c.mechanism.clone(),
            Event::DocumentDrafted(d) => needs.meeting = Some(d.meeting.clone()),
            Event::DecisionClosed { document, .. } => {
                needs.document = Some(document.clone());
                needs.series_of_document = true;
            }
            other => {
                needs.meeting = other.meeting().cloned();
                needs.document = other.document().cloned();
            }
        }
        needs
    }
}

/// The whole state, rebuilt in memory by replaying every event in order (used by `gsi verify`).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct State {
    pub parties: BTreeMap<PartyId, Party>,
    pub keys: BTreeMap<(PartyId, String), PartyKey>,
    pub concerns: BTreeMap<ConcernId, Concern>,
    /// Keyed by [`Membership::entity`].
    pub memberships: BTreeMap<String, Membership>,
    pub rules: BTreeMap<PartyId, MechanismRules>,
    pub meetings: BTreeMap<MeetingId, Meeting>,
    pub documents: BTreeMap<DocumentId, OutcomeDocument>,
    /// Keyed by [`Series::entity`].
    pub series: BTreeMap<String, Series>,
}

impl State {
    /// Applies one event; returns the entity keys it changed.
    pub fn apply(&mut self, meta: &RecordMeta, event: &Event) -> Result<Vec<String>, DomainError> {
        let needs = event.prior_needs();
        let document = needs.document.as_ref().and_then(|d| self.documents.get(d));
        // A document event also reads the document's meeting.
        let meeting_id = needs.meeting.as_ref().or(document.map(|d| &d.meeting));
        let series = match (needs.series_of_document, document) {
            (true, Some(d)) => self.series.get(&Series::entity_of(
                &d.series,
                documents::now_year(meta.time),
            )),
            _ => None,
        };
        let prior = Prior {
            concern: needs.concern.as_ref().and_then(|c| self.concerns.get(c)),
            rules: needs.rules.as_ref().and_then(|r| self.rules.get(r)),
            meeting: meeting_id.and_then(|m| self.meetings.get(m)),
            document,
            series,
        };
        let projections = project(meta, event, prior)?;
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
