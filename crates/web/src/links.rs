//! The base of links that leave the platform (calendar entries link back to meeting pages).
//!
//! The operator's configured public address wins ([`gsi_app::PublicUrl`], set with
//! `gsi serve --base-url`); without one, the base is guessed from the request: its `Host`, with
//! the scheme `X-Forwarded-Proto` names, else `http` for a local host and `https` for any other.
//! Without a usable `Host` the links stay relative.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};
use gsi_app::PublicUrl;
use std::convert::Infallible;

/// The base of outgoing links, as an extractor: `LinkBase(base)` (no trailing slash; may be
/// empty).
pub struct LinkBase(pub String);

impl<S: Send + Sync> FromRequestParts<S> for LinkBase {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(LinkBase(match parts.extensions.get::<PublicUrl>() {
            Some(configured) => configured.as_str().to_owned(),
            None => from_request(&parts.headers),
        }))
    }
}

fn from_request(headers: &HeaderMap) -> String {
    let host = headers
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .filter(|h| {
            !h.is_empty()
                && h.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"-.:[]".contains(&b))
        });
    let forwarded = headers
        .get("x-forwarded-proto")
        .and_then(|v| v.to_str().ok())
        .filter(|p| *p == "http" || *p == "https");
    match host {
        Some(host) => {
            let local =
                host.starts_with("localhost") || host.starts_with("127.") || host.starts_with('[');
            let proto = forwarded.unwrap_or(if local { "http" } else { "https" });
            format!("{proto}://{host}")
        }
        None => String::new(),
    }
}
