//! The HTTP edge of the GSI Platform (axum). It authenticates the caller, hands the command to
//! [`gsi_app::Platform`] on a blocking thread (stores are synchronous), and turns the answer into
//! JSON — or into an RFC 9457 problem document ([`problem::Problem`]) when something is refused.
//!
//! Routes:
//! - `GET /checkpoint`, `GET /checkpoint/key`: the signed tree head (C2SP tlog-checkpoint in a
//!   signed note) and the node's verifier key — public, so anyone can audit the log;
//! - `GET /api/v1/log/…`: records with inclusion proofs, consistency proofs — public;
//! - `/api/v1/parties…`, `/api/v1/mechanisms`, `/api/v1/catalogue`: public reference data;
//! - `/api/v1/concerns…`, `/api/v1/me`, and every write: need `Authorization: Bearer <token>`;
//! - everything else: server-rendered pages for people ([`pages`]), signed in by session cookie.
//!
//! This crate holds no rule and no SQL: it only translates between HTTP and the platform.

#![forbid(unsafe_code)]

mod api;
mod auth;
mod links;
mod openapi;
mod pages;
mod problem;

use std::net::SocketAddr;

use std::sync::Arc;

use axum::routing::{get, post};
use axum::{Extension, Router};
use gsi_app::Platform;
use tower_http::trace::TraceLayer;

pub use openapi::ApiDoc;
pub use problem::Problem;

/// Builds the whole application router; calendar links follow each request's `Host`.
pub fn router(platform: Platform) -> Router {
    router_with(platform, None)
}

/// Builds the whole application router; with a public address, calendar entries link there
/// whatever `Host` a request names (see [`gsi_app::PublicUrl`]).
pub fn router_with(platform: Platform, public_url: Option<gsi_app::PublicUrl>) -> Router {
    let router = routes(platform);
    match public_url {
        Some(url) => router.layer(Extension(url)),
        None => router,
    }
}

fn routes(platform: Platform) -> Router {
    Router::new()
        .route("/checkpoint", get(api::log::checkpoint))
        .route("/checkpoint/key", get(api::log::checkpoint_key))
        .route("/api/v1/log/records", get(api::log::list_records))
        .route("/api/v1/log/records/{index}", get(api::log::record))
        .route("/api/v1/log/consistency", get(api::log::consistency))
        .route("/api/v1/openapi.json", get(openapi::document))
        .route("/api/v1/docs", get(openapi::docs_page))
        .route(
            "/api/v1/session",
            get(api::session::current)
                .post(api::session::sign_in)
                .delete(api::session::sign_out),
        )
        .route("/api/v1/me", get(api::me))
        .route("/api/v1/me/awaiting", get(api::dialogue::awaiting))
        .route(
            "/api/v1/parties",
            get(api::registry::list).post(api::registry::register_participant),
        )
        .route("/api/v1/parties/{id}", get(api::registry::show))
        .route("/api/v1/mechanisms", get(api::registry::mechanisms))
        .route(
            "/api/v1/memberships",
            post(api::registry::record_membership),
        )
        .route("/api/v1/catalogue", get(api::registry::catalogue))
        .route(
            "/api/v1/concerns",
            get(api::concerns::list).post(api::concerns::lodge),
        )
        .route("/api/v1/concerns/{id}", get(api::concerns::show))
        .route(
            "/api/v1/concerns/{id}/acknowledge",
            post(api::concerns::acknowledge),
        )
        .route(
            "/api/v1/concerns/{id}/respond",
            post(api::concerns::respond),
        )
        .route(
            "/api/v1/concerns/{id}/consultations",
            post(api::concerns::propose_consultations),
        )
        .route("/api/v1/concerns/{id}/close", post(api::concerns::close))
        .route(
            "/api/v1/mechanisms/{id}/rules",
            get(api::dialogue::rules).put(api::dialogue::declare_rules),
        )
        .route(
            "/api/v1/meetings",
            get(api::dialogue::meetings).post(api::dialogue::convene),
        )
        .route("/api/v1/meetings/{id}", get(api::dialogue::meeting))
        .route(
            "/api/v1/meetings/{id}/calendar.ics",
            get(api::dialogue::meeting_calendar),
        )
        .route(
            "/api/v1/parties/{id}/calendar",
            get(api::dialogue::party_calendar),
        )
        .route(
            "/api/v1/meetings/{id}/registration",
            post(api::dialogue::register),
        )
        .route(
            "/api/v1/meetings/{id}/registration/withdraw",
            post(api::dialogue::withdraw_registration),
        )
        .route(
            "/api/v1/meetings/{id}/registrations/{party}/decision",
            post(api::dialogue::decide_registration),
        )
        .route(
            "/api/v1/meetings/{id}/agenda/{item}/speakers",
            post(api::dialogue::request_floor),
        )
        .route(
            "/api/v1/meetings/{id}/agenda/{item}/speakers/withdraw",
            post(api::dialogue::withdraw_floor),
        )
        .route(
            "/api/v1/meetings/{id}/agenda/{item}/documents",
            post(api::dialogue::attach_document),
        )
        .route("/api/v1/meetings/{id}/revise", post(api::dialogue::revise))
        .route("/api/v1/meetings/{id}/cancel", post(api::dialogue::cancel))
        .route(
            "/api/v1/documents",
            get(api::dialogue::documents).post(api::dialogue::draft),
        )
        .route("/api/v1/documents/{id}", get(api::dialogue::document))
        .route("/api/v1/documents/{id}/diff", get(api::dialogue::diff))
        .route(
            "/api/v1/documents/{id}/amendments",
            post(api::dialogue::amend),
        )
        .route(
            "/api/v1/documents/{id}/amendments/{n}/decision",
            post(api::dialogue::decide_amendment),
        )
        .route(
            "/api/v1/documents/{id}/decision",
            post(api::dialogue::open_decision),
        )
        .route(
            "/api/v1/documents/{id}/positions",
            post(api::dialogue::record_position),
        )
        .route(
            "/api/v1/documents/{id}/decision/close",
            post(api::dialogue::close_decision),
        )
        .route(
            "/api/v1/documents/{id}/commitments",
            post(api::dialogue::mark_commitment),
        )
        .route(
            "/api/v1/documents/{id}/commitments/{n}/reports",
            post(api::dialogue::report),
        )
        .route("/api/v1/commitments", get(api::dialogue::commitments))
        .merge(pages::router())
        .method_not_allowed_fallback(pages::method_not_allowed)
        .fallback(pages::fallback)
        .layer(Extension(Arc::new(api::session::LoginLimiter::default())))
        .layer(TraceLayer::new_for_http())
        .with_state(platform)
}

/// Serves until Ctrl-C or SIGTERM; `on_ready` gets the bound address (useful with port 0).
pub async fn serve(
    platform: Platform,
    listen: SocketAddr,
    public_url: Option<gsi_app::PublicUrl>,
    on_ready: impl FnOnce(SocketAddr),
) -> std::io::Result<()> {
    let listener = tokio::net::TcpListener::bind(listen).await?;
    on_ready(listener.local_addr()?);
    axum::serve(listener, router_with(platform, public_url))
        .with_graceful_shutdown(shutdown_signal())
        .await
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = term => {} }
}
