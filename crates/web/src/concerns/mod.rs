//! Security concerns (paper II.4) on the web: the JSON API ([`api`]), the pages ([`pages`]) and
//! the one router that serves both. The API routes are added with `routes!`, which takes each
//! path from the handler's `#[utoipa::path]`, so the router and the OpenAPI document cannot differ.

pub(crate) mod api;
pub(crate) mod pages;

use axum::routing::{get, post};
use gsi_app::Platform;

use crate::auth::WritesTo;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// The concerns module's routes: `/api/v1/concerns…` and `/concerns…`.
pub fn router() -> OpenApiRouter<Platform> {
    OpenApiRouter::new()
        .routes(routes!(api::list, api::lodge))
        .routes(routes!(api::show))
        .routes(routes!(api::acknowledge))
        .routes(routes!(api::respond))
        .routes(routes!(api::propose_consultations))
        .routes(routes!(api::close))
        .routes(routes!(api::widen))
        .route("/concerns", get(pages::list))
        .route("/concerns/new", get(pages::new_form).post(pages::lodge))
        .route("/concerns/{id}", get(pages::show))
        .route("/concerns/{id}/{action}", post(pages::act))
        .route_layer(WritesTo::layer("concerns"))
}
