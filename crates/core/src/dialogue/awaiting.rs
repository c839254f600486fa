//! What waits for one party in dialogue: the steps only that party can take, gathered so that its
//! delegates and its secretariat see them in one place.
//!
//! Each list follows a rule of the modules it reads: only the invited party answers its invitation
//! (consent), only the convener approves registrations, chairs amendments and closes decisions,
//! only a member records its own position, and only a committed party reports on its commitment.

use chrono::NaiveDate;

use super::documents::{AmendmentStatus, Implementation, OutcomeDocument};
use super::meetings::{Meeting, Registration};
use crate::decisions::Rule;
use crate::{DocumentId, MeetingId, PartyId, Timestamp};

/// A meeting's id and title.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeetingRef {
    pub id: MeetingId,
    pub title: String,
}

/// A document's id and title.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentRef {
    pub id: DocumentId,
    pub title: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Awaiting {
    /// Meetings not yet over that the party is invited to and has not answered.
    pub invitations: Vec<(MeetingRef, NaiveDate)>,
    /// As convener: parties asking to take part, awaiting approval or refusal.
    pub registrations: Vec<(MeetingRef, PartyId)>,
    /// As convener (chair): amendments proposed and not yet decided, by number and author.
    pub amendments: Vec<(DocumentRef, u32, PartyId)>,
    /// Open decisions of bodies the party decides in, where it has taken no position: with the
    /// deadline when it is a silence procedure (keeping silent is consent; objecting before the
    /// deadline breaks it).
    pub positions: Vec<(DocumentRef, u32, Option<Timestamp>)>,
    /// As convener: silence procedures past their deadline, to be closed.
    pub to_close: Vec<(DocumentRef, u32)>,
    /// The party's commitments it has not reported completed: document, symbol, commitment
    /// number, due date, and whether that date has passed.
    pub commitments: Vec<(DocumentRef, String, u32, Option<NaiveDate>, bool)>,
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
        let meeting = || MeetingRef {
            id: m.id.clone(),
            title: m.title.clone(),
        };
        if m.closes >= today
            && m.participant(party)
                .is_some_and(|p| p.status == Registration::Invited)
        {
            out.invitations.push((meeting(), m.opens));
        }
        if &m.convener == party {
            for p in m
                .participants
                .iter()
                .filter(|p| p.status == Registration::Requested)
            {
                out.registrations.push((meeting(), p.party.clone()));
            }
        }
    }
    for d in documents {
        let document = || DocumentRef {
            id: d.id.clone(),
            title: d.title.clone(),
        };
        if &d.convener == party && d.adoption.is_none() {
            for a in d
                .amendments
                .iter()
                .filter(|a| a.status == AmendmentStatus::Proposed)
            {
                out.amendments.push((document(), a.number, a.by.clone()));
            }
        }
        if let Some(x) = d.open_decision() {
            let deadline = match x.rule {
                Rule::Silence { deadline } => Some(deadline),
                _ => None,
            };
            let running = deadline.is_none_or(|t| now < t);
            let member = x.members.iter().any(|m| &m.party == party);
            if member && running && !x.positions.contains_key(party) {
                out.positions.push((document(), x.number, deadline));
            }
            if &d.convener == party && !running {
                out.to_close.push((document(), x.number));
            }
        }
        if let Some(adoption) = &d.adoption {
            for c in d.commitments.iter().filter(|c| c.parties.contains(party)) {
                let completed = c
                    .latest(party)
                    .is_some_and(|r| r.status == Implementation::Completed);
                if !completed {
                    let overdue = c.due.is_some_and(|due| due < today);
                    out.commitments.push((
                        document(),
                        adoption.symbol.clone(),
                        c.number,
                        c.due,
                        overdue,
                    ));
                }
            }
        }
    }
    out
}
