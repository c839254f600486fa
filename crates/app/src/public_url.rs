//! The platform's public address, which links leaving the platform (calendar entries) point to.
//!
//! A node behind a proxy cannot always tell its public address from a request's `Host`, so the
//! operator may configure it (`gsi serve --base-url`, `GSI_BASE_URL`). [`PublicUrl::parse`] keeps
//! only what makes a usable prefix for `{base}/meetings/{id}`: an `http` or `https` scheme, a
//! host, an optional port and path, no query, no fragment, no trailing slash.

use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicUrl(String);

impl PublicUrl {
    /// Parses an address such as `https://gsi.example.org` or `https://example.org/gsi/`; the
    /// error is a sentence naming what is wrong.
    pub fn parse(s: &str) -> Result<Self, String> {
        let s = s.trim();
        let rest = s
            .strip_prefix("https://")
            .or_else(|| s.strip_prefix("http://"))
            .ok_or_else(|| {
                format!("the public address \"{s}\" must start with https:// or http://")
            })?;
        if s.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(format!(
                "the public address \"{s}\" contains a space or a control character"
            ));
        }
        if s.contains(['?', '#']) {
            return Err(format!(
                "the public address \"{s}\" cannot carry a query or a fragment"
            ));
        }
        let host = rest.split('/').next().unwrap_or("");
        let host_ok = !host.is_empty()
            && !host.contains('@')
            && host
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-.:[]".contains(&b));
        if !host_ok {
            return Err(format!(
                "the public address \"{s}\" needs a host name, such as https://gsi.example.org"
            ));
        }
        Ok(Self(s.trim_end_matches('/').to_owned()))
    }

    /// The address without a trailing slash, ready for `{base}/meetings/{id}`.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl FromStr for PublicUrl {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

impl fmt::Display for PublicUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_with_a_scheme_and_a_host_parse_without_their_trailing_slash() {
        for (given, kept) in [
            ("https://gsi.example.org", "https://gsi.example.org"),
            ("https://gsi.example.org/", "https://gsi.example.org"),
            ("http://127.0.0.1:8080", "http://127.0.0.1:8080"),
            ("https://example.org/gsi/", "https://example.org/gsi"),
            ("  https://[::1]:8443  ", "https://[::1]:8443"),
        ] {
            assert_eq!(PublicUrl::parse(given).unwrap().as_str(), kept, "{given}");
        }
    }

    #[test]
    fn anything_else_is_refused_with_a_sentence() {
        for (given, says) in [
            ("gsi.example.org", "must start with https:// or http://"),
            (
                "ftp://gsi.example.org",
                "must start with https:// or http://",
            ),
            ("https://", "needs a host name"),
            ("https:///meetings", "needs a host name"),
            ("https://user@gsi.example.org", "needs a host name"),
            ("https://gsi.example.org/?a=1", "query or a fragment"),
            ("https://gsi.example.org/#top", "query or a fragment"),
            ("https://gsi example.org", "a space"),
        ] {
            let e = PublicUrl::parse(given).unwrap_err();
            assert!(e.contains(says), "{given}: {e}");
        }
    }
}
