//! The registry on the platform: loading the embedded public registry (`gsi-registry`) into the
//! journal, importing membership updates, and answering queries that join the journal's
//! projections (parties, memberships over time) with the registry's reference data (codes,
//! regions, groups, names in the six UN languages).
//!
//! Loading is idempotent: parties already registered and memberships already recorded with the
//! same content are skipped, so `gsi init` can run on every start.

use crate::refusals;
use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use gsi_core::membership::decide_record;
use gsi_core::membership::{Membership, MembershipRole};
use gsi_core::{Actor, DomainError, EntityKey, Party, PartyId, PartyKind, Timestamp};
use gsi_ledger::SigningKey;
use gsi_registry::{MechanismKind, OtherPartyKind, Registry as SourcedRegistry};
use gsi_store::Receipt;
use gsi_store::{Expectation, MembershipFilter};
use serde::Serialize;

use crate::platform::prepare_record;
use crate::{AppError, Platform};
use gsi_core::registry::RegistryEvent;
use gsi_core::state::Nothing;

/// Parties and memberships a load or import added.
#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize)]
pub struct LoadSummary {
    pub parties_registered: usize,
    pub memberships_recorded: usize,
    pub memberships_unchanged: usize,
}

fn mechanism_kind(kind: MechanismKind) -> PartyKind {
    match kind {
        MechanismKind::Organisation => PartyKind::Organisation,
        MechanismKind::Organ => PartyKind::Organ,
        MechanismKind::Mechanism => PartyKind::Mechanism,
        MechanismKind::Forum => PartyKind::Forum,
        MechanismKind::Fund => PartyKind::Fund,
        MechanismKind::Treaty => PartyKind::Treaty,
    }
}

fn other_kind(kind: OtherPartyKind) -> PartyKind {
    match kind {
        OtherPartyKind::SelfGoverningState | OtherPartyKind::StateNotUnMember => PartyKind::State,
        OtherPartyKind::Territory => PartyKind::Territory,
        OtherPartyKind::GovernmentBody => PartyKind::GovernmentBody,
        OtherPartyKind::ResearchInstitute => PartyKind::ThinkTank,
        OtherPartyKind::Association => PartyKind::SocialOrganisation,
        OtherPartyKind::UnSecretariatOffice => PartyKind::Organ,
    }
}

/// Every party the registry knows, as the platform registers it.
pub fn registry_parties(registry: &SourcedRegistry) -> Result<Vec<Party>, DomainError> {
    let states = registry
        .states()
        .iter()
        .map(|s| Party::new(PartyId::parse(&s.alpha3)?, PartyKind::State, &s.names.en));
    let mechanisms = registry
        .mechanisms()
        .iter()
        .map(|m| Party::new(PartyId::parse(&m.slug)?, mechanism_kind(m.kind), &m.name_en));
    let others = registry
        .other_parties()
        .iter()
        .map(|o| Party::new(PartyId::parse(&o.id)?, other_kind(o.kind), &o.name_en));
    states.chain(mechanisms).chain(others).collect()
}

/// Converts a registry membership row to the core's membership.
pub fn membership_of(row: &gsi_registry::Membership) -> Result<Membership, DomainError> {
    Ok(Membership {
        mechanism: PartyId::parse(&row.mechanism)?,
        member: PartyId::parse(&row.member)?,
        role: MembershipRole::parse(row.role.as_str())?,
        from: row.from,
        to: row.to,
        source: row.source.clone(),
        as_of: row.as_of,
        note: row.note.clone(),
    })
}

/// The registry module's commands and lists: loading and importing the sourced registry,
/// memberships over time, finding parties, registering participants.
pub struct Registry<'a> {
    platform: &'a Platform,
}

impl Platform {
    pub fn registry(&self) -> Registry<'_> {
        Registry { platform: self }
    }
}

impl Registry<'_> {
    /// Registers every registry party not yet registered and records every membership not yet
    /// recorded (or recorded differently). Parties first, then memberships in one transaction.
    pub fn load(&self, now: Timestamp) -> Result<LoadSummary, AppError> {
        let registry = gsi_registry::registry();
        let parties = registry_parties(registry)?;
        let mut summary = LoadSummary::default();
        let missing: Vec<Party> = parties
            .into_iter()
            .filter(|p| matches!(self.platform.store().party(&p.id), Ok(None)))
            .collect();
        summary.parties_registered = missing.len();
        self.platform.register_parties(missing, now)?;
        let rows = registry
            .memberships()
            .iter()
            .map(membership_of)
            .collect::<Result<Vec<_>, _>>()?;
        let recorded = self.record_memberships_as_mechanisms(rows, now)?;
        summary.memberships_recorded = recorded.0;
        summary.memberships_unchanged = recorded.1;
        Ok(summary)
    }

    /// Imports a membership file (the registry row format, see docs/registry-format.md): every
    /// row is checked first; if any is bad, nothing is recorded and every bad row is reported with
    /// its line and reason.
    pub fn import(&self, text: &str, now: Timestamp) -> Result<LoadSummary, AppError> {
        let rows = gsi_registry::parse_membership_rows(text).map_err(|errors| {
            let lines: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
            refusals::bad_rows(errors.len(), lines.join("\n"))
        })?;
        let memberships = rows
            .iter()
            .map(membership_of)
            .collect::<Result<Vec<_>, _>>()?;
        for m in &memberships {
            for id in [&m.mechanism, &m.member] {
                if self.platform.store().party(id)?.is_none() {
                    return Err(refusals::import_party_missing(id).into());
                }
            }
        }
        let (recorded, unchanged) = self.record_memberships_as_mechanisms(memberships, now)?;
        Ok(LoadSummary {
            parties_registered: 0,
            memberships_recorded: recorded,
            memberships_unchanged: unchanged,
        })
    }

    /// Records memberships signed by each mechanism's own key, skipping unchanged ones, all in one
    /// transaction. Operator path for loading public-source data; users go through
    /// [`Platform::record_membership`].
    fn record_memberships_as_mechanisms(
        &self,
        memberships: Vec<Membership>,
        now: Timestamp,
    ) -> Result<(usize, usize), AppError> {
        let existing: BTreeMap<EntityKey, (Membership, u64)> = self
            .platform
            .store()
            .memberships(&MembershipFilter::default())?
            .into_iter()
            .map(|v| (v.value.entity(), (v.value, v.version)))
            .collect();
        let mut keys: BTreeMap<PartyId, SigningKey> = BTreeMap::new();
        let mut batch = Vec::new();
        let mut seen = BTreeSet::new();
        let mut unchanged = 0;
        for m in memberships {
            let entity = m.entity();
            if !seen.insert(entity.clone()) {
                return Err(refusals::membership_twice(&entity).into());
            }
            let version = match existing.get(&entity) {
                Some((stored, _)) if *stored == m => {
                    unchanged += 1;
                    continue;
                }
                Some((_, version)) => Some(*version),
                None => None,
            };
            let key = match keys.get(&m.mechanism) {
                Some(k) => k.clone(),
                None => {
                    let k = self.platform.party_key(&m.mechanism)?;
                    keys.insert(m.mechanism.clone(), k.clone());
                    k
                }
            };
            let author = m.mechanism.clone();
            let expect = vec![Expectation::new(&entity, version)];
            batch.push(prepare_record(
                &author,
                &key,
                &RegistryEvent::MembershipRecorded(m).into(),
                &Nothing,
                expect,
                now,
            )?);
        }
        let recorded = batch.len();
        if !batch.is_empty() {
            self.platform.store().append_batch(batch)?;
        }
        Ok((recorded, unchanged))
    }

    /// Memberships as of `date` (all when `None`), filtered by mechanism and/or member.
    pub fn memberships(
        &self,
        mechanism: Option<&PartyId>,
        member: Option<&PartyId>,
        date: Option<NaiveDate>,
    ) -> Result<Vec<Membership>, AppError> {
        let filter = MembershipFilter {
            mechanism: mechanism.cloned(),
            member: member.cloned(),
        };
        Ok(self
            .platform
            .store()
            .memberships(&filter)?
            .into_iter()
            .map(|v| v.value)
            .filter(|m| date.is_none_or(|d| m.is_active_on(d)))
            .collect())
    }
}

/// A party as the API and CLI show it: the registered party joined with the registry's
/// reference entry (codes, M49 areas, UN group, names in the UN languages), when there is one.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PartyView {
    pub id: PartyId,
    pub kind: PartyKind,
    pub name: String,
    /// The registry entry: `{kind: state|mechanism|other, entry: {…codes, M49 areas, UN group, names…}}`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<Object>))]
    pub reference: Option<gsi_registry::Party<'static>>,
}

impl PartyView {
    fn new(party: Party) -> Self {
        let reference = gsi_registry::registry().party(party.id.as_str());
        Self {
            id: party.id,
            kind: party.kind,
            name: party.name,
            reference,
        }
    }

    fn state(&self) -> Option<&'static gsi_registry::StateEntry> {
        match self.reference {
            Some(gsi_registry::Party::State(s)) => Some(s),
            _ => None,
        }
    }

    /// Every name and code the party is known by, lowercased, for search.
    fn matches_text(&self, needle: &str) -> bool {
        let needle = needle.to_lowercase();
        let mut haystack = vec![self.id.as_str().to_lowercase(), self.name.to_lowercase()];
        match self.reference {
            Some(gsi_registry::Party::State(s)) => {
                haystack.extend(s.names.iter().map(|(_, n)| n.to_lowercase()));
                haystack.extend(s.aliases.iter().map(|a| a.to_lowercase()));
                haystack.push(s.alpha2.to_lowercase());
                haystack.push(s.iso_short_name.to_lowercase());
            }
            Some(gsi_registry::Party::Mechanism(m)) => {
                haystack.extend(m.name_zh.iter().cloned());
                haystack.extend(m.short_name.iter().map(|n| n.to_lowercase()));
            }
            Some(gsi_registry::Party::Other(o)) => haystack.extend(o.name_zh.iter().cloned()),
            None => {}
        }
        haystack.iter().any(|h| h.contains(&needle))
    }
}

/// Filters for listing parties; every field narrows the list.
#[derive(Debug, Clone, Default)]
pub struct PartyQuery {
    pub kind: Option<PartyKind>,
    /// An M49 code or name (region, sub-region or intermediate region).
    pub region: Option<String>,
    /// A UN regional group token (`african`, `asia_pacific`, `eastern_european`,
    /// `latin_american_caribbean`, `weog`).
    pub group: Option<String>,
    /// `ldc`, `lldc` or `sids`.
    pub category: Option<String>,
    /// Members (any role) of this mechanism on `as_of`.
    pub mechanism: Option<PartyId>,
    pub as_of: Option<NaiveDate>,
    /// Text in any name (any language present), alias or code.
    pub text: Option<String>,
}

/// A party with its memberships over time and, for a mechanism, its members.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PartyDetail {
    #[serde(flatten)]
    pub party: PartyView,
    /// Every membership the party holds or held, in any mechanism.
    pub memberships: Vec<Membership>,
    /// For a mechanism: its members on `as_of` (or every period ever recorded without a date).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<Membership>,
}

fn area_matches(state: &gsi_registry::StateEntry, wanted: &str) -> bool {
    let wanted = wanted.trim().to_lowercase();
    [
        Some(&state.region),
        Some(&state.sub_region),
        state.intermediate_region.as_ref(),
    ]
    .into_iter()
    .flatten()
    .any(|a| a.code == wanted || a.name.to_lowercase() == wanted)
}

impl Registry<'_> {
    pub fn find_parties(&self, query: &PartyQuery) -> Result<Vec<PartyView>, AppError> {
        if let Some(group) = &query.group
            && gsi_registry::RegionalGroup::parse(group).is_none()
        {
            return Err(refusals::not_a_regional_group(
                group,
                gsi_registry::RegionalGroup::TOKENS.join(", "),
            )
            .into());
        }
        if let Some(c) = &query.category
            && !matches!(c.as_str(), "ldc" | "lldc" | "sids")
        {
            return Err(refusals::not_a_category(c).into());
        }
        let members: Option<BTreeSet<PartyId>> = match &query.mechanism {
            None => None,
            Some(m) => {
                if self.platform.store().party(m)?.is_none() {
                    return Err(refusals::no_such_mechanism(m).into());
                }
                let date = query.as_of.unwrap_or_else(today);
                Some(
                    self.memberships(Some(m), None, Some(date))?
                        .into_iter()
                        .map(|m| m.member)
                        .collect(),
                )
            }
        };
        let views = self
            .platform
            .store()
            .parties()?
            .into_iter()
            .map(PartyView::new)
            .filter(|v| {
                query.kind.is_none_or(|k| v.kind == k)
                    && members.as_ref().is_none_or(|m| m.contains(&v.id))
                    && query.text.as_deref().is_none_or(|t| v.matches_text(t))
                    && query
                        .region
                        .as_deref()
                        .is_none_or(|r| v.state().is_some_and(|s| area_matches(s, r)))
                    && query.group.as_deref().is_none_or(|g| {
                        v.state()
                            .and_then(|s| s.group)
                            .is_some_and(|p| p.group.as_str() == g)
                    })
                    && query.category.as_deref().is_none_or(|c| {
                        v.state().is_some_and(|s| match c {
                            "ldc" => s.ldc,
                            "lldc" => s.lldc,
                            _ => s.sids,
                        })
                    })
            });
        Ok(views.collect())
    }

    /// A party with its memberships; for a mechanism also its members as of `as_of`.
    pub fn party_detail(
        &self,
        id: &PartyId,
        as_of: Option<NaiveDate>,
    ) -> Result<PartyDetail, AppError> {
        let party = self
            .platform
            .store()
            .party(id)?
            .ok_or_else(|| gsi_core::refusals::party_not_registered(id))?
            .value;
        let members = if party.kind.has_members() {
            self.memberships(Some(id), None, as_of)?
        } else {
            Vec::new()
        };
        Ok(PartyDetail {
            memberships: self.memberships(None, Some(id), None)?,
            members,
            party: PartyView::new(party),
        })
    }

    /// A mechanism's secretariat records a membership (joining, a new role, or leaving by
    /// setting `to`), signed by the mechanism.
    pub fn record_membership(
        &self,
        actor: &Actor,
        membership: Membership,
        now: Timestamp,
    ) -> Result<Receipt, AppError> {
        let mechanism = self
            .platform
            .store()
            .party(&membership.mechanism)?
            .map(|v| v.value);
        let member = self
            .platform
            .store()
            .party(&membership.member)?
            .map(|v| v.value);
        let entity = membership.entity();
        let version = self
            .platform
            .store()
            .memberships(&MembershipFilter {
                mechanism: Some(membership.mechanism.clone()),
                member: Some(membership.member.clone()),
            })?
            .into_iter()
            .find(|v| v.value.entity() == entity)
            .map(|v| v.version);
        let event = decide_record(actor, membership, mechanism.as_ref(), member.as_ref())?;
        let key = self.platform.party_key(&actor.party)?;
        let record = prepare_record(
            &actor.party,
            &key,
            &event.into(),
            &Nothing,
            vec![Expectation::new(&entity, version)],
            now,
        )?;
        self.platform.commit(actor, record)
    }

    /// A forum's secretariat registers a non-state participant (think tank, academy, social
    /// organisation) and records it as a participant of the forum.
    pub fn register_participant(
        &self,
        actor: &Actor,
        participant: Party,
        source: &str,
        now: Timestamp,
    ) -> Result<Receipt, AppError> {
        let forum = self
            .platform
            .store()
            .party(&actor.party)?
            .ok_or_else(|| gsi_core::refusals::party_not_registered(&actor.party))?
            .value;
        gsi_core::membership::decide_register_participant(actor, &forum, &participant)?;
        let id = participant.id.clone();
        self.platform.register_party(participant, now)?;
        let membership = Membership {
            mechanism: forum.id,
            member: id,
            role: MembershipRole::Participant,
            from: Some(today_of(now)),
            to: None,
            source: source.to_owned(),
            as_of: today_of(now),
            note: None,
        };
        self.record_membership(actor, membership, now)
    }
}

pub(crate) fn today_of(t: Timestamp) -> NaiveDate {
    chrono::DateTime::from_timestamp_millis(t.millis())
        .unwrap_or_default()
        .date_naive()
}

/// Today's date (UTC), the default for "as of" queries.
pub fn today() -> NaiveDate {
    today_of(crate::now())
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    /// The catalogue (core) and the registry (data) each list the paper's mechanisms: the core
    /// cannot depend on the registry, and the registry embeds one file per slug by literal name.
    /// This keeps the two lists the same.
    #[test]
    fn catalogue_and_registry_name_the_same_mechanisms() {
        let catalogue: BTreeSet<&str> = gsi_core::catalogue::MECHANISM_SLUGS.into_iter().collect();
        let registry: BTreeSet<&str> = gsi_registry::registry()
            .mechanisms()
            .iter()
            .map(|m| m.slug.as_str())
            .collect();
        assert_eq!(catalogue, registry);
    }
}
