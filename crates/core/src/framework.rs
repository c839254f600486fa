//! References into the GSI framework (Concept Paper sections II–IV) that records are tagged with.

use crate::refusals;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::DomainError;

/// The number of priorities of cooperation in section III of the Concept Paper.
pub const PRIORITY_COUNT: u8 = 20;

/// A priority of cooperation, written as its section number: `III.1` … `III.20`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String, example = "III.11"))]
#[serde(try_from = "String", into = "String")]
pub struct PriorityRef(u8);

impl PriorityRef {
    pub fn parse(s: &str) -> Result<Self, DomainError> {
        let n = s
            .trim()
            .strip_prefix("III.")
            .and_then(|n| n.parse::<u8>().ok())
            .filter(|n| (1..=PRIORITY_COUNT).contains(n) && !s.trim().ends_with(".0"));
        match n {
            Some(n) if s.trim() == format!("III.{n}") => Ok(Self(n)),
            _ => Err(refusals::not_a_priority(s, PRIORITY_COUNT)),
        }
    }

    pub fn number(self) -> u8 {
        self.0
    }
}

impl fmt::Display for PriorityRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "III.{}", self.0)
    }
}

impl TryFrom<String> for PriorityRef {
    type Error = DomainError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::parse(&s)
    }
}

impl From<PriorityRef> for String {
    fn from(p: PriorityRef) -> Self {
        p.to_string()
    }
}

/// The two security domains of principle II.6.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum SecurityDomain {
    Traditional,
    NonTraditional,
}

impl SecurityDomain {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Traditional => "traditional",
            Self::NonTraditional => "non_traditional",
        }
    }

    pub fn parse(s: &str) -> Result<Self, DomainError> {
        match s.trim() {
            "traditional" => Ok(Self::Traditional),
            "non_traditional" | "non-traditional" => Ok(Self::NonTraditional),
            other => Err(refusals::not_a_security_domain(other)),
        }
    }
}

/// A UN document symbol such as `S/RES/2231 (2015)` or `A/RES/76/234`: a principal organ's
/// letter series, slash-separated parts, an optional year in brackets.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String, example = "S/RES/2231 (2015)"))]
#[serde(try_from = "String", into = "String")]
pub struct UnSymbol(String);

impl UnSymbol {
    pub fn parse(s: &str) -> Result<Self, DomainError> {
        let s = s.trim();
        let (symbol, year) = match s.split_once(" (") {
            Some((sym, rest)) => (sym, Some(rest)),
            None => (s, None),
        };
        let year_ok = year.is_none_or(|y| {
            y.len() == 5 && y.ends_with(')') && y[..4].bytes().all(|b| b.is_ascii_digit())
        });
        let parts: Vec<&str> = symbol.split('/').collect();
        let organ_ok = matches!(
            parts.first(),
            Some(&("A" | "S" | "E" | "ST" | "T" | "UNEP"))
        );
        let parts_ok = parts.len() >= 2
            && parts.iter().all(|p| {
                !p.is_empty()
                    && p.bytes()
                        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-'))
            });
        if year_ok && organ_ok && parts_ok && s.len() <= 80 {
            Ok(Self(s.to_owned()))
        } else {
            Err(refusals::not_a_un_symbol(s))
        }
    }
}

impl fmt::Display for UnSymbol {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for UnSymbol {
    type Error = DomainError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::parse(&s)
    }
}

impl From<UnSymbol> for String {
    fn from(s: UnSymbol) -> Self {
        s.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn priorities_are_iii_1_to_iii_20() {
        assert_eq!(PriorityRef::parse("III.11").unwrap().number(), 11);
        assert_eq!(PriorityRef::parse("III.20").unwrap().to_string(), "III.20");
        for bad in ["III.0", "III.21", "II.4", "III.011", "3.11", "III.", ""] {
            assert!(PriorityRef::parse(bad).is_err(), "{bad} should be rejected");
        }
    }

    #[test]
    fn un_symbols_follow_the_series_pattern() {
        for ok in ["S/RES/2231 (2015)", "A/RES/76/234", "A/77/1", "S/2023/123"] {
            assert!(UnSymbol::parse(ok).is_ok(), "{ok}");
        }
        for bad in ["RES/2231", "S/", "S//1", "S/RES/1 (15)", "hello"] {
            assert!(UnSymbol::parse(bad).is_err(), "{bad}");
        }
    }
}
