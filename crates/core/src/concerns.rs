//! The register of legitimate security concerns (Concept Paper II.4: concerns "should be taken
//! seriously and addressed properly, not persistently ignored").
//!
//! A party lodges a concern addressed to other parties; each addressee acknowledges, responds or
//! proposes consultations; the lodging party closes it as addressed or withdraws it. Response
//! clocks make a concern that is being ignored visible as overdue.
//!
//! Rules (each has a named test below):
//! - only users of the lodging party may close or withdraw;
//! - only users of an addressee may acknowledge, respond or propose consultations;
//! - a party cannot address a concern to itself;
//! - every state has the same rights: no rule mentions any particular party.

pub mod refusals;

use serde::{Deserialize, Serialize};

use crate::error::{FieldRefusals, Refused};
use crate::event::RecordMeta;
use crate::framework::{PriorityRef, SecurityDomain, UnSymbol};
use crate::text::clean_text;
use crate::{Actor, ConcernId, Distribution, DomainError, Event, PartyId, Reader, Timestamp};

use crate::event::ModuleEvent;
use crate::keys::EntityKey;
use crate::state::{Projection, Source, read};

/// The events of concerns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "body")]
pub enum ConcernEvent {
    #[serde(rename = "concern.lodged")]
    Lodged(LodgeConcern),
    #[serde(rename = "concern.acknowledged")]
    Acknowledged { concern: ConcernId },
    #[serde(rename = "concern.responded")]
    Responded { concern: ConcernId, text: String },
    #[serde(rename = "concern.consultations_proposed")]
    ConsultationsProposed { concern: ConcernId, text: String },
    #[serde(rename = "concern.closed")]
    Closed {
        concern: ConcernId,
        outcome: ClosingOutcome,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<String>,
    },
    /// The lodging party lets more parties read the concern and every record about it.
    #[serde(rename = "concern.distribution_widened")]
    DistributionWidened {
        concern: ConcernId,
        distribution: Distribution,
    },
}

impl ConcernEvent {
    /// The concern the event is about.
    pub fn concern(&self) -> &ConcernId {
        match self {
            Self::Lodged(c) => &c.id,
            Self::Acknowledged { concern }
            | Self::Responded { concern, .. }
            | Self::ConsultationsProposed { concern, .. }
            | Self::Closed { concern, .. }
            | Self::DistributionWidened { concern, .. } => concern,
        }
    }
}

impl From<ConcernEvent> for Event {
    fn from(e: ConcernEvent) -> Self {
        Event::Concern(e)
    }
}

impl ModuleEvent for ConcernEvent {
    const KIND_PREFIXES: &'static [&'static str] = &["concern"];

    fn subject(&self) -> EntityKey {
        EntityKey::Concern(self.concern().clone())
    }
}

/// Days an addressee has to acknowledge a concern before it shows as overdue.
pub const ACKNOWLEDGEMENT_DAYS: i64 = 14;
/// Days an addressee has to respond when the lodging party sets no date of its own.
pub const DEFAULT_RESPONSE_DAYS: i64 = 60;
/// The longest title of a concern, in characters.
pub const MAX_TITLE: usize = 200;
/// The longest description, response, proposal or note, in characters.
pub const MAX_TEXT: usize = 20_000;

/// The lodging command; also the body of a `concern.lodged` record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LodgeConcern {
    pub id: ConcernId,
    pub title: String,
    pub description: String,
    pub domain: SecurityDomain,
    pub priorities: Vec<PriorityRef>,
    pub addressees: Vec<PartyId>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub un_references: Vec<UnSymbol>,
    /// When responses are due; defaults to [`DEFAULT_RESPONSE_DAYS`] after lodging.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_due: Option<Timestamp>,
    /// Who may read the concern; the lodging sets the lodger and its addressees when the
    /// command names none. Records lodged before distributions existed have none and were
    /// public.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distribution: Option<Distribution>,
}

/// How the lodging party ends a concern.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ClosingOutcome {
    Addressed,
    Withdrawn,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ConcernStatus {
    Open,
    Addressed,
    Withdrawn,
}

impl ClosingOutcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Addressed => "addressed",
            Self::Withdrawn => "withdrawn",
        }
    }

    pub fn parse(s: &str) -> Result<Self, DomainError> {
        match s.trim() {
            "addressed" => Ok(Self::Addressed),
            "withdrawn" => Ok(Self::Withdrawn),
            other => Err(refusals::not_a_closing_outcome(other)),
        }
    }
}

impl ConcernStatus {
    pub const ALL: [Self; 3] = [Self::Open, Self::Addressed, Self::Withdrawn];

    /// A status filter as written in a query or on the command line: `all` (or nothing) is no
    /// filter.
    pub fn parse_filter(s: &str) -> Result<Option<Self>, DomainError> {
        match s.trim() {
            "" | "all" => Ok(None),
            other => Self::ALL
                .into_iter()
                .find(|status| status.as_str() == other)
                .map(Some)
                .ok_or_else(|| refusals::not_a_status(other)),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Open => "open",
            Self::Addressed => "addressed",
            Self::Withdrawn => "withdrawn",
        }
    }
}

/// One addressee's progress on a concern.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Addressee {
    pub party: PartyId,
    pub acknowledged_at: Option<Timestamp>,
    /// The first response or consultation proposal: what stops the response clock.
    pub first_response_at: Option<Timestamp>,
    pub responses: u32,
    pub consultations_proposed: u32,
}

/// The projection of a concern: its current state, rebuilt from its records.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Concern {
    pub id: ConcernId,
    pub lodged_by: PartyId,
    pub lodged_at: Timestamp,
    pub title: String,
    pub description: String,
    pub domain: SecurityDomain,
    pub priorities: Vec<PriorityRef>,
    pub un_references: Vec<UnSymbol>,
    pub response_due: Timestamp,
    pub status: ConcernStatus,
    pub closed_at: Option<Timestamp>,
    pub closing_note: Option<String>,
    pub addressees: Vec<Addressee>,
    /// Who may read the concern and every record about it (projections stored before
    /// distributions existed were of public records).
    #[serde(default = "already_public")]
    pub distribution: Distribution,
}

fn already_public() -> Distribution {
    Distribution::Public
}

/// Response clocks of one addressee at a given moment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AddresseeClock {
    pub party: PartyId,
    /// Milliseconds from lodging to acknowledgement (a response counts as one), if it happened.
    pub to_acknowledgement_ms: Option<i64>,
    /// Milliseconds from lodging to the first response or consultation proposal.
    pub to_response_ms: Option<i64>,
    pub acknowledgement_due: Timestamp,
    pub response_due: Timestamp,
    pub acknowledgement_overdue: bool,
    pub response_overdue: bool,
}

impl Concern {
    pub fn addressee(&self, party: &PartyId) -> Option<&Addressee> {
        self.addressees.iter().find(|a| &a.party == party)
    }

    /// The clocks of every addressee at `now`. Closed concerns are never overdue.
    pub fn clocks(&self, now: Timestamp) -> Vec<AddresseeClock> {
        let open = self.status == ConcernStatus::Open;
        let ack_due = self.lodged_at.plus_days(ACKNOWLEDGEMENT_DAYS);
        self.addressees
            .iter()
            .map(|a| {
                let acknowledged = a.acknowledged_at.or(a.first_response_at);
                AddresseeClock {
                    party: a.party.clone(),
                    to_acknowledgement_ms: acknowledged
                        .map(|t| t.millis() - self.lodged_at.millis()),
                    to_response_ms: a
                        .first_response_at
                        .map(|t| t.millis() - self.lodged_at.millis()),
                    acknowledgement_due: ack_due,
                    response_due: self.response_due,
                    acknowledgement_overdue: open && acknowledged.is_none() && now > ack_due,
                    response_overdue: open
                        && a.first_response_at.is_none()
                        && now > self.response_due,
                }
            })
            .collect()
    }

    pub fn is_overdue(&self, now: Timestamp) -> bool {
        self.clocks(now)
            .iter()
            .any(|c| c.acknowledgement_overdue || c.response_overdue)
    }

    fn require_open(&self) -> Result<(), DomainError> {
        match self.status {
            ConcernStatus::Open => Ok(()),
            closed => Err(refusals::already_closed(&self.id, closed.as_str())),
        }
    }

    /// Whether `reader` may read this concern and the records about it.
    pub fn may_be_read_by(&self, reader: &Reader) -> bool {
        reader.may_read(&self.lodged_by, &self.distribution)
    }

    fn require_addressee(&self, party: &PartyId) -> Result<&Addressee, DomainError> {
        self.addressee(party)
            .ok_or_else(|| refusals::not_an_addressee(party, &self.id))
    }
}

// Who may act: one rule per action, taking the party that would act. The command checks that its
// actor may author for its party and then the rule; replay, the pages' forms and the CLI ask the
// same rule.

/// Whether `party` may acknowledge the concern: an addressee that has not yet, while it is open.
pub fn may_acknowledge(party: &PartyId, concern: &Concern) -> Result<(), DomainError> {
    let addressee = concern.require_addressee(party)?;
    concern.require_open()?;
    if addressee.acknowledged_at.is_some() {
        return Err(refusals::already_acknowledged(party, &concern.id));
    }
    Ok(())
}

/// Whether `party` may respond or propose consultations: an addressee, while the concern is
/// open.
pub fn may_respond(party: &PartyId, concern: &Concern) -> Result<(), DomainError> {
    concern.require_addressee(party)?;
    concern.require_open()
}

/// Whether `party` may close or withdraw the concern: the party that lodged it, while it is open.
pub fn may_close(party: &PartyId, concern: &Concern) -> Result<(), DomainError> {
    if party != &concern.lodged_by {
        return Err(refusals::only_the_lodger_closes(
            &concern.lodged_by,
            &concern.id,
        ));
    }
    concern.require_open()
}

/// Whether `party` may widen the concern's distribution to `to`: the party that lodged it, to a
/// distribution every earlier reader keeps.
pub fn may_widen(party: &PartyId, concern: &Concern, to: &Distribution) -> Result<(), DomainError> {
    if party != &concern.lodged_by {
        return Err(refusals::only_the_lodger_widens(
            &concern.lodged_by,
            &concern.id,
        ));
    }
    // Naming the lodger, who always reads its own concern, widens nothing.
    let readers = |d: &Distribution| {
        d.named().map(|mut named| {
            named.insert(concern.lodged_by.clone());
            named
        })
    };
    if readers(&concern.distribution) == readers(to) {
        return Err(crate::distribution::refusals::unchanged(to));
    }
    if !concern.distribution.is_widened_by(to) {
        return Err(crate::distribution::refusals::not_wider(
            &concern.distribution,
            to,
        ));
    }
    Ok(())
}

/// Decides a lodging. `party_exists` answers whether an addressee is a registered party;
/// `existing` is any concern already stored under the same id.
pub fn decide_lodge(
    actor: &Actor,
    command: LodgeConcern,
    existing: Option<&Concern>,
    party_exists: &dyn Fn(&PartyId) -> bool,
    now: Timestamp,
) -> Result<ConcernEvent, DomainError> {
    actor.require_author(&actor.party)?;
    if existing.is_some() {
        return Err(refusals::already_exists(&command.id));
    }
    Ok(ConcernEvent::Lodged(checked_lodging(
        actor,
        command,
        party_exists,
        now,
    )?))
}

/// The lodging as it is recorded (texts cleaned, priorities sorted), or every refusal its
/// fields meet, in the order [`decide_lodge`] gives them.
pub fn checked_lodging(
    actor: &Actor,
    command: LodgeConcern,
    party_exists: &dyn Fn(&PartyId) -> bool,
    now: Timestamp,
) -> Result<LodgeConcern, Refused> {
    let mut found = FieldRefusals::default();
    let title = found.check(clean_text("title", &command.title, MAX_TITLE));
    let description = found.check(clean_text("description", &command.description, MAX_TEXT));
    if command.addressees.is_empty() {
        found.refuse(refusals::no_addressee());
    }
    let mut addressees = command.addressees.clone();
    addressees.sort();
    addressees.dedup();
    if addressees.len() != command.addressees.len() {
        found.refuse(refusals::addressee_twice());
    }
    if command.addressees.contains(&actor.party) {
        found.refuse(refusals::addressed_to_itself(&actor.party));
    }
    if let Some(unknown) = command.addressees.iter().find(|p| !party_exists(p)) {
        found.refuse(crate::refusals::party_not_registered(unknown));
    }
    if command.priorities.is_empty() {
        found.refuse(refusals::no_priority());
    }
    let mut priorities = command.priorities.clone();
    priorities.sort();
    priorities.dedup();
    if let Some(due) = command.response_due
        && due <= now
    {
        found.refuse(refusals::response_date_past());
    }
    // Addressees must read what they are asked to answer; without a choice, they alone do.
    let distribution = command
        .distribution
        .clone()
        .unwrap_or_else(|| Distribution::parties(addressees.iter().cloned()));
    if let Some(named) = distribution.named() {
        if let Some(left_out) = addressees.iter().find(|a| !named.contains(a)) {
            found.refuse(refusals::addressee_left_out(left_out));
        }
        // Only registered parties, so a distribution is never longer than the registry (the
        // addressees are checked above).
        if let Some(unknown) = named
            .iter()
            .find(|p| !addressees.contains(p) && !party_exists(p))
        {
            found.refuse(crate::refusals::party_not_registered(unknown));
        }
    }
    found.finish(LodgeConcern {
        title,
        description,
        priorities,
        distribution: Some(distribution),
        ..command
    })
}

pub fn decide_acknowledge(actor: &Actor, concern: &Concern) -> Result<ConcernEvent, DomainError> {
    actor.require_author(&actor.party)?;
    may_acknowledge(&actor.party, concern)?;
    Ok(ConcernEvent::Acknowledged {
        concern: concern.id.clone(),
    })
}

pub fn decide_respond(
    actor: &Actor,
    concern: &Concern,
    text: &str,
) -> Result<ConcernEvent, DomainError> {
    actor.require_author(&actor.party)?;
    may_respond(&actor.party, concern)?;
    Ok(ConcernEvent::Responded {
        concern: concern.id.clone(),
        text: clean_text("response", text, MAX_TEXT)?,
    })
}

pub fn decide_propose_consultations(
    actor: &Actor,
    concern: &Concern,
    text: &str,
) -> Result<ConcernEvent, DomainError> {
    actor.require_author(&actor.party)?;
    may_respond(&actor.party, concern)?;
    Ok(ConcernEvent::ConsultationsProposed {
        concern: concern.id.clone(),
        text: clean_text("proposal", text, MAX_TEXT)?,
    })
}

pub fn decide_close(
    actor: &Actor,
    concern: &Concern,
    outcome: ClosingOutcome,
    note: Option<&str>,
) -> Result<ConcernEvent, DomainError> {
    actor.require_author(&actor.party)?;
    may_close(&actor.party, concern)?;
    let note = match note.map(str::trim).filter(|n| !n.is_empty()) {
        Some(n) => Some(clean_text("note", n, MAX_TEXT)?),
        None => None,
    };
    Ok(ConcernEvent::Closed {
        concern: concern.id.clone(),
        outcome,
        note,
    })
}

/// Decides a widening. `party_exists` answers whether a party the distribution names is
/// registered: a distribution names registered parties only, so it is never longer than the
/// registry.
pub fn decide_widen(
    actor: &Actor,
    concern: &Concern,
    to: Distribution,
    party_exists: &dyn Fn(&PartyId) -> bool,
) -> Result<ConcernEvent, DomainError> {
    actor.require_author(&actor.party)?;
    may_widen(&actor.party, concern, &to)?;
    if let Some(unknown) = to.named().into_iter().flatten().find(|p| !party_exists(p)) {
        return Err(crate::refusals::party_not_registered(&unknown));
    }
    Ok(ConcernEvent::DistributionWidened {
        concern: concern.id.clone(),
        distribution: to,
    })
}

/// The projection of a concern event: the concern as it stands after it. A concern event reads
/// only its own concern.
pub fn project(
    meta: &RecordMeta,
    event: &ConcernEvent,
    source: &dyn Source,
) -> Result<Vec<Projection>, DomainError> {
    let previous: Option<Concern> = read(source, event.subject())?;
    Ok(vec![Projection::Concern(apply(
        previous.as_ref(),
        meta,
        event,
    )?)])
}

/// Applies a concern event to the concern's previous state. Rejects an event that does not fit
/// (so a replay of a tampered journal fails instead of inventing state).
pub fn apply(
    previous: Option<&Concern>,
    meta: &RecordMeta,
    event: &ConcernEvent,
) -> Result<Concern, DomainError> {
    let existing = || {
        previous
            .cloned()
            .ok_or_else(|| refusals::unknown_concern(event.subject()))
    };
    // The addressee the author is, once the rule let it past.
    let addressee = |concern: &Concern| {
        concern
            .addressees
            .iter()
            .position(|a| a.party == meta.author)
            .ok_or_else(|| refusals::not_an_addressee(&meta.author, &concern.id))
    };
    match event {
        ConcernEvent::Lodged(c) => match previous {
            Some(_) => Err(refusals::already_exists(&c.id)),
            None => Ok(lodged(meta, c)),
        },
        ConcernEvent::Acknowledged { .. } => {
            let mut concern = existing()?;
            may_acknowledge(&meta.author, &concern)?;
            let i = addressee(&concern)?;
            concern.addressees[i].acknowledged_at = Some(meta.time);
            Ok(concern)
        }
        ConcernEvent::Responded { .. } | ConcernEvent::ConsultationsProposed { .. } => {
            let mut concern = existing()?;
            may_respond(&meta.author, &concern)?;
            let i = addressee(&concern)?;
            let a = &mut concern.addressees[i];
            a.first_response_at.get_or_insert(meta.time);
            if matches!(event, ConcernEvent::Responded { .. }) {
                a.responses += 1;
            } else {
                a.consultations_proposed += 1;
            }
            Ok(concern)
        }
        ConcernEvent::Closed { outcome, note, .. } => {
            let mut concern = existing()?;
            may_close(&meta.author, &concern)?;
            concern.status = match outcome {
                ClosingOutcome::Addressed => ConcernStatus::Addressed,
                ClosingOutcome::Withdrawn => ConcernStatus::Withdrawn,
            };
            concern.closed_at = Some(meta.time);
            concern.closing_note = note.clone();
            Ok(concern)
        }
        ConcernEvent::DistributionWidened { distribution, .. } => {
            let mut concern = existing()?;
            may_widen(&meta.author, &concern, distribution)?;
            concern.distribution = distribution.clone();
            Ok(concern)
        }
    }
}

fn lodged(meta: &RecordMeta, c: &LodgeConcern) -> Concern {
    Concern {
        id: c.id.clone(),
        lodged_by: meta.author.clone(),
        lodged_at: meta.time,
        title: c.title.clone(),
        description: c.description.clone(),
        domain: c.domain,
        priorities: c.priorities.clone(),
        un_references: c.un_references.clone(),
        response_due: c
            .response_due
            .unwrap_or(meta.time.plus_days(DEFAULT_RESPONSE_DAYS)),
        status: ConcernStatus::Open,
        closed_at: None,
        closing_note: None,
        addressees: c
            .addressees
            .iter()
            .map(|p| Addressee {
                party: p.clone(),
                acknowledged_at: None,
                first_response_at: None,
                responses: 0,
                consultations_proposed: 0,
            })
            .collect(),
        distribution: c.distribution.clone().unwrap_or(Distribution::Public),
    }
}

#[cfg(test)]
mod tests;
