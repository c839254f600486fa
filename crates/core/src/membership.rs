//! Memberships of organisations, organs, mechanisms, forums, funds and treaty regimes, over time.
//!
//! A membership record states that a party holds a role in a mechanism from one date to another,
//! according to a public source as of a date. It is authored by the mechanism itself (its
//! secretariat), so only the mechanism's own users can change its membership list. Joining is a
//! record with `from`; leaving is the same membership recorded again with `to` set. "Members as of
//! a date" is answered by [`Membership::is_active_on`].

use crate::refusals;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::keys::EntityKey;
use crate::registry::RegistryEvent;
use crate::text::clean_text;
use crate::{Actor, DomainError, Party, PartyId, PartyKind};

/// The role a member holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum MembershipRole {
    Member,
    PermanentMember,
    ElectedMember,
    Observer,
    DialoguePartner,
    Partner,
    Participant,
    Organiser,
    Administrator,
    Contributor,
    StateParty,
    SuspendedMember,
}

impl MembershipRole {
    pub fn parse(s: &str) -> Result<Self, DomainError> {
        serde_json::from_value(serde_json::Value::String(s.trim().to_owned()))
            .map_err(|_| refusals::not_a_membership_role(s))
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Member => "member",
            Self::PermanentMember => "permanent_member",
            Self::ElectedMember => "elected_member",
            Self::Observer => "observer",
            Self::DialoguePartner => "dialogue_partner",
            Self::Partner => "partner",
            Self::Participant => "participant",
            Self::Organiser => "organiser",
            Self::Administrator => "administrator",
            Self::Contributor => "contributor",
            Self::StateParty => "state_party",
            Self::SuspendedMember => "suspended_member",
        }
    }
}

/// One membership: the body of a `membership.recorded` record and its projection.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Membership {
    pub mechanism: PartyId,
    pub member: PartyId,
    pub role: MembershipRole,
    /// First day of the membership, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<NaiveDate>,
    /// Last day, for a membership that ended or a term with a fixed end.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<NaiveDate>,
    /// The public source the fact comes from.
    pub source: String,
    /// The date the source reflects.
    pub as_of: NaiveDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Membership {
    /// The entity key: one membership per mechanism, member, role and start date.
    pub fn entity(&self) -> EntityKey {
        EntityKey::Membership {
            mechanism: self.mechanism.clone(),
            member: self.member.clone(),
            role: self.role,
            from: self.from,
        }
    }

    /// Whether the membership covers `date`. A row without a start date counts from the beginning.
    pub fn is_active_on(&self, date: NaiveDate) -> bool {
        self.from.is_none_or(|f| f <= date) && self.to.is_none_or(|t| date <= t)
    }
}

/// Decides a membership record. `mechanism` and `member` are the registered parties (if any);
/// `existing` is the membership already stored under the same key.
pub fn decide_record(
    actor: &Actor,
    membership: Membership,
    mechanism: Option<&Party>,
    member: Option<&Party>,
) -> Result<RegistryEvent, DomainError> {
    actor.require_author(&membership.mechanism)?;
    let mechanism =
        mechanism.ok_or_else(|| refusals::party_not_registered(&membership.mechanism))?;
    if !mechanism.kind.has_members() {
        return Err(refusals::keeps_no_membership_list(
            &mechanism.id,
            mechanism.kind.as_str(),
        ));
    }
    if member.is_none() {
        return Err(refusals::party_not_registered(&membership.member));
    }
    if membership.member == membership.mechanism {
        return Err(refusals::own_member());
    }
    if let (Some(from), Some(to)) = (membership.from, membership.to)
        && to < from
    {
        return Err(refusals::membership_ends_before_it_starts(to, from));
    }
    let source = clean_text("membership's public source", &membership.source, 1000)?;
    let note = match membership.note.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(note) => Some(clean_text("membership's note", note, 1000)?),
    };
    Ok(RegistryEvent::MembershipRecorded(Membership {
        source,
        note,
        ..membership
    }))
}

/// Decides whether a forum's (or mechanism's) secretariat may register a non-state participant.
pub fn decide_register_participant(
    actor: &Actor,
    forum: &Party,
    participant: &Party,
) -> Result<(), DomainError> {
    actor.require_author(&forum.id)?;
    if !matches!(
        forum.kind,
        PartyKind::Forum | PartyKind::Mechanism | PartyKind::Organisation
    ) {
        return Err(refusals::registers_no_participants(
            &forum.id,
            forum.kind.as_str(),
        ));
    }
    if !participant.kind.is_non_state_participant() {
        return Err(refusals::not_a_registrable_participant(
            participant.kind.as_str(),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Role;

    fn party(id: &str, kind: PartyKind) -> Party {
        Party::new(PartyId::parse(id).unwrap(), kind, id).unwrap()
    }

    fn actor(p: &str, role: Role) -> Actor {
        Actor {
            user: "u".into(),
            party: PartyId::parse(p).unwrap(),
            roles: vec![role],
        }
    }

    fn membership(from: Option<&str>, to: Option<&str>) -> Membership {
        Membership {
            mechanism: PartyId::parse("sco").unwrap(),
            member: PartyId::parse("BLR").unwrap(),
            role: MembershipRole::Member,
            from: from.map(|d| d.parse().unwrap()),
            to: to.map(|d| d.parse().unwrap()),
            source: "SCO Secretariat".into(),
            as_of: "2025-01-01".parse().unwrap(),
            note: None,
        }
    }

    #[test]
    fn only_the_mechanisms_own_users_record_its_memberships() {
        let (sco, blr) = (
            party("sco", PartyKind::Mechanism),
            party("BLR", PartyKind::State),
        );
        let m = membership(Some("2024-07-04"), None);
        assert!(
            decide_record(
                &actor("sco", Role::Secretariat),
                m.clone(),
                Some(&sco),
                Some(&blr)
            )
            .is_ok()
        );
        for outsider in ["CHN", "BLR", "brics"] {
            let err = decide_record(
                &actor(outsider, Role::Secretariat),
                m.clone(),
                Some(&sco),
                Some(&blr),
            );
            assert!(matches!(err, Err(DomainError::Forbidden(_))), "{outsider}");
        }
        let reader = decide_record(&actor("sco", Role::Reader), m, Some(&sco), Some(&blr));
        assert!(matches!(reader, Err(DomainError::Forbidden(_))));
    }

    #[test]
    fn memberships_need_a_source_known_parties_and_ordered_dates() {
        let (sco, blr) = (
            party("sco", PartyKind::Mechanism),
            party("BLR", PartyKind::State),
        );
        let a = actor("sco", Role::Secretariat);
        let mut no_source = membership(None, None);
        no_source.source = " ".into();
        assert!(decide_record(&a, no_source, Some(&sco), Some(&blr)).is_err());
        assert!(
            decide_record(
                &a,
                membership(Some("2024-07-04"), Some("2024-01-01")),
                Some(&sco),
                Some(&blr)
            )
            .is_err()
        );
        assert!(matches!(
            decide_record(&a, membership(None, None), Some(&sco), None),
            Err(DomainError::NotFound(_))
        ));
        let state = party("CHN", PartyKind::State);
        let mut by_state = membership(None, None);
        by_state.mechanism = state.id.clone();
        assert!(
            decide_record(
                &actor("CHN", Role::Delegate),
                by_state,
                Some(&state),
                Some(&blr)
            )
            .is_err()
        );
    }

    #[test]
    fn members_as_of_a_date_follow_from_and_to() {
        let m = membership(Some("2024-07-04"), Some("2026-12-31"));
        assert!(!m.is_active_on("2024-07-03".parse().unwrap()));
        assert!(m.is_active_on("2024-07-04".parse().unwrap()));
        assert!(m.is_active_on("2026-12-31".parse().unwrap()));
        assert!(!m.is_active_on("2027-01-01".parse().unwrap()));
        assert!(membership(None, None).is_active_on("1900-01-01".parse().unwrap()));
    }

    #[test]
    fn recording_again_with_an_end_date_replaces_the_membership() {
        let meta = crate::event::RecordMeta {
            author: PartyId::parse("sco").unwrap(),
            key_id: "k".into(),
            time: crate::Timestamp::from_millis(0),
        };
        let mut state = crate::State::default();
        let joined = membership(Some("2024-07-04"), None);
        let entities = state
            .apply(
                &meta,
                &RegistryEvent::MembershipRecorded(joined.clone()).into(),
            )
            .unwrap();
        assert_eq!(entities, [joined.entity()]);
        let left = membership(Some("2024-07-04"), Some("2030-01-01"));
        state
            .apply(
                &meta,
                &RegistryEvent::MembershipRecorded(left.clone()).into(),
            )
            .unwrap();
        assert_eq!(state.memberships.len(), 1);
        assert_eq!(state.memberships[&joined.entity()], left);
    }

    #[test]
    fn only_non_state_participants_are_registered_by_a_forum() {
        let forum = party("xiangshan-forum", PartyKind::Forum);
        let a = actor("xiangshan-forum", Role::Secretariat);
        assert!(
            decide_register_participant(&a, &forum, &party("ciiss", PartyKind::ThinkTank)).is_ok()
        );
        assert!(decide_register_participant(&a, &forum, &party("FRA", PartyKind::State)).is_err());
        let other = actor("capsf", Role::Secretariat);
        assert!(
            decide_register_participant(&other, &forum, &party("ciiss", PartyKind::ThinkTank))
                .is_err()
        );
    }
}
