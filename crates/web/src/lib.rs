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
mod concerns;
mod dialogue;
mod edge;
mod links;
mod openapi;
mod pages;
mod problem;
mod registry;
mod serve;

use std::net::SocketAddr;

use std::sync::Arc;

use axum::routing::get;
use axum::{Extension, Router};
use gsi_app::Platform;
use tower_http::trace::TraceLayer;
use utoipa::OpenApi;
use utoipa_axum::router::OpenApiRouter;

pub use edge::sign_in::SignInSettings;
pub use openapi::ApiDoc;
pub use problem::Problem;
pub use serve::ConnectionSettings;

/// How the node meets the network; [`Default`] gives the documented defaults.
#[derive(Debug, Clone, Default)]
pub struct EdgeSettings {
    /// The platform's public address: calendar entries link there and the sign-in form must come
    /// from there, whatever `Host` a request names (see [`gsi_app::PublicUrl`]); without it, both
    /// follow each request's `Host`.
    pub public_url: Option<gsi_app::PublicUrl>,
    pub sign_in: SignInSettings,
    pub connections: ConnectionSettings,
}

/// Builds the whole application router with the default settings.
pub fn router(platform: Platform) -> Router {
    router_with(platform, &EdgeSettings::default())
}

/// Builds the whole application router.
pub fn router_with(platform: Platform, settings: &EdgeSettings) -> Router {
    let router = routes(platform, settings);
    match settings.public_url.clone() {
        Some(url) => router.layer(Extension(url)),
        None => router,
    }
}

/// The OpenAPI document of the application: what [`ApiDoc`] shares plus every path the
/// modules' routers serve.
pub fn openapi() -> utoipa::openapi::OpenApi {
    application().1
}

/// Every module's router merged: one registration line per module. Each API route is added
/// with `routes!`, which reads its path and method from the handler's `#[utoipa::path]`, so the
/// document describes exactly the API the router serves.
fn application() -> (Router<Platform>, utoipa::openapi::OpenApi) {
    OpenApiRouter::with_openapi(ApiDoc::openapi())
        .merge(api::router())
        .merge(registry::router())
        .merge(concerns::router())
        .merge(dialogue::router())
        .merge(pages::router().into())
        .split_for_parts()
}

fn routes(platform: Platform, settings: &EdgeSettings) -> Router {
    let (router, document) = application();
    router
        .route("/api/v1/openapi.json", get(openapi::document))
        .route("/api/v1/docs", get(openapi::docs_page))
        .method_not_allowed_fallback(pages::method_not_allowed)
        .fallback(pages::fallback)
        .layer(axum::middleware::from_fn(pages::remember_language))
        .layer(axum::extract::DefaultBodyLimit::max(api::BODY_LIMIT_BYTES))
        .layer(Extension(Arc::new(document)))
        .layer(Extension(Arc::new(edge::sign_in::SignInGuard::new(
            settings.sign_in.clone(),
        ))))
        .layer(axum::middleware::from_fn(edge::headers::security_headers))
        // gzip or Brotli, as the client accepts: pages are mostly repeated markup.
        .layer(
            tower_http::compression::CompressionLayer::new()
                .gzip(true)
                .br(true),
        )
        .layer(TraceLayer::new_for_http())
        .with_state(platform)
}

/// Serves until Ctrl-C or SIGTERM within the connection limits of `settings`; `on_ready` gets
/// the bound address (useful with port 0).
pub async fn serve(
    platform: Platform,
    listen: SocketAddr,
    settings: EdgeSettings,
    on_ready: impl FnOnce(SocketAddr),
) -> std::io::Result<()> {
    let listener = tokio::net::TcpListener::bind(listen).await?;
    on_ready(listener.local_addr()?);
    let app = router_with(platform, &settings);
    serve::serve_on(
        listener,
        app,
        settings.connections,
        serve::shutdown_signal(),
    )
    .await
}
