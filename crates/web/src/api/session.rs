//! Browser sign-in: open, read and close a session. The session secret travels only in an
//! HttpOnly cookie; changes made with the cookie must echo the session's CSRF token in the
//! `X-CSRF-Token` header (see [`crate::auth`]).

use std::sync::Arc;

use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json};
use gsi_app::Platform;
use gsi_app::auth::SESSION_HOURS;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{Body, blocking};
use crate::Problem;
use crate::auth::{SESSION_COOKIE, SessionCaller, session_secret};
use crate::edge::sign_in::{Peer, SignInGuard};

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SignIn {
    user: String,
    password: String,
}

/// The signed-in user and the CSRF token to send with changes.
#[derive(Serialize, ToSchema)]
pub struct SessionInfo {
    user: String,
    party: String,
    roles: Vec<&'static str>,
    csrf_token: String,
}

/// `Secure` when the request reached us over TLS (directly or through a proxy that says so).
pub(crate) fn cookie(value: &str, max_age: i64, headers: &HeaderMap) -> HeaderValue {
    let secure = headers
        .get("x-forwarded-proto")
        .is_some_and(|v| v.as_bytes().eq_ignore_ascii_case(b"https"));
    let secure = if secure { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{SESSION_COOKIE}={value}; HttpOnly; SameSite=Strict; Path=/; Max-Age={max_age}{secure}"
    ))
    .expect("cookie text is ASCII")
}

#[utoipa::path(post, path = "/api/v1/session", tag = "access", request_body = SignIn,
    responses((status = 201, description = "Signed in; the session cookie is set", body = SessionInfo),
        (status = 401, description = "Wrong user name or password", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many sign-in attempts for this user name from this address, or from this address at all; `Retry-After` says when to try again", body = Problem, content_type = "application/problem+json"),
        (status = 503, description = "The node is checking too many passwords at once; `Retry-After` says when to try again", body = Problem, content_type = "application/problem+json")))]
pub async fn sign_in(
    State(platform): State<Platform>,
    Extension(guard): Extension<Arc<SignInGuard>>,
    Peer(peer): Peer,
    headers: HeaderMap,
    Body(form): Body<SignIn>,
) -> Result<Response, Problem> {
    let source = guard.source(peer, &headers);
    let opened = guard
        .sign_in(&platform, source, &form.user, form.password)
        .await?;
    let info = SessionInfo {
        user: opened.actor.user.clone(),
        party: opened.actor.party.to_string(),
        roles: opened.actor.roles.iter().map(|r| r.as_str()).collect(),
        csrf_token: opened.csrf_token.clone(),
    };
    let set = cookie(&opened.secret, SESSION_HOURS * 3600, &headers);
    Ok((StatusCode::CREATED, [(header::SET_COOKIE, set)], Json(info)).into_response())
}

#[utoipa::path(get, path = "/api/v1/session", tag = "access",
    responses((status = 200, description = "The session's user and CSRF token", body = SessionInfo),
        (status = 401, description = "No valid session", body = Problem, content_type = "application/problem+json")))]
pub async fn current(session: SessionCaller) -> Json<SessionInfo> {
    Json(SessionInfo {
        user: session.actor.user.clone(),
        party: session.actor.party.to_string(),
        roles: session.actor.roles.iter().map(|r| r.as_str()).collect(),
        csrf_token: session.csrf_token,
    })
}

#[utoipa::path(delete, path = "/api/v1/session", tag = "access",
    responses((status = 204, description = "Signed out; the cookie is cleared"),
        (status = 401, description = "No valid session", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The CSRF token is missing or wrong", body = Problem, content_type = "application/problem+json")))]
pub async fn sign_out(
    State(platform): State<Platform>,
    headers: HeaderMap,
    _session: SessionCaller,
) -> Result<Response, Problem> {
    if let Some(secret) = session_secret(&headers) {
        blocking(&platform, move |p| p.sign_out(&secret)).await?;
    }
    Ok((
        StatusCode::NO_CONTENT,
        [(header::SET_COOKIE, cookie("", 0, &headers))],
    )
        .into_response())
}
