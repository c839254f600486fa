//! The transparency log over HTTP: checkpoints, records with inclusion proofs, consistency proofs.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;
use gsi_app::Platform;
use gsi_app::RecordProof;
use gsi_app::platform::ConsistencyProof;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::refusals::{Invalid, NotFound};
use super::{Params, blocking};
use crate::Problem;
use crate::auth::Reading;

const NOTE: [(header::HeaderName, &str); 1] = [(header::CONTENT_TYPE, "text/plain; charset=utf-8")];

#[utoipa::path(get, path = "/checkpoint", tag = "log", responses((status = 200, description = "The latest checkpoint: a C2SP tlog-checkpoint in a C2SP signed note", body = String, content_type = "text/plain")))]
pub async fn checkpoint(State(platform): State<Platform>) -> Result<impl IntoResponse, Problem> {
    let cp = blocking(&platform, |p| p.checkpoint()).await?;
    Ok((NOTE, cp.note))
}

#[utoipa::path(get, path = "/checkpoint/key", tag = "log", responses((status = 200, description = "The verifier key of this node in the C2SP signed-note format", body = String, content_type = "text/plain")))]
pub async fn checkpoint_key(State(platform): State<Platform>) -> impl IntoResponse {
    (
        NOTE,
        format!("{}\n", platform.node().verifier().to_verifier_key()),
    )
}

#[utoipa::path(get, path = "/api/v1/log/records/{index}", description = "Anyone gets every record's signed bytes, signature and inclusion proof. A sealed record (docs/ledger.md 1.4) comes as its envelope alone, unless the caller's party may read it: then `record` and `disclosure` come too.\n\nRefused with:\n- 404: No such record\n- 422: Not an index", tag = "log", security((), ("token" = [])), params(("index" = u64, Path, description = "The index of the record in the log")), responses((status = 200, description = "The record with its inclusion proof against the latest checkpoint", body = RecordProof), NotFound, Invalid))]
pub async fn record(
    State(platform): State<Platform>,
    Reading(reader): Reading,
    Path(index): Path<String>,
) -> Result<Json<RecordProof>, Problem> {
    let index: u64 = index.parse().map_err(|_| {
        Problem::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid",
            format!("\"{index}\" is not a record index"),
        )
    })?;
    Ok(Json(
        blocking(&platform, move |p| p.record_proof(&reader, index)).await?,
    ))
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct Range {
    from: Option<u64>,
    to: Option<u64>,
    limit: Option<u64>,
}

#[utoipa::path(get, path = "/api/v1/log/consistency", description = "Refused with:\n- 422: Sizes out of range", tag = "log", params(Range), responses((status = 200, description = "A consistency proof between two tree sizes", body = ConsistencyProof), Invalid))]
pub async fn consistency(
    State(platform): State<Platform>,
    Params(range): Params<Range>,
) -> Result<Json<ConsistencyProof>, Problem> {
    let (Some(from), Some(to)) = (range.from, range.to) else {
        return Err(Problem::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid",
            "give both ?from=M&to=N (tree sizes)",
        ));
    };
    Ok(Json(
        blocking(&platform, move |p| p.consistency(from, to)).await?,
    ))
}

/// One record of the log. A sealed record the caller may not read shows no kind or subject,
/// and its author only where its envelope shows it.
#[derive(Serialize, ToSchema)]
pub struct RecordSummary {
    index: u64,
    kind: Option<String>,
    author: Option<String>,
    time: String,
    subject: Option<String>,
    leaf_hash: String,
    sealed: bool,
}

#[derive(Serialize, ToSchema)]
pub struct RecordPage {
    tree_size: u64,
    records: Vec<RecordSummary>,
}

#[utoipa::path(get, path = "/api/v1/log/records", tag = "log", security((), ("token" = [])), params(Range), responses((status = 200, description = "Record summaries and the tree size", body = RecordPage)))]
pub async fn list_records(
    State(platform): State<Platform>,
    Reading(reader): Reading,
    Params(range): Params<Range>,
) -> Result<Json<RecordPage>, Problem> {
    let from = range.from.unwrap_or(0);
    let limit = range.limit.unwrap_or(100).min(1000);
    let page = blocking(&platform, move |p| {
        let records = p.records(&reader, from, limit)?;
        Ok(RecordPage {
            tree_size: p.tree_size()?,
            records: records
                .into_iter()
                .map(|r| RecordSummary {
                    index: r.index,
                    sealed: r.is_sealed(),
                    leaf_hash: gsi_ledger::to_hex(&r.leaf_hash),
                    kind: r.content.as_ref().map(|c| c.kind.clone()),
                    subject: r.content.map(|c| c.subject),
                    author: r.author,
                    time: r.time,
                })
                .collect(),
        })
    })
    .await?;
    Ok(Json(page))
}
