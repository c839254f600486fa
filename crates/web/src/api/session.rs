//! Browser sign-in: open, read and close a session. The session secret travels only in an
//! HttpOnly cookie; changes made with the cookie must echo the session's CSRF token in the
//! `X-CSRF-Token` header (see [`crate::auth`]).

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

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

/// Failed sign-ins allowed per user name within [`WINDOW`] before sign-in is refused.
const MAX_FAILURES: usize = 5;
const WINDOW: Duration = Duration::from_secs(15 * 60);

/// Counts failed sign-ins per user name, in memory: a node restart forgets them, which is fine
/// for slowing down guessing.
#[derive(Default)]
pub struct LoginLimiter {
    failures: Mutex<HashMap<String, Vec<Instant>>>,
}

impl LoginLimiter {
    pub(crate) fn blocked(&self, user: &str) -> bool {
        let mut map = self.failures.lock().expect("limiter lock");
        let list = map.entry(user.to_lowercase()).or_default();
        list.retain(|t| t.elapsed() < WINDOW);
        list.len() >= MAX_FAILURES
    }

    pub(crate) fn failed(&self, user: &str) {
        let mut map = self.failures.lock().expect("limiter lock");
        map.entry(user.to_lowercase())
            .or_default()
            .push(Instant::now());
    }

    pub(crate) fn succeeded(&self, user: &str) {
        self.failures
            .lock()
            .expect("limiter lock")
            .remove(&user.to_lowercase());
    }
}

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
        (status = 429, description = "Too many failed sign-ins for this user name; wait 15 minutes", body = Problem, content_type = "application/problem+json")))]
pub async fn sign_in(
    State(platform): State<Platform>,
    Extension(limiter): Extension<std::sync::Arc<LoginLimiter>>,
    headers: HeaderMap,
    Body(form): Body<SignIn>,
) -> Result<Response, Problem> {
    if limiter.blocked(&form.user) {
        return Err(Problem::new(
            StatusCode::TOO_MANY_REQUESTS,
            "rate-limited",
            "too many failed sign-ins for this user name; try again in 15 minutes",
        ));
    }
    let user = form.user.clone();
    let opened = blocking(&platform, move |p| {
        p.sign_in(&form.user, &form.password, gsi_app::now())
    })
    .await;
    let opened = match opened {
        Ok(o) => {
            limiter.succeeded(&user);
            o
        }
        Err(e) => {
            limiter.failed(&user);
            return Err(e);
        }
    };
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
