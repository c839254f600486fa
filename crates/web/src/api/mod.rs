//! JSON handlers. Each one runs the platform call on a blocking thread via [`blocking`].

pub mod log;
pub mod refusals;
pub mod session;

use axum::Json;
use axum::extract::rejection::JsonRejection;
use axum::extract::{FromRequest, FromRequestParts, Query, Request};
use axum::http::StatusCode;
use axum::http::request::Parts;
use gsi_app::read::Receipt;
use gsi_app::{AppError, Platform};
use serde::Serialize;
use serde::de::DeserializeOwned;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::Problem;
use crate::auth::Caller;
use refusals::Unauthorized;

/// The API routes that belong to no one module: the log, checkpoints, sign-in and the caller.
pub fn router() -> OpenApiRouter<Platform> {
    OpenApiRouter::new()
        .routes(routes!(log::checkpoint))
        .routes(routes!(log::checkpoint_key))
        .routes(routes!(log::list_records))
        .routes(routes!(log::record))
        .routes(routes!(log::consistency))
        .routes(routes!(
            session::current,
            session::sign_in,
            session::sign_out
        ))
        .routes(routes!(me))
}

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
            Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => Err(Problem::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                "too-large",
                format!("a request body has at most {BODY_LIMIT_BYTES} bytes"),
            )),
            Err(e) => Err(Problem::new(
                StatusCode::BAD_REQUEST,
                "bad-request",
                e.body_text(),
            )),
        }
    }
}

/// axum's default limit on a buffered request body, which this node keeps.
pub const BODY_LIMIT_BYTES: usize = 2 * 1024 * 1024;

/// A query string parsed into `T`; one that does not parse is a problem document (422) naming
/// the parameter, like every other refusal of the API.
pub struct Params<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequestParts<S> for Params<T> {
    type Rejection = Problem;
    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Problem> {
        match Query::<T>::from_request_parts(parts, state).await {
            Ok(Query(v)) => Ok(Params(v)),
            Err(e) => Err(Problem::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                "invalid",
                e.body_text()
                    .replace("Failed to deserialize query string: ", "the query string: "),
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

#[utoipa::path(get, path = "/api/v1/me", tag = "access", security(("token" = [])), responses((status = 200, description = "The user, party and roles of the token", body = Me), Unauthorized))]
pub async fn me(Caller(actor): Caller) -> Json<Me> {
    Json(Me {
        user: actor.user,
        party: actor.party.to_string(),
        roles: actor.roles.iter().map(|r| r.as_str()).collect(),
    })
}

/// Where a change landed in the log, and where its proof is.
#[derive(Serialize, ToSchema)]
pub struct ReceiptView {
    index: u64,
    leaf_hash: String,
    tree_size: u64,
    proof: String,
}

impl From<Receipt> for ReceiptView {
    fn from(r: Receipt) -> Self {
        Self {
            index: r.index,
            leaf_hash: gsi_ledger::to_hex(&r.leaf_hash),
            tree_size: r.tree_size,
            proof: format!("/api/v1/log/records/{}", r.index),
        }
    }
}

pub async fn not_found() -> Problem {
    Problem::new(
        StatusCode::NOT_FOUND,
        "not-found",
        "there is nothing at this address",
    )
}

/// How many items a list answers when the request does not say (`limit`), and the most it
/// answers whatever it says.
pub(crate) const DEFAULT_LIMIT: u64 = 100;
pub(crate) const MAX_LIMIT: u64 = 1000;

/// The slice of a list a request asked for with `limit` and `offset` (see [`DEFAULT_LIMIT`]).
/// The page size a list request asks for, within the API's bounds: for lists the store pages.
pub(crate) fn page_size(limit: Option<u64>) -> u64 {
    limit.unwrap_or(DEFAULT_LIMIT).min(MAX_LIMIT)
}

pub(crate) fn page<T>(
    items: impl IntoIterator<Item = T>,
    limit: Option<u64>,
    offset: Option<u64>,
) -> Vec<T> {
    items
        .into_iter()
        .skip(usize::try_from(offset.unwrap_or(0)).unwrap_or(usize::MAX))
        .take(page_size(limit) as usize)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_is_the_asked_slice_within_the_limits() {
        let items = || 0..2500u32;
        assert_eq!(page(items(), None, None).len(), 100, "the default");
        assert_eq!(page(items(), Some(5000), None).len(), 1000, "at most");
        assert_eq!(page(items(), Some(3), Some(10)), [10, 11, 12]);
        assert_eq!(
            page(items(), Some(10), Some(2495)),
            [2495, 2496, 2497, 2498, 2499]
        );
        assert!(page(items(), None, Some(u64::MAX)).is_empty());
        assert!(page(items(), Some(0), None).is_empty());
    }
}
