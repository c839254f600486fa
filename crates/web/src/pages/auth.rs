//! Signing in and out from a page form. The session is the one `POST /api/v1/session` opens:
//! same cookie, same limiter of failed attempts.

use std::sync::Arc;

use askama::Template;
use axum::Extension;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect};
use gsi_app::Platform;
use gsi_app::auth::SESSION_HOURS;

use super::{Form, Frame, PageResult, safe_next};
use crate::api::session::{LoginLimiter, cookie};
use crate::auth::session_secret;

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
    let error = f
        .query
        .iter()
        .any(|(k, v)| k == "signed_out" && v == "1")
        .then(|| f.t("auth-signed-out"));
    frame.render(&Login {
        f,
        user: String::new(),
        next,
        error,
    })
}

pub async fn sign_in(
    State(platform): State<Platform>,
    Extension(limiter): Extension<Arc<LoginLimiter>>,
    frame: Frame,
    headers: HeaderMap,
    body: Bytes,
) -> PageResult {
    let form = Form::parse(&body);
    let user = form.text("user");
    let password = form.get("password").unwrap_or("").to_owned();
    let next = safe_next(form.get("next"));
    let f = frame.clone().at("login", frame.t("auth-title"));
    let again = |status: StatusCode, error: String| -> PageResult {
        let page = Login {
            f: f.clone(),
            user: user.clone(),
            next: next.clone(),
            error: Some(error),
        };
        Ok((status, frame.render(&page)?).into_response())
    };
    if limiter.blocked(&user) {
        return again(
            StatusCode::TOO_MANY_REQUESTS,
            frame.ta("auth-rate-limited", &[("minutes", 15.into())]),
        );
    }
    let name = user.clone();
    let opened = crate::api::blocking(&platform, move |p| {
        p.sign_in(&name, &password, gsi_app::now())
    })
    .await;
    match opened {
        Ok(opened) => {
            limiter.succeeded(&user);
            let set = cookie(&opened.secret, SESSION_HOURS * 3600, &headers);
            let mut response = Redirect::to(&next).into_response();
            response.headers_mut().append(header::SET_COOKIE, set);
            Ok(response)
        }
        Err(p) if p.status == 401 => {
            limiter.failed(&user);
            again(StatusCode::UNAUTHORIZED, frame.t("auth-wrong-password"))
        }
        Err(p) => Err(frame.problem(p)),
    }
}

pub async fn sign_out(
    State(platform): State<Platform>,
    frame: Frame,
    headers: HeaderMap,
    body: Bytes,
) -> PageResult {
    let form = Form::parse(&body);
    if frame.user.is_some() {
        frame.check_csrf(&form)?;
    }
    if let Some(secret) = session_secret(&headers) {
        frame.run(&platform, move |p| p.sign_out(&secret)).await?;
    }
    let mut response = Redirect::to("/login?signed_out=1").into_response();
    response
        .headers_mut()
        .append(header::SET_COOKIE, cookie("", 0, &headers));
    Ok(response)
}
