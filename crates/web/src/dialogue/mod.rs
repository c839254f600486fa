//! Dialogue (paper IV.1–IV.4) on the web: mechanisms' decision rules, meetings, outcome
//! documents and commitments — the JSON API ([`api`]), the pages ([`meetings`], [`documents`],
//! [`commitments`], with what they share in [`pages`]) and the one router that serves them. API
//! routes take their paths from their `#[utoipa::path]` (`routes!`), so the router and the
//! OpenAPI document cannot differ.

pub(crate) mod api;
pub(crate) mod commitments;
pub(crate) mod documents;
pub(crate) mod meetings;
pub(crate) mod pages;

use axum::routing::{get, post};
use gsi_app::Platform;

use crate::auth::WritesTo;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// The dialogue module's routes: its API under `/api/v1` and `/meetings…`, `/documents…`,
/// `/commitments`.
pub fn router() -> OpenApiRouter<Platform> {
    OpenApiRouter::new()
        .routes(routes!(api::rules, api::declare_rules))
        .routes(routes!(api::meetings, api::convene))
        .routes(routes!(api::meeting))
        .routes(routes!(api::meeting_calendar))
        .routes(routes!(api::party_calendar))
        .routes(routes!(api::register))
        .routes(routes!(api::withdraw_registration))
        .routes(routes!(api::decide_registration))
        .routes(routes!(api::request_floor))
        .routes(routes!(api::withdraw_floor))
        .routes(routes!(api::attach_document))
        .routes(routes!(api::revise))
        .routes(routes!(api::cancel))
        .routes(routes!(api::documents, api::draft))
        .routes(routes!(api::document))
        .routes(routes!(api::diff))
        .routes(routes!(api::amend))
        .routes(routes!(api::decide_amendment))
        .routes(routes!(api::open_decision))
        .routes(routes!(api::record_position))
        .routes(routes!(api::close_decision))
        .routes(routes!(api::mark_commitment))
        .routes(routes!(api::report))
        .routes(routes!(api::commitments))
        .routes(routes!(api::awaiting))
        .route("/meetings", get(meetings::list))
        .route(
            "/meetings/new",
            get(meetings::new_form).post(meetings::convene),
        )
        .route("/meetings/calendar/{file}", get(meetings::party_calendar))
        .route("/meetings/{id}", get(meetings::show))
        .route("/meetings/{id}/calendar.ics", get(meetings::calendar))
        .route("/meetings/{id}/{action}", post(meetings::act))
        .route("/documents/{id}", get(documents::show))
        .route("/documents/{id}/tally", get(documents::tally))
        .route("/documents/{id}/adopted.txt", get(documents::adopted_text))
        .route("/documents/{id}/{action}", post(documents::act))
        .route("/commitments", get(commitments::tracker))
        .route_layer(WritesTo::layer("dialogue"))
}
