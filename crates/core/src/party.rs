//! Parties: the sovereign and collective actors that author records.

use crate::refusals;
use serde::{Deserialize, Serialize};

use crate::{DomainError, PartyId};

/// What kind of actor a party is. Only states and territories carry ISO 3166-1 ids.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum PartyKind {
    State,
    /// A territory that is itself a member of a mechanism (e.g. of the Pacific Islands Forum).
    Territory,
    Organisation,
    /// An organ or subsidiary body of an organisation (General Assembly, Security Council).
    Organ,
    Mechanism,
    Forum,
    Fund,
    /// A treaty regime, acting through its depositary or secretariat.
    Treaty,
    GovernmentBody,
    ThinkTank,
    /// A university-level military or police academy (IV.5).
    Academy,
    SocialOrganisation,
}

impl PartyKind {
    pub const ALL: [PartyKind; 12] = [
        Self::State,
        Self::Territory,
        Self::Organisation,
        Self::Organ,
        Self::Mechanism,
        Self::Forum,
        Self::Fund,
        Self::Treaty,
        Self::GovernmentBody,
        Self::ThinkTank,
        Self::Academy,
        Self::SocialOrganisation,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::State => "state",
            Self::Territory => "territory",
            Self::Organisation => "organisation",
            Self::Organ => "organ",
            Self::Mechanism => "mechanism",
            Self::Forum => "forum",
            Self::Fund => "fund",
            Self::Treaty => "treaty",
            Self::GovernmentBody => "government_body",
            Self::ThinkTank => "think_tank",
            Self::Academy => "academy",
            Self::SocialOrganisation => "social_organisation",
        }
    }

    /// Kinds that have members and so keep membership records.
    pub fn has_members(self) -> bool {
        matches!(
            self,
            Self::Organisation
                | Self::Organ
                | Self::Mechanism
                | Self::Forum
                | Self::Fund
                | Self::Treaty
        )
    }

    /// Non-state participants that a forum's secretariat may register (IV.4, IV.5).
    pub fn is_non_state_participant(self) -> bool {
        matches!(
            self,
            Self::ThinkTank | Self::Academy | Self::SocialOrganisation
        )
    }

    pub fn parse(s: &str) -> Result<Self, DomainError> {
        let token = s.trim().replace('-', "_");
        Self::ALL
            .into_iter()
            .find(|k| k.as_str() == token)
            .ok_or_else(|| {
                refusals::not_a_party_kind(
                    s,
                    Self::ALL
                        .iter()
                        .map(|k| k.as_str())
                        .collect::<Vec<_>>()
                        .join(", "),
                )
            })
    }
}

/// A party as the registry knows it. Its signing keys are separate (see [`crate::state::PartyKey`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Party {
    pub id: PartyId,
    pub kind: PartyKind,
    pub name: String,
}

impl Party {
    /// Checks the shape rules that tie kind and id together.
    pub fn new(id: PartyId, kind: PartyKind, name: &str) -> Result<Self, DomainError> {
        let name = crate::text::clean_text("party name", name, 200)?;
        if id.is_iso3() && !matches!(kind, PartyKind::State | PartyKind::Territory) {
            return Err(refusals::alpha3_for_a_non_state(id, kind.as_str()));
        }
        Ok(Self { id, kind, name })
    }
}
