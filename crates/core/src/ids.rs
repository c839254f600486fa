//! Identifiers that parse: once a value of these types exists, it is well-formed.

use crate::refusals;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::DomainError;

/// A party's identifier. States use their ISO 3166-1 alpha-3 code (`CHN`, `KAZ`); organisations,
/// mechanisms, forums and others use a lowercase slug (`sco`, `lmc-special-fund`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String, example = "CHN"))]
#[serde(try_from = "String", into = "String")]
pub struct PartyId(String);

impl PartyId {
    pub fn parse(s: &str) -> Result<Self, DomainError> {
        let s = s.trim();
        let is_iso3 = s.len() == 3 && s.bytes().all(|b| b.is_ascii_uppercase());
        let is_slug = (2..=64).contains(&s.len())
            && s.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && s.as_bytes()[0].is_ascii_lowercase()
            && !s.ends_with('-')
            && !s.contains("--");
        if is_iso3 || is_slug {
            Ok(Self(s.to_owned()))
        } else {
            Err(refusals::not_a_party_id(s))
        }
    }

    /// True for ISO alpha-3 ids, which only states carry.
    pub fn is_iso3(&self) -> bool {
        self.0.len() == 3 && self.0.bytes().all(|b| b.is_ascii_uppercase())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for PartyId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl FromStr for PartyId {
    type Err = DomainError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

impl TryFrom<String> for PartyId {
    type Error = DomainError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::parse(&s)
    }
}

impl From<PartyId> for String {
    fn from(id: PartyId) -> Self {
        id.0
    }
}

const CROCKFORD: &[u8; 32] = b"0123456789abcdefghjkmnpqrstvwxyz";

/// Identifiers chosen by the edge from 16 random bytes, written as 26 characters of lowercase
/// base32 (Crockford alphabet), so the authoring party can sign before the log assigns an index.
macro_rules! random_id {
    ($(#[$doc:meta])* $name:ident, $refusal:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String))]
        #[serde(try_from = "String", into = "String")]
        pub struct $name(String);

        impl $name {
            pub fn parse(s: &str) -> Result<Self, DomainError> {
                if s.len() == 26 && s.bytes().all(|b| CROCKFORD.contains(&b)) {
                    Ok(Self(s.to_owned()))
                } else {
                    Err(refusals::$refusal(s))
                }
            }

            /// Builds an id from 16 random bytes supplied by the caller (the core has no randomness).
            pub fn from_random(bytes: [u8; 16]) -> Self {
                let mut value = u128::from_be_bytes(bytes);
                let mut out = [0u8; 26];
                for slot in out.iter_mut().rev() {
                    *slot = CROCKFORD[(value & 31) as usize];
                    value >>= 5;
                }
                Self(String::from_utf8(out.to_vec()).expect("alphabet is ASCII"))
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl TryFrom<String> for $name {
            type Error = DomainError;
            fn try_from(s: String) -> Result<Self, Self::Error> {
                Self::parse(&s)
            }
        }

        impl From<$name> for String {
            fn from(id: $name) -> Self {
                id.0
            }
        }
    };
}

random_id!(
    /// A concern's identifier.
    ConcernId,
    not_a_concern_id
);
random_id!(
    /// A meeting's identifier.
    MeetingId,
    not_a_meeting_id
);
random_id!(
    /// An outcome document's identifier.
    DocumentId,
    not_a_document_id
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn party_ids_accept_iso3_and_slugs_only() {
        assert!(PartyId::parse("CHN").unwrap().is_iso3());
        assert!(!PartyId::parse("sco").unwrap().is_iso3());
        assert!(PartyId::parse("lmc-special-fund").is_ok());
        for bad in [
            "", "Chn", "CHNA", "sco-", "-sco", "a--b", "s c o", "ÇHN", "x",
        ] {
            assert!(PartyId::parse(bad).is_err(), "{bad} should be rejected");
        }
    }

    #[test]
    fn concern_ids_round_trip_from_random_bytes() {
        let id = ConcernId::from_random([7; 16]);
        assert_eq!(ConcernId::parse(id.as_str()).unwrap(), id);
        assert_ne!(ConcernId::from_random([8; 16]), id);
        assert!(ConcernId::parse("not-an-id").is_err());
    }
}
