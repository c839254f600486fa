//! Who is acting: a user of one party with one or more roles.

use crate::refusals;
use serde::{Deserialize, Serialize};

use crate::{DomainError, PartyId};

/// A user's role within its own party.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Represents the party in dialogue; may author its records.
    Delegate,
    /// The party's designated contact for a field; may author its records.
    FocalPoint,
    /// Staff of a mechanism's secretariat; may author the mechanism's records only.
    Secretariat,
    /// May read what the party may read; authors nothing.
    Reader,
}

impl Role {
    pub const ALL: [Role; 4] = [
        Role::Delegate,
        Role::FocalPoint,
        Role::Secretariat,
        Role::Reader,
    ];

    pub fn parse(s: &str) -> Result<Self, DomainError> {
        match s.trim().replace('-', "_").as_str() {
            "delegate" => Ok(Self::Delegate),
            "focal_point" => Ok(Self::FocalPoint),
            "secretariat" => Ok(Self::Secretariat),
            "reader" => Ok(Self::Reader),
            _ => Err(refusals::not_a_role(s)),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Delegate => "delegate",
            Self::FocalPoint => "focal_point",
            Self::Secretariat => "secretariat",
            Self::Reader => "reader",
        }
    }

    fn may_author(self) -> bool {
        !matches!(self, Self::Reader)
    }
}

/// An authenticated user, as the edge hands it to the core.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub user: String,
    pub party: PartyId,
    pub roles: Vec<Role>,
}

impl Actor {
    /// The one authorship rule: a user may author records only for its own party, and only with a
    /// role that authors. Every command passes through here, so no role can act for another party.
    pub fn require_author(&self, author: &PartyId) -> Result<(), DomainError> {
        if &self.party != author {
            return Err(refusals::acts_for_another_party(
                &self.user,
                &self.party,
                author,
            ));
        }
        if !self.roles.iter().any(|r| r.may_author()) {
            return Err(refusals::role_may_not_author(&self.user, author));
        }
        Ok(())
    }
}
