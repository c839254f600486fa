//! Time as a value passed in from the edge; the core never reads a clock.

use crate::refusals;
use std::fmt;

use chrono::{DateTime, SecondsFormat, Utc};
use serde::{Deserialize, Serialize};

use crate::DomainError;

/// An instant in UTC with millisecond precision, written as RFC 3339 (`2026-11-23T12:00:00.000Z`).
/// Records carry it as that exact string, so the signed bytes are stable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String, format = DateTime))]
#[serde(try_from = "String", into = "String")]
pub struct Timestamp(i64);

impl Timestamp {
    pub fn from_millis(ms: i64) -> Self {
        Self(ms)
    }

    pub fn millis(self) -> i64 {
        self.0
    }

    pub fn parse(s: &str) -> Result<Self, DomainError> {
        DateTime::parse_from_rfc3339(s)
            .map(|t| Self(t.timestamp_millis()))
            .map_err(|e| refusals::not_a_time(s, e))
    }

    pub fn plus_days(self, days: i64) -> Self {
        Self(self.0 + days * 86_400_000)
    }

    fn as_datetime(self) -> DateTime<Utc> {
        DateTime::from_timestamp_millis(self.0).unwrap_or_default()
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(
            &self
                .as_datetime()
                .to_rfc3339_opts(SecondsFormat::Millis, true),
        )
    }
}

impl TryFrom<String> for Timestamp {
    type Error = DomainError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::parse(&s)
    }
}

impl From<Timestamp> for String {
    fn from(t: Timestamp) -> Self {
        t.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_round_trip_through_rfc3339() {
        let t = Timestamp::parse("2026-11-23T12:34:56.789Z").unwrap();
        assert_eq!(t.to_string(), "2026-11-23T12:34:56.789Z");
        assert_eq!(
            Timestamp::parse("2026-11-23T13:34:56.789+01:00").unwrap(),
            t
        );
        assert!(Timestamp::parse("23 November").is_err());
    }
}
