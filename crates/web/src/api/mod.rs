//! JSON handlers. Each one runs the platform call on a blocking thread via [`blocking`].

pub mod concerns;
pub mod dialogue;
pub mod log;
pub mod registry;
pub mod session;

use axum::Json;
use axum::extract::rejection::JsonRejection;
use axum::extract::{FromRequest, Request};
use axum::http::StatusCode;
use gsi_app::{AppError, Platform};
use serde::Serialize;
use serde::de::DeserializeOwned;
use utoipa::ToSchema;

use crate::Problem;
use crate::auth::Caller;

/// Runs a synchronous platform call off the async runtime.
pub async fn blocking<T: Send + 'static>(
    platform: &Platform,
    f: impl FnOnce(&Platform) -> Result<T, AppError> + Send + 'static,
) -> Result<T, Problem> {
    let platform = platform.clone();
    Ok(tokio::task::spawn_blocking(move || f(&platform)).await??)
}

/// A JSON body whose rejection is a problem document rather than axum's plain text.
pub struct Body<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for Body<T> {
    type Rejection = Problem;
    async fn from_request(req: Request, state: &S) -> Result<Self, Problem> {
        match Json::<T>::from_request(req, state).await {
            Ok(Json(v)) => Ok(Body(v)),
            Err(JsonRejection::MissingJsonContentType(_)) => Err(Problem::new(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "unsupported-media-type",
                "send the body as JSON with `Content-Type: application/json`",
            )),
            Err(JsonRejection::JsonDataError(e)) => Err(Problem::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                "invalid",
                e.body_text().replace(
                    "Failed to deserialize the JSON body into the target type: ",
                    "",
                ),
            )),
            Err(e) => Err(Problem::new(
                StatusCode::BAD_REQUEST,
                "bad-request",
                e.body_text(),
            )),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct Me {
    user: String,
    party: String,
    roles: Vec<&'static str>,
}

#[utoipa::path(get, path = "/api/v1/me", tag = "access", security(("token" = [])), responses((status = 200, description = "The user, party and roles of the token", body = Me), (status = 401, description = "No valid API token", body = Problem, content_type = "application/problem+json")))]
pub async fn me(Caller(actor): Caller) -> Json<Me> {
    Json(Me {
        user: actor.user,
        party: actor.party.to_string(),
        roles: actor.roles.iter().map(|r| r.as_str()).collect(),
    })
}

pub async fn not_found() -> Problem {
    Problem::new(
        StatusCode::NOT_FOUND,
        "not-found",
        "there is nothing at this address",
    )
}
