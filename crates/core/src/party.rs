//! Parties: the sovereign and collective actors that author records.

use serde::{Deserialize, Serialize};

use crate::{DomainError, PartyId};

/// What kind of actor a party is. Only states carry ISO 3166-1 ids.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PartyKind {
    State,
    Organisation,
    Mechanism,
    Forum,
    Fund,
    ThinkTank,
    SocialOrganisation,
}

impl PartyKind {
    pub fn parse(s: &str) -> Result<Self, DomainError> {
        serde_json::from_value(serde_json::Value::String(s.trim().replace('-', "_"))).map_err(
            |_| {
                DomainError::invalid(format!(
                    "\"{s}\" is not a party kind: use state, organisation, mechanism, forum, fund, think_tank or social_organisation"
                ))
            },
        )
    }
}

/// A party as the registry knows it. Its signing keys are separate (see [`crate::state::PartyKey`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Party {
    pub id: PartyId,
    pub kind: PartyKind,
    pub name: String,
}

impl Party {
    /// Checks the shape rules that tie kind and id together.
    pub fn new(id: PartyId, kind: PartyKind, name: &str) -> Result<Self, DomainError> {
        let name = name.trim();
        if name.is_empty() || name.chars().count() > 200 {
            return Err(DomainError::invalid(
                "a party name needs 1 to 200 characters",
            ));
        }
        if (kind == PartyKind::State) != id.is_iso3() {
            return Err(DomainError::invalid(format!(
                "party {id}: states and only states use ISO 3166-1 alpha-3 ids"
            )));
        }
        Ok(Self {
            id,
            kind,
            name: name.to_owned(),
        })
    }
}
