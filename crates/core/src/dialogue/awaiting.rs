//! What waits for one party in dialogue: the steps only that party can take, gathered so that its
//! delegates and its secretariat see them in one place.
//!
//! Each list follows a rule of the modules it reads: only the invited party answers its invitation
//! (consent), only the convener approves registrations, chairs amendments and closes decisions,
//! only a member records its own position, and only a committed party reports on its commitment.

use chrono::NaiveDate;
use serde::Serialize;

use super::documents::{
    AmendmentStatus, Implementation, OutcomeDocument, may_close_decision, may_decide_amendments,
    may_report, may_take_position,
};
use super::meetings::{Meeting, Registration, may_decide_registrations};
use crate::decisions::Rule;
use crate::{DocumentId, MeetingId, PartyId, Timestamp};

/// A meeting that invited the party, which has not answered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Invitation {
    pub meeting: MeetingId,
    pub title: String,
    pub opens: NaiveDate,
}

/// A party asking to take part in a meeting the party convenes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RegistrationToDecide {
    pub meeting: MeetingId,
    pub title: String,
    pub party: PartyId,
}

/// An amendment proposed to a document the party chairs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AmendmentToDecide {
    pub document: DocumentId,
    pub title: String,
    pub number: u32,
    pub by: PartyId,
}

/// An open decision on which the party, a member of the deciding body, has taken no position.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PositionDue {
    pub document: DocumentId,
    pub title: String,
    pub decision: u32,
    /// A silence procedure's deadline: keeping silent is consent; objecting before it breaks
    /// silence.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub silence_until: Option<Timestamp>,
}

/// A silence procedure past its deadline, in a document the party chairs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DecisionToClose {
    pub document: DocumentId,
    pub title: String,
    pub decision: u32,
}

/// A commitment of the party that it has not reported completed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CommitmentToReport {
    pub document: DocumentId,
    pub symbol: String,
    pub number: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due: Option<NaiveDate>,
    /// The due date has passed.
    pub overdue: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Awaiting {
    /// Meetings not yet over that the party is invited to and has not answered.
    pub invitations: Vec<Invitation>,
    /// As convener: parties asking to take part.
    pub registrations: Vec<RegistrationToDecide>,
    /// As convener (chair): amendments proposed and not yet decided.
    pub amendments: Vec<AmendmentToDecide>,
    /// As a member of a deciding body: open decisions without its position.
    pub positions: Vec<PositionDue>,
    /// As convener: silence procedures past their deadline, to be closed.
    pub to_close: Vec<DecisionToClose>,
    /// Its commitments not reported completed.
    pub commitments: Vec<CommitmentToReport>,
}

impl Awaiting {
    pub fn is_empty(&self) -> bool {
        self.invitations.is_empty()
            && self.registrations.is_empty()
            && self.amendments.is_empty()
            && self.positions.is_empty()
            && self.to_close.is_empty()
            && self.commitments.is_empty()
    }
}

/// What waits for `party` in these meetings and documents, on `today` at `now`.
pub fn awaiting(
    party: &PartyId,
    meetings: &[Meeting],
    documents: &[OutcomeDocument],
    today: NaiveDate,
    now: Timestamp,
) -> Awaiting {
    let mut out = Awaiting::default();
    for m in meetings.iter().filter(|m| m.cancelled.is_none()) {
        if m.closes >= today
            && m.participant(party)
                .is_some_and(|p| p.status == Registration::Invited)
        {
            out.invitations.push(Invitation {
                meeting: m.id.clone(),
                title: m.title.clone(),
                opens: m.opens,
            });
        }
        if may_decide_registrations(party, m).is_ok() {
            for p in m
                .participants
                .iter()
                .filter(|p| p.status == Registration::Requested)
            {
                out.registrations.push(RegistrationToDecide {
                    meeting: m.id.clone(),
                    title: m.title.clone(),
                    party: p.party.clone(),
                });
            }
        }
    }
    for d in documents {
        if may_decide_amendments(party, d).is_ok() {
            for a in d
                .amendments
                .iter()
                .filter(|a| a.status == AmendmentStatus::Proposed)
            {
                out.amendments.push(AmendmentToDecide {
                    document: d.id.clone(),
                    title: d.title.clone(),
                    number: a.number,
                    by: a.by.clone(),
                });
            }
        }
        if let Some(x) = d.open_decision() {
            let deadline = match x.rule {
                Rule::Silence { deadline } => Some(deadline),
                _ => None,
            };
            if may_take_position(party, d, now).is_ok() && !x.positions.contains_key(party) {
                out.positions.push(PositionDue {
                    document: d.id.clone(),
                    title: d.title.clone(),
                    decision: x.number,
                    silence_until: deadline,
                });
            }
            // A convener closes other decisions when it judges the time right; a silence
            // procedure waits for it once the deadline has passed.
            let deadline_passed = deadline.is_some_and(|t| now >= t);
            if deadline_passed && may_close_decision(party, d, now).is_ok() {
                out.to_close.push(DecisionToClose {
                    document: d.id.clone(),
                    title: d.title.clone(),
                    decision: x.number,
                });
            }
        }
        if let Some(adoption) = &d.adoption {
            for c in d
                .commitments
                .iter()
                .filter(|c| may_report(party, d, c.number).is_ok())
            {
                let completed = c
                    .latest(party)
                    .is_some_and(|r| r.status == Implementation::Completed);
                if !completed {
                    out.commitments.push(CommitmentToReport {
                        document: d.id.clone(),
                        symbol: adoption.symbol.clone(),
                        number: c.number,
                        due: c.due,
                        overdue: c.due.is_some_and(|due| due < today),
                    });
                }
            }
        }
    }
    out
}
