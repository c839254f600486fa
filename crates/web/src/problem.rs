//! RFC 9457 problem details: every error leaves the API as `application/problem+json`.

use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use gsi_app::AppError;
use gsi_app::StoreError;
use std::collections::BTreeMap;

use gsi_core::DomainError;
use gsi_core::error::Refusal;
use serde::Serialize;
use utoipa::ToSchema;

/// A problem document. `type` is a relative URI under `/problems/`, documented in `docs/api.md`.
#[derive(Debug, Serialize, ToSchema)]
pub struct Problem {
    #[serde(rename = "type")]
    pub kind: String,
    pub title: String,
    pub status: u16,
    pub detail: String,
    /// The refusal's message id (an extension member, RFC 9457 section 3.2), such as
    /// `concern-not-an-addressee`: a client can say the refusal in its own language from it and
    /// `values`. Present on refusals by the platform's rules.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub refusal: Option<&'static str>,
    /// The values the refusal names, by name (with `refusal`).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<BTreeMap<String, String>>)]
    pub values: Option<Box<BTreeMap<&'static str, String>>>,
    /// Seconds for the `Retry-After` header of a refusal that passes with time (429).
    #[serde(skip)]
    pub retry_after: Option<u64>,
}

impl Problem {
    pub fn new(status: StatusCode, slug: &str, detail: impl Into<String>) -> Self {
        Self {
            kind: format!("/problems/{slug}"),
            title: status.canonical_reason().unwrap_or("Error").to_owned(),
            status: status.as_u16(),
            detail: detail.into(),
            refusal: None,
            values: None,
            retry_after: None,
        }
    }

    /// A refusal by a rule: its English sentence as `detail`, its id and values as extension
    /// members.
    pub fn refused(status: StatusCode, slug: &str, refusal: &Refusal) -> Self {
        Self {
            refusal: Some(refusal.id()),
            values: Some(Box::new(refusal.values().iter().cloned().collect())),
            ..Self::new(status, slug, refusal.to_string())
        }
    }

    /// A value the refusal names, such as `field` (`title` in "the title is empty").
    pub fn value(&self, name: &str) -> Option<&str> {
        self.values.as_ref()?.get(name).map(String::as_str)
    }

    /// The same problem, telling the client when to try again.
    pub fn retry_after(self, wait: std::time::Duration) -> Self {
        // Whole seconds, rounded up, so a client that waits as told is admitted.
        let seconds = wait.as_millis().div_ceil(1000).max(1);
        Self {
            retry_after: Some(u64::try_from(seconds).unwrap_or(u64::MAX)),
            ..self
        }
    }
}

impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        let status = StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let body = serde_json::to_vec(&self).expect("problem serialises");
        // RFC 9457 section 3.1: title and detail are in the language Content-Language names.
        let mut response = (
            status,
            [
                (header::CONTENT_TYPE, "application/problem+json"),
                (header::CONTENT_LANGUAGE, "en"),
            ],
            body,
        )
            .into_response();
        if let Some(seconds) = self.retry_after {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, seconds.into());
        }
        response
    }
}

impl From<AppError> for Problem {
    fn from(e: AppError) -> Self {
        use StatusCode as S;
        match e {
            AppError::Domain(d) => match d {
                DomainError::Invalid(r) => Problem::refused(S::UNPROCESSABLE_ENTITY, "invalid", &r),
                DomainError::Forbidden(r) => Problem::refused(S::FORBIDDEN, "forbidden", &r),
                DomainError::NotFound(r) => Problem::refused(S::NOT_FOUND, "not-found", &r),
                DomainError::Conflict(r) => Problem::refused(S::CONFLICT, "conflict", &r),
            },
            AppError::Unauthenticated(m) => Problem::new(S::UNAUTHORIZED, "unauthenticated", m),
            AppError::OutOfScope(m) => Problem::new(S::FORBIDDEN, "insufficient-scope", m),
            AppError::QuotaExceeded(q) => {
                Problem::new(S::TOO_MANY_REQUESTS, "write-quota", q.to_string())
                    .retry_after(q.retry_after)
            }
            AppError::Store(StoreError::Conflict(m)) => Problem::new(
                S::CONFLICT,
                "conflict",
                format!("another change came first; reload and try again ({m})"),
            ),
            AppError::Store(StoreError::NotFound(m)) => Problem::new(S::NOT_FOUND, "not-found", m),
            other => {
                tracing::error!(error = %other, "request failed");
                Problem::new(
                    S::INTERNAL_SERVER_ERROR,
                    "internal",
                    "the server could not complete the request; the error is logged",
                )
            }
        }
    }
}

impl From<tokio::task::JoinError> for Problem {
    fn from(e: tokio::task::JoinError) -> Self {
        tracing::error!(error = %e, "blocking task failed");
        Problem::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            "the server could not complete the request",
        )
    }
}
