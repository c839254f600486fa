//! Bearer-token authentication: `Authorization: Bearer gsi_…` resolves to an [`Actor`].

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{StatusCode, header};
use gsi_app::Platform;
use gsi_core::Actor;

use crate::Problem;

/// The authenticated caller of a request.
pub struct Caller(pub Actor);

impl FromRequestParts<Platform> for Caller {
    type Rejection = Problem;

    async fn from_request_parts(parts: &mut Parts, platform: &Platform) -> Result<Self, Problem> {
        let token = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(|t| t.trim().to_owned())
            .ok_or_else(|| {
                Problem::new(
                    StatusCode::UNAUTHORIZED,
                    "unauthenticated",
                    "send an API token as `Authorization: Bearer <token>` (create one with `gsi token create USER`)",
                )
            })?;
        let platform = platform.clone();
        let actor = tokio::task::spawn_blocking(move || platform.authenticate(&token)).await??;
        Ok(Caller(actor))
    }
}
