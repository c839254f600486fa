//! The registry (parties, mechanisms, memberships over time) and the framework catalogue on the
//! web: the JSON API ([`api`]), the pages ([`pages`], [`catalogue`]) and the one router that
//! serves them. API routes take their paths from their `#[utoipa::path]` (`routes!`), so the
//! router and the OpenAPI document cannot differ.

pub(crate) mod api;
pub(crate) mod catalogue;
pub(crate) mod pages;

use axum::routing::get;
use gsi_app::Platform;

use crate::auth::WritesTo;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// The registry module's routes: `/api/v1/parties…`, `/api/v1/mechanisms`,
/// `/api/v1/memberships`, `/api/v1/catalogue`, `/registry…` and `/catalogue…`.
pub fn router() -> OpenApiRouter<Platform> {
    OpenApiRouter::new()
        .routes(routes!(api::list, api::register_participant))
        .routes(routes!(api::show))
        .routes(routes!(api::mechanisms))
        .routes(routes!(api::record_membership))
        .routes(routes!(api::catalogue))
        .route("/registry", get(pages::list))
        .route("/registry/{id}", get(pages::show))
        .route("/catalogue", get(catalogue::index))
        .route("/catalogue/{id}", get(catalogue::entry))
        .route_layer(WritesTo::layer("registry"))
}
