//! Who may read a record: its **distribution**, chosen by the party that originates it (Concept
//! Paper II.2, sovereign equality and non-interference; III.13, data security).
//!
//! A distribution names its readers: anyone (`public`), the originator and named `parties`, or
//! the `originator` alone. Every record about an entity (a concern and what its addressees
//! answer) is read under the entity's distribution, which only its originator changes, and only
//! by widening it: what was disclosed cannot be taken back. Each distribution carries the
//! Traffic Light Protocol 2.0 label that says the same to a reader used to TLP ([`Tlp`]).
//!
//! [`Reader::may_read`] is the one read rule; the platform asks it for every page, list, count,
//! feed and log route, and seals in the public log every record that is not public.

pub mod refusals;

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::{DomainError, PartyId};

/// The readers of a record, as its originator chose them.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "to", rename_all = "snake_case")]
pub enum Distribution {
    /// Anyone, signed in or not.
    Public,
    /// The originator and these parties.
    Parties { parties: BTreeSet<PartyId> },
    /// The originator alone.
    Originator,
}

/// The Traffic Light Protocol 2.0 labels (FIRST, 2022).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Tlp {
    #[serde(rename = "TLP:CLEAR")]
    Clear,
    #[serde(rename = "TLP:GREEN")]
    Green,
    #[serde(rename = "TLP:AMBER")]
    Amber,
    #[serde(rename = "TLP:AMBER+STRICT")]
    AmberStrict,
    #[serde(rename = "TLP:RED")]
    Red,
}

impl Tlp {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Clear => "TLP:CLEAR",
            Self::Green => "TLP:GREEN",
            Self::Amber => "TLP:AMBER",
            Self::AmberStrict => "TLP:AMBER+STRICT",
            Self::Red => "TLP:RED",
        }
    }
}

impl Distribution {
    /// The TLP label of this distribution. Named parties are AMBER+STRICT: on the platform a
    /// reader cannot pass a record on (only its originator widens it), which is what STRICT asks;
    /// the originator alone is RED.
    pub fn tlp(&self) -> Tlp {
        match self {
            Self::Public => Tlp::Clear,
            Self::Parties { .. } => Tlp::AmberStrict,
            Self::Originator => Tlp::Red,
        }
    }

    /// The named parties: everyone but the originator who may read, or `None` when anyone may.
    pub fn named(&self) -> Option<BTreeSet<PartyId>> {
        match self {
            Self::Public => None,
            Self::Parties { parties } => Some(parties.clone()),
            Self::Originator => Some(BTreeSet::new()),
        }
    }

    pub fn is_public(&self) -> bool {
        matches!(self, Self::Public)
    }

    /// Named parties, without repeats; no one named is the originator alone.
    pub fn parties(parties: impl IntoIterator<Item = PartyId>) -> Self {
        let parties: BTreeSet<PartyId> = parties.into_iter().collect();
        if parties.is_empty() {
            Self::Originator
        } else {
            Self::Parties { parties }
        }
    }

    /// Whether every reader of `self` also reads `wider`: the only change an originator may make.
    pub fn is_widened_by(&self, wider: &Distribution) -> bool {
        match (self.named(), wider.named()) {
            (_, None) => true,
            (None, Some(_)) => false,
            (Some(now), Some(then)) => now.is_subset(&then),
        }
    }

    /// Parses the text form a form field or the command line gives: `public`, `originator`, or
    /// `parties:CHN,RUS` (the originator always reads its own records).
    pub fn parse(text: &str) -> Result<Self, DomainError> {
        let text = text.trim();
        match text {
            "public" => Ok(Self::Public),
            "originator" => Ok(Self::Originator),
            _ => match text.strip_prefix("parties:") {
                Some(list) => Ok(Self::parties(
                    list.split(',')
                        .map(str::trim)
                        .filter(|p| !p.is_empty())
                        .map(PartyId::parse)
                        .collect::<Result<Vec<_>, _>>()?,
                )),
                None => Err(refusals::not_a_distribution(text)),
            },
        }
    }
}

impl std::fmt::Display for Distribution {
    /// The text form [`Distribution::parse`] reads.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Public => f.write_str("public"),
            Self::Originator => f.write_str("originator"),
            Self::Parties { parties } => {
                let names: Vec<&str> = parties.iter().map(PartyId::as_str).collect();
                write!(f, "parties:{}", names.join(","))
            }
        }
    }
}

/// Who is reading. Without one named, the least entitled: anonymous.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Reader {
    /// Someone not signed in: reads what is public.
    #[default]
    Anonymous,
    /// A signed-in user or token of this party: reads what is public and what names the party.
    Party(PartyId),
    /// The node itself (its `verify`, and its operator's command line, which holds the
    /// database): reads everything, and says so in `docs/security.md`.
    Node,
}

impl Reader {
    /// The one read rule: whether this reader may see a record that `originator` distributed so.
    pub fn may_read(&self, originator: &PartyId, distribution: &Distribution) -> bool {
        match self {
            Self::Node => true,
            Self::Anonymous => distribution.is_public(),
            Self::Party(party) => {
                party == originator
                    || distribution
                        .named()
                        .is_none_or(|named| named.contains(party))
            }
        }
    }

    /// The party reading, if a party is.
    pub fn party(&self) -> Option<&PartyId> {
        match self {
            Self::Party(p) => Some(p),
            Self::Anonymous | Self::Node => None,
        }
    }
}

#[cfg(test)]
mod tests;
