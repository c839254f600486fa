//! The OpenAPI 3.1 description of the API, generated from the handlers' `#[utoipa::path]`
//! annotations and the types' `ToSchema` derives, and a browsable page that renders it from
//! embedded assets (nothing is fetched from elsewhere).

use axum::Json;
use axum::http::header;
use axum::response::IntoResponse;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

use crate::api;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "GSI Platform API",
        description = "Signed records of security cooperation (Global Security Initiative Concept Paper) in a verifiable log. Errors are RFC 9457 problem documents."
    ),
    paths(
        api::log::checkpoint,
        api::log::checkpoint_key,
        api::log::list_records,
        api::log::record,
        api::log::consistency,
        api::me,
        api::session::sign_in,
        api::session::current,
        api::session::sign_out,
        api::registry::list,
        api::registry::show,
        api::registry::mechanisms,
        api::registry::catalogue,
        api::registry::record_membership,
        api::registry::register_participant,
        api::concerns::list,
        api::concerns::show,
        api::concerns::lodge,
        api::concerns::acknowledge,
        api::concerns::respond,
        api::concerns::propose_consultations,
        api::concerns::close,
        api::dialogue::rules,
        api::dialogue::declare_rules,
        api::dialogue::meetings,
        api::dialogue::convene,
        api::dialogue::meeting,
        api::dialogue::meeting_calendar,
        api::dialogue::party_calendar,
        api::dialogue::register,
        api::dialogue::withdraw_registration,
        api::dialogue::decide_registration,
        api::dialogue::request_floor,
        api::dialogue::withdraw_floor,
        api::dialogue::attach_document,
        api::dialogue::revise,
        api::dialogue::cancel,
        api::dialogue::documents,
        api::dialogue::draft,
        api::dialogue::document,
        api::dialogue::diff,
        api::dialogue::amend,
        api::dialogue::decide_amendment,
        api::dialogue::open_decision,
        api::dialogue::record_position,
        api::dialogue::close_decision,
        api::dialogue::mark_commitment,
        api::dialogue::report,
        api::dialogue::commitments,
        api::dialogue::awaiting,
    ),
    components(schemas(crate::Problem)),
    modifiers(&BearerToken),
    tags(
        (name = "log", description = "The transparency log: checkpoints, records with inclusion proofs, consistency proofs (public)"),
        (name = "registry", description = "Parties, mechanisms and memberships over time"),
        (name = "catalogue", description = "The framework: principles, priorities, platforms"),
        (name = "concerns", description = "The register of legitimate security concerns (II.4)"),
        (name = "dialogue", description = "Dialogue (IV.1–IV.4): mechanisms' decision rules, meetings and registrations, outcome documents with amendments and decisions, commitments and implementation reports"),
        (name = "access", description = "Who the caller is; browser sign-in (session cookie + CSRF token)"),
    )
)]
pub struct ApiDoc;

/// Declares the bearer-token scheme the `security(("token" = []))` annotations refer to.
struct BearerToken;

impl Modify for BearerToken {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "token",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some("An API token from `gsi token create USER`"))
                    .build(),
            ),
        );
    }
}

pub async fn document() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}

pub async fn docs_page() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        include_str!("../assets/api-docs.html"),
    )
}
