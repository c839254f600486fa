//! The register of security concerns (II.4) over HTTP.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use gsi_app::read::{ConcernFilter, Receipt};
use gsi_app::{Platform, RecordProof};
use gsi_core::concerns::{AddresseeClock, ClosingOutcome, Concern, ConcernStatus, LodgeConcern};
use gsi_core::distribution::Tlp;
use gsi_core::framework::{PriorityRef, SecurityDomain, UnSymbol};
use gsi_core::{ConcernId, Distribution, DomainError, EntityKey, PartyId, Timestamp};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::Problem;
use crate::api::refusals::{Conflict, Forbidden, Invalid, NotFound, TooManyWrites, Unauthorized};
use crate::api::{Body, DEFAULT_LIMIT, MAX_LIMIT, Params, ReceiptView, blocking, page};
use crate::auth::{Caller, Reading};

/// A concern as the API shows it: its state, its clocks now, and whether it is overdue.
#[derive(Serialize, ToSchema)]
pub struct ConcernView {
    #[serde(flatten)]
    concern: Concern,
    /// The TLP 2.0 label of the concern's distribution.
    tlp: Tlp,
    overdue: bool,
    clocks: Vec<AddresseeClock>,
}

impl ConcernView {
    fn new(concern: Concern, now: Timestamp) -> Self {
        Self {
            tlp: concern.distribution.tlp(),
            overdue: concern.is_overdue(now),
            clocks: concern.clocks(now),
            concern,
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct Changed {
    concern: ConcernView,
    record: ReceiptView,
}

fn changed(result: (Concern, Receipt)) -> Changed {
    Changed {
        concern: ConcernView::new(result.0, gsi_app::now()),
        record: result.1.into(),
    }
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListQuery {
    status: Option<String>,
    party: Option<String>,
    priority: Option<String>,
    overdue: Option<bool>,
    limit: Option<u64>,
    offset: Option<u64>,
}

fn invalid(e: DomainError) -> Problem {
    Problem::from(gsi_app::AppError::from(e))
}

#[utoipa::path(get, path = "/api/v1/concerns", description = "The concerns the caller may read: without a token, the public ones.\n\nRefused with:\n- 422: A filter does not parse", tag = "concerns", security((), ("token" = [])), params(ListQuery), responses((status = 200, description = "Concerns, newest first, with clocks", body = Vec<ConcernView>), Unauthorized, Invalid))]
pub async fn list(
    State(platform): State<Platform>,
    Reading(reader): Reading,
    Params(q): Params<ListQuery>,
) -> Result<Json<Vec<ConcernView>>, Problem> {
    let status =
        ConcernStatus::parse_filter(q.status.as_deref().unwrap_or_default()).map_err(invalid)?;
    let filter = ConcernFilter {
        status,
        party: q
            .party
            .as_deref()
            .map(PartyId::parse)
            .transpose()
            .map_err(invalid)?,
        priority: q
            .priority
            .as_deref()
            .map(PriorityRef::parse)
            .transpose()
            .map_err(invalid)?
            .map(|p| p.number()),
        // Overdue depends on now, so it is filtered after loading and paging happens here.
        limit: if q.overdue.is_some() {
            None
        } else {
            Some(q.limit.unwrap_or(DEFAULT_LIMIT).min(MAX_LIMIT))
        },
        offset: if q.overdue.is_some() {
            0
        } else {
            q.offset.unwrap_or(0)
        },
        ..ConcernFilter::default()
    };
    let now = gsi_app::now();
    let concerns = blocking(&platform, move |p| p.concerns().list(&reader, &filter)).await?;
    let mut views: Vec<ConcernView> = concerns
        .into_iter()
        .map(|c| ConcernView::new(c, now))
        .collect();
    if let Some(overdue) = q.overdue {
        views.retain(|v| v.overdue == overdue);
        views = page(views, q.limit, q.offset);
    }
    Ok(Json(views))
}

#[derive(Serialize, ToSchema)]
pub struct ConcernDetail {
    #[serde(flatten)]
    concern: ConcernView,
    /// Every record about the concern, each with its inclusion proof against the checkpoint.
    history: Vec<RecordProof>,
}

fn parse_id(id: &str) -> Result<ConcernId, Problem> {
    ConcernId::parse(id).map_err(|_| {
        Problem::new(
            StatusCode::NOT_FOUND,
            "not-found",
            format!("no concern {id}"),
        )
    })
}

#[utoipa::path(get, path = "/api/v1/concerns/{id}", description = "Refused with:\n- 404: No such concern, or one the caller may not read", tag = "concerns", security((), ("token" = [])), params(("id" = String, Path)), responses((status = 200, description = "The concern, its clocks and its history with proofs", body = ConcernDetail), Unauthorized, NotFound, Invalid))]
pub async fn show(
    State(platform): State<Platform>,
    Reading(reader): Reading,
    Path(id): Path<String>,
) -> Result<Json<ConcernDetail>, Problem> {
    let id = parse_id(&id)?;
    let detail = blocking(&platform, move |p| {
        let concern = p.concerns().get(&reader, &id)?;
        let records = p.records_about(&reader, &EntityKey::Concern(id.clone()))?;
        // Taken after the records, so it covers every one of them.
        let checkpoint = p.checkpoint()?;
        let history = records
            .iter()
            .map(|r| p.proof_of(r, &checkpoint))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(ConcernDetail {
            concern: ConcernView::new(concern, gsi_app::now()),
            history,
        })
    })
    .await?;
    Ok(Json(detail))
}

/// The lodging request. `id` is optional: give one to make retries idempotent.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LodgeRequest {
    id: Option<ConcernId>,
    title: String,
    description: String,
    domain: SecurityDomain,
    priorities: Vec<PriorityRef>,
    addressees: Vec<PartyId>,
    #[serde(default)]
    un_references: Vec<UnSymbol>,
    response_due: Option<Timestamp>,
    /// Who may read the concern; without one, the lodger and its addressees.
    distribution: Option<Distribution>,
}

#[utoipa::path(post, path = "/api/v1/concerns", description = "Refused with:\n- 403: The user may not author records for its party\n- 404: An addressee is not registered\n- 409: The id is taken\n- 422: A field is missing or malformed", tag = "concerns", security(("token" = [])), request_body = LodgeRequest, responses((status = 201, description = "Lodged", body = Changed), Unauthorized, Forbidden, NotFound, Conflict, Invalid, TooManyWrites))]
pub async fn lodge(
    State(platform): State<Platform>,
    Caller(actor): Caller,
    Body(req): Body<LodgeRequest>,
) -> Result<impl IntoResponse, Problem> {
    let id = req
        .id
        .unwrap_or_else(|| ConcernId::from_random(gsi_app::random_id_bytes()));
    let command = LodgeConcern {
        id,
        title: req.title,
        description: req.description,
        domain: req.domain,
        priorities: req.priorities,
        addressees: req.addressees,
        un_references: req.un_references,
        response_due: req.response_due,
        distribution: req.distribution,
    };
    let result = blocking(&platform, move |p| {
        p.concerns().lodge(&actor, command, gsi_app::now())
    })
    .await?;
    Ok((StatusCode::CREATED, Json(changed(result))))
}

#[utoipa::path(post, path = "/api/v1/concerns/{id}/acknowledge", description = "Refused with:\n- 403: Not an addressee\n- 404: No such concern\n- 409: Already acknowledged, or closed", tag = "concerns", security(("token" = [])), params(("id" = String, Path)), responses((status = 200, description = "Acknowledged", body = Changed), Unauthorized, Forbidden, NotFound, Conflict, Invalid, TooManyWrites))]
pub async fn acknowledge(
    State(platform): State<Platform>,
    Caller(actor): Caller,
    Path(id): Path<String>,
) -> Result<Json<Changed>, Problem> {
    let id = parse_id(&id)?;
    Ok(Json(changed(
        blocking(&platform, move |p| {
            p.concerns().acknowledge(&actor, &id, gsi_app::now())
        })
        .await?,
    )))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TextRequest {
    text: String,
}

#[utoipa::path(post, path = "/api/v1/concerns/{id}/respond", description = "Refused with:\n- 403: Not an addressee\n- 404: No such concern\n- 409: Closed\n- 422: Empty text", tag = "concerns", security(("token" = [])), params(("id" = String, Path)), request_body = TextRequest, responses((status = 200, description = "Response recorded", body = Changed), Unauthorized, Forbidden, NotFound, Conflict, Invalid, TooManyWrites))]
pub async fn respond(
    State(platform): State<Platform>,
    Caller(actor): Caller,
    Path(id): Path<String>,
    Body(req): Body<TextRequest>,
) -> Result<Json<Changed>, Problem> {
    let id = parse_id(&id)?;
    Ok(Json(changed(
        blocking(&platform, move |p| {
            p.concerns().respond(&actor, &id, &req.text, gsi_app::now())
        })
        .await?,
    )))
}

#[utoipa::path(post, path = "/api/v1/concerns/{id}/consultations", description = "Refused with:\n- 403: Not an addressee\n- 404: No such concern\n- 409: Closed", tag = "concerns", security(("token" = [])), params(("id" = String, Path)), request_body = TextRequest, responses((status = 200, description = "Proposal recorded", body = Changed), Unauthorized, Forbidden, NotFound, Conflict, Invalid, TooManyWrites))]
pub async fn propose_consultations(
    State(platform): State<Platform>,
    Caller(actor): Caller,
    Path(id): Path<String>,
    Body(req): Body<TextRequest>,
) -> Result<Json<Changed>, Problem> {
    let id = parse_id(&id)?;
    Ok(Json(changed(
        blocking(&platform, move |p| {
            p.concerns()
                .propose_consultations(&actor, &id, &req.text, gsi_app::now())
        })
        .await?,
    )))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CloseRequest {
    outcome: ClosingOutcome,
    note: Option<String>,
}

#[utoipa::path(post, path = "/api/v1/concerns/{id}/close", description = "Refused with:\n- 403: Only the lodging party closes\n- 404: No such concern\n- 409: Already closed", tag = "concerns", security(("token" = [])), params(("id" = String, Path)), request_body = CloseRequest, responses((status = 200, description = "Closed as addressed or withdrawn", body = Changed), Unauthorized, Forbidden, NotFound, Conflict, Invalid, TooManyWrites))]
pub async fn close(
    State(platform): State<Platform>,
    Caller(actor): Caller,
    Path(id): Path<String>,
    Body(req): Body<CloseRequest>,
) -> Result<Json<Changed>, Problem> {
    let id = parse_id(&id)?;
    Ok(Json(changed(
        blocking(&platform, move |p| {
            p.concerns().close(
                &actor,
                &id,
                req.outcome,
                req.note.as_deref(),
                gsi_app::now(),
            )
        })
        .await?,
    )))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct WidenRequest {
    distribution: Distribution,
}

#[utoipa::path(post, path = "/api/v1/concerns/{id}/distribution", description = "Lets more parties read the concern and every record about it. What was disclosed cannot be taken back, so a distribution is only ever widened.\n\nRefused with:\n- 403: Only the lodging party widens\n- 404: No such concern\n- 422: The distribution leaves out a reader it has now", tag = "concerns", security(("token" = [])), params(("id" = String, Path)), request_body = WidenRequest, responses((status = 200, description = "Widened", body = Changed), Unauthorized, Forbidden, NotFound, Conflict, Invalid, TooManyWrites))]
pub async fn widen(
    State(platform): State<Platform>,
    Caller(actor): Caller,
    Path(id): Path<String>,
    Body(req): Body<WidenRequest>,
) -> Result<Json<Changed>, Problem> {
    let id = parse_id(&id)?;
    Ok(Json(changed(
        blocking(&platform, move |p| {
            p.concerns()
                .widen(&actor, &id, req.distribution, gsi_app::now())
        })
        .await?,
    )))
}
