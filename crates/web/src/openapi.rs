//! The OpenAPI 3.1 description of the API: [`ApiDoc`] holds what the whole document shares
//! (info, tags, the `Problem` schema, the token scheme); each module's router adds the paths of
//! its handlers' `#[utoipa::path]` annotations as it routes them (see [`crate::application`]), and a browsable page that renders it from
//! embedded assets (nothing is fetched from elsewhere).

use std::sync::Arc;

use askama::Template;
use axum::{Extension, Json};
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

use crate::pages::{Frame, PageResult};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "GSI Platform API",
        description = "Signed records of security cooperation (Global Security Initiative Concept Paper) in a verifiable log. Errors are RFC 9457 problem documents."
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

/// The document as the router built it, shared with the handler.
pub async fn document(
    Extension(document): Extension<Arc<utoipa::openapi::OpenApi>>,
) -> Json<utoipa::openapi::OpenApi> {
    Json(document.as_ref().clone())
}

/// The API's documentation as a page of the site, in its frame (navigation, language,
/// account): the operations are rendered in the browser from the document by `api-docs.js`.
#[derive(Template)]
#[template(path = "api_docs.html")]
struct DocsPage {
    f: Frame,
}

pub async fn docs_page(frame: Frame) -> PageResult {
    let f = frame.clone().at("api-docs", frame.t("nav-api-docs"));
    frame.render(&DocsPage { f })
}
