//! Who is calling: an API token (`Authorization: Bearer gsi_…`) for programs, or a session
//! cookie for people in a browser. Changes made with a cookie must carry the session's CSRF
//! token in `X-CSRF-Token`, so another site cannot make them with the browser's cookie.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, Method, StatusCode, header};
use gsi_app::Platform;
use gsi_app::tokens::Scope;
use gsi_core::{Actor, Reader};

use crate::Problem;

pub const SESSION_COOKIE: &str = "gsi_session";

/// The authenticated caller of a request, by token or session. A token must have the scope the
/// request needs: `read` for a safe method, `write:<module>` for a change, the module being the
/// one whose router declared [`WritesTo`].
pub struct Caller(pub Actor);

/// Declared once by each module's router (as a route layer): the module its changes write to,
/// which names the token scope they need.
#[derive(Debug, Clone, Copy)]
pub struct WritesTo(pub &'static str);

impl WritesTo {
    /// Marks every route of a module's router added so far.
    pub fn layer(module: &'static str) -> axum::Extension<WritesTo> {
        axum::Extension(WritesTo(module))
    }
}

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

fn is_safe(method: &Method) -> bool {
    matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

fn unauthenticated() -> Problem {
    Problem::new(
        StatusCode::UNAUTHORIZED,
        "unauthenticated",
        "sign in, or send an API token as `Authorization: Bearer <token>` (create one on your party's page or with `gsi token create USER`)",
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
        let safe = is_safe(&parts.method);
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
                let needed = if is_safe(&parts.method) {
                    Scope::Read
                } else {
                    let WritesTo(module) =
                        parts.extensions.get::<WritesTo>().copied().ok_or_else(|| {
                            Problem::new(
                                StatusCode::FORBIDDEN,
                                "insufficient-scope",
                                "no API token may make this change; sign in instead",
                            )
                        })?;
                    Scope::Write(module)
                };
                let platform = platform.clone();
                let actor = tokio::task::spawn_blocking(move || {
                    platform.authenticate(&token, needed, gsi_app::now())
                })
                .await??;
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

/// Who reads an API response: the party of a valid token (with `read`) or session, or anonymous
/// when the request carries neither. Credentials that do not check out are refused, never read
/// as anonymous.
pub struct Reading(pub Reader);

impl FromRequestParts<Platform> for Reading {
    type Rejection = Problem;

    async fn from_request_parts(parts: &mut Parts, platform: &Platform) -> Result<Self, Problem> {
        let credentials = parts.headers.contains_key(header::AUTHORIZATION)
            || session_secret(&parts.headers).is_some();
        if !credentials {
            return Ok(Reading(Reader::Anonymous));
        }
        let Caller(actor) = Caller::from_request_parts(parts, platform).await?;
        Ok(Reading(Reader::Party(actor.party)))
    }
}
