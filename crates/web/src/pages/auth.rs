//! Signing in and out from a page form. The session is the one `POST /api/v1/session` opens:
//! same cookie, same limiter of failed attempts.

use std::sync::Arc;
use std::time::Duration;

use askama::Template;
use axum::Extension;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect};
use gsi_app::Platform;
use gsi_app::auth::SESSION_HOURS;

use super::{Form, Frame, PageResult};
use crate::api::session::cookie;
use crate::auth::session_secret;
use crate::edge::origin::{safe_next, same_origin};
use crate::edge::sign_in::{BUSY_RETRY, Peer, Refusal, SignInGuard, whole_seconds};

#[derive(Template)]
#[template(path = "login.html")]
struct Login {
    f: Frame,
    user: String,
    next: String,
    error: Option<String>,
}

pub async fn form(frame: Frame) -> PageResult {
    let next = safe_next(
        frame
            .query
            .iter()
            .find(|(k, _)| k == "next")
            .map(|(_, v)| v.as_str()),
    );
    let f = frame.clone().at("login", frame.t("auth-title"));
    let query = |name: &str| {
        f.query
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    };
    let error = match query("signed_out") {
        Some("1") => Some(f.t("auth-signed-out")),
        Some("everywhere") => {
            let revoked: u64 = query("revoked").and_then(|n| n.parse().ok()).unwrap_or(0);
            Some(f.ta("auth-signed-out-everywhere", &[("tokens", revoked.into())]))
        }
        _ => None,
    };
    frame.render(&Login {
        f,
        user: String::new(),
        next,
        error,
    })
}

pub async fn sign_in(
    State(platform): State<Platform>,
    Extension(guard): Extension<Arc<SignInGuard>>,
    public_url: Option<Extension<gsi_app::PublicUrl>>,
    Peer(peer): Peer,
    frame: Frame,
    headers: HeaderMap,
    form: Form,
) -> PageResult {
    let user = form.text("user");
    let password = form.get("password").unwrap_or("").to_owned();
    let next = safe_next(form.get("next"));
    let f = frame.clone().at("login", frame.t("auth-title"));
    let again = |status: StatusCode, error: String, wait: Option<Duration>| -> PageResult {
        let page = Login {
            f: f.clone(),
            user: user.clone(),
            next: next.clone(),
            error: Some(error),
        };
        let mut response = (status, frame.render(&page)?).into_response();
        if let Some(wait) = wait {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, whole_seconds(wait).into());
        }
        Ok(response)
    };
    if !same_origin(&headers, public_url.as_ref().map(|u| &u.0)) {
        return again(StatusCode::FORBIDDEN, frame.t("auth-csrf-failed"), None);
    }
    let source = guard.source(peer, &headers);
    match guard.sign_in(&platform, source, &user, password).await {
        Ok(opened) => {
            let set = cookie(&opened.secret, SESSION_HOURS * 3600, &headers);
            let mut response = Redirect::to(&next).into_response();
            response.headers_mut().append(header::SET_COOKIE, set);
            Ok(response)
        }
        Err(Refusal::Wait(wait)) => again(
            StatusCode::TOO_MANY_REQUESTS,
            frame.ta(
                "auth-rate-limited",
                &[("seconds", whole_seconds(wait).into())],
            ),
            Some(wait),
        ),
        Err(Refusal::Busy) => again(
            StatusCode::SERVICE_UNAVAILABLE,
            frame.t("auth-busy"),
            Some(BUSY_RETRY),
        ),
        Err(Refusal::Platform(p)) if p.status == 401 => again(
            StatusCode::UNAUTHORIZED,
            frame.t("auth-wrong-password"),
            None,
        ),
        Err(Refusal::Platform(p)) => Err(frame.problem(p)),
    }
}

pub async fn sign_out(
    State(platform): State<Platform>,
    frame: Frame,
    headers: HeaderMap,
    form: Form,
) -> PageResult {
    let signed_in = match &frame.user {
        Some(_) => Some(frame.check_csrf(&form)?),
        None => None,
    };
    let mut to = "/login?signed_out=1".to_owned();
    match signed_in {
        // Every session of the user, in every browser, and the tokens if asked.
        Some(user) if form.text("everywhere") == "1" => {
            let revoke = form.text("revoke_tokens") == "1";
            let name = user.actor.user.clone();
            let revoked = frame
                .run(&platform, move |p| p.sign_out_everywhere(&name, revoke))
                .await?;
            to = format!("/login?signed_out=everywhere&revoked={revoked}");
        }
        _ => {
            if let Some(secret) = session_secret(&headers) {
                frame.run(&platform, move |p| p.sign_out(&secret)).await?;
            }
        }
    }
    let mut response = Redirect::to(&to).into_response();
    response
        .headers_mut()
        .append(header::SET_COOKIE, cookie("", 0, &headers));
    Ok(response)
}
