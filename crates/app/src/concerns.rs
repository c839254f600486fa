//! Concern commands (III, IV.1): a party lodges a security concern with named addressees, who
//! acknowledge it and respond; either side proposes consultations; the lodger closes it.
//! Reached as `platform.concerns()`.

use gsi_core::concerns::{self, ClosingOutcome, Concern, ConcernEvent, LodgeConcern};
use gsi_core::error::Refused;
use gsi_core::{
    Actor, ConcernId, Distribution, DomainError, EntityKey, PartyId, Reader, Timestamp,
};
use gsi_store::{ConcernFilter, Receipt};

use crate::{AppError, Platform};

/// The concerns module's commands and lists.
pub struct Concerns<'a> {
    platform: &'a Platform,
}

impl Platform {
    pub fn concerns(&self) -> Concerns<'_> {
        Concerns { platform: self }
    }
}

impl Concerns<'_> {
    /// The concerns the filter selects that `reader` may read, newest first, by an indexed
    /// query.
    pub fn list(&self, reader: &Reader, filter: &ConcernFilter) -> Result<Vec<Concern>, AppError> {
        let filter = ConcernFilter {
            reader: reader.clone(),
            ..filter.clone()
        };
        Ok(self.platform.store().concerns(&filter)?)
    }

    pub fn lodge(
        &self,
        actor: &Actor,
        command: LodgeConcern,
        now: Timestamp,
    ) -> Result<(Concern, Receipt), AppError> {
        let acted = self.platform.act(actor, now, |view| {
            let existing: Option<Concern> = view.get(EntityKey::Concern(command.id.clone()))?;
            let party_exists = |p: &PartyId| view.party_exists(p);
            Ok(concerns::decide_lodge(
                actor,
                command.clone(),
                existing.as_ref(),
                &party_exists,
                now,
            )?)
        })?;
        concern_of(acted)
    }

    /// Every refusal the lodging's fields would meet, in the order [`Concerns::lodge`] gives
    /// the first; empty when they would all pass. A form shows each beside its field.
    pub fn lodging_refusals(
        &self,
        actor: &Actor,
        command: &LodgeConcern,
        now: Timestamp,
    ) -> Result<Vec<DomainError>, AppError> {
        self.platform.dry_run(|view| {
            let party_exists = |p: &PartyId| view.party_exists(p);
            Ok(
                concerns::checked_lodging(actor, command.clone(), &party_exists, now)
                    .err()
                    .map(Refused::all)
                    .unwrap_or_default(),
            )
        })
    }

    pub fn acknowledge(
        &self,
        actor: &Actor,
        id: &ConcernId,
        now: Timestamp,
    ) -> Result<(Concern, Receipt), AppError> {
        self.act_on_concern(actor, id, now, |_, c| {
            concerns::decide_acknowledge(actor, c)
        })
    }

    pub fn respond(
        &self,
        actor: &Actor,
        id: &ConcernId,
        text: &str,
        now: Timestamp,
    ) -> Result<(Concern, Receipt), AppError> {
        self.act_on_concern(actor, id, now, |_, c| {
            concerns::decide_respond(actor, c, text)
        })
    }

    pub fn propose_consultations(
        &self,
        actor: &Actor,
        id: &ConcernId,
        text: &str,
        now: Timestamp,
    ) -> Result<(Concern, Receipt), AppError> {
        self.act_on_concern(actor, id, now, |_, c| {
            concerns::decide_propose_consultations(actor, c, text)
        })
    }

    pub fn close(
        &self,
        actor: &Actor,
        id: &ConcernId,
        outcome: ClosingOutcome,
        note: Option<&str>,
        now: Timestamp,
    ) -> Result<(Concern, Receipt), AppError> {
        self.act_on_concern(actor, id, now, |_, c| {
            concerns::decide_close(actor, c, outcome, note)
        })
    }

    /// The concern, if `reader` may read it: one it may not is no concern, as an unknown id.
    pub fn get(&self, reader: &Reader, id: &ConcernId) -> Result<Concern, AppError> {
        self.platform
            .store()
            .concern(id)?
            .map(|c| c.value)
            .filter(|c| c.may_be_read_by(reader))
            .ok_or_else(|| gsi_core::concerns::refusals::no_such_concern(id).into())
    }

    /// Lets more parties read the concern and every record about it (the lodger's record).
    pub fn widen(
        &self,
        actor: &Actor,
        id: &ConcernId,
        to: Distribution,
        now: Timestamp,
    ) -> Result<(Concern, Receipt), AppError> {
        self.act_on_concern(actor, id, now, |view, c| {
            concerns::decide_widen(actor, c, to.clone(), &|p: &PartyId| view.party_exists(p))
        })
    }

    /// Decides on the concern as it stands, through the one write loop.
    fn act_on_concern(
        &self,
        actor: &Actor,
        id: &ConcernId,
        now: Timestamp,
        decide: impl Fn(&crate::write::View<'_>, &Concern) -> Result<ConcernEvent, DomainError>,
    ) -> Result<(Concern, Receipt), AppError> {
        let acted = self.platform.act(actor, now, |view| {
            // A concern the actor's party may not read does not exist for it.
            let concern: Concern = view
                .get(EntityKey::Concern(id.clone()))?
                .filter(|c: &Concern| c.may_be_read_by(&Reader::Party(actor.party.clone())))
                .ok_or_else(|| gsi_core::concerns::refusals::no_such_concern(id))?;
            Ok(decide(view, &concern)?)
        })?;
        concern_of(acted)
    }
}

fn concern_of(acted: crate::write::Acted) -> Result<(Concern, Receipt), AppError> {
    let concern = acted
        .entity::<Concern>()
        .ok_or_else(|| AppError::Config("a concern command wrote no concern".into()))?;
    Ok((concern, acted.receipt))
}
