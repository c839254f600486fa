//! Who is calling: an API token (`Authorization: Bearer gsi_…`) for programs, or a session
//! cookie for people in a browser. Changes made with a cookie must carry the session's CSRF
//! token in `X-CSRF-Token`, so another site cannot make them with the browser's cookie.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, Method, StatusCode, header};
use gsi_app::Platform;
use gsi_core::Actor;

use crate::Problem;

pub const SESSION_COOKIE: &str = "gsi_session";

/// The authenticated caller of a request, by token or session.
pub struct Caller(pub Actor);

/// A caller authenticated by a session cookie (and, for changes, its CSRF token).
pub struct SessionCaller {
    pub actor: Actor,
    pub csrf_token: String,
}

/// The session secret from the `Cookie` header, if any.
pub fn session_secret(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, value)| *name == SESSION_COOKIE && !value.is_empty())
        .map(|(_, value)| value.to_owned())
}

fn unauthenticated() -> Problem {
    Problem::new(
        StatusCode::UNAUTHORIZED,
        "unauthenticated",
        "sign in, or send an API token as `Authorization: Bearer <token>` (create one with `gsi token create USER`)",
    )
}

impl FromRequestParts<Platform> for SessionCaller {
    type Rejection = Problem;

    async fn from_request_parts(parts: &mut Parts, platform: &Platform) -> Result<Self, Problem> {
        let secret = session_secret(&parts.headers).ok_or_else(unauthenticated)?;
        let platform = platform.clone();
        let (actor, csrf_token) =
            tokio::task::spawn_blocking(move || platform.session_actor(&secret, gsi_app::now()))
                .await??;
        let safe = matches!(parts.method, Method::GET | Method::HEAD | Method::OPTIONS);
        let sent = parts
            .headers
            .get("x-csrf-token")
            .and_then(|v| v.to_str().ok());
        if !safe && sent != Some(csrf_token.as_str()) {
            return Err(Problem::new(
                StatusCode::FORBIDDEN,
                "csrf",
                "this change needs the session's CSRF token in the X-CSRF-Token header; reload the page",
            ));
        }
        Ok(SessionCaller { actor, csrf_token })
    }
}

impl FromRequestParts<Platform> for Caller {
    type Rejection = Problem;

    async fn from_request_parts(parts: &mut Parts, platform: &Platform) -> Result<Self, Problem> {
        let bearer = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(|t| t.trim().to_owned());
        match bearer {
            Some(token) => {
                let platform = platform.clone();
                let actor =
                    tokio::task::spawn_blocking(move || platform.authenticate(&token)).await??;
                Ok(Caller(actor))
            }
            None if session_secret(&parts.headers).is_some() => Ok(Caller(
                SessionCaller::from_request_parts(parts, platform)
                    .await?
                    .actor,
            )),
            None => Err(unauthenticated()),
        }
    }
}
